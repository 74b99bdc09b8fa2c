import { lintText } from "../../../src/core/text";
import { flagged } from "./flagging";

/**
 * Probe 54: a stock dated before the end of a period counted from January (上半年, 前三季度, 1-N月);
 * 月均/日均 of a total over the period's months or days; 次均 over a count of times.
 */

const Q3 = "某区民政局2025年前三季度工作总结\n\n";
const M9 = "某区民政局2025年1-9月工作总结\n\n";
const H1 = "某县民政局2026年上半年工作总结\n\n";
const stock = (date: string): string => `${date},全区共有城乡低保对象3250人。`;

describe("period-mismatch: a stock dated before the end of a period counted from January", () => {
  test.each([
    [Q3 + stock("截至2025年6月底"), "period-mismatch:6月底"],
    [Q3 + stock("截至6月底"), "period-mismatch:6月底"],
    // A comparison clauses on is of another figure.
    [Q3 + "截至2025年6月底,全区共有城乡低保对象3250人,其中城市低保对象2180人,低保对象占户籍人口的3.6‰,较上年末下降0.3个千分点。", "period-mismatch:6月底"],
    [M9 + stock("截至2025年6月底"), "period-mismatch:6月底"],
    [H1 + "截至2026年3月底,全县在册社会组织612家。", "period-mismatch:3月底"],
    [H1 + "截至3月31日,全县养老床位总数达到2680张。", "period-mismatch:3月31日"],
  ])("%s → %s", (text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });

  test("a warning, saying the period's end", () => {
    const [f] = lintText(Q3 + stock("截至2025年6月底"), { year: 2025, locale: "zh-CN" });
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("9月底");
  });

  test.each([
    Q3 + stock("截至9月底"),
    Q3 + stock("截至2025年9月30日"),
    // A base compared with, the year before, earlier data named, a later date in the sentence.
    Q3 + "全区共有城乡低保对象3250人,较6月底增加42人。",
    Q3 + "截至6月底,全区共有城乡低保对象3208人,9月底增加到3250人。",
    Q3 + "截至6月底,全区共有城乡低保对象3208人,比年初减少15人。",
    Q3 + stock("截至2024年12月底"),
    Q3 + "据省民政厅通报,截至6月底,全区共有城乡低保对象3250人。",
    Q3 + "根据最新统计,截至6月底,全区共有城乡低保对象3250人。",
    Q3 + "按半年度统计数据,截至6月底,全区共有城乡低保对象3250人。",
    // A thing done at a date within the period, not a stock.
    H1 + "截至3月底,已全面完成低保对象年审工作。",
    H1 + "截至3月底,发放春节慰问金126万元。",
    // Plans and targets.
    H1 + "力争截至3月底,全县共有养老床位2680张。",
  ])("no finding: %s", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe("implausible-quantity: 月均/日均 of a total over the period", () => {
  test.each([
    ["上半年全县累计助餐32.4万人次,月均3.6万人次。", 2026, "implausible-quantity:3.6万人次"],
    ["前三季度累计发放低保金2106万元,月均351万元。", 2025, "implausible-quantity:351万元"],
    // The title's months when the sentence names none.
    [H1 + "全县累计助餐32.4万人次,月均3.6万人次。", 2026, "implausible-quantity:3.6万人次"],
    ["全年助餐312万人次,日均5200人次。", 2024, "implausible-quantity:5200人次"],
    ["全年共办理结婚登记3650对,日均30对。", 2024, "implausible-quantity:30对"],
  ])("%s → %s", (text, year, finding) => {
    expect(flagged(text, { year })).toEqual([finding]);
  });

  test("the message says the months and the expected average", () => {
    const [f] = lintText("前三季度累计发放低保金2106万元,月均351万元。", { year: 2025 });
    expect(f.expected).toBe("234万元");
    expect(f.message).toContain("9个月");
  });

  test.each([
    ["上半年全县累计助餐32.4万人次,月均5.4万人次。", 2026],
    ["前三季度累计发放低保金2106万元,月均234万元。", 2025],
    ["上半年全县累计助餐32.4万人次,月均5万人次。", 2026],
    // Calendar days of a leap year, or of any 9 months; working days too.
    ["全年助餐312万人次,日均8525人次。", 2024],
    [Q3 + "长者食堂累计助餐48.6万人次,日均1780人次。", 2025],
    ["全年为民服务大厅接待群众6.2万人次,日均250人次。", 2024],
    // No period: silent.
    ["累计助餐32.4万人次,月均3.6万人次。", 2026],
    // Two periods, or a base.
    ["上半年累计助餐32.4万人次,较一季度的15.2万人次,月均3.6万人次。", 2026],
    // Two totals of the unit: which is averaged, the sentence does not say.
    ["上半年累计助餐32.4万人次,其中二季度17.2万人次,月均3.6万人次。", 2026],
    // A caseload: persons, and words of a stock.
    ["全年累计保障城乡低保对象16.2万人,月均13.62万人。", 2024],
    ["全年累计救助4.18万人次,月均保障3.2万人次。", 2024],
    // A per-person rate, a growth.
    ["上半年发放低保金1200万元,月均每人发放650元。", 2026],
    ["上半年累计助餐32.4万人次,月均增长3.6万人次。", 2026],
    // Bounds.
    ["上半年全县累计助餐32.4万人次,月均约3.6万人次。", 2026],
  ])("no finding: %s", (text, year) => {
    expect(flagged(text, { year })).toEqual([]);
  });
});

describe("implausible-quantity: 次均 over a count of times", () => {
  test.each([
    ["实施临时救助4.18万人次,支出资金6270元,次均1500元。", "implausible-quantity:1500元"],
    ["实施临时救助1536户次,支出临时救助金276.5万元,次均3800元。", "implausible-quantity:3800元"],
    ["开展上门服务2400次,支出服务经费36万元,次均300元。", "implausible-quantity:300元"],
  ])("%s → %s", (text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });

  test.each([
    "实施临时救助4.18万人次,支出资金6270万元,次均1500元。",
    "实施临时救助1536人次,支出临时救助金276.5万元,次均约1800元。",
    "实施临时救助1536人次,支出临时救助金276.5万元,次均1800元。",
    // Not a count of times: 次均 over persons is not said.
    "救助困难群众1536人,支出临时救助金276.5万元,次均3800元。",
  ])("no finding: %s", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
