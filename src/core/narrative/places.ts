import type { TableModel } from "../table/types";
import type { Fact } from "./facts";

/**
 * A table of places (分县区: one row per 县(市、区), the indicator in the column header) is no
 * list of indicators: its rows' names say where, and the figure's header says what. Such a row is
 * told with both (城关区城乡低保对象4120人), and its total (全市合计, 全市) is told first, as the
 * city's figure (全市城乡低保对象48216人), not left out as a bare 合计 line.
 */

/** A place's name: 城关区, 安平县, 龙溪市, 城关镇, 东城街道, 某某旗. */
const PLACE = /^[\u4e00-\u9fff]{1,8}(?:省|市|区|县|旗|州|盟|镇|乡|街道)$/;
/** The row of the whole: 全市, 全市合计, 全区总计, 合计. */
const WHOLE = /^(全市|全区|全县|全省|全州|全盟|全旗|全镇|全乡)?\s*(合\s*计|总\s*计|汇\s*总)?$/;
/** Header words that say when or how, not what (本期, 2025年1-6月, 本年累计, 数量, 金额). */
export const NOT_WHAT = /^(本期|本年|本月|上年|上期|同期|累计|合计|数量|数值|金额|绝对数|\d{4}年|\d{1,2}(?:-\d{1,2})?月|[一二三四]季度|上半年|下半年)/;

/** A header's name without the unit in brackets after it: 城乡低保对象(人) → 城乡低保对象. */
export function withoutUnit(name: string): string {
  return name.replace(/[(（][^()（）]*[)）]\s*$/, "").trim();
}

export interface PlaceTable {
  /** What the figures are of, from the value column's header without its unit: 城乡低保对象. */
  indicator: string;
}

/** The indicator a place table's figures are of, or undefined when the table is not one. */
export function placeTableOf(table: TableModel, facts: readonly Fact[]): PlaceTable | undefined {
  if (table.columns.some((c) => c.role === "unit")) return undefined;
  const named = facts.filter((f) => !WHOLE.test(f.name.trim()) || !/\S/.test(f.name));
  const places = named.filter((f) => !f.spec && PLACE.test(f.name.trim()));
  if (places.length < 3 || places.length * 10 < named.length * 8) return undefined;
  const value = table.columns.find((c) => c.role === "value");
  // A group's name above the header says what its figures are of (结婚登记 over 2025年 | 2024年).
  const header = value?.group ?? value?.header ?? "";
  const indicator = header
    .split(/\s*\/\s*|\n/)
    .map(withoutUnit)
    .find((h) => h !== "" && !NOT_WHAT.test(h) && !PLACE.test(h));
  return indicator ? { indicator } : undefined;
}

/**
 * Names each row of a place table with its place and the indicator (城关区城乡低保对象), the whole
 * with its 全市 (全市合计 → 全市城乡低保对象; a bare 合计 → the indicator alone), and moves the
 * whole's rows before the places'.
 */
export function namePlaces(place: PlaceTable, facts: Fact[]): void {
  const wholes: Fact[] = [];
  for (const fact of facts) {
    const name = fact.name.trim();
    const whole = WHOLE.exec(name);
    if (whole && name !== "") {
      fact.name = (whole[1] ?? "") + place.indicator;
      wholes.push(fact);
    } else if (PLACE.test(name)) fact.name = name + place.indicator;
  }
  const rest = facts.filter((f) => !wholes.includes(f));
  facts.splice(0, facts.length, ...wholes, ...rest);
}
