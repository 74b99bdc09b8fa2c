import { lintText } from "../../../src/core/text";

const sums = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.code === "sum-mismatch")
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)}→${f.expected}`);

describe("sum-mismatch in text: the sum said is of every part listed", () => {
  test("a list that passes its total goes on to its last part: 148、278、6 of 423 add up to 432", () => {
    expect(sums("社会组织由368家增加到423家(含社会团体148家、民办非企业单位278家、基金会6家)。")).toEqual(["423家→432"]);
  });
  test("two lists of one total, split by a comma, are still told apart", () => {
    expect(sums("全市特困人员423人,其中男250人、女180人,城市300人、农村130人。")).toEqual(["423人→430"]);
    expect(sums("全市特困人员423人,其中男250人、女173人,城市300人、农村123人。")).toEqual([]);
  });
});

describe("sum-mismatch in text: a list closed by its total, its items labelled by figures", () => {
  test("一季度…、二季度…,合计…: the quarters label the items and are no items themselves", () => {
    // (`expected` in 元, the base unit, as every money figure of a text finding.)
    expect(sums("一季度发放低保金1086万元、二季度1129万元,合计2015万元。")).toEqual(["2015万元→22150000"]);
    expect(sums("一季度发放低保金1086万元、二季度929万元,合计2015万元。")).toEqual([]);
  });
  test("第一批…、第二批…,共…", () => {
    expect(sums("第一批认定示范村12个、第二批18个,共32个。")).toEqual(["32个→30"]);
  });
});

describe("sum-mismatch in text: no total to exceed", () => {
  test("the figures before 其中 are a list themselves (8个乡镇、96个村…,其中…8个、…96个)", () => {
    expect(sums("全区8个乡镇、96个村全部建成社会工作站(室),其中乡镇社工站8个、村社工室96个,共104个。")).toEqual([]);
    expect(sums("全区8个乡镇(街道)、96个村(社区)全部建成社工站(室),其中乡镇(街道)社工站8个、村(社区)社工室96个。")).toEqual([]);
  });
  test("the sentence says its groups overlap", () => {
    expect(sums("全市困境儿童3126名,其中残疾儿童1865名、重病儿童1320名(部分儿童同时属于两类)。")).toEqual([]);
    expect(sums("救助流浪人员1980人次,其中护送返乡826人次、送医救治312人次、站内照料1120人次(同一人员可接受多项服务)。")).toEqual([]);
  });
  test("without such words the excess is still found", () => {
    expect(sums("全市困境儿童3126名,其中残疾儿童1865名、重病儿童1320名。")).toEqual(["3126名→3185"]);
    expect(sums("全市困境儿童3126名(不重复计算),其中残疾儿童1865名、重病儿童1320名。")).toEqual(["3126名→3185"]);
  });
});
