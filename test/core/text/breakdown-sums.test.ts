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
