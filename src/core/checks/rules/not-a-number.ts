import type { Finding } from "../../findings";
import { isPlaceholder } from "../../table/cells";
import { cellText } from "../../table/header";
import { finding } from "../finding";
import type { CheckRule } from "../context";

/**
 * not-a-number: a figure cell whose text cannot be read as a quantity (`待核实`, `见附件`).
 * Placeholders are empty-value's, a lone unit is unit-without-number's; a date in a row named
 * for a date (统计截止日期, 完成时间) is no figure gone wrong, nor is a target or completion stated
 * in words (全年完成, 已完成, 按计划推进).
 */
const DATE_ROW = /日期|时间|时限/;
/** What a clerk writes in the growth column where no growth exists. */
const NO_GROWTH = /^(?:新增|新设|新建|新开展|首次(?:统计|开展|纳入)?|不可比|无可比|无法比较|上年无|上年为0|不适用)$/;
const DATE = /^(?:19|20)\d{2}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?月?)$/;
export const notANumber: CheckRule = {
  code: "not-a-number",
  check(ctx) {
    const out: Finding[] = [];
    for (const { row, cell, column } of ctx.unreadable) {
      if (cell.quantity!.problems.includes("unit-without-number")) continue;
      const value = cellText(cell.raw).trim();
      if (isPlaceholder(value)) continue;
      // A date in the row of a date (统计截止日期 | 2024-06-30) is what that row holds.
      if (DATE_ROW.test(row.indicatorKey) && DATE.test(value)) continue;
      // A target or a completion stated in words (全年完成, 按计划推进, 已完成): no figure was meant.
      if ((column.role === "target" || column.role === "completion") && !/\d/.test(value)) continue;
      // A growth with nothing to grow from (新增, 首次统计, 不可比: the previous figure is 0 or none).
      if (column.role === "growth" && NO_GROWTH.test(value)) continue;
      out.push(finding("not-a-number", ctx.msg.notANumber({ value: value.length > 60 ? `${value.slice(0, 60)}…` : value }), { cell, column, row, value: value.slice(0, 200) }));
    }
    return out;
  },
};
