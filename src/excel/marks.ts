/**
 * Marking findings on the sheet and taking the marks off again, in two round trips each:
 * (1) read what the touched cells look like now (fill via `getCellProperties` over column runs,
 * notes); (2) write — fills grouped by colour through `worksheet.getRanges` (RangeAreas, address
 * lists chunked under 8,192 characters), one note (or comment) per cell, the records of the
 * originals in the hidden store sheet — with events and screen updating suspended.
 *
 * The rule that keeps the user's work safe: a cell is restored only while it still shows the mark
 * the add-in applied (fill colour and pattern, note text). A user who recoloured a cell or edited
 * the note since has the last word.
 */
import type { Finding, Severity } from "../core/findings";
import { parseCell, quoteSheet, splitSheet } from "./address";
import type { MarkMode } from "./capabilities";
import { chunkAddresses, columnRuns, MARK_WRITE_BUDGET_BYTES, MAX_MARKED_CELLS, rectAddress } from "./limits";
import type { ExcelText } from "./messages";
import { type Fill, type MarkRecord, recordKey } from "./store";
import type { HostCapabilities } from "./types";

export type MarkKind = Severity | "explained";

/** Excel's own "Bad" / "Neutral" fills, a light blue for info, a light green for verified warnings. */
export const MARK_FILLS: Record<MarkKind, Fill> = {
  error: { color: "#FFC7CE", pattern: "Solid" },
  warning: { color: "#FFEB9C", pattern: "Solid" },
  info: { color: "#DDEBF7", pattern: "Solid" },
  explained: { color: "#E2EFDA", pattern: "Solid" },
};

const RANK: Record<MarkKind, number> = { error: 4, warning: 3, explained: 2, info: 1 };

export interface CellMark {
  address: string;
  row: number;
  col: number;
  kind: MarkKind;
  /** The note's text: every finding on the cell, one a line. */
  note: string;
}

function kindOf(f: Finding): MarkKind {
  return f.severity === "warning" && f.explanation ? "explained" : f.severity;
}

/**
 * Bytes a mark adds to the write round trip: its note twice (written to the cell, and kept in the
 * record of originals), UTF-8, plus the record's fills and the requests around them.
 */
function markBytes(m: CellMark): number {
  let n = 0;
  for (let i = 0; i < m.note.length; i++) n += m.note.charCodeAt(i) < 0x80 ? 1 : 3;
  return 2 * n + 400;
}

/**
 * One mark per cell that has findings, most severe first; beyond `max` cells, or once the marks
 * would fill `maxBytes` of the write round trip (under Excel on the web's 5 MB), the rest stay in
 * the findings list only.
 */
export function planMarks(findings: readonly Finding[], text: ExcelText, max = MAX_MARKED_CELLS, maxBytes = MARK_WRITE_BUDGET_BYTES): { marks: CellMark[]; unmarked: number } {
  const byCell = new Map<string, { row: number; col: number; findings: Finding[] }>();
  for (const f of findings) {
    if (!f.cell) continue;
    const p = parseCell(f.cell);
    if (!p) continue;
    const address = f.cell.replace(/\$/g, "").toUpperCase();
    const entry = byCell.get(address) ?? { row: p.row, col: p.col, findings: [] };
    entry.findings.push(f);
    byCell.set(address, entry);
  }
  const all: CellMark[] = [...byCell].map(([address, e]) => {
    const kind = e.findings.map(kindOf).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
    const lines = e.findings.map((f) => {
      const label = kindOf(f) === "explained" ? text.explained : text.severity[f.severity];
      const reason = f.explanation ? ` — ${f.explanation}` : "";
      return `【${label}】${f.message}${reason} (${f.code})`;
    });
    return { address, row: e.row, col: e.col, kind, note: `${text.noteTitle}\n${lines.join("\n")}` };
  });
  all.sort((a, b) => RANK[b.kind] - RANK[a.kind] || a.row - b.row || a.col - b.col);
  let bytes = 0;
  let take = 0;
  while (take < Math.min(max, all.length) && bytes + markBytes(all[take]) <= maxBytes) bytes += markBytes(all[take++]);
  return { marks: all.slice(0, take), unmarked: all.length - take };
}

export function sameFill(a: Partial<Fill> | undefined, b: Fill): boolean {
  return !!a && (a.color ?? "").toUpperCase() === b.color.toUpperCase() && (a.pattern ?? "") === b.pattern;
}

function fillOf(p: Excel.CellProperties | undefined): Fill {
  const f = p?.format?.fill ?? {};
  const fill: Fill = { color: (f.color ?? "#FFFFFF").toUpperCase(), pattern: f.pattern ?? "None" };
  if (f.patternColor != null) fill.patternColor = f.patternColor;
  if (f.tintAndShade != null) fill.tintAndShade = f.tintAndShade;
  if (f.patternTintAndShade != null) fill.patternTintAndShade = f.patternTintAndShade;
  return fill;
}

/** Existing comments by "Sheet!A1", for the comments fallback (a cell holds one thread). */
export interface CommentIndex {
  list?: Excel.CommentCollection;
  locations: { comment: Excel.Comment; location: Excel.Range }[];
}

/** Round trip 1 (comments mode only): the comments. */
export function queueCommentsList(context: Excel.RequestContext, mode: MarkMode): CommentIndex {
  if (mode !== "comments") return { locations: [] };
  const list = context.workbook.comments;
  list.load("items/id,items/content");
  return { list, locations: [] };
}

/** Round trip 2: where each comment is. */
export function queueCommentLocations(index: CommentIndex): void {
  index.locations.length = 0; // queued again when a round trip is retried
  for (const comment of index.list?.items ?? []) {
    const location = comment.getLocation();
    location.load("address");
    index.locations.push({ comment, location });
  }
}

function commentsByCell(index: CommentIndex, sheet: string): Map<string, Excel.Comment> {
  const map = new Map<string, Excel.Comment>();
  for (const { comment, location } of index.locations) {
    const { sheet: name, local } = splitSheet(location.address);
    if (name === sheet) map.set(local.replace(/\$/g, ""), comment);
  }
  return map;
}

/** What the cells of one sheet look like before the write (read with `fills` after the sync). */
export interface CellState {
  sheet: Excel.Worksheet;
  sheetName: string;
  runs: { top: number; col: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[];
  notes: Map<string, Excel.Note>;
  /** Filled in by `settleCellState` once the round trip is done. */
  fills: Map<string, Fill>;
}

/** Round trip 1 of marking or clearing: fills over column runs, and notes, of the given cells. */
export function queueCellState(sheet: Excel.Worksheet, sheetName: string, addresses: readonly string[], mode: MarkMode): CellState {
  const cells = addresses.map((a) => parseCell(a)!);
  const runs = columnRuns(cells).map((run) => ({
    top: run.top,
    col: run.left,
    result: sheet.getRange(rectAddress(run)).getCellProperties({
      format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
    }),
  }));
  const notes = new Map<string, Excel.Note>();
  if (mode === "notes") {
    for (const a of addresses) {
      const note = sheet.notes.getItemOrNullObject(a);
      note.load("content");
      notes.set(a, note);
    }
  }
  return { sheet, sheetName, runs, notes, fills: new Map() };
}

/** After the sync: each cell's current fill, by A1 address. */
export function settleCellState(state: CellState): CellState {
  for (const run of state.runs) {
    const rows = run.result.value;
    rows.forEach((row, i) => state.fills.set(rectAddress({ top: run.top + i, left: run.col, bottom: run.top + i, right: run.col }), fillOf(row[0])));
  }
  return state;
}

/** Fill writes grouped by identical fill, each group through getRanges in chunks. */
class FillWriter {
  private groups = new Map<string, { fill: Fill; addresses: string[] }>();
  add(address: string, fill: Fill): void {
    const key = JSON.stringify(fill);
    const g = this.groups.get(key) ?? { fill, addresses: [] };
    g.addresses.push(address);
    this.groups.set(key, g);
  }
  queue(sheet: Excel.Worksheet): void {
    for (const { fill, addresses } of this.groups.values()) {
      const cells = addresses.map((a) => parseCell(a)!);
      // Adjacent cells of one colour become one area (B3:B9), which keeps the lists short.
      const areas = columnRuns(cells).map(rectAddress);
      for (const chunk of chunkAddresses(areas)) {
        const f = sheet.getRanges(chunk).format.fill;
        if (fill.pattern === "None") {
          f.clear();
          continue;
        }
        f.color = fill.color;
        f.pattern = fill.pattern as Excel.FillPattern;
        if (fill.patternColor != null) f.patternColor = fill.patternColor;
        if (fill.tintAndShade != null) f.tintAndShade = fill.tintAndShade;
        if (fill.patternTintAndShade != null) f.patternTintAndShade = fill.patternTintAndShade;
      }
    }
  }
}

/** Queues the restoration of `record` if the cell still shows its mark; true when something is restored. */
function restoreOne(record: MarkRecord, state: CellState, comments: Map<string, Excel.Comment>, fills: FillWriter): boolean {
  let restored = false;
  if (sameFill(state.fills.get(record.address), record.applied)) {
    fills.add(record.address, record.original);
    restored = true;
  }
  if (record.note?.kind === "note") {
    const note = state.notes.get(record.address);
    if (note && !note.isNullObject && note.content === record.note.text) {
      if (record.note.original != null) note.content = record.note.original;
      else note.delete();
      restored = true;
    }
  } else if (record.note?.kind === "comment") {
    const comment = comments.get(record.address);
    if (comment && comment.content === record.note.text) {
      comment.delete();
      restored = true;
    }
  }
  return restored;
}

export interface MarkPlanResult {
  /** Records of this sheet after the write. */
  records: MarkRecord[];
  marked: number;
  restored: number;
}

/**
 * Round trip 2 of marking: apply `marks` on one sheet, take off earlier marks that no longer apply,
 * and return the sheet's new records. Cells marked before keep their first recorded original.
 */
export function queueMarkWrite(
  context: Excel.RequestContext,
  state: CellState,
  marks: readonly CellMark[],
  previous: readonly MarkRecord[],
  mode: MarkMode,
  comments: CommentIndex,
): MarkPlanResult {
  const prevByAddress = new Map(previous.map((r) => [r.address, r]));
  const commentMap = commentsByCell(comments, state.sheetName);
  const fills = new FillWriter();
  const records: MarkRecord[] = [];
  let restored = 0;
  const markedNow = new Set(marks.map((m) => m.address));
  for (const r of previous) {
    if (!markedNow.has(r.address) && restoreOne(r, state, commentMap, fills)) restored++;
  }
  for (const m of marks) {
    const prev = prevByAddress.get(m.address);
    const currentFill = state.fills.get(m.address) ?? fillOf(undefined);
    const original = prev && sameFill(currentFill, prev.applied) ? prev.original : currentFill;
    const applied = MARK_FILLS[m.kind];
    fills.add(m.address, applied);
    const record: MarkRecord = { sheet: state.sheetName, address: m.address, original, applied };
    if (mode === "notes") {
      const note = state.notes.get(m.address);
      const current = note && !note.isNullObject ? note.content : null;
      const ours = prev?.note && current === prev.note.text;
      const originalNote = ours ? prev!.note!.original : current;
      const text = originalNote ? `${originalNote}\n\n${m.note}` : m.note;
      if (note && !note.isNullObject) note.content = text;
      else state.sheet.notes.add(m.address, text);
      record.note = { kind: "note", text, original: originalNote };
    } else if (mode === "comments") {
      const existing = commentMap.get(m.address);
      if (!existing) {
        context.workbook.comments.add(`${quoteSheet(state.sheetName)}!${m.address}`, m.note);
        record.note = { kind: "comment", text: m.note, original: null };
      } else if (prev?.note?.kind === "comment" && existing.content === prev.note.text) {
        existing.content = m.note;
        record.note = { kind: "comment", text: m.note, original: null };
      }
      // A cell with the user's own comment keeps it: the fill and the findings list carry ours.
    }
    records.push(record);
  }
  fills.queue(state.sheet);
  return { records, marked: marks.length, restored };
}

/** Round trip 2 of clearing one sheet: restore every record still showing its mark. */
export function queueClearWrite(state: CellState, records: readonly MarkRecord[], comments: CommentIndex): number {
  const commentMap = commentsByCell(comments, state.sheetName);
  const fills = new FillWriter();
  let restored = 0;
  for (const r of records) if (restoreOne(r, state, commentMap, fills)) restored++;
  fills.queue(state.sheet);
  return restored;
}

/**
 * Events off and screen updating suspended for the write batch. `finish` queues events back on
 * and sends the batch; if the batch fails part-way (so the queued restore never ran), it turns
 * events back on in one more round trip before passing the error on.
 */
export function queueQuietWrites(context: Excel.RequestContext, caps: HostCapabilities, eventsBefore: boolean | undefined): { finish: () => Promise<void> } {
  if (caps.enableEvents) context.runtime.enableEvents = false;
  if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  return {
    finish: async () => {
      if (caps.enableEvents) context.runtime.enableEvents = eventsBefore ?? true;
      try {
        await context.sync();
      } catch (e) {
        if (caps.enableEvents) {
          context.runtime.enableEvents = eventsBefore ?? true;
          await context.sync().catch(() => undefined);
        }
        throw e;
      }
    },
  };
}

export { recordKey };
