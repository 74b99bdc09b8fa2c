import { type CellInput, withCell as edit } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Probe 51 (correct tables that raised errors): a `/` under one measure of a wide table of kinds
 * beside its others filled (特困人员 have no 户数), a transposed table's change row named 增减量, 净增,
 * 差额 … with negatives, and a group of people (集中养育孤儿, 特困人员) in 元/人·月: its standard.
 */

describe("a mark under one measure of a wide table of kinds", () => {
  const KINDS: CellInput[][] = [
    ["项目", "保障户数(户)", "保障人数(人)", "保障标准(元/人·月)"],
    ["城市低保", 5362, 8417, 1080],
    ["集中供养特困人员", "/", 1846, 1404],
    ["分散供养特困人员", "—", 4127, 1404],
  ];
  it("is 'not applicable' when the row's other measures are filled, in whichever column", () => {
    expect(found(KINDS)).toEqual([]);
    expect(found(KINDS, "civil-affairs", "empty-value")).toEqual([]);
    expect(found(edit(edit(KINDS, 2, 1, 1200), 2, 2, "/"))).toEqual([]);
  });
  it("a row whose measures are all marks, or a blank cell, is still asked for", () => {
    expect(
      found(edit(edit(KINDS, 2, 2, "/"), 2, 3, "/"), "generic", "empty-value"),
    ).toEqual(["empty-value@B3"]);
    expect(found(edit(KINDS, 2, 1, null), "generic", "empty-value")).toEqual([
      "empty-value@B3",
    ]);
  });
  it("a mark in a table of places or of periods is a figure missing", () => {
    const places = KINDS.map((r, i) =>
      i === 0
        ? ["县市区", ...r.slice(1)]
        : [["越城区", "柯桥区", "上虞区"][i - 1], ...r.slice(1)],
    );
    expect(found(places, "generic", "empty-value")).toEqual([
      "empty-value@B3",
      "empty-value@B4",
    ]);
    const months = KINDS.map((r, i) =>
      i === 0
        ? ["项目", ...r.slice(1)]
        : [["1月", "2月", "3月"][i - 1], ...r.slice(1)],
    );
    expect(found(months, "generic", "empty-value")).toEqual([
      "empty-value@B3",
      "empty-value@B4",
    ]);
  });
});

describe("a change row in a transposed table", () => {
  const table = (
    label: string,
    first = "2025年上半年",
    second = "2024年上半年",
  ): CellInput[][] => [
    ["项目", "死亡人数(人)", "火化遗体(具)", "惠民殡葬减免(万元)"],
    [first, 8642, 8410, 612.4],
    [second, 8915, 8622, 598.7],
    [label, -273, -212, 13.7],
  ];
  it.each([
    "增减量",
    "增减数",
    "增减量(人)",
    "净增",
    "差额",
    "增(+)减(-)",
    "增（＋）减（－）",
    "变化",
    "变动",
    "比上年同期增减",
    "较上年增加",
    "增加",
  ])("%s may be negative", (label) => {
    expect(found(table(label), "generic", "negative-value")).toEqual([]);
    expect(found(table(label), "civil-affairs", "negative-value")).toEqual([]);
  });
  it.each(["新增", "本期增加", "减少", "合计"])(
    "%s is no change: a negative is reported",
    (label) => {
      expect(found(table(label), "generic", "negative-value")).toEqual([
        "negative-value@B4",
        "negative-value@C4",
      ]);
    },
  );
  it("增加 between 年初数 and 减少 is an inflow: a negative is reported", () => {
    const stock: CellInput[][] = [
      ["项目", "低保户数(户)", "低保人数(人)"],
      ["年初数", 5230, 8120],
      ["增加", -212, 310],
      ["减少", 488, 702],
      ["年末数", 4530, 7728],
    ];
    expect(found(stock, "generic", "negative-value")).toEqual([
      "negative-value@B3",
    ]);
  });
});

describe("a group of people in a money rate per head is its standard", () => {
  const OUTLINE: CellInput[][] = [
    ["序号", "指标", "单位", "本期", "上年同期", "同比(%)"],
    [3, "基本生活保障标准", null, null, null, null],
    ["3.1", "集中养育孤儿", "元/人·月", 2050, 1960, 4.6],
    ["3.2", "社会散居孤儿", "元/人·月", 1540, 1470, 4.8],
  ];
  const BARE: CellInput[][] = [
    ["指标", "单位", "本期", "上年同期", "同比(%)"],
    ["城市低保标准", "元/人·月", 1080, 1030, 4.9],
    ["特困人员", "元/人·月", 1404, 1339, 4.9],
    ["困难残疾人生活补贴对象", "元/人·年", 1800, 1740, 3.4],
  ];
  it.each([
    ["under a 标准 section", OUTLINE],
    ["alone", BARE],
  ])("%s: no unit-mismatch", (_name, rows) => {
    expect(found(rows, "generic", "unit-mismatch")).toEqual([]);
    expect(found(rows, "civil-affairs", "unit-mismatch")).toEqual([]);
  });
  it("the same groups in 万元 or a count in 元/人·月 are still a unit-mismatch", () => {
    expect(
      found(edit(OUTLINE, 2, 2, "万元"), "generic", "unit-mismatch"),
    ).toEqual(["unit-mismatch@C3"]);
    expect(
      found(edit(BARE, 2, 1, "万元"), "civil-affairs", "unit-mismatch"),
    ).toEqual(["unit-mismatch@B3"]);
    expect(
      found(edit(BARE, 2, 0, "特困人员人数"), "generic", "unit-mismatch"),
    ).toEqual(["unit-mismatch@B3"]);
  });
});
