import type { Finding } from "../../findings";
import type { GridCell } from "../../table/grid";
import { cellText } from "../../table/header";
import { type CheckRule, columnOfFigure, kindOf, nameOf, VALUE_ROLES } from "../context";
import { finding } from "../finding";

const AVERAGE = /均|平均|每|率|比|指数|标准/;

/**
 * The figure as the clerk typed it: a number format that rounds the fraction away (9318.4 in #,##0
 * shows 9,318) would hide what is reported, so the stored value is said then.
 */
function typed(raw: GridCell): string {
  const text = cellText(raw).trim();
  if (typeof raw.value !== "number" || Number.isInteger(raw.value)) return text;
  const shown = Number(text.replace(/,/g, ""));
  return Number.isFinite(shown) && Number.isInteger(shown) ? String(raw.value) : text;
}

/**
 * non-integer-count: a count of whole things in a base unit with a fraction (`14.3名`, `5.5户`);
 * `8.9万人` is fine (89,000 persons). Averages (户均, 人均) are not counts. A warning.
 */
export const nonIntegerCount: CheckRule = {
  code: "non-integer-count",
  check(ctx) {
    const out: Finding[] = [];
    const header = ctx.columnAt;
    // Column by column: a fraction is found from the numbers, its row looked at only then.
    for (const fc of ctx.figureColumns()) {
      // Growth and completion columns hold percentages.
      if (!VALUE_ROLES.has(header.get(fc.col)!.role)) continue;
      for (let i = 0; i < ctx.rows.length; i++) {
        if (!fc.has(i) || !fc.exact[i] || Math.abs(fc.base[i] - Math.round(fc.base[i])) < 1e-6) continue;
        const info = ctx.rows[i];
        const f = fc.figure(i)!;
        if (!f.exact || !f.unit || Math.abs(f.base - Math.round(f.base)) < 1e-6) continue;
        const d = f.unit.dimension;
        if (d !== "persons" && d !== "households" && d !== "count") continue;
        if (!f.unit.integral && !info.spec?.integer) continue;
        const col = header.get(columnOfFigure(f))!;
        const kind = kindOf(ctx, info, columnOfFigure(f));
        if (kind === "rate" || kind === "share" || kind === "standard") continue;
        if (!VALUE_ROLES.has(col.role) || AVERAGE.test(nameOf(ctx, info, columnOfFigure(f)))) continue;
        const value = typed(f.cell.raw);
        out.push(finding("non-integer-count", ctx.msg.nonIntegerCount({ value, unit: f.unitText ?? "" }), { cell: f.cell, column: col, row: info.row, value }));
      }
    }
    // Unmapped figure columns (本月 beside 本年累计): the same test against the row's unit.
    for (const { info, column, figure: f } of ctx.extraFigures) {
      if (!f.exact || !f.unit || Math.abs(f.base - Math.round(f.base)) < 1e-6) continue;
      const d = f.unit.dimension;
      if (d !== "persons" && d !== "households" && d !== "count") continue;
      if (!f.unit.integral && !info.spec?.integer) continue;
      if (info.kind === "rate" || info.kind === "share" || info.kind === "standard" || AVERAGE.test(info.row.indicatorKey) || AVERAGE.test(column.header)) continue;
      const value = typed(f.cell.raw);
      out.push(finding("non-integer-count", ctx.msg.nonIntegerCount({ value, unit: f.unitText ?? "" }), { cell: f.cell, column, row: info.row, value }));
    }
    return out;
  },
};
