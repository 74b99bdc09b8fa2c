import { z } from "zod";
import type { Dimension } from "../quantity/types";
import type { ColumnRole, IndicatorKind } from "../table/types";

/**
 * The target schema as zod definitions: what a submission's table must look like (its columns),
 * how strictly figures are compared (tolerances) and, optionally, the catalogue of indicators it
 * may contain. The same definitions type the built-ins, validate JSON schema files and produce the
 * exported JSON Schema (`schemas/jiaohe-schema.json`), so the three cannot drift apart.
 *
 * Everything here is structural. What zod cannot say (units known to the quantity engine, names
 * that sums refer to, min ≤ max, …) is checked by `parseSchema` in `./validate`.
 */

// The tuples are checked against the shared unions both ways, so adding a role/kind/dimension
// there without adding it here (or the reverse) fails to compile.
const COLUMN_ROLES = [
  "serial",
  "category",
  "indicator",
  "unit",
  "value",
  "previous",
  "growth",
  "target",
  "completion",
  "department",
  "note",
] as const satisfies readonly ColumnRole[];
const INDICATOR_KINDS = ["amount", "count", "rate", "share", "standard", "completion"] as const satisfies readonly IndicatorKind[];
const DIMENSIONS = [
  "money",
  "persons",
  "households",
  "count",
  "area",
  "length",
  "weight",
  "time",
  "rate",
  "rate-points",
  "money-per-period",
] as const satisfies readonly Dimension[];
type Exhaustive<Union, Tuple extends readonly unknown[]> = [Union] extends [Tuple[number]] ? true : never;
const _exhaustive: [
  Exhaustive<ColumnRole, typeof COLUMN_ROLES>,
  Exhaustive<IndicatorKind, typeof INDICATOR_KINDS>,
  Exhaustive<Dimension, typeof DIMENSIONS>,
] = [true, true, true];
void _exhaustive;

export const ColumnRoleSpec = z.enum(COLUMN_ROLES).describe("What the column holds.");
export const IndicatorKindSpec = z
  .enum(INDICATOR_KINDS)
  .describe("amount (a total of money or goods), count (persons, households, things), rate, share (part of a whole, 0–100%), standard (a payment level such as 元/月), completion (progress against a target).");
export const DimensionSpec = z.enum(DIMENSIONS).describe("What the indicator's unit measures (the quantity engine's dimensions).");

/** The placeholders a narrative template may use. */
export const TEMPLATE_PLACEHOLDERS = ["name", "value", "growth", "previous", "target", "completion"] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

const Text = z.string().trim().min(1);

export const LocalizedNameSpec = z
  .strictObject({
    zh: Text.describe("Chinese name (简体中文)."),
    en: Text.describe("English name."),
  })
  .describe("A name in both interface languages.");

export const ColumnSpec = z
  .strictObject({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and '-'")
      .describe("Identifier of the column within the schema (e.g. value, previous)."),
    role: ColumnRoleSpec,
    aliases: z
      .array(Text)
      .min(1)
      .describe("Headers that map to this column, in Chinese and English; matched after normalising spaces, full-width forms, brackets and traditional characters."),
    required: z.boolean().default(false).describe("A table without this column gets missing-column."),
  })
  .describe("One column the table may have.");

export const PeriodSpec = z
  .strictObject({
    year: z.int().min(1949).max(2200),
    half: z.union([z.literal(1), z.literal(2)]).optional().describe("1 上半年, 2 下半年."),
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    month: z.int().min(1).max(12).optional(),
    label: Text.optional().describe("As it should be written: 2024年上半年 (derived when absent)."),
  })
  .describe("The period the submission reports.");

export const ToleranceSpec = z
  .strictObject({
    growthFloor: z
      .number()
      .min(0)
      .default(0.1)
      .describe("Smallest allowed difference, in percentage points, between a stated and a computed growth (the rounding of the figures may allow more)."),
    completionFloor: z
      .number()
      .min(0)
      .default(0.1)
      .describe("Smallest allowed difference, in percentage points, between a stated and a computed completion rate."),
    growthHigh: z.number().min(0).default(100).describe("A growth above this percentage is implausible unless the indicator says otherwise."),
    growthLow: z.number().max(0).default(-50).describe("A growth below this percentage is implausible unless the indicator says otherwise."),
    scaleFactors: z
      .array(z.number().gt(1))
      .min(1)
      .default([1e4, 1e8])
      .describe("Ratios between related figures that suggest a dropped or added scale word (万 = 10⁴, 亿 = 10⁸)."),
    scaleBand: z
      .number()
      .gt(1)
      .default(3)
      .describe("A ratio within factor ÷ band … factor × band counts as that scale factor."),
    sumFloor: z.number().min(0).default(0).describe("Absolute difference a total may have from its parts beyond the rounding of the figures."),
  })
  .describe("How strictly figures are compared.");

export const GrowthLimitSpec = z
  .strictObject({
    min: z.number().optional().describe("Lowest plausible growth in percent (e.g. -50)."),
    max: z.number().optional().describe("Highest plausible growth in percent (e.g. 100)."),
  })
  .describe("Plausible growth for this indicator; overrides the schema's tolerances.");

export const IndicatorSpec = z
  .strictObject({
    name: Text.describe("The indicator's name as usually written (低保对象)."),
    en: Text.optional().describe("English name."),
    aliases: z.array(Text).default([]).describe("Other ways the indicator is written (城乡低保对象, 低保人数)."),
    category: Text.optional().describe("The section it belongs to (社会救助); one of the schema's categories when it lists them."),
    kind: IndicatorKindSpec,
    dimension: DimensionSpec,
    unit: Text.describe("The unit it is normally reported in (万元, 人, 元/月, %); must be known to the quantity engine."),
    units: z.array(Text).default([]).describe("Other units accepted for it (元, 亿元)."),
    integer: z.boolean().default(false).describe("A count of whole things: a fraction in a base unit is suspect."),
    min: z.number().optional().describe("Lowest plausible value, in `unit`."),
    max: z.number().optional().describe("Highest plausible value, in `unit`."),
    growth: GrowthLimitSpec.optional(),
    required: z.boolean().default(false).describe("A submission without it gets missing-indicator."),
    narrative: Text.optional().describe(
      "Sentence template overriding the kind's pattern; placeholders {name} {value} {growth} {previous} {target} {completion}.",
    ),
  })
  .describe("One indicator of the catalogue.");

export const SumSpec = z
  .strictObject({
    total: Text.describe("The total's indicator name (or alias)."),
    parts: z.array(Text).min(1).describe("The parts' indicator names (or aliases)."),
    relation: z
      .enum(["equal", "at-most"])
      .default("equal")
      .describe("equal: the parts add up to the total; at-most: they may not exceed it (其中)."),
  })
  .describe("A declared sum: total = parts.");

export const CategorySpec = z
  .strictObject({
    name: Text.describe("The section's name (社会救助)."),
    en: Text.optional(),
    aliases: z.array(Text).default([]),
  })
  .describe("A section of the catalogue.");

export const SchemaSpec = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of the JSON Schema, for editors."),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and '-'")
      .describe("Identifier used by --schema (civil-affairs)."),
    name: LocalizedNameSpec,
    description: z
      .strictObject({ zh: Text.optional().describe("What the schema is for, in Chinese."), en: Text.optional().describe("What the schema is for, in English.") })
      .optional()
      .describe("What the schema is for, in either or both languages."),
    columns: z.array(ColumnSpec).min(1).describe("The columns a table may have."),
    period: PeriodSpec.optional(),
    tolerances: ToleranceSpec.prefault({}),
    allowNotApplicable: z
      .boolean()
      .default(false)
      .describe("Accept placeholders (—, /, 无) in value cells as 'not applicable' rather than empty-value."),
    categories: z.array(CategorySpec).default([]).describe("The catalogue's sections, in report order."),
    indicators: z.array(IndicatorSpec).default([]).describe("The catalogue; empty for a schema of columns only."),
    sums: z.array(SumSpec).default([]).describe("Declared sums between catalogue indicators."),
  })
  .describe("A Jiaohe target schema: the columns, tolerances and indicators a submission is checked against.");

export type Schema = z.output<typeof SchemaSpec>;
/** A schema as written (defaults not yet applied): what a JSON file or a built-in's source holds. */
export type SchemaInput = z.input<typeof SchemaSpec>;
export type ColumnSpec = z.output<typeof ColumnSpec>;
export type IndicatorSpec = z.output<typeof IndicatorSpec>;
export type SumSpec = z.output<typeof SumSpec>;
export type CategorySpec = z.output<typeof CategorySpec>;
export type Tolerances = z.output<typeof ToleranceSpec>;
export type PeriodSpec = z.output<typeof PeriodSpec>;
export type LocalizedName = z.output<typeof LocalizedNameSpec>;
