/**
 * The Excel layer: the only code in Jiaohe that calls `Excel.run`. The task pane (`src/taskpane`)
 * and the ribbon commands (`src/commands`) call these functions and nothing below them.
 *
 * Each exported action is one `Excel.run`. Round trips (`context.sync`):
 * - readSubmission: 2 (where to read; then every row block of the area in one batch).
 * - checkActiveSheet: 2 to read + 2 to mark = at most 4 however large the sheet. On Excel on the
 *   web, whose 5 MB payload limit applies to each round trip, a read estimated over it goes in
 *   waves (one more round trip each, re-planned from the bytes really received), and a round trip
 *   the host still refuses is retried once with smaller blocks (./read.ts, syncReading).
 * - clearMarks: 4 (store, records, current look of the cells, restore).
 * Limits kept (./limits.ts): row blocks under 5 MB, `getRanges` lists under 8,192 characters,
 * no read past 5,000,000 cells (refused with a message), at most 5,000 marked cells a check.
 * Errors the user can fix are `ExcelUserError` (see ./messages.ts): show `message` as it is
 * (empty sheet, area over 5,000,000 cells or over the host's request size, deleted sheet, bad
 * address, an error code sent to saveExplanation, a narrative that would overwrite content).
 * `CheckOutcome.markMode` says how findings reached the sheet on this host ("notes" | "comments" |
 * "fill" | "list"); `unmarked` counts flagged cells beyond the 5,000 marked ones; `notice` (when
 * set) says in the user's language why nothing was marked although marking was asked for.
 *
 * Tests and the browser stand-in: `test/host/fake-excel.ts` is an in-memory workbook exposing
 * exactly the `Excel` API surface used here: `installFakeExcel(createFakeExcel(workbook, options))`
 * sets `globalThis.Excel` and `globalThis.Office` (requirement sets, display language, platform)
 * and `globalThis.__jiaoheFakeHost` (the workbook model, sync counts); the pane's end-to-end test
 * bundles it to stand in for Excel (test/e2e/stand-in-host.ts).
 */
import { checkGrid } from "../core/checks";
import { applyExplanations, defaultSeverity, type Explanation, explanationKey, isFindingCode, type Locale, type Report, sheetReport, type Severity } from "../core/findings";
import { parseRect, quoteSheet } from "./address";
import { hostCapabilities, isWebHost, markMode } from "./capabilities";
import { planRowSpans } from "./limits";
import { planMarks, queueCellState, settleCellState, queueClearWrite, queueCommentLocations, queueCommentsList, queueMarkWrite, queueQuietWrites } from "./marks";
import { excelText, friendlyHostError, userError } from "./messages";
import { assemble, queueLocate, queueRead, syncReading } from "./read";
import {
  type MarkRecord,
  STORE_SHEET,
  queueExplanationsRead,
  queueExplanationsWrite,
  queueStoreLookup,
  queueStoreRead,
  queueStoreWrite,
  readExplanations,
  readStore,
} from "./store";
import type { CheckOptions, CheckOutcome, NarrativeParagraph, ReadOptions, SheetSubmission } from "./types";

export type { CheckOptions, CheckOutcome, HostCapabilities, NarrativeParagraph, ReadOptions, SheetSubmission } from "./types";
export { hostCapabilities } from "./capabilities";
export { ExcelUserError } from "./messages";
export { MARK_FILLS } from "./marks";
export { STORE_SHEET, EXPLANATIONS_KEY } from "./store";

/* global Excel */

function progress(fn: ((f: number) => void) | undefined, f: number): void {
  try {
    fn?.(f);
  } catch {
    // a progress display must never break the action
  }
}

/**
 * Actions of this pane run one at a time: two batches interleaving at their syncs (a live re-check
 * while the user presses 检查) would each take the other's marks for originals. Ribbon commands run
 * in their own runtime and are not covered; they only check and write new sheets.
 */
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(action: () => Promise<T>): Promise<T> {
  const run = queue.then(action, action);
  queue = run.catch(() => undefined);
  return run;
}

/** The selected range if it spans more than one cell, else the Excel table under the selection, else the used range. */
export async function readSubmission(opts: ReadOptions = {}): Promise<SheetSubmission> {
  const caps = hostCapabilities();
  const text = excelText(opts.locale);
  return exclusive(() => Excel.run(async (context) => {
    const located = queueLocate(context, caps);
    await context.sync().catch((e: unknown) => {
      throw friendlyHostError(e, text);
    });
    progress(opts.onProgress, 0.1);
    const reading = await syncReading(context, (scale) => queueRead(located, caps, text, scale), text);
    progress(opts.onProgress, 1);
    return assemble(reading);
  }));
}

/**
 * Reads the active sheet's submission, checks it with the core (`checkGrid`, stored explanations
 * applied) and, unless `mark: false`, marks the findings. One `Excel.run`, at most 4 syncs.
 */
export async function checkActiveSheet(opts: CheckOptions): Promise<CheckOutcome> {
  const caps = hostCapabilities();
  const text = excelText(opts.locale);
  const mode = opts.mark === false ? "list" : markMode(caps);
  return exclusive(() => Excel.run(async (context) => {
    // Round trip 1: where the submission is, stored explanations and marks, event state.
    const located = queueLocate(context, caps);
    const setting = queueExplanationsRead(context);
    const store = mode === "list" ? undefined : queueStoreLookup(context);
    const commentIndex = queueCommentsList(context, mode);
    if (caps.enableEvents) context.runtime.load("enableEvents");
    if (caps.workbookName) context.workbook.load("name");
    if (mode !== "list") located.sheet.protection.load("protected");
    await context.sync().catch((e: unknown) => {
      throw friendlyHostError(e, text);
    });
    progress(opts.onProgress, 0.1);

    // Round trip 2: the cells (and the stored records, and where existing comments sit).
    let storeRange: Excel.Range | undefined;
    const reading = await syncReading(
      context,
      (scale) => {
        storeRange = store ? queueStoreRead(store) : undefined;
        queueCommentLocations(commentIndex);
        return queueRead(located, caps, text, scale);
      },
      text,
    );
    progress(opts.onProgress, 0.6);

    const submission = assemble(reading);
    const explanations = readExplanations(setting);
    const checked = checkGrid(submission.grid, opts.schema, { locale: opts.locale, explanations });
    const findings = applyExplanations(submission.sheet, checked.findings, explanations);
    const source = caps.workbookName && context.workbook.name ? context.workbook.name : submission.sheet;
    const report = sheetReport(source, opts.schemaId, [{ name: submission.sheet, findings }]);
    const outcome: CheckOutcome = {
      sheet: submission.sheet,
      address: submission.address,
      report,
      table: checked.table,
      findings,
      marked: 0,
      unmarked: 0,
      markMode: mode,
    };
    if (mode === "list" || !store) {
      progress(opts.onProgress, 1);
      return outcome;
    }
    if (located.sheet.protection.protected) {
      progress(opts.onProgress, 1);
      return { ...outcome, markMode: "list", notice: text.sheetProtected({ sheet: submission.sheet }) };
    }

    // Round trip 3: how the cells to mark (and the ones marked last time) look now.
    const { records, foreign } = readStore(store, storeRange);
    if (foreign) {
      progress(opts.onProgress, 1);
      return { ...outcome, markMode: "list", notice: text.storeTaken({ store: STORE_SHEET }) };
    }
    const previous = records.filter((r) => r.sheet === submission.sheet);
    const others = records.filter((r) => r.sheet !== submission.sheet);
    const { marks, unmarked } = planMarks(findings, text);
    const touched = [...new Set([...marks.map((m) => m.address), ...previous.map((r) => r.address)])];
    const state = queueCellState(located.sheet, submission.sheet, touched, mode);
    await context.sync();
    progress(opts.onProgress, 0.8);

    // Round trip 4: every write, quietly.
    const quiet = queueQuietWrites(context, caps, caps.enableEvents ? context.runtime.enableEvents : undefined);
    const result = queueMarkWrite(context, settleCellState(state), marks, previous, mode, commentIndex);
    queueStoreWrite(context, store, [...others, ...result.records]);
    await quiet.finish();
    progress(opts.onProgress, 1);
    return { ...outcome, marked: result.marked, unmarked };
  }));
}

/**
 * Takes every mark off (all sheets): fills and notes return to what they were, except where the
 * user changed the cell since (their edit wins). The hidden store sheet is removed — unless a
 * marked sheet is protected now: its marks stay, with their records, and it is named in
 * `protectedSheets` so the pane can ask the user to unprotect it and clear again.
 */
export async function clearMarks(): Promise<{ restored: number; protectedSheets?: string[] }> {
  const caps = hostCapabilities();
  const mode = markMode(caps);
  if (mode === "list") return { restored: 0 };
  return exclusive(() => Excel.run(async (context) => {
    const store = queueStoreLookup(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const commentIndex = queueCommentsList(context, mode);
    if (caps.enableEvents) context.runtime.load("enableEvents");
    await context.sync();
    if (store.isNullObject) return { restored: 0 };

    const storeRange = queueStoreRead(store);
    queueCommentLocations(commentIndex);
    for (const ws of sheets.items) ws.protection.load("protected");
    await context.sync();

    const { records, foreign } = readStore(store, storeRange);
    if (foreign) return { restored: 0 };
    const bySheet = new Map<string, MarkRecord[]>();
    for (const r of records) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
    const marked = sheets.items.filter((ws) => bySheet.has(ws.name));
    const locked = marked.filter((ws) => ws.protection.protected);
    const states = marked
      .filter((ws) => !ws.protection.protected)
      .map((ws) => ({ records: bySheet.get(ws.name)!, state: queueCellState(ws, ws.name, bySheet.get(ws.name)!.map((r) => r.address), mode) }));
    await context.sync();

    const quiet = queueQuietWrites(context, caps, caps.enableEvents ? context.runtime.enableEvents : undefined);
    let restored = 0;
    for (const { state, records: rs } of states) restored += queueClearWrite(settleCellState(state), rs, commentIndex);
    // Records of deleted sheets go too (nothing left to restore); protected sheets keep theirs.
    queueStoreWrite(context, store, locked.flatMap((ws) => bySheet.get(ws.name)!));
    await quiet.finish();
    return locked.length > 0 ? { restored, protectedSheets: locked.map((ws) => ws.name) } : { restored };
  }));
}

/** Activates `sheet` and selects `address` (A1) on it. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  const text = excelText();
  if (!parseRect(address)) throw userError(text.badAddress({ address }));
  await exclusive(() => Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject) throw userError(text.noSuchSheet({ sheet }));
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  }));
}

function uniqueName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function narrativeRows(paragraphs: readonly NarrativeParagraph[]): { text: string; heading: boolean }[] {
  const rows: { text: string; heading: boolean }[] = [];
  for (const p of paragraphs) {
    if (typeof p === "string") {
      if (p.trim()) rows.push({ text: p, heading: false });
      continue;
    }
    if (p.heading && p.heading.trim() && !p.text.startsWith(p.heading)) rows.push({ text: p.heading, heading: true });
    if (p.text.trim()) rows.push({ text: p.text, heading: false });
  }
  return rows;
}

/**
 * Writes the narrative one paragraph a row, wrapped (a paragraph's heading, when it has one, on
 * its own bold row before it). By default on a new sheet `情况综述` (`情况综述 (2)` … if taken);
 * with `atSelection`, downwards from the selected cell, refusing if any of those cells has content.
 */
export async function writeNarrativeSheet(
  paragraphs: readonly NarrativeParagraph[],
  opts: { atSelection?: boolean; sheetName?: string } = {},
): Promise<{ sheet: string; address: string }> {
  const text = excelText();
  const rows = narrativeRows(paragraphs);
  const caps = hostCapabilities();
  return exclusive(() => Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const selection = context.workbook.getSelectedRange();
    selection.load("rowIndex,columnIndex");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    if (caps.enableEvents) context.runtime.load("enableEvents");
    await context.sync();
    const n = Math.max(1, rows.length);
    let ws: Excel.Worksheet = active;
    let sheetName = active.name;
    let top = 0;
    let left = 0;
    if (opts.atSelection) {
      top = selection.rowIndex;
      left = selection.columnIndex;
      const target = ws.getRangeByIndexes(top, left, n, 1);
      target.load("values,address");
      await context.sync();
      if (target.values.some((r) => r[0] !== "" && r[0] != null)) throw userError(text.selectionNotEmpty({ address: target.address }));
    }
    const quiet = queueQuietWrites(context, caps, caps.enableEvents ? context.runtime.enableEvents : undefined);
    if (!opts.atSelection) {
      sheetName = uniqueName(opts.sheetName ?? text.narrativeSheet, sheets.items.map((s) => s.name));
      ws = sheets.add(sheetName);
    }
    const range = ws.getRangeByIndexes(top, left, n, 1);
    range.numberFormat = Array.from({ length: n }, () => ["@"]);
    range.values = Array.from({ length: n }, (_, i) => [rows[i]?.text ?? ""]);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
    if (!opts.atSelection) {
      range.format.columnWidth = 560;
      rows.forEach((r, i) => {
        if (r.heading) ws.getRangeByIndexes(top + i, left, 1, 1).format.font.bold = true;
      });
      ws.activate();
    }
    range.format.autofitRows();
    range.load("address");
    await quiet.finish();
    return { sheet: sheetName, address: range.address.slice(range.address.lastIndexOf("!") + 1) };
  }));
}

function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A new sheet `校核结果` (or `校核结果 (2)` …): one finding a row, its cell a HYPERLINK to the cell. */
export async function writeFindingsSheet(report: Report, locale: Locale): Promise<{ sheet: string }> {
  const text = excelText(locale);
  const caps = hostCapabilities();
  const body: string[][] = [];
  const links: (string | null)[] = [];
  for (const s of report.sheets ?? []) {
    for (const f of s.findings) {
      const label = f.severity === "warning" && f.explanation ? `${text.severity.warning}（${text.explained}）` : text.severity[f.severity];
      body.push([label, f.code, s.name, f.cell ?? "", f.indicator ?? "", f.message, f.explanation ?? ""]);
      links.push(f.cell ? `=HYPERLINK(${formulaString(`#${quoteSheet(s.name)}!${f.cell}`)},${formulaString(f.cell)})` : null);
    }
  }
  const all = [text.findingsHeader, ...body];
  const width = text.findingsHeader.length;
  // Rows in spans under the payload budget, sized from their own content (UTF-8 JSON, with the link).
  const encoder = new TextEncoder();
  const spans = planRowSpans(all.map((r, i) => encoder.encode(JSON.stringify(r)).length * 2 + (i > 0 ? (links[i - 1]?.length ?? 0) * 3 : 0) + 64));
  return exclusive(() => Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    if (caps.enableEvents) context.runtime.load("enableEvents");
    await context.sync();
    const quiet = queueQuietWrites(context, caps, caps.enableEvents ? context.runtime.enableEvents : undefined);
    const name = uniqueName(text.findingsSheet, sheets.items.map((s) => s.name));
    const ws = sheets.add(name);
    const queueSpan = ([start, end]: [number, number]) => {
      const rows = all.slice(start, end);
      const range = ws.getRangeByIndexes(start, 0, rows.length, width);
      // Text format everywhere (a message starting with "=" stays text) except the link column.
      range.numberFormat = rows.map((r, k) => r.map((_, c) => (c === 3 && start + k > 0 ? "General" : "@")));
      range.values = rows;
      const first = Math.max(start, 1);
      if (end > first) ws.getRangeByIndexes(first, 3, end - first, 1).formulas = links.slice(first - 1, end - 1).map((l) => [l ?? ""]);
    };
    // Excel on the web takes at most 5 MB a round trip: all spans but the last go one a round trip there.
    const separate = isWebHost() ? spans.slice(0, -1) : [];
    try {
      for (const span of separate) {
        queueSpan(span);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- deliberate: one bounded write per round trip under the 5 MB limit (web only)
        await context.sync();
      }
    } catch (e) {
      await quiet.finish().catch(() => undefined); // events back on
      throw e;
    }
    for (const span of spans.slice(separate.length)) queueSpan(span);
    ws.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    ws.getRangeByIndexes(0, 0, all.length, width).format.autofitColumns();
    ws.activate();
    await quiet.finish();
    return { sheet: name };
  }));
}

/** The 核实 explanations stored in the workbook. */
export async function loadExplanations(): Promise<Explanation[]> {
  return exclusive(() => Excel.run(async (context) => {
    const setting = queueExplanationsRead(context);
    await context.sync();
    return readExplanations(setting);
  }));
}

/**
 * Records (or replaces) the explanation for sheet + indicator + code. Only warnings (核实性) can
 * be explained: an error code is refused with a message. `severity` is the finding's own
 * severity when the caller has it (a schema may change a code's default).
 */
export async function saveExplanation(e: Explanation, opts: { severity?: Severity } = {}): Promise<void> {
  const text = excelText();
  const severity = opts.severity ?? (isFindingCode(e.code) ? defaultSeverity(e.code) : undefined);
  if (severity !== "warning") throw userError(text.onlyWarnings({ code: e.code }));
  if (!e.text.trim()) throw userError(text.emptyExplanation());
  await updateExplanations((list) => [...list.filter((x) => explanationKey(x.sheet, x.indicator, x.code) !== explanationKey(e.sheet, e.indicator, e.code)), { ...e, text: e.text.trim() }]);
}

/** Removes the explanation; accepts (sheet, indicator, code) or one {sheet, indicator, code} object. */
export async function removeExplanation(sheetOrKey: string | { sheet: string; indicator: string; code: string }, indicator?: string, code?: string): Promise<void> {
  const key = typeof sheetOrKey === "string" ? explanationKey(sheetOrKey, indicator ?? "", code ?? "") : explanationKey(sheetOrKey.sheet, sheetOrKey.indicator, sheetOrKey.code);
  await updateExplanations((list) => list.filter((x) => explanationKey(x.sheet, x.indicator, x.code) !== key));
}

async function updateExplanations(change: (list: Explanation[]) => Explanation[]): Promise<void> {
  await exclusive(() => Excel.run(async (context) => {
    const setting = queueExplanationsRead(context);
    await context.sync();
    queueExplanationsWrite(context, setting, change(readExplanations(setting)));
    await context.sync();
  }));
}

export interface LiveModeOptions extends Omit<CheckOptions, "mark" | "onProgress"> {
  onFindings: (o: CheckOutcome) => void;
  onError?: (e: unknown) => void;
  /** Quiet time after the last change before re-checking; default 800 ms. */
  debounceMs?: number;
}

/**
 * Re-checks (and re-marks) the active sheet after its cells change (`worksheet.onChanged`,
 * ExcelApi 1.7), debounced; the marks' own writes run with events off, so they do not retrigger.
 * Resolves to a function that stops it. On hosts without onChanged it does nothing.
 */
export async function startLiveMode(opts: LiveModeOptions): Promise<() => Promise<void>> {
  const caps = hostCapabilities();
  if (!caps.onChanged) return async () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  const run = async (): Promise<void> => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      opts.onFindings(await checkActiveSheet({ ...opts, mark: true }));
    } catch (e) {
      opts.onError?.(e);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void run(), opts.debounceMs ?? 800);
  };
  const handler = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const h = sheet.onChanged.add(async () => schedule());
    await context.sync();
    return h;
  });
  return async () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
  };
}
