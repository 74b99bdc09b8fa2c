import { finding } from "../finding";
import { allCells, type CheckRule } from "../context";

/**
 * formula-without-result: a formula saved without its computed value (files written by scripts,
 * or saved with manual calculation). Its value is unknown, so it is reported, never guessed.
 */
export const formulaWithoutResult: CheckRule = {
  code: "formula-without-result",
  check(ctx) {
    const out = [];
    const header = new Map(ctx.table.columns.map((c) => [c.col, c]));
    for (const row of ctx.table.rows) {
      if (row.kind === "blank") continue;
      for (const cell of allCells(row)) {
        if (!cell.raw.formulaWithoutResult) continue;
        out.push(finding("formula-without-result", ctx.msg.formulaWithoutResult(), { cell, column: header.get(cell.col), row }));
      }
    }
    return out;
  },
};
