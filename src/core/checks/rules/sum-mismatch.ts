import type { Finding } from "../../findings";
import { findIndicator } from "../../schema";
import { cellText } from "../../table/header";
import { comparable, statedAgrees } from "../arith";
import { numberingRank } from "../../table/hierarchy";
import { answersLabel, roleRawReader, splitsTotal } from "../../table/rows";
import type { TableColumn, TableRow } from "../../table/types";
import { FLOW_START, NEW_OR_GONE, STOCK_AT_A_TIME, STOCK_HELD, TIMES_UNITS } from "../../table/stock-words";
import { addressOfFigure, type CheckContext, type CheckRule, type Figure, fmt, type RowInfo } from "../context";
import { finding } from "../finding";
import { headerGroup, headerName, rowFigureColumns, rowFigureReader } from "../row-figures";
import { spanParts } from "../period-spans";
import { isRunningTotalColumn, periodParts, runningTotals } from "../running-total";
import { stockFlowFindings } from "../stock-flow";
import { monthWithinYear } from "../month-within-year";
import { AVERAGE_NAME, NOT_SUMMED_KINDS, periodsAddUp, rateOrPerHead } from "../period-flow";
import { listTails, readTails } from "../list-tails";
import { pointDifferenceFindings } from "../point-difference";

/**
 * Rows named as totals: 合计/总计/小计 and 全市/全区(合计), above or below their rows, and a short
 * name ending in one (项目投资合计, 资金小计): parts in another dimension make it no sum (usable).
 */
const TOTAL = /^(?:(?:全[市区县省州盟旗镇乡])?(?:合计|总计|共计)|全[市区县省州盟旗镇乡]|[\u4e00-\u9fff]{0,8}小计|[\u4e00-\u9fff]{1,8}(?:合计|总计)|total|subtotal|sum)$/;

/** A bilingual name's Chinese (`小计 Subtotal`, `合计Total`): the English after it only translates it. */
const ENGLISH_AFTER = /^([\u4e00-\u9fff]+)\s*[A-Za-z][A-Za-z\s-]*$/;

function chineseOf(key: string): string {
  const m = ENGLISH_AFTER.exec(key);
  return m ? m[1] : key;
}

/** A row named as a total: 合计, 总计, 小计, 全市, 全区合计 (and 小计 Subtotal in a bilingual table). */
export function isTotalName(key: string): boolean {
  // Every such name ends in 计, total or sum, or is 全 and one more character: most names are
  // told from their last character without the regex (for issue 3's 100,000-row check).
  const last = key.charCodeAt(key.length - 1);
  if (last !== 0x8ba1 /* 计 */ && last !== 0x6c /* l */ && last !== 0x6d /* m */ && !(key.length === 2 && key.charCodeAt(0) === 0x5168) /* 全 */) return false;
  const k = withoutYear(key);
  return TOTAL.test(k) || TOTAL.test(chineseOf(k));
}

/** A 小计 (or a 合计 naming what it adds up), its English translation aside. */
function isSubtotalName(key: string): boolean {
  const k = withoutYear(key);
  return SUBTOTAL.test(k) || SUBTOTAL.test(chineseOf(k));
}


/** Whether a total's figure is its last part's (the stock at the end of the periods). */
function sameAsLast(t: Figure, parts: readonly RowInfo[], col: number): boolean {
  const last = parts[parts.length - 1].figures.get(col);
  return !!last && Math.abs(last.base - t.base) <= last.half + t.half + 1e-9 * Math.max(1, Math.abs(t.base));
}

/** The name without a year before it: `2024年上半年合计` is a 上半年合计. */
function withoutYear(key: string): string {
  const k = LEADING_YEAR.test(key) ? key.replace(LEADING_YEAR, "") : key;
  return LEADING_MONTHS.test(k) ? k.replace(LEADING_MONTHS, "") : k;
}
const LEADING_YEAR = /^(?:19|20)\d{2}年度?/;
/** The months a total spans, before its name: `1-6月合计` is a 合计 (of the months above or below it). */
const LEADING_MONTHS = /^\d{1,2}\s?[-—–~至]\s?\d{1,2}\s?月(?:份)?(?=[\u4e00-\u9fff])/;

/**
 * The rounding a figure brings to a sum: none for a whole count written in full (16户, 1280个:
 * counted, not rounded), else half a unit of its last digit.
 */
function slack(f: Figure): number {
  return f.unit?.integral && f.q.decimals === 0 && f.q.scale === 1 && f.unit.factor === 1 ? 0 : f.half;
}

function sumOf(figs: readonly Figure[]): { sum: number; half: number } {
  let sum = 0;
  let half = 0;
  for (const f of figs) {
    sum += f.base;
    half += slack(f);
  }
  return { sum, half };
}

/** Whether parts add up to a total as report() tells it, within their rounding and the floor; null for no parts. */
function addsUpTo(t: Figure, figs: readonly Figure[] | null, floor: number): boolean | null {
  if (!figs) return null;
  const { sum, half } = sumOf(figs);
  return Math.abs(sum - t.base) <= half + slack(t) + floor + 1e-9 * Math.max(1, Math.abs(t.base));
}

/** The figure in the total's unit, for the message: 1285 (个), 1.2亿 stays in the total's unit. */
function inUnitOf(total: Figure, base: number): string {
  const factor = total.base !== 0 && total.number !== 0 ? total.base / total.number : 1;
  return fmt(base / factor, Math.max(total.q.decimals, 2));
}

/**
 * 小计, and a 合计 that names what it adds up (项目投资合计): the total of one block of rows;
 * 合计/总计 above it add them up.
 */
const SUBTOTAL = /^(?:[\u4e00-\u9fff]{0,8}小计|(?!全[市区县省州盟旗镇乡]合计)[\u4e00-\u9fff]{1,8}合计|subtotal)$/;

/** A part of a total: a data row that is neither a 其中 row nor a total itself. */
function isPart(row: TableRow): boolean {
  return row.kind === "data" && row.partKind !== "of-which" && !isTotalName(row.indicatorKey);
}

/**
 * A 小计 right after rows of its own kind, below rows of another (救助资金小计 after three rows in
 * 万元, under 低保对象 | 特困人员 | 临时救助 in 人 and 人次): its parts are that run. Only when the
 * rows above the run have none of its kind: mixed kinds leave the parts as they are (no sum).
 */
function ownKindRun(t: Figure, parts: RowInfo[], col: number): RowInfo[] {
  let start = parts.length;
  while (start > 0) {
    const f = parts[start - 1].figures.get(col);
    if (!f || !comparable(t, f)) break;
    start--;
  }
  if (start === 0 || parts.length - start < 2) return parts;
  // The run ends at a figure of no unit at all (its unit cell holding a number: a row shifted by
  // one), not at another kind: what that row adds is unknown, so all are kept and the sum is not told.
  const before = parts[start - 1].figures.get(col);
  if (before && !before.unit && before.dimension === null) return parts;
  for (let i = 0; i < start; i++) {
    const f = parts[i].figures.get(col);
    if (f && comparable(t, f)) return parts;
  }
  return parts.slice(start);
}

/** The data rows from `from` to `to` (exclusive) at `level`, 其中 rows and totals left out: a 小计's parts. */
function rowsAtLevel(rows: readonly TableRow[], from: number, to: number, level: number): TableRow[] {
  const out: TableRow[] = [];
  for (let j = from; j < to; j++) if (isPart(rows[j]) && rows[j].level === level) out.push(rows[j]);
  return out;
}

/** A total written above its parts (全市 | 甲县 | 乙县): the rows below it at its level, to the next total, section or header. */
function rowsBelow(rows: readonly TableRow[], at: number, level: number): TableRow[] {
  let end = at + 1;
  while (end < rows.length && rows[end].kind !== "section" && rows[end].kind !== "header" && !(rows[end].kind === "data" && isTotalName(rows[end].indicatorKey))) end++;
  return rowsAtLevel(rows, at + 1, end, level);
}

/**
 * A total's candidate parts without the rows numbered as its siblings: `一、收入合计` (its 其中 rows
 * below) is one item of 一、 二、 三、, their peer, not their total. It adds up its own children
 * (checked with them); a 合计 adds up numbered rows only when it stands apart, unnumbered.
 */
function notSiblings(total: TableRow, parts: TableRow[]): TableRow[] {
  const rank = numberingRank(total.numbering);
  if (typeof rank !== "number") return parts;
  return parts.filter((p) => numberingRank(p.numbering) !== rank);
}

/**
 * A 合计/总计's parts among the rows from `grandFrom` (after the previous 合计) to `to`: the 小计
 * rows and the rows after the last of them at its level; else, when sections lie between, the
 * outermost data rows of all of them (a 合计 under sections 一、 二、 adds up both, not the last
 * section alone); else the rows since `from` at the total's level, as for a 小计.
 */
function grandTotalParts(rows: readonly TableRow[], grandFrom: number, from: number, to: number): TableRow[] {
  let lastSubtotal = -1;
  let sections = false;
  for (let j = grandFrom; j < to; j++) {
    if (rows[j].kind === "section") sections = true;
    else if (rows[j].kind === "data" && isSubtotalName(rows[j].indicatorKey)) lastSubtotal = j;
  }
  if (lastSubtotal >= 0) {
    const level = rows[lastSubtotal].level;
    const out: TableRow[] = [];
    for (let j = grandFrom; j < to; j++) {
      const r = rows[j];
      if (r.kind !== "data" || r.level !== level) continue;
      if (isSubtotalName(r.indicatorKey) || (j > lastSubtotal && isPart(r))) out.push(r);
    }
    return out;
  }
  if (sections) {
    let top = Infinity;
    for (let j = grandFrom; j < to; j++) if (isPart(rows[j])) top = Math.min(top, rows[j].level);
    const out: TableRow[] = [];
    for (let j = grandFrom; j < to; j++) if (isPart(rows[j]) && rows[j].level === top) out.push(rows[j]);
    return out;
  }
  return rowsAtLevel(rows, from, to, rows[to].level);
}

/**
 * Each 其中 list split where its parts already add up to the total: `其中:男 47 | 其中:女 39 |
 * 其中:集中养育 21 | 其中:社会散居 65` of 86 is two breakdowns of it, not four parts.
 */
function breakdowns(t: Figure, lists: readonly RowInfo[][], col: number): RowInfo[][] {
  const out: RowInfo[][] = [];
  for (const list of lists) {
    let group: RowInfo[] = [];
    let sum = 0;
    let half = slack(t);
    for (const p of list) {
      group.push(p);
      const f = p.figures.get(col);
      if (f) {
        sum += f.base;
        half += slack(f);
      }
      if (group.length >= 2 && Math.abs(sum - t.base) <= half + 1e-9 * Math.max(1, Math.abs(t.base))) {
        out.push(group);
        group = [];
        sum = 0;
        half = slack(t);
      }
    }
    if (group.length > 0) out.push(group);
  }
  return out;
}

/** A figure a cell writes as a rate itself (5%, 3.2个百分点), not a number its column's header reads so. */
function writtenRate(f: Figure): boolean {
  return f.unitFrom === "cell" && (f.dimension === "rate" || f.dimension === "rate-points");
}

/** How many 其中 lists at most are joined into one partition (a total's kinds are few; keeps the search linear). */
const MAX_JOINED = 8;

/**
 * The last of the consecutive lists from `start` whose lines, in one of `cols`, add up exactly to
 * the total (written exactly, in its dimension, none negative), two lists at least; else `start`.
 */
function partitionEnd(total: RowInfo, lists: readonly (readonly RowInfo[])[], start: number, cols: readonly number[]): number {
  let best = start;
  for (const col of cols) {
    const t = total.figures.get(col);
    if (!t || !t.exact || !(t.base > 0)) continue;
    let sum = 0;
    let half = slack(t);
    const last = Math.min(lists.length - 1, start + MAX_JOINED - 1);
    scan: for (let e = start; e <= last; e++) {
      for (const p of lists[e]) {
        const f = p.figures.get(col);
        if (!f || !f.exact || f.base < 0 || !comparable(t, f)) break scan;
        sum += f.base;
        half += slack(f);
      }
      const tol = half + 1e-9 * Math.max(1, Math.abs(t.base));
      if (sum > t.base + tol) break;
      if (e > start && Math.abs(sum - t.base) <= tol) {
        best = Math.max(best, e);
        break;
      }
    }
  }
  return best;
}

/**
 * A total's 其中 lists (hierarchy.ts: a bare line goes on with the list above it; a line writing 其中
 * again is a subset of its own, unless its label excludes the one before). Consecutive lists whose
 * lines add up exactly to the total in some column (`其中:低保、特困老人 | 其中:80周岁以上老人` making
 * last year's 57.9 to the cent) split the total between them: one list, added up in every column.
 */
function ofWhichLists(total: RowInfo, parts: readonly RowInfo[], cols: readonly number[]): RowInfo[][] {
  const lists: RowInfo[][] = [];
  let key: number | undefined;
  for (const p of parts) {
    const k = p.row.partGroup ?? 0;
    if (lists.length > 0 && k === key) lists[lists.length - 1].push(p);
    else lists.push([p]);
    key = k;
  }
  if (lists.length < 2) return lists;
  const out: RowInfo[][] = [];
  for (let s = 0; s < lists.length; ) {
    const e = partitionEnd(total, lists, s, cols);
    out.push(e > s ? lists.slice(s, e + 1).flat() : lists[s]);
    s = e + 1;
  }
  return out;
}

/**
 * Whether a row's derived figure (its growth from value and previous, its completion from value
 * and target) agrees with them, or cannot be judged: a part whose previous figure is off shows it
 * in its growth, and that slip is the part's, not the total's.
 */
function derivedAgrees(info: RowInfo, value: number, base: number, derived: number | undefined, offset: number): boolean {
  if (derived === undefined) return true;
  const v = info.figures.get(value);
  const b = info.figures.get(base);
  const d = info.figures.get(derived);
  return !v || !b || !d || statedAgrees(d, v, b, offset) !== false;
}

/**
 * sum-mismatch: a total against its parts, in the value column (and, in a wide table, in every
 * column that is an indicator of its own), and in the previous and target columns when every
 * part's growth (completion) agrees with its figures: a part's own slip is its growth-mismatch.
 * - Rows numbered as its children (一、 > (一) > 1. > 1-1 > (1) > A, or a form's 代码 A01 > A0101):
 *   all parts must add up to it.
 * - 其中 / # rows: each 其中 list must not exceed it by itself; a list of two that split it
 *   (男 | 女, 城市 | 农村, 集中 | 分散) must add up to it. A line writing 其中 again is a list of its
 *   own (overlapping subsets) unless its label excludes the one before or the lines make the total
 *   exactly in another column (ofWhichLists). Bare lines after the list that a named total's sum
 *   reads as lines of it (list-tails.ts) are checked with it.
 * - A row named as a total (rowsAtLevel, rowsBelow, grandTotalParts): a 小计 adds up the rows above
 *   it back to the previous section or total; a 合计/总计 the 小计 rows, or across sections every
 *   section's rows; a total with nothing above it (全市 first) the rows below it.
 * - A 类别 of 合计 (城市 | 农村 | 合计): the same indicator's rows in the other categories.
 * - Sums the schema declares between catalogue indicators (`equal` or `at-most`).
 * - A row's quarters (一季度 | 二季度 beside 上半年合计) add up to its value.
 * Parts must all be written exactly and in the total's dimension, else nothing is concluded; a
 * per-head row among them (月人均补助, in 元/人·月) is no part and is left out.
 * Tolerance: the rounding of every figure involved plus the schema's sumFloor. On the total's cell.
 */

/**
 * A wide table's column of rates, shares or averages (持证率(%), 占比, 设施覆盖率, 户均补助): its 合计
 * row holds an average or a ratio, not the sum of the rows above.
 */
function ofRates(ctx: CheckContext, c: TableColumn): boolean {
  return c.headerUnit === "%" || NOT_SUMMED_KINDS.has(ctx.columnKind.get(c.col) ?? "count") || AVERAGE_NAME.test(c.indicator ?? "");
}

/**
 * Whether a column counts a flow, what happened in each period, told by the unit of its figure `t`
 * (money paid, 人次, 件, 对) or by its name (新增, 注销, 净增); not a stock at a time or held (年末,
 * 在册, 床位数, 现有), nor a rate, standard or average (%, 元/人·月, 人均): only a flow's figures add
 * up over periods whatever the row's name says.
 */
function countsFlow(ctx: CheckContext, c: TableColumn, t: Figure): boolean {
  const name = headerName(c.header);
  if (STOCK_AT_A_TIME.test(c.header) || STOCK_HELD.test(c.header) || AVERAGE_NAME.test(c.header) || ofRates(ctx, c)) return false;
  if (rateOrPerHead(t)) return false;
  if (t.dimension === "money" || (t.unit !== null && TIMES_UNITS.has(t.unit.unit))) return true;
  return FLOW_START.test(name) || NEW_OR_GONE.test(name);
}

/**
 * The categories of a period's 合计 (2024年1-6月 over 城市 | 农村 | 合计, read `2024年1-6月 / 合计`): the
 * unmapped figure columns just before it under the same period, nearest first; none for any other column.
 */
export function categoriesOf(ctx: CheckContext, total: TableColumn): TableColumn[] {
  const cut = total.header.lastIndexOf(" / ");
  if (cut < 0 || !isTotalName(total.header.slice(cut + 3).replace(/\s+/g, ""))) return [];
  const period = total.header.slice(0, cut + 3);
  const extras = ctx.table.figureExtras ?? [];
  const out: TableColumn[] = [];
  for (let col = total.col - 1; ; col--) {
    const extra = extras.find((c) => c.col === col);
    if (!extra || !extra.header.startsWith(period) || isTotalName(extra.header.slice(period.length).replace(/\s+/g, ""))) break;
    out.push(extra);
  }
  return out;
}

/** A column header that lists the parts of the column before it: 其中:城市 (then 农村 beside it). */
const OF_WHICH_HEADER = /^(?:其中|#)/;
/** The rest of a list of parts, its own name saying so (其他, 其余). */
const OTHERS = /^(?:其他|其它|其余)/;

/** A column's label as a part: its own name, 其中 taken off (其中:城市(人) → 城市). */
function partLabel(c: TableColumn): string {
  return headerName(c.header).replace(/^(?:其中|#)[:：、]?/, "");
}

/** A column headed 其中 by its own name (其中:女性) or by the group above it (其中 over 城市 | 农村). */
function ofWhichColumn(c: TableColumn): boolean {
  return OF_WHICH_HEADER.test(headerName(c.header)) || /(?:^| \/ )(?:其中|#)[:：]?$/.test(headerGroup(c.header));
}

/**
 * 合计 | 其中:城市 | 农村, 总人数(人) | 其中:女性(人), 特困供养人数 | 其中:集中供养 | 分散供养: a column
 * headed 其中 lists parts of the column right before it, in each row. The list goes on in the
 * columns beside it, of its unit, that are headed 其中 too, answer the part before (城市 then 农村),
 * or name the rest (其他). A part headed 其中 by its own name starts another cut of the total
 * (其中:男 | 女 | 其中:城市 | 农村). Within a cut:
 * - two parts that split the whole (男 | 女, 城市 | 农村, 集中 | 分散) add up to the total;
 * - parts that answer each other (公办 | 民办: no one is both) add up to no more than it;
 * - any other part is no more than it alone (女性 | 35岁以下 | 党员 overlap: no sum), found on the part.
 * Totals of rates and averages (参保率(%), 平均年龄) are no sums.
 */
function ofWhichColumns(ctx: CheckContext, addUp: (total: TableColumn, parts: readonly TableColumn[], relation: "equal" | "at-most", onPart?: TableColumn) => void): void {
  const columns = rowFigureColumns(ctx);
  for (let i = 0; i + 1 < columns.length; i++) {
    const total = columns[i];
    const first = columns[i + 1];
    if (ofWhichColumn(total) || first.col !== total.col + 1 || !ofWhichColumn(first) || first.headerUnit !== total.headerUnit) continue;
    if (total.headerUnit === "%" || AVERAGE_NAME.test(headerName(total.header)) || NOT_SUMMED_KINDS.has(ctx.columnKind.get(total.col) ?? "count")) continue;
    const cuts: TableColumn[][] = [[first]];
    // (The parts are no totals of the columns after them: 其中:男 | 女 | 其中:党员 are three parts of one total.)
    let j = i + 2;
    for (; j < columns.length; j++) {
      const c = columns[j];
      const cut = cuts[cuts.length - 1];
      const before = cut[cut.length - 1];
      if (c.col !== before.col + 1 || c.headerUnit !== total.headerUnit || headerGroup(c.header) !== headerGroup(first.header)) break;
      if (OF_WHICH_HEADER.test(headerName(c.header))) cuts.push([c]);
      else if (ofWhichColumn(c) || answersLabel(partLabel(before), partLabel(c)) || OTHERS.test(partLabel(c))) cut.push(c);
      else break;
    }
    i = j - 1;
    for (const cut of cuts) {
      const labels = cut.map(partLabel);
      if (cut.length === 2 && splitsTotal(labels[0], labels[1])) addUp(total, cut, "equal");
      else if (cut.length >= 2 && labels.every((l, k) => k === 0 || answersLabel(labels[k - 1], l))) addUp(total, cut, "at-most");
      else for (const part of cut) addUp(total, [part], "at-most", part);
    }
  }
}

/**
 * A column named as a total: a total's name (合计, 人数合计, 低保对象合计), or 合计 or 总计 before the
 * measure it totals (合计人数, 总计金额). (Not any name after 总计: 总计划投资 is a plan.)
 */
const TOTAL_BEFORE_MEASURE = /^(?:合计|总计)(?:人数|户数|人次|户次|个数|家数|件数|对数|数量|金额|资金|支出)$/;
function isTotalColumnName(name: string): boolean {
  return isTotalName(name) || TOTAL_BEFORE_MEASURE.test(name);
}

/**
 * 城市 | 农村 | 合计 over 户数(户) | 人数(人) each (a header of two rows): the columns of one measure
 * under each group, the groups in sheet order, when three groups or more hold it, one at either end
 * named a total; its parts are the others. The groups' names are what stands above the measure's
 * name (their earlier rows alike). Not of rates, shares or averages (one is no sum of the others).
 */
function groupTotals(columns: readonly TableColumn[], kindOf: (c: TableColumn) => string): { total: TableColumn; parts: TableColumn[]; ofWhich: boolean }[] {
  const byMeasure = new Map<string, TableColumn[]>();
  for (const c of columns) {
    const group = headerGroup(c.header);
    if (!group || c.headerUnit === "%") continue;
    const cut = group.lastIndexOf(" / ");
    const key = `${cut < 0 ? "" : group.slice(0, cut)}|${c.header.slice(group.length).replace(/\s+/g, "")}|${c.headerUnit ?? ""}`;
    const list = byMeasure.get(key) ?? [];
    list.push(c);
    byMeasure.set(key, list);
  }
  const out: { total: TableColumn; parts: TableColumn[]; ofWhich: boolean }[] = [];
  const groupName = (c: TableColumn) => headerGroup(c.header).split(" / ").pop()!.replace(/\s+/g, "");
  for (const list of byMeasure.values()) {
    if (list.length < 3 || list.some((c) => AVERAGE_NAME.test(headerName(c.header)) || NOT_SUMMED_KINDS.has(kindOf(c)))) continue;
    const at = isTotalColumnName(groupName(list[list.length - 1])) ? list.length - 1 : isTotalColumnName(groupName(list[0])) ? 0 : -1;
    const parts = list.filter((_, i) => i !== at);
    if (at < 0 || parts.some((c) => isTotalColumnName(groupName(c)))) continue;
    // 合计 | 其中:城市 | 农村: a list of 其中 may leave some out.
    out.push({ total: list[at], parts, ofWhich: at === 0 && OF_WHICH_HEADER.test(groupName(parts[0])) });
  }
  return out;
}

/** Count units of whole things, people and events: a 业务量合计 may add one to another. */
const COUNT_UNITS = new Set(["个", "人", "户", "对", "件", "次", "人次", "户次", "名", "家", "所", "项", "起", "宗", "例", "具", "张", "份", "条"]);

/** The adjacent value columns before `first`, each its own indicator in a count unit other than its, nearest last. */
function countsBefore(wide: readonly TableColumn[], first: TableColumn): TableColumn[] {
  const out: TableColumn[] = [];
  for (let col = first.col - 1; ; col--) {
    const c = wide.find((w) => w.col === col);
    if (!c || !c.headerUnit || c.headerUnit === first.headerUnit || !COUNT_UNITS.has(c.headerUnit) || !COUNT_UNITS.has(first.headerUnit ?? "")) break;
    if (isTotalName(c.indicator!) || AVERAGE_NAME.test(c.indicator!)) return [];
    out.unshift(c);
  }
  return out;
}

/** Row by row: the total equals the sum of `own` (its unit's columns) or of `all`; else found, with the sum of all. */
function eitherSum(ctx: CheckContext, totalCol: TableColumn, own: readonly TableColumn[], all: readonly TableColumn[], figureAt: ReturnType<typeof rowFigureReader>, floor: number, flagged: Set<string>, out: Finding[]): void {
  for (let ri = 0; ri < ctx.rows.length; ri++) {
    const info = ctx.rows[ri];
    const t = figureAt(info, totalCol.col);
    if (!t || !t.exact || flagged.has(t.cell.address)) continue;
    const figs = all.map((c) => figureAt(info, c.col));
    if (figs.some((f) => !f || !f.exact || flagged.has(f.cell.address))) continue;
    const parts = figs as Figure[];
    // (Counts as written: 对 and 件 have no common base but the number itself.)
    const sumOfNumbers = (fs: readonly Figure[]) => fs.reduce((n, f) => n + f.number, 0);
    const ownSum = sumOfNumbers(parts.slice(parts.length - own.length));
    const allSum = sumOfNumbers(parts);
    const tol = floor + 1e-9 * Math.max(1, Math.abs(t.number));
    if (Math.abs(ownSum - t.number) <= tol || Math.abs(allSum - t.number) <= tol) continue;
    flagged.add(t.cell.address);
    const shownTotal = cellText(t.cell.raw).trim();
    const shownSum = fmt(allSum, 6);
    out.push(finding("sum-mismatch", ctx.msg.sumMismatch({ total: shownTotal, sum: shownSum, parts: parts.length }), { cell: t.cell, column: totalCol, row: info.row, value: shownTotal, expected: shownSum }));
  }
}

/**
 * Totals across a row's columns.
 * - Columns of one unit side by side, each an indicator of its own, one of them named a total at
 *   either end (城市低保对象(人) | 农村低保对象(人) | 低保对象合计(人)): it holds the sum of the others.
 * - A column followed by columns headed 其中 (ofWhichColumns): each part no more than it, two that
 *   split it (城市 | 农村) its sum.
 * - A value column named 合计 followed by columns the header calls its parts (本期合计 | 其中:城市 |
 *   农村): they add up to no more than it (a 其中 list may leave some out).
 * - A period over its categories and their 合计 (2024年1-6月 over 城市 | 农村 | 合计): the 合计, the row's
 *   figure of that period (or, unread, the month's beside the year so far's), holds the sum of the
 *   categories before it.
 * On the total's cell. Rows are the table's; the sums down the rows are checked above.
 */
function acrossColumns(ctx: CheckContext, floor: number, flagged: Set<string>, out: Finding[]): void {
  const check = (total: RowInfo, t: Figure, parts: Figure[], column: TableColumn, relation: "equal" | "at-most", onPart?: TableColumn) => {
    if (flagged.has(t.cell.address) || !t.exact || parts.some((p) => !p.exact || !comparable(t, p))) return;
    // Not added up: standards, rates and per-head figures (低保标准 1030 | 1030 | 1030), and not where a
    // part is reported already (a total down the rows, a count with a fraction): its own slip.
    if (NOT_SUMMED_KINDS.has(total.kind ?? "count") || AVERAGE_NAME.test(total.row.indicatorKey) || t.dimension === "money-per-period" || t.dimension === "rate") return;
    if (parts.some((p) => flagged.has(p.cell.address) || (p.unit?.integral && !Number.isInteger(p.number) && p.q.scale === 1))) return;
    const { sum, half } = sumOf(parts);
    const tol = half + slack(t) + floor + 1e-9 * Math.max(1, Math.abs(t.base));
    if (relation === "equal" ? Math.abs(sum - t.base) <= tol : sum <= t.base + tol) return;
    const shownTotal = cellText(t.cell.raw).trim();
    const shownSum = inUnitOf(t, sum);
    const params = { total: shownTotal, sum: shownSum, parts: parts.length };
    if (onPart && parts.length === 1) {
      // One part above its total (其中:持证社工 48 of 社区工作者 46): on the part, the figure that cannot be.
      const p = parts[0];
      flagged.add(p.cell.address);
      const shownPart = cellText(p.cell.raw).trim();
      out.push(finding("sum-mismatch", ctx.msg.partsExceedTotal(params), { cell: p.cell, column: onPart, row: total.row, value: shownPart, expected: `<=${shownTotal}` }));
      return;
    }
    flagged.add(t.cell.address);
    out.push(
      finding("sum-mismatch", relation === "equal" ? ctx.msg.sumMismatch(params) : ctx.msg.partsExceedTotal(params), {
        cell: t.cell,
        column,
        row: total.row,
        value: shownTotal,
        expected: relation === "equal" ? shownSum : `<=${shownTotal}`,
      }),
    );
  };
  // Each extra column's figures by row, read once (only tables with such columns pay).
  const figureAt = rowFigureReader(ctx);
  // Every row where the total and each of its parts hold a figure.
  // (A lone part's finding stands on the part, `onPart` its column.)
  const addUp = (totalCol: TableColumn, partCols: readonly TableColumn[], relation: "equal" | "at-most", onPart?: TableColumn) => {
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const t = figureAt(info, totalCol.col);
      if (!t) continue;
      const parts = partCols.map((c) => figureAt(info, c.col));
      if (parts.every((f) => f !== undefined)) check(info, t, parts as Figure[], totalCol, relation, onPart);
    }
  };
  // Runs of adjacent value columns, each its own indicator, of one unit.
  const wide = (ctx.columns.get("value") ?? []).filter((c) => !!c.indicator && c.headerUnit !== "%").sort((a, b) => a.col - b.col);
  const runs: TableColumn[][] = [];
  for (const c of wide) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.col === c.col - 1 && last.headerUnit === c.headerUnit) run.push(c);
    else runs.push([c]);
  }
  for (const run of runs) {
    if (run.length < 3) continue;
    const at = isTotalColumnName(run[run.length - 1].indicator!) ? run.length - 1 : isTotalColumnName(run[0].indicator!) ? 0 : -1;
    if (at < 0) continue;
    const partCols = run.filter((c, i) => i !== at);
    if (partCols.some((c) => isTotalColumnName(c.indicator!) || AVERAGE_NAME.test(c.indicator!) || NOT_SUMMED_KINDS.has(ctx.columnKind.get(c.col) ?? "count"))) continue;
    // 结婚登记(对) | 离婚登记(对) | 补领结婚证(件) | 补领离婚证(件) | 业务量合计(件): a total at the run's end
    // after counts in another measure word may hold them all (the office's business, pairs and
    // certificates alike). It must then equal the sum of its own unit's columns or of all of them.
    const before = at === run.length - 1 ? countsBefore(wide, run[0]) : [];
    if (before.length > 0) eitherSum(ctx, run[at], partCols, [...before, ...partCols], figureAt, floor, flagged, out);
    else addUp(run[at], partCols, "equal");
  }
  // 2024年1-6月 over 城市 | 农村 | 合计 (and 2023年1-6月 over the same): the 合计 under a period, read as
  // the row's figure of that period, holds the sum of the categories before it under the same period.
  // (So too a period's 合计 left unread, the month's beside the year so far's: 本月 over 城市 | 农村 | 合计.)
  for (const total of [...(ctx.columns.get("value") ?? []), ...(ctx.columns.get("previous") ?? []), ...(ctx.columns.get("target") ?? []), ...(ctx.table.figureExtras ?? [])]) {
    const partCols = categoriesOf(ctx, total);
    if (partCols.length >= 2) addUp(total, partCols, "equal");
  }
  // 城市 | 农村 | 合计 over 户数(户) | 人数(人): the 合计 group's figure of each measure is the sum of the others'.
  for (const g of groupTotals(rowFigureColumns(ctx), (c) => ctx.columnKind.get(c.col) ?? "count")) addUp(g.total, g.parts, g.ofWhich ? "at-most" : "equal");
  // 本期合计 | 其中:城市 | 农村: the unmapped figure columns right after a value column named a total, the first headed 其中.
  const extras = ctx.table.figureExtras ?? [];
  for (const value of ctx.columns.get("value") ?? []) {
    if (!/合计|总计|总数/.test(value.header)) continue;
    const partCols: TableColumn[] = [];
    for (let col = value.col + 1; ; col++) {
      const extra = extras.find((c) => c.col === col);
      if (!extra || (partCols.length === 0 && !OF_WHICH_HEADER.test(extra.header.trim()))) break;
      partCols.push(extra);
    }
    if (partCols.length >= 2) addUp(value, partCols, "at-most");
  }
  // Any column with 其中 columns after it (a total already found above them is not found again).
  ofWhichColumns(ctx, addUp);
}

export const sumMismatch: CheckRule = {
  code: "sum-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    if (!ctx.columns.get("value")?.[0]) return out;
    const floor = ctx.schema.tolerances.sumFloor;
    const children = new Map<number, { numbered: RowInfo[]; ofWhich: RowInfo[] }>();
    // Whether any category is a total (most tables have none: the rows are not gathered by name
    // then). Each category's text is looked at once: categories repeat, and may alternate row by row.
    let categoryTotals = false;
    const categories = new Set<string>();
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const row = info.row;
      const category = row.category;
      if (!categoryTotals && category !== undefined && !categories.has(category)) {
        categories.add(category);
        categoryTotals = isTotalName(category.replace(/\s+/g, ""));
      }
      const parent = row.parentRow;
      if (parent === undefined || !row.partKind) continue;
      let c = children.get(parent);
      if (!c) children.set(parent, (c = { numbered: [], ofWhich: [] }));
      (row.partKind === "numbered" ? c.numbered : c.ofWhich).push(info);
    }
    const flagged = new Set<string>();
    // The value column, and in a wide table every other column that is an indicator of its own
    // (低保户数 | 低保人数 | 低保资金): a 合计 row must add up in each.
    // (Shares and rates, 覆盖率(%), are not added up.)
    const valueColumns = (ctx.columns.get("value") ?? []).filter((c, i) => i === 0 || (!!c.indicator && !ofRates(ctx, c)));
    const firstValue = valueColumns[0];
    // The previous and target columns, each with the figure derived from it (growth, completion).
    const derivedOf = new Map<number, { derived: number | undefined; offset: number }>();
    const previous = ctx.columns.get("previous")?.[0];
    const target = ctx.columns.get("target")?.[0];
    if (previous) derivedOf.set(previous.col, { derived: ctx.columns.get("growth")?.[0]?.col, offset: 1 });
    if (target) derivedOf.set(target.col, { derived: ctx.columns.get("completion")?.[0]?.col, offset: 0 });
    // 持证社会工作者(人) | 比上年增减(人) with no previous column: the change's 合计 is the sum of the
    // parts' changes, and nothing else checks it. (Beside a previous column each row's change is
    // checked against its own figures: a sum would only repeat a part's slip on its total.)
    const changes = previous ? [] : (ctx.columns.get("growth") ?? []).filter((c) => c.change === "absolute");
    const changeCols = new Set(changes.map((c) => c.col));
    const columns = [...valueColumns, ...[previous, target].filter((c) => c !== undefined), ...changes];
    let value = firstValue;
    const report = (total: RowInfo, t: Figure, parts: Figure[], relation: "equal" | "at-most") => {
      if (flagged.has(t.cell.address)) return;
      const { sum, half } = sumOf(parts);
      const tol = half + slack(t) + floor + 1e-9 * Math.max(1, Math.abs(t.base));
      const bad = relation === "equal" ? Math.abs(sum - t.base) > tol : sum > t.base + tol;
      if (!bad) return;
      flagged.add(t.cell.address);
      const shownSum = inUnitOf(t, sum);
      const shownTotal = cellText(t.cell.raw).trim();
      const params = { total: shownTotal, sum: shownSum, parts: parts.length };
      out.push(
        finding("sum-mismatch", relation === "equal" ? ctx.msg.sumMismatch(params) : ctx.msg.partsExceedTotal(params), {
          cell: t.cell,
          column: value,
          row: total.row,
          value: shownTotal,
          expected: relation === "equal" ? shownSum : `<=${shownTotal}`,
        }),
      );
    };
    const usable = (t: Figure, parts: RowInfo[], all: boolean): Figure[] | null => {
      // A total written in % (40.9%, 3.2个百分点) is an average or a ratio of its parts, never their sum.
      // (A change column's plain numbers are read as a growth's, in % by its header: a number all the same.)
      const change = changeCols.has(value.col);
      if (change ? writtenRate(t) : t.dimension === "rate" || t.dimension === "rate-points") return null;
      // (All of them read alike, a change's figures hold the rows' units: 人 and 万元 rows add up only
      // where their values would.)
      const totalValue = change ? ctx.byRow.get(t.cell.row)?.figures.get(firstValue.col) : undefined;
      if (change && !totalValue) return null;
      const changeOfLike = (f: Figure, p: RowInfo): boolean => {
        const v = p.figures.get(firstValue.col);
        return !writtenRate(f) && !!totalValue && !!v && comparable(totalValue, v);
      };
      const figs: Figure[] = [];
      const derived = derivedOf.get(value.col);
      for (const p of parts) {
        if (derived && !derivedAgrees(p, firstValue.col, value.col, derived.derived, derived.offset)) return null;
        const f = p.figures.get(value.col);
        // A per-head figure among the parts (月人均补助水平 in 元/人·月) is no part of the sum.
        if (AVERAGE_NAME.test(p.row.indicatorKey) || f?.dimension === "money-per-period") continue;
        if (!f || !f.exact || !comparable(t, f) || (change && !changeOfLike(f, p))) {
          if (all) return null;
          continue;
        }
        figs.push(f);
      }
      // (Added up, a total needs two parts at least: one left beside a per-head figure says nothing.)
      return figs.length > (all ? 1 : 0) ? figs : null;
    };
    // The 类别 a row writes in its own cell (not one carried down from the rows above).
    const categoryCol = ctx.columns.get("category")?.[0];
    const categoryRaw = roleRawReader("category", ctx.table.columns);
    const categoryOf = (row: TableRow): string | undefined => {
      const raw = categoryRaw(row);
      const text = raw ? cellText(raw).trim() : "";
      return text && !isTotalName(text.replace(/\s+/g, "")) ? text : undefined;
    };
    // The rows the named totals' pass stops at (sections, repeated headers, totals), found once for every column.
    const rowsInOrder = ctx.table.rows;
    const marks: number[] = [];
    for (let i = 0; i < rowsInOrder.length; i++) {
      const row = rowsInOrder[i];
      if (row.kind === "section" || row.kind === "header" || (row.kind === "data" && isTotalName(row.indicatorKey))) marks.push(i);
    }
    // The rows of periods that span the period rows above them (上半年 under 一季度 | 二季度), 合计 aside.
    const spans: { at: TableRow; parts: TableRow[] }[] = [];
    for (let i = 2; i < rowsInOrder.length; i++) {
      const at = rowsInOrder[i];
      if (at.kind !== "data" || isTotalName(at.indicatorKey)) continue;
      const parts = spanParts(rowsInOrder, i);
      if (parts) spans.push({ at, parts });
    }
    const columnCols = columns.map((c) => c.col);
    // A total's 其中 lists in the column at hand, each within it (split where a list already adds up to it).
    const checkLists = (total: RowInfo, t: Figure, lists: readonly RowInfo[][]) => {
      for (const list of breakdowns(t, lists, value.col)) {
        // 其中:男 | 女 (城市 | 农村, 集中 | 分散): the two make the whole and must add up to it.
        if (list.length === 2 && splitsTotal(list[0].row.indicatorKey, list[1].row.indicatorKey)) {
          const figs = usable(t, list, true);
          if (figs) report(total, t, figs, "equal");
          continue;
        }
        const figs = usable(t, list, false);
        if (figs) report(total, t, figs, "at-most");
      }
    };
    const tails = listTails(rowsInOrder, (r) => ctx.byRow.get(r), isTotalName);
    const listsOf = new Map<number, RowInfo[][]>();
    for (const column of columns) {
      value = column;
      // The first value column too, when it is itself a rate (地区 | 持证率(%)): its 合计 is no sum.
      if (column === firstValue && column.indicator && ofRates(ctx, column)) continue;
      for (const [parentRow, c] of children) {
        const total = ctx.byRow.get(parentRow);
        const t = total?.figures.get(value.col);
        if (!total || !t || !t.exact) continue;
        if (c.numbered.length >= 2) {
          const figs = usable(t, c.numbered, true);
          if (figs) report(total, t, figs, "equal");
        }
        // Each 其中 list by itself (其中:集中 | 分散, then 其中:男 | 女: two cuts of one total; 其中:女 |
        // 其中:35岁以下: two subsets, each within the total), found once for every column.
        let lists = listsOf.get(parentRow);
        if (!lists) listsOf.set(parentRow, (lists = ofWhichLists(total, c.ofWhich, columnCols)));
        checkLists(total, t, lists);
      }
      // A 小计 row: the data rows above it, back to the previous section or total, at its level.
      // A 合计/总计 row: the 小计 rows above it (and the rows after the last one), back to the previous
      // 合计; without 小计, across sections, the top-level rows of every section; else as a 小计.
      let from = 0;
      let grandFrom = 0;
      // Whether a total closed the rows since the last repeated header.
      let closed = false;
      for (const i of marks) {
        const row = rowsInOrder[i];
        if (row.kind === "header") {
          // A repeated header after a total starts another table: its 合计 adds up its own rows. One
          // with no total before it is the header printed again on the next page: the rows go on.
          if (closed) from = grandFrom = i + 1;
          closed = false;
          continue;
        }
        if (row.kind === "section") {
          from = i + 1;
          continue;
        }
        closed = true;
        const grand = !isSubtotalName(row.indicatorKey);
        let partRows = notSiblings(row, grand ? grandTotalParts(rowsInOrder, grandFrom, from, i) : rowsAtLevel(rowsInOrder, from, i, row.level));
        // Nothing above to add up: a total at the head of its rows (全市 first, then each 县).
        if (partRows.length < 2) partRows = notSiblings(row, rowsBelow(rowsInOrder, i, row.level));
        // A total that writes its own 类别 (资金来源 | 合计) adds up that category's rows only.
        const own = categoryCol ? categoryOf(row) : undefined;
        if (own) partRows = partRows.filter((p) => p.category === own);
        from = i + 1;
        if (grand) grandFrom = i + 1;
        const total = ctx.byRow.get(row.row);
        const t = total?.figures.get(value.col);
        const parts: RowInfo[] = [];
        for (const p of partRows) {
          const info = ctx.byRow.get(p.row);
          if (info) parts.push(info);
        }
        if (!total || !t || !t.exact || parts.length < 2) continue;
        // 1月 … 6月 then 上半年合计: a running total (本年累计) is not added up (running-total.ts).
        if (isRunningTotalColumn(value) && periodParts(parts)) continue;
        // 1月 … 6月 then 1-6月合计 in a column of stocks (月末在保人数, 期末数): the 合计 is the last month's,
        // no sum; so is a column whose 合计 is its last month's figure exactly.
        if (periodParts(parts) && (STOCK_AT_A_TIME.test(value.header) || sameAsLast(t, parts, value.col))) continue;
        // 其中:民营企业 then a bare 国有企业: a line of the list or a part of the total, as the figures read (list-tails.ts).
        const reading = tails.length > 0 ? readTails(parts, tails, value.col, (ps) => addsUpTo(t, usable(t, grand ? ps : ownKindRun(t, ps, value.col), true), floor)) : undefined;
        const read = reading ? reading.parts : parts;
        const figs = usable(t, grand ? read : ownKindRun(t, read, value.col), true);
        // A 小计 already reported: the 总计 over it would only repeat that slip.
        if (figs && !figs.some((f) => flagged.has(addressOfFigure(f)))) report(total, t, figs, "equal");
        // The bare lines the 合计 reads as a list's (国有企业 under 企业捐赠) are lines of it like the
        // 其中 one: with it, within the list's owner (or making it, 城市 | 农村).
        for (const { tail, lines } of reading?.joined ?? []) {
          const o = tail.owner.figures.get(value.col);
          if (o && o.exact) checkLists(tail.owner, o, [[...tail.list, ...lines]]);
        }
      }
      // 一季度 | 二季度 | 上半年, named no 合计: in a column of flows the half year adds up its quarters
      // (in a column of stocks it is the stock at its end, in one of rates no sum).
      for (const { at, parts: spanned } of spans) {
        const total = ctx.byRow.get(at.row);
        const t = total?.figures.get(column.col);
        if (!total || !t || !t.exact || !countsFlow(ctx, column, t)) continue;
        const parts: RowInfo[] = [];
        for (const p of spanned) {
          const info = ctx.byRow.get(p.row);
          if (info) parts.push(info);
        }
        const figs = parts.length === spanned.length ? usable(t, parts, true) : null;
        if (figs) report(total, t, figs, "equal");
      }
      // 类别 城市 | 农村 | 合计 over the same indicator: the 合计 row adds up that indicator's rows in the other categories.
      if (!categoryTotals) continue;
      const sinceTotal = new Map<string, RowInfo[]>();
      for (let ri = 0; ri < ctx.rows.length; ri++) {
        const info = ctx.rows[ri];
        const key = info.row.indicatorKey;
        const category = info.row.category;
        if (!key || category === undefined || isTotalName(key)) continue;
        const list = sinceTotal.get(key) ?? [];
        if (!isTotalName(category.replace(/\s+/g, ""))) {
          list.push(info);
          sinceTotal.set(key, list);
          continue;
        }
        sinceTotal.delete(key);
        const t = info.figures.get(value.col);
        if (!t || !t.exact || list.length < 2) continue;
        const figs = usable(t, list, true);
        if (figs) report(info, t, figs, "equal");
      }
    }
    value = firstValue;
    // 一季度 | 二季度 beside 上半年合计: each row's quarters add up to its value.
    const quarters = ctx.table.columns.filter((c) => c.quarter !== undefined);
    if (quarters.length >= 2) {
      for (let ri = 0; ri < ctx.rows.length; ri++) {
        const info = ctx.rows[ri];
        const t = info.figures.get(firstValue.col);
        if (!t || !t.exact) continue;
        const figs: Figure[] = [];
        for (const q of quarters) {
          const f = info.figures.get(q.col);
          if (!f || !f.exact || !comparable(t, f)) break;
          figs.push(f);
        }
        // (A rate, an average or a stock by quarter is no part of the span's figure: period-flow.ts.)
        if (figs.length === quarters.length && periodsAddUp(info, t, figs)) report(info, t, figs, "equal");
      }
    }
    // Declared sums: each name's first data row.
    if (ctx.schema.sums.length > 0) {
      const bySpec = new Map<object, RowInfo>();
      for (let ri = 0; ri < ctx.rows.length; ri++) {
        const info = ctx.rows[ri];
        if (info.spec && !bySpec.has(info.spec)) bySpec.set(info.spec, info);
      }
      for (const s of ctx.schema.sums) {
        const ts = findIndicator(ctx.schema, s.total);
        const total = ts && bySpec.get(ts);
        const t = total?.figures.get(value.col);
        if (!total || !t || !t.exact) continue;
        const parts: RowInfo[] = [];
        let missing = false;
        for (const name of s.parts) {
          const ps = findIndicator(ctx.schema, name);
          const r = ps && bySpec.get(ps);
          if (r) parts.push(r);
          else missing = true;
        }
        if (s.relation === "equal" && missing) continue;
        const figs = usable(t, parts, s.relation === "equal");
        if (figs) report(total, t, figs, s.relation);
      }
    }
    acrossColumns(ctx, floor, flagged, out);
    runningTotals(ctx, floor, flagged, out);
    // 本月 | 本年累计: a flow's month is a part of its year so far, never above it (month-within-year.ts).
    monthWithinYear(ctx, floor, flagged, out);
    // 年初数 | 本期新增 | 本期减少 | 期末数: the closing stock of each row (stock-flow.ts).
    stockFlowFindings(ctx, floor, flagged, out, isTotalName);
    // 完成率(%) | 序时进度(%) | 差额(百分点): each row's difference (point-difference.ts).
    pointDifferenceFindings(ctx, out);
    return out;
  },
};
