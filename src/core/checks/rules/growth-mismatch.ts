import { isStockFlowColumn } from "../stock-flow";
import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { agreesWithPercent, comparable, distance, percentInterval, writtenHalf } from "../arith";
import { addressOfFigure, type CheckContext, type CheckRule, fmt } from "../context";
import type { TableColumn } from "../../table/types";
import { finding } from "../finding";
import { previousFor } from "./value-in-wrong-column";
import { periodRowGrowths } from "../period-rows";

/**
 * An absolute 增减 column (beside the % one): value − previous as written, in the value's unit
 * (a value written 4.48亿元 counts in 亿元). Allowed: the rounding of the three figures.
 */
function changeMismatch(ctx: CheckContext, gc: TableColumn, value: TableColumn, pc: TableColumn, out: Finding[]): void {
  const G = ctx.figureColumn(gc.col);
  const V = ctx.figureColumn(value.col);
  const P = ctx.figureColumn(pc.col);
  if (!G || !V || !P) return;
  for (let r = 0; r < ctx.rows.length; r++) {
    if (!G.has(r) || !V.has(r) || !P.has(r) || !G.exact[r] || !V.exact[r] || !P.exact[r]) continue;
    const v = V.figure(r)!;
    const p = P.figure(r)!;
    const g = G.figure(r)!;
    if (!comparable(v, p) || (ctx.wrongColumn.size > 0 && ctx.wrongColumn.has(addressOfFigure(g)))) continue;
    // The value's unit as written: its figure over its base (1 for a plain number), and its scale
    // word (0.35万元 beside a plain 0.05: the change is in 万元, as the value was written).
    const scale = g.q.unit ? 1 : v.q.scale || 1;
    const perBase = (v.base !== 0 ? v.number / v.base : p.base !== 0 ? p.number / p.base : 1) / scale;
    const diff = (v.base - p.base) * perBase;
    const allowed = g.half + (v.half + p.half) * perBase + 1e-9 * Math.max(1, Math.abs(diff));
    if (Math.abs(g.number - diff) <= allowed) continue;
    const decimals = Math.max(g.q.decimals, v.q.decimals, p.q.decimals);
    const expected = fmt(diff, decimals);
    out.push(
      finding("growth-mismatch", ctx.msg.changeMismatch({ expected, stated: fmt(g.number, Math.max(g.q.decimals, 0)) }), {
        cell: g.cell,
        column: gc,
        row: ctx.rows[r].row,
        value: cellText(g.cell.raw).trim(),
        expected,
      }),
    );
  }
}

/**
 * growth-mismatch: the stated growth differs from (value − previous) / previous by more than the
 * rounding of the three figures allows. The interval of possible growths is computed from value
 * ± half a unit of its last digit and previous ± the same; the stated growth may be off by half a
 * unit of its own last digit (or the schema's growthFloor, whichever is larger). Two rates'
 * change stated in percentage points is accepted as well. An absolute 增减 column beside the %
 * one must hold value − previous (changeMismatch). Stands on the growth cell.
 */
export const growthMismatch: CheckRule = {
  code: "growth-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    const value = ctx.columns.get("value")?.[0];
    if (!value) return out;
    // 2024年一季度 | 2023年一季度 | 同比(%) down the rows (period-rows.ts).
    periodRowGrowths(ctx, out);
    for (const gc of ctx.columns.get("growth") ?? []) {
      // 减少 between 年初数 | 新增 and 期末数 is what went out, not a change in percent (stock-flow.ts).
      if (isStockFlowColumn(ctx, gc)) continue;
      // 增减(百分点) after 完成率(%) | 序时进度(%): the rate's difference from the benchmark, no growth (sum-mismatch, point-difference.ts).
      if (gc.difference) continue;
      const pc = previousFor(ctx, gc);
      if (!pc) continue;
      if (gc.change === "absolute") {
        changeMismatch(ctx, gc, value, pc, out);
        continue;
      }
      const percentHeader = /%|率|幅|速|growth|yoy/i.test(gc.header);
      const decline = saysDecline(gc.header);
      const G = ctx.figureColumn(gc.col);
      const V = ctx.figureColumn(value.col);
      const P = ctx.figureColumn(pc.col);
      if (!G || !V || !P) continue;
      const floor = ctx.schema.tolerances.growthFloor;
      for (let r = 0; r < ctx.rows.length; r++) {
        if (!G.has(r) || !V.has(r) || !P.has(r) || !G.exact[r] || !V.exact[r] || !P.exact[r]) continue;
        // Most growths agree with their figures: that is seen from the numbers, before any Figure is made.
        if (G.dimension(r) !== "rate-points" && agreesWithPercent(G.base[r], Math.max(G.half[r], floor) + 1e-9, V.base[r], V.half[r], P.base[r], P.half[r], 1)) continue;
        if (decline && G.dimension(r) !== "rate-points" && agreesWithPercent(-G.base[r], Math.max(G.half[r], floor) + 1e-9, V.base[r], V.half[r], P.base[r], P.half[r], 1)) continue;
        const info = ctx.rows[r];
        const g = G.figure(r)!;
        const v = V.figure(r)!;
        const p = P.figure(r)!;
        if ((ctx.wrongColumn.size > 0 && ctx.wrongColumn.has(addressOfFigure(g))) || !comparable(v, p)) continue;
        const allowed = Math.max(g.half, ctx.schema.tolerances.growthFloor);
        if (g.unit && v.unit && g.unit.dimension === v.unit.dimension && g.q.unit !== "%") {
          // `减少13人` in a 同比增减 column: the change in the value's unit, not a rate. Compared in
          // base units (减少1300人 beside 万人 figures), expected written in the cell's own unit.
          const diff = v.base - p.base;
          if (Math.abs(g.base - diff) <= g.half + v.half + p.half + 1e-9 * Math.max(1, Math.abs(diff))) continue;
          const perBase = g.base !== 0 ? g.number / g.base : 1;
          const expected = fmt(diff * perBase, Math.max(g.q.decimals, 0));
          out.push(finding("growth-mismatch", ctx.msg.changeMismatch({ expected, stated: fmt(g.number, Math.max(g.q.decimals, 0)) }), { cell: g.cell, column: gc, row: info.row, value: cellText(g.cell.raw).trim(), expected }));
          continue;
        }
        if (g.dimension === "rate-points") {
          // Stated in percentage points (下降2.1个百分点): the difference of two rates.
          const diff = v.base - p.base;
          if (Math.abs(g.base - diff) <= allowed + v.half + p.half + 1e-9) continue;
          const expected = fmt(diff, Math.max(1, g.q.decimals));
          out.push(finding("growth-mismatch", ctx.msg.growthPointsMismatch({ expected, stated: fmt(g.number, g.q.decimals) }), { cell: g.cell, column: gc, row: info.row, value: cellText(g.cell.raw).trim(), expected }));
          continue;
        }
        const i = percentInterval(v, p, 1);
        if (!i) continue;
        if (distance(g.base, i) <= allowed + 1e-9) continue;
        // A column headed 增减 without % may hold the absolute change; two rates' change may be
        // written in percentage points under any growth header (节地生态安葬率 55% → 60%: 5.0).
        const rates = v.dimension === "rate" && p.dimension === "rate";
        // (Compared as written, so each figure's rounding too: half is in base units, 10⁴ times the
        // written one in a 万元 row, which let any figure under a bare 同比 pass as a change.)
        if ((rates || (!percentHeader && !g.q.unit)) && Math.abs(g.number - (v.number - p.number)) <= writtenHalf(g) + writtenHalf(v) + writtenHalf(p) + 1e-9) continue;
        // 2025年 | 2024年 | 增减 over rates (入住率(%) 62.5 → 58.3, by the unit or the row's name): a bare
        // 增减 (no %, 率 or 幅; not 同比, a rate by its name) of two rates reads as their difference in
        // points; wrong either way, that is the figure asked for (not a relative growth nobody wrote).
        const rateRow = rates || ((info.kind === "share" || info.kind === "rate") && !v.unit && !p.unit);
        if (rateRow && !percentHeader && !g.q.unit && !/同比|环比/.test(gc.header)) {
          const expected = fmt(v.number - p.number, Math.max(1, g.q.decimals, v.q.decimals, p.q.decimals));
          out.push(finding("growth-mismatch", ctx.msg.growthPointsMismatch({ expected, stated: fmt(g.number, Math.max(g.q.decimals, 0)) }), { cell: g.cell, column: gc, row: info.row, value: cellText(g.cell.raw).trim(), expected }));
          continue;
        }
        const computed = (v.base / p.base - 1) * 100;
        const decimals = Math.max(1, g.q.decimals);
        const expected = fmt(computed, decimals);
        const stated = cellText(g.cell.raw).trim().replace(/%$/, "");
        out.push(
          finding("growth-mismatch", ctx.msg.growthMismatch({ basis: gc.growthBasis ?? "yoy", expected, stated: fmt(g.number, Math.max(g.q.decimals, 0)) }), {
            cell: g.cell,
            column: gc,
            row: info.row,
            value: stated,
            expected,
          }),
        );
      }
    }
    return out;
  },
};

/**
 * A header that names a fall (下降幅度, 降幅, 同比下降, 较上年减少(%)): its figure may be the size of the
 * fall, written without a sign (下降幅度 6.1 for −6.1%), or signed; either is read. Not a header that
 * names both ways (增减, 升降, 增(+)减(-)).
 */
function saysDecline(header: string): boolean {
  return /下降|降低|减少|降幅|减幅|下调/.test(header) && !/增|升|涨|提高/.test(header);
}

