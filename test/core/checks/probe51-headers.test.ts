import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table";
import { grid, type CellInput, withCell as edit } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Probe 51 (correct tables that raised header-mapping alarms): a county table whose name column is
 * headed 登记管理机关 or 单位; a dated 合计 (2024年6月底合计) beside the undated one; a 其中 column
 * (其中:本年新登记) taken for a second value; and progress tables against a plan, where 累计完成率
 * measures 累计完成 (not the opening 截至2024年底累计, nor the period's 2025年1-6月), and an opening
 * cumulative stock (截至上年底累计) is no previous period of a growth.
 */
const generic = getBuiltinSchema("generic")!;

function roles(rows: CellInput[][]): string[] {
  return buildTable(grid(rows), generic, {}).table.columns.map((c) => `${c.header}:${c.role}`);
}

const COUNTY = (label: string, previous = "2024年6月底合计"): CellInput[][] => [
  [label, "社会团体", "基金会", "合计", previous, "同比增长(%)"],
  ["市本级", 412, 28, 440, 420, 4.8],
  ["甲区", 205, "—", 205, 200, 2.5],
];

describe("a county table's name column and its dated total", () => {
  it.each(["登记管理机关", "单位"])("%s over plain names is the name column: no missing column", (label) => {
    expect(found(COUNTY(label))).toEqual([]);
    expect(roles(COUNTY(label))[0]).toBe(`${label}:indicator`);
  });

  it("2024年6月底合计 beside 合计 is the previous period's total, not a duplicate", () => {
    expect(roles(COUNTY("县(市、区)"))).toContain("2024年6月底合计:previous");
    expect(found(COUNTY("县(市、区)"))).toEqual([]);
  });

  it("must fire: a wrong growth against the dated total", () => {
    expect(found(edit(COUNTY("登记管理机关"), 1, 5, 9.9))).toEqual(["growth-mismatch@F2"]);
  });

  it("must fire: 单位 over units (万元, 人次) is still the unit column, and the names are missing", () => {
    const rows: CellInput[][] = [
      ["单位", "本期", "上年同期", "同比增长(%)"],
      ["万元", 440, 420, 4.8],
      ["人次", 205, 200, 2.5],
    ];
    expect(roles(rows)[0]).toBe("单位:unit");
    expect(found(rows)).toContain("missing-column@-");
  });

  it("其中:本年新登记 after the growth is a part, not a second value column", () => {
    const rows: CellInput[][] = [
      ["县(市、区)", "社会团体", "基金会", "合计", "上年同期合计", "同比增长(%)", "其中:本年新登记"],
      ["市本级", 412, 28, 440, 420, 4.8, 14],
      ["甲区", 205, "—", 205, 200, 2.5, 12],
    ];
    expect(found(rows)).toEqual([]);
    expect(roles(rows)).toContain("合计:value");
  });
});

const PLAN: CellInput[][] = [
  ["工作内容", "单位", "规划目标", "截至2024年底累计", "2025年1-6月", "累计完成", "累计完成率(%)"],
  ["城乡地名标志", "块", 12000, 9860, 1215, 11075, 92.3],
  ["乡村地名上图", "条", 20000, 15620, 2905, 18525, 92.6],
];
const PLAN_LAST_YEAR: CellInput[][] = [
  ["工作内容", "单位", "规划目标", "上年底累计", "本年完成", "累计完成", "累计完成率(%)"],
  ["城乡地名标志", "块", 12000, 9860, 1215, 11075, 92.3],
  ["乡村地名上图", "条", 20000, 15620, 2905, 18525, 92.6],
];

describe("progress against a plan: the completion's own cumulative", () => {
  it("累计完成率 measures 累计完成 against 规划目标: no completion mismatch, no duplicate", () => {
    expect(found(PLAN)).toEqual([]);
    expect(roles(PLAN)).toContain("累计完成:value");
  });

  it("上年底累计 | 本年完成: no growth from the opening stock, no duplicate", () => {
    expect(found(PLAN_LAST_YEAR)).toEqual([]);
    expect(roles(PLAN_LAST_YEAR)).not.toContain("上年底累计:previous");
  });

  it("截至上年底累计 after the completion is no previous figure of 1-6月完成", () => {
    const rows: CellInput[][] = [
      ["工作内容", "单位", "年度目标", "1-6月完成", "完成率(%)", "截至上年底累计"],
      ["城乡地名标志", "块", 1500, 1215, 81.0, 9860],
      ["门(楼)牌", "块", 12000, 6280, 52.3, 72430],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("must fire: a wrong cumulative completion is still found", () => {
    expect(found(edit(PLAN, 1, 6, 95.0))).toEqual(["completion-mismatch@G2"]);
    expect(found(edit(PLAN_LAST_YEAR, 2, 6, 80.0))).toEqual(["completion-mismatch@G3"]);
  });

  it("must fire: beside a growth column, the year-end cumulative is what the growth compares with", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "截至本期累计", "截至上年底累计", "增长(%)"],
      ["城乡地名标志", "块", 11075, 9860, 52.3],
      ["门(楼)牌", "块", 78710, 72430, 8.7],
    ];
    expect(found(rows)).toEqual(["growth-mismatch@E2"]);
  });

  it("a cumulative to the end of the year reported is no opening stock (截至2025年底累计 in 2025)", () => {
    const rows: CellInput[][] = [
      ["工作内容", "单位", "规划目标", "截至2025年底累计", "累计完成率(%)"],
      ["城乡地名标志", "块", 12000, 11075, 95.0],
      ["乡村地名上图", "条", 20000, 18525, 92.6],
    ];
    expect(found(rows)).toEqual(["completion-mismatch@E2"]);
    expect(roles(rows)).toContain("截至2025年底累计:value");
  });
});
