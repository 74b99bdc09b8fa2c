import { lintText } from "../../../src/core/text";

/**
 * Probe 60 (false alarms): a completion rate over work done told in parts with no total, figures
 * written with 万/亿 alone before a unit the list's last item writes for all, unit captions and
 * precision notes (`单位:人、万元`, `精确到万元`, `以亿元计`), and a figure grouped by thousands that
 * holds the report's year (`12,025张`).
 */
const found = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)}${f.expected ? `→${f.expected}` : ""}`);

describe("correct sentences raise nothing", () => {
  test.each([
    // The rate follows from the sum of the parts done after the target.
    "计划改造3000户,城区、农村分别完成1650户和1500户,完成率105%。",
    "年度目标新增床位2000张,上半年完成1180张,下半年完成1070张,全年完成率112.5%。",
    "年度计划培训1500人次,市级培训860人次、县级培训1000人次,完成率124%。",
    "年度目标新增床位2000张,一季度完成420张、二季度760张、三季度580张、四季度490张,全年完成率112.5%。",
    // A unit written once at the end of a list of scaled figures.
    "城市、农村低保对象分别为0.82万、2.04万人。",
    "三个县分别新增12.4万、6.2万、3.76万元。",
    "城乡特困人员供养资金分别为1.36亿、0.94亿元。",
    // Captions and precision notes.
    "单位:人、万元",
    "计量单位:张、人、万元、%。",
    "单位：个、人次、元/人·月",
    "注:本公报金额数据精确到万元,部分合计数因四舍五入存在尾差。",
    "金额按万元取整。",
    "金额以亿元计,保留两位小数。",
    "低保金按月发放到户,精确到元。",
    // Digits grouped by thousands.
    "全市养老床位12,025张。",
    "全年福彩销售额120,250万元。",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the slips these rules exist for are still found", () => {
  test.each([
    ["计划改造3000户,城区、农村分别完成1650户和1500户,完成率95%。", "completion-mismatch:95%→105.0"],
    ["年度目标新增床位2000张,上半年完成1180张,下半年完成1070张,全年完成率102.5%。", "completion-mismatch:102.5%→112.5"],
    ["年度目标新增床位2000张,上半年完成1180张,完成率95%。", "completion-mismatch:95%→59.0"],
    // A figure before the target (last year's) is no part of the work it counts: 1000 + 1180 is not summed.
    ["上年新增床位1000张,今年目标新增床位2000张,上半年已完成1180张,完成率109%。", "completion-mismatch:109%→59.0"],
    // Each item writes its unit: the one without it lost it.
    ["分别为180万元、720万、1440万元。", "missing-unit:720万→万元"],
    ["三个县分别新增12.4万、6.2万元、3.76万元。", "missing-unit:12.4万→万元"],
    ["新增资金529.12万、总量达1099.52万元。", "missing-unit:529.12万→万元"],
    // (`2.86万人,其中城市0.82万、农村2.04万` is no slip: a 其中 list's parts share its total's unit; see
    // probe-h62.test.ts. A list that writes the unit on its first part, or parts over the total, are still found.)
    ["全市低保对象2.86万人,其中城市0.82万人、农村2.04万。", "missing-unit:2.04万→万人"],
    ["全市低保对象2.86万人,其中城市0.82万、农村3.04万。", "missing-unit:0.82万→万人"],
    // A unit after a figure's 、 is a list item that lost its number, not a caption.
    ["全年投入资金1200万元、万元。", "unit-without-number:万元"],
    ["城市低保标准提高到900元/月、元/月。", "unit-without-number:元/月"],
    ["筹集民生保障资金亿元。", "unit-without-number:亿元"],
    // The year inside a figure written as one run of digits.
    ["全市养老床位12025张。", "implausible-quantity:12025张"],
  ])("%s", (text, finding) => {
    expect(found(text)).toEqual([finding]);
  });
});
