import type { Finding } from "../../findings";
import { a1 } from "../../table/grid";
import { finding } from "../finding";
import type { CheckRule } from "../context";

/**
 * cell-error: an Excel error value (#DIV/0!, #N/A, #REF!, …) in any cell of the table: the cells
 * of its columns (ctx.special), and any other cell of a data row under the header (a column no
 * schema column names, the 同比(%) of a second group of indicators across the header; not a column
 * beyond the header's end, TableModel.headerEnd): ctx.errorCells.
 */
export const cellError: CheckRule = {
  code: "cell-error",
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const { row, cell, column } of ctx.special) {
      if (!cell.raw.error) continue;
      seen.add(cell.address);
      out.push(finding("cell-error", ctx.msg.cellError({ value: cell.raw.error }), { cell, column, row, value: cell.raw.error }));
    }
    for (const { row, col, raw } of ctx.errorCells) {
      if (ctx.table.headerEnd !== undefined && col > ctx.table.headerEnd) continue;
      const address = a1(row.row - 1, col);
      if (seen.has(address)) continue;
      out.push(finding("cell-error", ctx.msg.cellError({ value: raw.error! }), { cell: { address, row: row.row }, row, value: raw.error }));
    }
    return out;
  },
};
