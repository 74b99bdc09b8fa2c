import { type CellInput } from "../table/grid-helpers";
import { found, said } from "./found";

// 完成率(%) | 序时进度(%) | 差额(百分点) (a 目标责任制考核 table): each row's 差额 is 完成率 − 序时进度,
// within the rounding of the three figures as written; a wrong one is a sum-mismatch on its cell.

const HEADER = ["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "序时进度(%)", "差额(百分点)"];
const rows = (difference: CellInput, header = HEADER): CellInput[][] => [
  header,
  ["1", "新增养老机构床位", "张", 1200, 986, "82.2", "75.0", "7.2"],
  ["2", "新建区域性养老服务中心", "个", 12, 8, "66.7", "75.0", difference],
  ["3", "临时救助", "人次", 5000, 4126, "82.5", "75.0", "7.5"],
];

describe("a 差额(百分点) column after 完成率(%) | 序时进度(%)", () => {
  it("correct differences (a negative one, behind the benchmark, among them) raise nothing", () => {
    expect(found(rows("-8.3"))).toEqual([]);
    expect(found(rows("-8.3"), "civil-affairs")).toEqual([]);
  });

  it("a wrong one (the sign lost) is found on its cell, the expected difference in the message", () => {
    expect(said(rows("8.3"))).toEqual(["sum-mismatch@H3: 差额应为-8.3个百分点(“完成率(%)”减“序时进度(%)”),填报为8.3"]);
    expect(found(rows("8.3"), "civil-affairs")).toEqual(["sum-mismatch@H3"]);
  });

  it("within the rounding of the figures as written (差额 from the unrounded rate): accepted; beyond it, found", () => {
    // 66.7 − 75.0 = −8.3; −8.4 is within the three figures' half units (0.15), −8.5 is not.
    expect(found(rows("-8.4"))).toEqual([]);
    expect(found(rows("-8.5"))).toEqual(["sum-mismatch@H3"]);
    expect(found(rows("-8.3个百分点"), undefined, "sum-mismatch")).toEqual([]);
  });

  it("a difference written with its unit (-8.3个百分点) in a row counted in 个: read in the column's 百分点, not the row's unit", () => {
    expect(found(rows("-8.3个百分点"))).toEqual([]);
    expect(found(rows("-8.3个百分点"), "civil-affairs")).toEqual([]);
    // (Beside figures that write the row's own unit, 8个 of 12个: no two units of one row either.)
    const written = rows("-8.3个百分点").map((r, i) => (i === 2 ? [...r.slice(0, 3), "12个", "8个", ...r.slice(5)] : r));
    expect(found(written, undefined, "unit-mismatch")).toEqual([]);
  });

  it("a unit of another kind than the column's 百分点 (-8个, -8.3万元) is still a unit-mismatch on its cell", () => {
    expect(found(rows("-8个"), undefined, "unit-mismatch")).toEqual(["unit-mismatch@H3"]);
    expect(found(rows("-8.3万元"), undefined, "unit-mismatch")).toEqual(["unit-mismatch@H3"]);
  });

  it("the benchmark before the rate, and a 增减(百分点) header: the rate less the benchmark, and no growth", () => {
    const header = ["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "序时进度(%)", "完成率(%)", "增减(百分点)"];
    const swapped = (d: CellInput): CellInput[][] => rows(d, header).map((r, i) => (i === 0 ? r : [...r.slice(0, 5), r[6], r[5], r[7]]));
    expect(found(swapped("-8.3"))).toEqual([]);
    expect(found(swapped("8.3"))).toEqual(["sum-mismatch@H3"]);
  });

  it("two rates and no benchmark (完成率 | 参保率 | 差额): which is taken from which is not said, nothing is found", () => {
    const header = ["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "参保率(%)", "差额(百分点)"];
    expect(found(rows("8.3", header), undefined, "sum-mismatch")).toEqual([]);
  });
});

describe("rates compared with the year before, the change in points", () => {
  it("本期 | 上年同期 | 增减(百分点) over rate rows: a correct change raises nothing, a wrong one is a growth-mismatch in points", () => {
    const table = (change: CellInput): CellInput[][] => [
      ["序号", "指标", "单位", "本期", "上年同期", "增减(百分点)"],
      ["1", "养老机构入住率", "%", "62.5", "58.3", "4.2"],
      ["2", "护理型床位占比", "%", "55.0", "48.2", change],
    ];
    expect(found(table("6.8"))).toEqual([]);
    expect(said(table("7.8"))).toEqual(["growth-mismatch@F3: 增减应为6.8个百分点,填报为7.8个百分点"]);
  });

  it("2025年 | 2024年 | 增减 over rates named so: a wrong change asks for the points, not a relative growth", () => {
    const table = (a: CellInput, b: CellInput): CellInput[][] => [
      ["指标", "2025年", "2024年", "增减"],
      ["养老机构入住率(%)", "62.5", "58.3", "4.2"],
      ["护理型床位占比(%)", "55.0", "48.2", a],
      ["节地生态安葬率(%)", "60.1", "55.0", b],
    ];
    expect(found(table("6.8", "5.1"))).toEqual([]);
    expect(said(table("7.8", "-5.1"))).toEqual(["growth-mismatch@D3: 增减应为6.8个百分点,填报为7.8个百分点", "growth-mismatch@D4: 增减应为5.1个百分点,填报为-5.1个百分点"]);
  });
});
