import { flagged } from "./flagging";

describe("probe 31: what a figure counts, said before it", () => {
  test.each([["“99公益日”线上募捐参与人次达4.6万，筹款318.2万元。"], ["2024年全市常住人口达到120.4万，比上年增加1.2万人。"], ["今年累计服务老年人近10万，发放助餐补贴386万元。"]])(
    "%s: the 万 figure's unit is named before it",
    (text) => {
      expect(flagged(text, { year: 2024 })).toEqual([]);
    },
  );
  test("a scale word with nothing before it that names a unit is still found", () => {
    expect(flagged("福彩销售10.02亿，为国家筹集公益金2.87亿元。", { year: 2024 })).toEqual(["missing-unit:10.02亿"]);
  });
  test("每千户1.5名 is a ratio, not fewer people than households", () => {
    expect(flagged("社工配备标准为每千户1.5名，每社区配备社工2.5名。", { year: 2024 })).toEqual([]);
    expect(flagged("认定低收入家庭1026户968人。", { year: 2024 })).toEqual(["implausible-quantity:1026户968人"]);
  });
});
