import { readFileSync } from "node:fs";
import path from "node:path";
import { BUILTIN_SCHEMAS, BUILTIN_SOURCES, getBuiltinSchema, parseSchemaText } from "../../../src/core/schema";
import { JSON_SCHEMA_FILE, builtinSchemaFiles, jiaoheJsonSchema, jiaoheJsonSchemaText } from "../../../src/core/schema/json-schema";

const root = path.join(__dirname, "..", "..", "..");

describe("the exported JSON Schema", () => {
  test("the committed file is what zod exports from the current definitions", () => {
    const committed = readFileSync(path.join(root, JSON_SCHEMA_FILE), "utf8");
    // If this fails: npm run build:cli && node scripts/export-json-schema.mjs
    expect(committed).toBe(jiaoheJsonSchemaText());
  });

  test("the built-ins' example files are current and valid schema files", () => {
    const files = builtinSchemaFiles();
    expect(files.map((f) => f.file)).toEqual(["schemas/generic.json", "schemas/civil-affairs.json"]);
    for (const { file, text } of files) {
      expect(readFileSync(path.join(root, file), "utf8")).toBe(text);
      const r = parseSchemaText(text);
      if (!r.ok) throw new Error(`${file} is not a valid schema file`);
      const { $schema, ...schema } = r.schema;
      expect($schema).toBe("./jiaohe-schema.json");
      expect(schema).toEqual(getBuiltinSchema(schema.id));
    }
  });

  test("lets editors complete fields and enums, and allows $schema", () => {
    const js = jiaoheJsonSchema() as any;
    expect(js.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(js.additionalProperties).toBe(false);
    expect(js.properties.$schema.type).toBe("string");
    expect(js.required).toEqual(["id", "name", "columns"]);
    const indicator = js.properties.indicators.items;
    expect(indicator.properties.kind.enum).toEqual(["amount", "count", "rate", "share", "standard", "completion"]);
    expect(indicator.properties.dimension.enum).toContain("money-per-period");
    expect(indicator.required).toEqual(["name", "kind", "dimension", "unit"]);
    expect(js.properties.columns.items.properties.role.enum).toContain("completion");
  });

  test("every built-in, written out as a file, satisfies the JSON Schema's required fields and closed objects", () => {
    // A small structural walk (required + additionalProperties + enum) — enough to show the export
    // and the zod definitions agree on shape; full validation is parseSchema's job.
    function conforms(value: unknown, schema: any, at: string, errors: string[]): void {
      if (schema.anyOf) {
        if (!schema.anyOf.some((s: any) => { const e: string[] = []; conforms(value, s, at, e); return e.length === 0; })) errors.push(at);
        return;
      }
      if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: enum`);
      if (schema.const !== undefined && schema.const !== value) errors.push(`${at}: const`);
      if (schema.type === "object") {
        const obj = value as Record<string, unknown>;
        for (const r of schema.required ?? []) if (!(r in obj)) errors.push(`${at}.${r}: required`);
        for (const [k, v] of Object.entries(obj)) {
          const sub = schema.properties?.[k];
          if (!sub) errors.push(`${at}.${k}: not allowed`);
          else conforms(v, sub, `${at}.${k}`, errors);
        }
      } else if (schema.type === "array") {
        (value as unknown[]).forEach((v, i) => conforms(v, schema.items, `${at}[${i}]`, errors));
      }
    }
    const js = jiaoheJsonSchema();
    for (const s of [...BUILTIN_SOURCES, ...BUILTIN_SCHEMAS]) {
      const errors: string[] = [];
      conforms(JSON.parse(JSON.stringify(s)), js, s.id, errors);
      expect(errors).toEqual([]);
    }
    const errors: string[] = [];
    conforms({ id: "x", name: { zh: "甲" }, colums: [] }, js, "bad", errors);
    expect(errors).toEqual(["bad.columns: required", "bad.name.en: required", "bad.colums: not allowed"]);
  });
});
