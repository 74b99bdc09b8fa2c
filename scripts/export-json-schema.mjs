#!/usr/bin/env node
// Writes schemas/jiaohe-schema.json (the JSON Schema of a Jiaohe schema file) and the built-ins
// as example files (schemas/generic.json, schemas/civil-affairs.json) from the zod
// definitions, via the built engine: `npm run build:cli && node scripts/export-json-schema.mjs`.
// test/core/schema/json-schema.test.ts fails when the committed file is out of date.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { jiaoheJsonSchemaText, JSON_SCHEMA_FILE, builtinSchemaFiles } = require(path.join(root, "lib/core/schema/json-schema.js"));
for (const { file, text } of [{ file: JSON_SCHEMA_FILE, text: jiaoheJsonSchemaText() }, ...builtinSchemaFiles()]) {
  writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
