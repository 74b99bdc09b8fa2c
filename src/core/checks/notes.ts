import type { Finding } from "../findings";
import { lintText } from "../text";
import { cellText } from "../table/header";
import { isBlank } from "../table/cells";
import { parseQuantity } from "../quantity";
import type { TableCell } from "../table/types";
import { cellAt, type CheckContext, type RowInfo } from "./context";
import { a1 } from "../table/grid";
import { GridRow } from "../table/rows";

/**
 * A figure in the note that repeats one of the row's own figures (`529.12万` beside 529.12 in
 * the 万元 column): the table gives its unit, so a missing unit in the note is no defect.
 */
function repeatsRowFigure(info: RowInfo | undefined, text: string): boolean {
  if (!info || !text) return false;
  const q = parseQuantity(text);
  if (q.number === null) return false;
  for (const f of info.figures.values()) {
    if (f.unit === null) continue;
    const tol = f.half + 1e-9 * Math.abs(f.base);
    if (Math.abs(q.number - f.base) <= tol || Math.abs(q.number - f.number) <= tol) return true;
  }
  return false;
}

/** A text finding as a cell finding: cell, row (and column, indicator) added; offset and length stay, within the cell's text. */
function atCell(f: Finding, cell: Pick<TableCell, "address" | "row">, column?: string, indicator?: string): Finding {
  const g = { code: f.code, severity: f.severity, cell: cell.address, row: cell.row } as Finding;
  if (column !== undefined) g.column = column;
  if (indicator) g.indicator = indicator;
  if (f.value !== undefined) g.value = f.value;
  if (f.expected !== undefined) g.expected = f.expected;
  g.message = f.message;
  if (f.offset !== undefined) g.offset = f.offset;
  if (f.length !== undefined) g.length = f.length;
  if (f.excerpt !== undefined) g.excerpt = f.excerpt;
  return g;
}

/**
 * The note column is report text: every note cell goes through `lintText` (the text codes:
 * unit-without-number, missing-ordinal, suspicious-year, …). Its findings become cell findings:
 * cell, row, column and indicator added; offset and length stay, within the cell's text.
 */
export function noteFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const notes = ctx.columns.get("note") ?? [];
  const year = ctx.period?.year;
  // Notes repeat (同上, 无, 按时完成): each distinct text is linted once per table.
  const linted = new Map<string, Finding[]>();
  footerNotes(ctx, out);
  if (notes.length === 0) return out;
  for (const row of ctx.table.rows) {
    if (row.kind !== "data" && row.kind !== "section") continue;
    for (const col of notes) {
      // Read from the grid (the row's cells are not made for a note): a written cell of a mapped column is the row's cell there.
      const raw = row instanceof GridRow ? row.rawAt(col.col) : cellAt(row, col.col)?.raw;
      if (!raw || isBlank(raw) || raw.error) continue;
      const cell = { address: a1(row.row - 1, col.col), row: row.row };
      const text = cellText(raw);
      let found = linted.get(text);
      if (found === undefined) linted.set(text, (found = lintText(text, { year, locale: ctx.locale })));
      for (const f of found) {
        if (f.code === "missing-unit" && f.offset !== undefined && repeatsRowFigure(ctx.byRow.get(row.row), f.value ?? text.slice(f.offset, f.offset + (f.length ?? 0)))) continue;
        out.push(atCell(f, cell, col.header, row.indicator));
      }
    }
  }
  return out;
}

/** 注: and 说明: lines under a form, and the numbered lines that follow them (2. …). */
const NOTE_LINE = /^(?:注|说明|备注|填表说明)\s*[:：]/;
const NUMBERED = /^(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．]/;

/** The form's notes under the table are report text too: linted, their findings on their cells. */
function footerNotes(ctx: CheckContext, out: Finding[]): void {
  let inNotes = false;
  for (const row of ctx.table.rows) {
    if (row.kind !== "footer" || !row.extra) continue;
    const cell = row.extra[0];
    const text = cellText(cell.raw);
    const trimmed = text.trim();
    inNotes = NOTE_LINE.test(trimmed) || (inNotes && NUMBERED.test(trimmed));
    if (!inNotes) continue;
    for (const f of lintText(text, { year: ctx.period?.year, locale: ctx.locale })) out.push(atCell(f, cell));
  }
}
