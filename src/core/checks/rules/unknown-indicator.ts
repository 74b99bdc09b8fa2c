import type { Finding } from "../../findings";
import { findCategoryByKey } from "../../schema";
import { type CheckRule } from "../context";
import { finding } from "../finding";

/** unknown-indicator: a data row's indicator that the schema's catalogue does not know (info; only with a catalogue). */
export const unknownIndicator: CheckRule = {
  code: "unknown-indicator",
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.schema.indicators.length === 0) return out;
    const col = ctx.columns.get("indicator")?.[0];
    for (const info of ctx.rows) {
      const row = info.row;
      if (info.spec || !row.indicatorKey || !row.cells.indicator || findCategoryByKey(ctx.schema, row.indicatorKey)) continue;
      out.push(finding("unknown-indicator", ctx.msg.unknownIndicator({ indicator: row.indicator }), { cell: row.cells.indicator, column: col, row, value: row.indicator }));
    }
    return out;
  },
};
