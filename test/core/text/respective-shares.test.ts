import { lintText } from "../../../src/core/text";

/**
 * Two parts that exclude each other, listed with their figures and their shares said after them
 * with 分别占 (`男性1127人次、女性259人次,分别占81.3%和28.7%`): the shares cannot add up to more
 * than the whole (probe 43). Read as the `男性占81.3%、女性占28.7%` shape is.
 */
const summary = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.code === "sum-mismatch")
    .map((f) => f.value);

describe("shares said with 分别占 after two parts that exclude each other", () => {
  test.each([
    ["受助人员中,男性1127人次、女性259人次,分别占81.3%和28.7%。", "81.3%+28.7%"],
    ["低保对象中,城市低保对象2100人、农村低保对象6500人,分别占34.4%、75.6%。", "34.4%+75.6%"],
    ["全市特困人员中,集中供养986人、分散供养2430人,分别占比38.9%和71.1%。", "38.9%+71.1%"],
  ])("%s adds up to more than 100%%", (text, excerpt) => {
    expect(summary(text)).toEqual([excerpt]);
  });

  test.each([
    "受助人员中,男性1127人次、女性259人次,分别占81.3%和18.7%。",
    "低保对象中,城市低保对象2100人、农村低保对象6500人,分别占24.4%、75.6%。",
    // rounding: 50.5 + 49.6 is within the two halves of 0.1
    "受助人员中,男性1000人次、女性982人次,分别占50.5%和49.6%。",
    // parts that need not exclude each other
    "老年人中,60岁以上42.6万人、80岁以上9.4万人,分别占22.1%和4.9%。",
    "新增床位中,护理型床位320张、普通床位280张,分别占比53.3%和56.7%。",
    // shares of different wholes
    "男性1127人次、女性259人次,分别占全市同类人员的81.3%和28.7%。",
    // 分别 with growths, not shares
    "男性1127人次、女性259人次,分别增长81.3%和28.7%。",
  ])("%s raises nothing", (text) => {
    expect(summary(text)).toEqual([]);
  });
});
