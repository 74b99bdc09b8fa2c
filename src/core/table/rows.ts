import { findCategory, findIndicator, foldText, normalizeIndicator, type Schema, stripNumbering } from "../schema";
import { stripsNothing } from "../schema/normalize";
import { labelsAnswer, PAIRED_LABELS } from "../parts";
import { figureReader, isBlank, QuantityCache, readQuantity, SheetCell } from "./cells";
import type { Grid, GridCell } from "./grid";
import { cellText, trimmedText } from "./header";
import { BREAKDOWN_LABEL, numberingRank } from "./hierarchy";
import { type ColumnRole, ROLE_ORDER, type RowKind, type TableCell, type TableColumn, type TableModel, type TableRow } from "./types";

/** Roles whose cells hold figures. */
export const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["value", "previous", "growth", "target", "completion"]);

type Cells = TableRow["cells"];


/**
 * One store per role, each at its own site with a named property: a row's cells object gets its
 * properties through cached transitions instead of a keyed store that looks the key up each time.
 */
const SET_CELL: Readonly<Record<ColumnRole, (cells: Cells, cell: TableCell) => void>> = {
  serial: (c, v) => void (c.serial = v),
  category: (c, v) => void (c.category = v),
  indicator: (c, v) => void (c.indicator = v),
  unit: (c, v) => void (c.unit = v),
  value: (c, v) => void (c.value = v),
  previous: (c, v) => void (c.previous = v),
  growth: (c, v) => void (c.growth = v),
  target: (c, v) => void (c.target = v),
  completion: (c, v) => void (c.completion = v),
  department: (c, v) => void (c.department = v),
  note: (c, v) => void (c.note = v),
};

/** As normalizeIndicator strips them: 低保对象: → 低保对象. */
const TRAILING_MARKS = /[:,、;。.]+$/;

/** Whether a code unit is one of TRAILING_MARKS (by its code: no one-character string per row). */
function isTrailingMark(c: number): boolean {
  return c === 0x3a || c === 0x2c || c === 0x3001 || c === 0x3b || c === 0x3002 || c === 0x2e;
}

const BLANK: GridCell = Object.freeze({ value: null, text: "" }) as GridCell;

/** `甲 | 乙 | 1 | 2 | 3`: the column-code row of a statistical form. */
const CODE_TOKEN = /^(?:[甲乙丙丁戊己庚辛壬癸]|[A-Z]|\d{1,2}|栏次|列|—)$/;

function isColumnCodeRow(cells: readonly (GridCell | undefined)[]): boolean {
  let n = 0;
  let last = -1;
  let stems = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const t = trimmedText(cell);
    // Every code is one or two characters: longer text is no code, without a regex.
    if (t.length > 2 || !CODE_TOKEN.test(t)) return false;
    n++;
    if (/^\d+$/.test(t)) {
      const v = Number(t);
      if (last >= 0 && v !== last + 1) return false;
      last = v;
    } else stems++;
  }
  return n >= 2 && (stems > 0 || last >= 1);
}

/**
 * The header written again (a second table stacked below the first, a header repeated for
 * printing): two or more cells read as their column's header, and no more than half the written
 * cells of the mapped columns anything else. A two-row header's cells match either line.
 * 0: no; 1: every written cell of the mapped columns is its header; 2: some are something else
 * (a header of another table that shares 序号 | 指标 | 单位 with this one, perhaps).
 */
function isRepeatedHeader(cells: readonly (GridCell | undefined)[], columns: readonly TableColumn[], gridCols: readonly number[], headerLines: readonly (readonly string[] | undefined)[]): 0 | 1 | 2 {
  let same = 0;
  let other = 0;
  for (let k = 0; k < columns.length; k++) {
    const cell = cells[gridCols[k]];
    if (!cell || typeof cell.value === "number" || isBlank(cell)) {
      // A header repeated is text: a number in its first written cells is a data row (most rows end here).
      if (cell && typeof cell.value === "number" && same + other < 2) return 0;
      if (cell && typeof cell.value === "number") other++;
      continue;
    }
    const t = trimmedText(cell);
    const lines = headerLines[k];
    if (t === columns[k].header || (lines !== undefined && lines.includes(t))) same++;
    else if (same + other < 2) return 0;
    else other++;
  }
  return same >= 2 && other <= same ? (other === 0 ? 1 : 2) : 0;
}

/** The signature and notes lines under a statistical form. */
const FOOTER = /^(?:填报人|填表人|审核人|复核人|负责人|单位负责人|统计负责人|部门负责人|制表人?|联系人|联系电话|填报日期|填表日期|报出日期|报送日期|注[:：]|说明[:：]|填表说明|数据来源)/;

/** The characters FOOTER's words start with (their codes): most rows are told apart by their first character. */
const FOOTER_FIRST: ReadonlySet<number> = new Set(Array.from("填审复负单统部制联报注说数審負製聯報說數統", (ch) => ch.charCodeAt(0)));

function isFooterRow(cells: readonly (GridCell | undefined)[]): boolean {
  let written = 0;
  // A footer's label in the first written cell; figures further on make the row data all the same
  // (`说明:本表数据截至…` written left of a table whose row it shares).
  let labelled = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    // A figure: a data row (most rows end here).
    if (typeof cell!.value === "number") return false;
    if (written++ === 0) {
      const t = trimmedText(cell);
      // (Traditional characters folded: 審核人, 填報日期.)
      if (FOOTER_FIRST.has(t.charCodeAt(0)) && FOOTER.test(foldText(t))) labelled = true;
      // No footer's label, and no first field of a line of signature fields or of a signature line
      // (both read below): no footer, told without reading the rest of the row (a CSV's row of
      // text figures has no number to end it early).
      else if (!opensFooterLine(t)) return false;
    } else if (labelled && TEXT_NUMBER.test(cellText(cell!))) return false;
  }
  if (labelled) return true;
  if (written >= 1 && isLabelledLine(cells)) return true;
  // A signature line: the body's name and the date (`临沂市民政局 | 2024年7月5日`), nothing else.
  if (written < 1 || written > 3) return false;
  let dated = false;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const t = trimmedText(cell);
    if (SIGNED_DATE.test(t)) dated = true;
    else if (!SIGNATORY.test(t)) return false;
  }
  return dated;
}

/**
 * `label:value` as a form's signature lines write it: a short name before the colon, for who
 * (填报单位, 处室负责人, 汇总人, 分管领导, 单位(盖章)), how to reach them (联系电话) or when (报送日期).
 */
const FOOTER_LABEL = /^[\u4e00-\u9fff()（）]{0,10}?(?:人|人员|单位|电话|手机|邮箱|日期|时间|负责人|领导|局长|处长|科长|主任|盖章|签字|签名|部门|制表|填表|审核|复核|签发|校对|经办)[)）]?\s*[:：]/;

/**
 * A line of signature fields (`填报单位:××局 | 填报人:陈敏 | 联系电话:…`), whatever its first word:
 * every written cell is `label:value` (or the value of the field before it), and one label at
 * least names who, how or when. Such a line holds no figure (isFooterRow returns before it for a
 * number), and a data row's label is an indicator (`其中:男`), which names none of these.
 */
function isLabelledLine(cells: readonly (GridCell | undefined)[]): boolean {
  let labelled = 0;
  let other = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const t = foldText(trimmedText(cell));
    if (FOOTER_LABEL.test(t)) labelled++;
    else if (/[:：]/.test(t) || ++other > labelled) return false;
  }
  return labelled > 0;
}

/**
 * Whether a row's first written text may open a line isLabelledLine or the signature line of
 * isFooterRow reads as a footer: a signature field's label, a date or the signing body.
 */
function opensFooterLine(t: string): boolean {
  return FOOTER_LABEL.test(foldText(t)) || SIGNED_DATE.test(t) || SIGNATORY.test(t);
}

/** A full date as a form is signed with: 2024年7月5日, 2024-07-05. */
const SIGNED_DATE = /^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})$/;
/** The body that signs it: a name ending in 局, 厅, 委, 办, 处, 科, 室, 中心, 委员会, 政府 (盖章 after it at most). */
const SIGNATORY = /^[\u4e00-\u9fff()（）]{2,30}(?:局|厅|委|办|处|科|室|中心|委员会|政府|人民政府)(?:[(（]?盖章[)）]?)?$/;

/**
 * The numbering written in the serial column or at the start of the indicator (`一、`, `(一)`,
 * `1.`, `(1)`, `A.`, `其中:`, `#`), folded to half-width; "" when none.
 */
export function numberingOf(serial: string, indicator: string, ownNumbering?: string): string {
  const own = ownNumbering ?? stripNumbering(foldText(indicator)).numbering;
  if (own) {
    // `1 | 其中:结婚登记` then `2 | 离婚登记` …: the 其中 labels the list the serial 1 opens; the serials set its level.
    if (serial && numberingRank(own) === "of-which") {
      const numbered = numberingOf(serial, "", "");
      if (numbered === "1." || numbered === "(1)") return numbered;
    }
    return own;
  }
  if (!serial) return "";
  const s = foldText(serial).replace(/\s+/g, "");
  if (!s) return "";
  if (/^[一二三四五六七八九十]+$/.test(s)) return `${s}、`;
  if (/^\d{1,3}$/.test(s)) return `${s}.`;
  // 1-1, 1.1, 2-3: a part of item 1 (or 2).
  if (/^\d{1,3}(?:[-.]\d{1,3})+$/.test(s)) return s;
  // A statistical form's code (A01, A0101, 0101): a longer code is a part of the shorter one above it.
  if (/^[A-Z]?\d{2,8}$/i.test(s)) return s.toUpperCase();
  if (/^[a-z]$/.test(s)) return `${s}.`;
  return stripNumbering(s + "x").numbering;
}

/** What the rows of one table share to make their cells when asked (GridRow). */
interface RowLayout {
  readonly columns: readonly TableColumn[];
  /** Per table column: its index in a grid row, whether it holds figures, growth figures, its role's store and bit. */
  readonly gridCols: readonly number[];
  /** The grid's first sheet column (rawAt's column → index in a grid row). */
  readonly originCol: number;
  /** The grid's rows and the sheet row of its first (a GridRow finds its grid row from its sheet row). */
  readonly gridRows: readonly (readonly (GridCell | undefined)[] | undefined)[];
  readonly firstSheetRow: number;
  readonly isFigure: readonly boolean[];
  /** Per table column: how its figures are read (a growth's words, a difference in points in words: cells.ts figureReader). */
  readonly readFigure: readonly ReturnType<typeof figureReader>[];
  readonly setCell: readonly ((cells: Cells, cell: TableCell) => void)[];
  readonly roleBit: readonly number[];
  /** Figures repeat down a sheet (growth rates, small counts): each text is read once per table. */
  readonly quantities: QuantityCache;
  /** The table's unmapped figure columns (TableModel.figureExtras), set once found: a data row's written cells there go to `extra`. */
  figureExtras?: readonly TableColumn[];
  /**
   * Sheet columns no role reads whose cells a check still compares (the 序时进度 a 差额(百分点) column
   * is worked out from: TableColumn.difference), set once found: a data row's written cells there go
   * to `extra` (read as figures by no rule of one cell).
   */
  keptCols?: readonly number[];
  /** Grid-row indices of its unit columns (a stacked table's own, which may differ from the first header's). */
  readonly unitIdx: readonly number[];
}

/**
 * What a GridRow holds beyond its plain fields, made when first set: its place in the outline
 * and its cells once made. One shape, every field set.
 */
class RowMore {
  level = 0;
  numbering: string | undefined = undefined;
  parentRow: number | undefined = undefined;
  partKind: TableRow["partKind"] = undefined;
  continues: boolean | undefined = undefined;
  partGroup: number | undefined = undefined;
  cells: Cells | undefined = undefined;
  extra: TableCell[] | undefined = undefined;
  /** The indicator's key where it differs from its name as written (numbering, marks, full-width forms stripped). */
  key: string | undefined = undefined;
}

/**
 * A row of the table model that keeps its grid row and makes its cells (a TableCell and a
 * Quantity per written cell) the first time they are asked for. Issue 3's 100,000-row check:
 * eight cells, three figures and a cells object per row, all alive together, were about half of
 * the check's time in allocation and garbage collection, while the checks read the figures from
 * the grid themselves (checks/context) and want a row's cells only for the few rows they report.
 * Hand-written because the model's interface (`row.cells.value.quantity`) is what the narrative,
 * the add-in and the tests read; this keeps it and changes only when the cells are made.
 */
/** The cells of a grid row the grid does not have (read past its last row). */
const NO_CELLS: readonly (GridCell | undefined)[] = Object.freeze([]);

/** A row's kind as three bits of GridRow's #place. */
const ROW_KINDS: readonly RowKind[] = ["data", "section", "column-codes", "blank", "footer", "header"];

function rowKindCode(kind: RowKind): number {
  switch (kind) {
    case "data":
      return 0;
    case "section":
      return 1;
    case "column-codes":
      return 2;
    case "blank":
      return 3;
    case "footer":
      return 4;
    default:
      return 5;
  }
}

export class GridRow implements TableRow {
  indicator: string;
  category?: string;
  // Every field is set in the constructor (undefined when absent): all rows have one shape, so
  // that reading a row is one hidden class for the engine, not one per combination of fields.
  // The outline (level, numbering, parent, part) is set on the few rows that have one, the cells
  // are made for the few rows a rule reports, and most names are their own key: all three live in
  // an object of its own (RowMore), made when first set; the row and its kind share one integer
  // (#place), and its grid row is found from the sheet row (#gridRow). So a plain row is five
  // fields, not nineteen (issue 3: every data row lives through
  // the check, and the young generation copies it twice and promotes it, each fresh page of the
  // old generation a page fault: 104 bytes a row were ~30 ms of a check's garbage collection).
  #more: RowMore | undefined;
  readonly #layout: RowLayout;
  /** The sheet row and the kind in one small integer: row × 8 + the kind's code (ROW_KINDS). */
  #place: number;
  constructor(row: number, kind: RowKind, indicator: string, indicatorKey: string, layout: RowLayout) {
    this.#place = row * 8 + rowKindCode(kind);
    this.indicator = indicator;
    this.category = undefined;
    this.#more = undefined;
    this.#layout = layout;
    if (indicatorKey !== indicator) this.#own().key = indicatorKey;
  }

  /** The row's cells as read from the grid (its row of the grid the layout was read from: no field of its own). */
  #gridRow(): readonly (GridCell | undefined)[] {
    const layout = this.#layout;
    return layout.gridRows[(this.#place >> 3) - layout.firstSheetRow] ?? NO_CELLS;
  }

  /** 1-based worksheet row. */
  get row(): number {
    return this.#place >> 3;
  }

  get kind(): RowKind {
    return ROW_KINDS[this.#place & 7];
  }
  set kind(kind: RowKind) {
    this.#place = (this.#place & ~7) | rowKindCode(kind);
  }

  /** The indicator normalised as findIndicator reads it (readRows folded it once). */
  get indicatorKey(): string {
    const more = this.#more;
    return more === undefined || more.key === undefined ? this.indicator : more.key;
  }

  get level(): number {
    return this.#more === undefined ? 0 : this.#more.level;
  }
  set level(v: number) {
    if (v !== 0 || this.#more !== undefined) this.#own().level = v;
  }
  get numbering(): string | undefined {
    return this.#more?.numbering;
  }
  set numbering(v: string | undefined) {
    if (v !== undefined || this.#more !== undefined) this.#own().numbering = v;
  }
  get parentRow(): number | undefined {
    return this.#more?.parentRow;
  }
  set parentRow(v: number | undefined) {
    if (v !== undefined || this.#more !== undefined) this.#own().parentRow = v;
  }
  get partKind(): TableRow["partKind"] {
    return this.#more?.partKind;
  }
  set partKind(v: TableRow["partKind"]) {
    if (v !== undefined || this.#more !== undefined) this.#own().partKind = v;
  }
  get continues(): boolean | undefined {
    return this.#more?.continues;
  }
  set continues(v: boolean | undefined) {
    if (v !== undefined || this.#more !== undefined) this.#own().continues = v;
  }
  get partGroup(): number | undefined {
    return this.#more?.partGroup;
  }
  set partGroup(v: number | undefined) {
    if (v !== undefined || this.#more !== undefined) this.#own().partGroup = v;
  }
  #own(): RowMore {
    return (this.#more ??= new RowMore());
  }

  /** The first written cell of the row's own unit columns (those of the header it is read under), as `cells.unit` holds it. */
  unitRaw(): GridCell | undefined {
    const idx = this.#layout.unitIdx;
    if (idx.length === 0) return undefined;
    const grid = this.#gridRow();
    for (let i = 0; i < idx.length; i++) {
      const raw = grid[idx[i]];
      if (raw && !isBlank(raw)) return raw;
    }
    return undefined;
  }

  /** The grid cell in sheet column `col` as read (undefined beyond the row's end). */
  rawAt(col: number): GridCell | undefined {
    return this.#gridRow()[col - this.#layout.originCol];
  }

  /**
   * The table's unmapped figure columns (TableModel.figureExtras), for every row read under this
   * row's header (they share one layout): a data row's written cells there are among its `extra`
   * cells, so that the model as plain objects still holds them.
   */
  setFigureExtras(columns: readonly TableColumn[]): void {
    this.#layout.figureExtras = columns;
  }

  /** As setFigureExtras, for columns no role reads that a check compares (RowLayout.keptCols). */
  setKeptColumns(cols: readonly number[]): void {
    this.#layout.keptCols = cols;
  }

  /** The row's cells holding an Excel error value, mapped columns or not, with their sheet columns. */
  errorCells(): { col: number; raw: GridCell }[] {
    const out: { col: number; raw: GridCell }[] = [];
    const grid = this.#gridRow();
    for (let i = 0; i < grid.length; i++) {
      const cell = grid[i];
      if (cell !== undefined && cell.error) out.push({ col: this.#layout.originCol + i, raw: cell });
    }
    return out;
  }

  /**
   * errorCells and hasSpecial of context.ts in one pass over the row's grid cells, without an
   * array per row (issue 3's 100,000-row check read every cell of every row twice for them): the
   * row's error cells are pushed to `out`; returns whether a cell in a sheet column `flagged` holds
   * an error value or a formula without result.
   */
  scanErrors(flagged: readonly boolean[], out: { row: TableRow; col: number; raw: GridCell }[]): boolean {
    const grid = this.#gridRow();
    const origin = this.#layout.originCol;
    let special = false;
    for (let i = 0; i < grid.length; i++) {
      const cell = grid[i];
      if (cell === undefined) continue;
      if (cell.error) {
        out.push({ row: this, col: origin + i, raw: cell });
        if (flagged[origin + i] === true) special = true;
      } else if (cell.formulaWithoutResult && flagged[origin + i] === true) special = true;
    }
    return special;
  }

  /** The texts of the row's written cells, mapped columns or not, with their sheet columns (a footer's 填报日期 stands anywhere). */
  writtenTexts(): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const grid = this.#gridRow();
    for (let i = 0; i < grid.length; i++) {
      const cell = grid[i];
      if (cell && !isBlank(cell)) out.push({ col: this.#layout.originCol + i, text: trimmedText(cell) });
    }
    return out;
  }

  get cells(): Cells {
    if (this.#more?.cells === undefined) this.#make();
    return this.#more!.cells!;
  }

  get extra(): TableCell[] | undefined {
    if (this.#more?.cells === undefined) this.#make();
    return this.#more!.extra;
  }

  set extra(cells: TableCell[] | undefined) {
    const more = this.#own();
    if (more.cells === undefined) more.cells = {};
    more.extra = cells;
  }

  /** The cells as readRows used to make them for every row: blank figure cells kept (empty-value points at them), a role's later columns in `extra`. */
  #make(): void {
    const cells: Cells = {};
    const more = this.#own();
    more.cells = cells;
    if (this.kind !== "data" && this.kind !== "section") return;
    const { columns, gridCols, isFigure, readFigure, setCell, roleBit, quantities } = this.#layout;
    const gridRow = this.#gridRow();
    const sheetRow = this.row;
    let extra: TableCell[] | undefined;
    let has = 0;
    for (let k = 0; k < columns.length; k++) {
      const col = columns[k];
      const raw = gridRow[gridCols[k]];
      if (!raw || isBlank(raw)) {
        if (isFigure[k] && (has & roleBit[k]) === 0) {
          setCell[k](cells, new SheetCell(sheetRow, col.col, raw ?? BLANK));
          has |= roleBit[k];
        }
        continue;
      }
      let cell: TableCell;
      if (isFigure[k]) {
        const q = readFigure[k](raw, quantities);
        cell = new SheetCell(sheetRow, col.col, raw, q);
      } else cell = new SheetCell(sheetRow, col.col, raw);
      if ((has & roleBit[k]) === 0) {
        setCell[k](cells, cell);
        has |= roleBit[k];
      } else (extra ??= []).push(cell);
    }
    const extras = this.#layout.figureExtras;
    const kept = this.#layout.keptCols;
    // The written cells of the unmapped figure columns, then of the columns a check compares: extra, read as figures.
    if ((extras || kept) && this.kind === "data") {
      for (const col of [...(extras ?? []).map((c) => c.col), ...(kept ?? [])]) {
        const raw = gridRow[col - this.#layout.originCol];
        if (raw && !isBlank(raw)) (extra ??= []).push(new SheetCell(sheetRow, col, raw, readQuantity(raw, quantities)));
      }
    }
    // An error value in a column no role reads (cell-error finds it in any cell of a data row): kept
    // among the extra cells, so that the model as plain objects still holds it.
    if (this.kind === "data") {
      for (const { col, raw } of this.errorCells()) {
        if (columns.some((c) => c.col === col) || extras?.some((c) => c.col === col) || kept?.includes(col)) continue;
        (extra ??= []).push(new SheetCell(sheetRow, col, raw));
      }
    }
    more.extra = extra;
  }

  /** The plain object this row stands for, its keys in the order readRows and buildHierarchy used to add them. */
  toJSON(): TableRow {
    const o: TableRow = { row: this.row, kind: this.kind, indicator: this.indicator, indicatorKey: this.indicatorKey, level: this.level, cells: this.cells };
    if (this.extra) o.extra = this.extra;
    if (this.numbering !== undefined) o.numbering = this.numbering;
    if (this.category !== undefined) o.category = this.category;
    if (this.parentRow !== undefined) o.parentRow = this.parentRow;
    if (this.partKind !== undefined) o.partKind = this.partKind;
    if (this.continues !== undefined) o.continues = this.continues;
    if (this.partGroup !== undefined) o.partGroup = this.partGroup;
    return o;
  }
}

/**
 * The raw grid cell of a row's cell in `role`, without making the row's cells: what `row.cells[role]?.raw`
 * gives (a figure role's first column, blank or not; another role's first written column). The
 * role's columns are found once: the reader is for a rule that reads every row.
 */
export function roleRawReader(role: ColumnRole, columns: readonly TableColumn[]): (row: TableRow) => GridCell | undefined {
  const figure = FIGURE_ROLES.has(role);
  const cols = columns.filter((c) => c.role === role).map((c) => c.col);
  return (row) => {
    if (!(row instanceof GridRow)) return row.cells[role]?.raw;
    if (row.kind !== "data" && row.kind !== "section") return undefined;
    for (let i = 0; i < cols.length; i++) {
      const raw = row.rawAt(cols[i]);
      if (figure) return raw ?? BLANK;
      if (raw && !isBlank(raw)) return raw;
    }
    return undefined;
  };
}


/**
 * Each data row's department (sheet row → name), filled down, when a 处室 column stands before the
 * indicators (`社会救助处 | 1 | 低保对象`, written on each department's first row): the table is
 * grouped by department. Empty when there is no such column (a 责任处室 column after the figures
 * only says who answers for a row). Read from the grid: no row's cells are made.
 */
export function departmentsOf(table: Pick<TableModel, "columns" | "rows">): Map<number, string> {
  const out = new Map<number, string>();
  const department = table.columns.find((c) => c.role === "department");
  const indicator = table.columns.find((c) => c.role === "indicator");
  if (!department || !indicator || department.col > indicator.col) return out;
  const read = roleRawReader("department", [department]);
  let current = "";
  for (let ri = 0; ri < table.rows.length; ri++) {
    const row = table.rows[ri];
    if (row.kind !== "data") continue;
    const raw = read(row);
    if (raw) current = trimmedText(raw);
    out.set(row.row, current);
  }
  return out;
}

/** Whether two 其中 labels answer each other (男 and 女, 城市低保对象 and 农村低保对象). */
const answers = labelsAnswer;

/** The pairs that together make the whole (公办 and 民办 leave out 公建民营 and others). */
const EXHAUSTIVE_PAIRS = PAIRED_LABELS.filter(([x]) => x !== "公办");

/**
 * Whether two 其中 labels split their total between them, nothing left over: 男 | 女,
 * 城市 | 农村, 集中 | 分散 (供养). Such a list must add up to the total, not only stay within it.
 */
export function splitsTotal(a: string, b: string): boolean {
  return answers(a, b, EXHAUSTIVE_PAIRS);
}

/** Whether two 其中 labels answer each other, the second going on with the first's list (男 then 女, 公办 then 民办). */
export function answersLabel(a: string, b: string): boolean {
  return answers(a, b);
}

/** How far a name is indented: its leading spaces (a full-width space counts as one). */
function indentOf(written: string): number {
  let n = 0;
  while (n < written.length) {
    const c = written.charCodeAt(n);
    // Printable ASCII and the common CJK block hold no space: most names end the count at once, with no regex.
    if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || !/[\s\u3000]/.test(written[n])) break;
    n++;
  }
  return n;
}

/**
 * An unnumbered row continuing the 其中 list above it: indented deeper than the list's total (a
 * form that indents every name alike indents none of them deeper), or named by the label that
 * answers the one before (`其中:男` then `女`).
 */
function continuesList(previousKey: string, key: string, written: string, totalIndent: number): boolean {
  return indentOf(written) > totalIndent || answers(previousKey, key);
}

/** A header written below the first one (a second table stacked on the sheet): its grid rows and its columns. */
export interface HeaderBelow {
  /** Grid row indices (0-based) of the header's rows: one, or two for a two-row header. */
  headerRows: readonly number[];
  columns: readonly TableColumn[];
}

/** What reading the rows under one header needs: the columns' places in a grid row, and the layout its rows share. */
interface Reading {
  readonly layout: RowLayout;
  readonly figureCols: readonly number[];
  readonly unitCols: readonly number[];
  readonly indicatorAt: number;
  readonly serialAt: number;
  readonly categoryAt: number;
  readonly hasCategory: boolean;
  /** Per column, the lines of a two-row header (`2024年 / 本期`), split once for every row's isRepeatedHeader; undefined for one line. */
  readonly headerLines: readonly (readonly string[] | undefined)[];
}

function readingOf(grid: Grid, columns: readonly TableColumn[], firstRow: number): Reading {
  const byRole = new Map<ColumnRole, TableColumn>();
  for (const c of columns) if (!byRole.has(c.role)) byRole.set(c.role, c);
  const indicatorCol = byRole.get("indicator") ?? byRole.get("category") ?? columns[0];
  const categoryCol = byRole.get("category");
  const serialCol = byRole.get("serial");
  const gridCols = columns.map((c) => c.col - grid.originCol);
  const isFigure = columns.map((c) => FIGURE_ROLES.has(c.role));
  const figureCols = gridCols.filter((_, k) => isFigure[k]);
  const layout: RowLayout = {
    columns,
    gridCols,
    originCol: grid.originCol,
    gridRows: grid.rows,
    firstSheetRow: grid.originRow + 1,
    isFigure,
    readFigure: columns.map(figureReader),
    setCell: columns.map((c) => SET_CELL[c.role]),
    // Which roles a row has a cell for, as bits: a missing property is never looked up by a key.
    roleBit: columns.map((c) => 1 << ROLE_ORDER.indexOf(c.role)),
    quantities: new QuantityCache((grid.rows.length - firstRow) * figureCols.length),
    unitIdx: columns.filter((c) => c.role === "unit").map((c) => c.col - grid.originCol),
  };
  return {
    layout,
    figureCols,
    unitCols: columns.filter((c) => c.role === "unit").map((c) => c.col - grid.originCol),
    indicatorAt: indicatorCol ? indicatorCol.col - grid.originCol : -1,
    serialAt: serialCol ? serialCol.col - grid.originCol : -1,
    categoryAt: categoryCol && categoryCol !== indicatorCol ? categoryCol.col - grid.originCol : -1,
    hasCategory: !!categoryCol,
    headerLines: columns.map((c) => (c.header.includes(" / ") ? c.header.split(" / ") : undefined)),
  };
}

/** A serial written as a plain count: 1, 12, 103. */
const COUNT = /^\d{1,4}$/;

/** A section's numbering: 一、 二、 (a Chinese numeral and 、). */
const SECTION_NUMBERING = /^[一二三四五六七八九十]{1,3}\s*[、.．]$/;

/** A figure written as text (a CSV's cells): 1,407, -3.7, 12.5%. */
const TEXT_NUMBER = /^\s*[-+]?[\d,]+(?:\.\d+)?%?\s*$/;

/**
 * Whether a row may be a header written below the first one: no figure column holds a number, one
 * holds text at least (the new header's names stand over the figures), and two cells at least are
 * written. Most rows end at their first figure; a row of blank figures at its figure columns.
 */
function mayBeHeader(cells: readonly (GridCell | undefined)[], figureCols: readonly number[]): boolean {
  let text = false;
  for (let k = 0; k < figureCols.length; k++) {
    const cell = cells[figureCols[k]];
    if (cell === undefined || cell.value === null) continue;
    if (typeof cell.value === "number") return false;
    if (typeof cell.value === "string" && TEXT_NUMBER.test(cell.value)) return false;
    if (!text && !isBlank(cell)) text = true;
  }
  if (!text) return false;
  let written = 0;
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i]) && ++written >= 2) return true;
  return false;
}

/**
 * One TableRow per grid row below the header. Blank rows and column-code rows are kept with their
 * kind (never data, never empty values); rows with a name but no figure and no unit are sections
 * (`一、综合`, `(一)行政区划`) unless the catalogue knows the name as an indicator. A row's cells
 * are made when first asked for (GridRow).
 * `headerAt` says whether a row with no figure is a header of its own (a second table stacked on
 * the sheet under other headers; `figureCols` are the grid row's figure columns it is read with
 * so far): the rows below it are read with its columns, down to the next such header. Each row
 * keeps the columns it was read with (its layout).
 */
/** A total written in the category column: 合计, 总计, 全市合计. */
const CATEGORY_TOTAL = /^(?:全[市区县省])?(?:合计|总计|共计)$|^全[市区县省]$/;

export function readRows(grid: Grid, columns: readonly TableColumn[], firstRow: number, schema: Schema, headerAt?: (r: number, figureCols: readonly number[]) => HeaderBelow | null): TableRow[] {
  // One row a grid row, so sized once: pushed one by one, 100,000 rows grew (copied) the array a
  // dozen times, each copy past 128 KB a fresh large object whose pages fault in (half the time of
  // reading the rows, by the profile). Every slot is filled below.
  const out: TableRow[] = new Array<TableRow>(Math.max(0, grid.rows.length - firstRow));
  let filled = 0;
  const hasCatalogue = schema.indicators.length > 0;
  let category: string | undefined;
  let footer = false;
  // The label of the 其中 line just read, while its list may go on.
  let listOpen: string | undefined;
  // A 按…分 label just read under a row of figures (its parts follow), and that row.
  let breakdown = false;
  let lastData: TableRow | undefined;
  // How far the last row that is no 其中 part (a list's total) is indented.
  let totalIndent = 0;
  // The last serial written as a plain count, and whether the serials count every row (its 其中 lines too).
  let lastCount = NaN;
  let serialCounts = false;
  // The columns the rows are read with: the header's, then each header's below it.
  let { layout, figureCols, unitCols, indicatorAt, serialAt, categoryAt, hasCategory, headerLines } = readingOf(grid, columns, firstRow);
  // Grid rows of a header below that is read already (its second row).
  let headerUntil = -1;
  for (let r = firstRow; r < grid.rows.length; r++) {
    const gridRow = grid.rows[r] ?? [];
    const sheetRow = grid.originRow + r + 1;
    // A number in a figure column (most rows): the row is written, and is no footer (isFooterRow
    // returns false at a row's first number at the latest). Asked of the figure cells first, which
    // are read below anyway: for issue 3's 100,000-row check, each cell read costs.
    let numeric = false;
    for (let k = 0; k < figureCols.length; k++) {
      const cell = gridRow[figureCols[k]];
      if (cell && typeof cell.value === "number") {
        numeric = true;
        break;
      }
    }
    let any = numeric;
    for (let i = 0; i < gridRow.length && !any; i++) if (!isBlank(gridRow[i])) any = true;
    let indicator = indicatorAt >= 0 ? trimmedText(gridRow[indicatorAt]) : "";
    // Section names and totals are often written across the serial column: `(一)社会组织总数`.
    if (!indicator && serialAt >= 0) {
      const s = trimmedText(gridRow[serialAt]);
      if (normalizeIndicator(s) && !/^[\d.、()（）一二三四五六七八九十]+$/.test(s)) indicator = s;
    }
    // 救助类别 | 项目 with 合计 in the first and the second blank: the row is the table's total.
    if (!indicator && categoryAt >= 0) {
      const c = trimmedText(gridRow[categoryAt]);
      if (CATEGORY_TOTAL.test(c.replace(/\s+/g, ""))) indicator = c;
    }
    // Folded once: the key is normalizeIndicator's (numbering, spaces, trailing marks removed).
    // (A plain name, the most common, is its own rest: no stripNumbering result made for it.)
    const folded = foldText(indicator);
    const parsed = stripsNothing(folded) ? undefined : stripNumbering(folded);
    const rest = parsed ? parsed.rest : folded;
    const key = rest.length > 0 && isTrailingMark(rest.charCodeAt(rest.length - 1)) ? rest.replace(TRAILING_MARKS, "") : rest;
    const row = new GridRow(sheetRow, "data", indicator, key, layout);
    if (!any) {
      row.kind = "blank";
      out[filled++] = row;
      continue;
    }
    if (footer || (!numeric && isFooterRow(gridRow))) {
      // Everything under 填报人/审核人/注: belongs to the form's footer. Its first written cell is
      // kept (as `extra`): a 注: line is report text, linted like a note cell.
      footer = true;
      row.kind = "footer";
      for (let c = 0; c < gridRow.length; c++)
        if (!isBlank(gridRow[c])) {
          row.extra = [new SheetCell(sheetRow, grid.originCol + c, gridRow[c])];
          break;
        }
      out[filled++] = row;
      continue;
    }
    if (isColumnCodeRow(gridRow)) {
      row.kind = "column-codes";
      out[filled++] = row;
      continue;
    }
    const repeated = r <= headerUntil ? 1 : isRepeatedHeader(gridRow, layout.columns, layout.gridCols, headerLines);
    if (repeated === 1 || (repeated === 2 && headerAt === undefined)) {
      // A new table under the same header: its rows belong to no section of the first one.
      row.kind = "header";
      category = undefined;
      out[filled++] = row;
      continue;
    }
    if (headerAt !== undefined && (repeated === 2 || mayBeHeader(gridRow, figureCols))) {
      const next = headerAt(r, figureCols);
      if (next) {
        // A new table under headers of its own: read with its columns, starting afresh.
        ({ layout, figureCols, unitCols, indicatorAt, serialAt, categoryAt, hasCategory, headerLines } = readingOf(grid, next.columns, r + 1));
        headerUntil = next.headerRows[next.headerRows.length - 1];
        row.kind = "header";
        category = undefined;
        listOpen = undefined;
        totalIndent = 0;
        out[filled++] = row;
        continue;
      }
      if (repeated === 2) {
        // The header written again, a cell or two changed (no header of its own): as before.
        row.kind = "header";
        category = undefined;
        out[filled++] = row;
        continue;
      }
    }
    // (An error value is no figure: `一、社会救助` with a #DIV/0! in its growth cell is still a section.)
    let hasFigure = false;
    for (let k = 0; k < figureCols.length; k++) {
      const cell = gridRow[figureCols[k]];
      if (!isBlank(cell) && !cell!.error) {
        hasFigure = true;
        break;
      }
    }
    const serial = serialAt >= 0 ? cellText(gridRow[serialAt]) : "";
    const own = parsed ? parsed.numbering : "";
    // A form that numbers every row, its 其中 lines too (1 | 城乡低保对象, 2 | 其中:城市低保对象, 3 |
    // 农村低保对象): the serial counts rows, it outlines nothing, so the list goes on under its total.
    const count = COUNT.test(serial.trim()) ? Number(serial) : NaN;
    if (count === lastCount + 1 && numberingRank(own) === "of-which") serialCounts = true;
    if (!Number.isNaN(count)) lastCount = count;
    const numbering = serialCounts && !own && count >= 0 ? "" : numberingOf(serial === indicator ? "" : serial, indicator, own);
    if (numbering) row.numbering = numbering;
    const categoryText = categoryAt >= 0 ? trimmedText(gridRow[categoryAt]) : "";
    if (categoryText) category = categoryText;
    if (!hasFigure) {
      let hasUnit = false;
      for (const u of unitCols)
        if (!isBlank(gridRow[u])) {
          hasUnit = true;
          break;
        }
      // (Numbered as a section, `一、 | 养老床位`, it heads the rows below it whatever its name.)
      const known = !hasUnit && hasCatalogue && indicator !== "" && !SECTION_NUMBERING.test(row.numbering ?? "") && !!findIndicator(schema, indicator) && !findCategory(schema, indicator);
      if (!hasUnit && !known) {
        row.kind = "section";
        // 按年龄段分: under a row of figures announces its parts (hierarchy.ts), no category of rows.
        if (BREAKDOWN_LABEL.test(row.indicatorKey) && lastData !== undefined) breakdown = true;
        else if (!hasCategory && indicator) category = row.indicatorKey || indicator;
      }
    }
    if (category !== undefined && row.kind === "data") row.category = category;
    // `其中:男` then `女`: the second line continues the list (its parent is found with the outline).
    const written = indicatorAt >= 0 ? cellText(gridRow[indicatorAt]) : "";
    if (row.kind === "data" && !row.numbering && listOpen && continuesList(listOpen, row.indicatorKey, written, totalIndent)) row.continues = true;
    // The rows under 按年龄段分: indented deeper than the total are its parts (a flush one ends them).
    if (breakdown && row.kind === "data" && !row.numbering && !listOpen && indentOf(written) > totalIndent) row.continues = true;
    if (row.kind !== "section") breakdown = false;
    const inList = row.kind === "data" && (numberingRank(row.numbering) === "of-which" || row.continues);
    listOpen = inList ? row.indicatorKey : undefined;
    if (row.kind === "data" && !inList) totalIndent = indentOf(written);
    if (row.kind === "data") lastData = row;
    out[filled++] = row;
  }
  // (Each pass of the loop fills one slot; should a later change skip one, no hole is left.)
  if (filled < out.length) out.length = filled;
  return out;
}
