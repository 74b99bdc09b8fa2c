import { labelsExclude } from "../parts";
import type { TableRow } from "./types";

/**
 * The outline of the rows from their numbering: 一、 > (一) > 1. > (1) > A. Numbered rows are
 * parts of the nearest row above with an outer numbering (partKind "numbered": they must add up
 * to it); `其中` and `#` rows are parts of the nearest row above that is not itself a 其中 row
 * (partKind "of-which": they must not exceed it). One pass with a stack: linear in rows.
 */

const RANKS: readonly [RegExp, number][] = [
  [/^第[一二三四五六七八九十百\d]+[部分项类章节条]/, 0],
  [/^[〇零一二三四五六七八九十百]+[、.,]/, 1],
  [/^\([〇零一二三四五六七八九十百]+\)|^[〇零一二三四五六七八九十百]+\)/, 2],
  [/^\d{1,3}(?:[、)]|\.(?!\d))/, 3],
  [/^\(\d{1,3}\)/, 4],
  [/^[a-z][、.)]|^\([a-z]\)/, 5],
];

/** The outline rank of a numbering (smaller = outer), "of-which" for 其中/#, or null. */
export function numberingRank(numbering: string | undefined): number | "of-which" | null {
  if (!numbering) return null;
  if (/^(?:其中|[#*▲△●○■□◆◇·•])/.test(numbering)) return "of-which";
  // A form's code (A01 > A0101 > A010101): deeper the longer it is.
  if (/^[A-Z]?\d{2,8}$/.test(numbering)) return 10 + numbering.length;
  // 1-1, 1.1 (a serial of two or more levels): inside 1., one level deeper for each.
  const levels = /^\d{1,3}((?:[-.]\d{1,3})+)$/.exec(numbering);
  if (levels) return 3 + 0.5 * (levels[1].match(/[-.]/g) ?? []).length;
  for (const [re, rank] of RANKS) if (re.test(numbering)) return rank;
  return null;
}

/**
 * A row that announces a breakdown of the row above it, with no figure of its own: 按年龄段分:,
 * 其中按供养方式分, 分性别统计. The rows under it (read as going on with it: indented deeper than
 * the total) are parts of that row, a list of their own. Anchored, bounded.
 */
export const BREAKDOWN_LABEL = /^(?:其中[::,,]?)?(?:按.{1,10}(?:分|划分|分类|分组|统计)|分.{1,8}(?:看|统计))[::]?$/;

export function buildHierarchy(rows: TableRow[]): void {
  const stack: { rank: number; row: TableRow }[] = [];
  let lastPlain: TableRow | undefined; // last row that can own 其中 parts
  let group: number | undefined; // the 其中 list being read
  let continued = false; // whether a bare line has continued it
  let lastPart: TableRow | undefined; // the list's last line
  // (Indexed: this loop runs once a table, much of it before V8 optimises it, and for-of there
  // made an iterator result per row: 4-8 MB of garbage per 100,000 rows.)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === "header") {
      // A second table under a repeated header: no row of the first is a parent of its rows.
      stack.length = 0;
      lastPlain = undefined;
      continue;
    }
    if (row.kind === "blank" || row.kind === "column-codes" || row.kind === "footer") continue;
    // 特困人员 | 按年龄段分: | (bands): the label leaves the total the owner of the parts under it, a new list.
    if (row.kind === "section" && lastPlain?.kind === "data" && BREAKDOWN_LABEL.test(row.indicatorKey)) {
      row.level = lastPlain.level + 1;
      group = undefined;
      continued = false;
      continue;
    }
    const rank = row.continues ? "of-which" : numberingRank(row.numbering);
    if (rank === "of-which") {
      if (lastPlain && lastPlain.kind === "data") {
        row.parentRow = lastPlain.row;
        row.partKind = "of-which";
        row.level = lastPlain.level + 1;
        // A bare line goes on with the list above it (其中:男 | 女). A line that writes 其中 (#) again
        // names a subset of its own: 其中:35岁以下 | 其中:大专及以上学历 overlap, and each is only
        // within the total, not added to the others. Unless its label excludes the one before it
        // (#城市 | #农村, 其中:社会团体 | 其中:基金会): parts that cannot overlap are one list. After a
        // list continued by bare lines (其中:集中 | 分散) a 其中 line always opens another (其中:男 | 女).
        // (sum-mismatch.ts joins lists again where another column shows them adding up to the total.)
        const joins = group !== undefined && (row.continues || (!continued && lastPart !== undefined && labelsExclude(lastPart.indicatorKey, row.indicatorKey)));
        if (!joins) {
          group = row.row;
          continued = false;
        }
        if (row.continues) continued = true;
        row.partGroup = group;
        lastPart = row;
      } else row.level = lastPlain ? lastPlain.level + 1 : 0;
      continue;
    }
    group = undefined;
    if (rank === null) {
      // An unnumbered row sits under the innermost open section, and is nobody's numbered part.
      let sec: TableRow | undefined;
      for (let i = stack.length - 1; i >= 0; i--)
        if (stack[i].row.kind === "section") {
          sec = stack[i].row;
          break;
        }
      row.level = sec ? sec.level + 1 : 0;
      if (row.kind === "section") stack.length = 0;
      lastPlain = row;
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = stack[stack.length - 1]?.row;
    if (parent) {
      row.parentRow = parent.row;
      row.level = parent.level + 1;
      if (parent.kind === "data") row.partKind = "numbered";
    }
    stack.push({ rank, row });
    lastPlain = row;
  }
}

/**
 * Who owns each data row, to tell rows of one name apart (duplicate-indicator, the narrative's
 * repeats): the parent the outline gave it; else, for an unnumbered row, the last outline-numbered
 * data row above it in its section and category (`1 | 低保对象` then ` | 城市` ` | 农村`, `2 | 特困人员`
 * then ` | 城市` ` | 农村`: the second 城市 is 特困人员's, another indicator than 低保对象's); else 0, the
 * top level. Such an owner is no parent: unnumbered rows need not add up to it, so the outline
 * (parentRow) is left as it is. A row named as the numbered row above it is none of its parts but
 * the same row again (a copy without its number): it stays at the top level. An unnumbered row
 * with no numbered data row above it, in a section numbered inside another (`一、城市 | 1 低保对象
 * | 城市`... `二、农村 | 1 低保对象 | 城市`), is that section's, as its numbered rows are: the two
 * 低保对象 sections share a name (the rows' category) but not their outer section.
 * `visit` is called on every data row, in order. One pass, nothing allocated per row.
 */
export function forEachOwner(rows: readonly TableRow[], visit: (row: TableRow, owner: number) => void): void {
  let last: TableRow | undefined; // the last outline-numbered data row of the section being read
  let nested: TableRow | undefined; // the section being read, when it is numbered inside another (一、城市 | 1 低保对象)
  // The names of the section's numbered rows at its top level (made at the first such row).
  let topNames: Set<string> | undefined;
  // (Indexed, as buildHierarchy's loop.)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A new table, or a new section (not a 按年龄段分: label, which leaves its total's rows going on).
    if (row.kind === "header" || (row.kind === "section" && !BREAKDOWN_LABEL.test(row.indicatorKey))) {
      last = undefined;
      topNames = undefined;
      nested = row.kind === "section" && row.parentRow !== undefined ? row : undefined;
    }
    if (row.kind !== "data") continue;
    if (last !== undefined && last.category !== row.category) last = undefined;
    const parent = row.parentRow;
    if (row.numbering && typeof numberingRank(row.numbering) === "number") {
      last = row;
      if (parent === undefined) (topNames ??= new Set()).add(row.indicatorKey);
      visit(row, parent ?? 0);
    } else if (parent !== undefined) visit(row, parent);
    else if (last === undefined) visit(row, nested?.row ?? 0);
    // A sub-row is named by a qualifier of its owner (城市, 农村), never by a numbered indicator of the
    // section (`4 | 临时救助`, then a bare `临时救助` under `5 | 困难群众救助资金发放`): such a row is that
    // indicator again, at the top level.
    else visit(row, last.indicatorKey === row.indicatorKey || topNames?.has(row.indicatorKey) ? 0 : last.row);
  }
}
