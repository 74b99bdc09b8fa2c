import type { Finding } from "../../findings";
import { findCategoryByKey, findIndicatorByKey } from "../../schema";
import { isBlank } from "../../table/cells";
import { a1 } from "../../table/grid";
import { isPlaceHeader } from "../../table/header";
import { isPeriodLabel, isPeriodSpan } from "../../table/period";
import { GridRow, roleRawReader } from "../../table/rows";
import { type CheckRule } from "../context";
import { finding } from "../finding";

/**
 * unknown-indicator: a data row's indicator that the schema's catalogue does not know (info; only
 * with a catalogue). A name it knows in another unit (高龄津贴 in 万元, not its recipients) is known.
 * A row named by a period (1月, 第二季度, 上半年) in a table told period by period names no indicator.
 */
export const unknownIndicator: CheckRule = {
  code: "unknown-indicator",
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.schema.indicators.length === 0) return out;
    const col = ctx.columns.get("indicator")?.[0];
    // 街道 | 社区综合服务设施覆盖率 | …: the rows are places (城关街道, 全区平均), each row of the
    // same indicators the columns name; a place is no indicator the catalogue could know.
    if (col && ctx.columns.get("indicator")!.length === 1 && isPlaceHeader(col.header)) return out;
    const indicatorRaw = roleRawReader("indicator", ctx.table.columns);
    const cols = ctx.table.columns.filter((c) => c.role === "indicator").map((c) => c.col);
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const row = info.row;
      if (info.spec || !row.indicatorKey || findIndicatorByKey(ctx.schema, row.indicatorKey) || !indicatorRaw(row) || findCategoryByKey(ctx.schema, row.indicatorKey)) continue;
      if (isPeriodLabel(row.indicatorKey) || isPeriodSpan(row.indicatorKey)) continue;
      // The name's cell, read from the grid: a row's cells are not made for every unknown name
      // (a 100,000-row sheet of names the catalogue lacks made them all).
      let cell: { address: string; row: number } | undefined = undefined;
      if (row instanceof GridRow) {
        for (const c of cols) {
          const raw = row.rawAt(c);
          if (raw && !isBlank(raw)) {
            cell = { address: a1(row.row - 1, c), row: row.row };
            break;
          }
        }
      }
      out.push(finding("unknown-indicator", ctx.msg.unknownIndicator({ indicator: row.indicator }), { cell: cell ?? row.cells.indicator, column: col, row, value: row.indicator }));
    }
    return out;
  },
};
