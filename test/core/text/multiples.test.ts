import { lintText, prepareDocument } from "../../../src/core/text";
import { multipleHits } from "../../../src/core/text/multiples";
import { firesEach, nothingIn } from "./flagging";
import { bestOf, scalesLinearly } from "../linear";

/**
 * growth-mismatch on multiplicative wordings (src/core/text/multiples.ts): doubling words (翻了一番,
 * 翻两番), `是/为…的N倍` against a base the shapes of growth-mismatch.ts do not read (a year, 为, a
 * base with its figure in the phrase), and 年均 rates over a span of years the sentence states.
 */

describe("multiples: the probes' misses", () => {
  firesEach([
    // r10: 6420/1860 = 3.45
    ["持证社会工作者由2019年的1860人增加到2024年的6420人,是2019年的4.5倍。", "4.5倍", "3.5"],
    // r10: (3.2/2.1)^(1/5) − 1 = 8.8%; 10.5% is the total growth over five
    ["2019—2024年,全市养老床位由2.1万张增加到3.2万张,年均增长10.5%,每千名老年人拥有养老床位24.9张。", "10.5%", "8.8"],
    // r18: 128/84 = 1.52
    ["建成社区嵌入式养老服务综合体6处,老年助餐点128个,较上年末的84个翻了一番,上半年助餐服务36.5万人次。", "翻了一番", "1.5"],
    // r20: 96/62 = 1.55
    ["社区居家养老服务中心由2019年的62个增加到96个,翻了一番。", "翻了一番", "1.5"],
  ]);

  test("the message says the multiple the figures give", () => {
    const [f] = lintText("老年助餐点128个,较上年末的84个翻了一番。");
    expect(f).toMatchObject({ code: "growth-mismatch", value: "翻了一番", expected: "1.5", message: "按文中数字应为1.5倍,文中为“翻了一番”(约2倍)" });
    const [g] = lintText("持证社会工作者由2019年的1860人增加到2024年的6420人,是2019年的4.5倍。");
    expect(g.message).toBe("按文中数字应为3.5倍,文中为“2019年的4.5倍”");
    const [h] = lintText("2019—2024年,全市养老床位由2.1万张增加到3.2万张,年均增长10.5%。");
    expect(h.message).toBe("按文中数字,5年间年均增长应为8.8%(按复合增长率计),文中为10.5%");
    expect(lintText("老年助餐点128个,较上年末的84个翻了一番。", { locale: "en-US" })[0].message).toBe('the figures give 1.5 times the base, but the text says "翻了一番" (about 2 times)');
  });
});

describe("multiples: other wrong multiples of the same shapes", () => {
  firesEach([
    ["全市养老床位由1200张增加到3000张,翻了一番。", "翻了一番", "2.5"],
    ["全市养老床位由1200张增加到6000张,翻了两番。", "翻了两番", "5.0"],
    ["全市养老床位由1200张翻了一番,达到3000张。", "翻了一番", "2.5"],
    ["慈善捐赠2400万元,比上年的1600万元翻一番。", "翻一番", "1.5"],
    ["上半年建成家庭养老床位480张,是上年全年218张的3.2倍。", "3.2倍", "2.2"],
    ["持证社会工作者由1860人增加到6420人,为上年的4.5倍。", "4.5倍", "3.5"],
    ["养老床位由2019年的2.1万张增加到2024年的3.2万张,年均增长10.5%。", "10.5%", "8.8"],
    ["农村特困供养人员由2019年的3200人减少到2024年的2100人,年均下降10.5%。", "10.5%", "8.1"],
  ]);
});

describe("multiples: correct or unjudgeable sentences stay silent", () => {
  nothingIn([
    // doublings within 1.8–2.3 times
    "社区嵌入式养老服务机构由去年同期的9个增加到18个,翻了一番。",
    "社区居家养老服务中心由2019年的62个增加到126个,翻了一番。",
    "老年助餐点128个,较上年末的64个翻了一番,上半年助餐服务36.5万人次。",
    "全市养老床位由1200张增加到2600张,翻了一番。",
    "全市养老床位由1200张增加到4900张,翻了两番。",
    // bounds, hedges, plans
    "慈善款物募集由2020年的2630万元增加到5860万元,翻了一番多。",
    "慈善款物募集由2020年的2630万元增加到4600万元,翻了近一番。",
    "慈善款物募集由2020年的2630万元增加到6600万元,翻了一番半。",
    "慈善款物募集由2630万元增加到4600万元,基本实现翻番。",
    "力争到2027年全市养老床位翻一番。",
    // no two figures of one quantity
    "全市养老床位比上年翻了一番。",
    "社会组织由368家增加到436家,护理型床位翻了一番。",
    "养老床位由1.2万张增加到1.5万人,翻了一番。",
    // multiples right, or of another thing
    "持证社会工作者由2019年的1860人增加到2024年的6420人,是2019年的3.5倍。",
    "上半年建成家庭养老床位480张,是上年全年218张的2.2倍,增长1.2倍。",
    "城市低保标准每人每月935元,为农村低保标准720元的1.3倍。",
    "新增老年助餐点126个,累计达到486个,是2019年120个的4倍。",
    "我市城市低保标准每人每月935元,是全国平均水平的1.5倍。",
    "特困人员基本生活标准按城市低保标准的1.3倍确定,提高到每人每月1216元。",
    "特困人员612人,其中集中供养186人、分散供养426人,供养标准为低保标准的1.6倍。",
    "新增家庭养老床位600张,是上年的1.5倍。",
    "慈善捐赠由0.80亿元增至1.84亿元,是2020年的3.2倍。",
    "持证社会工作者由2019年的1860人增加到6420人,为上年的4.5倍。",
    // yearly rates: right (n, or n + 1 for a written span), or the span unsaid
    "2019—2024年,全市养老床位由2.1万张增加到3.2万张,年均增长8.8%,每千名老年人拥有养老床位24.9张。",
    "2019—2024年,全市养老床位由2.1万张增加到3.2万张,年均增长7.3%。",
    "五年来,全区养老床位由2020年末的2140张增加到2025年末的3260张,年均增长8.8%。",
    "养老机构床位由2020年的3680张提高到4520张,年均增长7.1%。",
    "养老床位由2019年的2.1万张增加到2024年上半年的3.2万张,年均增长9.8%。",
    "“十三五”以来,全区养老床位由2015年的5120张增加到7680张,年均增长12.7%。",
    "全市养老床位由2.1万张增加到3.2万张,年均增长10.5%。",
    "推动全市火化率年均提高2个百分点以上。",
    "慈善捐赠由0.80亿元增至1.84亿元,年均增长3.2倍。",
  ]);
});

describe("multiples: linear on any text", () => {
  const ms = (text: string) => {
    // (With a report year: a rate to an unsaid end year reads its sentence's years.)
    const doc = prepareDocument(text, { year: 2024 });
    return bestOf(3, () => multipleHits(doc));
  };
  test.each([
    "由2019年的1张增加到3张,年均增长9%", "翻了一番", "1个翻了一番", "由1个增加到3个,翻了一番", "较上年末的的的的1个翻了一番", "由1个翻了一番,达到", "翻翻翻翻",
    "2个,是2019年的9倍", "是是是是的9倍", "为上年1个的9倍", "的的的的9倍", "2019—2024年,由1张增加到3张,年均增长9%", "年均年均年均增长9%", "2019年至2024年,",
  ])("%j repeated to 50,000 characters", (unit) => {
    expect(scalesLinearly(unit, 50_000, ms, { floorMs: 0.25, passMs: 200 })).toMatchObject({ linear: true });
  });
});

describe("multiples: a yearly rate to an unsaid end year is read against the report's year", () => {
  const report = (year: string, body: string) => `某市民政局${year}工作总结\n${body}`;
  const growths = (text: string) => lintText(text).filter((f) => f.code === "growth-mismatch");

  test("a rate no count of the years gives is flagged, with the years and the rate they give", () => {
    // (2.68/2.10)^(1/4) − 1 = 6.3%; three or five years give 8.5% or 5.0%
    const [f] = growths(report("2024年", "全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长7.6%。"));
    expect(f).toMatchObject({ value: "7.6%", expected: "6.3" });
    expect(f.message).toContain("4年间");
    // (7680/5120)^(1/4) − 1 = 10.7% in a 2019 report
    expect(growths(report("2019年", "“十三五”以来,全区养老床位由2015年的5120张增加到7680张,年均增长12.7%。"))).toHaveLength(1);
  });

  test("a rate one of the counts gives raises nothing", () => {
    for (const rate of ["6.3%", "8.5%", "5.0%"]) expect(growths(report("2024年", `全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长${rate}。`))).toEqual([]);
    // a half-year report: four and a half years
    expect(growths(report("2025年上半年", "全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长5.6%。"))).toEqual([]);
  });

  test("no report year, a plan section, another time named or a span under two years: silent", () => {
    expect(growths("全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长7.6%。")).toEqual([]);
    expect(growths(report("2024年", "二、2025年工作计划\n力争全市养老床位由2020年末的2.10万张增加到2.68万张,年均增长7.6%。"))).toEqual([]);
    expect(growths(report("2024年", "全市养老床位由2023年的2.10万张增加到2.68万张,年均增长7.6%。"))).toEqual([]);
    // the sentence names the time the span ends (a plan period, a span of years, a date)
    for (const lead of ["“十三五”期间,", "2016年至2020年,", "截至2020年底,"]) expect(growths(report("2024年", `${lead}全区养老床位由2015年的5120张增加到7680张,年均增长8.4%。`))).toEqual([]);
  });
});
