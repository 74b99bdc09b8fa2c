import type { Finding, Locale } from "../findings";
import { finding } from "../checks/finding";
import { checksMessages } from "../checks/messages";
import { schemaPeriod, type Schema } from "../schema";
import { mapColumns } from "./columns";
import { a1, type Grid } from "./grid";
import { cellText, findHeader, mergedTextAt } from "./header";
import { lookupUnit } from "../quantity";
import { buildHierarchy } from "./hierarchy";
import { findPeriod } from "./period";
import { GridRow, readRows } from "./rows";
import type { TableModel, TableRow } from "./types";

/**
 * A table-wide unit written above the header: `单位:万元`, `计量单位：人`. Not a list of the
 * units the form uses (`单位:人、处、万元`), nor one kind's unit (`金额单位:万元`), nor the
 * reporting body (`填报单位:某局`).
 */
function unitAbove(grid: Grid, titleRows: readonly number[]): string | undefined {
  for (const r of titleRows) {
    for (const cell of grid.rows[r] ?? []) {
      const m = /(?<![\u4e00-\u9fff])(?:计量)?单位\s*[:：]\s*([^\s,，;；、()（）]+)(\s*[、,，;；/])?/u.exec(cellText(cell));
      if (m && !m[2] && lookupUnit(m[1])) return m[1];
    }
  }
  return undefined;
}

export interface BuildOptions {
  locale?: Locale;
}

/**
 * The table model of one sheet: header (below any title rows; one or two rows; merged cells),
 * columns mapped to the schema, rows with their kind, figures and outline. Structural findings:
 * missing-column (also when no header is found at all) and duplicate-column.
 */
export function buildTable(grid: Grid, schema: Schema, options: BuildOptions = {}): { table: TableModel; findings: Finding[] } {
  const msg = checksMessages(options.locale);
  const findings: Finding[] = [];
  const table: TableModel = { sheet: grid.sheet, headerRows: [], columns: [], rows: [] };
  const layout = findHeader(grid, schema);
  if (!layout) {
    const required = schema.columns.filter((c) => c.required);
    const names = (required.length ? required : schema.columns.slice(0, 2)).map((c) => c.aliases[0]).join("”“");
    const header = msg.noHeader({ columns: names });
    if (required.length === 0) findings.push(finding("missing-column", header));
    for (const c of required) findings.push(finding("missing-column", `${header}; ${msg.missingColumn({ column: c.aliases[0] })}`, { column: c.aliases[0] }));
    const p = schemaPeriod(schema);
    if (p) table.period = p;
    return { table, findings };
  }
  table.headerRows = layout.headerRows.map((r) => grid.originRow + r + 1);
  // Title: the rows above the header; its period is the reported one unless the schema says otherwise.
  if (layout.titleRows.length > 0) {
    const textAt = mergedTextAt(grid, layout.headerRows[0] + 1);
    const lines: string[] = [];
    const cells: string[] = [];
    for (const r of layout.titleRows) {
      const row = grid.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const t = textAt(r, c);
        if (!t) continue;
        cells.push(a1(grid.originRow + r, grid.originCol + c));
        lines.push(t);
        break;
      }
    }
    table.title = lines.join("\n");
    if (cells.length > 0) table.titleCell = cells[0];
    if (cells.length > 1) table.titleCells = cells;
  }
  const { columns, problems } = mapColumns(layout, schema, grid.originRow, grid.originCol);
  table.columns = columns;
  // `单位:万元` above the header: the unit of every figure column that names none itself.
  // With a unit column each row says its own unit: the line above it only names the form's usual one.
  const tableUnit = columns.some((c) => c.role === "unit") ? undefined : unitAbove(grid, layout.titleRows);
  if (tableUnit) for (const c of columns) if ((c.role === "value" || c.role === "previous" || c.role === "target") && !c.headerUnit) c.headerUnit = tableUnit;
  for (const p of problems) {
    if (p.kind === "duplicate-column")
      findings.push(finding("duplicate-column", msg.duplicateColumn({ header: p.column.header, first: p.first.header }), { cell: { address: a1(p.headerRow - 1, p.column.col), row: p.headerRow }, column: p.column }));
    else findings.push(finding("missing-column", msg.missingColumn({ column: p.alias }), { column: p.alias }));
  }
  const titlePeriod = table.title ? findPeriod(table.title) : null;
  const fromSchema = schemaPeriod(schema);
  const valueCol = columns.find((c) => c.role === "value");
  if (fromSchema) table.period = fromSchema;
  else if (titlePeriod) {
    const { index: _i, ...p } = titlePeriod;
    table.period = p;
  } else if (valueCol?.period) table.period = valueCol.period;
  // Columns inside the table with no header in any header row (merged headers counted): spacers.
  if (columns.length > 1) {
    const textAt = mergedTextAt(grid, layout.headerRows[layout.headerRows.length - 1] + 1);
    const mapped = new Set(columns.map((c) => c.col));
    const from = Math.min(...mapped);
    const to = Math.max(...mapped);
    const stray: number[] = [];
    for (let c = from + 1; c < to; c++) if (!mapped.has(c) && layout.headerRows.every((r) => textAt(r, c - grid.originCol) === "")) stray.push(c);
    if (stray.length > 0) table.strayColumns = stray;
  }
  const firstRow = layout.headerRows[layout.headerRows.length - 1] + 1;
  table.rows = readRows(grid, columns, firstRow, schema);
  buildHierarchy(table.rows);
  const dates = formDates(grid, layout.titleRows, table.rows);
  if (dates.length > 0) table.dates = dates;
  return { table, findings };
}

/** A date on the form: 2024年7月10日, 2024-07-10, 2024.7.10 (a year and a month at least). */
const DATE = /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月|[-./](\d{1,2})[-./]\d{1,2}(?!\d))/;
/** What says a date is when the form was filled or what it counts to, not a period reported. */
const DATE_WORDS = /日期|截至|截止|时间|报出|报送|填报|填表|制表|日$/;

/** The dates written in the title rows (any cell) and the footer rows of a sheet. */
function formDates(grid: Grid, titleRows: readonly number[], rows: readonly TableRow[]): NonNullable<TableModel["dates"]> {
  const out: NonNullable<TableModel["dates"]> = [];
  // `label` is the written cell left of it: `填报日期:` | `2023-07-08` (a date cell beside its label).
  const add = (r: number, c: number, text: string, label = "") => {
    const m = DATE.exec(text);
    if (!m || !(DATE_WORDS.test(text) || (m.index === 0 && text.length <= 16 && /(?:日期|时间)\s*[:：]?$/.test(label)))) return;
    const month = Number(m[2] ?? m[3]);
    if (month < 1 || month > 12) return;
    out.push({ cell: a1(r, c), row: r + 1, text: text.slice(m.index, m.index + m[0].length + 4).replace(/[^\d年月日\-./]+$/, ""), year: Number(m[1]), month });
  };
  for (const r of titleRows) {
    const row = grid.rows[r] ?? [];
    let label = "";
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      const text = cellText(row[c]).trim();
      if (!text) continue;
      add(grid.originRow + r, grid.originCol + c, text, label);
      label = text;
    }
  }
  for (const row of rows) {
    if (row.kind !== "footer" || !(row instanceof GridRow)) continue;
    let label = "";
    for (const w of row.writtenTexts()) {
      add(row.row - 1, w.col, w.text, label);
      label = w.text;
    }
  }
  return out;
}
