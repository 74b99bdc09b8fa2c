import { lintText } from "../../../src/core/text";

/**
 * Probe 44 (correct sentences aimed at the text rules added in the twelfth session): each of these
 * raised an error. A label inside a total's period word (`前三季度合计`), an amount of change whose
 * clause names another quantity or sums two pairs, and a multiple after a change amount.
 */
const alarms = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code} ${f.value}`);

describe("correct sentences raise nothing", () => {
  test.each([
    "一季度发放1980万元,二季度2035万元,三季度2070万元,前三季度合计6085万元。",
    "一季度救助760人次,二季度770人次,三季度767人次,前三季度累计救助2297人次。",
    "养老床位由5980张增加到6420张,城区增加310张。",
    "低保对象由9140人减少到8620人,农村减少200人。",
    "城市低保对象由2630人减少到2310人,农村低保对象由6510人减少到6310人,合计减少520人。",
    "全年慈善募捐款物4.48亿元,同比增加1.68亿元,是2019年1.56亿元的2.9倍。",
    "养老床位6420张,较上年增加440张,是2019年3120张的2.1倍。",
  ])("%s", (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("the same shapes with a slip are still found", () => {
  test.each([
    ["一季度发放1980万元,二季度2035万元,三季度2070万元,前三季度合计6185万元。", "sum-mismatch"],
    ["养老床位由5980张增加到6420张,三年净增460张。", "growth-mismatch"],
    ["养老床位由5980张增加到6420张,两年来增加460张。", "growth-mismatch"],
    ["养老床位6420张,是2019年3120张的3.1倍。", "growth-mismatch"],
  ])("%s", (text, code) => {
    expect(alarms(text).map((a) => a.split(" ")[0])).toEqual([code]);
  });
});

describe("a total that names a wider measure than its periods", () => {
  it("is not their sum", () => {
    expect(alarms("一季度发放低保金1086万元,二季度1129万元,上半年合计发放各类救助资金2640万元。")).toEqual([]);
  });
  it("a total of the same measure still is", () => {
    expect(alarms("一季度发放低保金1086万元,二季度1129万元,上半年合计发放低保金2015万元。").map((a) => a.split(" ")[0])).toEqual(["sum-mismatch"]);
  });
});
