import { checkGrid } from "../../../src/core/checks";
import type { Finding } from "../../../src/core/findings";
import { getBuiltinSchema } from "../../../src/core/schema";
import type { Grid, GridCell, MergedArea } from "../../../src/core/table/grid";

export type CellInput = string | number | null | GridCell;

/** A cell as a spreadsheet would give it: numbers as numbers, text as text, null blank. */
export function cell(v: CellInput): GridCell {
  if (v === null) return { value: null, text: "" };
  if (typeof v === "number") return { value: v, text: String(v) };
  if (typeof v === "string") return { value: v === "" ? null : v, text: v };
  return v;
}

/** A grid from rows of plain values (sheet "表1", origin A1 unless given). */
export function grid(rows: CellInput[][], options: { sheet?: string; merges?: MergedArea[]; originRow?: number; originCol?: number } = {}): Grid {
  return {
    sheet: options.sheet ?? "表1",
    originRow: options.originRow ?? 0,
    originCol: options.originCol ?? 0,
    rows: rows.map((r) => r.map(cell)),
    merges: options.merges ?? [],
  };
}

export const HEADER = ["类别", "指标名称", "单位", "2024年", "2023年", "同比增长(%)", "备注"];

/** `rows` with the cell at row `r`, column `c` (0-based) replaced by `v`. */
export function withCell(rows: CellInput[][], r: number, c: number, v: CellInput): CellInput[][] {
  return rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));
}

/** The non-info findings of a table as code@cell, under each built-in schema (asserted to agree). */
export function alarms(rows: CellInput[][], merges: MergedArea[] = []): string[] {
  const each = ["generic", "civil-affairs"].map((id) =>
    checkGrid(grid(rows, { merges }), getBuiltinSchema(id)!)
      .findings.filter((f: Finding) => f.severity !== "info")
      .map((f: Finding) => `${f.code}@${f.cell ?? "-"}`),
  );
  expect(each[1]).toEqual(each[0]);
  return each[0];
}
