import type { Finding } from "../../findings";
import { finding } from "../finding";
import type { CheckRule } from "../context";

/** cell-error: an Excel error value (#DIV/0!, #N/A, #REF!, …) in any cell of the table. */
export const cellError: CheckRule = {
  code: "cell-error",
  check(ctx) {
    const out: Finding[] = [];
    for (const { row, cell, column } of ctx.special) {
      if (!cell.raw.error) continue;
      out.push(finding("cell-error", ctx.msg.cellError({ value: cell.raw.error }), { cell, column, row, value: cell.raw.error }));
    }
    return out;
  },
};
