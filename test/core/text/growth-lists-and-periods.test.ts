import fc from "fast-check";
import { lintText } from "../../../src/core/text";
import { flagged, nothingIn } from "./flagging";

/**
 * growth-mismatch on the shapes probe 24 found it missed: rates in a 分别 list paired in order with
 * lists of figures (9a–c), 环比 between two clauses labelled by consecutive periods or a list laid
 * out by period (10a–b, and `比一季度的X`), and Y named again after another figure (`结婚登记较上年的X`).
 */

/** The growth-mismatch findings of `text` as `flagged characters → expected`. */
function growth(text: string): string[] {
  return lintText(text)
    .filter((f) => f.code === "growth-mismatch")
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)} → ${f.expected}`);
}

/** Each text gets exactly one finding, a growth-mismatch on `chars` expecting `expected`; nothing else. */
function firesEach(cases: readonly (readonly [string, string, string])[]): void {
  test.each(cases)("%s → %s, expected %s", (text, chars, expected) => {
    expect(flagged(text)).toEqual([`growth-mismatch:${chars}`]);
    expect(growth(text)).toEqual([`${chars} → ${expected}`]);
  });
}

describe("growth-mismatch: a 分别 list of rates paired in order with lists of figures", () => {
  firesEach([
    // 由X1、X2 … 到Y1、Y2 (分别 before 由, or before the verb)
    ["城市、农村低保标准分别由730元、530元提高到760元、560元,分别增长4.1%、7.5%。", "7.5%", "5.7"],
    ["城乡低保标准由每人每月730元、530元分别提高到760元、560元,分别增长4.1%、7.5%。", "7.5%", "5.7"],
    ["城乡低保标准由每人每月730元、530元分别提高到760元、560元,分别增长5.1%、5.7%。", "5.1%", "4.1"],
    ["城乡低保标准由730元、530元和400元分别提高到760元、560元和420元,同比分别增长4.1%、5.7%、6%。", "6%", "5.0"],
    ["审批时限由60天、45天分别压缩到36天、30天,分别压缩40%、20%。", "20%", "33.3"],
    ["护理型床位占比、养老机构入住率分别由42.5%、51.2%提高到48.6%、55.3%,分别提高6.1个百分点、3.1个百分点。", "3.1个百分点", "4.1"],
    // Y1、Y2,较上年的X1、X2分别增长R1、R2
    ["发放资金468.9万元、689.8万元,较上年的447.0万元、656.3万元分别增长4.9%、15.1%。", "15.1%", "5.1"],
    ["发放资金468.9万元、689.8万元,比2023年的447.0万元、656.3万元分别增长4.9%、15.1%。", "15.1%", "5.1"],
    // one 由X提高到Y clause per rate
    ["城市低保标准由620元/人·月提高到650元/人·月,农村低保标准由5200元/人·年提高到5500元/人·年,分别增长4.8%、8.5%。", "8.5%", "5.8"],
    ["城市低保标准由620元提高到650元;农村低保标准由5200元提高到5500元,分别增长5.8%、5.8%。", "5.8%", "4.8"],
  ]);

  test("each rate of the list is checked: two slips, two findings", () => {
    expect(growth("城乡低保标准分别由730元、530元提高到760元、560元,分别增长5.1%、7.5%。")).toEqual(["5.1% → 4.1", "7.5% → 5.7"]);
  });

  nothingIn([
    "城市、农村低保标准分别由730元、530元提高到760元、560元,分别增长4.1%、5.7%。",
    "城乡低保标准由每人每月730元、530元分别提高到760元、560元,分别增长4.1%、5.7%。",
    "发放资金468.9万元、689.8万元,较上年的447.0万元、656.3万元分别增长4.9%、5.1%。",
    "城市低保标准由620元/人·月提高到650元/人·月,农村低保标准由5200元/人·年提高到5500元/人·年,分别增长4.8%、5.8%。",
    "护理型床位占比、养老机构入住率分别由42.5%、51.2%提高到48.6%、55.3%,分别提高6.1个百分点、4.1个百分点。",
    // lists of different lengths
    "城乡低保标准由730元、530元、400元分别提高到760元、560元,分别增长4.1%、7.5%。",
    "城乡低保标准分别由730元、530元提高到760元、560元,分别增长4.1%、7.5%、3%。",
    "城乡低保标准分别由730元、530元提高到760元、560元,分别增长7.5%。",
    "发放资金468.9万元,较上年的447.0万元、656.3万元分别增长4.9%、15.1%。",
    "发放资金468.9万元、689.8万元、100万元,较上年的447.0万元、656.3万元分别增长4.9%、15.1%。",
    "城市低保标准由620元提高到650元,农村低保标准由5200元提高到5500元,特困供养标准由800元提高到900元,分别增长4.8%、8.5%。",
    // rates of other things: another subject in the gap, figures that are not the pairs, 年均, no 分别
    "城乡低保标准由730元、530元分别提高到760元、560元,保障人数、资金分别增长4.1%、7.5%。",
    "城乡低保标准分别提高到760元、560元,惠及1.2万人、0.8万人,分别增长4.1%、7.5%。",
    "城乡低保标准由730元、530元分别提高到760元、560元,年均分别增长4.1%、7.5%。",
    "城乡低保标准由730元、530元提高到760元、560元,增长4.1%、7.5%。",
    "城市、农村低保金分别发放2.46亿元、1.2亿元,同比分别增长8.4%、5%,上年同期为2.17亿元。",
    // a base of another year with 同比; figures in other units; a bound in the list
    "城乡低保标准由2020年的730元、530元分别提高到760元、560元,同比分别增长4.1%、7.5%。",
    "城乡低保标准分别由730元、530人提高到760元、560人,分别增长4.1%、7.5%。",
    "审批时限由60天、45天分别压缩到36天、30天,分别压缩40%、33.3%。",
    "城乡低保标准分别由730元、530元提高到760元、560元,分别增长4.1%、7.5%以上。",
  ]);
});

describe("growth-mismatch: 环比 between the figures of two consecutive periods", () => {
  firesEach([
    ["一季度实施临时救助2860人次,二季度3150人次,环比增长11.0%,上半年合计6010人次。", "11.0%", "10.1"],
    ["一季度发放低保金1086万元,二季度1129万元,环比增长14.0%,上半年合计2215万元。", "14.0%", "4.0"],
    ["第三季度实施临时救助2860人次;第四季度实施临时救助3150人次,环比增长11.0%。", "11.0%", "10.1"],
    ["5月办理结婚登记176对,6月215对,环比增长28.7%。", "28.7%", "22.2"],
    ["上月办理结婚登记176对,本月215对,环比增长28.7%。", "28.7%", "22.2"],
    ["上半年实施临时救助2860人次,下半年3150人次,环比下降11.0%。", "11.0%", "-10.1"],
    // a list laid out by period: the last two, and the rate's label is the list's last period
    ["临时救助分季度实施210人次、245人次、268人次、301人次,四季度环比增长21.3%,全年合计1024人次。", "21.3%", "12.3"],
    ["临时救助分季度实施210人次、245人次、268人次、301人次,环比增长21.3%。", "21.3%", "12.3"],
    ["低保金各月发放96万元、98万元、105万元,3月环比增长9.1%。", "9.1%", "7.1"],
    // the previous period named as the base, as 上年 is
    ["二季度实施临时救助3150人次,比一季度的2860人次增长11.0%。", "11.0%", "10.1"],
    ["二季度实施临时救助3150人次,比第一季度的2860人次增长11.0%。", "11.0%", "10.1"],
    ["二季度实施临时救助3150人次,比一季度增加290人次,增长11.0%。", "11.0%", "10.1"],
    ["本月办理结婚登记215对,比上月的176对增长28.7%。", "28.7%", "22.2"],
    ["6月办理结婚登记215对,比5月份的176对增长28.7%。", "28.7%", "22.2"],
  ]);
  nothingIn([
    "一季度实施临时救助2860人次,二季度3150人次,环比增长10.1%,上半年合计6010人次。",
    "一季度发放低保金1086万元,二季度1129万元,环比增长4.0%,上半年合计2215万元。",
    "临时救助分季度实施210人次、245人次、268人次、301人次,四季度环比增长12.3%,全年合计1024人次。",
    "二季度实施临时救助3150人次,比一季度的2860人次增长10.1%。",
    // periods not consecutive; the rate 同比 or saying no comparison; other units
    "一季度实施临时救助2860人次,三季度3150人次,环比增长11.0%。",
    "二季度实施临时救助2860人次,一季度3150人次,环比增长11.0%。",
    "一季度实施临时救助2860人次,二季度3150人次,同比增长11.0%。",
    "一季度实施临时救助2860人次,二季度3150人次,增长11.0%。",
    "一季度实施临时救助2860人次,二季度3150万元,环比增长11.0%。",
    // a clause with more than its label and its figure
    "一季度实施临时救助2860人次,二季度救助3150人次、支出资金300万元,环比增长11.0%。",
    "一季度实施临时救助2860人次,二季度比一季度多救助3150人次,环比增长11.0%。",
    "今年一季度实施临时救助2860人次,2024年二季度3150人次,环比增长11.0%。",
    "一季度接收求助电话2860件,二季度办结3150件,环比增长11.0%。",
    // a list not laid out by period, or longer than the rate's label says
    "临时救助实施210人次、245人次、268人次、301人次,四季度环比增长21.3%。",
    "按月发放城乡低保金96万元、98万元,环比增长5.1%。",
    "临时救助分季度实施245人次、268人次、301人次,四季度环比增长21.3%。",
    "临时救助分季度实施210人次、245人次、268人次、301人次,四季度同比增长21.3%。",
    // a period base with 同比; a period of last year (同比 by another name)
    "二季度实施临时救助3150人次,比一季度的2860人次同比增长11.0%。",
    "二季度实施临时救助3150人次,比上年一季度的2860人次增长11.0%。",
  ]);
});

describe("growth-mismatch: Y named again, with another figure between it and its base", () => {
  firesEach([
    ["全年办理婚姻登记4862对,其中结婚登记3519对、离婚登记1343对,结婚登记较上年的3689对下降6.4%。", "6.4%", "4.6"],
    ["全年办理婚姻登记4862对,其中结婚登记3519对、离婚登记1343对,离婚登记较上年的1300对增长5.3%。", "5.3%", "3.3"],
    ["其中结婚登记3519对、离婚登记1343对,结婚登记较上年减少170对,下降6.4%。", "6.4%", "4.6"],
    ["结婚登记3519对,离婚登记1343对;结婚登记比上年同期的3689对下降6.4%。", "6.4%", "4.6"],
  ]);
  nothingIn([
    "全年办理婚姻登记4862对,其中结婚登记3519对、离婚登记1343对,结婚登记较上年的3689对下降4.6%。",
    "其中结婚登记3519对、离婚登记1343对,结婚登记较上年减少170对,下降4.6%。",
    // the name of two figures, of none, of two things; a figure in another unit; the name in another sentence
    "城区结婚登记3519对、乡镇结婚登记1343对,结婚登记较上年的3689对下降6.4%。",
    "其中结婚登记3519对、离婚登记1343对,婚姻登记较上年的3689对下降6.4%。",
    "其中结婚登记3519对、离婚登记1343对,结婚、离婚登记较上年的3689对下降6.4%。",
    "其中结婚登记3519人、离婚登记1343对,结婚登记较上年的3689对下降6.4%。",
    "其中结婚登记3519对、离婚登记1343对。结婚登记较上年的3689对下降6.4%。",
    "其中结婚登记约3519对、离婚登记1343对,结婚登记较上年的3689对下降6.4%。",
    "发放城市低保金1.2亿元、特困供养金0.5亿元,低保金较上年的3.1亿元增长8.6%。",
  ]);
});

describe("growth-mismatch: the new shapes, consistent however rounded, raise nothing", () => {
  const unit = fc.constantFrom("元", "人", "户", "人次", "万元");
  const d = fc.constantFrom(0, 1, 2);
  const rate = (x: number, y: number, decimals: number) => `${Math.abs((y / x - 1) * 100).toFixed(decimals)}%`;
  const word = (x: number, y: number) => (y >= x ? "增长" : "下降");
  test("分别 lists, labelled periods, a list by quarter, a named figure", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 900_000 }), { minLength: 4, maxLength: 4 }), unit, d, ([x1, x2, y1, y2], u, dec) => {
        if (x1 === y1 || x2 === y2 || Math.sign(y1 - x1) !== Math.sign(y2 - x2)) return;
        const verb = y1 > x1 ? "提高到" : "下降到";
        const w = word(x1, y1);
        const texts = [
          `城乡低保标准分别由${x1}${u}、${x2}${u}${verb}${y1}${u}、${y2}${u},分别${w}${rate(x1, y1, dec)}、${rate(x2, y2, dec)}。`,
          `发放资金${y1}${u}、${y2}${u},较上年的${x1}${u}、${x2}${u}分别${w}${rate(x1, y1, dec)}、${rate(x2, y2, dec)}。`,
          `城市低保由${x1}${u}${verb}${y1}${u},农村低保由${x2}${u}${verb}${y2}${u},分别${w}${rate(x1, y1, dec)}、${rate(x2, y2, dec)}。`,
          `一季度实施临时救助${x1}${u},二季度${y1}${u},环比${word(x1, y1)}${rate(x1, y1, dec)}。`,
          `临时救助分季度实施${x2}${u}、${x1}${u}、${y1}${u},三季度环比${word(x1, y1)}${rate(x1, y1, dec)}。`,
          `二季度实施临时救助${y1}${u},比一季度的${x1}${u}${word(x1, y1)}${rate(x1, y1, dec)}。`,
          `其中结婚登记${y1}${u}、离婚登记${y2}${u},结婚登记较上年的${x1}${u}${word(x1, y1)}${rate(x1, y1, dec)}。`,
        ];
        for (const text of texts) expect([text, growth(text)]).toEqual([text, []]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("growth-mismatch: the new shapes find a rate off by more than the rounding", () => {
  test("in a 分别 list (either item), between labelled quarters, against a named figure", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1000, max: 900_000 }), { minLength: 2, maxLength: 2 }),
        fc.array(fc.double({ min: 1.01, max: 1.5, noNaN: true }), { minLength: 2, maxLength: 2 }),
        fc.double({ min: 2, max: 20, noNaN: true }),
        fc.boolean(),
        ([x1, x2], [f1, f2], off, second) => {
          const [y1, y2] = [Math.round(x1 * f1), Math.round(x2 * f2)];
          const g = [(y1 / x1 - 1) * 100, (y2 / x2 - 1) * 100];
          const r = g.map((v) => v.toFixed(1));
          const wrong = (g[second ? 1 : 0] + off).toFixed(1);
          if (second) r[1] = wrong;
          else r[0] = wrong;
          const list = `城乡低保标准分别由${x1}元、${x2}元提高到${y1}元、${y2}元,分别增长${r[0]}%、${r[1]}%。`;
          expect([list, growth(list)]).toEqual([list, [`${wrong}% → ${g[second ? 1 : 0].toFixed(1)}`]]);
          const bad = (g[0] + off).toFixed(1);
          const quarters = `一季度实施临时救助${x1}人次,二季度${y1}人次,环比增长${bad}%。`;
          const named = `其中结婚登记${y1}对、离婚登记${y2}对,结婚登记较上年的${x1}对增长${bad}%。`;
          for (const text of [quarters, named]) expect([text, growth(text)]).toEqual([text, [`${bad}% → ${g[0].toFixed(1)}`]]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
