import { flagged } from "./flagging";

/**
 * Probe 49: a stock dated past the period a part-year title names, for every part (not only
 * 上半年), and the year given (--year) as the period when the title's year is the slip.
 */

const Q1 = "柳州市民政局2026年第一季度工作总结\n\n";
const stock = (date: string): string => `${date},全市登记社会组织3486家。`;

describe("period-mismatch: a count dated past the quarter or months the title names", () => {
  test.each([
    [Q1 + stock("截至4月底"), "period-mismatch:4月底"],
    ["柳州市民政局2026年一季度工作总结\n\n" + stock("截至2026年4月底"), "period-mismatch:4月底"],
    [Q1 + stock("截至4月末"), "period-mismatch:4月末"],
    ["某县民政局2026年第二季度工作总结\n\n" + stock("截至7月底"), "period-mismatch:7月底"],
    ["某县民政局2026年二季度工作总结\n\n" + stock("截至9月底"), "period-mismatch:9月底"],
    ["某县民政局2026年第三季度工作总结\n\n" + stock("截至10月底"), "period-mismatch:10月底"],
    ["某县民政局2026年前三季度工作总结\n\n" + stock("截至10月底"), "period-mismatch:10月底"],
    ["某县民政局2026年1-4月工作总结\n\n" + stock("截至5月底"), "period-mismatch:5月底"],
    ["某县民政局2026年上半年工作总结\n\n" + stock("截至7月底"), "period-mismatch:7月底"],
    // Signed within the month after: its end had not come.
    [Q1 + stock("截至4月底") + "\n\n柳州市民政局\n2026年4月8日", "period-mismatch:4月底"],
    // A range counted past a later quarter.
    ["某县民政局2026年第二季度工作总结\n\n一、工作情况\n1—9月累计发放低保金1.2亿元。\n二、下步打算\n持续推进。", "period-mismatch:1—9月"],
  ])("%s → %s", (text, finding) => {
    expect(flagged(text, { year: 2026 })).toEqual([finding]);
  });

  test("without the year given too", () => {
    expect(flagged(Q1 + stock("截至4月底"))).toEqual(["period-mismatch:4月底"]);
  });

  test.each([
    Q1 + stock("截至3月底"),
    Q1 + stock("截至2026年3月31日"),
    // A day of the month after: the report's own date.
    Q1 + stock("截至4月8日"),
    // Deadlines and targets.
    Q1 + "截至4月底前完成全部年检材料受理。",
    Q1 + "力争截至4月底完成全部年检材料受理。",
    Q1 + "力争4月底前完成全部年检材料受理。",
    Q1 + "截至6月底前完成第六届“柳州慈善之星”评选。",
    Q1 + "一、工作情况\n力争截至6月底全面完成年检材料受理。",
    Q1 + "9月底前完成第六届“柳州慈善之星”评选。",
    // Plan sections.
    Q1 + "一、一季度工作情况\n" + stock("截至3月底") + "\n二、下一步工作打算\n截至6月底,全市完成社区养老服务设施全覆盖。",
    "某县民政局2026年上半年工作总结和下半年工作计划\n\n一、上半年工作情况\n开展培训。\n二、下半年工作计划\n截至9月底,全县完成农村公墓建设。",
    // The report out only after the month's end: its latest stock (debatable).
    Q1 + stock("截至4月底") + "\n\n柳州市民政局\n2026年5月12日",
    // The signature of the report.
    Q1 + stock("截至3月底") + "\n\n柳州市民政局\n2026年4月8日",
    // An earlier year's date, and the quarter's own end in a later quarter.
    "某县民政局2026年第二季度工作总结\n\n" + stock("截至2025年9月底"),
    "某县民政局2026年第二季度工作总结\n\n一、上半年工作情况\n" + stock("截至6月底"),
    // The last quarter ends with the year; an annual report is left as it is.
    "某县民政局2026年第四季度工作总结\n\n" + stock("截至12月底"),
    "敦化市民政局2026年工作总结\n\n" + stock("截至2027年3月底"),
  ])("no finding: %s", (text) => {
    expect(flagged(text, { year: 2026 })).toEqual([]);
  });
});

describe("period-mismatch: the year given is the period, a title that disagrees is the slip", () => {
  const title = "敦化市民政局2022年工作总结\n\n";
  test("the title is flagged, the base year before the year given is not", () => {
    expect(flagged(title + "全年办理结婚登记1426对,较2022年的1318对增长8.2%。", { year: 2023 })).toEqual(["period-mismatch:2022年"]);
  });

  test("a base in the year given is", () => {
    expect(flagged(title + "全年办理结婚登记1426对,较2023年的1318对增长8.2%。", { year: 2023 })).toEqual(["period-mismatch:2022年", "period-mismatch:2023年"]);
  });

  test("the year before named as the year given's", () => {
    const text = title + "一、工作情况\n全年办理结婚登记1426对,同比增长8.2%(上年同期为2022年数据)。";
    expect(flagged(text, { year: 2023 })).toEqual(["period-mismatch:2022年"]);
  });

  test("without the year given, the title's year is the period", () => {
    expect(flagged(title + "全年办理结婚登记1426对,较2022年的1318对增长8.2%。")).toEqual(["period-mismatch:2022年"]);
    expect(flagged(title + "全年办理结婚登记1426对,较2021年的1318对增长8.2%。")).toEqual([]);
  });
});
