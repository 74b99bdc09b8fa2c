import { lintText } from "../../../src/core/text";

/**
 * h63 (false alarms): a load against a rated capacity (负荷率) past 100%, a 占…的 that sets one flow of
 * money against another (支出 against 筹集额), and 其中 parts named by attributes that cross each other
 * (护理型 and 认知障碍照护 beds). The correct sentences are in ../../fixtures/text/sentences/correct-h63.txt;
 * here the slips of the same shapes that must still be found.
 */
const found = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)}`);

describe("correct sentences of these shapes raise nothing", () => {
  test.each([
    "冬季高峰期殡仪馆火化设备负荷率一度达到115%。",
    "春节前后火化炉负载率最高达到126%。",
    "福彩公益金支出3.62亿元,占当年筹集额的107.7%。",
    "全年筹集福彩公益金3.36亿元,支出3.62亿元,占筹集额的107.7%。",
    "临时救助资金拨付3200万元,占下达资金的102.4%。",
    "全年慈善捐赠收入1.52亿元,占当年支出的126.7%。",
    "上半年新增养老床位1180张,其中护理型床位860张、认知障碍照护床位420张。",
    "全市养老床位1.2万张,其中护理型床位7800张、医养结合床位5600张。",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the impossibilities of the same shapes are still found", () => {
  test.each([
    // A part of a whole that holds it: at most all of it.
    ["全市60周岁以上老年人占全市人口的115%。", "percent-out-of-range:115%"],
    ["社区养老服务设施覆盖率达105%。", "percent-out-of-range:105%"],
    // Residents in a stock of beds: at most all of them (unlike 床位使用率, which counts extra beds).
    ["全市养老机构入住率108%。", "percent-out-of-range:108%"],
    // One flow against a whole of the same flow: a part of it.
    ["养老服务支出2.1亿元,占全市民政支出的115%。", "percent-out-of-range:115%"],
    ["福彩公益金支出3.62亿元,占全市总支出的107.7%。", "percent-out-of-range:107.7%"],
    ["本级筹集福彩公益金1.2亿元,占全市筹集额的112%。", "percent-out-of-range:112%"],
    // A whole that names no flow: a share, as before.
    ["福彩公益金支出3.62亿元,占全市的107.7%。", "percent-out-of-range:107.7%"],
    // Parts on one cut that excludes each other still add up to within the total.
    ["全市低保对象1200人,其中城市1000人、农村500人。", "sum-mismatch:1200人"],
    ["上半年新增养老床位1180张,其中护理型床位860张、普通床位420张。", "sum-mismatch:1180张"],
    ["全市养老机构入住老年人1180人,其中失能老年人700人、半失能老年人320人、自理老年人260人。", "sum-mismatch:1180人"],
  ])("%s", (text, finding) => {
    expect(found(text)).toEqual([finding]);
  });
});
