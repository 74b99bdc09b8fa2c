import { lintText } from "../../../src/core/text";
import { flagged, nothingIn } from "./flagging";

/**
 * A stated amount of change against the figures it is between (../src/core/text/net-change.ts):
 * `由X增加到Y,净增A` and `Y,较上年的X增加A` (growth-mismatch), and a stock's flows in and out
 * against its net change (`新成立A家、注销B家,净增N家`, or the net in the sentence before: sum-mismatch).
 */

/** The one finding of `text` as `code:flagged characters`, with its message. */
function one(text: string): { at: string; message: string } {
  const fs = lintText(text, { year: 2024 });
  expect(fs).toHaveLength(1);
  return { at: `${fs[0].code}:${text.slice(fs[0].offset!, fs[0].offset! + fs[0].length!)}`, message: fs[0].message };
}

describe("growth-mismatch: an amount of change that the two figures before it do not give", () => {
  test.each([
    // 由X增加到Y,净增A (r25): 86 − 74 = 12
    ["截至12月底,全市登记认定慈善组织86家,由上年的74家增加到86家,净增14家。", "growth-mismatch:14家", "增加应为12家"],
    ["特困人员由上年的702人减少到684人,净减28人。", "growth-mismatch:28人", "减少应为18人"],
    ["城市低保标准由每人每月820元提高到860元,增加60元。", "growth-mismatch:60元", "增加应为40元"],
    ["全县养老机构床位由2022年底的2860张增加到2025年11月底的3620张,三年净增670张。", "growth-mismatch:670张", "增加应为760张"],
    ["全市养老床位由2.1万张增加到3.2万张,增加1.5万张。", "growth-mismatch:1.5万张", "增加应为1.1万张"],
    // Y,较上年的X增加A
    ["全年办理结婚登记2368对,比上年(2586对)减少228对。", "growth-mismatch:228对", "减少应为218对"],
    ["全市养老机构床位达到2.86万张,较去年同期的2.71万张增加1700张。", "growth-mismatch:1700张", "增加应为1500张"],
    ["全区低保对象3216户5108人,较上年末的5204人减少86人。", "growth-mismatch:86人", "减少应为96人"],
    // the three figures disagree: the rate, which one of them may have made wrong, is left alone
    ["全年办理结婚登记2368对,比上年(2586对)减少200对,下降9.2%。", "growth-mismatch:200对", "减少应为218对"],
  ])("%s → %s (%s)", (text, at, expected) => {
    const f = one(text);
    expect(f.at).toBe(at);
    expect(f.message).toContain(expected);
  });

  nothingIn([
    "截至12月底,全市登记认定慈善组织86家,由上年的74家增加到86家,净增12家。",
    "特困人员由上年的702人减少到684人,净减18人。",
    "城市低保标准由每人每月820元提高到860元,增加40元。",
    "全县养老机构床位由2022年底的2860张增加到2025年11月底的3620张,三年净增760张。",
    "全市养老床位由2.1万张增加到3.2万张,增加1.1万张。",
    // within the rounding of 2.1万 and 3.2万 (1.0万 to 1.2万)
    "全市养老床位由2.1万张增加到3.2万张,增加1.2万张。",
    "全年办理结婚登记2368对,比上年(2586对)减少218对。",
    "全市养老机构床位达到2.86万张,较去年同期的2.71万张增加1500张。",
    "全区低保对象3216户5108人,较上年末的5204人减少96人。",
    "区慈善会全年募集款物2412.6万元,较上年的1096.6万元增加1316万元。",
    // 到 names the new level, not the change
    "全市社区养老服务站由120个增加到186个,覆盖全部街道。",
    // 新增 is gross: places closed are not taken off it
    "全年新增养老床位2860张,养老床位由上年末的3.13万张增加到3.42万张。",
    "养老床位由上年末的3.13万张增加到3.42万张,新增护理型床位2860张。",
    // a change against another base than the pair (比上年): which is X is unknown
    "慈善组织由2020年的52家增加到86家,比上年增加12家。",
    // the comparison is of the total before 其中, not of the last part
    "全市登记社会组织628家,其中社会团体236家、民办非企业单位384家、基金会8家;较上年末的596家增加32家。",
    "全市登记社会组织628家,其中社会团体236家、民办非企业单位384家、基金会8家,较上年末的596家增加32家。",
    // different units, rates, multiples
    "全区低保对象由3310户增加到3216户5108人,减少94户。",
    "覆盖率由42%提高到61%,提高19个百分点。",
    "慈善组织募集款物由上年的0.50亿元增加到1.26亿元,增长1.5倍。",
    // a list of pairs
    "城乡低保标准由每人每月730元、530元分别提高到760元、560元,分别增加30元、30元。",
    // approximate figures
    "全市志愿者由约3万人增加到约5万人,净增2.3万人。",
  ]);
});

describe("sum-mismatch: flows in and out against the net change of the same stock", () => {
  test.each([
    ["全年新成立社会组织142家,注销登记74家,净增86家。", "sum-mismatch:142家,注销登记74家", "净变动应为68家"],
    ["新增12家、注销3家,净增8家。", "sum-mismatch:12家、注销3家", "净变动应为9家"],
    // the net in the sentence before (r27): 46 − 16 = 30, not 32
    [
      "全市登记社会组织628家,其中社会团体236家、民办非企业单位384家、基金会8家;较上年末的596家增加32家。全年新成立社会组织46家、注销16家。",
      "sum-mismatch:46家、注销16家",
      "净变动应为30家",
    ],
    ["全县登记社会组织712家,较上年末增加23家。全年新成立社会组织41家,注销16家。", "sum-mismatch:41家,注销16家", "净变动应为25家"],
  ])("%s → %s (%s)", (text, at, expected) => {
    const f = one(text);
    expect(f.at).toBe(at);
    expect(f.message).toContain(expected);
  });

  nothingIn([
    "全年新成立社会组织142家,注销登记74家,净增68家。",
    "新增12家、注销3家,净增9家。",
    "新增3家、注销12家,净减9家。",
    "全市登记社会组织628家,其中社会团体236家、民办非企业单位384家、基金会8家;较上年末的596家增加32家。全年新成立社会组织46家、注销14家。",
    "全县登记社会组织712家,较上年末增加23家。全年新成立社会组织41家,注销18家。",
    "全县登记社会组织712家,由上年末的689家增加到712家。全年新成立社会组织41家,注销18家。",
    // a third kind of change: the two flows need not give the net
    "全县登记社会组织712家,较上年末增加23家。全年新成立社会组织41家、注销16家、撤销2家。",
    "全县登记社会组织712家,较上年末增加23家。全年新成立社会组织41家、注销16家,合并2家。",
    // the flows of another stock
    "全县养老机构42家,较上年末增加3家。全年新成立社会组织41家、注销16家。",
    // a net against the same period last year, or against last year in a part-year sentence
    "全区登记社会组织486家,较去年同期增加20家。上半年新登记18家,注销7家。",
    "全区登记社会组织486家,较上年增加20家。上半年新登记18家,注销7家。",
    // flows with no net stated, or the net in another paragraph
    "全区登记社会组织486家,其中社会团体92家、社会服务机构388家、基金会6家;上半年新登记18家,注销7家。",
    "全县登记社会组织712家,较上年末增加23家。\n全年新成立社会组织41家,注销16家。",
    // a sentence between
    "全县登记社会组织712家,较上年末增加23家。全县3A级以上社会组织64家。全年新成立社会组织41家,注销16家。",
    // two nets in the sentence before: which one is unknown
    "社会团体较上年末增加12家,民办非企业单位较上年末增加11家。全年新成立41家,注销16家。",
  ]);

  test("the flagged characters of r27's slip", () => {
    const text = "社会组织较上年末的596家增加32家。全年新成立社会组织46家、注销16家。";
    expect(flagged(text, { year: 2022 })).toEqual(["sum-mismatch:46家、注销16家"]);
  });
});
