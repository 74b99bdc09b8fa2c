import type { Finding } from "../findings";
import { cellText } from "../table/header";
import { isBlank, readQuantity } from "../table/cells";
import { GridRow } from "../table/rows";
import type { TableColumn } from "../table/types";
import { addressOfFigure, cellAt, type CheckContext, fmt } from "./context";
import { finding } from "./finding";

/** Half a unit of the last of `decimals` written decimals. */
function halfOf(decimals: number): number {
  return 0.5 * 10 ** -Math.max(0, decimals);
}

/** A unit a difference of two percentages may be written in (8.3个百分点, 8.3%): none other. */
const POINTS_UNIT = /^(?:个?百分点|%|％)$/;

/**
 * 完成率(%) | 序时进度(%) | 差额(百分点): each row's 差额 must be the rate less the benchmark
 * (TableColumn.difference, marked from the headers), within the rounding of the three figures as
 * written (half a unit of each one's last digit).
 *
 * Reported as sum-mismatch: the spec's growth-mismatch is a stated growth (同比 or 环比) against the
 * previous period's figure, and 序时进度 is no previous period; what is stated here is an identity
 * between columns (完成率 = 序时进度 + 差额), a sum of the kind sum-mismatch names. (A change in points
 * between this period's rate and the previous one, 本期 | 上年同期 | 增减(百分点), is a stated growth:
 * growth-mismatch checks it.)
 * Only tables with such a column pay anything per row.
 */
export function pointDifferenceFindings(ctx: CheckContext, out: Finding[]): void {
  for (const d of ctx.table.columns) if (d.difference) checkDifference(ctx, d, d.difference, out);
}

/**
 * Whether a column's differences are written the other way round, the benchmark less the rate
 * (差距 = 序时进度 − 完成率, positive when behind, as some forms define it in a note): more rows
 * agree so than as the rate less the benchmark. Which the form meant is then not known from the
 * header, and nothing is said of the column (a misread convention would flag every row).
 */
function writtenReversed(rows: readonly { stated: number; diff: number; allowed: number }[]): boolean {
  let forward = 0;
  let reversed = 0;
  for (const { stated, diff, allowed } of rows) {
    if (Math.abs(stated - diff) <= allowed) forward++;
    // (A level row, 0 either way, says nothing of the order.)
    else if (Math.abs(stated + diff) <= allowed) reversed++;
  }
  return reversed > forward;
}

function checkDifference(ctx: CheckContext, d: TableColumn, of: NonNullable<TableColumn["difference"]>, out: Finding[]): void {
  const D = ctx.figureColumn(d.col);
  const M = ctx.figureColumn(of.minuend);
  const minuendColumn = ctx.columnAt.get(of.minuend);
  if (!D || !M || !minuendColumn) return;
  const read: { r: number; stated: number; diff: number; allowed: number; decimals: number }[] = [];
  for (let r = 0; r < ctx.rows.length; r++) {
    if (!D.has(r) || !M.has(r) || !D.exact[r] || !M.exact[r]) continue;
    const row = ctx.rows[r].row;
    // The benchmark is no column the table reads (序时进度 names no figure of the row): its cell is read here.
    const raw = row instanceof GridRow ? row.rawAt(of.subtrahend) : cellAt(row, of.subtrahend)?.raw;
    if (!raw || isBlank(raw)) continue;
    const s = readQuantity(raw, undefined);
    if (!s || s.number === null || s.bound !== "exact" || s.range !== null || (s.unit && !POINTS_UNIT.test(s.unit))) continue;
    const g = D.figure(r)!;
    const m = M.figure(r)!;
    // A difference in another unit (8人), or a cell already explained as shifted, is none of this.
    if ((g.q.unit && !POINTS_UNIT.test(g.q.unit)) || (m.q.unit && !POINTS_UNIT.test(m.q.unit))) continue;
    if (ctx.wrongColumn.size > 0 && (ctx.wrongColumn.has(addressOfFigure(g)) || ctx.wrongColumn.has(addressOfFigure(m)))) continue;
    const diff = m.number - s.number;
    const allowed = halfOf(g.q.decimals) + halfOf(m.q.decimals) + halfOf(s.decimals) + 1e-9;
    read.push({ r, stated: g.number, diff, allowed, decimals: Math.max(g.q.decimals, m.q.decimals, s.decimals, 0) });
  }
  if (writtenReversed(read)) return;
  for (const { r, stated: number, diff, allowed, decimals } of read) {
    if (Math.abs(number - diff) <= allowed) continue;
    const row = ctx.rows[r].row;
    const g = D.figure(r)!;
    const expected = fmt(diff, decimals);
    const stated = cellText(g.cell.raw).trim();
    out.push(
      finding("sum-mismatch", ctx.msg.pointDifferenceMismatch({ expected, stated, minuend: minuendColumn.header, subtrahend: of.subtrahendHeader }), {
        cell: g.cell,
        column: d,
        row,
        value: stated,
        expected,
      }),
    );
  }
}
