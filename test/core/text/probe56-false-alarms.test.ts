import { lintText } from "../../../src/core/text";

/**
 * Probe 56 (correct text aimed at the text rules added in the thirteenth session): a 截至 date past
 * the period that is a requirement (省厅要求截至9月底…, 原定, 须, 应完成), a 其中 that gives each place's
 * task and what is done of it, and a half-year rate beside the year's target each raised an alarm.
 */
const alarms = (text: string) =>
  lintText(`××县民政局2025年上半年工作总结\n${text}`, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => f.code);

describe("correct sentences raise nothing", () => {
  test.each([
    "省厅要求截至9月底适老化改造完成率达到75%。",
    "原定截至9月底完成的村级儿童之家建设任务,已于6月提前全部完成。",
    "按照市里部署,截至9月底各乡镇须完成低保复核。",
    "截至9月底应完成的12个项目已全部提前完成。",
    "任务1200户,已完成1050户,完成率87.5%,其中城区任务700户、已完成612户,完成率87.4%。",
    "任务1200户,已完成1050户,其中城区700户,已完成612户;农村500户,已完成438户。",
    "省下达目标任务为全年新增护理型床位240张、上半年120张,已新增138张,半年完成率115%。",
  ])("%s", (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("the same shapes with a slip are still found", () => {
  test.each([
    ["截至9月底,全县登记社会组织412家。", "period-mismatch"],
    ["任务1200户,已完成1050户,其中城区已完成700户、农村已完成450户。", "sum-mismatch"],
    ["年度目标新建床位240张,上半年已新增138张,完成率75%。", "completion-mismatch"],
    ["年度目标新建床位240张,上半年已新增138张,半年完成率75%。", "completion-mismatch"],
  ])("%s", (text, code) => {
    expect(alarms(text)).toEqual([code]);
  });
});
