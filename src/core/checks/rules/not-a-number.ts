import type { Finding } from "../../findings";
import { isPlaceholder } from "../../table/cells";
import { cellText } from "../../table/header";
import { finding } from "../finding";
import { allCells, type CheckRule, PERCENT_ROLES, VALUE_ROLES } from "../context";

/**
 * not-a-number: a figure cell whose text cannot be read as a quantity (`待核实`, `见附件`).
 * Placeholders are empty-value's, a lone unit is unit-without-number's.
 */
export const notANumber: CheckRule = {
  code: "not-a-number",
  check(ctx) {
    const out: Finding[] = [];
    const header = new Map(ctx.table.columns.map((c) => [c.col, c]));
    for (const info of ctx.rows) {
      for (const cell of allCells(info.row)) {
        const col = header.get(cell.col);
        if (!col || (!VALUE_ROLES.has(col.role) && !PERCENT_ROLES.has(col.role))) continue;
        const q = cell.quantity;
        if (!q || q.number !== null || q.problems.includes("unit-without-number")) continue;
        const value = cellText(cell.raw).trim();
        if (isPlaceholder(value)) continue;
        out.push(finding("not-a-number", ctx.msg.notANumber({ value: value.length > 60 ? `${value.slice(0, 60)}…` : value }), { cell, column: col, row: info.row, value: value.slice(0, 200) }));
      }
    }
    return out;
  },
};
