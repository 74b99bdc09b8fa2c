import type { Finding } from "../findings";
import { lookupUnit } from "../quantity";
import type { UnitInfo } from "../quantity/types";
import { normalizeHeader } from "../schema";
import { measureNamed } from "../table/columns";
import { cellText } from "../table/header";
import { monthOrSoFarAlone, monthOrYearSoFar, namesMonthFigure, ONE_MONTH } from "../table/month-words";
import { monthSpan } from "../table/period";
import { FLOW_START, NEW_OR_GONE, STOCK_AT_A_TIME, STOCK_HELD, STOCK_NOW, TIMES_UNITS } from "../table/stock-words";
import type { TableColumn } from "../table/types";
import { comparable } from "./arith";
import type { CheckContext, Figure, RowInfo } from "./context";
import { finding } from "./finding";
import { NOT_SUMMED_KINDS, RATE_OR_AVERAGE_NAME, rateOrPerHead } from "./period-flow";
import { headerGroup, headerName, rowFigureReader } from "./row-figures";

/**
 * A 统计月报 states each row twice: the month's figure (本月, 当月, 本期, 6月) and the year so far's
 * (本年累计, 1-6月累计, 1-6月). The year so far holds the month, so for a flow (结婚登记 对, 发放资金
 * 万元, 火化 具: what happened in the period) the month's figure cannot be larger; in January the
 * year so far is the month alone and the two are equal.
 *
 * Reported as `sum-mismatch` (findings.md: "a total differs from the sum of its parts", and "parts
 * add up to more than the total"): the year so far is the sum of the year's months, the month one
 * of its parts, and a part above its total is exactly what that code's at-most relation (其中) says.
 * On the year so far's cell, the total, as every sum-mismatch. No other code fits: growth-, period-
 * and scale- findings are about other relations.
 *
 * Only for flows: a stock (在册, 年末数, 现有) has no figure summed over the year (its 累计 is a level,
 * an average or a mark), nor does a rate, an average or a standard. A blank or a mark (`/`) under
 * the year so far is no figure and is left alone.
 */

/** A header that names the year before (上年同期累计, 去年同月): no figure of this year's. */
const EARLIER = /上年|去年|前年|同期|同月/;
/** A year written in a header (2025年1-6月). */
const YEAR_IN_HEADER = /(?:19|20)\d{2}/;
/** The months before a measure's name in a header (1-6月累计, 6月份): no measure of their own. */
const LEADING_MONTHS = /^(?:1[-—–~至])?\d{1,2}月份?/;
/**
 * Names of a net change or a balance (净增, 收支差额, 增减, 结余): the year so far may be less than
 * a month when other months went the other way.
 */
const NET_OR_BALANCE = /净|差额|增减|盈亏|损益|结余|余额|变动/;
/** A year-so-far header that starts at the year's start (not a 累计 since a programme began). */
const FROM_YEAR_START = /本年|年累计|年初至今|^1[-—–~至]\d{1,2}月/;

/** A column's own name (its last header row), normalised: `结婚登记 / 本年累计` → 本年累计. */
function ownName(c: TableColumn): string {
  return normalizeHeader(headerName(c.header));
}

/**
 * The period a column's figures are of, and what they are within it (a key). Mostly its own name
 * (本月, 1-6月累计销售额) under its group, the measure that name holds; under a period over its
 * categories (本月 over 城市 | 农村 | 合计, read `本月 / 城市`), the period is the row above the
 * column's own name and what it holds the category (城市, 合计): the month's 城市 is then paired with
 * the year so far's 城市, as 本月 with 本年累计 under one category (城市 over 本月 | 本年累计).
 */
function periodOf(c: TableColumn): { period: string; of: string } {
  const own = ownName(c);
  const group = headerGroup(c.header);
  const cut = group.lastIndexOf(" / ");
  const above = normalizeHeader(cut < 0 ? group : group.slice(cut + 3)).replace(/\s+/g, "");
  const names = (t: string) => namesMonth(t) || namesYearSoFar(t);
  if (above && !names(own) && names(above)) return { period: above, of: `${cut < 0 ? "" : group.slice(0, cut)}\u0000${own}` };
  return { period: own, of: `${group}\u0000${measureKey(c)}` };
}

/** A column's name for messages: its own, with the period above it when that is what it is of (`本月 / 合计`). */
function labelOf(c: TableColumn): string {
  const { period } = periodOf(c);
  const own = headerName(c.header);
  return period === ownName(c) ? own : `${period} / ${own}`;
}

/** The measure a month or year-so-far header names, its period words and months taken away ("" for none). */
function measureKey(c: TableColumn): string {
  // (A period and nothing else, 上半年 or 2025年6月, names no measure.)
  if (monthOrSoFarAlone(headerName(c.header))) return "";
  return measureNamed(headerName(c.header).replace(LEADING_MONTHS, ""));
}

/** A column of this year's figures, not a percentage, a stock's or a wide table's indicator (whose row is no indicator). */
function plainFigureColumn(ctx: CheckContext, c: TableColumn): boolean {
  if (c.role !== "value" || c.indicator || c.group || c.headerUnit === "%" || /%/.test(c.header)) return false;
  if (EARLIER.test(c.header) || STOCK_NOW.test(c.header) || STOCK_HELD.test(c.header)) return false;
  const year = YEAR_IN_HEADER.exec(c.header);
  return !year || Number(year[0]) === ctx.period?.year;
}

/** The last month of a `1-6月` header (6; 上半年 6, 前三季度 9), undefined for 本年累计. */
function lastMonth(name: string): number | undefined {
  const m = /^1[-—–~至](\d{1,2})月/.exec(name);
  if (m) return Number(m[1]);
  const alone = monthOrSoFarAlone(name);
  return alone?.kind === "cumulative" ? alone.month : undefined;
}

/**
 * Whether a month column may stand inside the year-so-far column: 本月 anywhere; a named month (`6月`,
 * `6月份`, `2025年6月`) only within a year so far that reaches it (`1-6月`, `上半年`), of the same year
 * when both write one.
 */
function monthInside(month: TableColumn, total: TableColumn): boolean {
  const m = periodOf(month).period;
  const alone = monthOrSoFarAlone(m);
  if (!ONE_MONTH.test(m) && alone?.kind !== "month") return true;
  const t = periodOf(total).period;
  const last = lastMonth(t);
  const n = alone ? alone.month : Number(m.replace("月", ""));
  const totalYear = monthOrSoFarAlone(t)?.year;
  return last !== undefined && n <= last && (alone?.year === undefined || totalYear === undefined || alone.year === totalYear);
}

/** A year-so-far header (本年累计, 1-6月累计; as a header of its own also 上半年, 前三季度, 2025年1-6月). */
function namesYearSoFar(name: string): boolean {
  return monthOrYearSoFar(name) === "cumulative" || monthOrSoFarAlone(name)?.kind === "cumulative";
}

/** A month's own figure (本月, 当月, 6月; as a header of its own also 6月份, 2025年6月). */
function namesMonth(name: string): boolean {
  return (namesMonthFigure(name) || monthOrSoFarAlone(name)?.kind === "month") && !namesYearSoFar(name);
}

/** A month column with the year-so-far column that holds it, and how a row's month figure is read. */
interface Pair {
  month: TableColumn;
  total: TableColumn;
  readTotal: (info: RowInfo) => Figure | undefined;
  read: (info: RowInfo) => Figure | undefined;
}

/**
 * The month and year-so-far pairs of a 月报, if the table has them: the year so far among the value
 * columns (the model's value in such a report) or the unmapped figure columns (本年累计 / 城市 beside
 * 本年累计 / 合计), the month among the unmapped figure columns (本月 beside 本年累计 | 上年同期累计) or
 * another group's (本月 | 本月同比 beside 本年累计 | 累计同比). One month for each year so far, of the
 * same measure and header group (periodOf): else (6月 | 7月 | 8月 | 1-8月, a table of months) nothing
 * is paired.
 */
function pairsOf(ctx: CheckContext): Pair[] {
  const extraColumns = ctx.table.figureExtras ?? [];
  // (The year so far may be an unmapped column too: 本年累计 / 城市 beside the row's 本年累计 / 合计.)
  const totals = [...(ctx.columns.get("value") ?? []), ...extraColumns].filter((c) => plainFigureColumn(ctx, c) && namesYearSoFar(periodOf(c).period));
  if (totals.length === 0) return [];
  const isMonth = (c: TableColumn) => plainFigureColumn(ctx, c) && namesMonth(periodOf(c).period);
  const extras = extraColumns.filter(isMonth);
  const others = (ctx.table.otherGroups ?? []).flatMap((g) => g.columns.filter(isMonth));
  if (extras.length === 0 && others.length === 0) return [];
  // (An unmapped column's figures, gathered by row on the first look: row-figures.ts.)
  const figureAt = rowFigureReader(ctx);
  const readExtra = (col: number) => (info: RowInfo) => figureAt(info, col);
  const out: Pair[] = [];
  for (const total of totals) {
    const of = periodOf(total).of;
    const same = (c: TableColumn) => c.col !== total.col && periodOf(c).of === of && monthInside(c, total);
    const candidates = [...extras.filter(same), ...others.filter(same)];
    if (candidates.length !== 1) continue;
    const month = candidates[0];
    out.push({ month, total, readTotal: readExtra(total.col), read: extras.includes(month) ? readExtra(month.col) : (info) => ctx.otherGroupFigure(info, month) });
  }
  return out;
}

/**
 * Whether a row counts a flow, what happened in the period, so that its year so far sums its
 * months: money (发放资金 万元) or times something was done (对, 具, 人次, 件), or a name of things
 * new or gone (新增, 注销). Not a rate, share, standard or average (by kind, unit or name), not a
 * stock at a time or held (在册, 年末, 现有, 余额), nor a net change or a balance (净增, 结余).
 */
function flowRow(info: RowInfo, month: Figure, total: Figure): boolean {
  if (info.kind !== undefined && NOT_SUMMED_KINDS.has(info.kind)) return false;
  if (rateOrPerHead(month) || rateOrPerHead(total)) return false;
  const name = info.row.indicatorKey;
  if (RATE_OR_AVERAGE_NAME.test(name) || STOCK_AT_A_TIME.test(name) || STOCK_HELD.test(name) || NET_OR_BALANCE.test(name)) return false;
  // (No unit column: the unit the indicator's name ends with, 结婚登记(对), 发放资金(万元).)
  const unit = total.unit ?? unitInName(info.row.indicator);
  if (unit && (unit.dimension === "rate" || unit.dimension === "rate-points" || unit.dimension === "money-per-period")) return false;
  if (unit && (unit.dimension === "money" || TIMES_UNITS.has(unit.unit))) return true;
  return FLOW_START.test(name) || NEW_OR_GONE.test(name);
}

/** A unit in brackets at the end of an indicator's name: 结婚登记(对) → 对. */
const UNIT_IN_NAME = /[(（]([^()（）]{1,6})[)）]\s*$/;

function unitInName(indicator: string): UnitInfo | null {
  const m = UNIT_IN_NAME.exec(indicator);
  return m ? lookupUnit(m[1].trim()) : null;
}

/** A base-unit figure shown in the unit and digits `like` is written in. */
function shown(like: Figure, base: number): string {
  const factor = like.base !== 0 && like.number !== 0 ? like.base / like.number : 1;
  return (base / factor).toFixed(Math.min(like.q.decimals, 10));
}

/** Whether the reported period is January alone (a title's 2025年1月): the year so far is then the month. */
function january(ctx: CheckContext): boolean {
  if (!ctx.period || (ctx.periodFrom !== "title" && ctx.periodFrom !== "header")) return false;
  const span = monthSpan(ctx.period);
  return !!span && span[0] === 1 && span[1] === 1;
}

/**
 * Each flow row's month figure against its year so far: larger is a sum-mismatch on the year so
 * far's cell; in January (and a year so far that starts with the year) unequal is one. Nothing is
 * done row by row when the table has no month and year-so-far pair of columns.
 */
export function monthWithinYear(ctx: CheckContext, floor: number, flagged: Set<string>, out: Finding[]): void {
  const pairs = pairsOf(ctx);
  if (pairs.length === 0) return;
  const isJanuary = january(ctx);
  for (const { month, total, readTotal, read } of pairs) {
    // (A year so far written 1-6月 under a title of 1月 is a period slip of its own: no equality asked.)
    const name = periodOf(total).period;
    const last = lastMonth(name);
    const equal = isJanuary && FROM_YEAR_START.test(name) && (last === undefined || last === 1);
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const t = readTotal(info);
      if (!t || !t.exact || t.base < 0 || flagged.has(t.cell.address)) continue;
      const m = read(info);
      if (!m || !m.exact || m.base < 0) continue;
      // (The figures first, the row's names last: most rows hold, and are passed by a subtraction.)
      const tol = t.half + m.half + floor + 1e-9 * Math.max(1, Math.abs(t.base), Math.abs(m.base));
      const over = m.base - t.base > tol;
      if (!over && !(equal && Math.abs(m.base - t.base) > tol)) continue;
      if (flagged.has(m.cell.address) || !comparable(t, m) || !flowRow(info, m, t)) continue;
      flagged.add(t.cell.address);
      const params = { month: cellText(m.cell.raw).trim(), monthColumn: labelOf(month), total: cellText(t.cell.raw).trim(), totalColumn: labelOf(total) };
      const message = equal ? ctx.msg.januaryYearSoFar(params) : ctx.msg.monthOverYearSoFar(params);
      out.push(finding("sum-mismatch", message, { cell: t.cell, column: total, row: info.row, value: params.total, expected: shown(t, m.base) }));
    }
  }
}
