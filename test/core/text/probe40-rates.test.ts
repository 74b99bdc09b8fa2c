import fc from "fast-check";
import { lintText, prepareDocument, TEXT_RULES } from "../../../src/core/text";
import { bestOf, scalesLinearly as linear } from "../linear";

/**
 * Probe 40: stated completion rates, rates of a part of a whole and 人均/户均 averages that the
 * figures of their own sentence do not give (completion-mismatch; implausible-quantity for the
 * average), and the many correct sentences around them that must raise nothing.
 */
const CODES = new Set(["completion-mismatch", "implausible-quantity"]);
const rateFindings = (text: string, locale: "zh-CN" | "en-US" = "zh-CN") => lintText(text, { year: 2025, locale }).filter((f) => CODES.has(f.code));
const summary = (text: string) => rateFindings(text).map((f) => `${f.code} ${f.value}→${f.expected}`);
/** completion-mismatch alone (random figures may hold the year, which implausible-quantity reads: 220250户 in 2025). */
const completion = (text: string) => summary(text).filter((s) => s.startsWith("completion-mismatch"));

describe("a rate or an average that its sentence's figures do not give is found", () => {
  test.each([
    // the target inside the rate's phrase
    ["完成特殊困难老年人家庭适老化改造620户,为年度目标1000户的72.0%。", "completion-mismatch 72.0%→62.0"],
    ["完成特殊困难老年人家庭适老化改造620户,完成年度目标1000户的72%。", "completion-mismatch 72%→62.0"],
    ["全市完成社会救助资金支出4.2亿元,为年度预算目标4.5亿元的83.3%。", "completion-mismatch 83.3%→93.3"],
    // the total, not the increase, reaches the target
    ["全县养老机构床位由2022年底的2860张增加到2025年11月底的3620张,三年净增760张,完成计划目标(3500张)的113.4%。", "completion-mismatch 113.4%→103.4"],
    // the target named elsewhere in the sentence
    ["完成适老化改造620户,年度目标1000户,完成率72.0%。", "completion-mismatch 72.0%→62.0"],
    ["年度目标1000户,已完成620户,完成率72%。", "completion-mismatch 72%→62.0"],
    ["全年计划改造1000户,已完成620户,完成年度目标的72%。", "completion-mismatch 72%→62.0"],
    // a part of a whole named by the same word
    ["应参检市级社会组织1012家,实际参检948家,参检率97.3%。", "completion-mismatch 97.3%→93.7"],
    ["应发放1000户,已发放950户,发放率59%。", "completion-mismatch 59%→95.0"],
    // an average
    ["全年为5946名本市户籍逝者减免基本殡葬服务费用共计1367.6万元,人均3200元。", "implausible-quantity 3200元→2300"],
    ["共计1367.6万元,惠及5946人,人均3200元。", "implausible-quantity 3200元→2300"],
    ["实施临时救助1268人次,发放临时救助金312.4万元,人均救助4264元。", "implausible-quantity 4264元→2464"],
    ["发放慰问金120万元,慰问困难群众5000户,户均420元。", "implausible-quantity 420元→240"],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  test("the messages say what the figures give, in both languages", () => {
    const rate = "应参检市级社会组织1012家,实际参检948家,参检率97.3%。";
    expect(rateFindings(rate)[0]).toMatchObject({ severity: "error", message: "按文中数字,参检率应为93.7%,文中为97.3%" });
    expect(rateFindings(rate, "en-US")[0].message).toBe("the figures give a rate (参检率) of 93.7%, but the text says 97.3%");
    const done = "完成适老化改造620户,为年度目标1000户的72.0%。";
    expect(rateFindings(done)[0].message).toBe("按文中数字,完成率应为62.0%,文中为72.0%");
    expect(rateFindings(done, "en-US")[0].message).toBe("the figures give a completion rate of 62.0%, but the text says 72.0%");
    const avg = "共计1367.6万元,惠及5946人,人均3200元。";
    expect(rateFindings(avg)[0]).toMatchObject({ severity: "warning", message: "按文中1367.6万元、5946人计算,人均约为2300元,文中为3200元" });
    expect(rateFindings(avg, "en-US")[0].message).toBe("1367.6万元 over 5946人 is about 2300元 per person, but the text says 3200元");
  });
});

describe("correct sentences, and those whose figures do not settle the rate, raise nothing", () => {
  test.each([
    "完成特殊困难老年人家庭适老化改造620户,为年度目标1000户的62.0%。",
    "完成适老化改造620户,年度目标1000户,完成率62.0%。",
    "全年计划改造1000户,已完成620户,完成年度目标的62%。",
    "截至6月底,完成适老化改造620户,为年度目标1000户的62.0%。",
    // over-fulfilment
    "新建护理型床位1050张,完成年度目标1000张的105%。",
    "年度目标1000张,新建护理型床位1050张,完成率105%。",
    // the total or the increase, whichever the target is of
    "全区养老机构床位由2022年底的2860张增加到3620张,三年净增760张,完成计划目标(3500张)的103.4%。",
    "全区养老机构床位由2022年底的2860张增加到3620张,三年净增760张,完成三年新增目标800张的95%。",
    // bounds and ranges
    "完成适老化改造约620户,为年度目标1000户的62%。",
    "完成适老化改造620户,为年度目标1000户的约60%。",
    "完成适老化改造620户,为年度目标1000户的60%以上。",
    "完成适老化改造620户,为年度目标1000户的超过60%。",
    "完成适老化改造600—650户,为年度目标1000户的62%。",
    "为186名困难群众免除丧葬费用32.4万元,人均约1700元。",
    // points, words, another base
    "完成适老化改造620户,完成率较上年提高5个百分点。",
    "完成适老化改造620户,为年度目标1000户的六成。",
    "完成适老化改造620户,占全区困难老年人家庭2000户的31%,完成年度目标的62%。",
    // two targets, lists of rates
    "改造620户、新增床位180张,分别完成年度目标1000户、200张的62.0%、90.0%。",
    "完成年度目标1000户的62.0%,完成床位目标200张的90%。",
    "全年计划改造1000户、新增床位200张,已改造620户、新增180张,完成率分别为62%、90%。",
    // a 完成率 of another item than the figures before it
    "年度目标1000户,全年完成改造620户;新建床位200张,完成率100%。",
    "年度目标1000户,全年完成改造620户,新建床位200张,完成率100%。",
    "年度目标1000户,改造620户,发放补贴200万元,完成率62%。",
    "全区有困难老年人家庭2000户,完成年度改造目标1000户的100%。",
    "计划生育特殊家庭320户,落实扶助金240户,完成率75%。",
    // parts of a whole, within rounding; the part not done; a rate of another word
    "应参检市级社会组织1012家,实际参检948家,参检率93.7%。",
    "应参检1012家,实际参检948家,参检率93.6%。",
    "应参检1012家,实际参检948家,未参检64家,参检率93.7%。",
    "应参保8.5万人,实际参保8.3万人,参保率98%。",
    "应参检1012家,实际参检948家。参检社会组织中,年检合格882家、基本合格41家、不合格35家,合格率93.0%。",
    "应急救助1000人,实际救助900人,救助率90%。",
    "全年接待来访群众近3000人次,办结率100%。",
    // averages: right, per period, of another quantity, two counts or totals
    "实施临时救助1268人次,发放临时救助金312.4万元,人均救助2464元。",
    "全年为5946名本市户籍逝者减免基本殡葬服务费用共计1367.6万元,人均2300元。",
    "重度残疾人护理补贴惠及1.06万人,全年发放1908万元,人均每月150元。",
    "重度残疾人护理补贴惠及1.06万人,全年发放1908万元,月人均150元。",
    "全市户籍人口50万人,地区生产总值300亿元,人均可支配收入3.2万元。",
    "发放慰问金120万元,慰问困难群众5000户、8000人,户均240元,人均150元。",
    "发放慰问金120万元,其中市级60万元,慰问困难群众5000户,户均300元。",
    "重度残疾人护理补贴惠及1.06万人,人均每月发放150元。",
    "每名社区工作者平均服务居民约360户。",
  ])("%s", (text) => {
    expect(summary(text)).toEqual([]);
  });
});

/** A figure as written: whole, or in 万 with one or two decimals, and the value it stands for. */
const written = (n: number, unit: string, wan: 0 | 1 | 2): { text: string; value: number } => {
  if (wan === 0 || n < 10_000) return { text: `${n}${unit}`, value: n };
  const w = (n / 1e4).toFixed(wan);
  return { text: `${w}万${unit}`, value: Number(w) * 1e4 };
};
const unit = fc.constantFrom("户", "人", "张", "家", "元");
const wan = fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2);
const decimals = fc.constantFrom(0, 1, 2);

describe("completion-mismatch over random figures", () => {
  const shapes = (V: string, T: string, R: string) => [
    `完成改造${V},为年度目标${T}的${R}。`,
    `完成改造${V},年度目标${T},完成率${R}。`,
    `年度目标${T},已完成${V},完成年度目标的${R}。`,
    `应参检${T},实际参检${V},参检率${R}。`,
  ];

  test("a rate that the figures give, however rounded, raises nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000_000 }), fc.integer({ min: 1, max: 3_000_000 }), unit, wan, wan, decimals, (v, t, u, wv, wt, d) => {
        const V = written(v, u, wv);
        const T = written(t, u, wt);
        const R = `${((V.value / T.value) * 100).toFixed(d)}%`;
        for (const text of shapes(V.text, T.text, R)) expect([text, completion(text)]).toEqual([text, []]);
      }),
      { numRuns: 300 },
    );
  });

  test("a rate off by more than the rounding allows is found", () => {
    // (A whole target of 1000 or more, a rate under 300%: the figures' rounding moves it by less than a point.)
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000 }), fc.integer({ min: 1000, max: 100_000 }), fc.integer({ min: 2, max: 30 }), fc.boolean(), (v, t, off, up) => {
        const rate = (v / t) * 100;
        const stated = up ? rate + off : rate - off;
        if (stated <= 0 || rate >= 300) return;
        for (const text of shapes(`${v}户`, `${t}户`, `${stated.toFixed(1)}%`)) expect([text, completion(text)]).toEqual([text, [`completion-mismatch ${stated.toFixed(1)}%→${rate.toFixed(1)}`]]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the rate and average checks stay linear", () => {
  const rule = TEXT_RULES.find((r) => r.code === "completion-mismatch")!;
  const average = TEXT_RULES.find((r) => r.code === "implausible-quantity")!;
  const ms = (text: string) => {
    const doc = prepareDocument(text);
    return bestOf(3, () => {
      rule.check(doc);
      average.check(doc);
    });
  };
  const scalesLinearly = (unit: string) => linear(unit, 50_000, ms, { floorMs: 0.25, passMs: 200 });
  test.each([
    "1%", "率1%", "完成率1%", "的1%", "目标1户的1%", "目标(1户)的1%", "1户,为年度目标1户的9%", "完成完成完成完成目标的9%", "年度目标1户,", "应参检1家,实际参检1家,参检率9%",
    "应参检应参检应参检", "参检1家,", "1户1户1户1户,完成率9%", "人均1元", "1元,1人,人均9元", "人均人均人均救助9元", "1元1元1元1元1人1人1人,人均9元", ";完成率9%", "为年度年度年度年度年度年度目标1户的9%",
  ])("%j repeated to 50,000 characters", (unit) => {
    expect(scalesLinearly(unit)).toMatchObject({ linear: true });
  });
});
