import type { Finding } from "../../findings";
import { a1 } from "../../table/grid";
import { departmentsOf } from "../../table/rows";
import type { TableRow } from "../../table/types";
import { type CheckRule } from "../context";
import { finding } from "../finding";

/**
 * duplicate-indicator: the same indicator (after normalising spaces, numbering and full-width
 * forms) in two rows of one section (same category and same parent row). On the later row's
 * indicator cell. Linear: one map over the rows.
 * A 处室 column before the indicators groups them (`社会救助处 | 1 | 低保对象`, written on each
 * department's first row only): each department is a section of its own, so the same task under
 * two departments (开展业务培训) is no duplicate. A 责任处室 column after the figures only says who
 * answers for a row, and leaves the sections as they are.
 */
const SUBTOTAL = /^(?:小计|合计|总计|共计|总合计)$/;

export const duplicateIndicator: CheckRule = {
  code: "duplicate-indicator",
  check(ctx) {
    const out: Finding[] = [];
    const indicatorCol = ctx.columns.get("indicator")?.[0];
    // indicator key → the first row with it, or the first row of each section (category, parent
    // row) it appears in: one look-up per row in one map (a map per section cost a look-up more
    // per row wherever sections alternate).
    const firsts = new Map<string, TableRow | TableRow[]>();
    const departmentOf = departmentsOf(ctx.table);
    for (const info of ctx.rows) {
      const row = info.row;
      const key = row.indicatorKey;
      // Each category has its 小计: a subtotal's name is no indicator to repeat.
      if (!key || (key.length <= 3 && SUBTOTAL.test(key))) continue;
      const seen = firsts.get(key);
      if (seen === undefined) {
        firsts.set(key, row);
        continue;
      }
      const category = row.category ?? "";
      const parent = row.parentRow ?? 0;
      const list = Array.isArray(seen) ? seen : [seen];
      const first = list.find((r) => (r.category ?? "") === category && (r.parentRow ?? 0) === parent && departmentOf.get(r.row) === departmentOf.get(row.row));
      if (!first) {
        list.push(row);
        if (list !== seen) firsts.set(key, list);
        continue;
      }
      const cell = row.cells.indicator ?? (indicatorCol ? { address: a1(row.row - 1, indicatorCol.col), row: row.row } : undefined);
      out.push(finding("duplicate-indicator", ctx.msg.duplicateIndicator({ indicator: row.indicator, row: first.row }), { cell, column: indicatorCol, row, value: row.indicator }));
    }
    return out;
  },
};
