/**
 * What a probe of four new reports (probe 34) found missed, each in a short sentence of its own
 * kind; and the phrasings beside them that must pass.
 */
import { flagged } from "./flagging";

describe("growth-mismatch: a stock compared with last year's end (上年末, 上年底)", () => {
  test.each([
    ["全市登记社会组织628家,较上年末的596家增加32家,增长5.1%。", "growth-mismatch:5.1%"],
    ["全市登记社会组织628家,比上年末的596家增长5.1%。", "growth-mismatch:5.1%"],
    ["全市登记社会组织628家,较上年底增加32家,增长5.1%。", "growth-mismatch:5.1%"],
  ])("%s", (text, found) => {
    expect(flagged(text, { year: 2022 })).toEqual([found]);
  });
  test("the right rate passes", () => {
    expect(flagged("全市登记社会组织628家,较上年末的596家增加32家,增长5.4%。", { year: 2022 })).toEqual([]);
  });
});

describe("period-mismatch: a base of comparison in the year reported (the year half changed in a copy)", () => {
  test.each([
    ["办理结婚登记1126对,较2025年同期减少94对。", "period-mismatch:2025年"],
    ["募集善款2.86亿元,比2025年的2.55亿元增长12.2%。", "period-mismatch:2025年"],
    ["与2025年同期相比,临时救助增长8.1%。", "period-mismatch:2025年"],
  ])("%s in a 2025 report", (text, found) => {
    expect(flagged(text, { year: 2025 })).toEqual([found]);
  });
  test.each([
    ["办理结婚登记1126对,较2024年同期减少94对。"],
    ["养老床位较2025年初增加300张。"],
    ["二季度救助1030人次,比2025年一季度增加198人次。"],
    ["全年目标比2025年的计划数有所提高。"],
  ])("%s passes in a 2025 report", (text) => {
    expect(flagged(text, { year: 2025 })).toEqual([]);
  });
});

describe("unit-without-number: a template's slot left empty before a unit", () => {
  test.each([["培训养老护理员【】人次。"], ["培训养老护理员( )人次。"], ["培训养老护理员（　）人次。"]])("%s", (text) => {
    expect(flagged(text, { year: 2025 })).toEqual([`unit-without-number:${text.slice(7, -1)}`]);
  });
  test.each([["见附件【1】,共3人。"], ["低保对象(人)统计如下。"], ["发放慰问金(万元)见附表。"]])("%s passes", (text) => {
    expect(flagged(text, { year: 2025 })).toEqual([]);
  });
});

describe("period-mismatch: the whole year told as done in a half-year report", () => {
  const report = (line: string) => ["某县民政局2025年上半年工作总结", "一、上半年工作情况", line, "二、下半年工作计划", "确保全年共完成登记2000对。"].join("\n");
  test("全年共办理结婚登记1126对", () => {
    expect(flagged(report("全年共办理结婚登记1126对。"))).toEqual(["period-mismatch:全年"]);
  });
  test.each([["全年共下达资金5000万元,已拨付3000万元。"], ["完成全年目标的52%。"], ["上半年共办理结婚登记1126对。"]])("%s passes", (line) => {
    expect(flagged(report(line))).toEqual([]);
  });
  test("in a year's report it is the period itself", () => {
    expect(flagged(["某县民政局2025年工作总结", "一、2025年工作情况", "全年共办理结婚登记2126对。"].join("\n"))).toEqual([]);
  });
});

describe("unit-without-number: a count whose number is gone after the verbs of projects and bodies", () => {
  test.each([["全市共上线慈善项目个,募集善款3126.4万元。", "个"], ["成立个社区社会组织联合会。", "个"]])("%s", (text, unit) => {
    expect(flagged(text, { year: 2024 })).toEqual([`unit-without-number:${unit}`]);
  });
  test.each([["上线慈善项目126个,募集善款3126.4万元。"], ["新成立社会组织,规范管理。"], ["组建志愿服务队,开展活动。"], ["立项资助公益创投项目。"], ["成立家委会,开展活动。"], ["建立家委会。"], ["组建名师工作室。"]])("%s passes", (text) => {
    expect(flagged(text, { year: 2024 })).toEqual([]);
  });
});
