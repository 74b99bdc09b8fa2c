/**
 * The target schema: what a submission's table must look like and what its indicators may be.
 * See `./spec` for the zod definitions, `./validate` for the checks beyond structure,
 * `./catalogue` for lookups, `./normalize` for how names and headers are matched.
 */
import { lookupUnit } from "../quantity";
import { parseSchemaTextWith, type SchemaTextResult } from "./json";
import { type ParseOptions, type ParseResult, validateSchema } from "./validate";

export {
  SchemaSpec,
  ColumnSpec,
  IndicatorSpec,
  SumSpec,
  CategorySpec,
  ToleranceSpec,
  PeriodSpec,
  GrowthLimitSpec,
  LocalizedNameSpec,
  ColumnRoleSpec,
  IndicatorKindSpec,
  DimensionSpec,
  TEMPLATE_PLACEHOLDERS,
} from "./spec";
export type { Schema, SchemaInput, Tolerances, LocalizedName, TemplatePlaceholder } from "./spec";
export type { SchemaProblem, ParseResult, ParseOptions, UnitLookup } from "./validate";
export { formatPath, schemaMessages, KIND_DIMENSIONS } from "./validate";
export { normalizeIndicator, normalizeHeader, foldText, stripNumbering, withoutTrailingParenthetical } from "./normalize";
export { findIndicator, findIndicatorByKey, findIndicatorForUnit, findColumn, findCategory, findCategoryByKey, schemaPeriod, indicatorDimensions, indicatorAcceptsUnit } from "./catalogue";
export { locateJsonError, describeJsonError } from "./json";
export type { JsonSyntaxError, SchemaTextResult } from "./json";
export { BUILTIN_SCHEMAS, BUILTIN_SOURCES, getBuiltinSchema } from "./builtins";

/**
 * Validates a parsed JSON schema document: `{ok: true, schema}` with defaults applied, or
 * `{ok: false, problems}` listing every problem by JSON path (`indicators[3].unit: 未知单位 "万圆"`).
 * Never throws.
 */
export function parseSchema(json: unknown, options: ParseOptions = {}): ParseResult {
  return validateSchema(json, lookupUnit, options);
}

/**
 * A schema file's text: the schema, every problem by JSON path, or (when it is not JSON at all)
 * `syntax` with the line and column where it breaks. Never throws.
 */
export function parseSchemaText(text: string, options: ParseOptions = {}): SchemaTextResult {
  return parseSchemaTextWith(text, lookupUnit, options);
}
