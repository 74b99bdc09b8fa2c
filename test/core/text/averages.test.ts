import { lintText } from "../../../src/core/text";

/**
 * Averages (日均, 人均, 户均, 次均, 月人均 …) in report text. Probe 43: an average written between a
 * total and its comparison was taken for the comparison's current figure (`312.6万人次,日均3.4万人次,
 * 较二季度的299.1万人次环比增长4.5%` → 应为-98.9%); the total before it may be meant, as for a 其中
 * part. And a monthly average (`月人均254元`) was not read against its total and count at all.
 */
const findings = (text: string) => lintText(text, { year: 2025 }).filter((f) => f.severity !== "info").map((f) => `${f.code}: ${f.message}`);

describe("an average beside a comparison of totals", () => {
  it.each([
    // Probe 43's false alarms.
    "第三季度累计助餐312.6万人次,日均3.4万人次,较二季度的299.1万人次环比增长4.5%。",
    "全年发放临时救助金583.6万元,人均2717元,较上年的531.2万元增长9.9%。",
    "全年救助1386人次,日均3.8人次,较上年的1479人次下降6.3%。",
    // The same, the average elsewhere or the count between.
    "第三季度累计助餐312.6万人次,较二季度的299.1万人次环比增长4.5%,日均3.4万人次。",
    "全年发放临时救助金583.6万元,较上年的531.2万元增长9.9%,人均2717元。",
    "全年发放临时救助金583.6万元,惠及2148人,人均2717元,较上年的531.2万元增长9.9%。",
    "全年支出医疗救助资金2.36亿元,救助困难群众8.6万人次,次均救助2744元,较上年的2.18亿元增长8.3%。",
    "第三季度累计助餐312.6万人次,其中日均3.4万人次,较二季度的299.1万人次环比增长4.5%。",
    // Other shapes of the comparison: a change, the base after or before the rate.
    "全年救助1386人次,日均3.8人次,比上年减少93人次,下降6.3%。",
    "全年救助1386人次,日均3.8人次,同比下降6.3%,上年同期为1479人次。",
    "上半年累计接待来访群众5460人次,日均30.3人次,同比增长8.2%,上年同期为5046人次。",
    "上半年发放高龄津贴1520.6万元,惠及2.45万人,人月均103元,较上年同期的1432.8万元增长6.1%。",
    "2025年1-9月发放残疾人两项补贴8642.5万元,惠及8.1万人,每人每月发放119元,同比增长4.2%,上年同期为8294.1万元。",
    "全年发放低保金1.38亿元,保障对象1.52万人,人均每月757元,较上年的1.29亿元增长7.0%。",
  ])("%s raises nothing", (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe("averages compared with averages", () => {
  it.each([
    "人均补助标准由每月620元提高到650元,增长4.8%。",
    "日均接待由35人次增加到42人次,增长20%。",
    "全年接待1.5万人次,日均接待由35人次增加到42人次,增长20%。",
    "日均助餐3.4万人次,较上年的3.1万人次增长9.7%。",
    // A total before, the base still an average (nothing says so but the figures).
    "全年助餐1240万人次,日均3.4万人次,较上年的3.1万人次增长9.7%。",
    "平均每天救助3.8人次,较上年同期的4.1人次下降7.3%。",
    "全年人均可支配收入3.26万元,较上年的3.05万元增长6.9%。",
    "全市农村低保对象4862户,户均月补助金额416元,较上年的385元增长8.1%。",
    // A comparison of the totals first, then one of the averages: the figure before the average is a base, no total.
    "全年救助1386人次,较上年的1479人次下降6.3%,日均3.8人次,较上年的4.1人次下降7.3%。",
  ])("%s raises nothing", (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe("a wrong growth beside an average is still found, against the right figures", () => {
  it.each([
    ["全年救助1386人次,日均3.8人次,较上年的1479人次下降8.3%。", "growth-mismatch: 降幅应为6.3%,文中为8.3%"],
    ["第三季度累计助餐312.6万人次,日均3.4万人次,较二季度的299.1万人次环比增长5.4%。", "growth-mismatch: 增幅应为4.5%,文中为5.4%"],
    ["全年发放临时救助金583.6万元,惠及2148人,人均2717元,较上年的531.2万元增长19.9%。", "growth-mismatch: 增幅应为9.9%,文中为19.9%"],
    ["全年支出医疗救助资金2.36亿元,救助困难群众8.6万人次,次均救助2744元,较上年的2.18亿元增长3.8%。", "growth-mismatch: 增幅应为8.3%,文中为3.8%"],
    ["全年救助1386人次,日均3.8人次,同比下降8.3%,上年同期为1479人次。", "growth-mismatch: 降幅应为6.3%,文中为8.3%"],
    ["全年助餐1240万人次,日均3.4万人次,较上年的3.1万人次增长19.7%。", "growth-mismatch: 增幅应为9.7%,文中为19.7%"],
    ["日均接待由35人次增加到42人次,增长2%。", "growth-mismatch: 增幅应为20.0%,文中为2%"],
  ])("%s", (text, finding) => {
    expect(findings(text)).toEqual([finding]);
  });
});

describe("a monthly average against its total, count and period", () => {
  it("a total that dropped its 万 (probe 43)", () => {
    const text = "第三季度发放经济困难老年人养老服务补贴2376.8元,惠及3.12万人,月人均254元。";
    expect(findings(text)).toEqual(["implausible-quantity: 按文中2376.8元、3.12万人、3个月计算,月人均约为0.025元,文中为254元;若月均无误,总额应约为2377.4万元"]);
    expect(lintText(text, { year: 2025 }).find((f) => f.code === "implausible-quantity")?.expected).toBe("0.025");
  });

  it.each([
    ["全年发放低保金1.38亿元,保障对象1.52万人,人均每月75.7元。", "implausible-quantity: 按文中1.38亿元、1.52万人、12个月计算,月人均约为756.6元,文中为75.7元;若月均无误,总额应约为1380.8万元"],
    ["第三季度发放经济困难老年人养老服务补贴2377.4万元,惠及3.12万人,月人均2540元。", "implausible-quantity: 按文中2377.4万元、3.12万人、3个月计算,月人均约为254元,文中为2540元;若月均无误,总额应约为2.38亿元"],
    ["1至9月发放特困供养金2916万元,供养特困人员2400户,户月均135元。", "implausible-quantity: 按文中2916万元、2400户、9个月计算,月户均约为1350元,文中为135元;若月均无误,总额应约为291.6万元"],
  ])("%s", (text, finding) => {
    expect(findings(text)).toEqual([finding]);
  });

  it.each([
    "第三季度发放经济困难老年人养老服务补贴2377.4万元,惠及3.12万人,月人均254元。",
    // Counts change over a period: a few per cent off is no slip.
    "第三季度发放经济困难老年人养老服务补贴2230万元,惠及3.12万人,月人均254元。",
    "上半年发放高龄津贴1520.6万元,惠及2.45万人,人月均103元。",
    "2025年1-9月发放残疾人两项补贴8642.5万元,惠及8.1万人,每人每月发放119元。",
    "1至9月发放特困供养金2916万元,供养特困人员2400户,户月均1350元。",
    "全年发放低保金1.38亿元,保障对象1.52万人,人均每月757元。",
    // No period named, or a base's period: the months are unknown.
    "发放经济困难老年人养老服务补贴2376.8元,惠及3.12万人,月人均254元。",
    "上半年发放高龄津贴1520.6万元,惠及2.45万人,较上年全年增长5%,月人均103元。",
    // A standard, a change of it: no average of these figures.
    "上半年发放高龄津贴1520.6万元,惠及2.45万人,补贴标准为每人每月100元。",
    "上半年发放高龄津贴1520.6万元,惠及2.45万人,标准由每人每月90元提高到100元。",
    // A yearly or daily average: not read.
    "全年发放高龄津贴1520.6万元,惠及2.45万人,年人均103元。",
  ])("%s raises nothing", (text) => {
    expect(findings(text)).toEqual([]);
  });
});
