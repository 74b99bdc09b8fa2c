/**
 * The host's limits, and the pure planners that keep every request inside them.
 * Nothing here calls Office: the numbers and the arithmetic are unit tested on their own.
 *
 * Sources (Microsoft's "Resource limits and performance optimization" and "Read or write to a
 * large range" pages; office-js issues):
 * - Excel on the web rejects a request or response over 5 MB (`RequestPayloadSizeLimitExceeded`).
 * - A range read is limited to 5,000,000 cells on every platform (larger reads fail or return null).
 * - `Worksheet.getRanges(address)` fails with "The argument is invalid or missing or has an incorrect
 *   format" once the address string passes about 8,192 characters (office-js #5198: 8,207 failed).
 */
import { a1, columnLetters } from "../core/table/grid";

/** Under the 5 MB payload limit with a margin for the envelope around the values. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
/** Excel's documented ceiling for one range read. */
export const MAX_READ_CELLS = 5_000_000;
/** Safely under getRanges' ~8,192-character address limit. */
export const MAX_ADDRESS_CHARS = 8_000;
/**
 * Marks (fill + note) are written for at most this many cells per check; the rest stay in the
 * findings list. Keeps the write batch and the stored originals far below the payload limit.
 */
export const MAX_MARKED_CELLS = 5_000;
/** The marks' notes and records together stay under this many bytes in the write round trip. */
export const MARK_WRITE_BUDGET_BYTES = 3 * 1024 * 1024;

/**
 * Estimated bytes per cell when `values`, `text`, `numberFormat` and `valueTypes` are loaded:
 * the JSON of a cell of ~15 CJK characters shown twice (value and text, 3 bytes a character in
 * UTF-8, ~50 bytes each with quotes), a number format (~12) and a value type (~10), and separators.
 * Numeric cells are far smaller, so a block sized by this estimate stays under the budget.
 */
export const BYTES_PER_CELL_ESTIMATE = 128;

/** A 0-based, inclusive rectangle of sheet cells. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}
export function rectCols(r: Rect): number {
  return r.right - r.left + 1;
}
export function rectCells(r: Rect): number {
  return rectRows(r) * rectCols(r);
}

/** "B3:D9" (or "B3" for one cell). */
export function rectAddress(r: Rect): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

/**
 * Row blocks covering `r`, each estimated under `budget` bytes. A block never has fewer than one
 * row (a single row of 16,384 columns is ~2 MB by the estimate, still under the budget).
 */
export function planRowBlocks(r: Rect, bytesPerCell = BYTES_PER_CELL_ESTIMATE, budget = PAYLOAD_BUDGET_BYTES): Rect[] {
  const cols = rectCols(r);
  const rowsPerBlock = Math.max(1, Math.floor(budget / (cols * bytesPerCell)));
  const blocks: Rect[] = [];
  for (let top = r.top; top <= r.bottom; top += rowsPerBlock) {
    blocks.push({ top, left: r.left, bottom: Math.min(r.bottom, top + rowsPerBlock - 1), right: r.right });
  }
  return blocks;
}

/**
 * Groups block indexes into waves whose estimated payload stays under `budget`: used only when a
 * single round trip would be too large for Excel on the web (see ./read.ts).
 */
export function planWaves(blocks: readonly Rect[], bytesPerCell = BYTES_PER_CELL_ESTIMATE, budget = PAYLOAD_BUDGET_BYTES): number[][] {
  const waves: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  blocks.forEach((b, i) => {
    const size = rectCells(b) * bytesPerCell;
    if (current.length > 0 && bytes + size > budget) {
      waves.push(current);
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += size;
  });
  if (current.length > 0) waves.push(current);
  return waves;
}

/**
 * Comma-joined address lists for `Worksheet.getRanges`, each under `maxChars`. Addresses are
 * kept in the given order; a single address longer than the limit (impossible for A1 cells and
 * rectangles) would still get a list of its own.
 */
export function chunkAddresses(addresses: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Merges single cells into vertical runs per column (B3, B4, B5 → B3:B5), so scattered marks need
 * fewer and shorter addresses and each `getCellProperties` call covers a small rectangle.
 */
export function columnRuns(cells: readonly { row: number; col: number }[]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const runs: Rect[] = [];
  for (const col of [...byCol.keys()].sort((x, y) => x - y)) {
    const rows = [...new Set(byCol.get(col))].sort((x, y) => x - y);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push({ top: start, left: col, bottom: prev, right: col });
      start = r;
      prev = r;
    }
  }
  return runs;
}

/**
 * Consecutive row spans [start, end) whose summed byte sizes stay under `budget` (a row larger
 * than the budget on its own gets a span of its own): how rows of known content are written.
 */
export function planRowSpans(rowBytes: readonly number[], budget = PAYLOAD_BUDGET_BYTES): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((b, i) => {
    if (i > start && bytes + b > budget) {
      spans.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rowBytes.length > start) spans.push([start, rowBytes.length]);
  return spans;
}

export { columnLetters };
