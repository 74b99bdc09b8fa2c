import type { FindingCode } from "../findings/codes";

/** What a unit measures. Spec (cli.md) names: money, persons, households, count, area, length, time, rate, money-per-period, … */
export type Dimension =
  | "money"
  | "persons"
  | "households"
  | "count"
  | "area"
  | "length"
  | "weight"
  | "time"
  | "rate"
  | "rate-points"
  | "money-per-period";

/** exact; about (约 左右 上下); over (余 多 超 逾 以上 不少于); under (近 不足 不到 以下 未满). */
export type Bound = "exact" | "about" | "over" | "under";

/** Problems are finding codes so that checks can turn them into findings directly. */
export type QuantityProblem = Extract<FindingCode, "unit-without-number" | "not-a-number" | "unknown-unit">;

export interface UnitInfo {
  /** The unit as written minus any scale word: 元, 人次, %, 元/月. */
  unit: string;
  dimension: Dimension;
  /** Factor to the dimension's base unit (BASE_UNIT in units.ts: 元, 人, 户, 个, 平方米, 米, 千克, 天, %, 个百分点, 元/月): 万元 → 1e4, 亩 → 666.67, 个月 → 30.4375. */
  factor: number;
  /** True for units that count whole things (人 户 个 …): a fraction there is suspect. Scale-fused units (万人次) are not integral: 5.6万人次 is fine. */
  integral: boolean;
  /** The usual simplified spelling when this is a variant (％ → %, ㎡ → 平方米, 個 → 个). */
  canonical?: string;
  /** True for units with a scale word fused in, as headers write them (万元, 亿元, 万人次); the parser splits these. */
  scaled?: boolean;
}

export interface Quantity {
  /** The text as given. */
  input: string;
  /** The figure with its scale word applied, in `unit` (4.48亿元 → 448000000, unit 元); null when there is none, and null for a range (read `range`). */
  number: number | null;
  /** The unit as written minus the scale word, or null. */
  unit: string | null;
  dimension: Dimension | null;
  /** The written scale word's factor (万 → 1e4, 亿 → 1e8, 千万 → 1e7), 1 when none. For Chinese numerals, the trailing 万/亿 (三十万 → 1e4). */
  scale: number;
  /** The scale word as written (万, 亿, 千万, 萬), or null. */
  scaleWord: string | null;
  bound: Bound;
  /** [low, high] in the same unit for 6—12个月, 6至12, 三四十; else null. */
  range: [number, number] | null;
  /** Decimal places of the written mantissa (4.48亿 → 2; 1100 → 0): the rounding the writer used. */
  decimals: number;
  /** Finding codes for what is wrong with the text as a figure. */
  problems: QuantityProblem[];
  /** A trailing remark in brackets after a clean figure (`325(含新增12户)` → "含新增12户"). */
  remark?: string;
}

/** How formatQuantity writes a figure. */
export interface FormatStyle {
  /** Use 万/亿 when the figure is large enough (default true). */
  scaleWords?: boolean;
  /** Maximum decimals after scaling (default 2, trailing zeros dropped). */
  maxDecimals?: number;
  /** Thousands separators for integers (default false, as in the seed reports). */
  separators?: boolean;
  /** Leave the unit off. */
  withoutUnit?: boolean;
  /**
   * Write the figure in this unit instead of choosing 万/亿 (e.g. "万元" so the narrative keeps the
   * table's unit): 10995200元 → 1099.52万元. Must share the quantity's dimension; rounds to maxDecimals.
   */
  unit?: string;
  /** Write the bound word (约, 余, 以上, 近 …) when the quantity has one (default true). */
  bound?: boolean;
}
