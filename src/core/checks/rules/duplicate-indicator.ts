import type { Finding } from "../../findings";
import { a1 } from "../../table/grid";
import { type CheckRule } from "../context";
import { finding } from "../finding";

/**
 * duplicate-indicator: the same indicator (after normalising spaces, numbering and full-width
 * forms) in two rows of one section (same category and same parent row). On the later row's
 * indicator cell. Linear: one map over the rows.
 */
const SUBTOTAL = /^(?:小计|合计|总计|共计|总合计)$/;

export const duplicateIndicator: CheckRule = {
  code: "duplicate-indicator",
  check(ctx) {
    const out: Finding[] = [];
    const indicatorCol = ctx.columns.get("indicator")?.[0];
    // section (category, parent row) → indicator key → first row; no key strings built per row.
    const sections = new Map<string, Map<number, Map<string, number>>>();
    // The last row's section: rows of one section mostly follow each other.
    let lastCategory: string | undefined;
    let lastParent = -1;
    let seen: Map<string, number> | undefined;
    for (const info of ctx.rows) {
      const row = info.row;
      // Each category has its 小计: a subtotal's name is no indicator to repeat.
      if (!row.indicatorKey || SUBTOTAL.test(row.indicatorKey)) continue;
      const category = row.category ?? "";
      const parent = row.parentRow ?? 0;
      if (seen === undefined || category !== lastCategory || parent !== lastParent) {
        let byParent = sections.get(category);
        if (!byParent) sections.set(category, (byParent = new Map()));
        seen = byParent.get(parent);
        if (!seen) byParent.set(parent, (seen = new Map()));
        lastCategory = category;
        lastParent = parent;
      }
      const first = seen.get(row.indicatorKey);
      if (first === undefined) {
        seen.set(row.indicatorKey, row.row);
        continue;
      }
      const cell = row.cells.indicator ?? (indicatorCol ? { address: a1(row.row - 1, indicatorCol.col), row: row.row } : undefined);
      out.push(finding("duplicate-indicator", ctx.msg.duplicateIndicator({ indicator: row.indicator, row: first }), { cell, column: indicatorCol, row, value: row.indicator }));
    }
    return out;
  },
};
