import type { Finding } from "../findings";
import { lintText } from "../text";
import { cellText } from "../table/header";
import { isBlank } from "../table/cells";
import { lookupUnit, parseQuantity } from "../quantity";
import type { TableCell, TableRow } from "../table/types";
import { cellAt, type CheckContext, type Figure, first, fmt, type RowInfo } from "./context";
import { agreesWithPercent, comparable } from "./arith";
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

/** `同比增长30%`, `较上年同期下降5.1%`, `增幅7.4%`: a growth stated in a note, its sign and its number. */
const NOTE_GROWTH = /(同比|较上年同期|比上年同期|较去年同期|比去年同期|较上年|比上年|较去年|比去年)?(增长|增加|提高|上升|增幅|下降|减少|降低|降幅)(?:了|为|达)?(\d{1,4}(?:\.\d{1,3})?)[%％]/;
/** `上年8.79亿元`, `上年同期为3.98亿元`: the previous figure a note gives. */
const NOTE_PREVIOUS = /(?:上年同期|去年同期|上年|去年)(?:为|是)?(\d[\d,]{0,12}(?:\.\d{1,4})?(?:万|亿)?[^\d\s,，;；。、%％]{0,4})/;

/** A figure written in a note: a number, its scale word and a short unit. */
const NOTE_FIGURE = /\d[\d,]{0,12}(?:\.\d{1,4})?(?:万|亿)?[^\d\s,，;；。、%％]{0,4}/g;

/** Whether a figure of a note is the row's own value (110.18万元 beside 110.18 in 万元), within rounding. */
function sameFigure(q: ReturnType<typeof parseQuantity>, v: Figure): boolean {
  if (q.number === null || !v.unit || v.number === 0) return false;
  const u = q.unit ? lookupUnit(q.unit) : null;
  if (q.unit && (!u || u.dimension !== v.unit.dimension)) return false;
  const factor = u ? u.factor : v.base / v.number;
  return Math.abs(q.number * factor - v.base) <= v.half + 0.5 * 10 ** -q.decimals * q.scale * factor + 1e-9 * Math.abs(v.base);
}

/**
 * A growth stated in a note that does not follow from the row's figures: `上年8.79亿元,增幅7.4%`
 * beside a value of 9.2 (亿元), `较上年同期增长52%` beside 20 and 16. The previous figure is the
 * note's when it gives one (in the value's dimension), else the row's. Only a note with one
 * percentage, said of the same period a year before (同比, 较上年 …, or 增幅 after the previous
 * figure), is read: any other figure in it and the growth may be about something else.
 */
function noteGrowth(ctx: CheckContext, info: RowInfo | undefined, text: string, cell: { address: string; row: number }, column: string, out: Finding[]): void {
  if (!info) return;
  const m = NOTE_GROWTH.exec(text);
  if (!m || text.indexOf("%", m.index + m[0].length) >= 0 || text.indexOf("％", m.index + m[0].length) >= 0) return;
  const before = text.slice(0, m.index);
  if (before.includes("%") || before.includes("％")) return;
  const value = first(ctx, "value");
  const v = value ? info.figures.get(value.col) : undefined;
  if (!v || !v.exact || v.base <= 0 || !v.unit) return;
  const prev = NOTE_PREVIOUS.exec(before);
  let pBase: number;
  let pHalf: number;
  if (prev) {
    const q = parseQuantity(prev[1]);
    const u = q.unit ? lookupUnit(q.unit) : v.unit;
    if (q.number === null || !u || u.dimension !== v.unit.dimension || q.bound !== "exact") return;
    pBase = q.number * (q.unit ? u.factor : v.base / v.number);
    pHalf = 0.5 * 10 ** -q.decimals * q.scale * (q.unit ? u.factor : v.base / v.number);
  } else {
    // Without a previous figure of its own it must say what it compares with.
    if (!m[1]) return;
    const previous = first(ctx, "previous");
    const p = previous ? info.figures.get(previous.col) : undefined;
    if (!p || !p.exact || !comparable(v, p)) return;
    pBase = p.base;
    pHalf = p.half;
  }
  // Another figure in the note besides the previous one and the row's own value (发放临时救助金
  // 110.18万元,较上年下降10.2%): the growth may be another thing's.
  const rest = (prev ? before.replace(prev[0], "") : before).replace(/(?:19|20)\d{2}年/g, "");
  for (const f of rest.matchAll(NOTE_FIGURE)) if (!sameFigure(parseQuantity(f[0]), v)) return;
  const down = /下降|减少|降低|降幅/.test(m[2]);
  const stated = Number(m[3]) * (down ? -1 : 1);
  const decimals = (m[3].split(".")[1] ?? "").length;
  const allowed = Math.max(0.5 * 10 ** -decimals, ctx.schema.tolerances.growthFloor) + 1e-9;
  // (Agrees, too, where the previous figure may be 0 and no growth can be told.)
  if (agreesWithPercent(stated, allowed, v.base, v.half, pBase, pHalf, 1)) return;
  const computed = (v.base / pBase - 1) * 100;
  const expected = fmt(computed, Math.max(1, decimals));
  const offset = m.index + m[0].length - m[3].length - 1;
  const length = m[3].length + 1;
  const message = ctx.msg.growthMismatch({ basis: "yoy", expected, stated: fmt(stated, decimals) });
  const f: Finding = { code: "growth-mismatch", severity: "error", message, value: `${m[3]}%`, expected, offset, length, excerpt: text.slice(Math.max(0, offset - 5), offset + length + 5) };
  out.push(atCell(f, cell, column, info.row.indicator));
}

/**
 * The note column is report text: every note cell goes through `lintText` (the text codes:
 * unit-without-number, missing-ordinal, suspicious-year, …). Its findings become cell findings:
 * cell, row, column and indicator added; offset and length stay, within the cell's text.
 */
export function noteFindings(ctx: CheckContext): Finding[] {
  const notes = ctx.columns.get("note") ?? [];
  const year = ctx.period?.year;
  // Notes repeat (同上, 无, 按时完成): each distinct text is linted once per table.
  const linted = new Map<string, Finding[]>();
  const options = { year, locale: ctx.locale };
  // One pass over the rows for the footer's notes and the note column's (for issue 3's 100,000-row
  // check: a second pass over every row only to find the footer cost a tenth of linting the notes).
  // The footer's findings come first.
  const footers: TableRow[] = [];
  const inRows: Finding[] = [];
  // A row at a time in a function of its own: this runs once a table, and a loop in its own body
  // ran on code compiled on the stack mid-loop, in the interpreter after each deoptimisation.
  const readRow = (row: TableRow): void => {
    if (row.kind === "footer") footers.push(row);
    if (row.kind !== "data" && row.kind !== "section") return;
    for (let n = 0; n < notes.length; n++) {
      const col = notes[n];
      // Read from the grid (the row's cells are not made for a note): a written cell of a mapped column is the row's cell there.
      const raw = row instanceof GridRow ? row.rawAt(col.col) : cellAt(row, col.col)?.raw;
      if (!raw || isBlank(raw) || raw.error) continue;
      const text = cellText(raw);
      let found = linted.get(text);
      if (found === undefined) linted.set(text, (found = lintText(text, options)));
      const growth = text.includes("%") || text.includes("％");
      // The cell's address is made only for a note with something to say (most have nothing).
      if (found.length === 0 && !growth) continue;
      const cell = { address: a1(row.row - 1, col.col), row: row.row };
      for (const f of found) {
        if (f.code === "missing-unit" && f.offset !== undefined && repeatsRowFigure(ctx.byRow.get(row.row), f.value ?? text.slice(f.offset, f.offset + (f.length ?? 0)))) continue;
        inRows.push(atCell(f, cell, col.header, row.indicator));
      }
      // A growth the note states, against the row's figures (when the text itself found none there).
      if (growth && !found.some((f) => f.code === "growth-mismatch")) noteGrowth(ctx, ctx.byRow.get(row.row), text, cell, col.header, inRows);
    }
  };
  const rows = ctx.table.rows;
  for (let i = 0; i < rows.length; i++) readRow(rows[i]);
  const out: Finding[] = [];
  footerNotes(ctx, footers, out);
  return out.length === 0 ? inRows : out.concat(inRows);
}

/** 注: and 说明: lines under a form, and the numbered lines that follow them (2. …). */
const NOTE_LINE = /^(?:注|说明|备注|填表说明)\s*[:：]/;
const NUMBERED = /^(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．]/;

/** The form's notes under the table (in its footer rows) are report text too: linted, their findings on their cells. */
function footerNotes(ctx: CheckContext, footers: readonly TableRow[], out: Finding[]): void {
  let inNotes = false;
  for (const row of footers) {
    if (!row.extra) continue;
    const cell = row.extra[0];
    const text = cellText(cell.raw);
    const trimmed = text.trim();
    inNotes = NOTE_LINE.test(trimmed) || (inNotes && NUMBERED.test(trimmed));
    if (!inNotes) continue;
    for (const f of lintText(text, { year: ctx.period?.year, locale: ctx.locale })) out.push(atCell(f, cell));
  }
}
