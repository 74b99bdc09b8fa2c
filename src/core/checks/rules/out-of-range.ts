import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { type CheckRule, fmt } from "../context";
import { finding } from "../finding";
import { rangeInBase, scaledIntoRange } from "./scale-suspect";

/**
 * out-of-range: the value lies outside the minimum or maximum the catalogue gives the indicator
 * (compared in base units, so 8.9万人 meets a range in 人). When a factor of 10⁴/10⁸ would bring
 * it inside, scale-suspect says so instead. A warning, on the value cell.
 */
export const outOfRange: CheckRule = {
  code: "out-of-range",
  check(ctx) {
    const out: Finding[] = [];
    const value = ctx.columns.get("value")?.[0];
    if (!value) return out;
    const values = ctx.figureColumn(value.col);
    if (!values) return out;
    for (let i = 0; i < ctx.rows.length; i++) {
      const info = ctx.rows[i];
      // Only an indicator with a catalogue range can be out of it.
      if (!values.has(i) || !info.spec || (info.spec.min === undefined && info.spec.max === undefined)) continue;
      const v = values.figure(i)!;
      const r = rangeInBase(info, v);
      if (!r) continue;
      const slack = v.half;
      const below = r.min !== undefined && v.base + slack < r.min;
      const above = r.max !== undefined && v.base - slack > r.max;
      if (!below && !above) continue;
      if (v.base > 0 && scaledIntoRange(ctx, info, v) !== null) continue;
      // A share outside 0–100% is percent-out-of-range's (an error); no second, weaker finding.
      if (info.kind === "share" && v.dimension === "rate" && (v.base < 0 || v.base > 100)) continue;
      const min = r.min !== undefined ? fmt(r.min / r.factor) : "−∞";
      const max = r.max !== undefined ? fmt(r.max / r.factor) : "∞";
      out.push(
        finding("out-of-range", ctx.msg.outOfRange({ value: fmt(v.base / r.factor, 4), min, max, unit: r.unit }), {
          cell: v.cell,
          column: value,
          row: info.row,
          value: cellText(v.cell.raw).trim(),
          expected: `${min}..${max}`,
        }),
      );
    }
    return out;
  },
};
