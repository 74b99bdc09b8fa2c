#!/usr/bin/env node
"use strict";
// The built CLI lives in lib/ (made by `npm run build:cli`, which `prepare` runs after `npm ci`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write("jiaohe: the CLI is not built yet; run `npm run build:cli` (or `npm ci`).\n");
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`jiaohe: internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(3);
  }
);
