import { flagged } from "./flagging";

/**
 * Months and filings past a report's period: a month after a half-year (or 1-N月) report's period
 * told as done, a cumulative month range running past it, an annual filing of the report's own year.
 */

const H1 = "某县民政局2021年上半年工作总结\n";
const oneLine = (text: string): string => text.replace(/\n/g, " ⏎ ");
/** Cases that fire, named by their text on one line and the finding. */
const firing = (cases: readonly (readonly [string, string])[]): [string, string, string][] => cases.map(([text, finding]) => [`${oneLine(text)} → ${finding}`, text, finding]);
/** Cases that stay quiet, named by their text on one line. */
const quiet = (texts: readonly string[]): [string, string][] => texts.map((text) => [oneLine(text), text]);
const H1_2023 = "某市民政局2023年上半年工作总结\n";

describe("suspicious-year: a month after a part-year report's period, told as done", () => {
  test.each(firing([
    [H1 + "一、上半年工作开展情况\n２０２１年９月组织党员干部赴瑞金开展现场教学。\n某县民政局\n2021年7月12日", "suspicious-year:２０２１年９月"],
    [H1_2023 + "一、主要成效\n于2023.9.26获评全省第2批社区治理示范单位。", "suspicious-year:2023.9.26"],
    [H1_2023 + "区社会福利中心于2023年10月建成投用,新增床位120张。", "suspicious-year:2023年10月"],
    [H1_2023 + "2023-08-15召开全市养老服务推进会。", "suspicious-year:2023-08-15"],
    ["某县民政局2021年1-6月工作总结\n2021年8月举办养老护理员技能大赛。", "suspicious-year:2021年8月"],
    ["某县民政局2021年第一季度工作总结\n2021年5月召开社会救助工作推进会。", "suspicious-year:2021年5月"],
    ["某县民政局2021年1-8月工作总结\n2021年10月举办养老护理员技能大赛。", "suspicious-year:2021年10月"],
  ]))("%s", (_name, text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });

  test.each(quiet([
    // The month after the period: when a half-year report is written.
    H1 + "2021年7月组织开展社会救助政策培训。",
    "某县民政局2021年1-6月工作总结\n2021年7月举办养老护理员技能大赛。",
    "某县民政局2021年第一季度工作总结\n2021年4月召开社会救助工作推进会。",
    // Plan sections, plans, deadlines, starts, the half to come.
    H1 + "一、上半年工作情况\n加强培训。\n二、下半年工作打算\n2021年9月组织党员干部赴瑞金开展现场教学。",
    H1 + "计划2021年9月组织开展现场教学。",
    H1 + "将于2021年10月召开全县养老服务推进会。",
    H1 + "力争2021年9月完成全部验收。",
    H1 + "预计2021年10月建成投用。",
    H1 + "2021年9月底前完成全部验收。",
    H1 + "到2021年9月,完成全部验收。",
    H1 + "自2021年9月1日起,低保标准提高到每人每月700元。",
    H1 + "下半年,2021年9月组织开展现场教学。",
    H1 + "定于2021年10月召开全县养老服务推进会。",
    // No part-year period: an annual report, or none named.
    "某县民政局2021年工作总结\n2021年9月组织开展现场教学。",
    "某县民政局2021年工作总结和2022年上半年工作计划\n2021年9月组织开展现场教学。",
    // The signature's date.
    H1 + "一、工作情况\n开展培训。\n某县民政局\n2021年8月2日",
    // Another year's month: last year's autumn.
    H1 + "2020年9月组织开展现场教学。",
  ]))("no finding: %s", (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });

  test("the year given for a report with no title does not make a period", () => {
    expect(flagged("2021年9月组织开展现场教学。", { year: 2021 })).toEqual([]);
  });
});

describe("period-mismatch: a cumulative month range past the title's period", () => {
  const body = (line: string): string => `${H1}一、上半年工作情况\n${line}\n二、下半年工作打算\n持续推进。`;
  test.each(firing([
    [body("1—9月累计发放低保金1.2亿元。"), "period-mismatch:1—9月"],
    [body("1-9月累计发放特困供养金3680万元。"), "period-mismatch:1-9月"],
    [body("前三季度累计实施临时救助5026人次。"), "period-mismatch:前三季度"],
    [body("2021年1月至10月累计发放低保金1.5亿元。"), "period-mismatch:1月至10月"],
    [`${H1}一、上半年工作情况\n1—7月发放临时救助资金300万元。\n某县民政局\n2021年7月12日`, "period-mismatch:1—7月"],
    ["某县民政局2021年第一季度工作总结\n一、工作情况\n1-5月累计发放低保金5000万元。\n二、下步打算\n持续推进。", "period-mismatch:1-5月"],
    // The month after, counted to its end by a report signed before that end.
    [`${H1}一、上半年工作情况\n截至7月底,全县共有低保对象1.2万人。\n某县民政局\n2021年7月12日`, "period-mismatch:7月底"],
    // Said once: a figure counted to a month past the period is period-mismatch's, not a done thing's month.
    [body("截至2021年9月底,全县共有低保对象1.2万人。"), "period-mismatch:9月底"],
  ]))("%s", (_name, text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });

  test.each(quiet([
    body("1-6月累计发放低保金8235.6万元。"),
    // The month after, when the report is not known to be out before it ended.
    body("1—7月发放临时救助资金300万元。"),
    // Earlier periods it is compared with.
    body("去年1-9月累计发放低保金1.1亿元。"),
    body("低保金发放额较上年1-9月增长5%。"),
    body("与上年同期1-9月相比增长5%。"),
    body("2020年1-9月累计发放低保金1.1亿元。"),
    body("2020年前三季度累计实施临时救助4800人次。"),
    // Plans, targets, the half to come, deadlines.
    `${H1}一、上半年工作情况\n开展培训。\n二、下半年工作打算\n1-9月累计发放低保金1.2亿元。`,
    body("预计1-9月累计发放低保金1.2亿元。"),
    body("力争前三季度完成全部验收。"),
    body("下半年确保1-9月累计发放低保金1.2亿元。"),
    body("1-9月底前完成全部验收。"),
    `${H1}一、上半年工作情况\n截至7月10日,全县共有低保对象1.2万人。\n某县民政局\n2021年7月12日`,
    // Annual reports: within the year.
    "某县民政局2021年工作总结\n一、工作情况\n1-9月累计发放低保金1.2亿元。\n1—11月累计发放各类救助资金12.8亿元。\n二、工作计划\n推进。",
    "某县民政局2021年工作总结\n一、工作情况\n前三季度累计实施临时救助5026人次。\n二、工作计划\n推进。",
  ]))("no finding: %s", (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe("suspicious-year: an annual filing of the report's own year told as done", () => {
  test.each(firing([
    ["某县民政局2025年工作总结\n２０２５年度年检已于5月底完成。", "suspicious-year:２０２５年度"],
    ["某县民政局2021年工作总结\n完成2021年度社会组织年检。", "suspicious-year:2021年度"],
    ["某县民政局2021年上半年工作总结\n全县已有312家社会组织完成2021年度年报。", "suspicious-year:2021年度"],
  ]))("%s", (_name, text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });

  test.each(quiet([
    "某县民政局2025年工作总结和2026年工作计划\n一、2025年工作情况\n完成各项工作。\n二、2026年工作计划\n启动2025年度年检。",
    "某县民政局2025年工作总结\n将开展2025年度年报。",
    "某县民政局2025年工作总结\n完成2024年度社会组织年检,合格率96%。",
    // The year the inspections were done in, not the filing's.
    "某县民政局2025年工作总结\n2025年完成社会组织年检126家。",
    "某县民政局2025年工作总结\n2025年度完成社会组织年检126家。",
    // Started in the next year's first months, by a report published then.
    "某县民政局2025年工作总结\n发布时间:2026-01-20\n已启动2025年度社会组织年检。",
  ]))("no finding: %s", (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });
});
