import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { comparable, distance, percentInterval } from "../arith";
import { addressOfFigure, type CheckRule, fmt } from "../context";
import { finding } from "../finding";

/**
 * completion-mismatch: the stated completion rate differs from value / target beyond the
 * rounding of the figures (intervals as for growth; floor: the schema's completionFloor).
 * Above 100% is over-fulfilment, not an error. Stands on the completion cell.
 */
export const completionMismatch: CheckRule = {
  code: "completion-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    const value = ctx.columns.get("value")?.[0];
    const target = ctx.columns.get("target")?.[0];
    const completion = ctx.columns.get("completion")?.[0];
    if (!value || !target || !completion) return out;
    for (const info of ctx.rows) {
      const c = info.figures.get(completion.col);
      const v = info.figures.get(value.col);
      const t = info.figures.get(target.col);
      if (!c || !v || !t || !c.exact || !v.exact || !t.exact || (ctx.wrongColumn.size > 0 && ctx.wrongColumn.has(addressOfFigure(c))) || !comparable(v, t)) continue;
      const i = percentInterval(v, t, 0);
      if (!i) continue;
      if (distance(c.base, i) <= Math.max(c.half, ctx.schema.tolerances.completionFloor) + 1e-9) continue;
      const stated = cellText(c.cell.raw).trim().replace(/%$/, "");
      // 0.954 for 95.4%: the ratio written as a fraction in a cell not formatted as percent.
      const fraction = !c.q.unit && Math.abs(c.number) <= 5 && distance(c.base * 100, i) <= Math.max(c.half * 100, ctx.schema.tolerances.completionFloor) + 1e-9;
      const expected = fmt((v.base / t.base) * 100, fraction ? Math.max(1, c.q.decimals - 2) : Math.max(1, c.q.decimals));
      const message = fraction ? ctx.msg.completionAsFraction({ expected, stated: fmt(c.number, c.q.decimals) }) : ctx.msg.completionMismatch({ expected, stated: fmt(c.number, c.q.decimals) });
      out.push(finding("completion-mismatch", message, { cell: c.cell, column: completion, row: info.row, value: stated, expected }));
    }
    return out;
  },
};
