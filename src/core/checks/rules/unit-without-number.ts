import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { finding } from "../finding";
import { allCells, type CheckRule, PERCENT_ROLES, VALUE_ROLES } from "../context";

/** unit-without-number: a figure cell holding a unit or scale and no number (`亿元`, `㎡`, `约亩`). */
export const unitWithoutNumber: CheckRule = {
  code: "unit-without-number",
  check(ctx) {
    const out: Finding[] = [];
    const header = new Map(ctx.table.columns.map((c) => [c.col, c]));
    for (const info of ctx.rows) {
      for (const cell of allCells(info.row)) {
        const col = header.get(cell.col);
        if (!col || (!VALUE_ROLES.has(col.role) && !PERCENT_ROLES.has(col.role))) continue;
        if (!cell.quantity?.problems.includes("unit-without-number")) continue;
        const value = cellText(cell.raw).trim();
        out.push(finding("unit-without-number", ctx.msg.unitWithoutNumber({ value }), { cell, column: col, row: info.row, value }));
      }
    }
    return out;
  },
};
