import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import ExcelJS from "exceljs";
import { format as formatNumber } from "numfmt";
import type { Grid, GridCell, MergedArea } from "../../core/table/grid";

/**
 * The most rows a sheet may have to be checked. An indicator table has tens or hundreds of rows;
 * a sheet of a million rows (Excel's limit is 1,048,576) is a data dump, and reading it whole
 * would take most of a minute and gigabytes. Reading stops at the first row past the limit, so
 * such a file gets a clear one-line error within seconds.
 */
export const MAX_ROWS = 250_000;
/**
 * Above this size the workbook is streamed row by row (merged areas are not available then).
 * Real submissions are a few kilobytes; exceljs's whole-workbook model costs about 1 KB per cell.
 */
export const STREAM_ABOVE_BYTES = 2 * 1024 * 1024;

export type XlsxKind = "xlsx" | "encrypted" | "legacy-xls" | "other";

/**
 * What a file is, from its first bytes: a zip (an .xlsx), an OLE compound file (a legacy .xls,
 * or an .xlsx that Excel encrypted with a password: its directory names "EncryptionInfo").
 */
export function sniffXlsx(path: string): XlsxKind {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
    if (head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) {
      const size = Math.min(statSync(path).size, 1 << 20);
      const buf = Buffer.alloc(size);
      readSync(fd, buf, 0, size, 0);
      return buf.includes(Buffer.from("EncryptionInfo", "utf16le")) ? "encrypted" : "legacy-xls";
    }
    return "other";
  } finally {
    closeSync(fd);
  }
}

type Raw = ExcelJS.CellValue;

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/**
 * What Excel shows for a number in a format other than General (`0.0` shows 92.76297335203365 as
 * 92.8, `0.00"万元"` shows 1099.52万元, `#,##0` shows 1,234,567), as Range.text gives the add-in:
 * the figure's written precision and any unit in the format come from it. exceljs keeps only the
 * value; numfmt formats it as Excel does. A format numfmt cannot read shows the bare value.
 * (numfmt is pinned to 3.2.4: 3.2.5 ships damaged typings, 4.0.x exports files it does not ship.)
 */
function shown(value: number, numFmt: string): string {
  try {
    // Excel takes `!x` as a literal x, as `\x` (the 万 idiom `0!.0,` shows 80830000 as 8083.0); numfmt knows only `\x`.
    const format = numFmt.replace(/"[^"]*"|\\.|!(.)/g, (m, literal: string | undefined) => (literal !== undefined ? `\\${literal}` : m));
    return formatNumber(format, value, { locale: "zh-CN" }).trim() || String(value);
  } catch {
    return String(value);
  }
}

/** One exceljs cell as the core's GridCell (rich text via cell.text; formulas by cached result; numbers as their format shows them). */
export function toGridCell(value: Raw, numFmt: string | undefined, richText?: () => string): GridCell {
  if (value === null || value === undefined) return { value: null, text: "" };
  if (typeof value === "number") return numFmt && numFmt !== "General" ? { value, text: shown(value, numFmt), numberFormat: numFmt } : { value, text: String(value) };
  if (typeof value === "string") return { value, text: value };
  if (typeof value === "boolean") return { value, text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) {
    const t = isoDate(value);
    return { value: t, text: t };
  }
  const v = value as unknown as Record<string, unknown>;
  if ("error" in v && typeof v.error === "string") return { value: null, text: v.error, error: v.error };
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result as Raw | undefined;
    if (result === undefined || result === null || (typeof result === "number" && Number.isNaN(result))) {
      // NaN: the streaming reader's parseFloat of a cached error such as #N/A.
      if (typeof result === "number") return { value: null, text: "#VALUE!", error: "#VALUE!" };
      return { value: null, text: "", formulaWithoutResult: true };
    }
    return toGridCell(result, numFmt);
  }
  if ("richText" in v && Array.isArray(v.richText)) {
    const t = richText ? richText() : (v.richText as { text: string }[]).map((r) => r.text).join("");
    return { value: t, text: t };
  }
  if ("text" in v) {
    const t = typeof v.text === "string" ? v.text : String((v.text as { richText?: { text: string }[] })?.richText?.map((r) => r.text).join("") ?? "");
    return { value: t, text: t };
  }
  return { value: null, text: "" };
}

/**
 * A cell's value with a formula's cached result kept when it is 0, false or "": exceljs's
 * `cell.value` copies the formula's model without falsy fields (`_copyModel`), so `=B5-C5`
 * showing 0 would read as a formula without a result. `cell.result` reads the model itself.
 */
function valueOf(cell: ExcelJS.Cell): Raw {
  const value = cell.value;
  if (cell.type !== ExcelJS.ValueType.Formula || value === null || typeof value !== "object") return value;
  const result = cell.result;
  return result === undefined || "result" in value ? value : ({ ...value, result } as Raw);
}

export class TooManyRows extends Error {
  constructor(readonly sheet: string) {
    super(`more than ${MAX_ROWS} rows`);
  }
}

function trim(rows: GridCell[][]): GridCell[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => !c || (c.value === null && !c.error && !c.formulaWithoutResult && c.text === ""))) end--;
  rows.length = end;
  for (let i = 0; i < end; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

/** Every sheet of a workbook (or only `sheet`) as grids. Throws exceljs's errors for damaged files. */
export async function readXlsx(path: string, sheet?: string): Promise<{ grids: Grid[]; names: string[] }> {
  if (statSync(path).size > STREAM_ABOVE_BYTES) return readXlsxStreaming(path, sheet);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const grids: Grid[] = [];
  const names: string[] = [];
  for (const ws of wb.worksheets) {
    names.push(ws.name);
    if (sheet !== undefined && ws.name !== sheet) continue;
    if (ws.rowCount > MAX_ROWS) throw new TooManyRows(ws.name);
    const rows: GridCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: GridCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged area's other cells echo its top-left value in exceljs; the grid keeps them blank.
        if (cell.isMerged && cell.master !== cell) return;
        out[c - 1] = toGridCell(valueOf(cell), cell.numFmt, () => cell.text);
      });
      for (let i = 0; i < out.length; i++) if (!out[i]) out[i] = { value: null, text: "" };
      rows[r - 1] = out;
    });
    const merges: MergedArea[] = [];
    const raw = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
    for (const m of Object.values(raw)) merges.push({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 });
    const grid: Grid = { sheet: ws.name, originRow: 0, originCol: 0, rows: trim(rows), merges };
    if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
    grids.push(grid);
  }
  return { grids, names };
}

/** Large workbooks: rows streamed one at a time, so memory holds the grid and not exceljs's model. */
async function readXlsxStreaming(path: string, sheet?: string): Promise<{ grids: Grid[]; names: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    sharedStrings: "cache",
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "ignore",
  } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
  const grids: Grid[] = [];
  const names: string[] = [];
  for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row> & { name: string; state?: string }>) {
    const name = ws.name;
    names.push(name);
    const keep = sheet === undefined || name === sheet;
    const rows: GridCell[][] = [];
    for await (const row of ws) {
      if (!keep) continue;
      if (row.number > MAX_ROWS) throw new TooManyRows(name);
      const out: GridCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        out[c - 1] = toGridCell(valueOf(cell), cell.numFmt, () => cell.text);
      });
      for (let i = 0; i < out.length; i++) if (!out[i]) out[i] = { value: null, text: "" };
      rows[row.number - 1] = out;
    }
    if (!keep) continue;
    const grid: Grid = { sheet: name, originRow: 0, originCol: 0, rows: trim(rows), merges: [] };
    // As the whole-workbook reader: a hidden sheet (a drop-down list's options) is marked, so it is skipped with a note.
    if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
    grids.push(grid);
  }
  return { grids, names };
}
