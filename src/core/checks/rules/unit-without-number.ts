import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { finding } from "../finding";
import type { CheckRule } from "../context";

/** unit-without-number: a figure cell holding a unit or scale and no number (`亿元`, `㎡`, `约亩`). */
export const unitWithoutNumber: CheckRule = {
  code: "unit-without-number",
  check(ctx) {
    const out: Finding[] = [];
    for (const { row, cell, column } of ctx.unreadable) {
      if (!cell.quantity?.problems.includes("unit-without-number")) continue;
      const value = cellText(cell.raw).trim();
      out.push(finding("unit-without-number", ctx.msg.unitWithoutNumber({ value }), { cell, column, row, value }));
    }
    return out;
  },
};
