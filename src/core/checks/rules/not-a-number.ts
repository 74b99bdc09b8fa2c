import type { Finding } from "../../findings";
import { isPlaceholder } from "../../table/cells";
import { cellText } from "../../table/header";
import { finding } from "../finding";
import type { CheckRule } from "../context";

/**
 * not-a-number: a figure cell whose text cannot be read as a quantity (`待核实`, `见附件`).
 * Placeholders are empty-value's, a lone unit is unit-without-number's.
 */
export const notANumber: CheckRule = {
  code: "not-a-number",
  check(ctx) {
    const out: Finding[] = [];
    for (const { row, cell, column } of ctx.unreadable) {
      if (cell.quantity!.problems.includes("unit-without-number")) continue;
      const value = cellText(cell.raw).trim();
      if (isPlaceholder(value)) continue;
      out.push(finding("not-a-number", ctx.msg.notANumber({ value: value.length > 60 ? `${value.slice(0, 60)}…` : value }), { cell, column, row, value: value.slice(0, 200) }));
    }
    return out;
  },
};
