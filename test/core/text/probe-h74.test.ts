import { lintText } from "../../../src/core/text";

/**
 * Probe h74: correct sentences aimed at the text rules changed in one session (the other correct ones are in
 * ../../fixtures/text/sentences/correct-h74.txt), and the false alarms they found: a 其中 list ended by
 * what became of the money (下拨, 已下达), 其中 parts mixing 万 and 亿 under the total's unit, a total whose
 * equation follows it, and an average named by the subject of its sentence.
 */
const alarms = (text: string, year?: number) =>
  lintText(text, year ? { year } : {})
    .filter((f) => f.severity !== "info" && f.code !== "period-mismatch" && f.code !== "suspicious-year")
    .map((f) => `${f.code} ${f.excerpt}`);
const codes = (text: string, code: string, year = 2025) => lintText(text, { year }).filter((f) => f.code === code);

describe("yearly rates to an unsaid end, in annual and half-year reports, raise nothing", () => {
  // Each rate is (Y/X)^(1/n) − 1 over the years from the first to the report's (half a year less in a half-year report).
  const rows: [string, string][] = [
    ["2024", "全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长6.3%。"],
    ["2024", "“十四五”以来,全市养老机构由2020年的86家增加到112家,年均增长6.8%。"],
    ["2024", "近五年来,全市社区养老服务站由2019年的160个增加到420个,年均增长21.3%。"],
    ["2024", "2020年以来,全区登记社会组织由980家增加到1296家,年均增长7.2%。"],
    ["2024", "全市城市低保标准由2019年的每人每月620元提高到每人每月856元,年均增长6.7%。"],
    ["2024", "全市农村低保对象由2020年的3.62万人减少到2.86万人,年均下降5.7%。"],
    ["2024", "“十四五”以来,慈善捐赠由2020年的0.86亿元增加到1.38亿元,年均增长12.5%。"],
    ["2024", "十四五以来,全市养老护理员由2020年底的1850人增加到3120人,年均增长14.0%。"],
    ["2025", "“十四五”以来,全市养老床位由2020年末的2.10万张增加到2.96万张,年均增长7.1%。"],
    ["2025", "近五年,全市特困人员救助供养标准由2020年的每人每年9600元提高到12600元,年均提高5.6%。"],
    ["2025", "2021年以来,全市社区食堂由2021年的45个增加到168个,年均增长39.0%。"],
    ["2025年上半年", "全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长5.6%。"],
    ["2025年上半年", "“十四五”以来,全市养老服务中心由2020年的36个增加到98个,年均增长24.9%。"],
    ["2024年上半年", "全市农村留守儿童由2019年的4860名减少到3120名,年均下降9.4%。"],
    ["2024", "全市婚姻登记机构接待量由2019年的3.2万对减少到2.46万对,年均下降5.1%。"],
    ["2024", "全市城市低保标准由2020年的每人每月720元提高到每人每月856元,年均提高4.4%,农村低保标准年均提高6.5%。"],
    ["2024", "全市养老机构由2020年的86家增加到112家,净增26家,年均增长6.8%。"],
    ["2024", "全市养老机构由2020年的86家增加到112家,累计增长30.2%,年均增长6.8%。"],
    ["2024", "全市养老床位由2021年初的2.10万张增加到2.68万张,年均增长6.3%。"],
    ["2024", "全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长6.29%。"],
    ["2025年上半年", "截至6月底,全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长5.6%。"],
    ["2024", "全市城市低保标准由2020年的720元提高到856元、农村由560元提高到720元,年均分别增长4.4%和6.5%。"],
    ["2024", "全市城市低保月人均补助水平由2020年的520元提高到680元,年均增长6.9%。"],
    ["2024", "全市社区养老服务覆盖率由2020年的65%提高到92%,年均提高6.8个百分点。"],
    ["2025", "“十四五”以来,全市养老床位由2.10万张增加到2.96万张,年均增长7.1%。"],
    ["2024", "2020年以来,全市累计新增养老床位5800张,床位总数由2020年末的2.10万张增加到2.68万张,年均增长6.3%。"],
    ["2024", "近五年来,全市慈善捐赠由2019年的0.86亿元增加到1.38亿元,年均增长9.9%,其中2024年增长14.0%。"],
    ["2025年1—6月", "全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长5.6%。"],
    ["2025年前三季度", "全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长5.0%。"],
    ["2024", "“十四五”以来,全市城乡低保对象由2020年末的4.12万人减少到2.86万人,年均减少8.7%。"],
    ["2024", "全市每千名老年人拥有养老床位由2020年的32.5张提高到36.8张,年均提高3.2%。"],
    ["2024", "全市社会组织由2020年的986家增加到1296家,年均增长7.1%,年平均增加77.5家。"],
  ];
  const report = (year: string, body: string) => `XX市民政局${year}${/^\d+$/.test(year) ? "年" : ""}工作总结\n${body}`;
  test.each(rows)("%s: %s", (year, body) => {
    expect(alarms(report(year, body))).toEqual([]);
  });
  test("nor do they as one report a year", () => {
    for (const year of new Set(rows.map(([y]) => y))) {
      expect(alarms(report(year, rows.filter(([y]) => y === year).map(([, b]) => b).join("\n")))).toEqual([]);
    }
  });
});

describe("sum-mismatch: a clause saying where the money went ends a 其中 list", () => {
  test.each([
    "下达困难群众救助补助资金2.35亿元,其中中央资金1.6亿元,下拨县区1.98亿元。",
    "争取上级补助资金2.6亿元,其中已到位2.2亿元,已下达到县区1.8亿元。",
    "安排福彩公益金2800万元,其中市本级1200万元,投入养老服务2500万元。",
    "下达养老服务补助资金3200万元,其中中央资金1800万元,兑付到位2900万元。",
    "下达社会救助资金8600万元,其中省级资金5200万元,落实到户7900万元。",
  ])("%s", (s) => {
    expect(codes(s, "sum-mismatch")).toEqual([]);
  });
  test("parts said with the same word, or in a 、-list, are still added up", () => {
    expect(codes("下达资金2.35亿元,其中中央下拨1.6亿元,省级下拨1.98亿元。", "sum-mismatch")).toHaveLength(1);
    expect(codes("下达资金2.35亿元,其中中央资金1.6亿元、省级资金1.98亿元。", "sum-mismatch")).toHaveLength(1);
  });
});

describe("missing-unit: 其中 parts may mix 万 and 亿 under a total in full", () => {
  test("parts that add up to the total share its unit", () => {
    expect(codes("全年发放救助金1.86亿元,其中城市6200万、农村1.24亿。", "missing-unit")).toEqual([]);
  });
  test("parts that pass the total are still flagged", () => {
    expect(codes("全年发放救助金1.86亿元,其中城市6200万、农村2.24亿。", "missing-unit").length).toBeGreaterThan(0);
  });
});

describe("implausible-quantity: the equation that bears out a total may follow it", () => {
  test("a total before its count and amount per head raises nothing", () => {
    expect(codes("春节期间共发放慰问金20250元,为135名困难老人每人发放150元。", "implausible-quantity")).toEqual([]);
    expect(codes("共发放慰问金20250元,其中城区8000元、农村12250元。", "implausible-quantity")).toEqual([]);
  });
  test("figures after it that do not give it leave it flagged", () => {
    expect(codes("春节期间共发放慰问金20250元,为135名困难老人每人发放160元。", "implausible-quantity")).toHaveLength(1);
    // the parts of a sum are not taken across the total: 8000 before, 12250 after
    expect(codes("城区8000元,共发放慰问金20250元,农村12250元。", "implausible-quantity")).toHaveLength(1);
  });
});

describe("growth-mismatch: an average named by its sentence's subject keeps its rounding", () => {
  test("713元 and 685元 may be 713.4 and 684.6: 4.2% raises nothing", () => {
    expect(codes("城市低保对象月人均救助水平持续提高,全年达到713元,比上年的685元增长4.2%。", "growth-mismatch")).toEqual([]);
  });
  test("whole amounts not named an average are exact: the same figures give 4.1%", () => {
    expect(codes("城市低保对象救助金额持续提高,全年达到713元,比上年的685元增长4.2%。", "growth-mismatch")).toHaveLength(1);
    // a figure before the average's own one: the subject is not the compared figure's
    expect(codes("全市低保对象2.86万人,月人均救助水平提高,达到713元,比上年的685元增长4.2%。", "growth-mismatch")).toHaveLength(1);
  });
});
