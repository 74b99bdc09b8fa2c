import { lintText } from "../../../src/core/text";

/**
 * Probe 47 (correct reports aimed at the text rules added in the twelfth session): a figure compared
 * with two bases in turn, a target met by figures in several clauses, and a partition followed by a
 * remark (其中…, 另有…) each raised an error.
 */
const alarms = (text: string) =>
  lintText(text, { year: 2024 })
    .filter((f) => f.severity !== "info")
    .map((f) => f.code);

describe("correct sentences raise nothing", () => {
  test.each([
    "截至9月底,全市低保对象38652人,较6月底增加214人,较上年末的37905人增加747人。",
    "截至9月底,全市养老机构床位13580张,比6月底增加320张,比上年末的13120张增加460张,增长3.5%。",
    "全年新建综合养老服务中心3家、居家养老服务照料中心26家,改造提升老年食堂18家,完成年度计划40家的117.5%。",
    "全年新建照料中心29家,改造提升老年食堂18家,完成年度计划40家的117.5%。",
    "全市床位7420张,按类型分,护理型床位4860张、普通床位2560张,其中公办床位5230张。",
    "全市在院特困人员3156人,按生活自理能力分,完全自理1894人、半失能736人、失能526人,另有非特困社会寄养老人412人。",
  ])("%s", (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("the same shapes with a slip are still found", () => {
  test.each([
    ["截至9月底,全市低保对象38652人,较上年末的37905人增加847人。", "growth-mismatch"],
    ["全年新建照料中心29家,改造提升老年食堂18家,完成年度计划40家的127.5%。", "completion-mismatch"],
    ["全市在院特困人员3156人,按生活自理能力分,完全自理1994人、半失能736人、失能526人。", "sum-mismatch"],
  ])("%s", (text, code) => {
    expect(alarms(text)).toEqual([code]);
  });
});
