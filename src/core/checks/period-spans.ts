import { periodPlace } from "../table/period";
import type { TableRow } from "../table/types";

/**
 * A row of a period that spans the period rows right above it: `一季度 | 二季度 | 上半年`, `1月 … 6月 |
 * 1-6月`, `2025年三季度 | 2025年四季度 | 2025年下半年`, `上半年 | 下半年 | 全年`. Named no 合计, it may
 * hold a stock at the period's end (在册人数) as well as the sum of the periods (资金, 人次): the
 * caller adds it up only in a column of flows.
 */

/** A period row's months within its year, and its year when written. */
type Months = { from: number; to: number; year: number | null };

const LEADING_YEAR = /^((?:19|20)\d{2})年度?/;
/** A row that spans periods: 上半年, 下半年, 前三季度, 全年, 1-6月 (a year before it or not). */
const SPAN = /^(?:(上|下)半年|前三季度|全年度?|1[-—–~至](\d{1,2})月份?)$/;

function yearOf(key: string): { year: number | null; rest: string } {
  const m = LEADING_YEAR.exec(key);
  return m
    ? { year: Number(m[1]), rest: key.slice(m[0].length) }
    : { year: null, rest: key };
}

/** The months a spanning row covers: 上半年 1–6, 前三季度 1–9, 全年 1–12, 1-8月 1–8. */
export function spanMonths(key: string): Months | null {
  // (Every such name ends in 年, 度, 月 or 份: most rows are told from their last character.)
  const last = key.charCodeAt(key.length - 1);
  if (
    last !== 0x5e74 /* 年 */ &&
    last !== 0x5ea6 /* 度 */ &&
    last !== 0x6708 /* 月 */ &&
    last !== 0x4efd /* 份 */
  )
    return null;
  const { year, rest } = yearOf(key.replace(/\s+/g, ""));
  const m = SPAN.exec(rest);
  if (!m) return null;
  if (m[1])
    return m[1] === "上" ? { from: 1, to: 6, year } : { from: 7, to: 12, year };
  if (m[2]) {
    const to = Number(m[2]);
    return to >= 2 && to <= 12 ? { from: 1, to, year } : null;
  }
  return rest.startsWith("前")
    ? { from: 1, to: 9, year }
    : { from: 1, to: 12, year };
}

/** The months a period row covers: a month, a quarter or a half (not a 旬 or a week, nor 1-N月). */
function partMonths(key: string): Months | null {
  const { year, rest } = yearOf(key.replace(/\s+/g, ""));
  const half = /^([上下])半年$/.exec(rest);
  if (half)
    return half[1] === "上"
      ? { from: 1, to: 6, year }
      : { from: 7, to: 12, year };
  const place = periodPlace(rest);
  if (place?.kind === "month")
    return { from: place.place, to: place.place, year };
  if (place?.kind === "quarter")
    return { from: place.place * 3 - 2, to: place.place * 3, year };
  return null;
}

/** How many rows above a spanning row are read at most (12 months and 4 quarters beside them). */
const REACH = 24;

/**
 * The parts of the spanning row at `at`: the period rows right above it that cover its months
 * exactly, latest first read, each ending where the next one up begins (二季度 then 一季度; 6月 … 1月).
 * A row within a part already taken is its breakdown and passed over (4月 | 5月 | 6月 | 二季度:
 * 二季度). Any other row above the run, a gap, an overlap or another year: null.
 */
export function spanParts(
  rows: readonly TableRow[],
  at: number,
): TableRow[] | null {
  const span = spanMonths(rows[at].indicatorKey);
  if (!span) return null;
  const parts: TableRow[] = [];
  let need = span.to;
  let taken = null as Months | null;
  for (let j = at - 1; j >= 0 && at - j <= REACH && need >= span.from; j--) {
    const row = rows[j];
    if (row.kind !== "data") return null;
    const m = partMonths(row.indicatorKey);
    if (
      !m ||
      (m.year !== null && span.year !== null && m.year !== span.year) ||
      m.from < span.from
    )
      return null;
    if (m.to === need) {
      parts.push(row);
      need = m.from - 1;
      taken = { from: m.from, to: taken?.to ?? m.to, year: null };
    } else if (!taken || m.from < taken.from || m.to > taken.to) return null;
  }
  // (Parts of one kind of year: all dated or none, and two at least.)
  if (need !== span.from - 1 || parts.length < 2) return null;
  const dated = parts.map(
    (p) => yearOf(p.indicatorKey.replace(/\s+/g, "")).year !== null,
  );
  return dated.every((d) => d === dated[0]) ? parts.reverse() : null;
}
