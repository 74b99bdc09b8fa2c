import { lintText } from "../../../src/core/text";

/**
 * h62 (false alarms): a growth said of the sum of listed parts when no total is written
 * (`城市…0.82万人、农村2.04万人,比上年末的3.05万人下降6.2%`: 2.86 against 3.05), and figures written with
 * 万/亿 alone in a 其中 list after a total written in full (`2.86万人,其中城市0.82万、农村2.04万`): the
 * parts share the total's unit. A growth that neither the sum nor the last part gives, a list that
 * writes the unit on one part only, parts over their total, and a bare 万 nothing gives a unit to are
 * still found.
 */
const found = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)}${f.expected ? `→${f.expected}` : ""}`);

describe("a growth of the sum of listed parts", () => {
  test.each([
    "城市低保对象0.82万人、农村2.04万人,比上年末的3.05万人下降6.2%。",
    "今年城区新增床位1180张、农村新增1070张,比上年的2000张增长12.5%。",
    "男性志愿者1.26万人、女性志愿者1.54万人,比上年的2.5万人增长12%。",
    "一季度新增床位420张、二季度760张,比上年同期的1050张增长12.4%。",
    "城市特困人员1260人和农村特困人员3740人,比上年的4800人增加4.2%。",
    // The change and the base beside the rate (shape 3), and a percentage of last year's (7b).
    "城市低保对象0.82万人、农村2.04万人,比上年末减少0.19万人,下降6.2%。",
    "城区新增床位1180张、农村新增1070张,比上年增加250张,增长12.5%。",
    "城区发放高龄津贴1.2亿元、农村发放2.3亿元,为上年3.2亿元的109.4%。",
  ])("%s raises nothing", (text) => {
    expect(found(text)).toEqual([]);
  });

  test.each([
    // Neither the sum (−6.2%) nor the last part (−33.1%) gives it: the nearer is the one meant.
    ["城市低保对象0.82万人、农村2.04万人,比上年末的3.05万人下降9.2%。", "growth-mismatch:9.2%→6.2"],
    ["今年城区新增床位1180张、农村新增1070张,比上年的2000张增长22.5%。", "growth-mismatch:22.5%→12.5"],
    ["男性志愿者1.26万人、女性志愿者1.54万人,比上年的2.5万人增长20%。", "growth-mismatch:20%→12.0"],
    ["一季度新增床位420张、二季度760张,比上年同期的1050张增长22.4%。", "growth-mismatch:22.4%→12.4"],
    // Of two that miss, the nearer the stated fall (the last part's 8.5%, not the sum's 6.2%).
    ["城市低保对象0.82万人、农村2.04万人,比上年末减少0.19万人,下降16.2%。", "growth-mismatch:16.2%→8.5"],
    // A 其中 list has its total: the total or the last part, not the parts' sum.
    ["全市低保对象2.96万人,其中城市0.82万人、农村2.04万人,比上年末的3.05万人下降6.2%。", "growth-mismatch:6.2%→3.0"],
    // 或: one of two, not both; a part named as a total (累计) is no part.
    ["城区新增床位1180张或农村新增1070张,比上年的2000张增长12.5%。", "growth-mismatch:12.5%→-46.5"],
    ["今年新增床位250张、累计达到2250张,比上年的2000张增长25%。", "growth-mismatch:25%→12.5"],
    // Standards per month do not add up.
    ["城市低保标准730元/月、农村低保标准530元/月,比上年的1200元/月增长5%。", "growth-mismatch:5%→-55.8"],
  ])("%s", (text, finding) => {
    expect(found(text)).toEqual([finding]);
  });
});

describe("万/亿 alone in a 其中 list after a total written in full", () => {
  test.each([
    "全市低保对象2.86万人,其中城市0.82万、农村2.04万。",
    "全市低保对象2.86万人,其中:城市0.82万、农村2.04万。",
    "全市特困人员供养资金2.3亿元,其中城市0.86亿、农村1.44亿。",
    "全市老年人口52.6万人,其中男性24.8万、女性27.8万。",
    "上半年发放高龄津贴1.86亿元,其中一季度0.92亿、二季度0.94亿。",
    "全市低保对象2.86万人,其中城市0.82万、农村2.04万人。",
  ])("%s raises nothing", (text) => {
    expect(found(text)).toEqual([]);
  });

  test.each([
    // Parts over their total are in another unit, or lost a digit: the unit is not the total's.
    ["全市低保对象2.86万人,其中城市0.82万、农村3.04万。", "missing-unit:0.82万→万人"],
    // The list writes the unit on a part: the one without it lost it.
    ["全市低保对象2.86万人,其中城市0.82万人、农村2.04万。", "missing-unit:2.04万→万人"],
    // No 其中: the figure is not said to be a part of the one in full.
    ["新增资金529.12万、总量达1099.52万元。", "missing-unit:529.12万→万元"],
    ["慈善信托新增资金529.12万,备案资金总量达1099.52万元。", "missing-unit:529.12万→万元"],
    // A total in another scale word gives no unit to a part in 万.
    ["全市特困人员供养资金23000万元,其中城市0.86亿、农村1.44亿。", "missing-unit:0.86亿→万元"],
  ])("%s", (text, finding) => {
    expect(found(text)).toEqual([finding]);
  });
});
