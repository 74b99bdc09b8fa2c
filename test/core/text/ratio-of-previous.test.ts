import { lintText } from "../../../src/core/text";

/**
 * A figure stated as a percentage of the previous one (`1652对,为上年的116.2%(上年1556对)`): the
 * percentage is Y ÷ X × 100, a ratio and not a growth, within the rounding of the figures as written.
 */
const growth = (text: string, locale: "zh-CN" | "en-US" = "zh-CN") => lintText(text, { year: 2024, locale }).filter((f) => f.code === "growth-mismatch");
const summary = (text: string) => growth(text).map((f) => `${f.value}→${f.expected}`);

describe("a percentage of the previous value that its figures do not give is found", () => {
  test.each([
    // the base after the rate, in brackets or after a comma
    ["全年办理结婚登记1652对,为上年的116.2%(上年1556对)。", "116.2%→106.2"],
    ["全年办理结婚登记1652对,为上年同期的116.2%,上年同期为1556对。", "116.2%→106.2"],
    ["上半年办理结婚登记1652对,相当于上年同期的116.2%(上年同期1556对)。", "116.2%→106.2"],
    // the base inside the phrase
    ["全年办理结婚登记1652对,为上年1556对的116.2%。", "116.2%→106.2"],
    ["全年办理结婚登记1652对,是上年同期1556对的116.2%。", "116.2%→106.2"],
    ["全年办理结婚登记1652对,相当于去年1556对的116.2%。", "116.2%→106.2"],
    // the base before the phrase
    ["全年办理结婚登记1652对(上年1556对),为上年的116.2%。", "116.2%→106.2"],
    ["全年办理结婚登记1652对,上年为1556对,为上年的116.2%。", "116.2%→106.2"],
    // a fall, a scale word, a stock against the year's end
    ["全年支出临时救助资金2.36亿元,为上年的89.5%(上年2.8亿元)。", "89.5%→84.3"],
    ["年末共有社会组织1012家,为上年末的110.2%(上年末948家)。", "110.2%→106.8"],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  test("the message says the expected ratio, in both languages", () => {
    const text = "全年办理结婚登记1652对,为上年的116.2%(上年1556对)。";
    expect(growth(text)[0].message).toBe("按文中数字,本期数应为上期数的106.2%,文中为“为上年的116.2%”");
    expect(growth(text, "en-US")[0].message).toBe('the figures give 106.2% of the previous value, but the text says "为上年的116.2%"');
  });
});

describe("a percentage of the previous value that its figures give, or that is not one, is silent", () => {
  test.each([
    // correct, in each shape; within the rounding of the figures as written
    "全年办理结婚登记1652对,为上年的106.2%(上年1556对)。",
    "全年办理结婚登记1652对,为上年同期的106.2%,上年同期为1556对。",
    "全年办理结婚登记1652对,为上年1556对的106.2%。",
    "全年办理结婚登记1652对(上年1556对),相当于上年的106.2%。",
    "全年办理结婚登记1652对,是上年同期1556对的106%。",
    "全年支出临时救助资金2.4亿元,为上年的85.7%(上年2.8亿元)。",
    "全年支出临时救助资金2.36亿元,为上年的84.3%(上年2.8亿元)。",
    // a share of another whole
    "全市共有社会组织1012家,占全省的35%(全省2891家)。",
    "城市低保对象3200人,为全市的35%(全市9143人)。",
    // a completion: completion-mismatch's
    "完成适老化改造620户,为年度目标1000户的72%。",
    "完成适老化改造620户,为目标的72%(目标1000户)。",
    // bounded or ranged rates
    "全年办理结婚登记1652对,为上年的116%以上(上年1556对)。",
    "全年办理结婚登记1652对,为上年的约116%(上年1556对)。",
    "全年办理结婚登记1652对,为上年的110%-120%(上年1556对)。",
    // a previous figure of another unit
    "全年办理结婚登记1652对,为上年的116.2%(上年1556人)。",
    "全年办理结婚登记1652对,为上年1556人的116.2%。",
    // the rate of something else: a growth, a rate as the figure, no previous figure at all
    "全年办理结婚登记1652对,比上年增长6.2%,为上年的116.2%。",
    "低保覆盖率为3.2%,为上年的116.2%(上年2.9%)。",
    "全年办理结婚登记1652对,为上年的116.2%。",
    // a whole year's base for half a year
    "上半年办理结婚登记1652对,为上年的116.2%(上年1556对)。",
  ])("%s", (text) => {
    expect(summary(text)).toEqual([]);
  });
});
