import type { Finding } from "../findings";
import { cellText } from "../table/header";
import { cellQuantity } from "../table/cells";
import { findPeriod } from "../table/period";
import { GridRow } from "../table/rows";
import type { Period, TableRow } from "../table/types";
import { comparable, distance, percentInterval, writtenHalf } from "./arith";
import { cellAt, changeRowTest, type CheckContext, type Figure, fmt, isPercentRow, type RowInfo } from "./context";
import { finding } from "./finding";

/**
 * Periods down the rows and a 同比(%) row under each pair: `2024年一季度 | 2023年一季度 | 同比(%)`,
 * `2024年上半年合计 | 2023年同期 | 同比(%)`, `本期 | 上年同期 | 同比`. The comparison row holds each
 * column's growth of the first period over the second; the context leaves it out (it is no row of
 * figures), so it is read here, cell by cell, and checked as a growth column is.
 */

/** `合计`/`累计` after a period: `2024年上半年合计` is the half year's figures. */
const TOTAL_AFTER = /(?:合计|累计|小计|数)$/;
/** The same time a year before, undated or dated: 上年同期, 去年同期, 2023年同期. */
const SAME_TIME_LAST_YEAR = /^(?:(?:19|20)\d{2}年)?(?:上年|去年)?同期(?:数|累计)?$/;
const CURRENT = /^(?:本期|本年|当期|本年累计|本期数)$/;

export type Dated = { period: Period | null; current: boolean; lastYear: boolean };

/** What a row's name says of its period: a period alone (with 合计 after it), or 本期 / 上年同期. */
export function datedRow(key: string): Dated | null {
  const k = key.replace(/\s+/g, "");
  if (CURRENT.test(k)) return { period: null, current: true, lastYear: false };
  if (SAME_TIME_LAST_YEAR.test(k)) {
    const p = findPeriod(k);
    return { period: p, current: false, lastYear: true };
  }
  const p = findPeriod(k);
  if (!p || p.index !== 0) return null;
  const rest = k.slice(p.label.length);
  if (rest !== "" && !TOTAL_AFTER.test(rest)) return null;
  return { period: p, current: false, lastYear: false };
}

/** Whether `a` and `b` name the same part of a year (the half, quarter or months). */
export function samePart(a: Period, b: Period): boolean {
  return a.half === b.half && a.quarter === b.quarter && a.month === b.month;
}

/** The pair a comparison row compares: the current period's row and the year before's, in either order. */
function pairOf(first: Dated, second: Dated): [0 | 1, 0 | 1] | null {
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

/** The figure a comparison row's cell states, as a growth column's: its number and rounding. */
function statedGrowth(row: TableRow, col: number): { number: number; half: number; decimals: number; text: string; unit: string | null } | null {
  const raw = row instanceof GridRow ? row.rawAt(col) : cellAt(row, col)?.raw;
  const q = cellQuantity(raw);
  if (!q || q.number === null || q.bound !== "exact" || q.range !== null) return null;
  if (q.unit && q.unit !== "%") return null;
  return { number: q.number, half: 0.5 * 10 ** -q.decimals, decimals: q.decimals, text: cellText(raw!).trim(), unit: q.unit };
}

/**
 * growth-mismatch on a 同比(%) row under two rows of periods a year apart: each figure column's
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
    const da = datedRow(a.row.indicatorKey);
    const db = datedRow(b.row.indicatorKey);
    const pair = da && db ? pairOf(da, db) : null;
    if (!pair) continue;
    const [cur, prev] = pair[0] === 0 ? [a, b] : [b, a];
    figureCols ??= ctx.figureColumns().map((c) => c.col);
    const triples: Triple[] = [];
    for (const col of figureCols) {
      const t = tripleAt(row, col, cur, prev);
      if (t) triples.push(t);
    }
    // 同比(%), 增长率: a percent. 增减量, 净增 (a change row that is no percent row): the change itself.
    // A bare 增减: what most of its cells are, else either.
    const mode = RELATIVE_ROW.test(row.indicatorKey) ? "percent" : !percent ? "number" : modeOf(triples, ctx);
    for (const t of triples) check(ctx, row, t, mode, out);
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

function check(ctx: CheckContext, row: TableRow, t: Triple, mode: "percent" | "number" | "either", out: Finding[]): void {
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
  out.push(finding("growth-mismatch", ctx.msg.growthMismatch({ basis: "yoy", expected, stated: fmt(g.number, Math.max(g.decimals, 0)) }), { cell, row, value: stated, expected }));
}

/** A comparison row that names a relative change: 同比(%), 增长率, 增幅 (a bare 增减 may be a number). */
const RELATIVE_ROW = /%|率|幅|速|增长|同比|环比/;


function isRate(f: Figure): boolean {
  return f.dimension === "rate";
}
