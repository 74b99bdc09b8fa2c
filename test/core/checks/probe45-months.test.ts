import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * Probe 45: a 婚姻登记 table with the months down the rows, counts in two measure words (对 and 件)
 * and a 业务量合计(件) column that holds them all, a `2024年上半年合计` row, the year before's and a
 * 同比(%) row under them. Each of the three raised false errors on the clean table.
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const CLEAN: CellInput[][] = [
  ["2024年上半年婚姻登记情况统计表"],
  ["月份", "结婚登记(对)", "离婚登记(对)", "补领结婚证(件)", "补领离婚证(件)", "业务量合计(件)"],
  ["1月", 3120, 980, 410, 95, 4605],
  ["2月", 2860, 620, 350, 80, 3910],
  ["3月", 1980, 1150, 420, 110, 3660],
  ["2024年上半年合计", 7960, 2750, 1180, 285, 12175],
  ["2023年同期", 8210, 2880, 1060, 277, 12427],
  ["同比(%)", -3.0, -4.5, 11.3, 2.9, -2.0],
];
const edit = (rows: CellInput[][], r: number, c: number, v: CellInput): CellInput[][] => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

describe("months down the rows, counts in 对 and 件, a 同比(%) row", () => {
  it.each(["generic", "civil-affairs"])("the clean table raises nothing under %s", (schemaId) => {
    expect(found(CLEAN, schemaId)).toEqual([]);
  });

  it("a 业务量合计 that is neither its own unit's sum nor all counts' is found", () => {
    // (The column's 合计 below, 12175, then no longer adds up either: found again, as a month's slip is.)
    expect(found(edit(CLEAN, 3, 5, 3810))).toEqual(["sum-mismatch@F4", "sum-mismatch@F6"]);
  });

  it("a 合计 of its own unit's columns only is accepted too", () => {
    const rows: CellInput[][] = [
      ["月份", "结婚登记(对)", "补领结婚证(件)", "补领离婚证(件)", "补证合计(件)"],
      ["1月", 3120, 410, 95, 505],
      ["2月", 2860, 350, 80, 430],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("a year before 上半年合计 leaves it a total: its column is added up", () => {
    expect(found(edit(CLEAN, 5, 1, 7860))).toEqual(["sum-mismatch@B6"]);
  });
});
