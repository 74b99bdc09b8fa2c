/**
 * A1 addresses as Excel returns them ("Sheet1!A1:C5", "'My sheet'!B2", "A:A" never: we only ask
 * for bounded ranges) and as we build them for formulas and `getRanges`.
 */
import type { Rect } from "./limits";

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 0-based column index of column letters ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 cell → 0-based row and column, or null when it is not a cell reference. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = CELL.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Splits "Sheet1!A1:B2" / "'It''s'!A1" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** "A1:C5" or "Sheet1!A1:C5" or "B2" → rectangle; null when it is not a bounded A1 range. */
export function parseRect(address: string): Rect | null {
  const { local } = splitSheet(address);
  const [a, b] = local.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** A sheet name as a formula reference needs it: quoted, with inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Rectangles of a RangeAreas address ("Sheet1!A1:B2, Sheet1!D4:D5"). */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  // Sheet names may contain commas only when quoted; split on commas outside quotes.
  let depth = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") depth = !depth;
    if (i === address.length || (ch === "," && !depth)) {
      const r = parseRect(address.slice(start, i).trim());
      if (r) out.push(r);
      start = i + 1;
    }
  }
  return out;
}
