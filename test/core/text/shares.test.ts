import { lintText } from "../../../src/core/text";

/**
 * The share of a 其中 part in its whole (`全区低保对象8600人,其中农村低保6450人,占57.0%`): the
 * whole is the figure that ends the clause before 其中, the part the one that ends the clause
 * before the share. Found as completion-mismatch (a rate of a part of a whole, as 参检率 is).
 */
const summary = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code} ${f.value}→${f.expected}`);

describe("a share its part and whole do not give is found", () => {
  test.each([
    ["全区低保对象8600人,其中农村低保6450人,占57.0%。", "completion-mismatch 57.0%→75.0"],
    ["全市共有城乡低保对象5.2万人,其中农村低保对象3.1万人,占57.0%。", "completion-mismatch 57.0%→59.6"],
    ["全市登记社会组织1860家,其中社会团体620家,占总数的40.2%。", "completion-mismatch 40.2%→33.3"],
    ["受助人员1386人次,其中女性259人次,占28.7%。", "completion-mismatch 28.7%→18.7"],
    ["全市养老床位3.2万张,其中护理型床位1.9万张,占比49.4%。", "completion-mismatch 49.4%→59.4"],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });
});

describe("shares that follow, or whose whole or part the words leave open, raise nothing", () => {
  test.each([
    "全区低保对象8600人,其中农村低保6450人,占75.0%。",
    "全市养老机构入住老年人5416人,其中失能、半失能老年人3127人,占57.7%。",
    "全市共有城乡低保对象5.2万人,其中农村低保对象3.1万人,占59.6%。",
    "全市登记社会组织1860家,其中社会团体620家,占总数的33.3%。",
    "全市登记社会组织1860家,其中社会团体620家,占33%。",
    // another whole named in the share
    "全市60岁以上老年人口42.6万人,其中80岁以上9.4万人,占户籍人口的4.1%。",
    // the second part of a list: the share of the part or of the parts so far, the words do not say
    "受助人员1386人次,其中男性1127人次、女性259人次,占18.7%。",
    // a part in another unit than the whole
    "全年发放救助资金3.2亿元,其中低保对象1.2万人,占40%。",
    // an inexact whole
    "全市共有社会组织约1900家,其中社会团体620家,占32.6%。",
    // a part larger than its whole: sum-mismatch's, not the share's
    "全县养老机构床位1680张,其中护理型床位1726张,占60.3%。",
    // a share with no 其中
    "全年救助1386人次,女性259人次,占28.7%。",
    "全年发放救助资金3.2亿元,占全年预算的82.5%,其中低保金2.1亿元,占65.6%。",
  ])("%s", (text) => {
    expect(summary(text).filter((s) => s.startsWith("completion-mismatch"))).toEqual([]);
  });
});
