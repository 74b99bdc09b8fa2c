import type { Quantity } from "../quantity/types";
import type { GridCell } from "./grid";

/** What a column holds (schema roles). */
export type ColumnRole =
  | "serial"
  | "category"
  | "indicator"
  | "unit"
  | "value"
  | "previous"
  | "growth"
  | "target"
  | "completion"
  | "department"
  | "note";

/** Every role once, in a form's usual column order: the order a row's cells are visited in. */
export const ROLE_ORDER: readonly ColumnRole[] = ["serial", "category", "indicator", "unit", "value", "previous", "growth", "target", "completion", "department", "note"];

/** The kinds of indicator; the narrative has one sentence pattern per kind. */
export type IndicatorKind = "amount" | "count" | "rate" | "share" | "standard" | "completion";

export interface Period {
  year: number;
  /** 1 or 2 for 上半年/下半年; absent for a whole year. */
  half?: 1 | 2;
  quarter?: 1 | 2 | 3 | 4;
  month?: number;
  /** As written: 2024年上半年. */
  label: string;
}

export interface TableColumn {
  /** 0-based sheet column. */
  col: number;
  /** The header as written (two-row headers joined with " / "). */
  header: string;
  role: ColumnRole;
  /** Schema column key. */
  key: string;
  /** A unit written in the header: 金额(万元) → 万元. */
  headerUnit?: string;
  /** For growth columns: 同比 (year on year) or 环比 (period on period); for previous columns, which of the two they hold. */
  growthBasis?: "yoy" | "mom";
  /** A period named in the header (2023年 → value, 2022年 → previous). */
  period?: Period;
  /** A wide table's figure column: the indicator its header names (社会组织总数(万个) → 社会组织总数). */
  indicator?: string;
  /**
   * A figure column of an indicator group whose name stands above the header, not in it (结婚登记 |
   * 离婚登记 | 火化遗体 over 2025年 | 2024年 | 增减% each): the group's name. Set only when every
   * group has a name of its own there.
   */
  group?: string;
  /**
   * A growth column that states the change as a number in the value's unit (增减 beside 增减幅度(%)):
   * value − previous, not a percentage. Listed after the table's other columns, so that a row's
   * `cells.growth` and the first growth column stay the percentage.
   */
  change?: "absolute";
  /**
   * A value column that holds a part of the row's value: 一季度 | 二季度 beside 上半年合计 (its
   * quarter). Its figures must add up to the value; listed after the table's other columns, so
   * that the value column stays the first.
   */
  quarter?: number;
  /**
   * A column that states, in percentage points, the difference of two percent columns just before
   * it, one of them a benchmark the other is measured against (完成率(%) | 序时进度(%) |
   * 差额(百分点): 完成率 − 序时进度): the sheet columns of the rate and of the benchmark. Set only
   * when both are plain from the headers (pointDifferences in columns.ts). The benchmark is no
   * column of the table: its header as written is kept for messages.
   */
  difference?: { minuend: number; subtrahend: number; subtrahendHeader: string };
}

export interface TableCell {
  /** A1 address on the sheet. */
  address: string;
  /** 1-based sheet row, 0-based sheet column. */
  row: number;
  col: number;
  raw: GridCell;
  /** The figure, for value-like roles (value, previous, growth, target, completion). */
  quantity?: Quantity;
}

/**
 * footer: the signature and notes lines under a form (填报人, 审核人, 注:) — never data.
 * header: the header written again below (a second table stacked on the sheet, a header repeated
 * for printing) — never data; what follows starts afresh (sections, outline, totals).
 */
export type RowKind = "data" | "section" | "column-codes" | "blank" | "footer" | "header";

export interface TableRow {
  /** 1-based worksheet row. */
  row: number;
  kind: RowKind;
  /** The indicator as written (numbering kept). */
  indicator: string;
  /** Normalised for matching: numbering, spaces, full-width forms and 其中 removed. */
  indicatorKey: string;
  /** Numbering prefix as written: 一、 (一) 1. (1) A 其中 #. */
  numbering?: string;
  /** Depth in the outline: 0 top. */
  level: number;
  /** 1-based row of the parent total, if any. */
  parentRow?: number;
  /** How this row relates to its parent: numbered part (must sum) or 其中/# (must not exceed). */
  partKind?: "numbered" | "of-which";
  /** An unnumbered line that continues the 其中 list above it (`其中:男` then an indented `女`): a part like it. */
  continues?: boolean;
  /** For 其中 parts: the row of the 其中 line that opened their list; each list must not exceed the total by itself. */
  partGroup?: number;
  /** The section/category this row belongs to. */
  category?: string;
  cells: Partial<Record<ColumnRole, TableCell>>;
  /** Cells of further columns with a role already in `cells` (a 环比 column beside a 同比 one). */
  extra?: TableCell[];
}

/**
 * One of the tables stacked on a sheet under headers of their own: its header rows, its columns
 * and its rows (its header rows among them, as kind "header", after the first table's).
 */
export interface TableSegment {
  /** 1-based rows that form its header. */
  headerRows: number[];
  columns: TableColumn[];
  rows: TableRow[];
  /** As TableModel.strayColumns, under this header. */
  strayColumns?: number[];
}

export interface TableModel {
  sheet: string;
  /** Title rows above the header, as written. */
  title?: string;
  /** The reported period (from title, header or schema). */
  period?: Period;
  /** A1 address of the title cell (the first title row's first non-empty cell), when there is a title. */
  titleCell?: string;
  /** With several title rows: the A1 address of each line of `title`, in order. */
  titleCells?: string[];
  /** 1-based rows that form the header. */
  headerRows: number[];
  columns: TableColumn[];
  rows: TableRow[];
  /**
   * 0-based sheet columns between the mapped ones with no header at all (a spacer column): a
   * figure typed there belongs to no column (value-in-wrong-column).
   */
  strayColumns?: number[];
  /**
   * Figure columns no schema column is mapped to (本月 beside 本年累计 | 上年同期累计 | 同比, a 6月 or
   * 1-6月 column, or a column of numbers under a header the schema does not know), between or
   * beside the mapped figure columns. Not among `columns`: only the rules that look at one cell
   * alone (cell-error, not-a-number, negative-value, non-integer-count) read them; the rules that
   * compare columns (growth, completion, sums) never do. Each with role "value". Absent for none.
   */
  figureExtras?: TableColumn[];
  /**
   * Dates written on the form, above the header or in its footer (填报日期:2024年7月10日,
   * 截至2024年6月30日), with their cells: when the form was filled says which year it reports.
   * `asOf` when the date is the one the figures are counted to (统计截至, 数据截止, 统计时间), not the
   * day the form was filled in: the end of what they cover.
   */
  dates?: { cell: string; row: number; text: string; year: number; month: number; asOf?: true }[];
  /**
   * 0-based sheet column of the header's last written cell, its cells running on from the first
   * with one empty column between at most: columns further right (a 核对 column after empty ones)
   * are not the table's.
   */
  headerEnd?: number;
  /**
   * Two tables or more stacked on the sheet under different headers (`序号 | 指标 | 本期 | 上年同期`,
   * then `序号 | 指标 | 全年目标 | 完成率(%)` further down): each table in order, the first with the
   * table's own headerRows and columns. Absent for one table. `rows` holds every table's rows,
   * each read with its own table's columns (`row.cells` are that table's); `columns` are the
   * first table's. What reads rows by their columns reads each segment on its own (tablesOf).
   */
  segments?: TableSegment[];
  /**
   * Tables beside this one on the same rows, each with its own header of names and figures
   * (社会救助 in A:E, 养老服务 in G:K), left to right; each a whole table model, its cells on the
   * sheet's own addresses. `columns` and `rows` are the leftmost table's. Absent for none.
   */
  beside?: TableModel[];
  /**
   * Indicators in groups across the header (城乡低保对象(人) | 特困人员(人), each over 本期 | 上年同期 |
   * 同比): the later groups, each with the table's columns of names and its own figure columns, its
   * rows read with them. `columns` and `rows` are the first group's. Absent for none. What compares
   * columns reads each group on its own (tablesOf).
   */
  groups?: TableSegment[];
  /**
   * One group's table of a table with `groups` (tablesOf): the other groups' figure columns and rows,
   * the row's other measures (年度目标 | 1-6月完成 beside 计划投资 | 已完成投资). Absent for none.
   */
  otherGroups?: { columns: TableColumn[]; rows: TableRow[] }[];
}
