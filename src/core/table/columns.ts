import { lookupUnit } from "../quantity";
import { normalizeHeader, schemaPeriod, type Schema } from "../schema";
import { CODE_HEADER, type HeaderLayout } from "./header";
import { FLOW_START, OPENING } from "./stock-words";
import { monthOrSoFarAlone, monthOrYearSoFar, namesMonthFigure } from "./month-words";
import { findPeriod, withoutPeriods, yearsIn } from "./period";
import { progressAside } from "./progress";
import type { Period, TableColumn } from "./types";

/** A structural problem found while mapping columns; buildTable turns these into findings. */
export type ColumnProblem =
  | { kind: "duplicate-column"; column: TableColumn; first: TableColumn; headerRow: number }
  | { kind: "missing-column"; key: string; alias: string };

/** A period a header starts with (一季度计划, 上半年完成, 1-6月完成), and how many months it spans. Anchored. */
const SPAN = /^(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|全年|1[-—–~至]\d{1,2}月|\d{1,2}月)/;
function monthsOf(word: string): number {
  if (word.includes("季度")) return word.startsWith("前三") ? 9 : 3;
  if (word.includes("半年")) return 6;
  if (word === "全年") return 12;
  const range = /^1[-—–~至](\d{1,2})月$/.exec(word);
  return range ? Number(range[1]) : 1;
}

const FIGURE_ROLE_NAMES = ["value", "previous", "growth", "target", "completion"] as const;

/** The measure a header names (数量, 金额, 人数 …), or "". */
const MEASURE = /数量|金额|资金|人数|户数|人次|床位|个数/;
function measureOf(header: string): string {
  return MEASURE.exec(header)?.[0] ?? "";
}

/**
 * Indicators in groups whose names stand above the header (结婚登记 | 离婚登记 | 火化遗体 over
 * 本期 | 上年同期 | 同比(%) each, the name row not read as header): the header cells repeat in blocks
 * of two columns or more. The later blocks are no duplicate columns; like the groups of a
 * two-row header, they are left to the checks of one cell alone. (One header written twice side by
 * side, 本期 | 本期, is still a duplicate.)
 */
function repeatedBlocks(problems: ColumnProblem[]): TableColumn[][] {
  const same = problems.filter((p): p is Extract<ColumnProblem, { kind: "duplicate-column" }> => p.kind === "duplicate-column" && p.column.header === p.first.header);
  if (same.length < 2) return [];
  const period = Math.min(...same.map((p) => p.column.col - p.first.col));
  if (period < 2 || !same.every((p) => (p.column.col - p.first.col) % period === 0)) return [];
  // Each later block, its columns as the first block's (compared as a table of its own).
  const blocks = new Map<number, TableColumn[]>();
  const start = Math.min(...same.map((p) => p.first.col));
  for (const p of same) {
    problems.splice(problems.indexOf(p), 1);
    const k = Math.floor((p.column.col - start) / period);
    const list = blocks.get(k) ?? [];
    if (!list.some((c) => c.role === p.column.role)) list.push(p.column);
    blocks.set(k, list);
  }
  // (A block that lost a column of the first, its header mistyped, is read cell by cell only: a
  // growth with no previous figure beside it compares with nothing of its own.)
  const roles = new Set(same.map((p) => p.first.role));
  return [...blocks.values()].filter((b) => [...roles].every((r) => b.some((c) => c.role === r)));
}

/** A period an undated header starts with (1-6月支出, 本期支出, 上半年支出): what is left names the figure. Anchored. */
const UNDATED_SPAN = /^(?:本期|本年累计|本年|当期|累计|上半年|下半年|前三季度|全年|1[-—–~至]\d{1,2}月|\d{1,2}月)/;

/**
 * A value column that is the row's figure by what it says (本期, 1-6月, 1-6月支出), not one
 * indicator's column of a wide table (低保资金, 社会组织总数(万个)).
 */
function plainValue(cls: { byAlias: boolean; named?: boolean; unit?: string; percent?: boolean }): boolean {
  return cls.byAlias || (!cls.named && !cls.unit && !cls.percent);
}

/**
 * The year of the current period when the current column names none (1-6月 beside 2023年1-6月):
 * the year reported when known; else, the dated columns all of one year, the year after it — an
 * undated column beside a dated one is the current period, the dated one the period it is
 * compared with (a clerk writes the year on the older figures); else the latest dated year.
 */
function undatedValueYear(years: readonly number[], reportedYear: number | undefined): number {
  if (reportedYear !== undefined) return reportedYear;
  const distinct = new Set(years);
  return distinct.size === 1 ? years[0] + 1 : Math.max(...years);
}

/** The quarter a period is, when it is one quarter only (2024年第二季度), else undefined. */
function quarterOnly(p: Period): number | undefined {
  return p.quarter !== undefined && p.half === undefined && p.month === undefined ? p.quarter : undefined;
}

type MappedHeader = HeaderLayout["columns"][number];

/** A 环比 between two quarters as a table's columns: the later quarter the value, the one before it the previous figure. */
function quarterPairGroup(pair: { previous: MappedHeader; value: MappedHeader; growth: MappedHeader }, schema: Schema, originCol: number): TableColumn[] {
  const column = (c: MappedHeader, role: "value" | "previous" | "growth"): TableColumn => {
    const col: TableColumn = { col: originCol + c.col, header: c.asWritten ?? c.text, role, key: schema.columns.find((s) => s.role === role)?.key ?? role };
    if (c.cls!.unit) col.headerUnit = c.cls!.unit;
    else if (c.cls!.percent && role !== "growth") col.headerUnit = "%";
    if (role !== "value") col.growthBasis = "mom";
    return col;
  };
  return [column(pair.previous, "previous"), column(pair.value, "value"), column(pair.growth, "growth")];
}

/**
 * `2023年末 | 2023年6月末` under a `2024年上半年` title: periods of one year, all before the year
 * reported, one of them a typo. The one that ends in the month the title's period ends in (6月末
 * for 上半年) is the current figure (its year is then found wrong), the others earlier ones — not
 * two current columns, the mistyped one a duplicate and the correct one called a wrong period.
 */
function earlierOfOneYear(byYear: readonly MappedHeader[], valueYear: number, reportedYear: number | undefined, endMonth: number | undefined): Set<MappedHeader> {
  const tied = byYear.filter((c) => c.cls!.period!.year === valueYear);
  if (endMonth === undefined || reportedYear === undefined || valueYear >= reportedYear || tied.length < 2) return new Set();
  const ending = tied.filter((c) => c.cls!.period!.month === endMonth);
  return ending.length === 1 ? new Set(tied.filter((c) => c !== ending[0])) : new Set();
}

/** Words that say which period or how a figure is taken, not what it measures: 本年累计, 当月, 完成. */
const TAKEN_AS = /本年累计|年累计|累计|当月|本月|当期|本期|当季|本季|本年|完成|实际/g;
/** What any figure column could say it holds: 数, 金额, 合计 — no measure of its own. */
const GENERIC_MEASURE = /^(?:数|值|额|数额|数值|金额|数量|合计|总数|总额|总量)?$/;

/**
 * The measure a value header names once its period words and unit are taken away: 本年累计销售额 →
 * 销售额, 累计筹集公益金 → 筹集公益金; "" for one that names none (本期, 累计完成数).
 */
export function measureNamed(header: string): string {
  const rest = header.replace(/\s+/g, "").replace(/[(（][^()（）]*[)）]$/, "").replace(TAKEN_AS, "");
  return GENERIC_MEASURE.test(rest) ? "" : rest;
}

/** A column's figures below the header, one per row (undefined where a cell holds none); col relative to the layout. */
export type FiguresOf = (col: number) => readonly (number | undefined)[];

/** The year so far's value column of a monthly report (本年累计, 1-8月累计, 1-8月): its header says so. */
function isYearSoFar(c: MappedHeader): boolean {
  return c.cls!.role === "value" && !c.cls!.byYear && !c.cls!.named && monthOrYearSoFar(c.text) === "cumulative";
}

/** The month's value column beside the year so far (本月, 当月, 本期, 本月数, 8月 beside 1-8月). */
function isMonthValue(c: MappedHeader): boolean {
  return c.cls!.role === "value" && !c.cls!.byYear && !c.cls!.named && namesMonthFigure(c.text);
}

/**
 * `8月 | 同比(%) | 1-8月 | 同比(%)`, `6月 | 同比(%) | 1-6月 | 同比(%)`, `2025年6月 | 同比 | 2025年1-6月 | 同比`:
 * a month and the year up to it, each written as its months alone (1-6月 may be read as a value by
 * the schema's aliases; 2025年6月 as a period-only header). Together, and with no other month beside
 * them (1月 | 2月 | … is a table of months), they are the month's value and the year so far's, each
 * its own figure with the growth right after it — whatever the title or the schema says of them:
 * given a value's class and returned (the month, then the year so far). Of one year, or none written.
 */
function readMonthAndYearSoFar(columns: HeaderLayout["columns"], schema: Schema): { month: MappedHeader; soFar: MappedHeader } | undefined {
  const alone = (e: MappedHeader) => (e.parts.length === 1 ? monthOrSoFarAlone(e.text) : undefined);
  // (Read by their own words only: unclassified, or a value no more than a period or an alias —
  // 1-3月 beside 3月 is the year so far, not the first quarter among others.)
  const free = (e: MappedHeader) => !e.cls || (e.cls.role === "value" && !e.cls.named && !e.cls.unit && !e.cls.percent);
  const months = columns.filter((e) => alone(e)?.kind === "month");
  const soFar = columns.filter((e) => alone(e)?.kind === "cumulative");
  if (months.length !== 1 || soFar.length !== 1 || !free(months[0]) || !free(soFar[0])) return undefined;
  const [m, s] = [alone(months[0])!, alone(soFar[0])!];
  if (s.month < 2 || s.month > 12 || m.month !== s.month || m.year !== s.year) return undefined;
  const key = schema.columns.find((x) => x.role === "value")?.key ?? "value";
  for (const e of [months[0], soFar[0]]) {
    // (A dated pair keeps its period, but is no period-only header to be told value or previous by its year.)
    const period = e.cls?.period;
    e.cls = { role: "value", key, byAlias: e.cls?.byAlias ?? false };
    if (period) e.cls.period = period;
  }
  return { month: months[0], soFar: soFar[0] };
}

/** The name of the month's pair as a group (no header says it: a key only). */
const MONTH_GROUP = "\u0000本月";

/**
 * Which of a monthly report's two pairs each previous column is in: the one its header names
 * (上年同月, 上年同期累计), else the one of the figure column right before it (本期 | 上年同期 | 同比 |
 * 本年累计 | 上年同期累计: 上年同期 follows 本期, the month's). The month's, in column order.
 */
function monthPrevious(value: MappedHeader, cumulative: MappedHeader, previous: readonly MappedHeader[]): MappedHeader[] {
  const month = new Set<MappedHeader>([value]);
  const placed: MappedHeader[] = [value, cumulative];
  for (const p of [...previous].sort((a, b) => a.col - b.col)) {
    const q = monthOrYearSoFar(p.text);
    const before = placed.filter((c) => c.col < p.col).sort((a, b) => a.col - b.col).pop();
    if (q === "month" || (q === undefined && before && month.has(before))) month.add(p);
    placed.push(p);
  }
  return previous.filter((p) => month.has(p));
}

/**
 * The month's growth among the bare ones (同比(%), no pair named): the one that follows the month's
 * columns (a growth stands right of what it compares: 本月 | 同比 | 本年累计 | 同比). Beside a named
 * 累计同比, a bare one is the month's wherever it stands when the month has a previous figure. One bare
 * 同比 that follows the month's pair (本月 | 上年同月 | 同比 | 本年累计 | 上年同期累计) leaves the header
 * open: the pair whose figures agree with it in more rows, else the year so far's (the figure a 同比 is
 * usually stated for).
 */
function monthBareGrowth(
  bare: readonly MappedHeader[],
  named: boolean,
  month: { value: MappedHeader; previous: MappedHeader | undefined },
  year: { value: MappedHeader; previous: MappedHeader | undefined },
  placed: readonly MappedHeader[],
  figuresOf: FiguresOf | undefined,
): MappedHeader | undefined {
  const side = new Set([month.value, month.previous]);
  const follows = (g: MappedHeader) => side.has(placed.filter((c) => c.col < g.col).pop());
  const after = bare.filter(follows);
  if (named || bare.length > 1) return after[0] ?? (named && month.previous ? bare[0] : undefined);
  if (after.length === 0) return undefined;
  // (Open when both pairs are whole: decided by the figures.)
  if (!month.previous || !year.previous) return after[0];
  return figuresOf && closerTo(figuresOf, after[0], [month.value, month.previous], [year.value, year.previous]) ? after[0] : undefined;
}

/**
 * A monthly report's two pairs: 本月 ↔ 上年同月 (去年同月, 2024年同期当月) and 本年累计 ↔ 上年同期累计
 * (上年累计, 上年同期). The row's value is the year so far (the model has one value per row); a
 * previous figure of the month is no base of its growth. The month's value with its previous
 * figure, its growth or both are returned as a group (a table of its own: 本月 | 本月同比 | 本年累计
 * is two measures, each checked); a month growth or previous with no month value is left unread.
 * A growth column goes with the pair its header names (累计同比, 当月同比, 本期同比); a bare 同比 as
 * monthBareGrowth reads it.
 */
function monthPair(
  mapped: readonly MappedHeader[],
  monthly: readonly MappedHeader[],
  cumulative: MappedHeader | undefined,
  unread: ReadonlySet<MappedHeader>,
  laterGroup: ReadonlyMap<MappedHeader, string>,
  figuresOf: FiguresOf | undefined,
): { month: MappedHeader[]; unread: MappedHeader[] } {
  if (!cumulative) return { month: [], unread: [] };
  const free = (c: MappedHeader) => !laterGroup.has(c) && !(unread.has(c) && c.cls!.role !== "value") && (c.cls!.basis ?? "yoy") === "yoy";
  const previous = mapped.filter((c) => c.cls!.role === "previous" && free(c));
  const growths = mapped.filter((c) => c.cls!.role === "growth" && free(c) && !c.cls!.absolute);
  const monthGrowths = growths.filter((c) => monthOrYearSoFar(c.text) === "month");
  const value = monthly.find((c) => free(c));
  // (No month value: what names the month is left unread, no base of the year's growth.)
  if (!value) return { month: [], unread: [...previous.filter((c) => monthOrYearSoFar(c.text) === "month"), ...monthGrowths] };
  const mine = monthPrevious(value, cumulative, previous);
  const yearPrevious = previous.find((c) => !mine.includes(c));
  const bare = growths.filter((c) => monthOrYearSoFar(c.text) === undefined);
  const named = growths.some((c) => monthOrYearSoFar(c.text) === "cumulative");
  const placed = [value, cumulative, ...previous].sort((a, b) => a.col - b.col);
  const growth = monthGrowths[0] ?? monthBareGrowth(bare, named, { value, previous: mine[0] }, { value: cumulative, previous: yearPrevious }, placed, figuresOf);
  const month = [value, ...mine.slice(0, 1), ...(growth ? [growth] : [])];
  return { month: month.length > 1 ? month : [], unread: [...mine, ...monthGrowths, ...(growth && !monthGrowths.includes(growth) ? [growth] : [])] };
}

/** In more rows than not, the growth `g` is nearer to what pair `a` gives than to what pair `b` gives. */
function closerTo(figuresOf: FiguresOf, g: MappedHeader, a: readonly [MappedHeader, MappedHeader], b: readonly [MappedHeader, MappedHeader]): boolean {
  const [G, va, pa, vb, pb] = [g, a[0], a[1], b[0], b[1]].map((c) => figuresOf(c.col));
  let score = 0;
  for (let r = 0; r < G.length; r++) {
    const x = G[r];
    const [v1, p1, v2, p2] = [va[r], pa[r], vb[r], pb[r]];
    if (x === undefined || v1 === undefined || p1 === undefined || v2 === undefined || p2 === undefined || !(p1 > 0) || !(p2 > 0)) continue;
    const da = Math.abs(x - (v1 / p1 - 1) * 100);
    const db = Math.abs(x - (v2 / p2 - 1) * 100);
    if (da < db) score++;
    else if (db < da) score--;
  }
  return score > 0;
}

/**
 * A change column whose header leaves open whether it is a percent or a number (较上年末增减 under
 * `单位:张`): a number when in most rows that give all three figures it is the value less the
 * previous one, and no more rows read it as a percent growth. Each within the rounding of its last
 * written digit (or one decimal of a percent), and none reads as a percent.
 */
function changeByFigures(figuresOf: FiguresOf, g: MappedHeader, value: MappedHeader, previous: MappedHeader): boolean {
  const [G, V, P] = [figuresOf(g.col), figuresOf(value.col), figuresOf(previous.col)];
  let rows = 0;
  let asNumber = 0;
  let asPercent = 0;
  for (let r = 0; r < G.length; r++) {
    const x = G[r];
    const v = V[r];
    const p = P[r];
    if (x === undefined || v === undefined || p === undefined || !(p > 0)) continue;
    rows++;
    const diff = v - p;
    if (Math.abs(x - diff) <= Math.max(0.5, Math.abs(diff) * 1e-9) && diff !== 0) asNumber++;
    if (Math.abs(x - (v / p - 1) * 100) <= 0.051) asPercent++;
  }
  // (A column that holds a rate in some rows and the change in others is read leniently, row by row, by the rules.)
  return rows > 0 && asNumber * 2 > rows && asPercent === 0;
}

/** A header that says its figures are in percent or a rate: 增长(%), 增幅, 增速, 增长率, 百分点. */
const RELATIVE = /%|率|幅|速|百分/;
/** 同比, 环比: a comparison its name makes a rate (同比 is said for 同比增长率). */
const RATE_COMPARISON = /同比|环比/;

/**
 * 持证社会工作者(人) | 比上年增减, 低保标准 | 较上年提高 (under `单位:元/人·月`): with no previous figure in the
 * table to tell by, a change whose header names neither a percent nor a unit, right of a figure in a
 * unit of its own, may be that figure's change in its unit as well as a rate (read as a rate, 120 元
 * asked for the reason of a 120% growth). Nothing can be checked of it either way: it is left unread.
 * Not a 同比 or 环比 (a rate by its name), nor under a `单位:` line that lists % (which may be this column's).
 */
function undecidedChanges(mapped: readonly MappedHeader[], growths: readonly MappedHeader[], absolute: ReadonlySet<MappedHeader>, percentListed: boolean): MappedHeader[] {
  if (percentListed) return [];
  return growths.filter((g) => {
    const cls = g.cls!;
    if (absolute.has(g) || cls.percent || cls.unit || cls.quarter !== undefined || RELATIVE.test(g.text) || RATE_COMPARISON.test(g.text)) return false;
    const basis = cls.basis ?? "yoy";
    if (mapped.some((c) => c.cls!.role === "previous" && (c.cls!.basis ?? "yoy") === basis)) return false;
    const before = mapped.filter((c) => c.col < g.col && c.cls!.role === "value").pop();
    return !!before && !!before.cls!.unit && !before.cls!.percent;
  });
}

/** Two units of different kinds (户 and 万元, 人 and 个): known both, of different dimensions. */
function unitsDiffer(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [a && lookupUnit(a), b && lookupUnit(b)];
  return !!x && !!y && x.dimension !== y.dimension;
}

/** The name of a measure group side by side with others in one header row, by its place (no header says it: a key only). */
const SIDE_GROUP = "\u0000side ";

/**
 * 保障人数(人) | 上年同期(人) | 同比(%) | 支出(万元) | 上年同期(万元) | 同比(%), or 年度目标 | 1-6月完成 |
 * 完成率(%) | 计划投资 | 已完成投资 | 投资完成率(%): measures side by side in one header row, each a
 * (value, previous, growth) or (target, value, completion) of its own, the columns next to each other.
 * With two such sequences or more, each later one is compared within itself (a table of its own), not
 * called a duplicate of the first nor compared with its figures. So is the first when a value column
 * stands before it (保障户数 | 保障标准 | 上年同期标准 | 标准增幅): the row's value is then that column,
 * no base of the growth. Returns the sequences to read as groups, in column order. One sequence
 * alone is a group only when it stands under a group header of its own with a value column of
 * another before it (机构数(个) | 床位数(张) over 2025年末 | 2024年末 | 增长(%)): the row's value is that
 * column, and the group's growth compares the group's figures, not it.
 * (A 同比 must compare with the previous figure of its own basis; a change as a number (增减) is no
 * such growth: a sequence with one is left as the table reads it.)
 */
function sideBySide(mapped: readonly MappedHeader[], free: (c: MappedHeader) => boolean, absolute: ReadonlySet<MappedHeader>): MappedHeader[][] {
  const role = (c: MappedHeader | undefined) => (c && free(c) ? c.cls!.role : undefined);
  const growthOf = (p: MappedHeader, g: MappedHeader) => !absolute.has(g) && !g.cls!.absolute && (p.cls!.basis ?? "yoy") === (g.cls!.basis ?? "yoy");
  const runs: MappedHeader[][] = [];
  for (let i = 0; i + 2 < mapped.length; ) {
    const [a, b, c] = [mapped[i], mapped[i + 1], mapped[i + 2]];
    const roles = `${role(a)}|${role(b)}|${role(c)}`;
    const yoy = roles === "value|previous|growth" && growthOf(b, c);
    if (yoy || roles === "target|value|completion" || roles === "value|target|completion") {
      runs.push([a, b, c]);
      i += 3;
    } else i++;
  }
  if (runs.length === 0) return [];
  const firstValue = runs[0].find((c) => c.cls!.role === "value")!;
  const valueBefore = mapped.filter((c) => c.col < firstValue.col && free(c) && c.cls!.role === "value");
  if (runs.length === 1) return valueBefore.length > 0 && valueBefore.every((c) => !sameGroup(c, runs[0])) && runs[0].every((c) => sameGroup(c, runs[0])) ? runs : [];
  return valueBefore.length > 0 ? runs : runs.slice(1);
}

/**
 * A column under the group header the run's columns all stand under (床位数(张) merged over 2025年末 |
 * 2024年末 | 增长(%)); none for a one-row header's.
 */
function sameGroup(c: MappedHeader, run: readonly MappedHeader[]): boolean {
  const groupOf = (x: MappedHeader) => x.parts.slice(0, -1).join(" / ");
  return c.parts.length > 1 && groupOf(c) === groupOf(run[0]);
}

/** A value or previous column dated by its header (2025年末, 床位数(张) / 2024年末, 2025年1-6月销量). */
function dated(c: MappedHeader): boolean {
  return !!c.cls!.byYear || !!c.cls!.period;
}

/**
 * 补贴标准(元/人·月) | 享受人数(人) over 2025年6月末 | 2024年6月末 | 同比(%), 机构数(个) | 2025年末床位数 |
 * 2024年末床位数 | 增长(%): the first dated (value, previous, growth) in the header row is the row's
 * figure and what its growth compares; a value column before it that names a measure of its own
 * (a standard, a count of institutions) is a figure of the row beside it, not its value — read
 * as the value, its marks (—) were called missing figures and the growth was paired with it.
 * Those columns, left unread (an unmapped figure column: TableModel.figureExtras). A value the
 * header names only as the row's (本期, 1-6月, 2025年) is none of them.
 */
function attributesBefore(mapped: readonly MappedHeader[], free: (c: MappedHeader) => boolean): MappedHeader[] {
  const role = (c: MappedHeader | undefined) => (c && free(c) ? c.cls!.role : undefined);
  for (let i = 0; i + 2 < mapped.length; i++) {
    const [a, b, c] = [mapped[i], mapped[i + 1], mapped[i + 2]];
    if (role(a) !== "value" || role(b) !== "previous" || role(c) !== "growth" || !dated(a) || !dated(b)) continue;
    if ((b.cls!.basis ?? "yoy") !== (c.cls!.basis ?? "yoy") || c.cls!.absolute) continue;
    return mapped.slice(0, i).filter((x) => {
      const cls = x.cls!;
      return role(x) === "value" && !cls.byAlias && !cls.byYear && cls.quarter === undefined && !cls.closing && measureNamed(x.text) !== "";
    });
  }
  return [];
}

/** A header that names the year before as such: 上年同期, 去年同期, 上年. */
const LAST_YEAR = /上年|去年|上一年/;
/** The same time a year before (上年同期, 去年同期), and a year's end or start (上年末, 年初, 上年底). */
const SAME_TIME = /同期/;
const YEAR_END = /末|底|年初/;

/**
 * The header's columns as table columns. Period-only headers (`2023年 | 2022年`) become value and
 * previous by their years; two previous or growth columns are told apart by what they compare
 * with (同比/环比), so `本期 | 上期 | 上月 | 同比% | 环比%` is no duplicate.
 */
export function mapColumns(layout: HeaderLayout, schema: Schema, originRow: number, originCol: number, figuresOf?: FiguresOf): { columns: TableColumn[]; problems: ColumnProblem[]; groups: TableColumn[][] } {
  const columns: TableColumn[] = [];
  const problems: ColumnProblem[] = [];
  // The year reported, as the schema or the title says it: a dated column of an earlier year beside
  // an undated current one (1-6月 | 2023年1-6月) is the previous period's.
  const reportedYear = schemaPeriod(schema)?.year ?? layout.titleYear;
  // (An opening cumulative stock, a period's flow beside the cumulative a completion names, a 其中
  // part: no figure of the row, left unread — progressAside.)
  const monthAndSoFar = readMonthAndYearSoFar(layout.columns, schema);
  const classified = layout.columns.filter((c) => c.cls);
  const progress = progressAside(classified, reportedYear);
  const mapped = classified.filter((c) => !progress.aside.has(c));
  // Years: the latest period-only header is the value (unless a value column is named), older ones previous.
  const byYear = mapped.filter((c) => c.cls!.byYear);
  if (byYear.length > 0) {
    const named = mapped.find((c) => !c.cls!.byYear && c.cls!.role === "value" && c.cls!.quarter === undefined);
    const years = byYear.map((c) => c.cls!.period!.year);
    const valueYear = named?.cls!.period?.year ?? (named && plainValue(named.cls!) ? undatedValueYear(years, reportedYear) : Math.max(...years));
    const earlier = named ? new Set<MappedHeader>() : earlierOfOneYear(byYear, valueYear, reportedYear, layout.titleEndMonth);
    for (const c of byYear) {
      const cls = c.cls!;
      if (cls.period!.year < valueYear || earlier.has(c)) {
        cls.role = "previous";
        cls.key = schema.columns.find((s) => s.role === "previous")?.key ?? "previous";
        cls.basis = "yoy";
      }
    }
  }
  // 2024年一季度 | 2024年二季度 (quarters of the current year, each a period-only header): read as the
  // quarters without a year are below, not as one 本期 written twice.
  const datedQuarters = new Set(byYear.filter((c) => c.cls!.role === "value" && quarterOnly(c.cls!.period!) !== undefined));
  const quarterYears = new Set([...datedQuarters].map((c) => c.cls!.period!.year));
  const quarterNumbers = new Set([...datedQuarters].map((c) => quarterOnly(c.cls!.period!)));
  if (datedQuarters.size >= 2 && quarterYears.size === 1 && quarterNumbers.size === datedQuarters.size) for (const c of datedQuarters) c.cls!.quarter = quarterOnly(c.cls!.period!);
  else datedQuarters.clear();
  // Value headers that differ only in their period (`2022年1-10月 / 发放金额 | 2021年1-10月 / 发放金额`,
  // `2023年完成 | 2022年完成`, or a mistyped `2022年1-9月`): the older years are the previous period's figures.
  // So too beside the same header undated (`1-6月支出 | 2023年1-6月支出`): the undated one is the current period's.
  const dated = mapped.filter((c) => c.cls!.role === "value" && !c.cls!.byYear && c.cls!.period);
  if (dated.length > 0) {
    const groups = new Map<string, typeof dated>();
    for (const c of dated) {
      // (`2024年6月底合计` beside `合计`: the 底 or 末 of the period is no word of the figure's name.)
      const k = withoutPeriods(c.text).replace(/\s+/g, "").replace(/^[底末]/, "");
      const g = groups.get(k);
      if (g) g.push(c);
      else groups.set(k, [c]);
    }
    const undated = new Set<string>();
    for (const c of mapped) if (c.cls!.role === "value" && !c.cls!.byYear && !c.cls!.period && c.cls!.quarter === undefined && plainValue(c.cls!)) undated.add(c.text.replace(/\s+/g, "").replace(UNDATED_SPAN, ""));
    for (const [k, g] of groups) {
      const years = g.map((c) => c.cls!.period!.year);
      const latest = undated.has(k) ? undatedValueYear(years, reportedYear) : Math.max(...years);
      for (const c of g) {
        if (c.cls!.period!.year >= latest) continue;
        c.cls!.role = "previous";
        c.cls!.key = schema.columns.find((s) => s.role === "previous")?.key ?? "previous";
        c.cls!.basis = "yoy";
      }
    }
  }
  // A monthly report: 本月 | 本年累计 | 上年同期累计 | 同比%. The year so far is the figure a year
  // ago's is compared with; this month's (and 上月 | 环比, which compare it with last month's) are
  // left unread: the model has one value per row, and pairing 本月 with 上年同期累计 made every
  // 同比 wrong.
  const soFarRead = monthAndSoFar && mapped.includes(monthAndSoFar.soFar) ? monthAndSoFar : undefined;
  const cumulative = soFarRead?.soFar ?? mapped.find(isYearSoFar);
  const monthly = cumulative ? mapped.filter((c) => isMonthValue(c) || c === soFarRead?.month) : [];
  const unread = new Set(monthly.length > 0 ? [...monthly, ...mapped.filter((c) => c.cls!.basis === "mom")] : []);
  for (const c of progress.flows) unread.add(c);
  // Indicators in groups across the header (城乡低保对象(人) over 本期 | 上年同期 | 同比(%), then 特困人员(人)
  // over the same): the first group is read as the table's figures; a later group's columns are no
  // duplicates of them, nor more previous columns of the first, and are left to the checks of one
  // cell alone (TableModel.figureExtras).
  // (The group is what stands above the column's own name: one row, or two of a three-row header.)
  const groupOf = (c: (typeof mapped)[number]) => c.parts.slice(0, -1).join(" / ");
  // (享受人数(人) over 2025年6月末 | 2024年6月末 | 同比(%), 发放金额(万元) over 2025年1-6月 | 2024年1-6月 |
  // 同比(%): the period in the column's own cell, under a group that names none, is that group's
  // current or previous figure, whatever the other groups' dates — a stock at 6月末 beside the
  // half year's payments. A group that names a period (2025年1-6月 over 数量 | 金额) is no measure's.)
  const periodOfItsOwn = (c: (typeof mapped)[number]) => {
    const group = groupOf(c);
    const bottom = c.parts[c.parts.length - 1];
    return !findPeriod(normalizeHeader(group)) && yearsIn(group).length === 0 && (!!findPeriod(normalizeHeader(bottom)) || yearsIn(bottom).length > 0);
  };
  // The later groups' columns, by group: each group is compared as a table of its own (TableModel.groups).
  const laterGroup = new Map<(typeof mapped)[number], string>();
  const grouped = mapped.filter((c) => c.parts.length > 1 && (FIGURE_ROLE_NAMES as readonly string[]).includes(c.cls!.role));
  const firstGroup = grouped.length > 0 ? groupOf(grouped[0]) : undefined;
  if (firstGroup !== undefined) {
    const roles = new Set(grouped.filter((c) => groupOf(c) === firstGroup).map((c) => c.cls!.role));
    for (const c of grouped) if (groupOf(c) !== firstGroup && roles.has(c.cls!.role) && ((!c.cls!.byYear && !c.cls!.period) || periodOfItsOwn(c))) {
      unread.add(c);
      laterGroup.set(c, groupOf(c));
    }
  }
  // 本月 | 本年累计 | 上年同月 | 上年同期累计 | 同比(%): the month's figures are a pair of their own,
  // compared as a table of its own; the row's value (the year so far) with the previous year's so far.
  const pair = monthPair(mapped, monthly, cumulative, unread, laterGroup, figuresOf);
  for (const c of pair.unread) unread.add(c);
  for (const c of pair.month) laterGroup.set(c, MONTH_GROUP);
  // 本月 | 上月 | 环比(%) beside the year so far: this month against the last is a pair of its own,
  // compared as a table of its own (as two quarters' 环比 are below), not left unread.
  const momOf = (role: "previous" | "growth") => mapped.filter((c) => c.cls!.role === role && c.cls!.basis === "mom" && !laterGroup.has(c) && !c.cls!.absolute && !c.cls!.quarter);
  const [momPrevious, momGrowth] = [momOf("previous"), momOf("growth")];
  const monthOverMonth = monthly.length === 1 && momPrevious.length === 1 && momGrowth.length === 1 && momGrowth[0].col > momPrevious[0].col ? { previous: momPrevious[0], value: monthly[0], growth: momGrowth[0] } : undefined;
  // 2023年同期 | 本期 | 上年同期 | 增减%: beside the year before named as such, a previous column of a
  // given year is history shown for context (two years back), not what the growth compares with:
  // left unread as a comparison (its figures get the checks of one cell alone).
  const yoyPrevious = mapped.filter((c) => c.cls!.role === "previous" && (c.cls!.basis ?? "yoy") === "yoy");
  if (yoyPrevious.some((c) => !c.cls!.period && LAST_YEAR.test(c.text))) for (const c of yoyPrevious) if (c.cls!.period) unread.add(c);
  // 一季度计划 | 一季度完成 | 二季度计划 | 二季度完成 | 上半年完成 | 上半年完成率: figures of one kind told
  // period by period. The widest period's is the row's figure; the narrower ones are read alone. A
  // target of a narrower period than the row's value (一季度计划 beside 上半年完成) is no target of it.
  const spans = new Map<string, { c: (typeof mapped)[number]; months: number }[]>();
  for (const c of mapped) {
    const role = c.cls!.role;
    if (role !== "value" && role !== "target") continue;
    const p = SPAN.exec(c.text.replace(/\s+/g, ""));
    if (!p) continue;
    const key = `${role}|${c.text.replace(/\s+/g, "").slice(p[0].length)}`;
    const list = spans.get(key) ?? [];
    list.push({ c, months: monthsOf(p[0]) });
    spans.set(key, list);
  }
  const widest = new Map<string, number>();
  for (const [key, list] of spans) {
    if (list.length < 2) continue;
    const top = Math.max(...list.map((x) => x.months));
    widest.set(key.split("|")[0], Math.max(widest.get(key.split("|")[0]) ?? 0, top));
    for (const x of list) if (x.months < top) unread.add(x.c);
  }
  const valueSpan = widest.get("value");
  if (valueSpan !== undefined) {
    for (const [key, list] of spans) if (key.startsWith("target|")) for (const x of list) if (x.months < valueSpan) unread.add(x.c);
  }
  // 本期末 | 上年末 | 上年同期 | 同比(%): 同比 compares with the same time a year before; the stock at
  // last year's end (上年末, 年初) beside it is no base of that growth.
  if (yoyPrevious.some((c) => SAME_TIME.test(c.text))) for (const c of yoyPrevious) if (!SAME_TIME.test(c.text) && YEAR_END.test(c.text)) unread.add(c);
  // 增减 | 增减幅度(%): the change as a number beside the change in percent. The percent is the
  // growth; the number beside it is the absolute change (value − previous), checked as such.
  // 同比增减(百分点) beside 同比增长(%): rates' change in points and the others' in percent, each row in one of them.
  const POINTS = /百分点/;
  const growths = mapped.filter((c) => c.cls!.role === "growth");
  // 比上年增减(人), 较上年提高(元): a change whose header names a unit other than a percent or points
  // is a number in that unit. 较上年末增减 (no unit, no %): the figures decide (changeByFigures).
  const pairOf = (g: MappedHeader): [MappedHeader, MappedHeader] | undefined => {
    const basis = g.cls!.basis ?? "yoy";
    // The nearest before it: 上年末 | 本期新增 | 本期减少 | 本期末 | 较上年末增减 compares the stocks.
    const value = mapped.filter((c) => c.cls!.role === "value" && c.cls!.quarter === undefined && c.col < g.col).pop();
    const previous = mapped.filter((c) => c.cls!.role === "previous" && (c.cls!.basis ?? "yoy") === basis && c.col < g.col).pop();
    return value && previous ? [value, previous] : undefined;
  };
  const absolute = new Set(
    growths.filter((g) => {
      if (g.cls!.absolute || (g.cls!.unit && !RELATIVE.test(g.cls!.unit) && !/^[%％‰]$/.test(g.cls!.unit))) return true;
      if (RELATIVE.test(g.text)) return false;
      if (growths.some((o) => o !== g && RELATIVE.test(o.text) && (o.cls!.basis ?? "yoy") === (g.cls!.basis ?? "yoy"))) return true;
      const pair = figuresOf && pairOf(g);
      return !!pair && changeByFigures(figuresOf, g, pair[0], pair[1]);
    }),
  );
  for (const g of undecidedChanges(mapped, growths, absolute, layout.percentListed === true)) unread.add(g);
  // 第一季度 | 第二季度 (no year): beside 上半年合计 they are its parts (read as such, checked to add
  // up to it); alone, the latest is the value and the one before it the previous figure of 环比.
  // With a year (2024年一季度 | 2024年二季度 beside 2024年上半年), nothing says the wider one is their sum
  // (as 合计 does): they are read alone, as 一季度 | 二季度 beside 上半年 are (above) — a stock (网点数)
  // or a rate by quarter is no part of the half year's.
  const quarters = mapped.filter((c) => c.cls!.quarter !== undefined);
  const parts = new Set<(typeof mapped)[number]>();
  if (quarters.length >= 2) {
    if (mapped.some((c) => c.cls!.role === "value" && c.cls!.quarter === undefined && !c.cls!.named)) {
      for (const q of quarters) if (datedQuarters.has(q)) unread.add(q);
      else parts.add(q);
    } else {
      const latest = Math.max(...quarters.map((q) => q.cls!.quarter!));
      for (const q of quarters) {
        if (q.cls!.quarter! >= latest) continue;
        q.cls!.role = "previous";
        q.cls!.key = schema.columns.find((x) => x.role === "previous")?.key ?? "previous";
        q.cls!.basis = "mom";
      }
    }
  }
  // 一季度 | 二季度 | 环比(%) beside the half year's figure (上半年合计, 2024年上半年): the quarters are not
  // the row's value and previous, yet the 环比 compares them. Each 环比 right of two consecutive such
  // quarters is compared as a table of its own (the later quarter against the one before it); one
  // with no such pair is left unread, as it has nothing of its own to compare (not the 同比's base).
  const sideQuarters = quarters.filter((q) => parts.has(q) || unread.has(q)).sort((a, b) => a.col - b.col);
  const quarterPairs: { previous: (typeof mapped)[number]; value: (typeof mapped)[number]; growth: (typeof mapped)[number] }[] = [];
  if (sideQuarters.length >= 2 && !mapped.some((c) => c.cls!.role === "previous" && c.cls!.basis === "mom" && !unread.has(c))) {
    for (const g of growths) {
      if (g.cls!.basis !== "mom" || unread.has(g)) continue;
      unread.add(g);
      const before = sideQuarters.filter((q) => q.col < g.col);
      const value = before[before.length - 1];
      const previous = before[before.length - 2];
      if (previous && value.cls!.quarter === previous.cls!.quarter! + 1 && !absolute.has(g)) quarterPairs.push({ previous, value, growth: g });
    }
  }
  // 年初数 | 本期新增 | 本期注销 | 期末数 | 上年同期 | 同比: beside the stock at the period's end, the
  // period's flows are no value of the row (the stock is what 上年同期 and 同比 compare); they are left
  // unread as such (the stock-flow check reads them).
  if (mapped.some((c) => c.cls!.closing && c.cls!.role === "value")) {
    // 年初数 | 本期增加 | 本期减少 | 期末数: between two stocks, 增加 and 减少 are flows, not growths
    // (read as such, 本期减少 was a second growth column and every 本期增加 a growth in %).
    const opening = layout.columns.some((e) => OPENING.test(normalizeHeader(e.text)));
    for (const c of mapped) {
      if (opening && c.cls!.role === "growth" && !c.cls!.percent && !/%/.test(c.text) && FLOW_START.test(normalizeHeader(c.text))) {
        c.cls!.role = "value";
        c.cls!.key = schema.columns.find((s) => s.role === "value")?.key ?? "value";
        delete c.cls!.basis;
        delete c.cls!.absolute;
      }
      if (c.cls!.role === "value" && !c.cls!.closing && FLOW_START.test(normalizeHeader(c.text))) unread.add(c);
    }
  }
  // 指标 | 时间 | 本期: beside a column of names, a column of periods is no second one (left unread).
  if (mapped.some((c) => c.cls!.role === "indicator" && !c.cls!.periodLabel)) for (const c of mapped) if (c.cls!.periodLabel) unread.add(c);
  // Headers that name what they count (低保户数 | 低保人数 | 低保资金) make a wide table only together.
  const wide = mapped.filter((c) => c.cls!.named).length >= 2;
  // Measure groups side by side in the header row: each later one (and the first, after a value of its own) a group.
  const readable = (c: MappedHeader) => !unread.has(c) && !laterGroup.has(c) && c.mergedWith === undefined && c.cls!.quarter === undefined;
  for (const c of attributesBefore(mapped, readable)) unread.add(c);
  sideBySide(mapped, readable, absolute).forEach((run, i) => {
    for (const c of run) {
      unread.add(c);
      laterGroup.set(c, `${SIDE_GROUP}${i}`);
    }
  });
  const taken = new Map<string, TableColumn>();
  const changes: TableColumn[] = [];
  const groups = new Map<string, TableColumn[]>();
  // The measures the first group names for themselves (城市 over 户数(户) | 人数(人) | 资金(万元)): a
  // later group over the same (农村, 合计) is read as the first one is, each measure its own column.
  const ownMeasure = (c: (typeof mapped)[number]) => c.cls!.role === "value" && !c.cls!.byAlias && !c.cls!.byYear && (!!c.cls!.unit || !!c.cls!.percent || (!!c.cls!.named && wide));
  const firstMeasures = new Set(mapped.filter((c) => !laterGroup.has(c) && c.parts.length > 1 && groupOf(c) === firstGroup && ownMeasure(c)).map((c) => c.parts[c.parts.length - 1]));
  for (const c of mapped) {
    const cls = c.cls!;
    const group = laterGroup.get(c);
    if (group !== undefined) {
      const col: TableColumn = { col: originCol + c.col, header: c.asWritten ?? c.text, role: cls.role, key: cls.key };
      if (cls.unit) col.headerUnit = cls.unit;
      if (cls.basis) col.growthBasis = cls.basis;
      // (A measure side by side with others is read as the table read it before: its period, its
      // percent, the indicator its header names.)
      if (group.startsWith(SIDE_GROUP)) {
        if (!cls.unit && cls.percent && cls.role !== "growth" && cls.role !== "completion") col.headerUnit = "%";
        if (cls.period) col.period = cls.period;
        if (cls.role === "value" && !cls.byAlias && !cls.byYear && (!!cls.unit || !!cls.percent || (!!cls.named && wide))) col.indicator = c.text.replace(/\s*[(（][^()（）]*[)）]\s*$/, "");
      } else if (firstMeasures.size >= 2 && ownMeasure(c) && firstMeasures.has(c.parts[c.parts.length - 1])) col.indicator = c.text.replace(/\s*[(（][^()（）]*[)）]\s*$/, "");
      const list = groups.get(group) ?? [];
      // One column a role in a group (a group is read as the first one is), or one a measure where
      // the first group reads several (农村 / 户数 | 人数 | 资金 as 城市's: each its 合计 row to add up).
      const ownColumn = !group.startsWith(SIDE_GROUP) && !!col.indicator;
      if (!list.some((x) => x.role === col.role && (!ownColumn || !x.indicator || x.indicator === col.indicator))) list.push(col);
      groups.set(group, list);
    }
    if (unread.has(c)) continue;
    if (c.mergedWith !== undefined) {
      // One header over two columns: 项目 over 类别 | 名称 reads as category then indicator;
      // any other merged header keeps its first column only (one header, no duplicate).
      const first = taken.get(cls.key);
      if (cls.role === "indicator" && first && first.col === originCol + c.mergedWith && !taken.has("category")) {
        first.role = "category";
        first.key = schema.columns.find((s) => s.role === "category")?.key ?? "category";
        taken.delete(cls.key);
        taken.set(first.key, first);
      } else continue;
    }
    const col: TableColumn = { col: originCol + c.col, header: c.asWritten ?? c.text, role: cls.role, key: cls.key };
    if (cls.unit) col.headerUnit = cls.unit;
    else if (cls.percent && cls.role !== "growth" && cls.role !== "completion") col.headerUnit = "%";
    if (cls.basis) col.growthBasis = cls.basis;
    if (cls.period) col.period = cls.period;
    // Several previous/growth columns are allowed when they compare differently or name different periods.
    // Figures named by their own header and unit (社会组织总数(万个) | 社会团体(个)): a wide table,
    // one indicator per column; each is its own column, not a duplicate of the first.
    const ownIndicator = cls.role === "value" && !cls.byAlias && !cls.byYear && (!!cls.unit || !!cls.percent || (!!cls.named && wide));
    if (absolute.has(c)) col.change = "absolute";
    if (parts.has(c)) col.quarter = cls.quarter;
    const slot =
      cls.role === "previous" || cls.role === "growth"
        ? `${cls.key}|${cls.basis}|${cls.byYear || cls.role === "growth" ? "" : c.text}|${cls.period?.label ?? ""}|${col.change ?? ""}|${cls.unit && POINTS.test(cls.unit) ? "points" : ""}`
        : ownIndicator
          ? `${cls.key}|${c.text}`
          : col.quarter
            ? `${cls.key}|q${col.quarter}`
            : cls.key;
    if (ownIndicator) col.indicator = c.text.replace(/\s*[(（][^()（）]*[)）]\s*$/, "");
    const first = taken.get(slot);
    // A second measure's growth (同比增长(%) / 数量 | 同比增长(%) / 金额): one growth per row is read,
    // the other measure's is left unread rather than called a duplicate.
    if (first && cls.role === "growth" && first.role === "growth" && c.parts.length > 1 && first.header.includes(" / ") && first.header.split(" / ").pop() !== c.parts[c.parts.length - 1]) continue;
    // A second measure under one period (`2025年1-6月` over 数量 | 金额(万元)): read in its own unit,
    // cell by cell, and left unread as the row's value rather than called a duplicate.
    if (first && cls.role === first.role && (cls.role === "value" || cls.role === "previous") && c.parts.length > 1 && first.header.includes(" / ") && first.header.split(" / ")[0] === c.parts[0] && first.header.split(" / ").pop() !== c.parts[c.parts.length - 1]) continue;
    // 比上年增减(人) | … | 较上年提高(元): changes in different units are different measures'; the first is read, the other left unread.
    if (first && col.change && first.change && col.headerUnit && first.headerUnit && col.headerUnit !== first.headerUnit) continue;
    // 改造计划(户) | 实际完成(户) | 完成率(%) | 补助资金计划(万元) | 实际拨付(万元) | 拨付率(%): a second plan (or
    // previous figure) in a unit of another kind is another measure's, not the first written twice: left
    // unread as the row's (read cell by cell, and by the row-rates check with the figures beside it).
    if (first && (cls.role === "target" || cls.role === "previous") && cls.role === first.role && unitsDiffer(col.headerUnit, first.headerUnit)) continue;
    // 数量同比(%) | 金额同比(%): each measure's growth; the first is read, the other left unread.
    if (first && cls.role === "growth" && first.role === "growth" && measureOf(c.text) !== measureOf(first.header) && measureOf(c.text) && measureOf(first.header)) continue;
    // 序号 | 指标 | 指标代码: a form's code column beside its serials is no second serial column, only unread.
    if (first && cls.role === "serial" && (CODE_HEADER.test(normalizeHeader(c.text)) || CODE_HEADER.test(normalizeHeader(first.header)))) {
      if (CODE_HEADER.test(normalizeHeader(first.header)) && !CODE_HEADER.test(normalizeHeader(c.text))) Object.assign(first, { col: col.col, header: col.header });
      continue;
    }
    // 年度目标 | 1-9月完成 | 序时目标: the target due by now (the year's pro rata) is a benchmark, not the
    // year's target written twice; left unread, and the year's read as the target whichever comes first.
    if (first && cls.role === "target" && first.role === "target" && (TO_DATE_TARGET.test(normalizeHeader(c.text)) || TO_DATE_TARGET.test(normalizeHeader(first.header)))) {
      if (TO_DATE_TARGET.test(normalizeHeader(first.header)) && !TO_DATE_TARGET.test(normalizeHeader(c.text))) {
        Object.assign(first, { col: col.col, header: col.header });
        if (col.headerUnit) first.headerUnit = col.headerUnit;
        if (col.period) first.period = col.period;
      }
      continue;
    }
    // 本年累计销售额 | 累计筹集公益金: value columns that name different measures are a wide table's,
    // one indicator a column (as 低保户数 | 低保资金 are), not the same column twice.
    const measure = first && cls.role === "value" && first.role === "value" && !cls.byAlias && !cls.byYear ? measureNamed(c.text) : "";
    if (first && measure && measureNamed(first.header) && measure !== measureNamed(first.header)) {
      col.indicator = c.text.replace(/\s*[(（][^()（）]*[)）]\s*$/, "");
      taken.set(`${cls.key}|${c.text}`, col);
      columns.push(col);
      continue;
    }
    if (first) {
      problems.push({ kind: "duplicate-column", column: col, first, headerRow: originRow + layout.headerRows[0] + 1 });
      continue;
    }
    taken.set(slot, col);
    (col.change || col.quarter ? changes : columns).push(col);
  }
  for (const block of repeatedBlocks(problems)) groups.set(`block ${groups.size}`, block);
  for (const pair of quarterPairs) groups.set(`quarters ${groups.size}`, quarterPairGroup(pair, schema, originCol));
  if (monthOverMonth) groups.set(`month over month ${groups.size}`, quarterPairGroup(monthOverMonth, schema, originCol));
  columns.push(...changes);
  // 救助类别 | 本期 | 上年同期: with no column of names, the categories are what the rows are about.
  const category = columns.find((c) => c.role === "category");
  if (category && !columns.some((c) => c.role === "indicator")) {
    category.role = "indicator";
    category.key = schema.columns.find((s) => s.role === "indicator")?.key ?? "indicator";
  }
  for (const spec of schema.columns) {
    if (spec.required && !columns.some((c) => c.key === spec.key || c.role === spec.role)) problems.push({ kind: "missing-column", key: spec.key, alias: spec.aliases[0] });
  }
  // Each later group with the table's columns of names (serial, indicator, unit, category, note) beside its figures.
  const names = columns.filter((c) => !(FIGURE_ROLE_NAMES as readonly string[]).includes(c.role));
  // (A measure side by side whose header names its unit, 计划投资(万元), is counted in it: the 单位 column
  // beside the first measure (个, 户) is not its unit.)
  const namesOf = (key: string, g: readonly TableColumn[]) => (key.startsWith(SIDE_GROUP) && g.some((c) => c.role === "value" && c.headerUnit) ? names.filter((c) => c.role !== "unit") : names);
  const groupTables = [...groups].filter(([, g]) => g.some((c) => c.role === "value")).map(([key, g]) => [...namesOf(key, g), ...g].sort((a, b) => a.col - b.col));
  pointDifferences(layout, columns, originCol);
  return { columns, problems, groups: groupTables };
}

/** A header naming a difference: 差额, 差值, 相差, 差距, 快慢, 增减 (比序时进度快慢, 与序时进度差额). */
const DIFFERENCE_HEADER = /差额|差值|相差|差距|快慢|增减/;
/** A target due by a date within the period (序时目标, 序时任务, 时序目标, 进度目标): the year's pro rata. */
const TO_DATE_TARGET = /^(?:序时|时序|进度|时间进度)(?:目标|任务|计划)/;

/** A benchmark a rate is measured against: the share of the year gone (序时进度, 时间进度, 时序进度). */
const BENCHMARK_HEADER = /序时进度|时间进度|时序进度/;
/** A header in percent: (%), %, 率, 比例. */
const PERCENT_HEADER = /%|％|率|比例/;

/**
 * 完成率(%) | 序时进度(%) | 差额(百分点): a difference in percentage points of the two percent columns
 * just before it (in either order), one of them a completion rate the table reads and the other a
 * benchmark by its name; marked on the difference column (TableColumn.difference). Only then: two
 * rate columns with no benchmark among them (完成率 | 参保率 | 差额) say neither which is taken from
 * which nor that the difference is theirs, and are left alone. Header-level only: no row is read.
 */
function pointDifferences(layout: HeaderLayout, columns: readonly TableColumn[], originCol: number): void {
  const byCol = new Map(layout.columns.map((e) => [originCol + e.col, e]));
  for (const d of columns) {
    if (d.role !== "value" && d.role !== "growth") continue;
    const text = normalizeHeader(d.header);
    if (!/百分点/.test(text) || !DIFFERENCE_HEADER.test(text)) continue;
    const [a, b] = [byCol.get(d.col - 2), byCol.get(d.col - 1)];
    if (!a || !b || a.mergedWith !== undefined || b.mergedWith !== undefined) continue;
    const rateOf = (e: typeof a) => columns.find((c) => c.col === originCol + e.col && c.role === "completion" && PERCENT_HEADER.test(normalizeHeader(c.header)));
    const isBenchmark = (e: typeof a) => !columns.some((c) => c.col === originCol + e.col) && BENCHMARK_HEADER.test(normalizeHeader(e.text)) && PERCENT_HEADER.test(normalizeHeader(e.text));
    const rate = rateOf(a) ?? rateOf(b);
    const benchmark = [a, b].find(isBenchmark);
    if (!rate || !benchmark) continue;
    d.difference = { minuend: rate.col, subtrahend: originCol + benchmark.col, subtrahendHeader: benchmark.text };
  }
}
