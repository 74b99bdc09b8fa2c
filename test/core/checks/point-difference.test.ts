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

  it("差距 written as the benchmark less the rate (序时进度 − 完成率) in most rows: the order is not known from the header, nothing is said", () => {
    const header = [...HEADER.slice(0, 7), "差距(百分点)"];
    const reversed = rows("8.3", header).map((r, i) => (i === 1 ? [...r.slice(0, 7), "-7.2"] : i === 3 ? [...r.slice(0, 7), "-7.5"] : r));
    expect(found(reversed)).toEqual([]);
    // (One row so among rows written the rate less the benchmark is still a slip.)
    expect(found(rows("8.3", header))).toEqual(["sum-mismatch@H3"]);
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

describe("a 差额(百分点) column written in words (快7.2, 落后8.3个百分点, 持平)", () => {
  // Row 1 is 7.2 ahead (快7.2), row 3 7.5 ahead: the difference in words read as a signed figure in points.
  const worded = (difference: CellInput, header = HEADER): CellInput[][] => rows(difference, header).map((r, i) => (i === 1 ? [...r.slice(0, 7), "快7.2"] : i === 3 ? [...r.slice(0, 7), "超序时进度7.5个百分点"] : r));

  it("correct words, ahead and behind, with or without the benchmark and unit, raise nothing under either schema", () => {
    for (const d of ["慢8.3", "落后8.3个百分点", "低于8.3", "低于序时8.3个百分点", "滞后进度8.3百分点", "慢于序时进度8.3"]) {
      expect([d, found(worded(d))]).toEqual([d, []]);
      expect([d, found(worded(d), "civil-affairs")]).toEqual([d, []]);
    }
  });

  it("the benchmark named first (比序时进度慢, 较时间进度慢, 落后于序时进度, 与序时进度持平): read as the same signed figure", () => {
    for (const d of ["比序时进度慢8.3个百分点", "较时间进度慢8.3个百分点", "比序时慢8.3", "落后于序时进度8.3个百分点", "慢于时间进度8.3"]) {
      expect([d, found(worded(d))]).toEqual([d, []]);
      expect([d, found(worded(d), "civil-affairs")]).toEqual([d, []]);
    }
    expect(said(worded("比序时进度快8.3个百分点"))).toEqual(["sum-mismatch@H3: 差额应为-8.3个百分点(“完成率(%)”减“序时进度(%)”),填报为比序时进度快8.3个百分点"]);
    expect(found(worded("快于时间进度8.3个百分点"))).toEqual(["sum-mismatch@H3"]);
    expect(found(worded("与序时进度持平"))).toEqual(["sum-mismatch@H3"]);
    const level = worded("与时间进度持平").map((r, i) => (i === 2 ? [...r.slice(0, 4), 9, "75.0", "75.0", "与时间进度持平"] : r));
    expect(found(level)).toEqual([]);
  });

  it("a wrong sign in words (快8.3 where the rate is 8.3 behind) is a slip, as -8.3 written 8.3 is", () => {
    expect(said(worded("快8.3"))).toEqual(["sum-mismatch@H3: 差额应为-8.3个百分点(“完成率(%)”减“序时进度(%)”),填报为快8.3"]);
    expect(found(worded("超过序时进度8.3个百分点"), "civil-affairs")).toEqual(["sum-mismatch@H3"]);
    // (超8.3, 高于8.3 and 低于8.3 elsewhere read as bounds, "more than 8.3", "less than 8.3": here they say ahead and behind.)
    for (const d of ["超8.3", "超过8.3", "高于8.3", "高于8.3个百分点"]) expect([d, found(worded(d))]).toEqual([d, ["sum-mismatch@H3"]]);
  });

  it("words off by a few points, or 持平 where the rate is behind, are slips; 持平 where it is level is not", () => {
    expect(found(worded("落后5.3个百分点"))).toEqual(["sum-mismatch@H3"]);
    expect(found(worded("持平"))).toEqual(["sum-mismatch@H3"]);
    const level = worded("持平").map((r, i) => (i === 2 ? [...r.slice(0, 4), 9, "75.0", "75.0", "持平"] : r));
    expect(found(level)).toEqual([]);
  });

  it("the benchmark before the rate under 增减(百分点) (a growth column): words read there too", () => {
    const header = ["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "序时进度(%)", "完成率(%)", "增减(百分点)"];
    const swapped = (d: CellInput): CellInput[][] => worded(d, header).map((r, i) => (i === 0 ? r : [...r.slice(0, 5), r[6], r[5], r[7]]));
    expect(found(swapped("慢8.3"))).toEqual([]);
    expect(found(swapped("快8.3"))).toEqual(["sum-mismatch@H3"]);
  });

  it("under a header naming the benchmark (与序时进度差距(百分点)): the words read, a wrong one found", () => {
    const header = [...HEADER.slice(0, 7), "与序时进度差距(百分点)"];
    expect(found(worded("比序时进度慢8.3个百分点", header))).toEqual([]);
    expect(found(worded("落后8.3个百分点", header), "civil-affairs")).toEqual([]);
    expect(found(worded("快8.3", header))).toEqual(["sum-mismatch@H3"]);
    expect(found(rows("8.3", header))).toEqual(["sum-mismatch@H3"]);
  });

  it("anything else in such a cell is still not a number: a sign after the word, a bound, another unit, other words", () => {
    for (const d of ["慢-8.3", "落后约8.3", "慢8.3人", "比上年慢8.3", "进度偏慢", "按计划推进", "年底前完成"]) expect([d, found(worded(d), undefined, "not-a-number")]).toEqual([d, ["not-a-number@H3"]]);
  });

  it("words are read only in a column known to be a difference of two rates: beside two rates and no benchmark, or in a count column, 快7.2 is not a number", () => {
    const noBenchmark = ["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "参保率(%)", "差额(百分点)"];
    expect(found(worded("慢8.3", noBenchmark), undefined, "not-a-number")).toEqual(["not-a-number@H2", "not-a-number@H3", "not-a-number@H4"]);
    const inCounts = worded("慢8.3").map((r, i) => (i === 2 ? [...r.slice(0, 4), "快7", ...r.slice(5)] : r));
    expect(found(inCounts, undefined, "not-a-number")).toEqual(["not-a-number@E3"]);
  });
});
