import type { Finding } from "../findings";
import { lookupUnit } from "../quantity";
import type { UnitInfo } from "../quantity/types";
import { cellText } from "../table/header";
import { monthSpan } from "../table/period";
import type { Period, TableColumn } from "../table/types";
import { distance, type Interval } from "./arith";
import { addressOfFigure, type CheckContext, type Figure, fmt, type RowInfo } from "./context";
import { finding } from "./finding";
import { headerGroup, headerName, rowFigureColumns, rowFigureReader, rowsConfirm } from "./row-figures";

/**
 * An average per person, household or 人次 beside the total and the count it is worked out from,
 * in one row: 保障人数(人) | 发放资金(万元) | 人均补助(元/月), 户数(户) | 人数(人) | 户均人数(人),
 * 救助人次 | 救助金额(元) | 人次均救助(元). The average is total ÷ count (÷ the months the table covers,
 * for a per-month average). Only where the words say which: the header names what is divided and
 * each of the two figures has exactly one column of its kind in the average's group.
 */
export interface RowAverage {
  average: TableColumn;
  total: TableColumn;
  count: TableColumn;
  /** What the average is per month or per year of, if anything (月人均, 元/人·月; 年人均, 元/人·年). */
  per: "month" | "year" | null;
}

/**
 * `人均补助`, `月人均补助水平`, `户均人数`, `人次均救助`, `低保人均资金`, `人均月补助`: the words before the
 * average (a population or the count's name), 月 or 年 on either side, who it is per, what it divides.
 * Lazy and bounded: linear.
 */
const AVERAGE = /^([\u4e00-\u9fff]{0,8}?)(月|年)?(人次均|人均|户均)(月|年)?([\u4e00-\u9fff]{1,12})$/;
/** A set figure (补助标准), a change, a share or a rate of an average: nothing a row's total and count work out. */
const NOT_AVERAGE = /标准|增长|增幅|增减|同比|环比|比例|比重|占比|率$/;
/** A column that is a part (其中:女), a rate, a share or an average itself: neither total nor count. */
const NOT_BASE = /^(?:其中|#)|率$|比$|比重$|比例$|占比|人均|户均|人次均|平均|每|标准/;
/**
 * What a money average may say it divides without naming its column (人均补助 over 发放资金): money
 * paid out, and nothing else (人均可支配收入, 人均消费支出 are no quotient of the row's figures).
 */
const PAID_OUT = /^(?:补助|补贴|救助|资金|救助金|补助金|补贴金|保障金|救助资金|补助资金|保障资金|发放资金|支出|发放|金额)(?:额|金额|水平)?$/;

interface AverageWords {
  /** The words before 人均 (低保, 护理员), or "". */
  before: string;
  per: "month" | "year" | null;
  /** 人, 户 or 人次: what the count is counted in. */
  head: "人" | "户" | "人次";
  /** What is divided: 补助, 人数, 资金. */
  object: string;
}

/** An average column's words, or null (two periods, 标准, a rate of an average). */
function averageWords(name: string): AverageWords | null {
  if (NOT_AVERAGE.test(name)) return null;
  const m = AVERAGE.exec(name);
  if (!m || (m[2] && m[4])) return null;
  const period = m[2] ?? m[4];
  const head = m[3] === "人次均" ? "人次" : m[3] === "户均" ? "户" : "人";
  return { before: m[1], per: period === "月" ? "month" : period === "年" ? "year" : null, head, object: m[5] };
}

/** The unit a column's header gives, or null. */
function headerUnitOf(c: TableColumn): UnitInfo | null {
  return c.headerUnit ? (lookupUnit(c.headerUnit) ?? null) : null;
}

/** What an average's unit says it is per (元/人·月: month; 元/人·年: year; 元/人, 元: nothing); "day" for a daily figure, which is not checked. */
function unitPer(u: UnitInfo): "month" | "year" | "day" | null {
  if (u.dimension !== "money-per-period") return null;
  if (/月/.test(u.unit)) return "month";
  if (/年/.test(u.unit)) return "year";
  return /[天日]/.test(u.unit) ? "day" : null;
}

/** Whether an average's unit is per what its name says (元/户·月 under 人均: one of the two is wrong, and which is not known). */
function unitAgrees(u: UnitInfo, head: AverageWords["head"]): boolean {
  if (u.dimension !== "money-per-period") return true;
  const per = /户/.test(u.unit) ? "户" : /人次/.test(u.unit) ? "人次" : /人/.test(u.unit) ? "人" : null;
  return per === null || per === head;
}

/** Whether a count column is counted in what the average is per: 人 (not 人次) for 人均, 户 for 户均, 人次 for 人次均. */
function countedIn(c: TableColumn, head: AverageWords["head"]): boolean {
  const u = headerUnitOf(c);
  if (!u) return false;
  // (万人次 is its unit as written: 人次 with the scale word.)
  if (head === "户") return u.dimension === "households" && !u.unit.endsWith("次");
  if (u.dimension !== "persons") return false;
  return head === "人次" ? u.unit.endsWith("人次") : !u.unit.endsWith("次");
}

/** The dimension a total must be in for an average in `u`: money for money (元/人·月 too), else the average's own. */
function totalDimension(u: UnitInfo): string | null {
  if (u.dimension === "money" || u.dimension === "money-per-period") return "money";
  if (u.dimension === "rate" || u.dimension === "time") return null;
  return u.dimension;
}

/** `补助水平` → 补助水平, 补助, and its last two characters when longer: the words a total's name may hold. */
function objectWords(object: string): string[] {
  const bare = object.replace(/(?:水平|数额|额)$/, "");
  const words = [object];
  if (bare.length > 0 && bare !== object) words.push(bare);
  if (bare.length > 2) words.push(bare.slice(-2));
  return words;
}

/** The one column among `columns` whose name holds the first of `words` any holds; undefined for none or several. */
function onlyNaming(columns: readonly TableColumn[], words: readonly string[]): TableColumn | undefined {
  for (const word of words) {
    const found = columns.filter((c) => headerName(c.header).includes(word));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** The one of `columns`, or the one naming `before` (低保 of 低保人均资金) when several are: undefined otherwise. */
function onlyOrNamed(columns: readonly TableColumn[], before: string): TableColumn | undefined {
  if (columns.length === 1) return columns[0];
  if (columns.length === 0 || before.length === 0) return undefined;
  const named = columns.filter((c) => headerName(c.header).includes(before));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The averages of a table's rows with the total and count each is worked out from. An average is
 * a column named (…)人均X, 户均X or 人次均X in a unit (元/人·月, 元, 人); its total the one column of
 * its header group in the average's kind of unit (money for money) whose name holds X (补助水平,
 * 补助, or its last two characters: 保障人数 is counted under 低保人数), or for money paid out
 * (补助, 资金, 救助) the group's only money column; its count the group's one column counted in
 * 人 (not 人次), 户 or 人次 as the average is per. Words before 人均 (低保, 护理员) must be in the
 * total's or the count's name. Two candidates, or none: no average.
 */
export function rowAverages(columns: readonly TableColumn[]): RowAverage[] {
  const out: RowAverage[] = [];
  for (const average of columns) {
    const words = averageWords(headerName(average.header));
    const unit = headerUnitOf(average);
    if (!words || !unit) continue;
    const dimension = totalDimension(unit);
    const byUnit = unitPer(unit);
    if (!dimension || byUnit === "day" || (byUnit && words.per && byUnit !== words.per) || !unitAgrees(unit, words.head)) continue;
    const group = headerGroup(average.header);
    const bases = columns.filter((c) => c !== average && headerGroup(c.header) === group && !NOT_BASE.test(headerName(c.header)));
    const ofKind = bases.filter((c) => headerUnitOf(c)?.dimension === dimension);
    let total = onlyNaming(ofKind, objectWords(words.object));
    if (!total && dimension === "money" && PAID_OUT.test(words.object)) total = onlyOrNamed(ofKind, words.before);
    if (!total) continue;
    const count = onlyOrNamed(
      bases.filter((c) => c !== total && countedIn(c, words.head)),
      words.before,
    );
    if (!count) continue;
    if (words.before && !headerName(total.header).includes(words.before) && !headerName(count.header).includes(words.before)) continue;
    out.push({ average, total, count, per: words.per ?? (byUnit as "month" | "year" | null) });
  }
  return out;
}

/**
 * How many times the total is divided beyond the count: 1 for an average of the whole total; for a
 * per-month average the months the table covers (上半年 6, 1-9月 9, a year 12, a month 1); for a
 * per-year one 1 over a whole year. null where the period does not say (no period, a per-year
 * average of part of a year).
 */
export function monthsDivisor(per: RowAverage["per"], period: Omit<Period, "year"> | undefined): number | null {
  if (per === null) return 1;
  if (!period) return null;
  const span = monthSpan(period);
  const months = span ? span[1] - span[0] + 1 : period.month || period.quarter || period.half ? null : 12;
  if (months === null) return null;
  if (per === "month") return months;
  return months === 12 ? 1 : null;
}

/**
 * The average's figure in its written unit and what one written unit is in the total's base unit
 * (元 for 元/人·月 and 元/人·年 alike: the period is in the divisor; 1e4 for 万元, 万人). Its base
 * would turn 元/人·年 into 元 a month.
 */
function writtenScale(f: Figure): number {
  const u = f.unit;
  if (!u) return 1;
  if (u.dimension === "money-per-period") return u.scaled ? 1e4 : 1;
  return u.factor;
}

/**
 * How far the caseload behind a per-month average over several months may have moved from the
 * row's count: the money is paid month by month to the caseload of each month, the count is one
 * date's (6月末在册) or the months' mean, and a clerk may average the months' own averages. A
 * tenth either way; a count of another kind (户 for 人: 1.6 times) or a dropped 万 is far beyond it.
 */
const CASELOAD_DRIFT = 0.1;

/**
 * total ÷ count ÷ divisor over the rounding of the two (a whole count in its base unit is exact)
 * and, over several months, the caseload's drift; in the average's written unit. null when the
 * count may be zero.
 */
function averageInterval(total: Figure, count: Figure, divisor: number, scale: number): Interval | null {
  const th = total.dimension !== "money" && Number.isInteger(total.base) && total.half === 0.5 ? 0 : total.half;
  const ch = Number.isInteger(count.base) && count.half === 0.5 ? 0 : count.half;
  const drift = divisor > 1 ? count.base * CASELOAD_DRIFT : 0;
  const clo = count.base - ch - drift;
  if (clo <= 0) return null;
  const k = divisor * scale;
  return { lo: (total.base - th) / (count.base + ch + drift) / k, hi: (total.base + th) / clo / k };
}

interface RowAverageFigures {
  info: RowInfo;
  average: Figure;
  agrees: boolean;
  expected: number;
}

/**
 * completion-mismatch on an average that is not its row's total ÷ count (÷ the months, for a
 * per-month average) within the rounding of the three written figures (and, for a per-month
 * average over several months, the caseload's drift: CASELOAD_DRIFT). As for a per-population
 * ratio (per-population.ts), checked only where the figures confirm the reading: one row agrees at
 * least, and no fewer agree than disagree (an average of a caseload counted month by month, or
 * over another count than the one read, agrees in no row, and nothing is said).
 */
export function rowAverageFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const columns = rowFigureColumns(ctx);
  if (columns.length < 3) return out;
  const averages = rowAverages(columns);
  if (averages.length === 0) return out;
  const figureAt = rowFigureReader(ctx);
  for (const a of averages) {
    // The months the table itself says it covers (its column's group, else its title or header):
    // a year given by the caller (--year) says nothing of the months.
    const divisor = monthsDivisor(a.per, a.average.period ?? ctx.table.period);
    if (divisor === null) continue;
    const rows: RowAverageFigures[] = [];
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const average = figureAt(info, a.average.col);
      const total = figureAt(info, a.total.col);
      const count = figureAt(info, a.count.col);
      if (!average || !total || !count || !average.exact || !total.exact || !count.exact) continue;
      if (average.unitFrom === "cell" || !average.unit || (ctx.wrongColumn.size > 0 && ctx.wrongColumn.has(addressOfFigure(average)))) continue;
      const scale = writtenScale(average);
      const i = averageInterval(total, count, divisor, scale);
      if (!i) continue;
      // (The stated figure's rounding in its written unit: 元/人·年's base is 元 a month.)
      const half = average.half / average.unit.factor;
      rows.push({ info, average, agrees: distance(average.number, i) <= half + 1e-9, expected: total.base / count.base / divisor / scale });
    }
    if (!rowsConfirm(rows)) continue;
    for (let ri = 0; ri < rows.length; ri++) {
      const r = rows[ri];
      if (r.agrees) continue;
      const stated = cellText(r.average.cell.raw).trim();
      const expected = fmt(r.expected, Math.max(1, r.average.q.decimals));
      const message = ctx.msg.averageMismatch({
        average: headerName(a.average.header),
        expected,
        stated,
        total: headerName(a.total.header),
        count: headerName(a.count.header),
        months: divisor > 1 ? divisor : 0,
      });
      out.push(finding("completion-mismatch", message, { cell: r.average.cell, column: a.average, row: r.info.row, value: stated, expected }));
    }
  }
  return out;
}
