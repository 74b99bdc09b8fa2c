import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { buildTable } from "../../../src/core/table/build";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * period-mismatch: the date the figures are counted to (统计截至:2025年9月30日) against the title's
 * year. It was read as any date on the form, which may fall up to a year after the period (a
 * 填报日期 of the next spring), so a 2024年度 title over figures counted to 2025年9月30日 passed.
 */

const generic = getBuiltinSchema("generic")!;
const civil = getBuiltinSchema("civil-affairs")!;

const periods = (rows: CellInput[][], locale?: "zh-CN" | "en-US", schema = generic): string[] =>
  checkGrid(grid(rows), schema, { locale })
    .findings.filter((f: Finding) => f.code === "period-mismatch")
    .map((f) => `${f.cell}: ${f.message}`);

/** A 目标责任制 table: a year's target, the months done so far, the completion. */
const TARGETS = (target: string, done: string): CellInput[][] => [
  ["序号", "考核指标", "单位", target, done, "完成率(%)"],
  [1, "新增养老机构床位", "张", 1200, 986, 82.2],
  [2, "临时救助", "人次", 5000, 4126, 82.5],
  [3, "慈善募捐", "万元", 1500, 1268.4, 84.6],
];
const form = (title: string, dateLine: string, target = "年度目标", done = "1-9月完成"): CellInput[][] => [
  [title, null, null, null, null, null],
  ["填报单位:市民政局办公室", null, null, null, dateLine, null],
  ...TARGETS(target, done),
];

describe("a 统计截至 date of another year than the title's", () => {
  it("2024年度 over figures counted to 2025年9月30日: on the title, in both locales", () => {
    const rows = form("2024年度民政重点工作目标完成情况表", "统计截至:2025年9月30日", "2025年度目标");
    expect(periods(rows)).toEqual(["A1: 标题的期别“2024年度”与数据的统计截至日期“2025年9月30日”不是同一年,请核对标题年份"]);
    expect(periods(rows, "en-US")).toEqual(['A1: the title\'s period "2024年度" is not of the year of the date the figures are counted to, "2025年9月30日": check the title\'s year']);
    expect(periods(rows, "zh-CN", civil)).toHaveLength(1);
  });

  it("a 统计截止: label beside its date cell, and a 统计截至 line of its own above a two-row header", () => {
    const beside: CellInput[][] = [["2024年度民政重点工作目标完成情况表"], ["填报单位:市民政局", null, null, "统计截止:", "2025-09-30"], ...TARGETS("年度目标", "1-9月完成")];
    expect(periods(beside).map((p) => p.slice(0, 2))).toEqual(["A1"]);
    const twoRow: CellInput[][] = [
      ["2024年6月底全市社会救助对象情况表", null, null, null, null, null],
      ["统计截至:2025年6月30日", null, null, null, null, "单位:户、人"],
      ["序号", "救助类别", "城市", null, "农村", null],
      [null, null, "户数(户)", "人数(人)", "户数(户)", "人数(人)"],
      [1, "最低生活保障", 2468, 3712, 5647, 8204],
      [2, "特困人员救助供养", 305, 312, 1452, 1469],
    ];
    expect(periods(twoRow).map((p) => p.slice(0, 2))).toEqual(["A1"]);
  });
});

describe("a 统计截至 date that fits the title", () => {
  it.each([
    ["early in the next year after an annual title", "2024年度民政重点工作目标完成情况表", "统计截至:2025年1月15日"],
    ["the last day of the half under a half-year title", "2025年上半年民政重点工作目标完成情况表", "统计截至:2025年6月30日"],
    ["months into the title's year", "2025年度民政重点工作目标完成情况表", "统计截至:2025年9月30日"],
    ["a 填报日期 (when filled, not what is counted) months after an annual title", "2024年度民政重点工作目标完成情况表", "填报日期:2025年9月30日"],
    ["a title over several years (a plan's)", "十四五时期(2021年—2025年)民政事业发展主要指标完成情况表", "统计截至:2025年9月30日"],
  ])("%s: silent", (_why, title, dateLine) => {
    expect(periods(form(title, dateLine))).toEqual([]);
  });
});

describe("form dates: which date is the one the figures are counted to", () => {
  const dates = (line: string) => buildTable(grid(form("2025年度民政重点工作目标完成情况表", line)), generic).table.dates?.map((d) => `${d.text}${d.asOf ? " as of" : ""}`);
  it.each([
    ["统计截至:2025年9月30日", ["2025年9月30日 as of"]],
    ["数据截止日期:2025-09-30", ["2025-09-30 as of"]],
    ["统计时间:2025年9月30日", ["2025年9月30日 as of"]],
    ["填报日期:2025年10月8日", ["2025年10月8日"]],
    // The first day of a range is no date counted to.
    ["统计时间:2025年1月1日至9月30日", ["2025年1月1日"]],
  ])("%s", (line, expected) => {
    expect(dates(line)).toEqual(expected);
  });
});


describe("the day a plan for the period was filled in", () => {
  const plan = (title: string, dateLine: string): CellInput[][] => [
    [title, null, null, null, null],
    ["填报单位:市民政局养老服务处", null, null, null, dateLine],
    ["序号", "县(市、区)", "新增养老机构床位(张)", "新建区域性养老服务中心(个)", "培训养老护理员(人次)"],
    [1, "德清县", 240, 2, 300],
    [2, "安吉县", 220, 2, 280],
    [null, "合计", 460, 4, 580],
  ];

  it("a year's targets drawn up in the December or February before it: no mismatch", () => {
    expect(periods(plan("2025年度养老服务体系建设目标任务分解表", "填报日期:2024年12月20日"))).toEqual([]);
    expect(periods(plan("2025年民政工作计划指标表", "填报日期:2025年2月10日"))).toEqual([]);
  });

  it("the same date under a title of what was done, or a plan dated years before: still on the title", () => {
    expect(periods(plan("2025年度养老服务体系建设情况表", "填报日期:2024年12月20日")).map((p) => p.slice(0, 2))).toEqual(["A1"]);
    expect(periods(plan("2025年度养老服务体系建设目标任务分解表", "填报日期:2022年12月20日")).map((p) => p.slice(0, 2))).toEqual(["A1"]);
  });
});
