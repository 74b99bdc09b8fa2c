import { finding } from "../finding";
import { allCells, type CheckRule } from "../context";

/** cell-error: an Excel error value (#DIV/0!, #N/A, #REF!, …) in any cell of the table. */
export const cellError: CheckRule = {
  code: "cell-error",
  check(ctx) {
    const out = [];
    const header = new Map(ctx.table.columns.map((c) => [c.col, c]));
    for (const row of ctx.table.rows) {
      if (row.kind === "blank") continue;
      for (const cell of allCells(row)) {
        if (!cell.raw.error) continue;
        out.push(finding("cell-error", ctx.msg.cellError({ value: cell.raw.error }), { cell, column: header.get(cell.col), row, value: cell.raw.error }));
      }
    }
    return out;
  },
};
