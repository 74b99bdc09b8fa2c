import type { Finding, Locale } from "../findings";
import type { ChecksMessages } from "../i18n/checks.zh-CN";
import { lookupUnit } from "../quantity";
import type { Dimension, Quantity, UnitInfo } from "../quantity/types";
import { findIndicatorForUnit, type IndicatorSpec, type Schema } from "../schema";
import { cellText } from "../table/header";
import { isBlank } from "../table/cells";
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
export class Figures {
  constructor(readonly items: Figure[] = []) {}
  get(col: number): Figure | undefined {
    const items = this.items;
    for (let i = 0; i < items.length; i++) if (columnOfFigure(items[i]) === col) return items[i];
    return undefined;
  }
  values(): Figure[] {
    return this.items;
  }
}

/**
 * The numbers of the figures figureOf makes (number, base, half), three doubles each in blocks of
 * a fixed size: a figure keeps its block and index instead of three boxed doubles of its own, and
 * rules walking the rows read them from consecutive memory.
 */
class FigureStore {
  private readonly size: number;
  private block: Float64Array;
  private used = 0;
  /** Blocks of room for about `figures` figures, 64 to 4,096 (a small sheet does not pay for a big block). */
  constructor(figures: number) {
    this.size = Math.min(FIGURE_BLOCK, Math.max(64, figures)) * 3;
    this.block = new Float64Array(this.size);
  }
  /** Places the three numbers; the block and index to read them from are `last` and the result. */
  put(number: number, base: number, half: number): number {
    if (this.used === this.size) {
      this.block = new Float64Array(this.size);
      this.used = 0;
    }
    const i = this.used;
    this.block[i] = number;
    this.block[i + 1] = base;
    this.block[i + 2] = half;
    this.used = i + 3;
    return i;
  }
  get last(): Float64Array {
    return this.block;
  }
  // A figure's unit as its FigureUnit; the few distinct ones (a table has a handful of units) are
  // shared, by unit text, then the rest compared.
  private readonly units = new Map<string | null, FigureUnit[]>();
  unitFor(unitText: string | null, unit: UnitInfo | null, unitFrom: Figure["unitFrom"], dimension: Dimension | null): FigureUnit {
    let list = this.units.get(unitText);
    if (!list) {
      this.units.set(unitText, (list = []));
    }
    for (let i = 0; i < list.length; i++) {
      const u = list[i];
      if (u.unit === unit && u.unitFrom === unitFrom && u.dimension === dimension) return u;
    }
    const made: FigureUnit = { unitText, unit, unitFrom, dimension };
    list.push(made);
    return made;
  }
}

/** What a figure's unit is and where it came from: the same for every figure of a unit and source. */
interface FigureUnit {
  readonly unitText: string | null;
  readonly unit: UnitInfo | null;
  readonly unitFrom: Figure["unitFrom"];
  readonly dimension: Dimension | null;
}
const FIGURE_BLOCK = 4096;

/**
 * A Figure as figureOf makes it: one small object (three per row of a big sheet), its numbers in
 * a FigureStore block, its unit a FigureUnit shared with the other figures of that unit and
 * source, and `exact` read from its quantity, which never changes.
 */
class CellFigure implements Figure {
  /** The cell's sheet column. */
  readonly col: number;
  private readonly nums: Float64Array;
  private readonly at: number;
  private readonly how: FigureUnit;
  constructor(
    readonly cell: TableCell,
    readonly q: Quantity,
    unitText: string | null,
    unit: UnitInfo | null,
    unitFrom: Figure["unitFrom"],
    dimension: Dimension | null,
    /** The unit's factor (1 for percentages and figures without a unit). */
    factor: number,
    store: FigureStore,
  ) {
    this.col = cell.col;
    const number = q.number!;
    this.at = store.put(number, number * factor, halfUlp(q.decimals) * q.scale * factor);
    this.nums = store.last;
    this.how = store.unitFor(unitText, unit, unitFrom, dimension);
  }
  get unitText(): string | null {
    return this.how.unitText;
  }
  get unit(): UnitInfo | null {
    return this.how.unit;
  }
  get unitFrom(): Figure["unitFrom"] {
    return this.how.unitFrom;
  }
  get dimension(): Dimension | null {
    return this.how.dimension;
  }
  /** Written exactly (no 约/余/近, no range). */
  get exact(): boolean {
    return this.q.bound === "exact" && this.q.range === null;
  }
  get number(): number {
    return this.nums[this.at];
  }
  get base(): number {
    return this.nums[this.at + 1];
  }
  get half(): number {
    return this.nums[this.at + 2];
  }
}

/** A data row's RowInfo, which is also its Figures (one object per row, not two). */
class RowEntry extends Figures implements RowInfo {
  spec?: IndicatorSpec;
  kind?: IndicatorKind;
  constructor(
    readonly row: TableRow,
    readonly unitText: string | null,
    readonly unit: UnitInfo | null,
    items: Figure[],
  ) {
    super(items);
  }
  get figures(): Figures {
    return this;
  }
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
  /** The table column at a sheet column. */
  columnAt: Map<number, TableColumn>;
  /** Cells holding an Excel error value or a formula without result (any row but blank ones). */
  special: CellRef[];
  /** Figure cells of data rows whose text gave no number (placeholders, lone units, prose). */
  unreadable: CellRef[];
  /** Wide tables: the kind of indicator a figure column's header names. */
  columnKind: Map<number, IndicatorKind>;
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

/** The sheet column of a figure (figureOf's figures know it without a visit to their cell). */
export function columnOfFigure(f: Figure): number {
  return f instanceof CellFigure ? f.col : f.cell.col;
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

/** Every cell of a row (primary and extra). */
export function allCells(row: TableRow): TableCell[] {
  const out: TableCell[] = [];
  const cells = row.cells;
  for (let i = 0; i < ROLE_ORDER.length; i++) {
    const c = cells[ROLE_ORDER[i]];
    if (c) out.push(c);
  }
  if (row.extra) for (const c of row.extra) out.push(c);
  return out;
}

/**
 * The kind of an indicator the catalogue does not know, from its name and unit: 完成率 is a
 * completion, 增长率 a rate, 覆盖率/占比/比例 a share (0–100%).
 */
// Characters every completion/rate/share name contains one of: most names skip the regexes below.
const KIND_HINT = /[率度增降减变比例占覆盖满意知普]/;

export function inferKind(name: string, unit: UnitInfo | null): IndicatorKind | undefined {
  if (!KIND_HINT.test(name)) return kindFromUnit(name, unit);
  if (/完成率|完成进度|完成比例|执行率|达成率|进度/.test(name)) return "completion";
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

/** A figure cell as a Figure in its unit (buildContext's store holds the numbers of one table's figures). */
function figureOf(
  cell: TableCell,
  role: ColumnRole,
  column: TableColumn | undefined,
  rowUnitText: string | null,
  rowUnit: UnitInfo | null,
  unitOf: (t: string) => UnitInfo | null,
  store: FigureStore,
): Figure | undefined {
  const q = cell.quantity;
  if (!q || q.number === null || !Number.isFinite(q.number)) return undefined;
  if (PERCENT_ROLES.has(role)) {
    // × 1 leaves base and half exactly as written.
    return new CellFigure(cell, q, q.unit ?? "%", unitOf(q.unit ?? "%"), q.unit ? "cell" : "header", q.unit ? q.dimension : "rate", 1, store);
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
  } else if (column?.headerUnit) {
    unitText = column.headerUnit;
    unit = unitOf(column.headerUnit);
    from = "header";
    factor = unit?.factor ?? 1;
  }
  return new CellFigure(cell, q, unitText, unit, from, unit?.dimension ?? q.dimension, factor, store);
}

export function buildContext(table: TableModel, schema: Schema, locale: Locale, msg: ChecksMessages, year?: number): CheckContext {
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
  // Only roles some column has can appear in a row's cells: the others are not looked up.
  const roles = ROLE_ORDER.filter((r) => columns.has(r));
  const getters = roles.map((r) => GET_CELL[r]);
  const rows: RowInfo[] = [];
  const special: CellRef[] = [];
  const unreadable: CellRef[] = [];
  const hasCatalogue = schema.indicators.length > 0;
  // Unit texts repeat down a column: each is looked up once.
  const units = new Map<string, UnitInfo | null>();
  const unitOf = (t: string): UnitInfo | null => {
    let u = units.get(t);
    if (u === undefined) units.set(t, (u = lookupUnit(t)));
    return u;
  };
  // A row's figures are gathered here, then copied into an array of their exact number.
  const scratch: Figure[] = [];
  const store = new FigureStore(table.rows.length * figureCol.filter(Boolean).length);
  const nRoles = roles.length;
  const valueCol = columns.get("value")?.[0];
  for (const row of table.rows) {
    if (row.kind === "blank" || row.kind === "column-codes") continue;
    const data = row.kind === "data";
    let unitText: string | null = null;
    let unit: UnitInfo | null = null;
    if (data) {
      const unitCell = row.cells.unit;
      unitText = unitCell && !isBlank(unitCell.raw) ? cellText(unitCell.raw).trim() : null;
      unit = unitText ? unitOf(unitText) : null;
    }
    const cells = row.cells;
    const extra = row.extra;
    const n = nRoles + (extra ? extra.length : 0);
    scratch.length = 0;
    for (let i = 0; i < n; i++) {
      const cell = i < nRoles ? getters[i](cells) : extra![i - nRoles];
      if (!cell) continue;
      const column = colAt[cell.col];
      if (!column) continue;
      if (cell.raw.error || cell.raw.formulaWithoutResult) special.push({ row, cell, column });
      if (!data || !figureCol[cell.col]) continue;
      const f = figureOf(cell, column.role, column, unitText, unit, unitOf, store);
      if (f) scratch.push(f);
      else if (cell.quantity && cell.quantity.number === null) unreadable.push({ row, cell, column });
    }
    if (data) {
      const info = new RowEntry(row, unitText, unit, scratch.length > 0 ? scratch.slice() : []);
      // The row's key is the indicator normalised as findIndicator would (readRows folded it once);
      // the unit (unit column, else the value's own) tells a programme's money from its recipients.
      let spec: IndicatorSpec | undefined;
      if (hasCatalogue && row.indicator) {
        let measured = unit;
        if (!measured && valueCol) for (const f of scratch) if (columnOfFigure(f) === valueCol.col && f.unit) measured = f.unit;
        spec = findIndicatorForUnit(schema, row.indicatorKey, measured);
      }
      if (spec) info.spec = spec;
      const kind = spec?.kind ?? inferKind(row.indicatorKey, unit);
      if (kind) info.kind = kind;
      rows.push(info);
    }
  }
  const columnKind = new Map<number, IndicatorKind>();
  for (const c of table.columns) {
    if (!c.indicator) continue;
    const k = inferKind(c.indicator, c.headerUnit ? unitOf(c.headerUnit) : null);
    if (k) columnKind.set(c.col, k);
  }
  // Rows by sheet row: only totals and a few notes need it, so it is made on first use.
  let byRow: Map<number, RowInfo> | undefined;
  const ctx: CheckContext = {
    table,
    schema,
    locale,
    msg,
    rows,
    get byRow(): Map<number, RowInfo> {
      if (!byRow) {
        byRow = new Map();
        for (const info of rows) byRow.set(info.row.row, info);
      }
      return byRow;
    },
    columns,
    wrongColumn: new Set(),
    columnAt: colByIndex,
    special,
    unreadable,
    columnKind,
  };
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
