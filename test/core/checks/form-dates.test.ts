import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { buildTable } from "../../../src/core/table/build";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

const periods = (rows: CellInput[][]): string[] =>
  checkGrid(grid(rows), generic)
    .findings.filter((f: Finding) => f.code === "period-mismatch")
    .map((f) => `${f.cell}:${f.value}`);

const BODY: CellInput[][] = [
  ["序号", "指标", "单位", "本月", "上月", "环比(%)"],
  [1, "城乡低保对象", "人", 48216, 48530, -0.6],
  [2, "特困人员", "人", 9318, 9302, 0.2],
];

describe("period-mismatch: a line under the title that states the period counted", () => {
  it("统计时段 of another year than the title's is said, dates or not", () => {
    expect(periods([["XX市民政局2024年6月主要业务指标月报"], ["统计时段:2025年6月1日—6月30日", null, null, null, "填报单位:社会救助处"], ...BODY])).toEqual(["A2:2025年6月"]);
  });
  it("统计时段 of the title's month passes", () => {
    expect(periods([["XX市民政局2025年6月主要业务指标月报"], ["统计时段:2025年6月1日—6月30日"], ...BODY])).toEqual([]);
  });
  it("a filing date line is still no period (填报日期 in July of a June report)", () => {
    expect(periods([["XX市民政局2025年6月主要业务指标月报"], ["填报日期:2025年7月3日"], ...BODY])).toEqual([]);
  });
});

describe("form dates: a date cell beside its label", () => {
  it("统计截止: | 2024-06-30 under a 2025年上半年 title is read, and disagrees", () => {
    const rows: CellInput[][] = [["XX市民政局2025年上半年重点工作完成情况表"], ["填报单位:XX市民政局", null, null, "统计截止:", "2024-06-30"], ["序号", "工作任务", "单位", "1-6月完成", "上年同期"], [1, "新增养老床位", "张", 420, 380]];
    expect(buildTable(grid(rows), generic).table.dates).toEqual([{ cell: "E2", row: 2, text: "2024-06-30", year: 2024, month: 6, asOf: true }]);
    expect(periods(rows)).toEqual(["A1:2025年上半年"]);
  });
  it("a date's text is the date with its day, not the start of a range after it", () => {
    const rows: CellInput[][] = [["XX市民政局2025年6月月报"], ["统计时段:2025年6月1日—6月30日"], ...BODY];
    expect(buildTable(grid(rows), generic).table.dates?.map((d) => d.text)).toEqual(["2025年6月1日"]);
  });
});

describe("period-mismatch: a 统计时段 of dates spans a quarter or a half", () => {
  const title = (t: string, span: string): CellInput[][] => [[t], [`统计时段:${span}`], ...BODY];
  it("4月1日—6月30日 under a 第三季度 title is the second quarter: said", () => {
    expect(periods(title("XX市民政局2025年第三季度民政业务统计", "2025年4月1日—6月30日"))).toEqual(["A2:2025年4月—6月"]);
  });
  it.each([
    ["XX市民政局2025年第三季度民政业务统计", "2025年7月1日至9月30日"],
    ["XX市民政局2025年上半年民政业务统计", "2025年1月1日—6月30日"],
    ["XX市民政局2025年6月民政业务统计", "2025年6月1日—6月30日"],
  ])("%s over %s agrees", (t, span) => {
    expect(periods(title(t, span))).toEqual([]);
  });
});
