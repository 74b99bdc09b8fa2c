import type { Finding } from "../../findings";
import { a1 } from "../../table/grid";
import { forEachOwner, numberingRank } from "../../table/hierarchy";
import { departmentsOf } from "../../table/rows";
import { type CheckRule, type RowInfo } from "../context";
import { finding } from "../finding";
import type { Scratch } from "../scratch";

/**
 * duplicate-indicator: the same indicator (after normalising spaces, numbering and full-width
 * forms) in two rows of one section (same category, same department, same owner). On the later
 * row's indicator cell. Linear: hash tables over the rows.
 * A row's owner is its parent row, or for an unnumbered row the numbered row above it
 * (forEachOwner): `1 | 低保对象 | 城市 | 农村 | 2 | 特困人员 | 城市 | 农村` names 城市 twice, two
 * indicators (城市低保对象, 城市特困人员), and the same under 其中 or (1) numbering.
 * A 处室 column before the indicators groups them (`社会救助处 | 1 | 低保对象`, written on each
 * department's first row only): each department is a section of its own, so the same task under
 * two departments (开展业务培训) is no duplicate. A 责任处室 column after the figures only says who
 * answers for a row, and leaves the sections as they are.
 */
const SUBTOTAL = /^(?:小计|合计|总计|共计|总合计)$/;

/**
 * For each row i, the index of the first row whose key (keyOf) is equal with equal tags, -1 when
 * it is the first or its key is "" (never matched). An open-addressing hash table in an
 * Int32Array; the tags (section ids, owner rows) are hashed with the key, so no key string is
 * ever made per row, and its arrays are lent by the check (ctx.scratch).
 * Hand-written for issue 3's 100,000-row check: a Map over every row's key cost more than the
 * rest of the rule (a map that size misses the cache on every look-up and grows by copying), and
 * fresh arrays of that size cost more in page faults than the hashing.
 */
function firstOfSame(n: number, keyOf: (i: number) => string, scratch: Scratch, tags: readonly Int32Array[] = []): Int32Array {
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const slots = scratch.int32(size).fill(-1);
  // Each slot's hash beside it: a probe reads another key only when the hashes agree.
  const hashes = scratch.int32(size);
  const first = scratch.int32(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    if (!key) continue;
    // FNV-1a over the UTF-16 code units, then the tags.
    let h = 0x811c9dc5;
    for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    for (let t = 0; t < tags.length; t++) h = Math.imul(h ^ tags[t][i], 0x01000193);
    let s = h & mask;
    while (slots[s] >= 0 && (hashes[s] !== h || !sameAt(key, keyOf(slots[s]), tags, slots[s], i))) s = (s + 1) & mask;
    if (slots[s] >= 0) first[i] = slots[s];
    else {
      slots[s] = i;
      hashes[s] = h;
    }
  }
  return first;
}

/** Keys of rows a and b equal, and their tags. (A function of its own, no closure: the loop above runs once a row.) */
function sameAt(keyB: string, keyA: string, tags: readonly Int32Array[], a: number, b: number): boolean {
  if (keyA !== keyB) return false;
  for (let t = 0; t < tags.length; t++) if (tags[t][a] !== tags[t][b]) return false;
  return true;
}

/** An id for each row's text (a category, a department), equal texts equal ids: one Map per table. */
function idsOf(n: number, textOf: (i: number) => string, scratch: Scratch): Int32Array {
  const ids = scratch.int32(n);
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const text = textOf(i);
    if (!text) continue;
    let id = seen.get(text);
    if (id === undefined) seen.set(text, (id = seen.size + 1));
    ids[i] = id;
  }
  return ids;
}

/** Every figure of both rows the same cell by cell, two at least, one of them not zero. */
function sameFigures(a: RowInfo, b: RowInfo): boolean {
  const fa = a.figures.values();
  const fb = b.figures.values();
  if (fa.length < 2 || fa.length !== fb.length || !fa.some((f) => f.number !== 0)) return false;
  return fa.every((f) => {
    const g = b.figures.get(f.cell.col);
    return !!g && g.number === f.number && g.exact === f.exact;
  });
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
  return sameFigures(later, first);
}

export const duplicateIndicator: CheckRule = {
  code: "duplicate-indicator",
  check(ctx) {
    const out: Finding[] = [];
    const indicatorCol = ctx.columns.get("indicator")?.[0];
    const rows = ctx.rows;
    // Each category has its 小计: a subtotal's name is no indicator to repeat.
    const keyOf = (i: number): string => {
      const key = rows[i].row.indicatorKey;
      return !key || (key.length <= 3 && SUBTOTAL.test(key)) ? "" : key;
    };
    const firstOf = firstOfSame(rows.length, keyOf, ctx.scratch);
    // Most tables name no indicator twice: nothing more to read.
    if (!firstOf.some((f) => f >= 0)) return out;
    // Only the rows of a repeated name take part from here.
    const repeated = new Array<string>(rows.length).fill("");
    for (let i = 0; i < rows.length; i++) {
      const f = firstOf[i];
      if (f >= 0) repeated[i] = repeated[f] = keyOf(i);
    }
    const repeatedKey = (i: number): string => repeated[i];
    // The section of each repeated row: its category, its department and its owner (forEachOwner).
    const departmentOf = departmentsOf(ctx.table);
    const category = idsOf(rows.length, (i) => (repeated[i] ? (rows[i].row.category ?? "") : ""), ctx.scratch);
    const department = idsOf(rows.length, (i) => (repeated[i] ? (departmentOf.get(rows[i].row.row) ?? "") : ""), ctx.scratch);
    const owner = ctx.scratch.int32(rows.length);
    const parent = ctx.scratch.int32(rows.length);
    let j = 0;
    forEachOwner(ctx.table.rows, (row, o) => {
      // (ctx.rows are the table's data rows in order, less the few no rule reads: percent rows.)
      if (j < rows.length && rows[j].row === row) owner[j++] = o;
    });
    for (let i = 0; i < rows.length; i++) parent[i] = rows[i].row.parentRow ?? 0;
    const firstInSection = firstOfSame(rows.length, repeatedKey, ctx.scratch, [category, department, owner]);
    // The same as the outline alone places it (its parent row, not the numbered row above it).
    const firstUnderParent = firstOfSame(rows.length, repeatedKey, ctx.scratch, [category, department, parent]);
    for (let i = 0; i < rows.length; i++) {
      const f = firstOf[i];
      if (f < 0) continue;
      const row = rows[i].row;
      const sameSection = category[i] === category[f] && department[i] === department[f];
      let first = firstInSection[i];
      // A numbered row copied onto the next row without its number.
      if (first < 0 && row.row === rows[f].row.row + 1 && sameSection && unnumberedCopy(rows[i], rows[f])) first = f;
      // A row copied under the next numbered row, figures and all: one row twice, whatever its owner.
      const p = firstUnderParent[i];
      if (first < 0 && p >= 0 && owner[p] !== owner[i] && sameFigures(rows[i], rows[p])) first = p;
      if (first < 0) continue;
      const cell = row.cells.indicator ?? (indicatorCol ? { address: a1(row.row - 1, indicatorCol.col), row: row.row } : undefined);
      out.push(finding("duplicate-indicator", ctx.msg.duplicateIndicator({ indicator: row.indicator, row: rows[first].row.row }), { cell, column: indicatorCol, row, value: row.indicator }));
    }
    return out;
  },
};
