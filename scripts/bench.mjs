#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/*.mjs (each exports `async run()` returning a plain
// object of measurements) against the built engine in lib/, and prints one JSON object.
// Targets are checked here, not in timed unit tests: each area reports `targets` with pass/fail.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.cli.json")], { stdio: "inherit" });

const only = process.argv.slice(2);
const files = readdirSync(join(here, "bench"))
  .filter((f) => /^\d+-.*\.mjs$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const result = { machine: { node: process.version, cpus: (await import("node:os")).cpus().length }, areas: {} };
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, "bench", f)).href);
  const name = f.replace(/^\d+-/, "").replace(/\.mjs$/, "");
  try {
    result.areas[name] = await mod.run({ root });
  } catch (e) {
    result.areas[name] = { error: String(e && e.message ? e.message : e) };
  }
}
const failed = Object.entries(result.areas).flatMap(([a, r]) =>
  Object.entries(r.targets ?? {}).filter(([, t]) => t && t.pass === false).map(([k]) => `${a}.${k}`),
);
result.targetsMissed = failed;
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
