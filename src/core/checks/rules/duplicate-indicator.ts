import type { Finding } from "../../findings";
import { a1 } from "../../table/grid";
import { numberingRank } from "../../table/hierarchy";
import { departmentsOf } from "../../table/rows";
import type { TableRow } from "../../table/types";
import { type CheckRule, type RowInfo } from "../context";
import { finding } from "../finding";

/**
 * duplicate-indicator: the same indicator (after normalising spaces, numbering and full-width
 * forms) in two rows of one section (same category and same parent row). On the later row's
 * indicator cell. Linear: one hash table over the rows.
 * A 处室 column before the indicators groups them (`社会救助处 | 1 | 低保对象`, written on each
 * department's first row only): each department is a section of its own, so the same task under
 * two departments (开展业务培训) is no duplicate. A 责任处室 column after the figures only says who
 * answers for a row, and leaves the sections as they are.
 */
const SUBTOTAL = /^(?:小计|合计|总计|共计|总合计)$/;

/**
 * For each key, the index of the first key equal to it ("" for none: never matched), -1 when it
 * is the first. An open-addressing hash table in an Int32Array.
 * Hand-written for issue 3's 100,000-row check: a Map over every row's key cost more than the
 * rest of the rule (a map that size misses the cache on every look-up and grows by copying).
 */
function firstOfSame(keys: readonly string[]): Int32Array {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  // Each slot's hash beside it: a probe reads another key only when the hashes agree.
  const hashes = new Int32Array(size);
  const first = new Int32Array(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!key) continue;
    // FNV-1a over the UTF-16 code units.
    let h = 0x811c9dc5;
    for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    let s = h & mask;
    while (slots[s] >= 0 && (hashes[s] !== h || keys[slots[s]] !== key)) s = (s + 1) & mask;
    if (slots[s] >= 0) first[i] = slots[s];
    else {
      slots[s] = i;
      hashes[s] = h;
    }
  }
  return first;
}

/**
 * A row copied without its number (`6 | 死亡人数 | 7125 | 6980` then ` | 死亡人数 | 7125 | 6980`): the
 * unnumbered copy sits in the section with no parent row, so its section differs from the
 * numbered row's. The copy has no number and no parent, follows the numbered row (an outline
 * number, not 其中) on the sheet's next row, and every figure of both rows is the same cell by cell, two
 * at least, one of them not zero. (其中:35岁以下 then 按年龄段分: | 35岁以下 says one figure twice on
 * purpose; a breakdown written again under another row holds figures of its own.)
 */
function unnumberedCopy(later: RowInfo, first: RowInfo): boolean {
  if (later.row.numbering || later.row.parentRow !== undefined || typeof numberingRank(first.row.numbering) !== "number") return false;
  const a = later.figures.values();
  const b = first.figures.values();
  if (a.length < 2 || a.length !== b.length || !a.some((f) => f.number !== 0)) return false;
  return a.every((f) => {
    const g = first.figures.get(f.cell.col);
    return !!g && g.number === f.number && g.exact === f.exact;
  });
}

export const duplicateIndicator: CheckRule = {
  code: "duplicate-indicator",
  check(ctx) {
    const out: Finding[] = [];
    const indicatorCol = ctx.columns.get("indicator")?.[0];
    const rows = ctx.rows;
    // Each category has its 小计: a subtotal's name is no indicator to repeat.
    const keys: string[] = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const key = rows[i].row.indicatorKey;
      keys[i] = !key || (key.length <= 3 && SUBTOTAL.test(key)) ? "" : key;
    }
    const firstOf = firstOfSame(keys);
    // A repeated key's first row → the first row of each section (category, parent row) the key
    // appears in.
    const sections = new Map<number, TableRow[]>();
    const departmentOf = departmentsOf(ctx.table);
    for (let i = 0; i < keys.length; i++) {
      const f = firstOf[i];
      if (f < 0) continue;
      const row = rows[i].row;
      const category = row.category ?? "";
      const parent = row.parentRow ?? 0;
      let list = sections.get(f);
      if (!list) sections.set(f, (list = [rows[f].row]));
      const inSection = (r: TableRow) => (r.category ?? "") === category && departmentOf.get(r.row) === departmentOf.get(row.row);
      const first = list.find((r) => inSection(r) && (r.parentRow ?? 0) === parent) ?? (rows[i].row.row === rows[f].row.row + 1 && inSection(rows[f].row) && unnumberedCopy(rows[i], rows[f]) ? rows[f].row : undefined);
      if (!first) {
        list.push(row);
        continue;
      }
      const cell = row.cells.indicator ?? (indicatorCol ? { address: a1(row.row - 1, indicatorCol.col), row: row.row } : undefined);
      out.push(finding("duplicate-indicator", ctx.msg.duplicateIndicator({ indicator: row.indicator, row: first.row }), { cell, column: indicatorCol, row, value: row.indicator }));
    }
    return out;
  },
};
