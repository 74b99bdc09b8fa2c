import type { Finding } from "../../findings";
import { findCategoryByKey, findIndicatorByKey } from "../../schema";
import { roleRawReader } from "../../table/rows";
import { type CheckRule } from "../context";
import { finding } from "../finding";

/**
 * unknown-indicator: a data row's indicator that the schema's catalogue does not know (info; only
 * with a catalogue). A name it knows in another unit (高龄津贴 in 万元, not its recipients) is known.
 */
export const unknownIndicator: CheckRule = {
  code: "unknown-indicator",
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.schema.indicators.length === 0) return out;
    const col = ctx.columns.get("indicator")?.[0];
    const indicatorRaw = roleRawReader("indicator", ctx.table.columns);
    for (const info of ctx.rows) {
      const row = info.row;
      if (info.spec || !row.indicatorKey || findIndicatorByKey(ctx.schema, row.indicatorKey) || !indicatorRaw(row) || findCategoryByKey(ctx.schema, row.indicatorKey)) continue;
      out.push(finding("unknown-indicator", ctx.msg.unknownIndicator({ indicator: row.indicator }), { cell: row.cells.indicator, column: col, row, value: row.indicator }));
    }
    return out;
  },
};
