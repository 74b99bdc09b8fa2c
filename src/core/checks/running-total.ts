import type { Finding } from "../findings";
import { cellText } from "../table/header";
import { measureNamed } from "../table/columns";
import { isPeriodLabel, isPeriodSpan, periodPlace } from "../table/period";
import type { TableColumn } from "../table/types";
import { comparable } from "./arith";
import { type CheckContext, type Figure, type RowInfo } from "./context";
import { finding } from "./finding";
import { rowFigureReader } from "./row-figures";

/**
 * A table told period by period (月份 | 当月销售额 | 本年累计销售额, one row per month, then 上半年合计):
 * a running-total column (累计, 本年累计) holds the year so far, a flow column (当月, 本月, 当期) each
 * period's own figure. A reviewer checks that each period's running total is the one before it
 * plus this period's figure, and that the total row under the periods holds, in a running-total
 * column, the last period's figure (not the sum of the periods' running totals), in a flow column
 * the sum of the periods.
 */

/** A running total: 累计, 本年累计, 上年同期累计, 1-6月累计. */
const CUMULATIVE = /累计/;
/** Each period's own figure: 当月, 本月, 当期, 本期, 当季, 本季 (not a 累计 of it). */
const FLOW = /当月|本月|当期|本期|当季|本季/;
/** The running total of the year so far, which starts with the year's first period. */
const YEAR_TO_DATE = /本年|年累计|同期累计|年初至今/;
/** A header that names the year before: its flow pairs only with its own running total. */
const EARLIER = /上年|去年|同期|(?:19|20)\d{2}/;
/** The row under the periods that sums them up: 上半年合计, 合计, 全年, 1-6月. */
const PERIOD_TOTAL = /^(?:[\u4e00-\u9fff]{0,6}(?:合计|总计|小计|累计)|全年|上半年|下半年|前三季度|1[-—–~至]\d{1,2}月)$/;
/** The first period of a year: a year-to-date running total there equals the period's own figure. */
const FIRST_PERIOD = /^(?:(?:19|20)\d{2}年度?)?(?:1月份?|一月份?|第?[一1]季度)$/;

/** A figure column of running totals (not a growth or a percentage). */
export function isRunningTotalColumn(column: TableColumn): boolean {
  return CUMULATIVE.test(column.header) && column.role !== "growth" && column.role !== "completion" && column.headerUnit !== "%" && !/%/.test(column.header);
}

function isFlowColumn(column: TableColumn): boolean {
  return FLOW.test(column.header) && !CUMULATIVE.test(column.header) && column.role !== "growth" && column.role !== "completion" && !/%/.test(column.header);
}

/** Each running-total column with the flow column it accumulates, when the header says which. */
function pairs(columns: readonly TableColumn[]): { cumulative: TableColumn; flow?: TableColumn }[] {
  const flows = columns.filter(isFlowColumn);
  return columns.filter(isRunningTotalColumn).map((cumulative) => {
    // The measure each header names once its period words are taken away (当月销售额 ↔ 本年累计销售额).
    const key = measureNamed(cumulative.header);
    let flow = flows.find((f) => measureNamed(f.header) === key);
    // 当月销售额(万元) | 本年累计(万元): a bare 累计 is the one current flow's.
    if (!flow && key === "") {
      const current = flows.filter((f) => !EARLIER.test(f.header));
      if (current.length === 1) flow = current[0];
    }
    return flow ? { cumulative, flow } : { cumulative };
  });
}

/** Two period rows in a row of one kind, the second the first's next (4月 after 3月, 第3周 after 第2周). */
function adjacent(a: string, b: string): boolean {
  const p = periodPlace(a);
  const q = periodPlace(b);
  return !!p && !!q && p.kind === q.kind && q.place === p.place + 1;
}

/** Whether the parts of a total are periods (1月 … 6月, 一季度 …): a running total's total is then its last. */
export function periodParts(parts: readonly RowInfo[]): boolean {
  return parts.length >= 2 && parts.every((p) => isPeriodLabel(p.row.indicatorKey));
}

export function runningTotals(ctx: CheckContext, floor: number, flagged: Set<string>, out: Finding[]): void {
  const columns = [...ctx.table.columns, ...(ctx.table.figureExtras ?? [])];
  const list = pairs(columns);
  const flowColumns = columns.filter(isFlowColumn);
  if (list.length === 0 && flowColumns.length === 0) return;
  // The runs of period rows, each with the total row right under it (if any).
  const runs: { periods: RowInfo[]; total?: RowInfo }[] = [];
  let run: RowInfo[] = [];
  for (let ri = 0; ri < ctx.rows.length; ri++) {
    const info = ctx.rows[ri];
    const key = info.row.indicatorKey;
    // (1-6月 or 上半年 among the months sums some of them up: no step of the run, nor its end.)
    if (run.length > 0 && isPeriodSpan(key)) continue;
    if (isPeriodLabel(key)) {
      run.push(info);
      continue;
    }
    if (run.length >= 2) runs.push(PERIOD_TOTAL.test(key) ? { periods: run, total: info } : { periods: run });
    run = [];
  }
  if (run.length >= 2) runs.push({ periods: run });
  if (runs.length === 0) return;
  const read = rowFigureReader(ctx);
  const figureAt = (info: RowInfo, col: number): Figure | undefined => {
    const f = read(info, col);
    return f && f.exact ? f : undefined;
  };
  const report = (f: Figure, column: TableColumn, info: RowInfo, message: string, expected: string) => {
    if (flagged.has(f.cell.address)) return;
    flagged.add(f.cell.address);
    out.push(finding("sum-mismatch", message, { cell: f.cell, column, row: info.row, value: cellText(f.cell.raw).trim(), expected }));
  };
  const tol = (...figs: Figure[]) => figs.reduce((s, f) => s + f.half, 0) + floor + 1e-9 * Math.max(1, ...figs.map((f) => Math.abs(f.base)));
  // A base-unit figure shown in the unit and digits `like` is written in.
  const shown = (like: Figure, base: number) => {
    const factor = like.base !== 0 && like.number !== 0 ? like.base / like.number : 1;
    return (base / factor).toFixed(Math.min(like.q.decimals, 10));
  };
  for (const { cumulative, flow } of list) {
    for (const { periods, total } of runs) {
      // Each period's running total: the one before it plus this period's figure.
      if (flow) {
        let before: number | undefined = FIRST_PERIOD.test(periods[0].row.indicatorKey) && YEAR_TO_DATE.test(cumulative.header) ? 0 : undefined;
        let beforeFig: Figure | undefined;
        for (let i = 0; i < periods.length; i++) {
          const c = figureAt(periods[i], cumulative.col);
          const f = figureAt(periods[i], flow.col);
          // Checked only from the period right before it: after a gap (3月, 5月 with no 4月) the
          // running total holds figures the table does not show, and after a step back (12月 then
          // 1月, 第四季度 then 第一季度) a new year's total starts.
          const follows = i > 0 && adjacent(periods[i - 1].row.indicatorKey, periods[i].row.indicatorKey);
          if (!c || !f || !comparable(c, f) || (beforeFig && !comparable(c, beforeFig)) || before === undefined || (i > 0 && !follows)) {
            before = c?.base;
            beforeFig = c;
            continue;
          }
          const expected = before + f.base;
          const slack = tol(c, f, ...(beforeFig ? [beforeFig] : []));
          if (Math.abs(c.base - expected) <= slack) {
            before = c.base;
            beforeFig = c;
            continue;
          }
          // Which of the two slipped: a running total that the next period carries on from is right,
          // and this period's own figure is the slip; else the running total is.
          const nc = i + 1 < periods.length ? figureAt(periods[i + 1], cumulative.col) : undefined;
          const nf = i + 1 < periods.length ? figureAt(periods[i + 1], flow.col) : undefined;
          const carriedOn = nc && nf && comparable(nc, c) && comparable(nf, c) && Math.abs(nc.base - (c.base + nf.base)) <= tol(nc, nf, c);
          const beforeText = shown(c, before);
          if (carriedOn) {
            const change = shown(c, c.base - before);
            report(f, flow, periods[i], ctx.msg.runningFlowMismatch({ stated: cellText(f.cell.raw).trim(), change, total: cellText(c.cell.raw).trim(), before: beforeText }), change);
            before = c.base;
            beforeFig = c;
          } else {
            const sum = shown(c, expected);
            report(c, cumulative, periods[i], ctx.msg.runningTotalMismatch({ stated: cellText(c.cell.raw).trim(), before: beforeText, flow: cellText(f.cell.raw).trim(), expected: sum }), sum);
            before = expected;
          }
        }
      }
      if (!total) continue;
      // The total row: in a running-total column the last period's figure.
      const t = figureAt(total, cumulative.col);
      const last = figureAt(periods[periods.length - 1], cumulative.col);
      if (t && last && comparable(t, last) && !flagged.has(last.cell.address) && Math.abs(t.base - last.base) > tol(t, last)) {
        report(t, cumulative, total, ctx.msg.runningTotalLast({ total: cellText(t.cell.raw).trim(), last: cellText(last.cell.raw).trim(), period: periods[periods.length - 1].row.indicator.trim() }), cellText(last.cell.raw).trim());
      }
    }
  }
  // In each flow column (当月, 本月), the total row holds the sum of the periods.
  for (const flow of flowColumns) {
    for (const { periods, total } of runs) {
      if (!total) continue;
      const ft = figureAt(total, flow.col);
      const parts = periods.map((p) => figureAt(p, flow.col));
      if (!ft || parts.some((p) => !p || !comparable(ft, p) || flagged.has(p.cell.address))) continue;
      const figs = parts as Figure[];
      const sum = figs.reduce((s, p) => s + p.base, 0);
      if (Math.abs(ft.base - sum) <= tol(ft, ...figs)) continue;
      const shownSum = shown(ft, sum);
      report(ft, flow, total, ctx.msg.sumMismatch({ total: cellText(ft.cell.raw).trim(), sum: shownSum, parts: figs.length }), shownSum);
    }
  }
}
