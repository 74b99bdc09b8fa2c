/**
 * Builds TableModel objects by hand, the way buildTable lays them out (category, indicator, unit,
 * value, previous, growth, target, completion in columns A–H; header on row 1), so that the
 * narrative can be tested on exact tables without going through a spreadsheet.
 */
import { parseQuantity } from "../../../src/core/quantity";
import { a1 } from "../../../src/core/table/grid";
import type { ColumnRole, Period, TableCell, TableColumn, TableModel, TableRow } from "../../../src/core/table/types";

export interface RowSpec {
  category?: string;
  indicator: string;
  unit?: string;
  value?: string | number;
  previous?: string | number;
  growth?: string | number;
  target?: string | number;
  completion?: string | number;
  parentRow?: number;
  partKind?: "numbered" | "of-which";
}

const LAYOUT: [ColumnRole, string][] = [
  ["category", "类别"],
  ["indicator", "指标名称"],
  ["unit", "单位"],
  ["value", "2023年"],
  ["previous", "2022年"],
  ["growth", "同比增长(%)"],
  ["target", "年度目标"],
  ["completion", "完成进度(%)"],
];
const FIGURES = new Set<ColumnRole>(["value", "previous", "growth", "target", "completion"]);

export function tableOf(rows: RowSpec[], options: { period?: Period; headers?: Partial<Record<ColumnRole, string>> } = {}): TableModel {
  const columns: TableColumn[] = LAYOUT.map(([role, header], col) => ({ col, role, key: role, header: options.headers?.[role] ?? header }));
  const out: TableRow[] = rows.map((spec, i) => {
    const row = i + 2;
    const cells: Partial<Record<ColumnRole, TableCell>> = {};
    LAYOUT.forEach(([role], col) => {
      const v = spec[role as keyof RowSpec] as string | number | undefined;
      if (v === undefined) return;
      const text = String(v);
      const cell: TableCell = { address: a1(row - 1, col), row, col, raw: { value: typeof v === "number" ? v : text, text } };
      if (FIGURES.has(role) && text.trim() !== "") cell.quantity = parseQuantity(text);
      cells[role] = cell;
    });
    const r: TableRow = {
      row,
      kind: "data",
      indicator: spec.indicator,
      indicatorKey: spec.indicator.replace(/^其中[:：]/, ""),
      level: spec.parentRow ? 1 : 0,
      cells,
    };
    if (spec.category) r.category = spec.category;
    if (spec.parentRow) r.parentRow = spec.parentRow;
    if (spec.partKind) r.partKind = spec.partKind;
    return r;
  });
  const t: TableModel = { sheet: "填报表", headerRows: [1], columns, rows: out };
  if (options.period) t.period = options.period;
  return t;
}
