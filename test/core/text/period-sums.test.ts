import { lintText } from "../../../src/core/text";
import { nothingIn } from "./flagging";

/**
 * sum-mismatch on the total of named periods (../src/core/text/period-sums.ts): `一季度A,二季度B,
 * (环比…,)上半年合计T` and `分季度实施A、B、C、D,…,全年合计T`: T must be the sum of the periods it covers.
 */

function sums(text: string): string[] {
  return lintText(text, { year: 2024 }).map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)} ${f.message}`);
}

describe("sum-mismatch: a total of periods that is not their sum", () => {
  test.each([
    // r23: 1086 + 1129 = 2215; the 环比 between does not stop the check
    ["一季度发放低保金1086万元,二季度1129万元,环比增长4.0%,上半年合计2015万元。", "2015万元", "2215万"],
    ["临时救助分季度实施210人次、245人次、268人次、301人次,四季度环比增长12.3%,全年合计1124人次。", "1124人次", "1024人次"],
    ["上半年募集善款1.2亿元,下半年1.5亿元,全年合计2.9亿元。", "2.9亿元", "2.7亿"],
    ["4月办理结婚登记310对,5月286对,6月302对,二季度合计908对。", "908对", "898对"],
    ["一季度救助1086人次,二季度1129人次,合计2015人次。", "2015人次", "2215人次"],
    ["一季度发放1086万元,二季度1129万元,较一季度增加43万元,上半年累计发放2015万元。", "2015万元", "2215万"],
  ])("%s → %s (%s)", (text, at, sum) => {
    const found = sums(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`sum-mismatch:${at} `);
    expect(found[0]).toContain(`所列各项合计 ${sum}`);
  });

  nothingIn([
    "一季度发放低保金1086万元,二季度1129万元,环比增长4.0%,上半年合计2215万元。",
    "临时救助分季度实施210人次、245人次、268人次、301人次,四季度环比增长12.3%,全年合计1024人次。",
    "上半年募集善款1.2亿元,下半年1.5亿元,全年合计2.7亿元。",
    "4月办理结婚登记310对,5月286对,6月302对,二季度合计898对。",
    "一季度救助1086人次,二季度1129人次,合计2215人次。",
    // rounding of the figures: 0.35 + 0.41 may be 0.77
    "一季度发放0.35亿元,二季度0.41亿元,上半年合计0.77亿元。",
    // periods that do not cover the total's period
    "一季度发放低保金1086万元,二季度1129万元,全年合计4500万元。",
    "二季度发放低保金1129万元,三季度1200万元,上半年合计2215万元。",
    // a stock built up before the periods
    "一季度新增养老床位120张,二季度新增150张,上半年累计达到3260张。",
    "一季度新增社区食堂10个,二季度新增12个,上半年累计建成150个。",
    "一季度新增养老床位120张,二季度新增150张,上半年合计新增270张。",
    // new things against a total that does not say new
    "一季度新增养老床位120张,二季度新增150张,上半年合计3260张。",
    // two figures in a period's clause, or another figure of the unit between periods and total
    "一季度发放低保金1086万元、特困供养金300万元,二季度1129万元,上半年合计2215万元。",
    "一季度发放1086万元,二季度1129万元,上年同期2015万元,上半年合计2215万元。",
    // approximate figures
    "一季度发放约1000万元,二季度约1100万元,上半年合计2215万元。",
    // the total in another unit
    "一季度救助1086人次,二季度1129人次,上半年合计发放资金300万元。",
    // 共 or 累计 with no period is no total of the periods
    "一季度救助1086人次,二季度1129人次,累计救助困难群众5000人次。",
    "一季度救助1086人次,二季度1129人次,共帮扶困难群众3000人次。",
  ]);
});
