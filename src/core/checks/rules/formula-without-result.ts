import type { Finding } from "../../findings";
import { finding } from "../finding";
import type { CheckRule } from "../context";

/**
 * formula-without-result: a formula saved without its computed value (files written by scripts,
 * or saved with manual calculation). Its value is unknown, so it is reported, never guessed.
 */
export const formulaWithoutResult: CheckRule = {
  code: "formula-without-result",
  check(ctx) {
    const out: Finding[] = [];
    for (const { row, cell, column } of ctx.special) {
      if (!cell.raw.formulaWithoutResult) continue;
      out.push(finding("formula-without-result", ctx.msg.formulaWithoutResult(), { cell, column, row }));
    }
    return out;
  },
};
