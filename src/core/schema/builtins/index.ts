import { type Schema, SchemaSpec, type SchemaInput } from "../spec";
import { CIVIL_AFFAIRS } from "./civil-affairs";
import { GENERIC } from "./generic";

/** The built-ins as written (TypeScript data); a test validates each with `parseSchema`. */
export const BUILTIN_SOURCES: readonly SchemaInput[] = [GENERIC, CIVIL_AFFAIRS];

/**
 * The built-ins with defaults applied. Parsed by the same zod schema as a file; a broken built-in
 * fails here at load and in the built-ins test with every problem listed.
 */
export const BUILTIN_SCHEMAS: readonly Schema[] = BUILTIN_SOURCES.map((s) => SchemaSpec.parse(s));

export function getBuiltinSchema(id: "generic" | "civil-affairs" | (string & {})): Schema | undefined {
  return BUILTIN_SCHEMAS.find((s) => s.id === id);
}
