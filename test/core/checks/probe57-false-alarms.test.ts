import { type CellInput, withCell as edit } from "../table/grid-helpers";
import { found } from "./found";

// Probe 57: tables that went unchecked (missing-column 本期) for a measure word after the period
// (2025年1-6月销量) or a year's end under a group (床位数(张) over 2025年末), and a figure of the row
// before the dated group (补贴标准, 机构数) read as its value: its — called a missing figure, the
// growth paired with it.

const both = (rows: CellInput[][], code?: string): string[][] =>
  ["generic", "civil-affairs"].map((s) => found(rows, s, code));

const SALES: CellInput[][] = [
  ["序号", "游戏名称", "2025年1-6月销量", "2024年1-6月销量", "同比增减(%)"],
  [1, "双色球", 18652.4, 17890.6, 4.3],
  [2, "快乐8", 12486.1, 10236.9, 22.0],
  [null, "合计", 31138.5, 28127.5, 10.7],
];

describe("a measure word after the period (2025年1-6月销量): the table is checked", () => {
  it("no missing column on correct figures", () => {
    expect(both(SALES)).toEqual([[], []]);
  });
  it("a wrong growth and a wrong total are found", () => {
    expect(found(edit(SALES, 2, 4, 12.0))).toEqual(["growth-mismatch@E3"]);
    expect(
      found(edit(SALES, 3, 3, 28227.5), "generic", "sum-mismatch"),
    ).toEqual(["sum-mismatch@D4"]);
  });
});

const BEDS: CellInput[][] = [
  ["类别", "床位数(张)", null, null],
  [null, "2025年末", "2024年末", "增长(%)"],
  ["一、养老机构", 31240, 29570, 5.6],
  ["二、社区养老服务设施", 11045, 10390, 6.3],
];

describe("a year's end under a group (床位数(张) over 2025年末 | 2024年末)", () => {
  it("no missing column on correct figures", () => {
    expect(both(BEDS)).toEqual([[], []]);
  });
  it("a wrong growth is found", () => {
    expect(found(edit(BEDS, 3, 3, 9.3))).toEqual(["growth-mismatch@D4"]);
  });
});

const SOCORG: CellInput[][] = [
  ["登记管理机关", "2025年末登记数", null, null, "上年末合计", "增长(%)"],
  [null, "社会团体", "基金会", "合计", null, null],
  ["市本级", 486, 58, 544, 530, 2.6],
  ["上城区", 612, 6, 618, 600, 3.0],
];

describe("2025年末登记数 over 社会团体 | 基金会 | 合计", () => {
  it("no missing column on correct figures", () => {
    expect(both(SOCORG)).toEqual([[], []]);
  });
  it("a wrong growth of the total is found", () => {
    expect(found(edit(SOCORG, 2, 5, 4.6))).toEqual(["growth-mismatch@F3"]);
  });
});

const SUBSIDY: CellInput[][] = [
  ["序号", "补贴项目", "补贴标准(元/人·月)", "享受人数(人)", null, null],
  [null, null, null, "2025年6月末", "2024年6月末", "同比(%)"],
  ["一", "生活补贴", "—", 300, 250, 20.0],
  [1, "低保家庭", 180, 200, 150, 33.3],
  [2, "低保边缘家庭", 90, 100, 100, 0.0],
];

describe("a standard before the dated group (补贴标准 | 享受人数 over 2025年6月末 | 2024年6月末 | 同比)", () => {
  it("the standard's — is no missing figure; the group's unit 人 is no unit of 低保家庭 to question", () => {
    expect(both(SUBSIDY)).toEqual([[], []]);
  });
  it("the growth is checked against the group's own figures", () => {
    expect(found(edit(SUBSIDY, 3, 5, 23.3))).toEqual(["growth-mismatch@F4"]);
  });
  it("a blank in the group's value is still a missing figure", () => {
    expect(found(edit(SUBSIDY, 3, 3, null), "generic", "empty-value")).toEqual([
      "empty-value@D4",
    ]);
  });
});

const INSTITUTIONS: CellInput[][] = [
  ["类别", "机构数(个)", "2025年末床位数(张)", "2024年末床位数(张)", "增长(%)"],
  ["一、养老机构", 157, 30240, 29570, 2.3],
  ["二、家庭养老照护床位", "—", 3850, 2600, 48.1],
];

describe("a count of institutions before dated bed columns", () => {
  it("no growth of beds against institutions, no — called missing, no institutions' range for beds", () => {
    expect(both(INSTITUTIONS)).toEqual([[], []]);
  });
  it("a wrong growth of beds is found", () => {
    expect(found(edit(INSTITUTIONS, 1, 4, 3.3))).toEqual([
      "growth-mismatch@E2",
    ]);
  });
  it("the institutions' range still applies to a count of institutions", () => {
    const rows: CellInput[][] = [
      ["类别", "2025年末(家)", "2024年末(家)", "增长(%)"],
      ["养老机构", 30240, 29570, 2.3],
    ];
    expect(found(rows, "civil-affairs", "out-of-range")).toEqual([
      "out-of-range@B2",
    ]);
  });
});

const NURSING: CellInput[][] = [
  ["类别", "床位数(张)", null, null, "护理型床位", null],
  [null, "2025年末", "2024年末", "增长(%)", "床位数(张)", "占比(%)"],
  ["公办", 12480, 12150, 2.7, 8320, 66.7],
  ["社区站", 6325, 6080, 4.0, "—", "—"],
];

describe("a mark under a later group's measure (护理型床位 / 床位数(张))", () => {
  it("in a row whose beds are given: not applicable, no missing figure", () => {
    expect(both(NURSING)).toEqual([[], []]);
  });
  it("in a row of marks only: still a missing figure", () => {
    const marks = [1, 2, 3].reduce((rows, c) => edit(rows, 3, c, "—"), NURSING);
    expect(found(marks, "generic", "empty-value")).toEqual([
      "empty-value@B4",
      "empty-value@E4",
    ]);
  });
});
