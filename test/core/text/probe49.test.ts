import { lintText } from "../../../src/core/text";

/**
 * Probe 49: two shapes the text rules did not read.
 * 1. A completion rate after a growth clause (`销售2.14亿元,同比增长5.4%,完成年度销售目标8.6亿元的
 *    29.4%`): the clause's rate (or its base) stood between the work done and the target, and the
 *    rate was not checked.
 * 2. A monthly average in a sentence that names no period (`为440名儿童发放…364.32万元,人均每月1830元`
 *    in a 上半年 report): it is read over the months of the period the title reviews.
 */
const findings = (text: string, year: number) =>
  lintText(text, { year })
    .filter((f) => f.severity !== "info")
    .map(
      (f) =>
        `${f.code}: ${text.slice(f.offset!, f.offset! + f.length!)} → ${f.expected}`,
    );

describe("a completion rate after a growth clause", () => {
  test.each([
    [
      "一季度销售福利彩票2.14亿元,同比增长5.4%,完成年度销售目标8.6亿元的29.4%。",
      "29.4%",
      "24.9",
    ],
    [
      "一季度销售福利彩票2.14亿元,较上年同期的2.03亿元增长5.4%,完成年度销售目标8.6亿元的29.4%。",
      "29.4%",
      "24.9",
    ],
    [
      "一季度销售福利彩票2.14亿元,较上年同期的2.03亿元增长5.4%,较上年四季度的2.36亿元环比下降9.3%,完成年度销售目标8.6亿元的29.4%。",
      "29.4%",
      "24.9",
    ],
    [
      "全年筹集福彩公益金1.32亿元,增幅为8.2%,完成年度目标1.5亿元的78%。",
      "78%",
      "88.0",
    ],
    [
      "全年新增养老床位420张,同比增长12%,完成年度任务500张的74%。",
      "74%",
      "84.0",
    ],
    // The growth rate is not the completion: the rate after 的 is the one checked.
    [
      "一季度销售福利彩票2.14亿元,同比增长24.9%,完成年度销售目标8.6亿元的5.4%。",
      "5.4%",
      "24.9",
    ],
  ])("%s", (text, rate, expected) => {
    expect(findings(text, 2026)).toEqual([
      `completion-mismatch: ${rate} → ${expected}`,
    ]);
  });

  test.each([
    "一季度销售福利彩票2.14亿元,同比增长5.4%,完成年度销售目标8.6亿元的24.9%。",
    "一季度销售福利彩票2.14亿元,较上年同期的2.03亿元增长5.4%,完成年度销售目标8.6亿元的24.9%。",
    "一季度销售福利彩票2.14亿元,较上年同期的2.03亿元增长5.4%,较上年四季度的2.36亿元环比下降9.3%,完成年度销售目标8.6亿元的24.9%。",
    "全年筹集福彩公益金1.32亿元,增幅为8.2%,完成年度目标1.5亿元的88%。",
    "全年新增养老床位420张,同比增长12%,完成年度任务500张的84%。",
    "一季度销售福利彩票2.14亿元,同比增长29.4%,完成年度销售目标8.6亿元的24.9%。",
    // An amount of change may be the work the target counts: the clause is read as before.
    "全市养老床位5200张,较上年增加420张,完成年度新增目标500张的84%。",
    // A share is no growth: which figure the rate is of, the sentence does not say.
    "一季度销售福利彩票2.14亿元,占全省的5.4%,完成年度销售目标8.6亿元的29.4%。",
  ])("%s raises nothing", (text) => {
    expect(findings(text, 2026)).toEqual([]);
  });
});

const H1 = "蒙城县民政局2025年上半年工作总结\n";
const YEAR = "敦化市民政局2023年工作总结\n";
const Q1 = "柳州市民政局2026年第一季度工作总结\n";

describe("a monthly average over the months of the title's period", () => {
  test.each([
    [
      "为440名儿童发放基本生活费364.32万元,人均每月1830元。",
      H1,
      2025,
      "1830元",
      "1380",
    ],
    [
      "保障城乡低保对象1.23万人,发放低保金7896.4万元,月人均补助735元。",
      YEAR,
      2023,
      "735元",
      "535",
    ],
    [
      "保障城乡低保对象1.23万人,发放低保金7896.4万元,月人均补助395元。",
      YEAR,
      2023,
      "395元",
      "535",
    ],
    [
      "为1.12万名经济困难老年人发放养老服务补贴672万元,人均每月260元。",
      Q1,
      2026,
      "260元",
      "200",
    ],
    [
      "为2400户特困家庭发放供养金2916万元,户月均1820元。",
      "某县民政局2024年前三季度工作总结\n",
      2024,
      "1820元",
      "1350",
    ],
    [
      "为2400户特困家庭发放供养金2916万元,户月均1620元。",
      "某县民政局2024年1-10月工作总结\n",
      2024,
      "1620元",
      "1215",
    ],
    // An age is no time of the payments.
    [
      "为1.05万名80周岁以上老年人发放高龄津贴630万元,月人均65元。",
      YEAR,
      2023,
      "65元",
      "50",
    ],
  ])("%s", (sentence, title, year, stated, expected) => {
    expect(findings(title + sentence, year)).toEqual([
      `implausible-quantity: ${stated} → ${expected}`,
    ]);
  });

  test("the message names the title's period", () => {
    const [f] = lintText(
      H1 + "为440名儿童发放基本生活费364.32万元,人均每月1830元。",
      { year: 2025 },
    );
    expect(f.message).toContain("上半年");
    expect(f.message).toContain("6个月");
  });

  test.each([
    // The figures agree, or are within a quarter of total ÷ (count × months): counts move within a period.
    ["为440名儿童发放基本生活费364.32万元,人均每月1380元。", H1, 2025],
    ["为440名儿童发放基本生活费364.32万元,人均每月1656元。", H1, 2025],
    ["为440名儿童发放基本生活费364.32万元,人均每月1104元。", H1, 2025],
    [
      "保障城乡低保对象1.23万人,发放低保金7896.4万元,月人均补助535元。",
      YEAR,
      2023,
    ],
    [
      "保障城乡低保对象1.23万人,发放低保金7896.4万元,月人均补助642元。",
      YEAR,
      2023,
    ],
    [
      "保障城乡低保对象1.23万人,发放低保金7896.4万元,月人均补助428元。",
      YEAR,
      2023,
    ],
    [
      "为1.12万名经济困难老年人发放养老服务补贴672万元,人均每月200元。",
      Q1,
      2026,
    ],
    [
      "为2400户特困家庭发放供养金2916万元,户月均1215元。",
      "某县民政局2024年1-10月工作总结\n",
      2024,
    ],
    ["为1.05万名80周岁以上老年人发放高龄津贴630万元,月人均50元。", YEAR, 2023],
    // No title: the period is unknown.
    ["为440名儿童发放基本生活费364.32万元,人均每月1830元。", "", 2025],
    // A title's part not counted from January.
    [
      "为440名儿童发放基本生活费364.32万元,人均每月1830元。",
      "某县民政局2025年第三季度工作总结\n",
      2025,
    ],
    [
      "为440名儿童发放基本生活费364.32万元,人均每月1830元。",
      "某县民政局2025年下半年工作总结\n",
      2025,
    ],
    // A time of the sentence's own: the payments may cover part of the period.
    ["自4月起为440名儿童发放基本生活费364.32万元,人均每月1830元。", H1, 2025],
    [
      "元旦春节期间为440名儿童发放基本生活费364.32万元,人均每月1830元。",
      H1,
      2025,
    ],
    ["2024年为440名儿童发放基本生活费364.32万元,人均每月1830元。", H1, 2025],
    ["连续3个月为1.23万人发放低保金7896.4万元,月人均补助735元。", YEAR, 2023],
    // A plan section speaks of another period.
    [
      "为440名儿童发放基本生活费364.32万元,人均每月1830元。",
      "某县民政局2025年上半年工作总结和下半年工作计划\n二、下半年工作计划\n",
      2025,
    ],
  ])("%s raises nothing", (sentence, title, year) => {
    expect(findings(title + sentence, year)).toEqual([]);
  });
});

describe("a monthly average over the period its sentence names", () => {
  test.each([
    // Within a quarter below the quotient (103.4元): a caseload that moved, now silent as above.
    "上半年发放高龄津贴1520.6万元,惠及2.45万人,月人均79元。",
    "上半年发放高龄津贴1520.6万元,惠及2.45万人,月人均128元。",
  ])("%s raises nothing", (text) => {
    expect(findings(text, 2025)).toEqual([]);
  });

  test("more than a quarter off is found", () => {
    expect(
      findings("上半年发放高龄津贴1520.6万元,惠及2.45万人,月人均76元。", 2025),
    ).toEqual(["implausible-quantity: 76元 → 103"]);
  });
});
