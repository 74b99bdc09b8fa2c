import { type CellInput } from "../table/grid-helpers";
import { found as foundIn } from "./found";

// Probe 53: false alarms and misses of the table check on small civil-affairs tables.

const found = (rows: CellInput[][], schemaId = "civil-affairs"): string[] => foundIn(rows, schemaId);

const COVERAGE: CellInput[] = ["县(市、区)", "乡镇(街道)数(个)", "已建成(个)", "覆盖率(%)"];
const coverage = (rate: number): CellInput[][] => [COVERAGE, ["越城区", 12, 11, 91.7], ["诸暨市", 23, 21, 91.3], ["上虞区", 21, 20, rate], ["全市合计", 56, 52, 92.9]];

describe("a rate over two whole counts is checked both ways", () => {
  it("an overstated rate (20 of 21 is 95.2%) is found, not only an understated one", () => {
    for (const rate of [95.4, 97.2, 99.9, 100, 90]) expect(found(coverage(rate))).toEqual(["completion-mismatch@D4"]);
  });

  it("the true rate, within the rate's own rounding, raises nothing", () => {
    for (const rate of [95.2, 95.3]) expect(found(coverage(rate))).toEqual([]);
  });

  it("counts scaled (万人) keep their rounding: 1.2 of 1.3万人 may be 85%–100%", () => {
    const rows: CellInput[][] = [["地区", "应参保人数(万人)", "已参保人数(万人)", "参保率(%)"], ["甲县", 1.3, 1.2, 93.5], ["乙县", 2.0, 1.9, 95.0], ["丙县", 4.0, 3.8, 95.0]];
    expect(found(rows)).toEqual([]);
  });
});

describe("幅度 headers are growth columns", () => {
  const standards = (header: string, rate: number): CellInput[][] => [["指标", "2025年", "2024年", header], ["城乡低保标准(元/人·月)", 1120, 1065, rate], ["特困人员供养标准(元/人·月)", 1456, 1385, 5.1]];

  it("提高幅度, 增长幅度, 上升幅度, 涨幅: a wrong growth is found", () => {
    for (const h of ["提高幅度(%)", "增长幅度(%)", "上升幅度(%)", "涨幅(%)"]) expect(found(standards(h, 6.2))).toEqual(["growth-mismatch@D2"]);
  });

  it("the right growth raises nothing", () => {
    for (const h of ["提高幅度(%)", "增长幅度(%)", "上升幅度(%)", "涨幅(%)"]) expect(found(standards(h, 5.2))).toEqual([]);
  });

  it("beside the change in 元 (较上年提高(元) | 提高幅度(%)), each checked against the figures", () => {
    const rows: CellInput[][] = [["保障对象", "2025年标准(元/人·月)", "2024年标准(元/人·月)", "较上年提高(元)", "提高幅度(%)"], ["城乡低保对象", 1120, 1065, 55, 5.2], ["集中养育孤儿", 2240, 2130, 110, 5.2]];
    expect(found(rows)).toEqual([]);
    rows[1][4] = 6.2;
    expect(found(rows)).toEqual(["growth-mismatch@E2"]);
  });

  it("a fall's size under 下降幅度, 降幅 or 同比下降 may be written without its sign", () => {
    for (const h of ["下降幅度(%)", "降幅(%)", "同比下降(%)"]) {
      const rows: CellInput[][] = [["指标", "2025年", "2024年", h], ["结婚登记(对)", 1000, 1065, 6.1], ["离婚登记(对)", 1300, 1385, -6.1]];
      expect(found(rows)).toEqual([]);
      rows[1][3] = 9.1;
      expect(found(rows)).toEqual(["growth-mismatch@D2"]);
    }
  });
});

describe("登记管理机关 names the rows, as 县(市、区) does", () => {
  const tables: CellInput[][][] = [
    [["登记管理机关", "社会团体", "基金会", "合计"], ["市本级", 412, 28, 440], ["甲区", 205, "—", 205]],
    [["登记管理机关", "社会团体", "基金会", "合计", "2024年6月底合计"], ["市本级", 412, 28, 440, 420], ["甲区", 205, "—", 205, 200]],
    [["登记管理机关", "社会团体", "基金会", "合计", "较上年末增减"], ["市本级", 412, 28, 440, 20], ["甲区", 205, "—", 205, 5]],
  ];

  it("no header error on a correct table", () => {
    for (const rows of tables) expect(found(rows)).toEqual([]);
  });

  it("a slip in the total row is found as under 县(市、区)", () => {
    for (const label of ["登记管理机关", "县(市、区)"]) {
      const rows: CellInput[][] = [[label, "社会团体", "基金会", "合计"], ["市本级", 412, 28, 440], ["甲区", 205, "—", 205], ["全市合计", 627, 28, 645]];
      expect(found(rows)).toEqual(["sum-mismatch@B4"]);
    }
  });
});

describe("periods down the rows under 项目, columns named without units", () => {
  const marriages = (last: CellInput[], first: CellInput[] = ["项目", "结婚登记", "离婚登记", "补领结婚证"]): CellInput[][] => [
    first,
    ["本期", 3126, 1032, 486],
    ["上年同期", 3518, 1187, 452],
    last,
  ];

  it("本期 | 上年同期 | 增减 rows raise nothing, with or without a 单位 line above", () => {
    expect(found(marriages(["增减", -392, -155, 34]))).toEqual([]);
    expect(found([["单位:对", null, null, null], ...marriages(["增减", -392, -155, 34])])).toEqual([]);
  });

  it("year rows and a 同比(%) row raise nothing", () => {
    expect(found([["项目", "结婚登记", "离婚登记"], ["2025年上半年", 3126, 1032], ["2024年上半年", 3518, 1187], ["同比(%)", -11.1, -13.1]])).toEqual([]);
  });

  it("a wrong change or growth row is still found", () => {
    expect(found(marriages(["增减", -392, -155, -34]))).toEqual(["growth-mismatch@D4"]);
    expect(found(marriages(["同比(%)", -11.1, -13.1, 9.5]))).toEqual(["growth-mismatch@D4"]);
  });
});

describe("a place's row of marks only", () => {
  const rows = (marks: CellInput[]): CellInput[][] => [COVERAGE, ["越城区", 12, 12, 100.0], ["上虞区", 21, 20, 95.2], ["高新区", ...marks], ["全市合计", 33, 32, 97.0]];

  it("高新区 | / | / | / is no figure missing from one column", () => {
    expect(found(rows(["/", "/", "/"]))).toEqual([]);
    expect(found(rows(["—", "—", "—"]))).toEqual([]);
  });

  it("a mark beside figures is still a figure missing", () => {
    expect(found(rows(["/", 2, "/"]))).toContain("empty-value@B4");
  });
});
