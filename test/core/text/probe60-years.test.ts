import { readFileSync } from "node:fs";
import path from "node:path";
import { lintText } from "../../../src/core/text";
import { prepareDocument } from "../../../src/core/text/document";
import { flagged } from "./flagging";

/**
 * Probe 60 (years in report text): a base year after the report's in a forecast or a target
 * (`到2027年…比2026年增加`), plan documents (规划, 方案) and bulletins (公报, 简报) as titles, a later
 * paragraph that opens with an earlier year's period (`2024年度,`), and couples counted over many
 * years (`1980年以来…累计…4亿对`) each raised an alarm. The slips of the same shapes are still found.
 */
const REVIEW_2025 = "江州市民政局2025年工作总结";
const PLAN_TITLE = "江州市“十五五”养老服务体系建设规划";
const lines = (...l: string[]) => l.join("\n");
const codes = (text: string, options: { year?: number } = {}) => flagged(text, options);

describe("suspicious-year: the base of a forecast or a target may be a year to come", () => {
  test.each([
    "到2027年,全市老年助餐点达到800个,比2026年增加200个。",
    "力争到2030年,全市护理型床位占比比2026年提高10个百分点。",
    "全市老年人口预计2030年将达到30万人左右,比2026年增加约4万人。",
    "预计全市养老床位较2027年增加300张。",
    "计划2027年全市养老床位比2026年增加300张。",
  ])("%s in a 2025 report", (text) => {
    expect(codes(text, { year: 2025 })).toEqual([]);
  });

  test.each([
    // No forecast's word: the base is a typo, as before.
    ["全市养老床位较2026年增加300张。", "2026年"],
    // 目标 in a done sentence (完成年度目标) is no forecast.
    ["全市养老床位较2026年增加300张,完成年度目标的105%。", "2026年"],
    // The target year named comes before the base.
    ["到2025年底,全市养老床位较2026年增加300张。", "2026年"],
    // A forecast's base more than five years on is a typo too.
    ["预计全市养老床位较2032年增加300张。", "2032年"],
  ])("%s in a 2025 report: still a slip", (text, chars) => {
    expect(codes(text, { year: 2025 })).toEqual([`suspicious-year:${chars}`]);
  });
});

describe("plan documents: 规划 and 方案 titles plan", () => {
  const body = ["2027年,全市新增养老床位1200张。", "全市养老床位较2026年增加3000张。"];

  test("a 规划 with no year is a plan from its title on: its years to come pass", () => {
    expect(codes(lines(PLAN_TITLE, ...body), { year: 2025 })).toEqual([]);
    const doc = prepareDocument(lines(PLAN_TITLE, ...body), { year: 2025 });
    expect(doc.titleLine).toBe(1);
    expect(doc.planDocument).toBe(true);
    expect(doc.planLines.slice(1)).toEqual([true, true, true]);
  });

  test("the same sentences in a year's review are slips", () => {
    expect(codes(lines(REVIEW_2025, ...body))).toEqual(["suspicious-year:2027年", "suspicious-year:2026年"]);
  });

  test("a review section of a plan document is read as one", () => {
    const text = lines(PLAN_TITLE, "一、“十四五”时期发展回顾", "2027年,全市新增养老床位1200张。", "二、发展目标", "2028年,全市新增养老床位1500张。");
    expect(codes(text, { year: 2025 })).toEqual(["suspicious-year:2027年"]);
  });

  test("a short line of a plan that names work (开展) ends no plan", () => {
    expect(codes(lines(PLAN_TITLE, "全面开展养老服务质量提升行动", "2027年,全市新增养老床位1200张。"), { year: 2025 })).toEqual([]);
  });

  test("a plan's span in its title is its horizon, not the report's year", () => {
    const doc = prepareDocument(lines(`${PLAN_TITLE}(2026—2030年)`, "全市养老服务体系建设稳步推进。"));
    expect(doc.titleLine).toBe(1);
    expect(doc.titleYears).toEqual([]);
    expect(doc.reportYear).toBeNull();
  });

  test("实施方案 and 行动方案 plan their year, whatever review words stand before", () => {
    expect(prepareDocument("江州市2026年养老服务体系建设实施方案").titlePlanYears).toEqual([2026]);
    const doc = prepareDocument("江州市关于开展2026年养老机构安全隐患排查整治行动方案\n全市养老床位较2026年增加300张。");
    expect(doc.titlePlanYears).toEqual([2026]);
    expect(doc.titleReviewYears).toEqual([]);
    expect(doc.planDocument).toBe(true);
  });

  test("a title that reviews a year and plans the next is read by its sections", () => {
    const doc = prepareDocument("江州市民政局2025年工作总结和2026年实施方案\n全市新增养老床位2250张。");
    expect(doc.titleReviewYears).toEqual([2025]);
    expect(doc.titlePlanYears).toEqual([2026]);
    expect(doc.planDocument).toBe(false);
  });

  test("规划 or 方案 inside a title's words makes no plan document", () => {
    const doc = prepareDocument("江州市2025年民政事业发展规划实施情况报告\n全市新增养老床位2250张。");
    expect(doc.titleReviewYears).toEqual([2025]);
    expect(doc.planDocument).toBe(false);
  });
});

describe("titles: 公报 and 简报 name the report's year", () => {
  const GONGBAO = "江州市2025年民政事业发展统计公报";

  test("a statistics bulletin's year is its title's, not its first line's", () => {
    const text = lines(GONGBAO, "2024年末全市共有养老机构340家。", "2025年末全市共有养老机构356家,比上年末增加16家。");
    expect(codes(text)).toEqual([]);
    const doc = prepareDocument(text);
    expect(doc.reportYear).toBe(2025);
    expect(doc.yearSource).toBe("title");
  });

  test("a year after the bulletin's told as done is still a slip", () => {
    expect(codes(lines(GONGBAO, "2026年末全市共有养老机构356家。"))).toEqual(["suspicious-year:2026年"]);
  });

  test("a 简报's year", () => {
    const doc = prepareDocument(lines("江州市民政局2025年第3期工作简报", "2024年底全市共有养老机构340家。"));
    expect(doc.titleLine).toBe(1);
    expect(doc.reportYear).toBe(2025);
  });
});

describe("period-mismatch: a later paragraph that opens with an earlier year's period tells history", () => {
  test.each([
    "2024年度,全市应参加年报的社会组织1012家,实际参加948家。",
    "2024年全年,全市新增养老床位2000张。",
    "2024年上半年,全市新增养老床位900张。",
  ])("%s after the opening of a 2025 report", (paragraph) => {
    expect(codes(lines(REVIEW_2025, "今年以来,全市新增养老床位2250张。", paragraph))).toEqual([]);
  });

  test("right under the title it states the body's period: the slip is found", () => {
    expect(codes(lines(REVIEW_2025, "2024年度,全市民政工作稳步推进。", "全年新增养老床位2250张。"))).toEqual([
      "period-mismatch:2025年",
      "period-mismatch:2024年",
    ]);
    expect(codes(lines("江州市民政局2025年上半年工作总结", "2024年上半年,全市民政工作稳步推进。", "新增养老床位1250张。"))).toEqual([
      "period-mismatch:2025年",
      "period-mismatch:2024年",
    ]);
  });

  test("an opening that sets last year's figure beside this year's states no period", () => {
    const text = lines("江州市2025年民政事业发展统计公报", "2024年,全市民政事业费支出24.6亿元;2025年支出26.4亿元,增长7.3%。", "全市共有养老机构356家。");
    expect(codes(text)).toEqual([]);
    expect(codes(text, { year: 2025 })).toEqual([]);
  });

  test("an opening of last year that looks ahead to the year reviewed is last year's report: found", () => {
    expect(codes(lines(REVIEW_2025, "2024年,全市民政工作稳步推进,2025年将继续深化。", "全年新增养老床位2250张。"))).toEqual([
      "period-mismatch:2025年",
      "period-mismatch:2024年",
    ]);
  });

  test("a later paragraph with a later year's period is still read", () => {
    const found = codes(lines(REVIEW_2025, "今年以来,全市新增养老床位2250张。", "2026年上半年,全市新增养老床位1000张。"));
    expect(found).toContain("period-mismatch:2026年");
  });
});

describe("implausible-quantity: couples counted over many years", () => {
  test.each([
    lines(REVIEW_2025, "婚姻登记历史档案补录工作全面完成,全市累计录入1980年以来婚姻登记档案186万对。"),
    lines(REVIEW_2025, "1980年以来,全国累计办理结婚登记超过4亿对。"),
    lines(REVIEW_2025, "全市历年办理结婚登记186万对,档案全部数字化。"),
  ])("%s", (text) => {
    expect(codes(text)).toEqual([]);
  });

  test.each([
    // Within a year: a year's weddings.
    ["全年累计办理结婚登记186万对。", "186万对"],
    ["今年以来,全市累计办理结婚登记186万对。", "186万对"],
    ["2025年以来,全市累计办理结婚登记186万对。", "186万对"],
    ["1-9月累计办理结婚登记186万对。", "186万对"],
    // Over many years, still more couples than the city has people.
    ["1980年以来,全市累计办理结婚登记1.86亿对。", "1.86亿对"],
  ])("%s in a city's 2025 report: still too many", (body, chars) => {
    expect(codes(lines(REVIEW_2025, body))).toEqual([`implausible-quantity:${chars}`]);
  });
});

describe("correct-f126.txt: its sentences raise no year alarm in a 2025 report either", () => {
  const file = path.join(__dirname, "..", "..", "fixtures", "text", "sentences", "correct-f126.txt");
  const sentences = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  test.each(sentences)("%s", (sentence) => {
    expect(lintText(sentence, { year: 2025 }).filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.excerpt}`)).toEqual([]);
  });
});
