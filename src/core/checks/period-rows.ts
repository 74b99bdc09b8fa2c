import type { Finding } from "../findings";
import { cellText } from "../table/header";
import { cellQuantity } from "../table/cells";
import { findPeriod, monthSpan, periodPlace } from "../table/period";
import { GridRow } from "../table/rows";
import type { Period, TableRow } from "../table/types";
import { comparable, distance, percentInterval, writtenHalf } from "./arith";
import { cellAt, changeRowTest, type CheckContext, type Figure, fmt, isPercentRow, type RowInfo } from "./context";
import { finding } from "./finding";

/**
 * Periods down the rows and a comparison row under each pair: a 同比(%) row under two periods a
 * year apart (`2024年一季度 | 2023年一季度 | 同比(%)`, `2024年上半年合计 | 2023年同期 | 同比(%)`, `本期 |
 * 上年同期 | 同比`), a 环比(%) row under a period and the one right before it (`2025年二季度 | 2025年一季度
 * | 环比(%)`, `6月 | 5月 | 环比增长(%)`, `本月 | 上月 | 环比`, `2025年上半年 | 2024年下半年 | 环比`). The
 * comparison row holds each column's growth of the later period over the earlier; the context
 * leaves it out (it is no row of figures), so it is read here, cell by cell, and checked as a
 * growth column is.
 */

/** `合计`/`累计` after a period: `2024年上半年合计` is the half year's figures. */
const TOTAL_AFTER = /(?:合计|累计|小计|数)$/;
/** The same time a year before, undated or dated: 上年同期, 去年同期, 2023年同期, 上年同月, 去年同季度. */
const SAME_TIME_LAST_YEAR = /^(?:(?:19|20)\d{2}年)?(?:上年|去年)?同(?:期|月|季度?)(?:数|累计)?$/;
/** This period, named by no date: 本期, 本年, 本月, 本季度 (and what a 上期, 上月, 上季度 is before). */
const CURRENT = /^(?:本期|本年|当期|本年累计|本期数|(?:本|当)(?:月|季度?)数?)$/;
/** The period right before this one, named by no date: 上期, 上月, 上季度 (上半年 is a half, not this). */
const PREVIOUS = /^上(?:期|月|季度?)数?$/;
/**
 * A month's or a quarter's own figures after its name (6月合计, 二季度数), not 累计: `6月累计` is the
 * year to June, no month right after May's.
 */
const OWN_TOTAL = /(?:合计|小计|数)$/;
/** An undated half of the year: 上半年, 下半年 (合计 after it). */
const HALF = /^([上下])半年(?:合计|累计|小计|数)?$/;

/** The unit 本期/上期, 本月/上月, 本季度/上季度 count in: a 本月 is compared with a 上月 only. */
function relativeUnit(key: string): "period" | "month" | "quarter" | "year" {
  if (/月/.test(key)) return "month";
  if (/季/.test(key)) return "quarter";
  return /年/.test(key) ? "year" : "period";
}

/** A period's months, first and last, counted on from year 0 (dated) or within its year (undated). */
type Span = { from: number; to: number; dated: boolean };

export type Dated = {
  period: Period | null;
  /** The months it covers, for telling periods right after each other; null for 本期 / 上期 / 上年同期. */
  span: Span | null;
  current: boolean;
  lastYear: boolean;
  /** 上期, 上月, 上季度: the period right before this one. */
  previous: boolean;
  /** The unit of a 本月 or a 上月 (null for a dated period). */
  unit: ReturnType<typeof relativeUnit> | null;
};

/** The months a dated period covers, on a count that runs on across years (2024年12月 → 2025年1月). */
function datedSpan(p: Period): Span {
  const [a, b] = monthSpan(p) ?? [1, 12];
  return { from: p.year * 12 + a, to: p.year * 12 + b, dated: true };
}

/** An undated period's months within its year: 6月, 第二季度, 下半年 (a week or a 旬 none). */
function undatedSpan(key: string): Span | null {
  const half = HALF.exec(key);
  if (half) return half[1] === "上" ? { from: 1, to: 6, dated: false } : { from: 7, to: 12, dated: false };
  const place = periodPlace(key.replace(OWN_TOTAL, ""));
  if (place?.kind === "month") return { from: place.place, to: place.place, dated: false };
  if (place?.kind === "quarter") return { from: place.place * 3 - 2, to: place.place * 3, dated: false };
  return null;
}

/** What a row's name says of its period: a period alone (with 合计 after it), or 本期 / 上期 / 上年同期. */
export function datedRow(key: string): Dated | null {
  const k = key.replace(/\s+/g, "");
  const none = { period: null, span: null, current: false, lastYear: false, previous: false, unit: null };
  if (CURRENT.test(k)) return { ...none, current: true, unit: relativeUnit(k) };
  if (PREVIOUS.test(k)) return { ...none, previous: true, unit: relativeUnit(k) };
  if (SAME_TIME_LAST_YEAR.test(k)) return { ...none, period: findPeriod(k), lastYear: true };
  const p = findPeriod(k);
  if (!p) {
    const span = undatedSpan(k);
    return span ? { ...none, span } : null;
  }
  if (p.index !== 0) return null;
  const rest = k.slice(p.label.length);
  if (rest !== "" && !TOTAL_AFTER.test(rest)) return null;
  return { ...none, period: p, span: rest.endsWith("累计") ? null : datedSpan(p) };
}

/** Whether `a` and `b` name the same part of a year (the half, quarter or months). */
export function samePart(a: Period, b: Period): boolean {
  return a.half === b.half && a.quarter === b.quarter && a.month === b.month;
}

/** Which of two rows is the current period and which the one before, and how far apart they are. */
type Pair = { order: [0 | 1, 0 | 1]; basis: "yoy" | "mom" };

/** The pair a comparison row compares a year apart: the current period's row and the year before's, in either order. */
function yearApart(first: Dated, second: Dated): [0 | 1, 0 | 1] | null {
  if (first.current && second.lastYear && !second.period) return [0, 1];
  if (first.period && second.lastYear) {
    // 2024年上半年合计 | 2023年同期 (or 上年同期).
    if (!second.period || second.period.year === first.period.year - 1) return [0, 1];
    return null;
  }
  if (first.period && second.period && samePart(first.period, second.period)) {
    if (second.period.year === first.period.year - 1) return [0, 1];
    if (first.period.year === second.period.year - 1) return [1, 0];
  }
  return null;
}

/**
 * The pair a 环比 compares: a period and the one right before it, of the same length (2025年二季度
 * and 一季度, 2025年上半年 and 2024年下半年, 6月 and 5月, 本月 and 上月), in either order. Two undated
 * periods do not run on across a year (1月 | 12月 may be of the same year).
 */
function consecutive(first: Dated, second: Dated): [0 | 1, 0 | 1] | null {
  if (first.unit && second.unit && first.unit === second.unit && first.unit !== "year") {
    if (first.current && second.previous) return [0, 1];
    if (first.previous && second.current) return [1, 0];
    return null;
  }
  const a = first.span;
  const b = second.span;
  if (!a || !b || a.dated !== b.dated || a.to - a.from !== b.to - b.from) return null;
  if (b.to + 1 === a.from) return [0, 1];
  if (a.to + 1 === b.from) return [1, 0];
  return null;
}

/** What a comparison row's name says it compares with: 同比 (比上年) the year before, 环比 (比上月) the period before. */
function basisNamed(key: string): "yoy" | "mom" | "both" | null {
  const yoy = /同比|[比较](?:上年|去年)/.test(key);
  const mom = /环比|[比较]上[期月季]/.test(key);
  return yoy && mom ? "both" : yoy ? "yoy" : mom ? "mom" : null;
}

/**
 * The pair a comparison row compares, when its name and the two periods above it agree: a 同比 row
 * under periods a year apart, a 环比 row under a period and the one before it, a row that names
 * neither (增减, 增长率) under either. A 同比 row under 本月 | 上月 may compare with last year's figures
 * the table leaves out (上月 there for reference), and a 环比 under periods a year apart says what it
 * compares with no better: the rows do not say what the growth is of, so it is not checked.
 * (Whole years, 2025年 | 2024年, are both a year apart and right after each other.)
 */
function pairOf(first: Dated, second: Dated, named: "yoy" | "mom" | null): Pair | null {
  if (named !== "mom") {
    const order = yearApart(first, second);
    if (order) return { order, basis: "yoy" };
  }
  if (named !== "yoy") {
    const order = consecutive(first, second);
    if (order) return { order, basis: named ?? "mom" };
  }
  return null;
}

/**
 * Whether the row above a pair right after each other is a period too (4月 | 5月 | 6月 | 增减): the
 * comparison under a run of periods may be of its last two, of its first and last, or of the
 * year before; only a 环比 row under the run in order of time says which (the last two: 6月 on 5月;
 * under 6月 | 5月 | 4月 it may be 6月's, at the top).
 */
function inRun(above: TableRow | undefined, pair: [Dated, Dated]): boolean {
  if (above?.kind !== "data") return false;
  const d = datedRow(above.indicatorKey);
  return !!d && (!!consecutive(d, pair[0]) || !!consecutive(d, pair[1]));
}

/** The figure a comparison row's cell states, as a growth column's: its number and rounding. */
function statedGrowth(row: TableRow, col: number): { number: number; half: number; decimals: number; text: string; unit: string | null } | null {
  const raw = row instanceof GridRow ? row.rawAt(col) : cellAt(row, col)?.raw;
  const q = cellQuantity(raw);
  if (!q || q.number === null || q.bound !== "exact" || q.range !== null) return null;
  if (q.unit && q.unit !== "%") return null;
  return { number: q.number, half: 0.5 * 10 ** -q.decimals, decimals: q.decimals, text: cellText(raw!).trim(), unit: q.unit };
}

/**
 * growth-mismatch on a 同比(%) or 环比(%) row under two rows of periods (pairOf): each figure column's
 * stated growth against (current / previous − 1) × 100, within the rounding of the three figures.
 * Two rates' comparison may be written in percentage points.
 */
export function periodRowGrowths(ctx: CheckContext, out: Finding[]): void {
  const rows = ctx.table.rows;
  let figureCols: number[] | undefined;
  let changeRow: ((key: string) => boolean) | undefined;
  for (let i = 2; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== "data") continue;
    const key = row.indicatorKey;
    const percent = isPercentRow(key);
    // (Every change row's name holds 增, 减, 差 or 变: most rows are told from that, without a regex.)
    if (!percent && (!MAY_NAME_CHANGE.test(key) || !(changeRow ??= changeRowTest(ctx.rows))(key))) continue;
    if (/占比|比重/.test(key)) continue;
    const a = ctx.byRow.get(rows[i - 2].row);
    const b = ctx.byRow.get(rows[i - 1].row);
    if (!a || !b) continue;
    const named = basisNamed(key);
    if (named === "both") continue;
    const da = datedRow(a.row.indicatorKey);
    const db = datedRow(b.row.indicatorKey);
    const pair = da && db ? pairOf(da, db, named) : null;
    if (!pair) continue;
    // 增减 under the last two of a run of periods (4月 | 5月 | 6月) may compare others: only a 环比
    // right under the latest period (the run in order of time) says it compares the last two.
    if (pair.basis === "mom" && (named !== "mom" || pair.order[0] === 0) && inRun(rows[i - 3], [da!, db!])) continue;
    const [cur, prev] = pair.order[0] === 0 ? [a, b] : [b, a];
    figureCols ??= ctx.figureColumns().map((c) => c.col);
    const triples: Triple[] = [];
    for (const col of figureCols) {
      const t = tripleAt(row, col, cur, prev);
      if (t) triples.push(t);
    }
    // 同比(%), 增长率: a percent. 增减量, 净增 (a change row that is no percent row): the change itself.
    // A bare 增减: what most of its cells are, else either.
    const mode = RELATIVE_ROW.test(row.indicatorKey) ? "percent" : !percent ? "number" : modeOf(triples, ctx);
    for (const t of triples) check(ctx, row, t, mode, pair.basis, out);
  }
}

/** A character every change row's name (增减量, 净增, 差额, 变动) holds. */
const MAY_NAME_CHANGE = /[增减差变]/;

type Triple = { col: number; v: Figure; p: Figure; g: NonNullable<ReturnType<typeof statedGrowth>> };

function tripleAt(row: TableRow, col: number, cur: RowInfo, prev: RowInfo): Triple | null {
  const v = cur.figures.get(col);
  const p = prev.figures.get(col);
  const g = statedGrowth(row, col);
  if (!v || !p || !g || !v.exact || !p.exact || !comparable(v, p)) return null;
  return { col, v, p, g };
}

/** The change as written agrees with current − previous, in the figures' unit as written. */
function agreesAsNumber({ v, p, g }: Triple): boolean {
  return !g.unit && Math.abs(g.number - (v.number - p.number)) <= g.half + writtenHalf(v) + writtenHalf(p) + 1e-9;
}

function agreesAsPercent({ v, p, g }: Triple, ctx: CheckContext): boolean {
  const allowed = Math.max(g.half, ctx.schema.tolerances.growthFloor) + 1e-9;
  // Two rates compared in percentage points (a bare number), or in percent of the earlier rate.
  if (isRate(v) && isRate(p) && !g.unit && Math.abs(g.number - (v.base - p.base)) <= allowed + v.half + p.half) return true;
  const i = percentInterval(v, p, 1);
  return !i || distance(g.number, i) <= allowed;
}

/** A bare 增减 row: a number when more of its cells read as the change than as a percent, else either. */
function modeOf(triples: readonly Triple[], ctx: CheckContext): "number" | "either" {
  let asNumber = 0;
  let asPercent = 0;
  for (const t of triples) {
    if (agreesAsNumber(t)) asNumber++;
    if (agreesAsPercent(t, ctx)) asPercent++;
  }
  return asNumber > asPercent ? "number" : "either";
}

function check(ctx: CheckContext, row: TableRow, t: Triple, mode: "percent" | "number" | "either", basis: "yoy" | "mom", out: Finding[]): void {
  const { v, p, g } = t;
  if (mode !== "percent" && agreesAsNumber(t)) return;
  if (mode !== "number" && agreesAsPercent(t, ctx)) return;
  const cell = cellAt(row, t.col);
  if (!cell) return;
  const stated = g.text.replace(/%$/, "");
  if (mode === "number") {
    if (g.unit) return;
    const expected = fmt(v.number - p.number, Math.max(g.decimals, v.q.decimals, p.q.decimals, 0));
    out.push(finding("growth-mismatch", ctx.msg.changeMismatch({ expected, stated: fmt(g.number, Math.max(g.decimals, 0)) }), { cell, row, value: stated, expected }));
    return;
  }
  if (!(p.base > 0)) return;
  const expected = fmt((v.base / p.base - 1) * 100, Math.max(1, g.decimals));
  out.push(finding("growth-mismatch", ctx.msg.growthMismatch({ basis, expected, stated: fmt(g.number, Math.max(g.decimals, 0)) }), { cell, row, value: stated, expected }));
}

/** A comparison row that names a relative change: 同比(%), 增长率, 增幅 (a bare 增减 may be a number). */
const RELATIVE_ROW = /%|率|幅|速|增长|同比|环比/;


function isRate(f: Figure): boolean {
  return f.dimension === "rate";
}
