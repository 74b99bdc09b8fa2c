import { lookupUnit } from "../quantity";
import type { Dimension } from "../quantity/types";
import type { Period } from "../table/types";
import { normalizeHeader, normalizeIndicator, withoutTrailingParenthetical } from "./normalize";
import type { CategorySpec, ColumnSpec, IndicatorSpec, Schema } from "./spec";

interface Index {
  indicators: Map<string, IndicatorSpec>;
  columns: Map<string, ColumnSpec>;
  categories: Map<string, CategorySpec>;
}

// Schemas are immutable data once parsed; the lookup tables are built once per schema object.
const cache = new WeakMap<Schema, Index>();

function index(schema: Schema): Index {
  let idx = cache.get(schema);
  if (idx) return idx;
  idx = { indicators: new Map(), columns: new Map(), categories: new Map() };
  for (const ind of schema.indicators) {
    for (const n of [ind.name, ...ind.aliases]) {
      const key = normalizeIndicator(n);
      if (key && !idx.indicators.has(key)) idx.indicators.set(key, ind);
    }
  }
  for (const col of schema.columns) {
    for (const a of col.aliases) {
      const key = normalizeHeader(a);
      if (key && !idx.columns.has(key)) idx.columns.set(key, col);
    }
  }
  for (const cat of schema.categories) {
    for (const n of [cat.name, ...cat.aliases]) {
      const key = normalizeIndicator(n);
      if (key && !idx.categories.has(key)) idx.categories.set(key, cat);
    }
  }
  cache.set(schema, idx);
  return idx;
}

/**
 * The catalogue entry an indicator cell names, by name or alias after normalisation
 * (`(一)城乡低保对象:` finds 低保对象 if that is an alias). A trailing remark or unit in
 * brackets is tried without (`低保对象(户)`). Undefined when the catalogue does not know it —
 * exact matches only, never a guess.
 */
export function findIndicator(schema: Schema, indicatorText: string): IndicatorSpec | undefined {
  const idx = index(schema).indicators;
  if (idx.size === 0) return undefined;
  return findIndicatorByKey(schema, normalizeIndicator(indicatorText));
}

/** findIndicator for a name already normalised (a table row's `indicatorKey`): no second folding. */
export function findIndicatorByKey(schema: Schema, key: string): IndicatorSpec | undefined {
  const idx = index(schema).indicators;
  if (idx.size === 0) return undefined;
  const hit = idx.get(key);
  if (hit) return hit;
  const bare = withoutTrailingParenthetical(key);
  if (bare !== key) {
    const b = idx.get(bare);
    if (b) return b;
  }
  // 全市低保标准, 全区特困人员: the place says whose, not what (the catalogue names it without).
  const place = WHOLE_PLACE.exec(bare);
  return place && bare.length > place[0].length + 1 ? idx.get(bare.slice(place[0].length)) : undefined;
}

/** A leading 全市/全区/全县/全省 (and 本市, 我市) before an indicator's name. */
const WHOLE_PLACE = /^(?:全|本|我)[市区县省州旗镇乡]/;

/** A leading year (and half/quarter) in a header: `2020年上半年完成`, `2023年度目标`. */
const LEADING_PERIOD = /^(?:19|20)\d{2}年度?(?=.)/;

/**
 * The schema column a header maps to (`同比增长（%）` → growth), trying it also without a
 * bracketed unit (`本期(万元)`) and without a leading year (`2020年上半年完成` → 上半年完成,
 * `2022年同期` → 同期). A bare year (`2023年`) is left to the table's year-header reading.
 */
export function findColumn(schema: Schema, headerText: string): ColumnSpec | undefined {
  const idx = index(schema).columns;
  const key = normalizeHeader(headerText);
  for (const k of [key, withoutTrailingParenthetical(key)]) {
    const hit = idx.get(k) ?? idx.get(k.replace(LEADING_PERIOD, ""));
    if (hit) return hit;
  }
  return undefined;
}

/** The catalogue section a category cell or section row names (`一、社会救助` → 社会救助). */
export function findCategory(schema: Schema, text: string): CategorySpec | undefined {
  return index(schema).categories.get(normalizeIndicator(text));
}

/** findCategory for a name already normalised (a table row's `indicatorKey`). */
export function findCategoryByKey(schema: Schema, key: string): CategorySpec | undefined {
  return index(schema).categories.get(key);
}

const CN_QUARTER = ["一", "二", "三", "四"];

/** The schema's reported period as the table model's Period, with the label written out (2024年上半年). */
export function schemaPeriod(schema: Schema): Period | undefined {
  const p = schema.period;
  if (!p) return undefined;
  const label =
    p.label ??
    (p.half
      ? `${p.year}年${p.half === 1 ? "上" : "下"}半年`
      : p.quarter
        ? `${p.year}年第${CN_QUARTER[p.quarter - 1]}季度`
        : p.month
          ? `${p.year}年${p.month}月`
          : `${p.year}年`);
  const out: Period = { year: p.year, label };
  if (p.half) out.half = p.half;
  if (p.quarter) out.quarter = p.quarter;
  if (p.month) out.month = p.month;
  return out;
}

/**
 * Every dimension an indicator may be written in: its own, and those of the other units it accepts
 * (低保对象 is counted in 人 and also in 户). unit-mismatch is a unit outside these.
 */
export function indicatorDimensions(spec: IndicatorSpec): Dimension[] {
  const dims = new Set<Dimension>([spec.dimension]);
  for (const u of spec.units) {
    const info = lookupUnit(u);
    if (info) dims.add(info.dimension);
  }
  return [...dims];
}

/**
 * The entry that measures a row of this name in this unit. An entry whose dimensions exclude the
 * unit gives way to its sibling that takes it: the same name with 资金/金额 for money, 对象/人数 for
 * persons, 户数 for households (残疾人两项补贴 in 万元 → 残疾人两项补贴资金). With no such sibling, a
 * programme's name (…津贴, …补贴, …救助) is the allowance's money as much as its recipients: in a
 * unit the entry does not take it is not that entry (undefined), so no unit is called wrong for it.
 * Any other name keeps its entry, and a unit it cannot take is a unit-mismatch (低保对象 in 万元).
 */
export function findIndicatorForUnit(schema: Schema, key: string, unit: { dimension: Dimension } | null): IndicatorSpec | undefined {
  const spec = findIndicatorByKey(schema, key);
  if (!spec || !unit || indicatorDimensions(spec).includes(unit.dimension)) return spec;
  for (const suffix of SIBLING_SUFFIXES[unit.dimension] ?? []) {
    const sibling = findIndicatorByKey(schema, key + suffix);
    if (sibling && indicatorDimensions(sibling).includes(unit.dimension)) return sibling;
  }
  return PROGRAMME.test(key) && (unit.dimension === "money" || COUNTED.has(unit.dimension)) ? undefined : spec;
}

const SIBLING_SUFFIXES: Partial<Record<Dimension, readonly string[]>> = {
  money: ["资金", "金额", "发放资金", "资金支出", "支出"],
  persons: ["对象", "人数", "对象人数"],
  households: ["户数", "对象户数"],
};
const COUNTED: ReadonlySet<Dimension> = new Set<Dimension>(["persons", "households", "count"]);
/** Names of an allowance or aid programme: what is paid, and to whom, go by the same name. */
const PROGRAMME = /(?:津贴|补贴|补助|救助|资助|助学|慰问|抚恤|救济|供养)$/;

/** Whether a unit as written (`万人`, `户`, `元/月`) can measure this indicator; false for units the quantity engine does not know. */
export function indicatorAcceptsUnit(spec: IndicatorSpec, unitText: string): boolean {
  const info = lookupUnit(unitText);
  return info !== null && indicatorDimensions(spec).includes(info.dimension);
}
