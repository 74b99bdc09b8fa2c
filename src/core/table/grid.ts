/**
 * The input every front end hands the core: a rectangle of cells as the spreadsheet gives them.
 * The Excel layer fills it from Range.values/text/numberFormat/valueTypes; the CLI from exceljs
 * or a CSV. Nothing here knows where the cells came from.
 */
export type CellValue = string | number | boolean | null;

export interface GridCell {
  /** The raw value: a number for numeric cells, text as typed, null for blank. */
  value: CellValue;
  /** The displayed text (what the user sees, formatted). */
  text: string;
  /** Excel number format, e.g. "0.0%", "General". */
  numberFormat?: string;
  /** An Excel error value (#N/A, #DIV/0!, …) when the cell holds one. */
  error?: string;
  /** True when the cell holds a formula with no cached result (cannot be read). */
  formulaWithoutResult?: boolean;
}

export interface MergedArea {
  /** 0-based, relative to the grid, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** 0-based sheet row/column of rows[0][0]. */
  originRow: number;
  originCol: number;
  /** rows[r][c]; rows may be ragged (missing cells are blank). */
  rows: GridCell[][];
  merges?: MergedArea[];
  /** The sheet is hidden in its workbook (drop-down lists, lookups): not a submission to check unless asked for. */
  hidden?: boolean;
}

/** A1 column letters for a 0-based column index. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address for 0-based sheet row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** The 0-based sheet column of an A1 address (`D17` → 3); -1 without one. */
export function columnOfAddress(address: string | undefined): number {
  if (!address) return -1;
  let n = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}
