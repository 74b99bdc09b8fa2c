import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * Probe 45: a 社会组织 登记 table of stocks and flows with a 上年同期 column and a 同比. The stock at
 * the period's end (期末数), not the period's first flow (本期新增), is what 2023年6月末 and 同比
 * compare: read as the value, 本期新增 made every growth of a clean table wrong. A breakdown of the
 * closing stock after it (其中:市级登记) does not stop the stock-flow check.
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const HEADER: CellInput[] = ["指标", "年初数", "本期新增", "本期注销", "期末数", "其中:市级登记", "2023年6月末", "同比增长(%)"];
const CLEAN: CellInput[][] = [
  ["2024年上半年社会组织登记管理情况表"],
  HEADER,
  ["社会团体", 1186, 38, 16, 1208, 265, 1172, 3.1],
  ["其中:行业协会商会", 214, 6, 3, 217, 88, 210, 3.3],
  ["民办非企业单位", 1480, 71, 25, 1526, 310, 1441, 5.9],
  ["基金会", 55, 5, 0, 60, 22, 53, 13.2],
];
const edit = (rows: CellInput[][], r: number, c: number, v: CellInput): CellInput[][] => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

describe("stocks and flows beside a previous stock and a 同比", () => {
  it.each(["generic", "civil-affairs"])("the clean table raises nothing under %s", (schemaId) => {
    expect(found(CLEAN, schemaId)).toEqual([]);
  });

  it("a closing stock that does not follow from its flows is found on its cell, its 同比 not again", () => {
    expect(found(edit(CLEAN, 3, 4, 227))).toEqual(["sum-mismatch@E4"]);
  });

  it("a 同比 that does not follow from the closing stock and last year's is found", () => {
    expect(found(edit(CLEAN, 4, 7, 9.5))).toEqual(["growth-mismatch@H5"]);
  });

  it("without a closing stock, 本期新增 is still the row's value", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本期新增", "上年同期新增", "同比增长(%)"],
      ["社会团体", "个", 38, 30, 26.7],
    ];
    expect(found(rows)).toEqual([]);
    expect(found(edit(rows, 1, 4, 16.7))).toEqual(["growth-mismatch@E2"]);
  });
});
