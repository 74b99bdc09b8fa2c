import { STOCK_AT_A_TIME } from "../table/stock-words";
import type { Figure, RowInfo } from "./context";

/**
 * Which rows of a table with period columns (一季度 | 二季度 | 三季度 | 1-9月累计, 上半年合计) hold
 * flows, whose period figures add up to the span's: 火化遗体 8312 | 6501 | 5927 | 20740. A rate
 * (火化率 99.8 each quarter and 99.8 for the nine months), an average (平均每具减免金额, a standard in
 * 元/人·月) or a stock (公益性公墓 412 | 418 | 423 at each quarter's end, 423 since) is no sum of
 * its periods: its span figure is a rate, an average or a level of its own.
 */

/** Kinds of indicator whose figures are never added up, over periods or over parts (rates, shares, completions, standards). */
export const NOT_SUMMED_KINDS: ReadonlySet<string> = new Set(["rate", "share", "completion", "standard"]);

/** Names of averages, standards and ratios per head (人均, 平均, 低保标准, 每千名老人床位数): no sum over periods or parts. */
export const AVERAGE_NAME = /人均|户均|次均|件均|床均|日均|月均|平均|均值|标准|每千|每万|每百/;

/** Names of rates and shares, and of averages (any 均: 平均每具减免金额): 火化率, 占比, 人均. */
export const RATE_OR_AVERAGE_NAME = new RegExp(`率|占比|比重|比例|指数|均|${AVERAGE_NAME.source}`);

/** Measure words of places and organisations (公益性公墓 个, 养老机构 家, 床位 张): counted as they stand, not as they come. */
const PLACE_MEASURE = /^(?:个|家|所|处|座|张|间|床)$/;

/** Whether a figure is a rate or an amount per head or per period (%, 个百分点, 元/人·月). */
export function rateOrPerHead(f: Figure): boolean {
  return f.dimension === "rate" || f.dimension === "rate-points" || f.dimension === "money-per-period";
}

/**
 * Whether a span's figure lies among its periods' (412 | 418 | 423 and 423): the level the periods
 * repeat, not their sum (the sum of two or more positive figures is above each of them).
 */
function withinPeriods(total: Figure, parts: readonly Figure[]): boolean {
  let min = Infinity;
  let max = -Infinity;
  let slack = total.half;
  for (const p of parts) {
    min = Math.min(min, p.base);
    max = Math.max(max, p.base);
    slack = Math.max(slack, p.half);
  }
  return total.base >= min - slack && total.base <= max + slack;
}

/**
 * Whether a row's period figures (the quarters beside 上半年合计 or 1-9月累计) must add up to its span
 * figure: only a flow's do. Not a rate or an average (by its kind, its unit or its name), not a stock
 * at a time (在院, 年末, 余额 in its name), nor a count of places or organisations (个, 家, 所) whose
 * span figure is the level its periods repeat: such a table states stocks (公益性公墓 423 at
 * September's end), and a sum there would be a false alarm. A flow's slip (8312 | 6501 | 5927 and
 * 20470) is still found.
 */
export function periodsAddUp(info: RowInfo, total: Figure, parts: readonly Figure[]): boolean {
  if (info.kind !== undefined && NOT_SUMMED_KINDS.has(info.kind)) return false;
  if (rateOrPerHead(total) || parts.some(rateOrPerHead)) return false;
  const name = info.row.indicatorKey;
  if (RATE_OR_AVERAGE_NAME.test(name) || STOCK_AT_A_TIME.test(name)) return false;
  const measure = (info.unitText ?? total.unitText ?? "").trim();
  return !(PLACE_MEASURE.test(measure) && withinPeriods(total, parts));
}
