/** Types shared by the Excel layer's modules (re-exported from ./index). */
import type { Finding, Locale, Report } from "../core/findings";
import type { Schema } from "../core/schema";
import type { Grid } from "../core/table/grid";
import type { TableModel } from "../core/table/types";

export interface ReadOptions {
  /** Progress as a fraction 0..1. */
  onProgress?: (fraction: number) => void;
  /** Language of error messages; default from Office.context.displayLanguage. */
  locale?: Locale;
}

/** What was read: the sheet, the A1 address of the area read ("A1:H40"), and its cells. */
export interface SheetSubmission {
  sheet: string;
  address: string;
  /** Where the area came from: the selection (>1 cell), the Excel table under it, or the used range. */
  source: "selection" | "table" | "used";
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
  /** The A1 address that was read. */
  address: string;
  report: Report;
  table: TableModel;
  /** The sheet's findings, stored explanations applied to warnings. */
  findings: Finding[];
  /** Cells marked (0 when `mark` was false or the host can only list). */
  marked: number;
  /** Cells with findings that were not marked because of MAX_MARKED_CELLS. */
  unmarked: number;
  /** How the findings reached the sheet on this host. */
  markMode: "notes" | "comments" | "fill" | "list";
  /** Why marking was skipped although asked for (protected sheet, …), in the user's language. */
  notice?: string;
}

/**
 * The first six fields are the ones the pane was promised; the optional ones are finer detail that
 * `hostCapabilities()` always fills in (optional only so older stand-ins stay assignable).
 */
export interface HostCapabilities {
  /** ExcelApi 1.4: getUsedRangeOrNullObject, getIntersectionOrNullObject, workbook.settings. */
  baseline: boolean;
  /** ExcelApi 1.7: Worksheet.onChanged. */
  onChanged: boolean;
  /** ExcelApi 1.7: Workbook.name. */
  workbookName?: boolean;
  /** ExcelApi 1.8: context.runtime.enableEvents. */
  enableEvents?: boolean;
  /** ExcelApi 1.9: Worksheet.getRanges / RangeAreas. */
  getRanges: boolean;
  /** ExcelApi 1.9: Range.getCellProperties. */
  cellProperties: boolean;
  /** ExcelApi 1.9: Range.getTables. */
  tablesAtRange?: boolean;
  /** ExcelApi 1.9: Application.suspendScreenUpdatingUntilNextSync. */
  suspendScreenUpdating?: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas?: boolean;
  /** ExcelApi 1.18: cell notes. */
  notes: boolean;
}

/** Paragraphs as strings, or the narrative's own paragraphs ({heading, text}). */
export type NarrativeParagraph = string | { heading?: string; text: string };
