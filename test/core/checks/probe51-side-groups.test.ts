import { checkGrid } from "../../../src/core/checks";
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput, withCell as edit } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Probe 51 (measure groups side by side in one header row): 保障人数 | 上年同期 | 同比 then 支出 |
 * 上年同期 | 同比, or 年度目标 | 1-6月完成 | 完成率 then 计划投资 | 已完成投资 | 投资完成率. Each
 * (value, previous, growth) or (target, value, completion) is compared within itself: no duplicate
 * column, and a slip in the second group is found.
 */

const GROWTHS: CellInput[][] = [
  ["项目", "保障人数(人)", "上年同期(人)", "同比(%)", "支出(万元)", "上年同期(万元)", "同比(%)"],
  ["城市低保", 8417, 8602, -2.2, 3316.5, 3402.8, -2.5],
  ["农村低保", 21935, 22310, -1.7, 7812.6, 7590.4, 2.9],
  ["合计", 30352, 30912, -1.8, 11129.1, 10993.2, 1.2],
];

const WIDE: CellInput[][] = [
  ["项目", "保障户数(户)", "保障标准(元/人·月)", "上年同期标准(元/人·月)", "标准增幅(%)", "1-6月支出(万元)", "上年同期支出(万元)", "支出同比(%)"],
  ["城市低保", 5362, 1080, 1030, 4.9, 3316.5, 3402.8, -2.5],
  ["农村低保", 14208, 1080, 1030, 4.9, 7812.6, 7590.4, 2.9],
];

const PLANS: CellInput[][] = [
  ["项目名称", "单位", "年度目标", "1-6月完成", "完成率(%)", "计划投资(万元)", "已完成投资(万元)", "投资完成率(%)"],
  ["一、服务提升类", null, null, null, null, null, null, null],
  ["1.新建老年助餐点", "个", 60, 68, 113.3, 600.0, 544.0, 90.7],
  ["2.适老化改造", "户", 1500, 712, 47.5, 900.0, 356.0, 39.6],
  ["3.提高低保标准", "元/人·月", 1080, 1080, 100.0, "/", "/", "/"],
  ["合计", "—", "—", "—", "—", 1500.0, 900.0, 60.0],
];

describe("(value, previous, growth) twice in one header row", () => {
  it("raises nothing on correct figures, under either schema", () => {
    expect(found(GROWTHS)).toEqual([]);
    expect(found(GROWTHS, "civil-affairs")).toEqual([]);
  });
  it("finds a wrong growth of the second group", () => {
    expect(found(edit(GROWTHS, 1, 6, -9.9))).toEqual(["growth-mismatch@G2"]);
  });
  it("finds a wrong total of the second group's previous figures", () => {
    expect(found(edit(GROWTHS, 3, 5, 11093.2), "generic", "sum-mismatch")).toEqual(["sum-mismatch@F4"]);
  });
  it("still finds a wrong growth of the first group", () => {
    expect(found(edit(GROWTHS, 1, 3, -9.9))).toEqual(["growth-mismatch@D2"]);
  });
  it("a header written twice side by side is still a duplicate", () => {
    const twice = GROWTHS.map((r) => [...r.slice(0, 4), r[3]]);
    expect(found(twice, "generic", "duplicate-column")).toEqual(["duplicate-column@E1"]);
  });
});

describe("a value of its own before the groups (保障户数 | 保障标准 | 上年同期标准 | 标准增幅 | 支出 …)", () => {
  it("raises nothing on correct figures", () => {
    expect(found(WIDE)).toEqual([]);
    expect(found(WIDE, "civil-affairs")).toEqual([]);
  });
  it("checks each growth against the pair right before it", () => {
    expect(found(edit(WIDE, 1, 4, 5.9))).toEqual(["growth-mismatch@E2"]);
    expect(found(edit(WIDE, 2, 7, 3.9))).toEqual(["growth-mismatch@H3"]);
  });
});

describe("(target, value, completion) twice in one header row", () => {
  it("raises nothing on correct figures; a mark under the second group's measure is 'not applicable'", () => {
    expect(found(PLANS)).toEqual([]);
    expect(found(PLANS, "civil-affairs", "duplicate-column")).toEqual([]);
    expect(found(PLANS, "civil-affairs", "unit-mismatch")).toEqual([]);
    expect(found(PLANS, "civil-affairs", "empty-value")).toEqual([]);
  });
  it("a row whose groups are all marks is still asked for its figures", () => {
    const marks = [2, 3, 4].reduce((rows, c) => edit(rows, 4, c, "/"), PLANS);
    expect(found(marks, "generic", "empty-value")).toEqual(["empty-value@D5", "empty-value@G5"]);
  });
  it("finds a wrong completion of the second group", () => {
    expect(found(edit(PLANS, 3, 7, 99.9))).toEqual(["completion-mismatch@H4"]);
  });
  it("finds a wrong total of the second group's columns", () => {
    expect(found(edit(PLANS, 5, 5, 1600.0), "generic", "sum-mismatch")).toEqual(["sum-mismatch@F6"]);
    expect(found(edit(PLANS, 5, 6, 1000.0), "generic", "sum-mismatch")).toEqual(["sum-mismatch@G6"]);
  });
  it("the narrative tells the second group's figures, and not the marks as figures to verify", () => {
    const schema = getBuiltinSchema("generic")!;
    const { table, findings } = checkGrid(grid(PLANS), schema);
    const text = narrate(table, findings, schema)
      .paragraphs.map((p) => p.text)
      .join("");
    expect(text).toContain("544万元");
    expect(text).not.toContain("待核实");
  });
  it("a total row every group leaves out is listed once", () => {
    const schema = getBuiltinSchema("generic")!;
    const { table, findings } = checkGrid(grid(GROWTHS), schema);
    expect(narrate(table, findings, schema).omitted.map((o) => `${o.row} ${o.indicator}`)).toEqual(["4 合计"]);
  });
});
