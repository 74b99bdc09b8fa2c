import { lintText } from "../../../src/core/text";
import { nothingIn } from "./flagging";

/**
 * A ratio per so many people (`每千名老年人拥有养老床位35张`, `每万人拥有社会组织8.2个`) against the count
 * and the population its sentence states (implausible-quantity, a warning: ../../../src/core/text/per-capita.ts,
 * `perPopulationMismatch`). Silent when the population or the count is not stated, or their scope may differ.
 */
const ratios = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.code === "implausible-quantity")
    .map((f) => `${f.severity} ${text.slice(f.offset!, f.offset! + f.length!)} → ${f.expected}`);

describe("implausible-quantity: a ratio per people that its count and population do not give", () => {
  test.each([
    ["全市60周岁以上老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位45张。", "45张", "35"],
    ["截至2024年底,全市60周岁以上老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位数达到45张。", "45张", "35"],
    ["全市60周岁以上老年人32.5万人,养老床位1.14万张,每1000名老年人拥有养老床位45张。", "45张", "35"],
    ["全市户籍人口120万人,共有社会组织1000个,每万人拥有社会组织18.2个。", "18.2个", "8.3"],
    ["全市登记社会组织638家,其中社会团体241家、民办非企业单位392家、基金会5家,按常住人口76.5万人计算,每万人拥有社会组织9.3个。", "9.3个", "8.3"],
    ["全县共有养老机构38家,床位4260张,全县60周岁以上老年人13.5万人,每千名老年人拥有养老床位41.6张。", "41.6张", "31.6"],
    ["全市老年人32.5万人,养老床位1.14万张,其中护理型床位6000张,每千名老年人拥有护理型床位25张。", "25张", "18"],
    ["全市60周岁以上老年人19.86万人,持证养老护理员1836人,每万名老年人拥有持证养老护理员62.4人。", "62.4人", "92.4"],
    ["农村老年人12万人,农村养老床位6000张,每千名农村老年人拥有养老床位80张。", "80张", "50"],
    ["全市常住人口120万人,登记社会组织1000个,比上年增加100个,每万人拥有社会组织9.9个。", "9.9个", "8.3"],
    // a 其中 part of the people is no population of the ratio's people
    ["全市60周岁以上老年人32.5万人,其中农村老年人12万人,养老床位1.14万张,每千名老年人拥有养老床位45张。", "45张", "35"],
  ])("%s → %s (expected %s)", (text, chars, expected) => {
    expect(ratios(text)).toEqual([`warning ${chars} → ${expected}`]);
  });

  test("the message names the figures it read", () => {
    const text = "全市60周岁以上老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位45张。";
    expect(lintText(text, { year: 2025 }).map((f) => f.message)).toEqual(["按文中32.5万人、1.14万张计算,“每千名老年人拥有养老床位”约为35张,文中为45张"]);
    expect(lintText(text, { year: 2025, locale: "en-US" }).map((f) => f.message)).toEqual(['1.14万张 over 32.5万人 gives about 35张 for "每千名老年人拥有养老床位", but the text says 45张']);
  });
});

describe("implausible-quantity: ratios per people left alone", () => {
  nothingIn([
    // they follow (11,400 ÷ 325,000 × 1,000 = 35.1; rounding and counts at other dates)
    "全市60周岁以上老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位35张。",
    "全市60周岁以上老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位35.1张。",
    "全市60周岁以上老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位36张。",
    "全市户籍人口120万人,共有社会组织1000个,每万人拥有社会组织8.3个。",
    "全市登记社会组织638家,其中社会团体241家、民办非企业单位392家、基金会5家,按常住人口76.5万人计算,每万人拥有社会组织8.3个。",
    // the population or the count not stated
    "全市老年人32.5万人,每千名老年人拥有养老床位45张。",
    "全市养老床位1.14万张,每千名老年人拥有养老床位45张。",
    "每万人拥有社会组织18.2个。",
    "全县常住人口42.3万人,每万人拥有社会组织18.2个,登记社会组织347家。",
    // another population: a part of the people, another age, the old against 每万人, another name
    "全市失能老年人1.2万人,养老床位1.14万张,每千名老年人拥有养老床位35张。",
    "全市80周岁以上老年人3.6万人,养老床位1.14万张,每千名老年人拥有养老床位35张。",
    "全市老年人口32.5万人,共有社会组织1000个,每万人拥有社会组织18.2个。",
    "全区常住人口76.5万人,社区工作者1200人,每万名城镇常住人口拥有社区工作者25.7人。",
    // two populations, two counts of the thing
    "全市60周岁以上户籍老年人32.5万人,常住老年人35.2万人,养老床位1.14万张,每千名老年人拥有养老床位45张。",
    "全市老年人32.5万人,养老床位1.14万张、养老床位1.26万张,每千名老年人拥有养老床位45张。",
    "全市常住人口120万人,户籍人口100万人,登记社会组织1000个,每万人拥有社会组织9.9个。",
    // another thing counted
    "全市老年人32.5万人,养老床位1.14万张,每千名老年人拥有护理型床位45张。",
    "全市老年人32.5万人,护理型床位1.14万张,每千名老年人拥有养老床位45张。",
    "全市老年人32.5万人,养老机构86家,每千名老年人拥有养老床位45张。",
    // scopes that differ: 农村 and 全市, 户籍 and 常住, two years
    "农村老年人12万人,全市养老床位1.14万张,每千名老年人拥有养老床位45张。",
    "农村老年人12万人,农村敬老院床位6000张,每千名老年人拥有养老床位80张。",
    "全市户籍老年人32.5万人,常住人口养老床位1.14万张,每千名老年人拥有养老床位45张。",
    "2023年全市老年人32.5万人,2024年养老床位1.14万张,每千名老年人拥有养老床位45张。",
    // a target, a bound, a change of the ratio
    "全市老年人32.5万人,养老床位1.14万张,力争到2027年每千名老年人拥有养老床位45张。",
    "全市老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位45张以上。",
    "全市老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位约45张。",
    "全市常住人口120万人,登记社会组织1000个,每万人拥有社会组织数比上年增加9.9个。",
    // a ratio not per people, or per people with no thing apart from them
    "全市老年人32.5万人,养老床位1.14万张,每个社区配备养老床位45张。",
    "全市常住人口120万人,每万人中有老年人2100人。",
  ]);

  test("a ratio in a plan section is a target", () => {
    const text = "2025年工作总结\n一、2025年工作计划\n全市老年人32.5万人,养老床位1.14万张,每千名老年人拥有养老床位45张。";
    expect(ratios(text)).toEqual([]);
  });
});
