import type { Finding } from "../../src/core/findings";
import { checkGrid } from "../../src/core/checks";
import { getBuiltinSchema } from "../../src/core/schema";
import { monthSpan } from "../../src/core/table/period";
import { grid, type CellInput } from "./table/grid-helpers";
import { flagged } from "./text/flagging";

const generic = getBuiltinSchema("generic")!;

function periods(rows: CellInput[][], year?: number): string[] {
  return checkGrid(grid(rows), generic, year ? { year } : {})
    .findings.filter((f: Finding) => f.code === "period-mismatch")
    .map((f: Finding) => `${f.cell}:${f.value}`);
}

const form = (title: string, ...header: string[]): CellInput[][] => [[title], ["指标", "单位", ...header], ["结婚登记", "对", 1126, 1058, 6.4]];

describe("monthSpan: the months a period covers", () => {
  it("reads the kind of period, and the label where `month` alone cannot tell 1-9月 from 9月", () => {
    expect(monthSpan({ label: "2024年上半年", half: 1 })).toEqual([1, 6]);
    expect(monthSpan({ label: "2024年二季度", quarter: 2 })).toEqual([4, 6]);
    expect(monthSpan({ label: "2024年1-9月", month: 9 })).toEqual([1, 9]);
    expect(monthSpan({ label: "2024年前三季度", month: 9 })).toEqual([1, 9]);
    expect(monthSpan({ label: "2024年9月", month: 9 })).toEqual([9, 9]);
    expect(monthSpan({ label: "2024年4月—8月", month: 8 })).toEqual([4, 8]);
    expect(monthSpan({ label: "2024年" })).toBeNull();
  });
});

describe("period-mismatch (tables): the title's part of the year against the value column's (probe 35)", () => {
  it("上半年 over 1-9月 or 1-5月, 一季度 over 1-6月: on the value column's header", () => {
    expect(periods(form("2024年上半年婚姻登记情况", "2024年1-9月", "2023年1-9月", "同比(%)"))).toEqual(["C2:2024年1-9月"]);
    expect(periods(form("2024年上半年婚姻登记情况", "2024年1-5月", "2023年1-6月", "同比(%)"))).toEqual(["C2:2024年1-5月"]);
    expect(periods(form("2024年一季度婚姻登记情况", "2024年1-6月", "2023年1-6月", "同比(%)"))).toEqual(["C2:2024年1-6月"]);
    // The report's year given: the title's part still holds.
    expect(periods(form("2024年上半年婚姻登记情况", "2024年1-9月", "2023年1-9月", "同比(%)"), 2024)).toEqual(["C2:2024年1-9月"]);
  });

  it("the same months written another way, and last year's same period beside them, agree", () => {
    expect(periods(form("2024年上半年婚姻登记情况", "2024年1-6月", "2023年1-6月", "同比(%)"))).toEqual([]);
    expect(periods(form("2024年1-6月婚姻登记情况", "2024年上半年", "2023年上半年", "同比(%)"))).toEqual([]);
    expect(periods(form("2024年前三季度婚姻登记情况", "2024年1-9月", "2023年1-9月", "同比(%)"))).toEqual([]);
    expect(periods(form("2024年一季度婚姻登记情况", "2024年1-3月", "2023年1-3月", "同比(%)"))).toEqual([]);
  });

  it("a stock at a month's end, a single month, a later part, a whole-year title: not judged", () => {
    expect(periods(form("2024年上半年低保情况", "2024年6月底", "2023年6月底", "同比(%)"))).toEqual([]);
    expect(periods(form("2024年上半年低保情况", "2024年5月", "2023年5月", "同比(%)"))).toEqual([]);
    expect(periods(form("2024年第二季度婚姻登记情况", "2024年1-6月", "2023年1-6月", "同比(%)"))).toEqual([]);
    expect(periods(form("2024年婚姻登记情况", "2024年1-11月", "2023年1-11月", "同比(%)"))).toEqual([]);
    // A monthly form: its month over 本月 | 本年累计.
    expect(periods(form("2024年6月民政统计月报", "本月", "本年累计", "同比(%)"))).toEqual([]);
  });

  it("a half broken into quarters, or a title line that states the value column's months, is left alone", () => {
    const quarters: CellInput[][] = [["2024年上半年福利彩票销售情况"], ["项目", "单位", "2024年一季度", "2024年二季度", "合计"], ["福彩销售", "亿元", 5.12, 5.6, 10.72]];
    expect(periods(quarters)).toEqual([]);
    const stated: CellInput[][] = [["2024年上半年婚姻登记情况"], ["统计时段:2024年1-5月"], ["指标", "单位", "2024年1-5月", "2023年1-5月", "同比(%)"], ["结婚登记", "对", 1126, 1058, 6.4]];
    expect(periods(stated)).toEqual([]);
  });
});

describe("period-mismatch (text): a salutation is not the opening paragraph (probe 36)", () => {
  const report = (salutation: string, year: number) =>
    `河西区民政局关于2023年养老服务工作情况的报告\n\n${salutation}\n${year}年,区民政局深入贯彻积极应对人口老龄化国家战略。现将有关情况报告如下:\n\n一、基本情况\n\n全区共有养老机构42家。\n`;

  it.each(["区人大常委会:", "各位代表:", "市政府:", "市委、市政府:", "尊敬的各位领导、同志们:"])("%s then an opening with last year", (s) => {
    expect(flagged(report(s, 2022))).toEqual(["period-mismatch:2023年", "period-mismatch:2022年"]);
    expect(flagged(report(s, 2023))).toEqual([]);
  });

  it("a short line ending in a colon that addresses no one is still the first paragraph", () => {
    // (`主要做法:` opens the body: a year in the line after it is a later paragraph's, history.)
    const text = "某县民政局2023年工作总结\n\n主要做法:\n2022年,县福利院建成投用。\n\n一、2023年工作情况\n\n完成。\n";
    expect(flagged(text)).toEqual([]);
  });
});

describe("suspicious-year: a later year opening a sentence that counts what was done (probe 36)", () => {
  const report = (sentence: string) => `安溪县民政局2021年工作总结\n\n${sentence}\n`;

  it.each([
    ["2026年,全县登记社会组织712家。", "2026年"],
    ["2026年,全县慈善组织募集款物2.36亿元,同比增长8.7%。", "2026年"],
    ["2026年,全年共办理婚姻登记1862对。", "2026年"],
    ["2026年,全县婚姻登记1862对,较上年增加45对。", "2026年"],
  ])("%s", (sentence, year) => {
    expect(flagged(report(sentence))).toEqual([`suspicious-year:${year}`]);
  });

  it("a later year's annual filing with its count: 参加2022年度年检的社会组织653家 in a 2021 report", () => {
    const found = flagged(report("参加2022年度年检的社会组织653家,年检合格617家,合格率94.5%。"));
    expect(found).toEqual(["suspicious-year:2022年度"]);
    expect(flagged(report("参加2020年度年检的社会组织653家,年检合格617家,合格率94.5%。"))).toEqual([]);
  });

  it.each([
    "到2026年,全县登记社会组织800家。",
    "2026年,全县力争登记社会组织800家。",
    "2026年,预计全县慈善组织募集款物2.5亿元,同比增长8%。",
    "2035年远景目标,全县养老床位6000张。",
    "2026年,全县养老床位6000张以上。",
    "2026年,全县共建共享养老服务中心。",
    "2026年是“十五五”规划开局之年,全县养老床位6000张。",
    "2026年,全县将新增养老床位300张,同比增长5%。",
  ])("no finding: %s", (sentence) => {
    expect(flagged(report(sentence)).filter((f) => f.startsWith("suspicious-year"))).toEqual([]);
  });
});
