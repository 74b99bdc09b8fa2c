import { lintText } from "../../../src/core/text";
import { flagged, flagsEach, nothingIn } from "./flagging";

/**
 * Probe 40: the total of a 其中 list is the nearest figure that holds its parts (not the largest
 * before it), a part alone over the total in one 、-list is a slip, and a label written with digits
 * (2024年, 4A级, 第3批) still labels the bare figure after it.
 */

describe("sum-mismatch: the total is the nearest figure before 其中 that holds every part", () => {
  flagsEach("sum-mismatch", [
    ["全县养老机构床位增加到3620张,净增760张,其中2023年新增220张、2024年新增310张、2025年新增330张。", "760张"],
    [
      "床位由2022年底的2860张增加到2025年11月底的3620张,三年净增760张,完成计划目标(3500张)的103.4%,其中2023年新增220张、2024年新增310张、2025年新增330张。",
      "760张",
    ],
    ["三年净增760张,其中2023年新增220张、2024年新增310张、2025年新增330张。", "760张"],
    // A base of comparison is passed over: the total is 486万元.
    ["上半年募集慈善款物486万元,较去年同期的431万元增长12.8%,其中资金432万元、物资折价74万元。", "486万元"],
    // A part of the first breakdown is no total of the second: 1288人 is.
    ["保障孤儿共1288人(其中集中养育312人、社会散居976人;其中男802人、女586人)。", "1288人"],
  ]);
  nothingIn([
    "床位由2022年底的2860张增加到2025年11月底的3620张,三年净增760张,完成计划目标(3500张)的103.4%,其中2023年新增220张、2024年新增310张、2025年新增230张。",
    // A nearer figure some part exceeds is no total: 1.2万张 is, and holds the parts.
    "全市床位1.2万张,新增床位3000张,其中护理型床位8000张。",
    "上半年募集慈善款物486万元,较去年同期的431万元增长12.8%,其中资金412万元、物资折价74万元。",
    "全年全市慈善组织共募集款物2.86亿元,比2023年的2.55亿元增长12.2%,其中资金2.14亿元、物资折价0.72亿元。",
    "全市依法登记的社会组织共10562个,较上年末的10218个净增344个,增长3.4%。其中社会团体3214个、社会服务机构7168个、基金会180个。",
    "全县养老机构床位3620张(上年3400张),其中护理型床位2150张、普通床位1470张。",
    // 其中 of another unit than the nearest figure.
    "全县建成养老服务站186个,服务老年人3.2万人次,其中上门服务1.1万人次、助餐服务2.1万人次。",
  ]);
});

describe("sum-mismatch: one part alone over the total of its 、-list", () => {
  flagsEach("sum-mismatch", [
    ["投入资金2.86亿元,其中中央1.12亿元、县级0.98亿元、社会资本2.9亿元。", "2.86亿元"],
    ["投入资金2.86亿元,其中中央1.12亿元、县级0.98亿元、社会资本0.90亿元。", "2.86亿元"],
    ["三年累计投入养老服务资金2.86亿元,其中中央和省级补助1.12亿元、县级财政0.98亿元、福彩公益金3100万元、社会资本4.5亿元。", "2.86亿元"],
    // Labels on one cut that excludes each other cannot both hold the whole.
    ["全区共开展了5批次401人养老服务人才培训(其中市级五批次,区级一批次)。", "5批次"],
  ]);
  nothingIn([
    "三年累计投入养老服务资金2.86亿元,其中中央和省级补助1.12亿元、县级财政0.98亿元、福彩公益金3100万元、社会资本0.45亿元。",
    // A part after a comma, larger than the whole, counts another kind of thing.
    "共有自治组织68.2万个,其中:村委会58.5万个,村民小组470.4万个。",
    // A net change lists the flows in and out that it nets: a part may be larger than it.
    "全市社会组织净减少15个,其中注销21个、新登记6个。",
    "社会组织较上年增加15个,其中新登记21个、注销6个。",
    // More than ten times the whole is no decimal slip: another kind of thing.
    "共有村委会5.8万个,其中示范村委会1.2万个、村民小组70.4万个。",
    // A part as large as the whole: every member is in it, the groups overlap.
    "救助流浪乞讨人员1268人次,其中护送返乡386人次、站内照料1268人次。",
    "救助流浪乞讨人员1268人次,其中站内照料1268人次、护送返乡386人次。",
    // A 其中 part bigger than a sub-total of another kind: the total is the figure that holds it.
    "全市床位1.2万张,新增床位3000张,其中护理型床位8000张、普通床位4000张。",
  ]);
  test("a rounder part beside the total is no part that equals it", () => {
    expect(flagged("投入资金2.86亿元,其中中央1.12亿元、社会资本2.9亿元。")).toEqual(["sum-mismatch:2.86亿元"]);
  });
});

describe("missing-unit: a label written with digits still labels the figure after it", () => {
  flagsEach("missing-unit", [
    ["三年累计改造1860户,其中2023年520户、2024年640、2025年700户。", "640"],
    ["参评社会组织126家,评定5A级12家、4A级35、3A级51家、2A级及以下16家。", "35"],
    ["认定示范点30个,其中第1批12个、第2批8、第3批10个。", "8"],
    ["一季度发放补贴1120万元,其中1月320万元、2月410、3月390万元。", "410"],
    ["三年净增760张,其中2023年新增220张、2024年新增310张、2025年新增230。", "230"],
    // The text ends after the bare item's 、: no item after it to read.
    ["评定5A级12家、4A级35、", "35"],
  ]);
  test("the unit of a figure with a scale word is written with it", () => {
    const found = lintText("其中1月320万元、2月410、3月390万元。");
    expect(found.map((f) => [f.code, f.expected])).toEqual([["missing-unit", "万元"]]);
  });
  nothingIn([
    "三年累计改造1860户,其中2023年520户、2024年640户、2025年700户。",
    "参评社会组织126家,评定5A级12家、4A级35家、3A级51家。",
    "全市共有5A级社会组织12家。",
    "获评5A级社会组织,4A级景区3个。",
    "其中2023年520户、2024年640、2025年700人。",
    "全市获得3A以上等级的社会组织共412家。",
    "2023年评定5A级12家,2024年得分为95。",
  ]);
});
