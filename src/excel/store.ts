/**
 * What the add-in keeps in the workbook, so that it survives save and reopen:
 * - the original formats of every cell it marked, in the very hidden sheet `Jiaohe_Marks`
 *   (one JSON record a row in column A: too many for the settings' size, and a sheet is the
 *   workbook's own storage for tabular data);
 * - the 核实 explanations, in `workbook.settings` under `jiaohe.explanations` (small, keyed by
 *   sheet + indicator + code).
 * Records are parsed with zod; a damaged record is skipped with a message naming its row.
 */
import { z } from "zod";
import type { Explanation } from "../core/findings";

export const STORE_SHEET = "Jiaohe_Marks";
export const EXPLANATIONS_KEY = "jiaohe.explanations";
const STORE_HEADER = "Jiaohe marks v1 (do not edit: 清除标记 restores the cells from these records)";

export const FillSpec = z.object({
  color: z.string(),
  pattern: z.string(),
  patternColor: z.string().optional(),
  tintAndShade: z.number().optional(),
  patternTintAndShade: z.number().optional(),
});
export type Fill = z.infer<typeof FillSpec>;

export const MarkRecordSpec = z.object({
  sheet: z.string().min(1),
  /** One cell, A1, without the sheet. */
  address: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/),
  /** The cell's fill before the first mark. */
  original: FillSpec,
  /** The fill the add-in applied: the cell is restored only while it still shows it. */
  applied: FillSpec,
  /** The note or comment the add-in wrote (its full content), and the note it replaced. */
  note: z.object({ kind: z.enum(["note", "comment"]), text: z.string(), original: z.string().nullable() }).optional(),
});
export type MarkRecord = z.infer<typeof MarkRecordSpec>;

export const ExplanationSpec = z.object({
  sheet: z.string(),
  indicator: z.string(),
  code: z.string(),
  text: z.string(),
  by: z.string().optional(),
  at: z.string().optional(),
});

export interface StoreProblem {
  row: number;
  path: string;
  message: string;
}

/** Records from the store sheet's values (row 1 is the header). */
export function parseStoreValues(values: readonly (readonly unknown[])[]): { records: MarkRecord[]; problems: StoreProblem[] } {
  const records: MarkRecord[] = [];
  const problems: StoreProblem[] = [];
  values.forEach((row, i) => {
    const cell = row[0];
    if (i === 0 || cell === "" || cell == null) return;
    let json: unknown;
    try {
      json = JSON.parse(String(cell));
    } catch {
      problems.push({ row: i + 1, path: "$", message: "not JSON" });
      return;
    }
    const r = MarkRecordSpec.safeParse(json);
    if (r.success) records.push(r.data);
    else {
      const issue = r.error.issues[0];
      problems.push({ row: i + 1, path: issue.path.length ? issue.path.join(".") : "$", message: issue.message });
    }
  });
  return { records, problems };
}

/** The store sheet's column A: header, then one JSON record a row. */
export function storeValues(records: readonly MarkRecord[]): string[][] {
  return [[STORE_HEADER], ...records.map((r) => [JSON.stringify(r)])];
}

export function recordKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address}`;
}

/** Round trip 1: does the store sheet exist? */
export function queueStoreLookup(context: Excel.RequestContext): Excel.Worksheet {
  const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  store.load("name,visibility");
  return store;
}

/** Round trip 2 (only when it exists): its records. */
export function queueStoreRead(store: Excel.Worksheet): Excel.Range | undefined {
  if (store.isNullObject) return undefined;
  const used = store.getUsedRangeOrNullObject(true);
  used.load("values");
  return used;
}

/**
 * The records, or `foreign: true` when a sheet of that name is not ours (visible, or without our
 * header): the add-in then neither reads nor writes it, and marks nothing rather than overwrite it.
 */
export function readStore(store: Excel.Worksheet | undefined, used: Excel.Range | undefined): { records: MarkRecord[]; problems: StoreProblem[]; foreign: boolean } {
  if (!store || store.isNullObject) return { records: [], problems: [], foreign: false };
  const empty = !used || used.isNullObject;
  if (store.visibility !== "VeryHidden" || (!empty && used.values[0]?.[0] !== STORE_HEADER)) return { records: [], problems: [], foreign: true };
  return { ...(empty ? { records: [], problems: [] } : parseStoreValues(used.values)), foreign: false };
}

/**
 * Queues the store's new content: the records, or no store sheet at all when none are left
 * (清除标记 leaves no trace). Never touches any other sheet.
 */
export function queueStoreWrite(context: Excel.RequestContext, store: Excel.Worksheet, records: readonly MarkRecord[]): void {
  if (records.length === 0) {
    if (!store.isNullObject) {
      // Excel refuses to delete a "VeryHidden" sheet (InvalidOperation): hide it plainly first.
      store.visibility = "Hidden";
      store.delete();
    }
    return;
  }
  let sheet = store;
  if (store.isNullObject) {
    sheet = context.workbook.worksheets.add(STORE_SHEET);
  } else {
    sheet.getRange().clear("Contents");
  }
  sheet.visibility = "VeryHidden";
  const values = storeValues(records);
  const range = sheet.getRange(`A1:A${values.length}`);
  // Text format first, so that no record is ever read as a number or a formula.
  range.numberFormat = values.map(() => ["@"]);
  range.values = values;
}

/** Round trip 1: the stored explanations. */
export function queueExplanationsRead(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(EXPLANATIONS_KEY);
  setting.load("value");
  return setting;
}

export function readExplanations(setting: Excel.Setting): Explanation[] {
  if (setting.isNullObject) return [];
  let json: unknown = setting.value;
  if (typeof json === "string") {
    try {
      json = JSON.parse(json);
    } catch {
      return [];
    }
  }
  const r = z.array(ExplanationSpec).safeParse(json);
  return r.success ? r.data : [];
}

/** `current` is the setting as loaded by queueExplanationsRead (deleted when nothing is left). */
export function queueExplanationsWrite(context: Excel.RequestContext, current: Excel.Setting, explanations: readonly Explanation[]): void {
  if (explanations.length === 0) {
    if (!current.isNullObject) current.delete();
    return;
  }
  context.workbook.settings.add(EXPLANATIONS_KEY, JSON.stringify(explanations));
}
