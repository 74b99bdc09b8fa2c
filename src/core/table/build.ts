import type { Finding, Locale } from "../findings";
import { finding } from "../checks/finding";
import { checksMessages } from "../checks/messages";
import { schemaPeriod, type Schema } from "../schema";
import { isBlank, isPlaceholder, readQuantity } from "./cells";
import { type ColumnProblem, mapColumns } from "./columns";
import { a1, type Grid } from "./grid";
import { cellText, classifyHeader, findHeader, headerBelow, type HeaderLayout, mergedTextAt, type TextAt } from "./header";
import { lookupUnit } from "../quantity";
import { buildHierarchy } from "./hierarchy";
import { findPeriod } from "./period";
import { FIGURE_ROLES, GridRow, readRows } from "./rows";
import type { TableColumn, TableModel, TableRow, TableSegment } from "./types";

/**
 * A previous or target column whose header names no unit, right after a value column whose header
 * names one (保障人数 → 人, 支出(万元)), in a table with no unit column: in the value's unit. Without
 * it the two figures were of no one dimension, and the growth between them went unchecked.
 */
function inheritUnits(columns: TableColumn[]): void {
  if (columns.some((c) => c.role === "unit")) return;
  const sorted = [...columns].sort((a, b) => a.col - b.col);
  let value: TableColumn | undefined;
  for (const c of sorted) {
    if (c.role === "value") value = c;
    else if ((c.role === "previous" || c.role === "target") && !c.headerUnit && value?.headerUnit && value.headerUnit !== "%" && c.col === value.col + 1) c.headerUnit = value.headerUnit;
  }
}

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

/** A cell that holds a period and nothing else: 2024年1-6月, 2025年第二季度, (2024年度). */
const PERIOD_ONLY = /^[(（]?\s*(?:19|20)\d{2}\s*年\s*(?:度|全年|[上下]半年|第?[一二三四1-4]\s*季度|\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*)?月份?)?\s*[)）]?$/;

/** A period under its label, a line of its own wherever it stands in its row: 统计时段:2024年1月1日至6月30日. */
const PERIOD_LABELLED = /^(?:统计时段|统计期间|统计时间|统计期|报告期|报告期间|报告时段|时段|所属期)\s*[:：]\s*(?:19|20)\d{2}\s*年/;

/** Digits as a header names a period with them: a year, a month, a quarter. */
const PERIOD_DIGITS = /(?:19|20)\d{2}|\d\s*[月季]|[qQ][1-4]/;

export interface BuildOptions {
  locale?: Locale;
}

/**
 * The table model of one sheet: header (below any title rows; one or two rows; merged cells),
 * columns mapped to the schema, rows with their kind, figures and outline. Structural findings:
 * missing-column (also when no header is found at all) and duplicate-column.
 */
export function buildTable(grid: Grid, schema: Schema, options: BuildOptions = {}): { table: TableModel; findings: Finding[] } {
  // (The header is found once: most sheets hold one table, read with it.)
  const layout = findHeader(grid, schema);
  const split = layout ? besideAt(layout) : undefined;
  if (split === undefined) return buildOne(grid, schema, options, layout);
  // Two tables side by side (社会救助's 本期 | 上年同期 | 同比 left, 养老服务's 全年目标 | 上半年完成 |
  // 完成率 right): each read from its own columns as a table of its own; the right one may split again.
  const leftGrid = columnsOf(grid, 0, split);
  const left = buildOne(leftGrid, schema, options, findHeader(leftGrid, schema));
  const right = buildTable(columnsOf(grid, split, Infinity), schema, options);
  const table = left.table;
  const { beside: further, ...next } = right.table;
  // The sheet's title and period stand above the left table (a merged title's text in its first cell).
  if (!next.period && table.period) next.period = table.period;
  if (table.dates && !next.dates) next.dates = table.dates;
  table.beside = [next, ...(further ?? [])];
  return { table, findings: [...left.findings, ...right.findings] };
}

/**
 * Where a second table starts beside the first on the same header row: a second column of
 * indicator names (指标 … 指标) with figure columns after each. A column of names right after
 * another (项目 | Item), with no figure between, is one table's.
 */
function besideAt(layout: HeaderLayout): number | undefined {
  let names = -1;
  let figures = false;
  // The last figure column's grid column: a table beside needs one after its names.
  let lastFigure = -1;
  for (const c of layout.columns) if (c.cls && FIGURE_ROLES.has(c.cls.role)) lastFigure = Math.max(lastFigure, c.col);
  for (const c of layout.columns) {
    const role = c.cls?.role;
    if (role === "indicator") {
      if (names >= 0 && figures && lastFigure > c.col) return c.col;
      names = c.col;
      figures = false;
    } else if (names >= 0 && role && FIGURE_ROLES.has(role)) figures = true;
  }
  return undefined;
}

/** The grid's columns from `from` up to (not including) `to`, as a grid of their own on the same sheet. */
function columnsOf(grid: Grid, from: number, to: number): Grid {
  const out: Grid = { sheet: grid.sheet, originRow: grid.originRow, originCol: grid.originCol + from, rows: grid.rows.map((r) => r.slice(from, to)) };
  if (grid.hidden) out.hidden = true;
  if (grid.merges) {
    const merges = [];
    for (const m of grid.merges) {
      if (m.right < from || m.left >= to) continue;
      merges.push({ top: m.top, bottom: m.bottom, left: Math.max(m.left, from) - from, right: Math.min(m.right, to - 1) - from });
    }
    out.merges = merges;
  }
  return out;
}

/** One table's model (buildTable, after any table beside it is split off), read with its header as found. */
function buildOne(grid: Grid, schema: Schema, options: BuildOptions, layout: HeaderLayout | null): { table: TableModel; findings: Finding[] } {
  const msg = checksMessages(options.locale);
  const findings: Finding[] = [];
  const table: TableModel = { sheet: grid.sheet, headerRows: [], columns: [], rows: [] };
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
      // Each row's first text is a line; a period written alone further along is one too (填报单位:… |
      // 2024年1-6月 | 计量单位:…), unless what stands before it says it is a date (填报日期 | 2025年7月).
      let before = "";
      for (let c = 0; c < row.length; c++) {
        const t = textAt(r, c);
        // (A merged cell's text stands in each of its cells: read once.)
        if (!t || t === before) continue;
        if (before === "" || (PERIOD_ONLY.test(t) && !DATE_LABEL.test(before)) || PERIOD_LABELLED.test(t)) {
          cells.push(a1(grid.originRow + r, grid.originCol + c));
          lines.push(t);
        }
        before = t;
      }
    }
    table.title = lines.join("\n");
    if (cells.length > 0) table.titleCell = cells[0];
    if (cells.length > 1) table.titleCells = cells;
  }
  // (A column's figures below the header: what a 同比 beside two pairs of columns is compared with when its header leaves it open.)
  const dataRow = layout.headerRows[layout.headerRows.length - 1] + 1;
  const figuresOf = (col: number) => grid.rows.slice(dataRow).map((row) => (row[col] && !isBlank(row[col]) ? readQuantity(row[col], undefined)?.number ?? undefined : undefined));
  const { columns, problems, groups } = mapColumns(layout, schema, grid.originRow, grid.originCol, figuresOf);
  table.columns = columns;
  // `单位:万元` above the header: the unit of every figure column that names none itself.
  // With a unit column each row says its own unit: the line above it only names the form's usual one.
  const tableUnit = columns.some((c) => c.role === "unit") ? undefined : unitAbove(grid, layout.titleRows);
  // (So too a later group's, read as a table of its own: 本月 | 上年同月 beside 本年累计 | 上年同期累计.)
  if (tableUnit) for (const c of [...columns, ...groups.flat()]) if ((c.role === "value" || c.role === "previous" || c.role === "target") && !c.headerUnit) c.headerUnit = tableUnit;
  // 保障人数 | 上年同期 | 同比: the previous figure (or target) beside a value whose header names its unit is in that unit.
  for (const list of [columns, ...groups]) inheritUnits(list);
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
  const stray = strayColumns(grid, layout, columns, mergedTextAt(grid, layout.headerRows[layout.headerRows.length - 1] + 1));
  if (stray) table.strayColumns = stray;
  const firstRow = layout.headerRows[layout.headerRows.length - 1] + 1;
  // Headers further down (a second table stacked on the sheet): each starts a segment with its own columns.
  const below: (TableSegment & { first: number })[] = [];
  let textBelow: TextAt | undefined;
  // Whether a text names a column, once per text: the placeholders of rows with no figure (—, /) repeat.
  const names = new Map<string, boolean>();
  const headerAt = (r: number, figureCols: readonly number[]) => {
    // A header's names stand over the figures: one of the figure columns' texts at least names a column.
    const row = grid.rows[r];
    let named = false;
    for (let k = 0; k < figureCols.length && !named; k++) {
      const t = cellText(row[figureCols[k]]).trim();
      if (!t) continue;
      // A figure in words (约300, 1260(含急难型), 8.5万) is no name: a header's digits are a period's (2024年目标, 1-6月, 2季度).
      if (/\d/.test(t) && !PERIOD_DIGITS.test(t)) continue;
      let n = names.get(t);
      if (n === undefined) names.set(t, (n = classifyHeader([t], schema) !== null));
      named = n;
    }
    if (!named) return null;
    textBelow ??= mergedTextAt(grid, grid.rows.length);
    const next = headerBelow(grid, r, schema, textBelow);
    if (!next) return null;
    const mapped = mapColumns(next, schema, grid.originRow, grid.originCol);
    // Its columns, as the first header's: the indicator's and a figure's at least.
    if (!mapped.columns.some((c) => c.role === "indicator") || !mapped.columns.some((c) => FIGURE_ROLES.has(c.role))) return null;
    if (tableUnit && !mapped.columns.some((c) => c.role === "unit")) for (const c of mapped.columns) if ((c.role === "value" || c.role === "previous" || c.role === "target") && !c.headerUnit) c.headerUnit = tableUnit;
    // A duplicate column is one under this header too; a column the schema requires may be left
    // out of a second table of another kind (目标 | 完成率 under 本期 | 同比).
    for (const p of mapped.problems)
      if (p.kind === "duplicate-column")
        findings.push(finding("duplicate-column", msg.duplicateColumn({ header: p.column.header, first: p.first.header }), { cell: { address: a1(p.headerRow - 1, p.column.col), row: p.headerRow }, column: p.column }));
    const segment: TableSegment & { first: number } = { first: grid.originRow + r + 1, headerRows: next.headerRows.map((h) => grid.originRow + h + 1), columns: mapped.columns, rows: [] };
    const straySegment = strayColumns(grid, next, mapped.columns, textBelow);
    if (straySegment) segment.strayColumns = straySegment;
    below.push(segment);
    return { headerRows: next.headerRows, columns: mapped.columns };
  };
  table.rows = readRows(grid, columns, firstRow, schema, headerAt);
  buildHierarchy(table.rows);
  if (below.length > 0) table.segments = segmentsOf(table, below);
  // Indicator groups across the header: each later group's figures read row by row as a table of its own.
  else if (groups.length > 0) {
    table.groups = groups.map((cols) => {
      const rows = readRows(grid, cols, firstRow, schema);
      buildHierarchy(rows);
      return { headerRows: table.headerRows, columns: cols, rows };
    });
    nameGroups(grid, layout, [columns, ...groups]);
  }
  const extras = figureExtras(layout, columns, problems, grid.originCol, table.segments ? table.segments[0].rows : table.rows, tableUnit);
  if (extras) {
    table.figureExtras = extras;
    // The first table's rows share one layout: their cells (made when asked) take in these columns' too.
    const first = (table.segments ? table.segments[0].rows : table.rows).find((r) => r.kind === "data");
    if (first instanceof GridRow) first.setFigureExtras(extras);
  }
  // The benchmark a 差额(百分点) column is worked out from (序时进度): no column of the table, its cells kept with the rows'.
  const kept = columns.flatMap((c) => (c.difference ? [c.difference.subtrahend] : [])).filter((col) => !table.figureExtras?.some((e) => e.col === col));
  if (kept.length > 0) {
    const first = (table.segments ? table.segments[0].rows : table.rows).find((r) => r.kind === "data");
    if (first instanceof GridRow) first.setKeptColumns(kept);
  }
  const dates = formDates(grid, layout.titleRows, table.rows);
  if (dates.length > 0) table.dates = dates;
  const end = headerEnd(layout, grid.originCol);
  if (end !== undefined) table.headerEnd = end;
  return { table, findings };
}

/**
 * The sheet column of the header's last written cell, its cells running on from the first with one
 * empty column between at most (a spacer): a `核对(内部)` column three empty columns further right is
 * no column of the table.
 */
function headerEnd(layout: HeaderLayout, originCol: number): number | undefined {
  const cols = layout.columns.filter((e) => e.text.trim() !== "" || e.mergedWith !== undefined).map((e) => e.col).sort((a, b) => a - b);
  if (cols.length === 0) return undefined;
  let end = cols[0];
  for (const c of cols) {
    if (c > end + 2) break;
    end = c;
  }
  return originCol + end;
}

/** Columns inside the table with no header in any header row (merged headers counted): spacers. */
function strayColumns(grid: Grid, layout: HeaderLayout, columns: readonly TableColumn[], textAt: TextAt): number[] | undefined {
  if (columns.length <= 1) return undefined;
  const mapped = new Set(columns.map((c) => c.col));
  const from = Math.min(...mapped);
  const to = Math.max(...mapped);
  const stray: number[] = [];
  for (let c = from + 1; c < to; c++) if (!mapped.has(c) && layout.headerRows.every((r) => textAt(r, c - grid.originCol) === "")) stray.push(c);
  return stray.length > 0 ? stray : undefined;
}

/** A header of a figure for a period: 本月, 当月, 本期, 6月, 1-6月, 一季度, 累计, 2024年. */
const PERIOD_HEADER = /本月|当月|本期|上月|本季|当季|本年|当年|累计|合计|小计|[0-9０-９一二三四五六七八九十]\s*月|季度|上半年|下半年|全年|年度|(?:19|20)\d{2}\s*年/;
/** A header of a text column (remarks, names, people, codes, dates) or of rates: never a count's or an amount's figures. */
const TEXT_HEADER = /备注|说明|附注|注释|名称|姓名|人员|责任|负责|联系|电话|手机|经办|填报|审核|签|地址|原因|情况|措施|内容|代码|编码|序号|编号|号码|证号|日期|时间|时限|单位$|类别|类型|方式|来源|部门|科室|依据|%|％|率|百分|比重|比例|占比/;

/**
 * Figure columns no schema column is mapped to (TableModel.figureExtras): a header with text the
 * schema reads as no column, or as a value left unread (本月 beside 本年累计), between the mapped
 * figure columns or next to them (right of the indicators); a period in its header (本月, 6月)
 * with no more text than figures below it, else mostly figures below it. Never a text column's,
 * a serial's or code's, a rate's, nor a column already reported as a duplicate.
 */
function figureExtras(
  layout: HeaderLayout,
  columns: readonly TableColumn[],
  problems: readonly ColumnProblem[],
  originCol: number,
  rows: readonly TableRow[],
  tableUnit: string | undefined,
): TableColumn[] | undefined {
  const figures = columns.filter((c) => FIGURE_ROLES.has(c.role)).map((c) => c.col);
  if (figures.length === 0) return undefined;
  const mapped = new Set(columns.map((c) => c.col));
  for (const p of problems) if (p.kind === "duplicate-column") mapped.add(p.column.col);
  const named = columns.filter((c) => c.role === "indicator" || c.role === "category" || c.role === "serial").map((c) => c.col);
  const left = named.length > 0 ? Math.max(...named) : -1;
  const candidates = new Map<number, HeaderLayout["columns"][number]>();
  for (const e of layout.columns) {
    const col = originCol + e.col;
    if (mapped.has(col) || col <= left || e.mergedWith !== undefined || !e.text.trim()) continue;
    if (e.cls && e.cls.role !== "value" && e.cls.role !== "previous" && e.cls.role !== "target") continue;
    // (Of a two-row header the bottom part: 特困人员(人) over 本期 is a figure column, 人员 or not.)
    if (TEXT_HEADER.test((e.parts.length > 1 ? e.parts[e.parts.length - 1] : e.text).replace(/\s+/g, ""))) continue;
    candidates.set(col, e);
  }
  if (candidates.size === 0) return undefined;
  let lo = Math.min(...figures);
  let hi = Math.max(...figures);
  // (A rate column between them, 同比(%) of one group of indicators before the next group, is passed over.)
  const rates = new Set<number>();
  for (const e of layout.columns) if (e.cls && (e.cls.role === "growth" || e.cls.role === "completion")) rates.add(originCol + e.col);
  const next = (c: number) => candidates.has(c) || (rates.has(c) && candidates.has(c + 1));
  while (next(hi + 1)) hi += candidates.has(hi + 1) ? 1 : 2;
  while (candidates.has(lo - 1)) lo--;
  const out: TableColumn[] = [];
  for (const [col, e] of candidates) {
    if (col < lo || col > hi) continue;
    // What is written below the header: figures, text (placeholders and errors are neither).
    let written = 0;
    let numbers = 0;
    let texts = 0;
    for (let ri = 0; ri < rows.length; ri++) {
      const row = rows[ri];
      if (row.kind !== "data" || !(row instanceof GridRow)) continue;
      const raw = row.rawAt(col);
      if (!raw || isBlank(raw)) continue;
      written++;
      if (raw.error || raw.formulaWithoutResult) continue;
      if (typeof raw.value === "number") numbers++;
      else {
        const text = cellText(raw).trim();
        if (isPlaceholder(text)) continue;
        if (readQuantity(raw, undefined)?.number != null) numbers++;
        else texts++;
      }
    }
    if (!(PERIOD_HEADER.test(e.text) ? texts * 2 <= written : numbers >= 2 && numbers * 2 > written)) continue;
    const column: TableColumn = { col, header: e.asWritten ?? e.text, role: "value", key: e.cls?.key ?? "value" };
    const unit = e.cls?.unit ?? /[(（]([^()（）]+)[)）]\s*$/.exec(e.text)?.[1];
    if (unit && lookupUnit(unit)) column.headerUnit = unit;
    else if (tableUnit) column.headerUnit = tableUnit;
    out.push(column);
  }
  return out.length > 0 ? out.sort((a, b) => a.col - b.col) : undefined;
}

/** The table's rows split among its segments: the first table's, then each header's below it, from its first header row on. */
function segmentsOf(table: TableModel, below: readonly (TableSegment & { first: number })[]): TableSegment[] {
  const first: TableSegment = { headerRows: table.headerRows, columns: table.columns, rows: [] };
  if (table.strayColumns) first.strayColumns = table.strayColumns;
  const out: TableSegment[] = [first];
  let k = 0;
  for (let ri = 0; ri < table.rows.length; ri++) {
    const row = table.rows[ri];
    while (k < below.length && row.row >= below[k].first) {
      const { first: _f, ...segment } = below[k++];
      out.push(segment);
    }
    out[out.length - 1].rows.push(row);
  }
  return out;
}

/** Longer than this, a cell above the header is a title or a line of text, no group's name. */
const MAX_GROUP_NAME = 20;

/**
 * Groups whose names stand on the row above the header (结婚登记 | 离婚登记 | 火化遗体, each over
 * 2025年 | 2024年 | 增减%): each group's figure columns take the name above its first one. Only
 * when every group has one and they all differ: a title merged across the table names none.
 */
function nameGroups(grid: Grid, layout: HeaderLayout, groups: readonly TableColumn[][]): void {
  const above = layout.headerRows[0] - 1;
  if (above < 0) return;
  const textAt = mergedTextAt(grid, above + 1);
  const figures = groups.map((cols) => cols.filter((c) => FIGURE_ROLES.has(c.role)));
  const names = figures.map((cols) => (cols.length > 0 ? textAt(above, cols[0].col - grid.originCol) : ""));
  if (names.some((n) => n === "" || n.length > MAX_GROUP_NAME || /[:：。]/.test(n)) || new Set(names).size < names.length) return;
  // (Its header then says it as a two-row header would: 离婚登记 / 2025年, in every message.)
  figures.forEach((cols, i) => {
    for (const c of cols) {
      c.group = names[i];
      c.header = `${names[i]} / ${c.header}`;
    }
  });
}

/**
 * Each table of the sheet as a table model of its own: its header rows, columns and rows, with
 * the sheet's title, period and dates. One table: the table itself. For what reads rows by their
 * columns (the checks): a stacked table's rows are read with their own table's columns.
 */
export function tablesOf(table: TableModel): TableModel[] {
  if (table.beside && table.beside.length > 0) {
    const { beside, ...first } = table;
    return [...tablesOf(first), ...beside.flatMap((t) => tablesOf(t))];
  }
  if (table.groups && table.groups.length > 0) {
    // The first group is the table itself (its columns, its unmapped figure columns); each later one a table of its own.
    const { groups, ...first } = table;
    const { figureExtras: _x, strayColumns: _c, ...rest } = first;
    const parts: TableModel[] = [first, ...groups.map((g) => ({ ...rest, headerRows: g.headerRows, columns: g.columns, rows: g.rows }))];
    // Each with the other groups' figures: a row's measures beside its own.
    const figures = parts.map((p) => ({ columns: p.columns.filter((c) => FIGURE_ROLES.has(c.role)), rows: p.rows }));
    return parts.map((p, i) => ({ ...p, otherGroups: figures.filter((_, j) => j !== i) }));
  }
  if (!table.segments || table.segments.length < 2) return [table];
  return table.segments.map((s) => {
    const { segments: _s, strayColumns: _c, figureExtras: _x, ...rest } = table;
    const part: TableModel = { ...rest, headerRows: s.headerRows, columns: s.columns, rows: s.rows };
    if (s.strayColumns) part.strayColumns = s.strayColumns;
    // The unmapped figure columns found are the first table's.
    if (s === table.segments![0] && table.figureExtras) part.figureExtras = table.figureExtras;
    return part;
  });
}

/** Each group's rows by sheet row, made once when first asked. */
const rowsBySheetRow = new WeakMap<readonly TableRow[], Map<number, TableRow>>();

/**
 * Whether a row of one group's table (tablesOf) has a figure written under another group: the row's
 * other measures are filled (年度目标 | 1-6月完成 beside 计划投资 / | 已完成投资 /). A mark (/, —) is none.
 * Only under the columns `which` accepts, when given (the month's figure: 本月).
 */
export function filledInOtherGroup(table: TableModel, sheetRow: number, which?: (c: TableColumn) => boolean): boolean {
  for (const g of table.otherGroups ?? []) {
    let byRow = rowsBySheetRow.get(g.rows);
    if (!byRow) rowsBySheetRow.set(g.rows, (byRow = new Map(g.rows.map((r) => [r.row, r]))));
    const row = byRow.get(sheetRow);
    if (!row) continue;
    for (const c of g.columns) {
      if (which && !which(c)) continue;
      // (A plain row, read back from JSON, has its own cells only: its group's.)
      const raw = row instanceof GridRow ? row.rawAt(c.col) : Object.values(row.cells).find((x) => x?.col === c.col)?.raw;
      if (raw && !isBlank(raw) && !raw.error && (typeof raw.value === "number" || !isPlaceholder(cellText(raw).trim()))) return true;
    }
  }
  return false;
}

/** A date on the form: 2024年7月10日, 2024-07-10, 2024.7.10 (a year and a month at least). */
const DATE = /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月|[-./](\d{1,2})[-./]\d{1,2}(?!\d))/;
/** What says a date is when the form was filled or what it counts to, not a period reported. */
const DATE_WORDS = /日期|截至|截止|时间|报出|报送|填报|填表|制表|日$/;

/** A label left of a date cell: `填报日期:` | `2023-07-08`, `统计截止:` | `2024-06-30`. */
const DATE_LABEL = /(?:日期|时间|截至|截止|报出|报送|填报|填表|制表)\s*[:：]?$/;
/** What says a date is the one the figures are counted to (统计截至, 数据截止日期, 统计时间), not when the form was filled in. */
const AS_OF_WORDS = /截至|截止|统计时间|数据时间/;
/** What follows the first date of a range (`2025年1月1日至6月30日`): its start is no date counted to. Anchored, bounded. */
const RANGE_ON = /^\s{0,2}[-—–~至到]/;
/** A date from its year to its day, or to its month. Anchored, bounded. */
const DATE_AS_WRITTEN = /^(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-./]\d{1,2}[-./]\d{1,2})/;

/**
 * The footer rows, in order. readRows reads every written row after the first footer row as footer
 * too, so they end the rows (blank rows among them): found from the end, not by a pass over all
 * of them (for issue 3's 100,000-row check, each pass over the rows costs).
 */
function footerRows(rows: readonly TableRow[]): TableRow[] {
  let first = rows.length;
  while (first > 0 && (rows[first - 1].kind === "footer" || rows[first - 1].kind === "blank")) first--;
  const out: TableRow[] = [];
  for (let i = first; i < rows.length; i++) if (rows[i].kind === "footer") out.push(rows[i]);
  return out;
}

/** The dates written in the title rows (any cell) and the footer rows of a sheet. */
function formDates(grid: Grid, titleRows: readonly number[], rows: readonly TableRow[]): NonNullable<TableModel["dates"]> {
  const out: NonNullable<TableModel["dates"]> = [];
  // `label` is the written cell left of it: `填报日期:` | `2023-07-08` (a date cell beside its label).
  const add = (r: number, c: number, text: string, label = "") => {
    const m = DATE.exec(text);
    if (!m || !(DATE_WORDS.test(text) || (m.index === 0 && text.length <= 16 && DATE_LABEL.test(label)))) return;
    const month = Number(m[2] ?? m[3]);
    if (month < 1 || month > 12) return;
    // The date as written, its day with it (`2025年6月1日`, not `2025年6月1日—6` of a range).
    const written = DATE_AS_WRITTEN.exec(text.slice(m.index))?.[0] ?? m[0];
    const date: NonNullable<TableModel["dates"]>[number] = { cell: a1(r, c), row: r + 1, text: written, year: Number(m[1]), month };
    // Counted to: said before the date in its cell (统计截至:2025年9月30日), or by the label left of
    // a cell the date opens (统计截止: | 2024-06-30); not a range's first day.
    const said = m.index > 0 ? text.slice(0, m.index) : label;
    if (AS_OF_WORDS.test(said) && !RANGE_ON.test(text.slice(m.index + written.length))) date.asOf = true;
    out.push(date);
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
  for (const row of footerRows(rows)) {
    if (!(row instanceof GridRow)) continue;
    let label = "";
    for (const w of row.writtenTexts()) {
      add(row.row - 1, w.col, w.text, label);
      label = w.text;
    }
  }
  return out;
}
