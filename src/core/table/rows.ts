import { findCategory, findIndicator, foldText, normalizeIndicator, type Schema, stripNumbering } from "../schema";
import { isBlank, QuantityCache, readGrowthQuantity, readQuantity, SheetCell } from "./cells";
import type { Grid, GridCell } from "./grid";
import { cellText } from "./header";
import { type ColumnRole, ROLE_ORDER, type TableCell, type TableColumn, type TableRow } from "./types";

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
const TRAILING_MARK_CHARS = ":,、;。.";

const BLANK: GridCell = Object.freeze({ value: null, text: "" }) as GridCell;

/** `甲 | 乙 | 1 | 2 | 3`: the column-code row of a statistical form. */
const CODE_TOKEN = /^(?:[甲乙丙丁戊己庚辛壬癸]|[A-Z]|\d{1,2}|栏次|列|—)$/;

function isColumnCodeRow(cells: readonly (GridCell | undefined)[]): boolean {
  let n = 0;
  let last = -1;
  let stems = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const t = cellText(cell!).trim();
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

/** The signature and notes lines under a statistical form. */
const FOOTER = /^(?:填报人|填表人|审核人|复核人|负责人|单位负责人|统计负责人|部门负责人|制表人?|联系人|联系电话|填报日期|填表日期|报出日期|报送日期|注[:：]|说明[:：]|填表说明|数据来源)/;

/** The characters FOOTER's words start with: most rows are told apart by their first character. */
const FOOTER_FIRST = "填审复负单统部制联报注说数";

function isFooterRow(cells: readonly (GridCell | undefined)[]): boolean {
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const t = cellText(cell!).trim();
    return t.length > 0 && FOOTER_FIRST.includes(t[0]) && FOOTER.test(t);
  }
  return false;
}

/**
 * The numbering written in the serial column or at the start of the indicator (`一、`, `(一)`,
 * `1.`, `(1)`, `A.`, `其中:`, `#`), folded to half-width; "" when none.
 */
export function numberingOf(serial: string, indicator: string, ownNumbering?: string): string {
  const own = ownNumbering ?? stripNumbering(foldText(indicator)).numbering;
  if (own) return own;
  if (!serial) return "";
  const s = foldText(serial).replace(/\s+/g, "");
  if (!s) return "";
  if (/^[一二三四五六七八九十]+$/.test(s)) return `${s}、`;
  if (/^\d{1,3}$/.test(s)) return `${s}.`;
  if (/^[a-z]$/.test(s)) return `${s}.`;
  return stripNumbering(s + "x").numbering;
}

/**
 * One TableRow per grid row below the header. Blank rows and column-code rows are kept with their
 * kind (never data, never empty values); rows with a name but no figure and no unit are sections
 * (`一、综合`, `(一)行政区划`) unless the catalogue knows the name as an indicator.
 */
export function readRows(grid: Grid, columns: readonly TableColumn[], firstRow: number, schema: Schema): TableRow[] {
  const out: TableRow[] = [];
  const byRole = new Map<ColumnRole, TableColumn>();
  for (const c of columns) if (!byRole.has(c.role)) byRole.set(c.role, c);
  const indicatorCol = byRole.get("indicator") ?? byRole.get("category") ?? columns[0];
  const categoryCol = byRole.get("category");
  const serialCol = byRole.get("serial");
  const hasCatalogue = schema.indicators.length > 0;
  let category: string | undefined;
  let footer = false;
  const gridCols = columns.map((c) => c.col - grid.originCol);
  const isFigure = columns.map((c) => FIGURE_ROLES.has(c.role));
  const isGrowth = columns.map((c) => c.role === "growth");
  const setCell = columns.map((c) => SET_CELL[c.role]);
  // Which roles a row has a cell for, as bits: a missing property is never looked up by a key.
  const roleBit = columns.map((c) => 1 << ROLE_ORDER.indexOf(c.role));
  // Figures repeat down a sheet (growth rates, small counts): each text is read once per table.
  const quantities = new QuantityCache((grid.rows.length - firstRow) * isFigure.filter(Boolean).length);
  let gridRow: GridCell[] = [];
  const at = (c: TableColumn | undefined): GridCell | undefined => (c ? gridRow[c.col - grid.originCol] : undefined);
  for (let r = firstRow; r < grid.rows.length; r++) {
    gridRow = grid.rows[r] ?? [];
    const sheetRow = grid.originRow + r + 1;
    let any = false;
    for (let i = 0; i < gridRow.length; i++)
      if (!isBlank(gridRow[i])) {
        any = true;
        break;
      }
    let indicator = indicatorCol ? cellText(at(indicatorCol)).trim() : "";
    // Section names and totals are often written across the serial column: `(一)社会组织总数`.
    if (!indicator && serialCol) {
      const s = cellText(at(serialCol)).trim();
      if (normalizeIndicator(s) && !/^[\d.、()()一二三四五六七八九十]+$/.test(s)) indicator = s;
    }
    // Folded once: the key is normalizeIndicator's (numbering, spaces, trailing marks removed).
    const parsed = stripNumbering(foldText(indicator));
    const rest = parsed.rest;
    const key = rest.length > 0 && TRAILING_MARK_CHARS.includes(rest[rest.length - 1]) ? rest.replace(TRAILING_MARKS, "") : rest;
    const row: TableRow = { row: sheetRow, kind: "data", indicator, indicatorKey: key, level: 0, cells: {} };
    if (!any) {
      row.kind = "blank";
      out.push(row);
      continue;
    }
    if (footer || isFooterRow(gridRow)) {
      // Everything under 填报人/审核人/注: belongs to the form's footer. Its first written cell is
      // kept (as `extra`): a 注: line is report text, linted like a note cell.
      footer = true;
      row.kind = "footer";
      for (let c = 0; c < gridRow.length; c++)
        if (!isBlank(gridRow[c])) {
          row.extra = [new SheetCell(sheetRow, grid.originCol + c, gridRow[c])];
          break;
        }
      out.push(row);
      continue;
    }
    if (isColumnCodeRow(gridRow)) {
      row.kind = "column-codes";
      out.push(row);
      continue;
    }
    let hasFigure = false;
    let extra: TableCell[] | undefined;
    let has = 0;
    for (let k = 0; k < columns.length; k++) {
      const col = columns[k];
      const raw = gridRow[gridCols[k]];
      if (!raw || isBlank(raw)) {
        // Blank figure cells are kept so that checks can point at them (empty-value).
        if (isFigure[k] && (has & roleBit[k]) === 0) {
          setCell[k](row.cells, new SheetCell(sheetRow, col.col, raw ?? BLANK));
          has |= roleBit[k];
        }
        continue;
      }
      let cell: TableCell;
      if (isFigure[k]) {
        hasFigure = true;
        const q = isGrowth[k] ? readGrowthQuantity(raw, quantities) : readQuantity(raw, quantities);
        cell = new SheetCell(sheetRow, col.col, raw, q);
      } else cell = new SheetCell(sheetRow, col.col, raw);
      if ((has & roleBit[k]) === 0) {
        setCell[k](row.cells, cell);
        has |= roleBit[k];
      } else (extra ??= []).push(cell);
    }
    if (extra) row.extra = extra;
    const serial = serialCol ? cellText(at(serialCol)) : "";
    const numbering = numberingOf(serial === indicator ? "" : serial, indicator, parsed.numbering);
    if (numbering) row.numbering = numbering;
    const categoryText = categoryCol && categoryCol !== indicatorCol ? cellText(at(categoryCol)).trim() : "";
    if (categoryText) category = categoryText;
    const hasUnit = !!row.cells.unit && !isBlank(row.cells.unit.raw);
    if (!hasFigure && !hasUnit) {
      const known = hasCatalogue && indicator !== "" && !!findIndicator(schema, indicator) && !findCategory(schema, indicator);
      if (!known) {
        row.kind = "section";
        if (!categoryCol && indicator) category = row.indicatorKey || indicator;
      }
    }
    if (category !== undefined && row.kind === "data") row.category = category;
    out.push(row);
  }
  return out;
}
