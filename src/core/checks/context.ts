import type { Finding, Locale } from "../findings";
import type { ChecksMessages } from "../i18n/checks.zh-CN";
import { lookupUnit } from "../quantity";
import type { Dimension, Quantity, UnitInfo } from "../quantity/types";
import { findIndicatorForUnit, type IndicatorSpec, type Schema } from "../schema";
import { cellText } from "../table/header";
import { figureReader, isBlank, plainDecimals, QuantityCache, readQuantity, SheetCell } from "../table/cells";
import { a1, type GridCell } from "../table/grid";
import { GridRow } from "../table/rows";
import { Scratch } from "./scratch";
import { CLOSING, OPENING, OUTFLOW } from "../table/stock-words";
import { type ColumnRole, type IndicatorKind, type Period, ROLE_ORDER, type TableCell, type TableColumn, type TableModel, type TableRow } from "../table/types";

/**
 * What every rule needs, computed once per table: each data row's catalogue entry, kind and unit,
 * and each figure in base units with the rounding its writer used (half a unit in the last
 * written digit, in base units). Linear in rows.
 */

/** One figure of a row, in the base unit of its dimension. */
export interface Figure {
  cell: TableCell;
  q: Quantity;
  /** As written, scale applied, in `unit` (4.48亿元 → 448000000 元; 1099.52 in a 万元 column → 1099.52). */
  number: number;
  /** In the dimension's base unit (元, 人, %, …): number × unit factor. */
  base: number;
  /** Half a unit of the last written digit, in base units: the rounding the figure may carry. */
  half: number;
  /** The unit that applies (written in the cell, else the unit column, else the header), or null. */
  unitText: string | null;
  unit: UnitInfo | null;
  /** Where the unit came from. */
  unitFrom: "cell" | "column" | "header" | null;
  dimension: Dimension | null;
  /** Written exactly (no 约/余/近, no range). */
  exact: boolean;
}

/** A row's figures (a handful), looked up by sheet column. */
export interface Figures {
  get(col: number): Figure | undefined;
  /** The row's figures: its roles' first columns in role order, then further columns in sheet order. */
  values(): Figure[];
}

/** What a figure's unit is and where it came from: the same for every figure of a unit and source. */
interface FigureUnit {
  readonly unitText: string | null;
  readonly unit: UnitInfo | null;
  readonly unitFrom: Figure["unitFrom"];
  readonly dimension: Dimension | null;
}

/**
 * The figures of one table's data rows, field by field: its number, base and half in three
 * Float64Arrays, its unit an index into the table's FigureUnits (a handful per table), whether it
 * is exact in a byte, and its Quantity in a map — except for plain numbers (a number shown as
 * itself), whose Quantity is read again from the cell when a rule asks for it. Column by column:
 * a figure's slot is its figure column's index × `rows` + its data row's index, so that a
 * FigureColumn is a run of each array.
 * Hand-written for issue 3's 100,000-row check: three Figure objects and two Quantities per row,
 * all alive while the rules ran, cost more in allocation and garbage collection than the rules;
 * a Figure is now a view (FigureView) made when a rule asks for it and dropped once read.
 */
class FigureTable {
  /** Figure columns. */
  readonly width: number;
  /** Data rows. */
  readonly rows: number;
  /** Sheet column → figure column index. */
  private readonly index: number[] = [];
  /** Figure column index → sheet column. */
  readonly cols: number[];
  /** Figure column indexes in a row's figure order (values()). */
  readonly order: number[];
  /** As written, in base units, half a unit of the last digit (Figure.number, .base, .half). */
  readonly number: Float64Array;
  readonly base: Float64Array;
  readonly half: Float64Array;
  /** 0: no figure; else 1 + its FigureUnit's index (32 bits: text figures may each bring a unit of their own). */
  readonly how: Uint32Array;
  /** 1: written exactly (no 约/余/近, no range). */
  readonly exact: Uint8Array;
  /** The Quantity of each figure that is not a plain number, by slot (most figures are plain). */
  readonly quantities = new Map<number, Quantity>();
  readonly units: FigureUnit[] = [];
  private readonly unitsByText = new Map<string | null, number[]>();
  /** Plain numbers' Quantities are read again through this cache. */
  readonly cache: QuantityCache;
  /** The data rows' RowInfo fields. */
  readonly store: RowStore;

  constructor(columns: readonly TableColumn[], figureCol: readonly boolean[], rows: number, scratch: Scratch, lent?: LentRows) {
    const cols: number[] = [];
    for (const c of columns) if (figureCol[c.col] && this.index[c.col] === undefined) this.index[c.col] = cols.push(c.col) - 1;
    this.cols = cols;
    this.width = cols.length;
    // readRows' order of a row's cells: each role's first column (ROLE_ORDER), then the role's later columns (sheet order).
    const firsts: number[] = [];
    for (const role of ROLE_ORDER) {
      const c = columns.find((x) => x.role === role && figureCol[x.col]);
      if (c) firsts.push(this.index[c.col]);
    }
    this.order = [...firsts, ...cols.map((_, k) => k).filter((k) => !firsts.includes(k))];
    this.rows = rows;
    const slots = rows * this.width;
    this.number = scratch.float64(slots);
    this.base = scratch.float64(slots);
    this.half = scratch.float64(slots);
    this.how = scratch.uint32(slots);
    this.exact = scratch.uint8(slots);
    this.cache = new QuantityCache(slots);
    this.store = new RowStore(rows, scratch, lent?.rowsOf);
  }

  /** The figure column index of a sheet column, -1 for none. */
  indexOf(col: number): number {
    const k = this.index[col];
    return k === undefined ? -1 : k;
  }

  put(slot: number, number: number, base: number, half: number, unit: number, exact: boolean): void {
    this.number[slot] = number;
    this.base[slot] = base;
    this.half[slot] = half;
    this.how[slot] = unit + 1;
    this.exact[slot] = exact ? 1 : 0;
  }

  /** The index of a unit and source among the table's FigureUnits (a table has a handful). */
  unitIndex(unitText: string | null, unit: UnitInfo | null, unitFrom: Figure["unitFrom"], dimension: Dimension | null): number {
    let list = this.unitsByText.get(unitText);
    if (!list) this.unitsByText.set(unitText, (list = []));
    for (const i of list) {
      const u = this.units[i];
      if (u.unit === unit && u.unitFrom === unitFrom && u.dimension === dimension) return i;
    }
    const i = this.units.push({ unitText, unit, unitFrom, dimension }) - 1;
    list.push(i);
    return i;
  }

  /** A figure's Quantity: kept, or (a plain number) read again from its cell. */
  quantity(slot: number, row: TableRow, col: number): Quantity {
    const q = this.quantities.get(slot);
    if (q) return q;
    return readQuantity((row as GridRow).rawAt(col), this.cache)!;
  }
}

/** One figure of a data row, read from its FigureTable when asked; its cell is the row's (made on first use). */
class FigureView implements Figure {
  constructor(
    private readonly table: FigureTable,
    private readonly slot: number,
    /** The cell's sheet column. */
    readonly col: number,
    private readonly row: TableRow,
  ) {}
  get cell(): TableCell {
    return cellAt(this.row, this.col)!;
  }
  /** The cell's A1 address, without making the row's cells. */
  get address(): string {
    return a1(this.row.row - 1, this.col);
  }
  get q(): Quantity {
    return this.table.quantity(this.slot, this.row, this.col);
  }
  get number(): number {
    return this.table.number[this.slot];
  }
  get base(): number {
    return this.table.base[this.slot];
  }
  get half(): number {
    return this.table.half[this.slot];
  }
  get unitText(): string | null {
    return this.table.units[this.table.how[this.slot] - 1].unitText;
  }
  get unit(): UnitInfo | null {
    return this.table.units[this.table.how[this.slot] - 1].unit;
  }
  get unitFrom(): Figure["unitFrom"] {
    return this.table.units[this.table.how[this.slot] - 1].unitFrom;
  }
  get dimension(): Dimension | null {
    return this.table.units[this.table.how[this.slot] - 1].dimension;
  }
  get exact(): boolean {
    return this.table.exact[this.slot] === 1;
  }
}

/**
 * One figure column over the table's data rows (row i is `ctx.rows[i]`), its numbers as arrays
 * indexed by row: for a rule that scans a column for the few rows worth a closer look, without a
 * Figure per row. `figure(i)` is the row's Figure for that look.
 */
export class FigureColumn {
  /** As written, in its unit (Figure.number); only where has(i). */
  readonly number: Float64Array;
  /** In base units (Figure.base); only where has(i). */
  readonly base: Float64Array;
  /** Half a unit of the last written digit (Figure.half); only where has(i). */
  readonly half: Float64Array;
  /** 0: row i has no figure here. */
  readonly how: Uint32Array;
  /** 1: written exactly (Figure.exact). */
  readonly exact: Uint8Array;
  private readonly start: number;
  /** @internal */
  constructor(
    private readonly table: FigureTable,
    k: number,
    /** The sheet column. */
    readonly col: number,
    private readonly rows: readonly RowInfo[],
  ) {
    const from = k * table.rows;
    const to = from + table.rows;
    this.start = from;
    this.number = table.number.subarray(from, to);
    this.base = table.base.subarray(from, to);
    this.half = table.half.subarray(from, to);
    this.how = table.how.subarray(from, to);
    this.exact = table.exact.subarray(from, to);
  }
  /** Row i has a figure here. */
  has(i: number): boolean {
    return this.how[i] !== 0;
  }
  /** Row i's cell (a grid row's) holds a number shown as itself: no blank, error or text. */
  plainNumber(i: number): boolean {
    return this.how[i] !== 0 && !this.table.quantities.has(this.start + i);
  }
  /** Where the figure's unit came from (Figure.unitFrom); only where has(i). */
  unitFrom(i: number): Figure["unitFrom"] {
    return this.table.units[this.how[i] - 1].unitFrom;
  }
  /** What the figure measures (Figure.dimension); only where has(i). */
  dimension(i: number): Dimension | null {
    return this.table.units[this.how[i] - 1].dimension;
  }
  /** Row i's Figure in this column, if it has one. */
  figure(i: number): Figure | undefined {
    return this.how[i] === 0 ? undefined : new FigureView(this.table, this.start + i, this.col, this.rows[i].row);
  }
}

const KINDS: readonly (IndicatorKind | undefined)[] = [undefined, "amount", "count", "rate", "share", "standard", "completion"];
/** A kind's index in KINDS. (A switch: a Map look-up per row was a quarter of reading a row's figures.) */
function kindCode(kind: IndicatorKind | undefined): number {
  switch (kind) {
    case "amount":
      return 1;
    case "count":
      return 2;
    case "rate":
      return 3;
    case "share":
      return 4;
    case "standard":
      return 5;
    case "completion":
      return 6;
    default:
      return 0;
  }
}

/**
 * What each data row's RowInfo says, by data row index: its row, its unit column's text (an index
 * into `units`), its catalogue entry and kind. Hand-written for issue 3: a RowEntry of seven
 * fields per row, alive through the check, was 8 MB the young generation copied twice per 100,000
 * rows; a RowEntry is now two fields and reads the rest here.
 */
class RowStore {
  readonly rows: TableRow[];
  /** 0: no unit text; else 1 + the index in `units`. */
  readonly unit: Uint32Array;
  readonly units: RowUnit[] = [];
  /** Sparse: only rows the catalogue knows. */
  readonly specs: (IndicatorSpec | undefined)[] = [];
  /** An index into KINDS. */
  readonly kind: Uint8Array;
  constructor(rows: number, scratch: Scratch, lent?: TableRow[]) {
    // Sized once: 100,000 pushes grew (copied) each array a dozen times. (Lent: as long or longer.)
    this.rows = lent ?? new Array<TableRow>(rows);
    this.unit = scratch.uint32(rows);
    this.kind = scratch.uint8(rows);
  }
}

/** The FigureTable the RowEntries of a context read (rowPool: the same entries serve the next check). */
class EntryTable {
  figures: FigureTable | undefined = undefined;
}

/**
 * A data row's RowInfo, which is also its Figures (one object per row, not two). It reads its
 * context's FigureTable through an EntryTable, so that a check can be lent the entries the last
 * one made (rowPool): entry i is the i-th data row's in every check.
 */
class RowEntry implements RowInfo, Figures {
  constructor(
    private readonly at: EntryTable,
    /** The row's index among the data rows. */
    private readonly index: number,
  ) {}
  private get table(): FigureTable {
    return this.at.figures!;
  }
  get row(): TableRow {
    return this.table.store.rows[this.index];
  }
  get unitText(): string | null {
    const u = this.table.store.unit[this.index];
    return u === 0 ? null : this.table.store.units[u - 1].text;
  }
  get unit(): UnitInfo | null {
    const u = this.table.store.unit[this.index];
    return u === 0 ? null : this.table.store.units[u - 1].unit;
  }
  get spec(): IndicatorSpec | undefined {
    return this.table.store.specs[this.index];
  }
  get kind(): IndicatorKind | undefined {
    return KINDS[this.table.store.kind[this.index]];
  }
  get figures(): Figures {
    return this;
  }
  get(col: number): Figure | undefined {
    const k = this.table.indexOf(col);
    const slot = k * this.table.rows + this.index;
    if (k < 0 || this.table.how[slot] === 0) return undefined;
    return new FigureView(this.table, slot, col, this.table.store.rows[this.index]);
  }
  values(): Figure[] {
    const out: Figure[] = [];
    const t = this.table;
    const order = t.order;
    for (let i = 0; i < order.length; i++) {
      const k = order[i];
      const slot = k * t.rows + this.index;
      if (t.how[slot] !== 0) out.push(new FigureView(t, slot, t.cols[k], t.store.rows[this.index]));
    }
    return out;
  }
}

/** What a check is lent to hold its data rows (lendRows). */
interface LentRows {
  /** The entries' EntryTable; its `figures` is the context's once made. */
  at: EntryTable;
  /** The context's `rows`: entry i at i, `rows` long. */
  entries: RowEntry[];
  /** The RowStore's rows, at least `rows` long. */
  rowsOf: TableRow[];
}

/**
 * The RowEntries, the array that lists them (ctx.rows) and the RowStore's array of rows, lent
 * from one check to the next: entry i is the i-th data row's in every check, re-pointed at the
 * check's FigureTable through the EntryTable.
 * Hand-written for issue 3: a check made a RowEntry per data row (40 bytes) and two arrays of
 * 100,000 slots. The entries, alive through the rules, were copied twice by the young generation
 * and then promoted, and promotion on the bench machine costs about 4 ms a MB, as each fresh page
 * of the old generation faults in; an array that long is a fresh large object every time (2–3 ms
 * of faults each). Lent ones were promoted once and stay. Only checkGrid is lent them
 * (buildContext with a pooled Scratch), for tables up to MAX_POOLED_ROWS rows; they are taken back when
 * it returns, so no two live contexts share them, and the rows array is cleared so that no table
 * is kept alive by the pool.
 */
const rowPool = { at: new EntryTable(), entries: [] as RowEntry[], rowsOf: [] as TableRow[], busy: false };
const MAX_POOLED_ROWS = 200_000;

function lendRows(rows: number, scratch: Scratch): LentRows | undefined {
  const pool = rowPool;
  if (!scratch.pooled || pool.busy || rows > MAX_POOLED_ROWS) return undefined;
  pool.busy = true;
  const { at, entries, rowsOf } = pool;
  // (Shortened in place when this table has fewer rows; grown by the rows the last had not.)
  if (entries.length > rows) entries.length = rows;
  for (let i = entries.length; i < rows; i++) entries.push(new RowEntry(at, i));
  while (rowsOf.length < rows) rowsOf.push(undefined as unknown as TableRow);
  scratch.whenReleased(() => {
    at.figures = undefined;
    rowsOf.fill(undefined as unknown as TableRow, 0, rows);
    pool.busy = false;
  });
  return pool;
}

export interface RowInfo {
  row: TableRow;
  spec?: IndicatorSpec;
  kind?: IndicatorKind;
  /** The unit column's text and what it is. */
  unitText: string | null;
  unit: UnitInfo | null;
  /** Figures by column (sheet column index). */
  figures: Figures;
}

/** A figure of an unmapped figure column (CheckContext.extraFigures), with its row and column. */
export interface ExtraFigure {
  info: RowInfo;
  column: TableColumn;
  figure: Figure;
}

/** A cell found while preparing the context, with its row and column. */
export interface CellRef {
  row: TableRow;
  cell: TableCell;
  column: TableColumn;
}

export interface CheckContext {
  table: TableModel;
  schema: Schema;
  locale: Locale;
  msg: ChecksMessages;
  /** The period being reported: the caller's year, else the schema's, else the title's. */
  period?: Omit<Period, "label"> & { label: string };
  periodFrom?: "option" | "schema" | "title" | "header";
  rows: RowInfo[];
  byRow: Map<number, RowInfo>;
  /** Columns by role (in sheet order). */
  columns: Map<ColumnRole, TableColumn[]>;
  /** Cells already explained by value-in-wrong-column, so cross-field rules keep quiet there. */
  wrongColumn: Set<string>;
  /** Typed arrays for a rule's own per-row work, lent for the check (./scratch). */
  scratch: Scratch;
  /** The table column at a sheet column. */
  columnAt: Map<number, TableColumn>;
  /** Cells holding an Excel error value or a formula without result (any row but blank ones). */
  special: CellRef[];
  /** Figure cells of data rows whose text gave no number (placeholders, lone units, prose). */
  unreadable: CellRef[];
  /**
   * Every cell of a data row holding an Excel error value, the table's columns or not (a plain
   * row's among its extra cells), row by row and in sheet order: read while the row is at hand.
   */
  errorCells: { row: TableRow; col: number; raw: GridCell }[];
  /** Data rows whose unit cell (the one giving RowInfo.unitText) holds a number, not text. */
  unitIsNumber: ReadonlySet<RowInfo>;
  /** Wide tables: the kind of indicator a figure column's header names. */
  columnKind: Map<number, IndicatorKind>;
  /**
   * The figures of the table's unmapped figure columns (TableModel.figureExtras: 本月 beside
   * 本年累计), data row by data row, for the rules that look at one figure alone (negative-value,
   * non-integer-count). Not among a row's figures nor the figure columns: no rule that compares
   * columns reads them. Their error cells are in `special`, their unreadable ones in `unreadable`.
   */
  extraFigures: ExtraFigure[];
  /** A figure column's figures over `rows` (by row index), for rules that scan a column; undefined for a column of no figures. */
  figureColumn(col: number): FigureColumn | undefined;
  /** Every figure column, in the order of a row's figures (Figures.values()). */
  figureColumns(): FigureColumn[];
  /**
   * A row's figure under a column of another group of the table (TableModel.otherGroups: 本月 beside
   * 本年累计), read as an unmapped figure column's; undefined for a blank, a mark or no number. For
   * the few rules that compare a row's measures across groups: read cell by cell, when asked.
   */
  otherGroupFigure(info: RowInfo, column: TableColumn): Figure | undefined;
}

/** The kind that applies to a figure: its column's (wide tables), else its row's. */
export function kindOf(ctx: CheckContext, info: RowInfo, col: number): IndicatorKind | undefined {
  return ctx.columnKind.get(col) ?? (ctx.columnAt.get(col)?.indicator ? undefined : info.kind);
}

/** The name that applies to a figure: its column's indicator (wide tables), else its row's key. */
export function nameOf(ctx: CheckContext, info: RowInfo, col: number): string {
  return ctx.columnAt.get(col)?.indicator ?? info.row.indicatorKey;
}

export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["value", "previous", "target"]);
export const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["growth", "completion"]);

/** The sheet column of a figure (the context's figures know it without a visit to their cell). */
export function columnOfFigure(f: Figure): number {
  return f instanceof FigureView ? f.col : f.cell.col;
}

/** The A1 address of a figure's cell (the context's figures know it without making their row's cells). */
export function addressOfFigure(f: Figure): string {
  return f instanceof FigureView ? f.address : f.cell.address;
}

/** ctx.columnAt as arrays by sheet column, for rules that look a column up for every figure. */
export function columnArrays(ctx: CheckContext): { at: (TableColumn | undefined)[]; valueLike: boolean[] } {
  const at: (TableColumn | undefined)[] = [];
  const valueLike: boolean[] = [];
  for (const [c, column] of ctx.columnAt) {
    at[c] = column;
    valueLike[c] = VALUE_ROLES.has(column.role);
  }
  return { at, valueLike };
}

/** The cell of `row` in sheet column `col`, if the row has one. */
export function cellAt(row: TableRow, col: number): TableCell | undefined {
  for (const c of Object.values(row.cells)) if (c && c.col === col) return c;
  for (const c of row.extra ?? []) if (c.col === col) return c;
  return undefined;
}

/**
 * A role's cell of a row, each read at its own named-property site (a keyed read of a role a row
 * lacks is a slow lookup; these see the few shapes a table's rows have).
 */
export const GET_CELL: Readonly<Record<ColumnRole, (cells: TableRow["cells"]) => TableCell | undefined>> = {
  serial: (c) => c.serial,
  category: (c) => c.category,
  indicator: (c) => c.indicator,
  unit: (c) => c.unit,
  value: (c) => c.value,
  previous: (c) => c.previous,
  growth: (c) => c.growth,
  target: (c) => c.target,
  completion: (c) => c.completion,
  department: (c) => c.department,
  note: (c) => c.note,
};


/**
 * A rate of what was done against what was planned or due, which may pass 100% (over-fulfilment,
 * not an error): 完成率, 执行率 (预算执行率), 达成率, and the money paid out against its plan or
 * allocation — 拨付率 (资金拨付率), 到位率 (资金到位率), 兑现率 (政策兑现率), 发放率 (补贴发放率),
 * 支出率 (预算支出率). A part of a whole stays a share, capped at 100%: 覆盖率, 入住率, 使用率
 * (床位使用率: beds in use of the beds there are), 参保率, 知晓率.
 */
const COMPLETION_RATE_NAME = /完成率|完成进度|完成比例|执行率|达成率|拨付率|到位率|兑现率|发放率|支出率|进度/;

/**
 * The kind of an indicator the catalogue does not know, from its name and unit: 完成率, 拨付率 a
 * completion (COMPLETION_RATE_NAME), 增长率 a rate, 覆盖率/占比/比例 a share (0–100%).
 */
// Characters every completion/rate/share name contains one of: most names skip the regexes below.
const KIND_HINT = /[率度增降减变比例占覆盖满意知普]/;

export function inferKind(name: string, unit: UnitInfo | null): IndicatorKind | undefined {
  if (!KIND_HINT.test(name)) return kindFromUnit(name, unit);
  if (COMPLETION_RATE_NAME.test(name)) return "completion";
  if (/增长率|增速|增幅|增长|下降|增减|变化率|变动/.test(name)) return "rate";
  if (/覆盖率|占比|比例|比重|率$|率\(|入住率|满意度|知晓率|普及率|达标率|合格率|参保率|覆盖面/.test(name)) return unit && unit.dimension !== "rate" ? undefined : "share";
  return kindFromUnit(name, unit);
}

function kindFromUnit(name: string, unit: UnitInfo | null): IndicatorKind | undefined {
  if (unit?.dimension === "money-per-period" || name.endsWith("标准")) return "standard";
  if (unit?.dimension === "money") return "amount";
  if (unit && (unit.dimension === "persons" || unit.dimension === "households" || unit.dimension === "count")) return "count";
  return undefined;
}

/** The scale word a scaled unit starts with (万人 → 10⁴, 亿元 → 10⁸), 1 when none. */
function leadingScale(unitText: string): number {
  const m = /^(千万|百万|万|萬|亿|億|千)/.exec(unitText);
  if (!m) return 1;
  return { 千万: 1e7, 百万: 1e6, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千: 1e3 }[m[1]] ?? 1;
}

const HALF_ULPS = Array.from({ length: 16 }, (_, d) => 0.5 * 10 ** -d);

function halfUlp(decimals: number): number {
  return decimals < 16 ? HALF_ULPS[decimals] : 0.5 * 10 ** -decimals;
}

/** The factor to its base unit of the figure unitOfFigure last placed (a second result without an object per figure). */
let lastFactor = 1;

/** A figure's unit and where it came from (its index in `table`), as the cell, the row's unit column or the header gives it; its factor in lastFactor. */
function unitOfFigure(
  q: Quantity,
  role: ColumnRole,
  column: TableColumn,
  rowUnitText: string | null,
  rowUnit: UnitInfo | null,
  unitOf: (t: string) => UnitInfo | null,
  table: FigureTable,
): number {
  if (PERCENT_ROLES.has(role)) {
    // × 1 leaves base and half exactly as written. A plain number under 同比增减(百分点) is in points.
    lastFactor = 1;
    if (!q.unit && column.headerUnit && role === "growth" && unitOf(column.headerUnit)?.dimension === "rate-points") return table.unitIndex(column.headerUnit, unitOf(column.headerUnit), "header", "rate-points");
    return table.unitIndex(q.unit ?? "%", unitOf(q.unit ?? "%"), q.unit ? "cell" : "header", q.unit ? q.dimension : "rate");
  }
  let unitText: string | null = null;
  let unit: UnitInfo | null = null;
  let from: Figure["unitFrom"] = null;
  let factor = 1;
  if (q.unit) {
    unitText = q.unit;
    unit = unitOf(q.unit);
    from = "cell";
    factor = unit?.factor ?? 1;
  } else if (rowUnitText) {
    unitText = rowUnitText;
    unit = rowUnit;
    from = "column";
    factor = unit?.factor ?? 1;
    // `3.5万` in a 万人 column: the writer repeated the column's 万; count it once.
    if (q.scaleWord && unit?.scaled) factor /= leadingScale(rowUnitText);
  } else if (column.headerUnit) {
    unitText = column.headerUnit;
    unit = unitOf(column.headerUnit);
    from = "header";
    factor = unit?.factor ?? 1;
  }
  lastFactor = factor;
  return table.unitIndex(unitText, unit, from, unit?.dimension ?? q.dimension);
}

/** Error values and formulas without a result among a row's cells, in the order of the row's cells. */
function specialCells(row: TableRow, colAt: readonly (TableColumn | undefined)[], getters: readonly ((cells: TableRow["cells"]) => TableCell | undefined)[], out: CellRef[]): void {
  const cells = row.cells;
  const extra = row.extra;
  const n = getters.length + (extra ? extra.length : 0);
  for (let i = 0; i < n; i++) {
    const cell = i < getters.length ? getters[i](cells) : extra![i - getters.length];
    if (!cell) continue;
    const column = colAt[cell.col];
    if (column && (cell.raw.error || cell.raw.formulaWithoutResult)) out.push({ row, cell, column });
  }
}

/** The check context: what buildContext found, its rows by sheet row and its figure columns made when asked. */
class Context implements CheckContext {
  period?: CheckContext["period"] = undefined;
  periodFrom?: CheckContext["periodFrom"] = undefined;
  readonly wrongColumn = new Set<string>();
  /** Rows by sheet row: only totals and a few notes need it, so it is made on first use. */
  #byRow: Map<number, RowInfo> | undefined = undefined;
  /** The other groups' rows by sheet row, for a plain row's figure under their columns: made on first use. */
  #otherRows: Map<number, TableRow[]> | undefined = undefined;
  constructor(
    readonly table: TableModel,
    readonly schema: Schema,
    readonly locale: Locale,
    readonly msg: ChecksMessages,
    readonly rows: RowInfo[],
    readonly columns: Map<ColumnRole, TableColumn[]>,
    readonly columnAt: Map<number, TableColumn>,
    readonly special: CellRef[],
    readonly unreadable: CellRef[],
    readonly errorCells: CheckContext["errorCells"],
    readonly unitIsNumber: ReadonlySet<RowInfo>,
    readonly columnKind: Map<number, IndicatorKind>,
    readonly extraFigures: ExtraFigure[],
    private readonly figures: FigureTable,
    readonly scratch: Scratch,
  ) {}
  get byRow(): Map<number, RowInfo> {
    if (!this.#byRow) {
      const byRow = new Map<number, RowInfo>();
      for (const info of this.rows) byRow.set(info.row.row, info);
      this.#byRow = byRow;
    }
    return this.#byRow;
  }
  figureColumn(col: number): FigureColumn | undefined {
    const k = this.figures.indexOf(col);
    return k < 0 ? undefined : new FigureColumn(this.figures, k, col, this.rows);
  }
  figureColumns(): FigureColumn[] {
    return this.figures.order.map((k) => new FigureColumn(this.figures, k, this.figures.cols[k], this.rows));
  }
  otherGroupFigure(info: RowInfo, column: TableColumn): Figure | undefined {
    const row = info.row;
    // A GridRow reads any column of its sheet row; a plain row (read back from JSON) holds its own
    // group's cells only, so the other group's row of the same sheet row is asked.
    let cell: TableCell | undefined;
    let raw: GridCell | undefined;
    if (row instanceof GridRow) raw = row.rawAt(column.col);
    else {
      if (!this.#otherRows) {
        this.#otherRows = new Map();
        for (const g of this.table.otherGroups ?? []) for (const r of g.rows) if (!this.#otherRows.has(r.row)) this.#otherRows.set(r.row, []);
        for (const g of this.table.otherGroups ?? []) for (const r of g.rows) this.#otherRows.get(r.row)!.push(r);
      }
      for (const other of this.#otherRows.get(row.row) ?? []) cell ??= cellAt(other, column.col);
      raw = cell?.raw;
    }
    if (!raw || isBlank(raw) || raw.error || raw.formulaWithoutResult) return undefined;
    const q = cell?.quantity ?? readQuantity(raw, this.figures.cache);
    if (!q || q.number === null || garbled(q) || !Number.isFinite(q.number)) return undefined;
    return unmappedFigure(q, cell ?? new SheetCell(row.row, column.col, raw, q), column, info, lookupUnit, this.figures);
  }
}

/** A row named a comparison or a share in percent: 同比(%), 增长(%), 增幅, 环比增长率, 占比(%). */
const PERCENT_ROW = /^(?:同比|环比|比上年|较上年|比上年同期)?(?:增长|增减|增幅|增速|增长率|增减幅度|增减率|同比|环比|占比|比重)(?:率|幅度)?(?:\(%\)|%)?$/;

export function isPercentRow(key: string): boolean {
  // (Told from the last character first: most rows' names end otherwise, and this runs once a row.)
  const last = key.charCodeAt(key.length - 1);
  if (last !== 0x29 /* ) */ && last !== 0x25 /* % */ && last !== 0x6bd4 /* 比 */ && last !== 0x7387 /* 率 */ && last !== 0x5e45 /* 幅 */ && last !== 0x901f /* 速 */ && last !== 0x957f /* 长 */ && last !== 0x51cf /* 减 */ && last !== 0x5ea6 /* 度 */ && last !== 0x91cd /* 重 */) return false;
  return PERCENT_ROW.test(key);
}

/** A comparison before a change's name: 比上年同期增减, 较上年增加, 同比增减量. */
const CHANGE_BASIS = "(?:同比|环比|[比较](?:上年|去年|上期|上月|上季)(?:同期)?)";
/** A unit after a change's name: 增减量(人), 差额(万元) (not a percent: 增减(%) is a percent row). */
const CHANGE_UNIT = "(?:\\([^()%]{1,8}\\))?";
/**
 * A row named the change between the rows above it, as a number (2025年上半年 | 2024年上半年 | 增减量
 * in a transposed table): 增减量, 增减数, 净增, 差额, 增(+)减(-), 变化, 变动, with a comparison before
 * it or a unit after it, and 增加 after a comparison (比上年增加). Its figures may be negative. (增减 and
 * 同比增减 alone are percent rows as well, left out of the rows: PERCENT_ROW.)
 */
const CHANGE_ROW = new RegExp(
  `^(?:${CHANGE_BASIS}?(?:增减|增减量|增减数|增减额|增减值|净增|净增减|净增加|净减少|差额|差值|差数|变化|变化量|变化数|变动|变动量|变动数|增\\(\\+\\)减\\(-\\))|${CHANGE_BASIS}增加)${CHANGE_UNIT}$`,
);
/** 增加 alone (增加量, 增加数): the change in a comparison, but the inflow beside 年初 | 减少 | 年末. */
const INCREASE_ROW = new RegExp(`^增加(?:量|数)?${CHANGE_UNIT}$`);

/**
 * Which of a table's rows are named a change (CHANGE_ROW): a test of a row's key. A bare 增加 is one
 * only in a table with no row of an outflow or a stock (年初数 | 增加 | 减少 | 年末数 are flows, and an
 * inflow is never negative).
 */
export function changeRowTest(rows: readonly RowInfo[]): (key: string) => boolean {
  let flows: boolean | undefined;
  return (key) => {
    if (CHANGE_ROW.test(key)) return true;
    if (!INCREASE_ROW.test(key)) return false;
    flows ??= rows.some((r) => OUTFLOW.test(r.row.indicatorKey) || OPENING.test(r.row.indicatorKey) || CLOSING.test(r.row.indicatorKey));
    return !flows;
  };
}

/**
 * The context of the rules over one table. With `lender`, its figure arrays and its rows are lent
 * (./scratch, rowPool): the context must then not be used once the lender is released. Without
 * one, they are its own.
 */
export function buildContext(table: TableModel, schema: Schema, locale: Locale, msg: ChecksMessages, year?: number, lender?: Scratch): CheckContext {
  const scratch = lender ?? new Scratch(false);
  const columns = new Map<ColumnRole, TableColumn[]>();
  for (const c of table.columns) {
    const list = columns.get(c.role);
    if (list) list.push(c);
    else columns.set(c.role, [c]);
  }
  const colByIndex = new Map(table.columns.map((c) => [c.col, c]));
  // Per sheet column, once: its table column and whether its cells are figures (no Map or Set per cell).
  // The table column at each sheet column, in an array (as colByIndex: the last column wins).
  const colAt: TableColumn[] = [];
  const figureCol: boolean[] = [];
  for (const c of colByIndex.values()) {
    colAt[c.col] = c;
    figureCol[c.col] = VALUE_ROLES.has(c.role) || PERCENT_ROLES.has(c.role);
  }
  const mapped = [...colByIndex.values()];
  // Only roles some column has can appear in a row's cells: the others are not looked up.
  const getters = ROLE_ORDER.filter((r) => columns.has(r)).map((r) => GET_CELL[r]);
  const special: CellRef[] = [];
  const unreadable: CellRef[] = [];
  const errorCells: CheckContext["errorCells"] = [];
  const unitIsNumber = new Set<RowInfo>();
  const hasCatalogue = schema.indicators.length > 0;
  // Unit texts repeat down a column: each is looked up once.
  const units = new Map<string, UnitInfo | null>();
  const unitOf = (t: string): UnitInfo | null => {
    let u = units.get(t);
    if (u === undefined) units.set(t, (u = lookupUnit(t)));
    return u;
  };
  let dataRows = 0;
  // (Indexed: this loop runs once a table, in code not yet optimised, where for-of made an iterator result per row.)
  for (let i = 0; i < table.rows.length; i++) if (table.rows[i].kind === "data") dataRows++;
  const lent = lendRows(dataRows, scratch);
  const figures = new FigureTable(table.columns, figureCol, dataRows, scratch, lent);
  // Every data row gets one (sized once, as the RowStore's), lent or made here.
  const entryTable = lent ? lent.at : new EntryTable();
  entryTable.figures = figures;
  const rows: RowInfo[] = lent ? lent.entries : new Array<RowInfo>(dataRows);
  let index = 0;
  const order = figures.order;
  const figureColumns = figures.cols.map((c) => colAt[c]);
  // (A growth's cells read its words too, 下降2.1%; a difference in points its own, 落后8.3个百分点.)
  const readAt = figureColumns.map(figureReader);
  const percentAt = figureColumns.map((c) => PERCENT_ROLES.has(c.role));
  // The unit of a plain number (no unit of its own) in each figure column when the row has no unit
  // column text: the same for every row (a percentage's "%", else the header's, else none).
  const plainUnit: number[] = [];
  const plainFactor: number[] = [];
  for (const c of figureColumns) {
    plainUnit.push(unitOfFigure(PLAIN, c.role, c, null, null, unitOf, figures));
    plainFactor.push(lastFactor);
  }
  const mappedCols = mapped.map((c) => c.col);
  // By sheet column: mapped (a data row's error values and formulas without result there are special cells).
  const mappedFlag: boolean[] = [];
  for (const c of mappedCols) mappedFlag[c] = true;
  const unitCols = table.columns.filter((c) => c.role === "unit").map((c) => c.col);
  // Two measures (数量 | 金额(万元)) beside a unit column: the unit column is the measure's whose
  // header names none; a column whose header names its unit is in that unit.
  const twoMeasures = unitCols.length > 0 && figureColumns.some((c) => VALUE_ROLES.has(c.role) && c.headerUnit) && figureColumns.some((c) => VALUE_ROLES.has(c.role) && !c.headerUnit);
  const ownUnit = figureColumns.map((c) => twoMeasures && VALUE_ROLES.has(c.role) && !!c.headerUnit);
  const valueCol = columns.get("value")?.[0];
  const valueK = valueCol ? figures.indexOf(valueCol.col) : -1;
  // Per unit column text: what it is, and (once a row needs it) the unit of a plain number in a
  // value column of its row, the same for every row of that text: one look-up per row.
  const rowUnits = new Map<string, RowUnit>();
  const rowUnitOf = (t: string): RowUnit => {
    let r = rowUnits.get(t);
    if (r === undefined) {
      r = { text: t, unit: unitOf(t), plain: -1, factor: 1, index: figures.store.units.length };
      rowUnits.set(t, r);
      figures.store.units.push(r);
    }
    return r;
  };
  // One row at a time in a function of its own: buildContext runs once a table, so its own code is
  // compiled on the stack mid-loop (OSR), and each deoptimisation (a map or a path the loop had not
  // seen yet) sent the rest of its 100,000 rows back to the interpreter until the next; a function
  // called once a row is optimised after a few hundred calls and keeps its code from table to table.
  const readRow = (row: TableRow): void => {
    if (row.kind === "blank" || row.kind === "column-codes" || row.kind === "header") return;
    const lazy = row instanceof GridRow;
    if (row.kind !== "data") {
      if (!lazy || row.kind === "footer" || hasSpecial(row, mappedCols)) specialCells(row, colAt, getters, special);
      return;
    }
    // A GridRow's cells are read from the grid: the row's TableCells are made only for the rows a rule reports.
    // Its error cells (mapped columns or not) to errorCells, as they stand in the row.
    const hasSpecialCell = lazy ? row.scanErrors(mappedFlag, errorCells) : true;
    let unitText: string | null = null;
    let unitRaw: GridCell | undefined;
    // (The row's own unit column: a table stacked under another is read with its own header.)
    if (lazy) unitRaw = row.unitRaw();
    else {
      const raw = row.cells.unit?.raw;
      if (raw && !isBlank(raw)) unitRaw = raw;
    }
    if (unitRaw) unitText = cellText(unitRaw).trim();
    // 月份 | 结婚登记(对) …, then a row 同比(%) under 上年同期: a row named a comparison in percent
    // holds rates of the rows above, whatever the columns count; none of the checks of a row of
    // figures applies to it (its unit cell, if any, is blank). Left out.
    else if (isPercentRow(row.indicatorKey)) return;
    const rowUnit = unitText ? rowUnitOf(unitText) : undefined;
    const unit = rowUnit ? rowUnit.unit : null;
    let measured = unit;
    for (let i = 0; i < order.length; i++) {
      const k = order[i];
      const col = figures.cols[k];
      const slot = k * dataRows + index;
      let q: Quantity | undefined;
      if (lazy) {
        const raw = row.rawAt(col);
        if (!raw) continue;
        // (A plain number is no blank: isBlank is asked of the other cells only.)
        const decimals = plainDecimals(raw);
        if (decimals >= 0) {
          // A plain number: its unit is the row's or the column's; its Quantity is not kept.
          const v = raw.value as number;
          let u: number;
          let factor: number;
          if (rowUnit && !percentAt[k] && !ownUnit[k]) {
            if (rowUnit.plain < 0) {
              rowUnit.plain = unitOfFigure(PLAIN, figureColumns[k].role, figureColumns[k], rowUnit.text, rowUnit.unit, unitOf, figures);
              rowUnit.factor = lastFactor;
            }
            u = rowUnit.plain;
            factor = rowUnit.factor;
          } else {
            u = plainUnit[k];
            factor = plainFactor[k];
          }
          figures.put(slot, v, v * factor, halfUlp(decimals) * factor, u, true);
          if (k === valueK && !unit && figures.units[u].unit) measured = figures.units[u].unit;
          continue;
        }
        if (isBlank(raw)) continue;
        q = readAt[k](raw, figures.cache);
      } else q = cellAt(row, col)?.quantity;
      if (!q) continue;
      if (q.number === null || garbled(q)) {
        const cell = cellAt(row, col);
        if (cell) unreadable.push({ row, cell, column: figureColumns[k] });
        continue;
      }
      if (!Number.isFinite(q.number)) continue;
      const column = figureColumns[k];
      const u = ownUnit[k] ? unitOfFigure(q, column.role, column, null, null, unitOf, figures) : unitOfFigure(q, column.role, column, unitText, unit, unitOf, figures);
      const number = q.number;
      figures.put(slot, number, number * lastFactor, halfUlp(q.decimals) * q.scale * lastFactor, u, q.bound === "exact" && q.range === null);
      figures.quantities.set(slot, q);
      if (k === valueK && !unit && figures.units[u].unit) measured = figures.units[u].unit;
    }
    if (hasSpecialCell) specialCells(row, colAt, getters, special);
    // (A row read back as a plain object keeps such cells among its extra ones.)
    if (!lazy) for (const c of row.extra ?? []) if (c.raw.error) errorCells.push({ row, col: c.col, raw: c.raw });
    // The row's key is the indicator normalised as findIndicator would (readRows folded it once);
    // the unit (unit column, else the value's own) tells a programme's money from its recipients.
    const spec = hasCatalogue && row.indicator ? findIndicatorForUnit(schema, row.indicatorKey, measured) : undefined;
    const kind = spec?.kind ?? inferKind(row.indicatorKey, unit);
    const store = figures.store;
    store.rows[index] = row;
    if (rowUnit) store.unit[index] = rowUnit.index + 1;
    if (spec) store.specs[index] = spec;
    store.kind[index] = kindCode(kind);
    const info = lent ? lent.entries[index] : new RowEntry(entryTable, index);
    if (unitRaw && typeof unitRaw.value === "number") unitIsNumber.add(info);
    rows[index++] = info;
  };
  for (let i = 0; i < table.rows.length; i++) readRow(table.rows[i]);
  // (Rows left out above leave the last places empty.)
  if (index < rows.length) rows.length = index;
  const extraFigures = table.figureExtras ? readExtraFigures(table.figureExtras, rows, special, unreadable, unitOf, figures) : [];
  const columnKind = new Map<number, IndicatorKind>();
  for (const c of table.columns) {
    if (!c.indicator) continue;
    const k = inferKind(c.indicator, c.headerUnit ? unitOf(c.headerUnit) : null);
    if (k) columnKind.set(c.col, k);
  }
  const ctx = new Context(table, schema, locale, msg, rows, columns, colByIndex, special, unreadable, errorCells, unitIsNumber, columnKind, extraFigures, figures, scratch);
  if (year) {
    ctx.period = { year, label: `${year}年` };
    ctx.periodFrom = "option";
  } else if (schema.period) {
    ctx.period = table.period;
    ctx.periodFrom = "schema";
  } else if (table.period) {
    ctx.period = table.period;
    ctx.periodFrom = table.title && table.period.label && table.title.includes(table.period.label) ? "title" : "header";
  }
  return ctx;
}

/**
 * The cells of the unmapped figure columns in the data rows: error values and formulas without a
 * result to `special`, text that gives no number to `unreadable`, figures (unit as a mapped value
 * column's: the cell's, the row's, the header's) returned. Only tables with such columns pay.
 */
function readExtraFigures(
  extras: readonly TableColumn[],
  rows: readonly RowInfo[],
  special: CellRef[],
  unreadable: CellRef[],
  unitOf: (t: string) => UnitInfo | null,
  figures: FigureTable,
): ExtraFigure[] {
  const out: ExtraFigure[] = [];
  for (let ri = 0; ri < rows.length; ri++) {
    const info = rows[ri];
    const row = info.row;
    const lazy = row instanceof GridRow;
    for (const column of extras) {
      // A GridRow's from the grid; a plain row's (the model read back from JSON) among its extra cells.
      const made = lazy ? undefined : cellAt(row, column.col);
      const raw = lazy ? row.rawAt(column.col) : made?.raw;
      if (!raw || isBlank(raw)) continue;
      if (raw.error || raw.formulaWithoutResult) {
        special.push({ row, cell: made ?? new SheetCell(row.row, column.col, raw), column });
        continue;
      }
      const q = lazy ? readQuantity(raw, undefined) : made!.quantity;
      if (!q) continue;
      const cell = made ?? new SheetCell(row.row, column.col, raw, q);
      if (q.number === null || garbled(q)) {
        unreadable.push({ row, cell, column });
        continue;
      }
      if (!Number.isFinite(q.number)) continue;
      out.push({ info, column, figure: unmappedFigure(q, cell, column, info, unitOf, figures) });
    }
  }
  return out;
}

/**
 * The figure of a cell under a column the table does not map (an unmapped figure column, another
 * group's value), its unit as a mapped value column's: the cell's, the row's, the header's.
 */
function unmappedFigure(q: Quantity, cell: TableCell, column: TableColumn, info: RowInfo, unitOf: (t: string) => UnitInfo | null, figures: FigureTable): Figure {
  // A column whose own header names its unit (金额(万元) beside a 数量 read with the unit column) is in that unit.
  const own = !!column.headerUnit && column.header.includes(column.headerUnit);
  const u = figures.units[unitOfFigure(q, "value", column, own ? null : info.unitText, own ? null : info.unit, unitOf, figures)];
  const number = q.number!;
  return {
    cell,
    q,
    number,
    base: number * lastFactor,
    half: halfUlp(q.decimals) * q.scale * lastFactor,
    unitText: u.unitText,
    unit: u.unit,
    unitFrom: u.unitFrom,
    dimension: u.dimension,
    exact: q.bound === "exact" && q.range === null,
  };
}

/**
 * A figure whose "unit" is the rest of a mistyped number: a letter for a digit (`8O%以上`, `1O5户`)
 * or digits inside it. It was read as 8 or 1, which is no figure written: not a number.
 */
function garbled(q: Quantity): boolean {
  return q.unit !== null && q.problems.includes("unknown-unit") && /^[OoIlｏＯ][\d.%％]|\d/.test(q.unit);
}

/** Whether a GridRow holds an error value or a formula without result in a mapped column. */
function hasSpecial(row: GridRow, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const raw = row.rawAt(cols[i]);
    if (raw && (raw.error || raw.formulaWithoutResult)) return true;
  }
  return false;
}

/** A unit column's text: what it is, and the unit (its FigureTable index) and factor of a plain number in a value column beside it. */
interface RowUnit {
  text: string;
  unit: UnitInfo | null;
  /** -1 until a row needs it. */
  plain: number;
  factor: number;
  /** Its index in the RowStore's units. */
  index: number;
}

/** What unitOfFigure reads of a plain number (no unit, no scale word): its unit follows from the row and column alone. */
const PLAIN = { unit: null, scaleWord: null, dimension: null } as unknown as Quantity;

/** The first column with this role, if any. */
export function first(ctx: CheckContext, role: ColumnRole): TableColumn | undefined {
  return ctx.columns.get(role)?.[0];
}

/** A figure written for a reader: at most `decimals` places, no float noise. */
export function fmt(n: number, decimals = 2): string {
  const s = n.toFixed(Math.max(0, Math.min(decimals, 10)));
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export type RuleResult = Finding[];

/** A check over the table model; one per finding code, in `./rules/<code>.ts`. */
export interface CheckRule {
  code: Finding["code"];
  check(ctx: CheckContext): RuleResult;
}
