/**
 * Probe 38: a plan-only title over a review of the year before (period-mismatch), a bare figure of
 * a 户…人 pair inside a 其中 list (missing-unit), and papers counted in 篇, 本, 份, 册 whose number was
 * dropped (unit-without-number).
 */
import { flagged } from "./flagging";

const SUMMARY = "某县民政局2024年工作总结\n";

/** A plan's title, its opening line, a review heading, and the plan's heading. */
function plan(title: string, review: string, planned = "二、2025年主要目标"): string {
  return `${title}\n\n2025年是“十四五”规划收官之年。\n\n${review}\n\n2024年,全市民政系统各项目标任务全面完成。\n\n${planned}\n\n城乡低保标准力争提高3%以上。\n`;
}

describe("a plan-only title may look back on the year before", () => {
  test.each([
    ["某市民政局2025年工作要点", "一、2024年工作回顾"],
    ["某市民政局2025年工作计划", "一、2024年工作回顾"],
    ["某市民政局2025年工作思路", "一、2024年工作回顾"],
    ["某市民政局2025年工作要点", "一、2024年工作情况"],
  ])("%s over %s", (title, review) => {
    expect(flagged(plan(title, review))).toEqual([]);
    expect(flagged(plan(title, review), { year: 2025 })).toEqual([]);
  });

  test("only the year before: a review of two years back is still flagged", () => {
    const found = flagged(plan("某市民政局2025年工作要点", "一、2023年工作回顾"));
    expect(found).toContain("period-mismatch:2023年");
    expect(found).toContain("period-mismatch:2025年");
  });

  test("a plan heading before the plan's year is still flagged", () => {
    expect(flagged(plan("某市民政局2025年工作要点", "一、2024年工作回顾", "二、2024年工作计划"))).toEqual(["period-mismatch:2024年"]);
  });

  test("a review title of the year is still held to it", () => {
    const found = flagged(plan("某市民政局2025年工作总结", "一、2024年工作回顾"));
    expect(found).toContain("period-mismatch:2024年");
  });
});

describe("a bare figure of a 户…人 pair lost its second unit", () => {
  test.each([
    "全市低保对象17865户30412人,其中城市低保对象3216户5428,农村低保对象14649户24984人。",
    "全市城乡低保对象17865户30412人,其中城市低保对象3216户5428,农村低保对象14649户24984人。",
    "全市低保对象17865户30412人,其中城市低保对象3216户5428、农村低保对象14649户24984人。",
  ])("%s", (body) => {
    expect(flagged(SUMMARY + body)).toEqual(["missing-unit:5428"]);
  });

  test("the last pair's figure too", () => {
    expect(flagged(SUMMARY + "城市低保对象3216户5428人,农村低保对象14649户24984。")).toEqual(["missing-unit:24984"]);
  });

  test("pairs written in full, and a figure not glued to its pair, are left alone", () => {
    expect(flagged(SUMMARY + "全市低保对象17865户30412人,其中城市低保对象3216户5428人,农村低保对象14649户24984人。")).toEqual([]);
    expect(flagged(SUMMARY + "全市低保对象17865户30412人,其中城市低保对象3216户,农村低保对象14649户。")).toEqual([]);
  });
});

describe("a paper's count dropped before 篇, 本, 份, 册 at a clause's end", () => {
  test.each([
    ["全年撰写调研报告篇。", "篇"],
    ["撰写调研报告篇,其中1篇获评优秀调研成果。", "篇"],
    ["撰写信息篇。", "篇"],
    ["编印手册本。", "本"],
    ["签订协议份。", "份"],
    ["签订责任书份。", "份"],
    ["全年编印宣传手册册。", "册"],
  ])("%s", (body, unit) => {
    expect(flagged(SUMMARY + body)).toEqual([`unit-without-number:${unit}`]);
  });

  test.each([
    "全年印发本级文件。",
    "签订协议文本,编印宣传画册,撰写本年度工作总结。",
    "签订责任书,编印读本,编印手册,撰写多篇,撰写新篇。",
    "撰写调研报告,印发本市低保标准,签署合同范本,签订股份合作协议。",
    "撰写调研报告3篇,编印手册2000本,签订协议15份。",
  ])("no finding: %s", (body) => {
    expect(flagged(SUMMARY + body)).toEqual([]);
  });
});
