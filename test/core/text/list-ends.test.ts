import { lintText } from "../../../src/core/text";

/**
 * Where a 其中 list ends: at a clause with a predicate of its own (已支出, 累计发放, 完成投资, 惠及 …),
 * which says what became of the total, not a part of it; and, within one breakdown, at a part on
 * another cut (公办/民办, then 护理型), which is an attribute of some members. The parts before the
 * end are still added up, so a true excess is still found.
 */
const sums = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.code === "sum-mismatch")
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)}→${f.expected}`);

describe("a clause with a predicate of its own ends the 其中 list", () => {
  test.each([
    "下达困难群众救助补助资金2.35亿元,其中中央资金1.6亿元,已支出1.98亿元,支出进度84.3%。",
    "下达临时救助资金3600万元,其中中央资金2100万元,累计发放3200万元。",
    "下达养老服务体系建设资金8000万元,其中中央预算内投资5000万元,完成投资7200万元。",
    "下达居家和社区养老服务改革资金6000万元,其中中央资金2400万元,带动社会投资5200万元。",
    "下达特困人员救助供养资金1.8亿元,其中省级以上资金1.2亿元,截至年底已拨付到县1.7亿元。",
    "下达临时救助备用金1500万元,其中市级资金600万元,占40%,已支出1320万元。",
  ])("%s", (text) => {
    expect(sums(text)).toEqual([]);
  });

  test("the parts before the clause are still added up", () => {
    expect(sums("下达困难群众救助补助资金2.35亿元,其中中央资金1.6亿元,省级资金0.9亿元,已支出1.98亿元。")).toEqual(["2.35亿元→250000000"]);
    expect(sums("下达临时救助资金3600万元,其中中央资金2100万元,市级资金1800万元,累计发放3200万元。")).toEqual(["3600万元→39000000"]);
    expect(sums("下达困难群众救助补助资金2.35亿元,其中中央资金1.6亿元、省级资金0.9亿元,已支出1.98亿元。")).toEqual(["2.35亿元→250000000"]);
  });

  test("parts said all with the same word stay parts", () => {
    expect(sums("计划建设互助养老点100个,其中城区累计建成30个,农村累计建成80个。")).toEqual(["100个→110"]);
    expect(sums("支出救助资金3.5亿元,其中发放低保金2.6亿元,发放特困供养金1.2亿元。")).toEqual(["3.5亿元→380000000"]);
  });

  test("已 in a later part of a cut between done and not done (未/已) is still a part", () => {
    expect(sums("登记当事人500人,其中未婚180人,已婚350人。")).toEqual(["500人→530"]);
  });
});

describe("a partition on one cut, then a part on another cut", () => {
  test("公办 and 民办 that make the whole, then 护理型: a partition and an attribute, no alarm", () => {
    expect(sums("全市养老机构120家,其中公办60家、民办60家、护理型机构45家。")).toEqual([]);
    expect(sums("全市养老机构120家,其中公办60家,民办60家,护理型机构45家。")).toEqual([]);
  });

  test("公办 and 民办 over the whole are still an error, with or without the attribute after them", () => {
    expect(sums("全市养老机构120家,其中公办60家、民办70家。")).toEqual(["120家→130"]);
    expect(sums("全市养老机构120家,其中公办60家、民办70家、护理型机构45家。")).toEqual(["120家→130"]);
    expect(sums("全市养老机构120家,其中公办60家,民办70家,护理型机构45家。")).toEqual(["120家→130"]);
    expect(sums("全市低保对象5.2万人,其中城市低保对象1.6万人、农村低保对象3.9万人、老年人2.4万人。")).toEqual(["5.2万人→55000"]);
  });

  test("one part per cut is nothing to add up", () => {
    expect(sums("全市养老机构120家,其中护理型机构80家、公办机构70家。")).toEqual([]);
  });
});
