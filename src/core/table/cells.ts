import { parseQuantity } from "../quantity";

const parseQuantityText = parseQuantity;
import type { Dimension, Quantity, QuantityProblem } from "../quantity/types";
import type { GridCell } from "./grid";
import { columnLetters } from "./grid";
import { cellText, trimmedText } from "./header";
import { pointsInWords } from "./point-words";
import type { TableCell, TableColumn } from "./types";

/** Column letters by sheet column, made once per column for every SheetCell's address. */
const LETTERS: string[] = [];

/**
 * A TableCell as readRows makes it (eight per row of a 100,000-row sheet). Its A1 address is
 * worked out when asked: only findings and the narrative read it, and 800,000 address strings
 * were a tenth of the model's memory and much of its garbage-collection time.
 */
export class SheetCell implements TableCell {
  readonly row: number;
  readonly col: number;
  readonly raw: GridCell;
  readonly quantity: Quantity | undefined;
  constructor(row: number, col: number, raw: GridCell, quantity?: Quantity) {
    this.row = row;
    this.col = col;
    this.raw = raw;
    // Always set (undefined when none): every cell has one shape.
    this.quantity = quantity;
  }
  get address(): string {
    return (LETTERS[this.col] ??= columnLetters(this.col)) + this.row;
  }
  /** As a plain TableCell object would serialise: the address included, no `quantity` key when none. */
  toJSON(): TableCell {
    const o: TableCell = { address: this.address, row: this.row, col: this.col, raw: this.raw };
    if (this.quantity) o.quantity = this.quantity;
    return o;
  }
}

/** Placeholders a clerk writes for "nothing here" (spec: — - / x xx X 待填), and their kin (暂无, 不适用). */
const PLACEHOLDER = /^(?:[—–\-－―~～/／\\、.。·…]+|[xX×]{1,3}|待填|待定|暂无|无|空|不适用|不涉及|未涉及|null|n\/?a|#)$/i;

/** Zero-width characters (not whitespace to String.prototype.trim), alone or among spaces: a cell with nothing visible. */
const ZERO_WIDTH_ONLY = /^[\s\u200b-\u200d\u2060]+$/;

/** Whether a trimmed text shows nothing: empty, or zero-width characters only (checked only when it starts with one). */
function invisible(t: string): boolean {
  if (t === "") return true;
  const c = t.charCodeAt(0);
  return ((c >= 0x200b && c <= 0x200d) || c === 0x2060) && ZERO_WIDTH_ONLY.test(t);
}

export function isBlank(cell: GridCell | undefined): boolean {
  if (!cell) return true;
  if (cell.error || cell.formulaWithoutResult) return false;
  const v = cell.value;
  if (v === null || v === undefined || v === "") return invisible(cellText(cell).trim());
  if (typeof v !== "string") return false;
  // For issue 3's 100,000-row check, where each row's text cells are asked about several times:
  // a text starting with printable ASCII or a common CJK character (neither a space nor a
  // zero-width mark) is written, told without trimming it.
  const c = v.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return invisible(v.trim()) && invisible(cellText(cell).trim());
}

/**
 * A note that says why the row has no figure: not counted this period (本年度不统计, 年底统计, 按年统计),
 * not applicable, or not started yet (下半年开展). Such a blank is the answer, not an omission.
 */
const NO_FIGURE_SAID = /不统计|未统计|无需统计|不再统计|停止统计|暂不统计|不适用|不涉及|暂无数据|无此项|尚未开展|暂未开展|未开展|下半年(?:开展|统计|实施|启动)/;
/**
 * A count made at the year's end (年底统计): an answer only as the note's last words (`该指标年底统计`),
 * not inside a sentence about something else (`上年同期数已按年底统计口径调整`).
 */
const COMES_LATER = /(?:年底|年终|年度|全年|按年|按年度)统计[。.;；]?$/;

/** Whether a row's note says why its figure is blank (empty-value accepts it; the narrative leaves the row out). */
export function explainsBlank(note: string): boolean {
  const t = note.trim();
  return NO_FIGURE_SAID.test(t) || COMES_LATER.test(t);
}

/** A name marked as no longer reported: 农村五保供养对象（停用）, …(已取消), …（不再统计）. */
const RETIRED = /[(（]\s*(?:已|暂)?(?:停用|作废|取消|撤销|废止|不再统计|不再填报|不再使用)\s*[)）]/;

/** Whether an indicator's name says it is no longer reported, so that its blank is the answer. */
export function retiredIndicator(name: string): boolean {
  return RETIRED.test(name);
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** Longest figure worth parsing; a 32,767-character essay in a value cell is simply not a number. */
const MAX_FIGURE = 120;

function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  if (dot < 0) return 0;
  let n = 0;
  for (let i = dot + 1; i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; i++) n++;
  return n;
}

/** Decimals of a stored double without float noise (0.1 + 0.2 → 1). */
function decimalsOfNumber(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(Number(n.toPrecision(12)));
  if (s.includes("e")) return 0;
  return decimalsOf(s);
}

// Shared by every plain figure (hundreds of thousands in a big sheet): nothing may push to it.
const NO_PROBLEMS = Object.freeze([]) as unknown as QuantityProblem[];

/**
 * A plain figure (a number shown as itself, or percent-formatted): two in every row of a big
 * sheet, most of them distinct. Only what differs between them is stored; the six fields every
 * plain figure shares are read from the prototype, which about halves the object (a Quantity is
 * never written to once made). toJSON serialises it as the object literal it stands for.
 */
class PlainQuantity implements Quantity {
  readonly input: string;
  readonly number: number;
  readonly unit: string | null;
  readonly decimals: number;
  constructor(input: string, number: number, unit: string | null, decimals: number) {
    this.input = input;
    this.number = number;
    this.unit = unit;
    this.decimals = decimals;
  }
  get dimension(): Dimension | null {
    return this.unit === "%" ? "rate" : null;
  }
  get scale(): number {
    return 1;
  }
  get scaleWord(): null {
    return null;
  }
  get bound(): "exact" {
    return "exact";
  }
  get range(): null {
    return null;
  }
  get problems(): QuantityProblem[] {
    return NO_PROBLEMS;
  }
  /** Every field, in the order of the literal a plain figure used to be. */
  toJSON(): Quantity {
    return plainLiteral(this.input, this.number, this.unit, this.decimals);
  }
}

function plainLiteral(input: string, number: number, unit: string | null, decimals: number): Quantity {
  return { input, number, unit, dimension: unit === "%" ? "rate" : null, scale: 1, scaleWord: null, bound: "exact", range: null, decimals, problems: NO_PROBLEMS };
}

function plain(input: string, number: number, unit: string | null, decimals: number): Quantity {
  return new PlainQuantity(input, number, unit, decimals);
}

/**
 * The figure in a cell. Numeric cells are read from their value (a percent-formatted 0.048 is
 * 4.8%), with the precision shown; text cells through the quantity engine (`"1,407"`, `4.48亿元`,
 * `4500余`). Undefined for blank, error and unreadable-formula cells.
 */
export function cellQuantity(cell: GridCell | undefined): Quantity | undefined {
  return readQuantity(cell, undefined);
}

/**
 * Quantities of plain numeric cells, for one table: a figure written again further down (growth
 * rates, small counts) is read once and its Quantity shared (a Quantity is never written to once
 * made). Direct-mapped by the value, a fixed number of slots: no lookups in a table that grows
 * with the sheet, and a slot simply keeps the last figure that landed in it.
 */
export class QuantityCache {
  // The value in each slot, beside it: a miss is told from these alone, without a visit to the
  // slot's text or Quantity (NaN matches nothing).
  private readonly values: Float64Array;
  private readonly texts: (string | undefined)[];
  private readonly quantities: (Quantity | undefined)[];
  private readonly shift: number;

  /** Slots for about `cells` figures (a small sheet does not pay for a big table): 64 to 4,096. */
  constructor(cells: number) {
    let bits = 6;
    while (bits < 12 && 1 << bits < cells) bits++;
    this.shift = 32 - bits;
    this.values = new Float64Array(1 << bits).fill(NaN);
    this.texts = new Array<string | undefined>(1 << bits).fill(undefined);
    this.quantities = new Array<Quantity | undefined>(1 << bits).fill(undefined);
  }

  /** The shared Quantity of a General-format numeric cell showing `text` for `v`. */
  plain(text: string, v: number): Quantity {
    const i = Math.imul((v * 1000) | 0, 0x9e3779b1) >>> this.shift;
    if (this.values[i] === v && this.texts[i] === text) {
      const hit = this.quantities[i]!;
      if (Object.is(hit.number, v)) return hit;
    }
    const q = plain(text, v, null, Number.isInteger(v) ? 0 : decimalsOf(text));
    this.values[i] = v;
    this.texts[i] = text;
    this.quantities[i] = q;
    return q;
  }
}

/**
 * The decimals of a figure readQuantity reads as a plain number shown as itself (a numeric cell in
 * General format, its text a number starting with a digit or a minus and ending with a digit or
 * a point: nothing to trim), -1 for any other cell. For a caller that keeps such a figure as
 * its number and decimals and makes its Quantity only when asked (checks/context).
 */
export function plainDecimals(cell: GridCell): number {
  const v = cell.value;
  if (typeof v !== "number" || !Number.isFinite(v) || cell.error || cell.formulaWithoutResult) return -1;
  const fmt = cell.numberFormat;
  if (fmt && fmt !== "General") return -1;
  const text = cell.text;
  if (!text) return -1;
  const c = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!((c >= 48 && c <= 57) || c === 45) || !((last >= 48 && last <= 57) || last === 46)) return -1;
  return Number.isInteger(v) ? 0 : decimalsOf(text);
}

/** cellQuantity, sharing plain numeric figures through `cache` when given. */
export function readQuantity(cell: GridCell | undefined, cache: QuantityCache | undefined): Quantity | undefined {
  if (!cell || cell.error || cell.formulaWithoutResult) return undefined;
  const text = trimmedText(cell);
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
    const v = cell.value;
    const fmt = cell.numberFormat;
    // The common cell: a number shown as itself (the CLI's readers, most of Excel's "General").
    if (!fmt || fmt === "General") {
      // General shows the number itself: its decimals are the text's (no string made from v).
      if (text === "") return plain(String(v), v, null, decimalsOfNumber(v));
      const c = text.charCodeAt(0);
      if ((c >= 48 && c <= 57) || c === 45) {
        // The text and the value decide the whole Quantity.
        return cache ? cache.plain(text, v) : plain(text, v, null, Number.isInteger(v) ? 0 : decimalsOf(text));
      }
    }
    // A percent format scales by 100; a % in quotes or escaped (0.0"%", 0.0\%) is only shown.
    const pct = !!fmt && fmt.replace(/"[^"]*"|\\./g, "").includes("%");
    const shown = text.replace(/,/g, "");
    const shownNumber = /^[-+]?\d+(?:\.\d+)?%?$/.test(shown);
    if (pct) {
      const fmtDec = /0\.(0+)%/.exec(fmt!)?.[1].length;
      const dec = shownNumber && shown.endsWith("%") ? decimalsOf(shown) : fmtDec ?? Math.max(0, decimalsOfNumber(v) - 2);
      return plain(text || String(v), Number((v * 100).toPrecision(15)), "%", dec);
    }
    const agrees = shownNumber && !shown.endsWith("%") && Math.abs(Number(shown) - v) <= 0.5 * 10 ** -decimalsOf(shown) + 1e-12;
    if (!agrees && text !== "") {
      // A format that writes a unit (`#,##0"万元"` shows 1,203万元) or scales the figure (`0!.0,`
      // shows 80830000 as 8083.0, the 万 idiom): the cell says what its text says, as if typed so.
      const figure = shownFigure(text, shown, shownNumber, v);
      if (figure) return figure;
    }
    return plain(text || String(v), v, null, agrees ? decimalsOf(shown) : decimalsOfNumber(v));
  }
  if (typeof cell.value === "boolean") return { ...plainLiteral(text, 0, null, 0), number: null, problems: ["not-a-number"] as QuantityProblem[] };
  if (text === "") return undefined;
  if (text.length > MAX_FIGURE) return { ...plainLiteral(text.slice(0, MAX_FIGURE), 0, null, 0), number: null, problems: ["not-a-number"] as QuantityProblem[] };
  const q = parseQuantity(text);
  if (q.number === null) {
    // `超额完成(105%)`, `已完成(100%)`: a word of completion with the figure in brackets after it, as
    // `105%(超额完成)` has it before them.
    const said = STATUS_WITH_FIGURE.exec(text);
    if (said) {
      const inner = parseQuantity(said[1]);
      if (inner.number !== null) return { ...inner, input: text };
    }
  }
  // Letters typed into the digits (1x4, 17x1, 39a): no figure with an unknown unit, but no figure at all.
  if (q.unit && q.problems.includes("unknown-unit") && LETTERS_IN_FIGURE.test(q.unit)) return { ...plainLiteral(text, 0, null, 0), number: null, problems: ["not-a-number"] as QuantityProblem[] };
  return q;
}

/**
 * The figure a formatted number's text shows, when it is the value times a power of ten (the format's
 * scaling: each trailing `,` divides by 1000) or the value with a unit the format writes. Undefined
 * when the text is no such figure (a date, or a text that says another number).
 */
function shownFigure(text: string, shown: string, shownNumber: boolean, v: number): Quantity | undefined {
  if (shownNumber) {
    const s = Number(shown);
    const k = s === 0 || v === 0 ? 0 : Math.round(Math.log10(Math.abs(v / s)));
    if (k >= 3 && k <= 8 && Math.abs(v - s * 10 ** k) <= 0.5 * 10 ** (k - decimalsOf(shown)) + 1e-9 * Math.abs(v)) return plain(text, s, null, decimalsOf(shown));
    return undefined;
  }
  const q = parseQuantity(text);
  if (q.number === null || q.unit === null || q.range !== null || q.problems.length > 0) return undefined;
  const k = q.number === 0 || v === 0 ? 0 : Math.round(Math.log10(Math.abs(q.number / v)));
  if (k < 0 || k > 8 || Math.abs(q.number - v * 10 ** k) > 0.5 * 10 ** -q.decimals * q.scale + 1e-9 * Math.abs(q.number)) return undefined;
  return q;
}

/** A word of completion and its figure in brackets: `超额完成(105%)`, `已完成(100%)`. Anchored, no nested quantifiers. */
const STATUS_WITH_FIGURE = /^(?:已|超额|全面|基本|提前)?完成\s*[(（]([^()（）]{1,24})[)）]$/;

/** What follows the digits of `1x4`, `17x1`, `39a`: a Latin letter, then digits or nothing. */
const LETTERS_IN_FIGURE = /^[A-Za-z×](?:[A-Za-z×]*\d[\dA-Za-z×]*)?$/;

/** Words a growth cell may carry instead of a sign: 增长4.8% / 下降2.1个百分点 / 净减少411 / 负增长2.1% / 持平. */
const GROWTH_WORD = /^(净增加|净增|增长|增加|上升|提高|提升|增|上涨|多|↑|↗|▲|净减少|净减|负增长|下降|减少|降低|下滑|回落|减|降|下跌|少|↓|↘|▼)\s*/;
const DOWN_WORD = /^(净减少|净减|负增长|下降|减少|降低|下滑|回落|减|降|下跌|少|↓|↘|▼)/;
/** Arrows after the figure (`5.2↑`, `2.1▼`, `5.3%↗`), as some forms write the direction. */
const ARROWS = "↑↗▲↓↘▼";

/**
 * The figure in a growth cell: as cellQuantity, and also `增长4.8%` (+4.8), `下降2.1%` (−2.1),
 * `持平` (0), as clerks write growth in words.
 */
export function growthQuantity(cell: GridCell | undefined): Quantity | undefined {
  return readGrowthQuantity(cell, undefined);
}

/** growthQuantity, sharing plain numeric figures through `cache` when given. */
export function readGrowthQuantity(cell: GridCell | undefined, cache: QuantityCache | undefined): Quantity | undefined {
  const q = readQuantity(cell, cache);
  if (!q || !cell || typeof cell.value === "number") return q;
  const text = cellText(cell).trim();
  // (Read before the figure's own reading, which would take the arrow for a unit.)
  const arrow = text.length > 1 ? text[text.length - 1] : "";
  if (arrow && ARROWS.includes(arrow)) {
    const rest = parseQuantityText(text.slice(0, -1).trim());
    if (rest.number === null || rest.number < 0) return q;
    return { ...rest, input: text, number: DOWN_WORD.test(arrow) ? -rest.number : rest.number };
  }
  if (q.number !== null) return q;
  if (text === "持平") return plain(text, 0, null, 0);
  const m = GROWTH_WORD.exec(text);
  if (!m) return q;
  const rest = parseQuantityText(text.slice(m[0].length));
  if (rest.number === null || rest.number < 0) return q;
  return { ...rest, input: text, number: DOWN_WORD.test(m[1]) ? -rest.number : rest.number };
}

/**
 * The figure in a cell of a difference in points of two rates (TableColumn.difference: 差额(百分点)
 * after 完成率(%) | 序时进度(%)): as its role reads it (a 增减(百分点) column is a growth's), and also
 * the difference in words, `快7.2` (+7.2), `落后8.3个百分点` (−8.3), `持平` (0), as clerks write it
 * there (point-words.ts). Anything else is read as in any other column (not-a-number when no figure).
 */
export function readPointDifferenceQuantity(cell: GridCell | undefined, cache: QuantityCache | undefined, growth: boolean): Quantity | undefined {
  // The words first: the figure's own reading takes 超7.2 and 高于7.2 for "more than 7.2", 低于3.1 for
  // "less than 3.1" (bounds, no exact figure, so never checked), where here they say ahead and behind.
  if (cell && typeof cell.value === "string" && !cell.error && !cell.formulaWithoutResult) {
    const worded = pointsInWords(cellText(cell).trim());
    if (worded) return worded;
  }
  return growth ? readGrowthQuantity(cell, cache) : readQuantity(cell, cache);
}

/** How the cells of a figure column are read: a difference in points, a growth, or any other figure. */
export function figureReader(column: TableColumn): (cell: GridCell | undefined, cache: QuantityCache | undefined) => Quantity | undefined {
  const growth = column.role === "growth";
  if (column.difference) return (cell, cache) => readPointDifferenceQuantity(cell, cache, growth);
  return growth ? readGrowthQuantity : readQuantity;
}
