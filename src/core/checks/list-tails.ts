import { labelsExclude } from "../parts";
import type { TableRow } from "../table/types";
import { comparable } from "./arith";
import type { RowInfo } from "./context";

/**
 * Bare lines after a 其中 list: `一、企业捐赠 | 其中:民营企业 | 国有企业 | 二、个人捐赠`. The outline
 * (hierarchy.ts) reads 国有企业 as a row of its own, a part of the 合计 beside 一、 and 二、; a reader
 * takes it for the 其中 list's second line (a sibling of 民营企业 under 企业捐赠), written without
 * 其中 again. Neither its numbering nor its indent tells; its figures do: the 合计 adds up with it
 * counted once, inside 企业捐赠, not twice. Read here for the sums of named totals (sum-mismatch.ts).
 */

/** The bare lines after one 其中 list, up to the next numbered row, section, total or 其中 line. */
export interface ListTail {
  /** The row the 其中 list belongs to (企业捐赠). */
  owner: RowInfo;
  /** The list's lines written with 其中 (or going on with it by indent or label), its last group. */
  list: RowInfo[];
  /** The bare lines after them, in order: a first run of them may go on with the list. */
  lines: RowInfo[];
}

/** Whether a row is a bare line: a data row with no numbering, outside any list, not a total. */
function bare(row: TableRow, isTotal: (key: string) => boolean): boolean {
  return row.kind === "data" && !row.numbering && row.partKind === undefined && !row.continues && !isTotal(row.indicatorKey);
}

/**
 * The tails of the table's 其中 lists, one pass over the rows. A bare line whose label answers its
 * list's owner (城市低保对象 after 农村低保对象's 其中:男) or that owns a 其中 list of its own is a row
 * of its own: the tail ends before it. `byRow` looks a row up by sheet row only where a list is
 * open (a table without 其中 lines never makes the context's map of rows).
 */
export function listTails(rows: readonly TableRow[], byRow: (sheetRow: number) => RowInfo | undefined, isTotal: (key: string) => boolean): ListTail[] {
  const out: ListTail[] = [];
  let open: ListTail | undefined;
  const close = () => {
    if (open && open.lines.length > 0) out.push(open);
    open = undefined;
  };
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    if (row.kind === "blank") continue;
    if (row.kind === "data" && row.partKind === "of-which" && row.parentRow !== undefined) {
      // A 其中 line under a tail line: that line owns a list, it is no line of the one before.
      if (open) {
        const at = open.lines.findIndex((l) => l.row.row === row.parentRow);
        if (at >= 0) open.lines.length = at;
      }
      const owner = byRow(row.parentRow);
      const info = byRow(row.row);
      if (open && open.lines.length === 0 && open.owner === owner && info) {
        // The same list going on (or another group of it: only the last one is continued).
        if (open.list.length > 0 && open.list[open.list.length - 1].row.partGroup !== row.partGroup) open.list = [];
        open.list.push(info);
        continue;
      }
      close();
      if (owner && info) open = { owner, list: [info], lines: [] };
      continue;
    }
    const info = open && bare(row, isTotal) ? byRow(row.row) : undefined;
    if (open && info && !labelsExclude(open.owner.row.indicatorKey, row.indicatorKey)) open.lines.push(info);
    else close();
  }
  close();
  return out;
}

/**
 * How many of a tail's lines, from the first, stay within the list's owner in a column with the
 * list's lines (民营企业 300 and 国有企业 100 within 企业捐赠 400; 个人捐赠 200 more would exceed it):
 * what the lines may be read as, the list going on. 0 where a figure is missing or of another kind.
 */
function linesWithin(tail: ListTail, col: number, count: number): number {
  const o = tail.owner.figures.get(col);
  if (!o || !o.exact) return 0;
  let sum = 0;
  let half = o.half;
  for (const l of tail.list) {
    const f = l.figures.get(col);
    if (!f || !f.exact || !comparable(o, f)) return 0;
    sum += f.base;
    half += f.half;
  }
  let j = 0;
  while (j < count) {
    const f = tail.lines[j].figures.get(col);
    if (!f || !f.exact || !comparable(o, f) || sum + f.base > o.base + half + f.half + 1e-9 * Math.max(1, Math.abs(o.base))) break;
    sum += f.base;
    half += f.half;
    j++;
  }
  return j;
}

/** How many readings are tried at most (each tail's first 0 … k lines left out, in combination). */
const MAX_READINGS = 64;

/** A tail's first lines that a named total's figures read as its list's (国有企业 under 企业捐赠). */
export interface JoinedLines {
  tail: ListTail;
  /** The tail's first lines, in order, read as lines of the list. */
  lines: RowInfo[];
}

/** The parts a named total adds up, the tails' lines read as the figures tell. */
export interface TailReading {
  parts: RowInfo[];
  /**
   * The tails whose first lines the total's sum puts in their list, only where the figures tell:
   * the reading adds up, and would not with the last of those lines a part of its own (a line
   * within the sum's rounding tells nothing). Empty where no reading adds up (a slip somewhere).
   */
  joined: JoinedLines[];
}

/**
 * A named total's parts as the bare lines after a 其中 list are read: each tail whose owner is a part
 * has its first j lines (among the parts) taken as going on with the list, left out of the total.
 * The first reading that adds up (`addsUp`) is the one: a line the total needs is a part of its own,
 * one it would count twice goes on with the list. When none adds up (a slip somewhere), the lines
 * that stay within their list's owner go on with the list; the parts as they were, where that reading
 * leaves nothing to add (`addsUp` null).
 */
export function readTails(parts: readonly RowInfo[], tails: readonly ListTail[], col: number, addsUp: (parts: RowInfo[]) => boolean | null): TailReading {
  const inParts = new Set(parts);
  const runs: { tail: ListTail; count: number }[] = [];
  for (const tail of tails) {
    if (!inParts.has(tail.owner)) continue;
    let count = 0;
    while (count < tail.lines.length && inParts.has(tail.lines[count])) count++;
    if (count > 0) runs.push({ tail, count });
  }
  if (runs.length === 0) return { parts: [...parts], joined: [] };
  const without = (cuts: readonly number[]): RowInfo[] => {
    const out = new Set<RowInfo>();
    runs.forEach((r, k) => {
      for (let j = 0; j < cuts[k]; j++) out.add(r.tail.lines[j]);
    });
    return parts.filter((p) => !out.has(p));
  };
  // The lines a reading that adds up puts in each list, where one line fewer would not add up.
  const joinedBy = (cuts: readonly number[]): JoinedLines[] => {
    const out: JoinedLines[] = [];
    runs.forEach((r, k) => {
      if (cuts[k] === 0) return;
      const fewer = cuts.map((c, i) => (i === k ? c - 1 : c));
      if (addsUp(without(fewer)) !== true) out.push({ tail: r.tail, lines: r.tail.lines.slice(0, cuts[k]) });
    });
    return out;
  };
  // Every combination of cuts, the most lines left out first (the list going on), while few.
  let readings = 1;
  for (const r of runs) readings *= r.count + 1;
  if (readings <= MAX_READINGS) {
    const cuts = runs.map((r) => r.count);
    for (let n = 0; n < readings; n++) {
      const read = without(cuts);
      if (addsUp(read) === true) return { parts: read, joined: joinedBy(cuts) };
      // The next combination, as a counter counting down.
      for (let k = cuts.length - 1; k >= 0; k--) {
        if (cuts[k] > 0) {
          cuts[k]--;
          break;
        }
        cuts[k] = runs[k].count;
      }
    }
  }
  const read = without(runs.map((r) => linesWithin(r.tail, col, r.count)));
  return { parts: addsUp(read) === null ? [...parts] : read, joined: [] };
}
