// Runs `jiaohe ARGS...` from the TypeScript sources as the user `nobody`, for the permission tests:
// root reads a chmod-000 folder anyway, so a test run as root (CI containers) must drop privileges.
// The sources are transpiled with TypeScript's own transpileModule and loaded before uid changes.
"use strict";
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};

const { main } = require("../../src/cli/main.ts");
process.setgid(65534);
process.setuid(65534);
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`internal error: ${err && err.stack ? err.stack : String(err)}\n`);
    process.exit(3);
  },
);
