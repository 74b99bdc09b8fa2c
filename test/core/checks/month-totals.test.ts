import { type CellInput } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Totals named otherwise than 合计 alone: `1-6月合计` over the months (months as rows), above or below
 * them, was no total (its digits kept it from the names of totals); and 合计 written in the category
 * column with the name cell blank (救助类别 | 项目) left the row nameless, its figures unchecked. A
 * column of stocks (月末在保人数) has the last month's figure in its 合计, no sum.
 */

describe("a total over months", () => {
  const months: CellInput[][] = [
    ["月份", "补贴(人次)", "资金(万元)"],
    ["1月", 100, 30.1],
    ["2月", 110, 31.2],
    ["3月", 120, 32.5],
  ];
  it("1-3月合计 below the months is their sum", () => {
    expect(found([...months, ["1-3月合计", 330, 93.8]])).toEqual([]);
    expect(found([...months, ["1-3月合计", 330, 103.8]])).toEqual(["sum-mismatch@C5"]);
  });
  it("1—3月合计 above them too", () => {
    expect(found([months[0], ["1—3月合计", 330, 93.8], ...months.slice(1)])).toEqual([]);
    expect(found([months[0], ["1—3月合计", 340, 93.8], ...months.slice(1)])).toEqual(["sum-mismatch@B2"]);
  });
});

describe("a column of stocks over months", () => {
  const rows = (stock: string, total: number): CellInput[][] => [
    ["月份", "新增(人)", "退出(人)", stock],
    ["1月", 48, 61, 5849],
    ["2月", 37, 52, 5834],
    ["3月", 55, 44, 5845],
    ["1-3月合计", 140, 157, total],
  ];
  it("its 合计 is the last month's, not a sum: nothing (the flows are still added up)", () => {
    expect(found(rows("月末在保人数(人)", 5845))).toEqual([]);
    expect(found(rows("在保人数(人)", 5845))).toEqual([]);
    expect(found(rows("月末在保人数(人)", 5845).map((r, i) => (i === 4 ? ["1-3月合计", 150, 157, 5845] : r)))).toEqual(["sum-mismatch@B5"]);
  });
});

describe("合计 in the category column", () => {
  const rows = (total: number): CellInput[][] => [
    ["救助类别", "项目", "保障户数(户)", "保障人数(人)", "支出(万元)", "备注"],
    ["合计", null, 19570, total, 11129.1, null],
    ["最低生活保障", "城市", 5362, 8417, 3316.5, null],
    [null, "农村", 14208, 21935, 7812.6, null],
  ];
  it("is the table's total, its parts added up", () => {
    expect(found(rows(30352))).toEqual([]);
    expect(found(rows(30452))).toEqual(["sum-mismatch@D2"]);
  });
});
