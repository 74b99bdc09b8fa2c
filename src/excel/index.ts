/**
 * The Excel layer: the only code in Jiaohe that calls `Excel.run`. The task pane (`src/taskpane`)
 * and the ribbon commands (`src/commands`) call these functions and nothing below them.
 *
 * Each exported action is one `Excel.run` (one batch of requests per user action).
 * Bounds kept here (see ./limits.ts): at most 2 `context.sync` calls to read a sheet, at most 2 to
 * write all marks, range reads in row blocks under Excel on the web's 5 MB payload limit,
 * `getRanges` address strings under 8,192 characters, no read past 5,000,000 cells.
 *
 * Tests and the browser stand-in: `test/host/fake-excel.ts` is an in-memory workbook exposing
 * exactly the `Excel` API surface used here (`installFakeExcel(workbook)` sets `globalThis.Excel`
 * and `globalThis.Office`); the pane's end-to-end test can bundle it to stand in for Excel.
 */
import type { Explanation, Finding, Locale, Report } from "../core/findings";
import type { Schema } from "../core/schema";
import type { Grid } from "../core/table/grid";
import type { TableModel } from "../core/table/types";

/** Progress is reported as a fraction 0..1 (reading is the long part on a large sheet). */
export interface ReadOptions {
  onProgress?: (fraction: number) => void;
}

/** What was read: the sheet, the A1 address of the area read (e.g. "A1:H40"), and its cells. */
export interface SheetSubmission {
  sheet: string;
  address: string;
  grid: Grid;
}

export interface CheckOptions {
  schema: Schema;
  /** Goes into the report's `schema` field. */
  schemaId: string;
  locale: Locale;
  /** Mark the findings on the sheet (fills + notes/comments); default true. */
  mark?: boolean;
  onProgress?: (fraction: number) => void;
}

export interface CheckOutcome {
  sheet: string;
  report: Report;
  table: TableModel;
  /** The sheet's findings, with stored explanations applied to warnings. */
  findings: Finding[];
  /** How many cells were marked (0 when `mark` was false or the host cannot format). */
  marked: number;
}

export interface HostCapabilities {
  /** Cell notes (ExcelApi 1.18). */
  notes: boolean;
  /** Threaded comments (ExcelApi 1.10). */
  comments: boolean;
  /** worksheet.getRanges / RangeAreas (ExcelApi 1.9). */
  getRanges: boolean;
  /** Range.getCellProperties / setCellProperties (ExcelApi 1.9). */
  cellProperties: boolean;
  /** Worksheet.onChanged (ExcelApi 1.7). */
  onChanged: boolean;
  /** Range.valueTypes, numberFormat, text and tables (ExcelApi 1.1–1.3 baseline). */
  baseline: boolean;
}

/** Paragraphs as strings, or the narrative's own paragraphs ({heading, text}). */
export type NarrativeParagraph = string | { heading?: string; text: string };

function notYet(name: string): never {
  throw new Error(`src/excel: ${name} is not implemented yet`);
}

export async function readSubmission(_opts: ReadOptions = {}): Promise<SheetSubmission> {
  return notYet("readSubmission");
}
export async function checkActiveSheet(_opts: CheckOptions): Promise<CheckOutcome> {
  return notYet("checkActiveSheet");
}
export async function clearMarks(): Promise<{ restored: number }> {
  return notYet("clearMarks");
}
export async function selectCell(_sheet: string, _address: string): Promise<void> {
  return notYet("selectCell");
}
export async function writeNarrativeSheet(
  _paragraphs: readonly NarrativeParagraph[],
  _opts: { atSelection?: boolean; sheetName?: string } = {},
): Promise<{ sheet: string; address: string }> {
  return notYet("writeNarrativeSheet");
}
export async function writeFindingsSheet(_report: Report, _locale: Locale): Promise<{ sheet: string }> {
  return notYet("writeFindingsSheet");
}
export async function loadExplanations(): Promise<Explanation[]> {
  return notYet("loadExplanations");
}
export async function saveExplanation(_e: Explanation): Promise<void> {
  return notYet("saveExplanation");
}
/** Accepts (sheet, indicator, code) or one {sheet, indicator, code} object. */
export async function removeExplanation(
  _sheetOrKey: string | { sheet: string; indicator: string; code: string },
  _indicator?: string,
  _code?: string,
): Promise<void> {
  return notYet("removeExplanation");
}
export async function startLiveMode(_opts: Omit<CheckOptions, "mark" | "onProgress"> & { onFindings: (o: CheckOutcome) => void; onError?: (e: unknown) => void; debounceMs?: number }): Promise<() => Promise<void>> {
  return notYet("startLiveMode");
}
export function hostCapabilities(): HostCapabilities {
  return notYet("hostCapabilities");
}
