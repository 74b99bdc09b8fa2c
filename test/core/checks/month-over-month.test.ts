import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * A monthly report that compares this month with the last (本月 | 上月 | 环比) beside the year so
 * far (本年累计 | 上年同期累计 | 同比): the 环比 was left unread, since the row's value is the year so
 * far. This month against the last is now a pair of its own, checked as a table of its own.
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const MARRIAGE: CellInput[][] = [
  ["2024年6月婚姻登记情况"],
  ["指标", "单位", "本月", "上月", "环比(%)", "本年累计", "上年同期累计", "同比(%)"],
  ["结婚登记", "对", 412, 380, 8.4, 2310, 2205, 4.8],
  ["离婚登记", "对", 156, 170, -8.2, 905, 950, -4.7],
  ["补发证件", "件", 88, 80, 10.0, 470, 450, 4.4],
];

const LOTTERY: CellInput[][] = [
  ["2024年6月福利彩票销售情况"],
  ["指标", "单位", "本月", "上月", "环比(%)", "上年同月", "当月同比(%)", "本年累计", "上年同期累计", "累计同比(%)"],
  ["福彩销售", "万元", 1320.5, 1250.0, 5.6, 1200.0, 10.0, 7650.2, 7300.0, 4.8],
  ["即开型", "万元", 320.0, 300.0, 6.7, 280.0, 14.3, 1850.0, 1700.0, 8.8],
];

const edit = (rows: CellInput[][], r: number, c: number, v: CellInput): CellInput[][] => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

describe("本月 | 上月 | 环比 beside the year so far", () => {
  it.each(["generic", "civil-affairs"])("correct tables raise nothing under %s", (schemaId) => {
    expect(found(MARRIAGE, schemaId)).toEqual([]);
    expect(found(LOTTERY, schemaId)).toEqual([]);
  });

  it("a 环比 that does not follow from this month and the last is found on its cell", () => {
    expect(found(edit(MARRIAGE, 2, 4, 18.4))).toEqual(["growth-mismatch@E3"]);
    expect(found(edit(LOTTERY, 2, 4, 6.5))).toEqual(["growth-mismatch@E3"]);
  });

  it("a 环比 with its sign lost beside the year so far only", () => {
    const rows: CellInput[][] = [
      ["指标", "本月", "上月", "环比(%)", "本年累计"],
      ["结婚登记(对)", 412, 380, 8.4, 2310],
      ["离婚登记(对)", 156, 170, 8.2, 905],
    ];
    expect(found(rows)).toEqual(["growth-mismatch@D3"]);
  });

  it("the year's 同比 is still checked beside it", () => {
    expect(found(edit(MARRIAGE, 3, 7, -14.7))).toEqual(["growth-mismatch@H4"]);
  });
});
