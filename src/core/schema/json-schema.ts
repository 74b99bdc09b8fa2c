import { z } from "zod";
import { BUILTIN_SOURCES } from "./builtins";
import { SchemaSpec } from "./spec";

/** Where the exported JSON Schema lives in the package, relative to its root. */
export const JSON_SCHEMA_FILE = "schemas/jiaohe-schema.json";

/**
 * The JSON Schema of a schema file, made by zod's own exporter from the same definitions that
 * validate files, so an editor completes and checks what `jiaohe schema check` accepts. Input
 * mode: fields with defaults are optional, as a hand-written file may leave them out.
 * (Semantic rules — known units, names in sums, placeholders — are `jiaohe schema check`'s.)
 */
export function jiaoheJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SchemaSpec, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: "Jiaohe target schema",
    ...schema,
  };
}

/** The file's text: two-space JSON with a final newline. */
export function jiaoheJsonSchemaText(): string {
  return `${JSON.stringify(jiaoheJsonSchema(), null, 2)}\n`;
}

/**
 * The built-ins as schema files (`schemas/<id>.json`), pointing at the JSON Schema: examples to
 * copy and edit, kept current by the same script and test as the JSON Schema.
 */
export function builtinSchemaFiles(): { file: string; text: string }[] {
  return BUILTIN_SOURCES.map((s) => ({
    file: `schemas/${s.id}.json`,
    text: `${JSON.stringify({ $schema: "./jiaohe-schema.json", ...s }, null, 2)}\n`,
  }));
}
