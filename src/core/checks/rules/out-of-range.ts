import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { type CheckRule, fmt } from "../context";
import { finding } from "../finding";
import { rangeInBase, scaledIntoRange } from "./scale-suspect";

/** A unit without its scale word: 万张 → 张, 万人 → 人. */
function unscaled(unit: string): string {
  return unit.replace(/^[万亿千百]/, "");
}

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
    // 床位数(张) merged over 2025年末 | 2024年末 | 增长(%), or 护理型床位 over 床位数(张) | 占比(%), its rows
    // 养老机构, 社区养老服务设施: a group header names what the figures count and in what; the catalogue's
    // range of a row counted in another unit (养老机构, in 家) is another measure's.
    const groupUnit = value.headerUnit && value.header.includes(" / ") ? value.headerUnit : undefined;
    for (let i = 0; i < ctx.rows.length; i++) {
      const info = ctx.rows[i];
      // Only an indicator with a catalogue range can be out of it.
      if (!values.has(i) || !info.spec || (info.spec.min === undefined && info.spec.max === undefined)) continue;
      if (groupUnit && unscaled(groupUnit) !== unscaled(info.spec.unit)) continue;
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
