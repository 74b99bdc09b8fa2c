import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import type { MergedArea } from "../../../src/core/table/grid";
import { alarms, grid, withCell, type CellInput } from "./grid-helpers";

// A period over its categories with the periods undated (README "Known limits", now read): 本月 |
// 本年累计 (本期 | 上年同期, 6月 | 1-6月累计, 2025年6月 | 2025年1-6月) on the top row, 城市 | 农村 | 合计
// under each. The second row is header, each period's 合计 the row's figure for that period.

const schemas = [getBuiltinSchema("generic")!, getBuiltinSchema("civil-affairs")!];

function model(rows: CellInput[][], merges: MergedArea[] = []) {
  return buildTable(grid(rows, { merges }), schemas[0]).table;
}

/** The table under the two periods `a` and `b` (each over 城市 | 农村 | 合计). */
function table(a: string, b: string): CellInput[][] {
  return [
    ["项目", a, "", "", b, "", ""],
    ["", "城市", "农村", "合计", "城市", "农村", "合计"],
    ["低保对象(人)", 1205, 2650, 3855, 1260, 2790, 4050],
    ["临时救助人次(人次)", 23, 46, 69, 131, 262, 393],
    ["临时救助资金(万元)", 4.6, 8.9, 13.5, 26.2, 51.4, 77.6],
  ];
}

const MONTH = table("本月", "本年累计");

describe("本月 | 本年累计 over 城市 | 农村 | 合计", () => {
  it("reads the second row as header: the year so far's 合计 is the value, the rest figures read alone", () => {
    const t = model(MONTH);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.map((c) => `${c.col}:${c.role}:${c.header}`)).toEqual(["0:indicator:项目", "6:value:本年累计 / 合计"]);
    expect((t.figureExtras ?? []).map((c) => c.header)).toEqual(["本月 / 城市", "本月 / 农村", "本月 / 合计", "本年累计 / 城市", "本年累计 / 农村"]);
    expect(t.rows.filter((r) => r.kind === "data").map((r) => r.indicator)).toEqual(["低保对象(人)", "临时救助人次(人次)", "临时救助资金(万元)"]);
  });

  it("raises no alarm on a correct table (it was not-a-number on 城市)", () => {
    expect(alarms(MONTH)).toEqual([]);
  });

  it("adds up the categories within each period: the month's 合计 and the year so far's", () => {
    expect(alarms(withCell(MONTH, 2, 2, 2560))).toEqual(["sum-mismatch@D3"]);
    expect(alarms(withCell(MONTH, 4, 5, 41.4))).toEqual(["sum-mismatch@G5"]);
  });

  it("checks a flow row's month against its year so far, category by category", () => {
    const slipped = withCell(withCell(withCell(MONTH, 3, 4, 13), 3, 5, 26), 3, 6, 39);
    expect(alarms(slipped)).toEqual(["sum-mismatch@E4", "sum-mismatch@F4", "sum-mismatch@G4"]);
    expect(alarms(withCell(withCell(MONTH, 3, 5, 26), 3, 6, 157))).toEqual(["sum-mismatch@F4"]);
  });

  it("leaves a stock row's month above its year so far alone (低保对象 in 册 at the month's end)", () => {
    const rows = withCell(withCell(withCell(MONTH, 2, 4, 1100), 2, 5, 2400), 2, 6, 3500);
    expect(alarms(rows)).toEqual([]);
  });

  it("so too with the periods merged over their categories (.xlsx)", () => {
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 6 },
    ];
    expect(model(MONTH, merges).columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "6:value"]);
    expect(alarms(MONTH, merges)).toEqual([]);
    expect(alarms(withCell(MONTH, 3, 6, 39), merges)).toEqual(["sum-mismatch@G4"]);
  });
});

describe("the other period pairs over 城市 | 农村 | 合计", () => {
  it.each([
    ["6月", "1-6月累计"],
    ["2025年6月", "2025年1-6月"],
    ["当月", "本年累计"],
  ])("%s | %s: read as the month and the year so far", (a, b) => {
    const rows = table(a, b);
    expect(model(rows).columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "6:value"]);
    expect(alarms(rows)).toEqual([]);
    expect(alarms(withCell(rows, 3, 6, 39))).toEqual(["sum-mismatch@G4"]);
    expect(alarms(withCell(rows, 2, 2, 2560))).toEqual(["sum-mismatch@D3"]);
  });

  it("本期 | 上年同期 | 同比(%): the current 合计 the value, the earlier one the previous figure, the growth on them", () => {
    const rows: CellInput[][] = [
      ["项目", "本期", "", "", "上年同期", "", "", "同比(%)"],
      ["", "城市", "农村", "合计", "城市", "农村", "合计", ""],
      ["临时救助人次(人次)", 131, 262, 393, 120, 230, 350, 12.3],
      ["临时救助资金(万元)", 26.2, 51.4, 77.6, 25.0, 45.0, 70.0, 10.9],
    ];
    expect(model(rows).columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "3:value", "6:previous", "7:growth"]);
    expect(alarms(rows)).toEqual([]);
    expect(alarms(withCell(rows, 2, 7, 21.3))).toEqual(["growth-mismatch@H3"]);
    expect(alarms(withCell(rows, 3, 5, 54))).toEqual(["sum-mismatch@G4"]);
  });

  it("a period word over categories with no 合计 is not read so (the row would have no figure for the period)", () => {
    const rows: CellInput[][] = [
      ["项目", "本月", "", "本年累计", ""],
      ["", "城市", "农村", "城市", "农村"],
      ["临时救助人次(人次)", 23, 46, 131, 262],
    ];
    expect(model(rows).headerRows).toEqual([1]);
  });
});
