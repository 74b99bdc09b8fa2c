import { lintText } from "../../../src/core/text";

/**
 * Probe 50 (correct sentences aimed at the text rules): a change of a ‰ rate in 千分点 was a count
 * with a fraction (non-integer-count, 是否漏了"万"?), and the 比例 of a plan done past 100% was a
 * share out of range (an error that sends a report back), as were 拨付率 and 到位率 past 100% (money paid
 * out against its plan: a completion, as the table checks read it).
 */
const alarms = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => f.code);

describe("correct sentences raise nothing", () => {
  test.each([
    "全市离婚率为2.1‰,较上年下降0.2个千分点。",
    "人口自然增长率为-1.3‰,比上年下降0.4千分点。",
    "全市民生实事任务完成比例为112%。",
    "全年募捐任务完成比例达到128%。",
    "已完成年度计划的比例为105%。",
    "上级补助资金到位率达105.2%。",
    "全年资金拨付率102.7%,政策兑现率101.3%。",
  ])("%s", (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("the same shapes with a slip are still found", () => {
  test.each([
    ["全市离婚率为2.1‰,较上年下降0.2个。", "non-integer-count"],
    ["全市低保对象占户籍人口的比例为112%。", "percent-out-of-range"],
    ["全市养老机构护理型床位比例达到112%。", "percent-out-of-range"],
  ])("%s", (text, code) => {
    expect(alarms(text)).toEqual([code]);
  });
});

describe("probe 52: a monthly average over a count of times", () => {
  const report = (line: string) => `××县民政局2025年上半年工作总结\n${line}`;
  it("人次 and 户次 already count person-months: nothing", () => {
    expect(alarms(report("累计保障城市低保对象2.32万人次,发放低保金1426万元,月人均补助615元。"))).toEqual([]);
    expect(alarms(report("累计保障低保家庭1.08万户次,发放低保金1430万元,户均每月1324元。"))).toEqual([]);
  });
  it("over persons the months of the period still count", () => {
    expect(alarms(report("保障城市低保对象3862人,发放低保金1426万元,月人均补助1615元。"))).toEqual(["implausible-quantity"]);
  });
});
