import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { type CheckRule, columnArrays, columnOfFigure, fmt, kindOf } from "../context";
import { finding } from "../finding";

/**
 * percent-out-of-range: a share, coverage or proportion (catalogue kind `share`, or a name such as
 * 覆盖率/占比/比例 in %, or in no unit at all) below 0% or above 100%, and a negative completion rate. A completion
 * rate above 100% is over-fulfilment, not this.
 */
export const percentOutOfRange: CheckRule = {
  code: "percent-out-of-range",
  check(ctx) {
    const out: Finding[] = [];
    const columns = columnArrays(ctx);
    const completion = ctx.columns.get("completion")?.[0];
    // Column by column: a percentage above 100 (with its rounding) or below 0 is found from the
    // numbers, its row looked at only then.
    for (const fc of ctx.figureColumns()) {
      // Neither a value-like column nor the completion column (a growth column): nothing below applies.
      if (!columns.valueLike[fc.col] && !(completion && fc.col === completion.col)) continue;
      for (let i = 0; i < ctx.rows.length; i++) {
        // (A figure of no unit at all counts too when its row is a share by name: 年检率 107.5 in a table with no unit column.)
        if (!fc.has(i) || !(fc.base[i] - fc.half[i] > 100 || fc.base[i] < 0)) continue;
        const dimension = fc.dimension(i);
        if (dimension !== "rate" && dimension !== null) continue;
        const info = ctx.rows[i];
        const f = fc.figure(i)!;
        const c = columnOfFigure(f);
        const col = columns.at[c]!;
        const valueLike = columns.valueLike[c];
        // Neither a value-like column nor the completion column: nothing below applies.
        if (!valueLike && !(completion && col.col === completion.col)) continue;
        const kind = kindOf(ctx, info, c);
        if (valueLike && kind === "share" && (f.dimension === "rate" || (f.dimension === null && f.unit === null))) {
          const pct = f.base;
          if (pct - f.half <= 100 && pct + f.half >= 0) continue;
          const value = cellText(f.cell.raw).trim();
          out.push(finding("percent-out-of-range", ctx.msg.percentOutOfRange({ value: fmt(pct, 4) }), { cell: f.cell, column: col, row: info.row, value, expected: "0..100" }));
        } else if (dimension === "rate" && ((valueLike && kind === "completion") || (completion && col.col === completion.col)) && f.base < 0) {
          const value = cellText(f.cell.raw).trim();
          out.push(finding("percent-out-of-range", ctx.msg.completionNegative({ value: fmt(f.base, 4) }), { cell: f.cell, column: col, row: info.row, value, expected: ">=0" }));
        }
      }
    }
    return out;
  },
};
