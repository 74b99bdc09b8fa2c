import { normalizeHeader } from "../schema";

/**
 * The words of a monthly report's two measures in a column's name (本月 | 本月同比 beside 1-8月累计 |
 * 累计同比), in one place: the header reader (columns.ts) pairs each growth and previous column with
 * the month's figure or the year so far's; the empty-value check reads a mark under the year so far
 * beside the month's figure as "not applicable" (a stock has no figure summed over the year).
 */

/** 1-8月, 1—6月: the months of the year so far, as a header of its own (no year, no other word). */
export const YEAR_SO_FAR = /^1[-—–~至](\d{1,2})月$/;

/** A month alone as a header (8月 beside 1-8月). */
export const ONE_MONTH = /^\d{1,2}月$/;

/**
 * The month (本月, 当月, 本期, 上年同月, 当月同比, 本期同比) or the year so far (本年累计, 1-6月累计, 1-6月,
 * 上年同期累计, 累计同比) a header names, if either. (本期 beside a 累计 is the month reported.)
 */
export function monthOrYearSoFar(
  header: string,
): "month" | "cumulative" | undefined {
  const t = normalizeHeader(header);
  if (/累计/.test(t) || YEAR_SO_FAR.test(t)) return "cumulative";
  return /本月|当月|同月|本期/.test(t) ? "month" : undefined;
}

/** A header of the month's own figure (本月, 当月, 本期, 本月数, 8月): not the year so far's, nor a year before's (上年同月). */
export function namesMonthFigure(header: string): boolean {
  const t = normalizeHeader(header);
  return !/累计/.test(t) && (/本月|当月|本期/.test(t) || ONE_MONTH.test(t));
}

/** A year written before a period (2025年6月, 2025年1-6月): the year, and the period after it. */
const YEAR_BEFORE = /^(\d{4})年(?!度)/;

/** 6月, 6月份: one month as a header of its own. */
const MONTH_ALONE = /^(\d{1,2})月份?$/;

/** The year up to a month as a header of its own: 1-6月, 1-6月累计, 1-8月完成, 上半年, 前三季度. */
const SO_FAR_ALONE = /^(?:1[-—–~至](\d{1,2})月|(上半年)|(前三季度))(?:累计完成|累计|完成)?(?:数)?$/;

/**
 * A month or the year up to one, as a header that says nothing else (6月, 6月份, 2025年6月 /
 * 1-6月, 1-6月累计, 上半年, 2025年1-6月): which it is, the month it names or ends in, and the year
 * written before it, if any. A header that names a figure too (6月低保人数) is none of them.
 */
export function monthOrSoFarAlone(header: string): { kind: "month" | "cumulative"; month: number; year?: number } | undefined {
  const t = normalizeHeader(header).replace(/\s+/g, "");
  const y = YEAR_BEFORE.exec(t);
  const rest = y ? t.slice(y[0].length) : t;
  const year = y ? Number(y[1]) : undefined;
  const m = MONTH_ALONE.exec(rest);
  if (m) return { kind: "month", month: Number(m[1]), year };
  const s = SO_FAR_ALONE.exec(rest);
  if (!s) return undefined;
  return { kind: "cumulative", month: s[1] ? Number(s[1]) : s[2] ? 6 : 9, year };
}
