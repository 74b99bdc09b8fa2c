import { type CellInput, withCell as edit } from "../table/grid-helpers";
import { said as found } from "./found";

/**
 * Periods down the rows with a 同比(%) row under each pair (2024年一季度 | 2023年一季度 | 同比(%)): the
 * comparison row was left out as no row of figures, so a wrong growth there passed unread.
 */

const PAIRS: CellInput[][] = [
  ["时期", "临时救助(人次)", "临时救助资金(万元)"],
  ["2024年一季度", 1362, 528.4],
  ["2023年一季度", 1297, 489.7],
  ["同比(%)", 5.0, 7.9],
  ["2024年上半年", 2813, 1094.7],
  ["2023年上半年", 2635, 1020.9],
  ["同比(%)", 6.8, 7.2],
];

describe("a 同比(%) row under two periods a year apart", () => {
  it("right growths raise nothing", () => {
    expect(found(PAIRS)).toEqual([]);
  });

  it("a wrong one is found on its cell, with the growth it should be", () => {
    expect(found(edit(PAIRS, 6, 1, 7.5))).toEqual(["growth-mismatch@B7: 同比增长应为6.8%,填报为7.5%"]);
  });

  it("the earlier year first, and 本期 | 上年同期, are read the same way", () => {
    const swapped: CellInput[][] = [PAIRS[0], PAIRS[2], PAIRS[1], ["同比(%)", 5.0, 9.9]];
    expect(found(swapped)).toEqual(["growth-mismatch@C4: 同比增长应为7.9%,填报为9.9%"]);
    const named: CellInput[][] = [PAIRS[0], ["本期", 1362, 528.4], ["上年同期", 1297, 489.7], ["同比(%)", 5.9, 7.9]];
    expect(found(named)).toEqual(["growth-mismatch@B4: 同比增长应为5%,填报为5.9%"]);
  });

  it("two periods that are not a year apart, or of different parts of the year, are not compared", () => {
    expect(found([PAIRS[0], PAIRS[1], ["2022年一季度", 1100, 400.0], ["同比(%)", 99.0, 99.0]])).toEqual([]);
    expect(found([PAIRS[0], PAIRS[1], ["2023年二季度", 1338, 531.2], ["同比(%)", 99.0, 99.0]])).toEqual([]);
  });

  it("a bare 增减 row may hold the change itself", () => {
    expect(found([PAIRS[0], PAIRS[4], PAIRS[5], ["增减", 178, 73.8]])).toEqual([]);
    expect(found([PAIRS[0], PAIRS[4], PAIRS[5], ["增减", 6.8, 7.2]])).toEqual([]);
    expect(found([PAIRS[0], PAIRS[4], PAIRS[5], ["增减", 168, 73.8]])).toEqual(["growth-mismatch@B4: 增减应为178(本期减上期),填报为168"]);
  });

  it("a bare 增减 row whose cells are mostly the change: a wrong one told as the change it should be", () => {
    const rows: CellInput[][] = [["项目", "结婚登记(对)", "离婚登记(对)", "补领结婚证(对)"], ["本期", 3126, 1032, 486], ["上年同期", 3518, 1187, 452], ["增减", -392, -155, -34]];
    expect(found(rows)).toEqual(["growth-mismatch@D4: 增减应为34(本期减上期),填报为-34"]);
  });

  it("a row named a change (增减量) under two periods holds the change itself", () => {
    const rows: CellInput[][] = [["项目", "死亡人数(人)", "火化遗体(具)", "惠民殡葬减免(万元)"], ["2025年上半年", 8642, 8410, 612.4], ["2024年上半年", 8915, 8622, 598.7], ["增减量", -273, -212, 13.7]];
    expect(found(rows)).toEqual([]);
    expect(found(edit(rows, 3, 3, 31.7))).toEqual(["growth-mismatch@D4: 增减应为13.7(本期减上期),填报为31.7"]);
  });

  it("时点 heads the periods as 时期 does (no missing column)", () => {
    const rows: CellInput[][] = [["时点", "社会团体", "民办非企业单位", "基金会"], ["2025年6月末", 1286, 2413, 57], ["2025年3月末", 1271, 2389, 55], ["净增", 15, 24, 2]];
    expect(found(rows)).toEqual([]);
  });

  it("a slip in a figure above is not told again as the growth worked out from it", () => {
    expect(found(edit(PAIRS, 2, 2, 4897000)).map((f) => f.split(":")[0])).toEqual(["scale-suspect@C3"]);
  });
});
