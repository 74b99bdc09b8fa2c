import { type CellInput } from "../table/grid-helpers";
import { found } from "./found";

// Probe 58: a 类别 column beside 城市 | 农村 groups (a .csv's lost merges), a 合计 group across
// the columns, and a row copied without its number inside a section.

describe("救助类别 over lost merges of 城市 | 农村, with no 合计 group", () => {
  const table = (label: string, total = 7099): CellInput[][] => [
    [label, "城市", "", "农村", ""],
    ["", "户数(户)", "人数(人)", "户数(户)", "人数(人)"],
    ["最低生活保障", 2468, 3712, 5647, 8204],
    ["特困人员救助供养", 305, 312, 1452, 1469],
    ["合计", 2773, 4024, total, 9673],
  ];

  it("the label column is the indicator column, its header any of 类别, 救助类别, 救助类型, 项目", () => {
    for (const label of ["救助类别", "类别", "救助类型", "项目", "指标"]) {
      expect(found(table(label))).toEqual([]);
      expect(found(table(label), "civil-affairs")).toEqual([]);
    }
  });

  it("the table is read: a 合计 row that does not add up is found", () => {
    expect(found(table("救助类别", 7909))).toEqual(["sum-mismatch@D5"]);
  });

  it("a serial column alone over the groups names no rows (still a missing 指标 column)", () => {
    expect(found(table("序号"))).toEqual(["missing-column@-"]);
  });
});

describe("a 合计 column across the groups (城市 | 农村 | 合计) adds up its row's groups", () => {
  const twoRows = (total: number, groups = ["城市", "农村", "合计"]): CellInput[][] => [
    ["救助类别", ...groups],
    ["", "人数(人)", "人数(人)", "人数(人)"],
    ["最低生活保障", 3712, 8204, total],
    ["特困人员救助供养", 312, 1469, 1781],
  ];

  it("under a two-row header", () => {
    expect(found(twoRows(11961), "generic", "sum-mismatch")).toEqual(["sum-mismatch@D3"]);
    expect(found(twoRows(11916))).toEqual([]);
  });

  it("with the measures side by side under each group, each measure its own sum", () => {
    const rows: CellInput[][] = [
      ["救助类别", "城市", "", "农村", "", "合计", ""],
      ["", "户数(户)", "人数(人)", "户数(户)", "人数(人)", "户数(户)", "人数(人)"],
      ["最低生活保障", 2468, 3712, 5647, 8204, 8115, 11961],
      ["特困人员救助供养", 305, 312, 1452, 1469, 1757, 1781],
    ];
    expect(found(rows, "generic", "sum-mismatch")).toEqual(["sum-mismatch@G3"]);
  });

  it("not when no group is a total (城市 | 农村 | 其他 may be anything)", () => {
    expect(found(twoRows(11961, ["城市", "农村", "乡镇"]), "generic", "sum-mismatch")).toEqual([]);
  });

  it("a one-row header naming the total before its measure (合计人数(人))", () => {
    const rows = (total: number): CellInput[][] => [
      ["救助类别", "城市人数(人)", "农村人数(人)", "合计人数(人)"],
      ["最低生活保障", 3712, 8204, total],
      ["特困人员救助供养", 312, 1469, 1781],
    ];
    expect(found(rows(11961), "generic", "sum-mismatch")).toEqual(["sum-mismatch@D2"]);
    expect(found(rows(11916))).toEqual([]);
  });
});

describe("a row copied without its number inside a numbered section", () => {
  const HEADER: CellInput[] = ["序号", "指标", "单位", "2025年1-9月", "2024年1-9月", "同比(%)"];
  const SECTION: CellInput[] = ["二、殡葬管理", "", "", "", "", ""];
  const dup = (rows: CellInput[][]) => found(rows, "generic", "duplicate-indicator");

  it("the copy, its figures all the same, is a duplicate of the numbered row", () => {
    const rows: CellInput[][] = [HEADER, SECTION, [6, "死亡人数", "人", 7125, 6980, 2.1], ["", "死亡人数", "人", 7125, 6980, 2.1], [7, "火化遗体", "具", 7034, 6893, 2.0]];
    expect(dup(rows)).toEqual(["duplicate-indicator@B4"]);
  });

  it("not when the figures differ (the copy is no copy), nor when a figure alone agrees", () => {
    const rows = (copy: CellInput[]): CellInput[][] => [HEADER, SECTION, [6, "死亡人数", "人", 7125, 6980, 2.1], copy, [7, "火化遗体", "具", 7034, 6893, 2.0]];
    expect(dup(rows(["", "死亡人数", "人", 3125, 2980, 4.9]))).toEqual([]);
    expect(dup(rows(["", "死亡人数", "人", 7125, "", ""]))).toEqual([]);
  });
});
