import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { comparable, distance, percentInterval } from "../arith";
import { addressOfFigure, type CheckRule, fmt } from "../context";
import { finding } from "../finding";
import { perPopulationFindings } from "../per-population";
import { rowAverageFindings } from "../row-averages";
import { rowRateFindings } from "../row-rates";

/**
 * completion-mismatch: the stated completion rate differs from value / target beyond the
 * rounding of the figures (intervals as for growth; floor: the schema's completionFloor).
 * Above 100% is over-fulfilment, not an error. Stands on the completion cell.
 * A completion said in words claims a rate too: `超额完成` more than 100%, `已完成`, `全面完成`,
 * `完成` at least 100% (within rounding). Said of 2150 against 5000 (43%), the words are wrong.
 */
const CLAIMS_OVER = /^超额完成(?:任务|目标)?$/;
const CLAIMS_DONE = /^(?:已|全面|全部|圆满)?完成(?:任务|目标|全年任务|全年目标)?$/;
export const completionMismatch: CheckRule = {
  code: "completion-mismatch",
  check(ctx) {
    // A rate beside its numerator and denominator (应参检数 | 实参检数 | 参检率(%)): the same sum, by row.
    const out: Finding[] = rowRateFindings(ctx);
    // A ratio per so many people beside its two figures (老年人(万人) | 床位(张) | 每千名老年人拥有床位(张)).
    for (const f of perPopulationFindings(ctx)) out.push(f);
    // An average beside its total and count (保障人数(人) | 发放资金(万元) | 人均补助(元/月)).
    for (const f of rowAverageFindings(ctx)) out.push(f);
    const value = ctx.columns.get("value")?.[0];
    const target = ctx.columns.get("target")?.[0];
    const completion = ctx.columns.get("completion")?.[0];
    if (!value || !target || !completion) return out;
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
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
    for (const { row, cell, column } of ctx.unreadable) {
      if (column !== completion) continue;
      const said = cellText(cell.raw).trim();
      if (!CLAIMS_OVER.test(said) && !CLAIMS_DONE.test(said)) continue;
      const info = ctx.byRow.get(row.row);
      const v = info?.figures.get(value.col);
      const t = info?.figures.get(target.col);
      if (!info || !v || !t || !v.exact || !t.exact || !comparable(v, t)) continue;
      const i = percentInterval(v, t, 0);
      if (!i) continue;
      const floor = ctx.schema.tolerances.completionFloor;
      // The most the figures allow, against 100% (超额完成 at exactly 100% is let pass: a word too many, no figure wrong).
      if (i.hi + floor >= 100) continue;
      const expected = fmt((v.base / t.base) * 100, 1);
      out.push(finding("completion-mismatch", ctx.msg.completionWordsMismatch({ expected, stated: said }), { cell, column, row, value: said, expected }));
    }
    return out;
  },
};
