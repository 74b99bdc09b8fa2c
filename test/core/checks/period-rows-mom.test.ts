import { type CellInput } from "../table/grid-helpers";
import { found, said } from "./found";

/**
 * Periods down the rows with a 环比 row under a period and the one right before it (2025年二季度 |
 * 2025年一季度 | 环比(%), 6月 | 5月, 本月 | 上月, 2025年上半年 | 2024年下半年): the comparison row was
 * read only under periods a year apart (同比), so a wrong 环比 there passed unread.
 */

/** A comparison row `label` under the periods `later` and `earlier` (1362 on 1297 is +5.0%, 528.4 on 489.7 +7.9%). */
const pair = (
  later: string,
  earlier: string,
  label: string,
  growth: [number, number] = [5.0, 7.9],
): CellInput[][] => [
  ["时期", "临时救助(人次)", "临时救助资金(万元)"],
  [later, 1362, 528.4],
  [earlier, 1297, 489.7],
  [label, ...growth],
];

const CONSECUTIVE: [string, string, string][] = [
  ["2025年二季度", "2025年一季度", "环比(%)"],
  ["6月", "5月", "环比增长(%)"],
  ["本月", "上月", "环比"],
  ["本季度", "上季度", "环比(%)"],
  ["2025年上半年", "2024年下半年", "环比"],
  ["2025年1月", "2024年12月", "环比(%)"],
  ["第二季度", "第一季度", "环比(%)"],
];

describe("a 环比 row under a period and the one right before it", () => {
  it.each(CONSECUTIVE)(
    "%s | %s | %s: right growths raise nothing",
    (later, earlier, label) => {
      expect(found(pair(later, earlier, label))).toEqual([]);
    },
  );

  it.each(CONSECUTIVE)(
    "%s | %s | %s: a wrong one is found on its cell, told as a 环比",
    (later, earlier, label) => {
      expect(said(pair(later, earlier, label, [5.0, 9.9]))).toEqual([
        "growth-mismatch@C4: 环比增长应为7.9%,填报为9.9%",
      ]);
    },
  );

  it("the earlier period first is read the same way (the later one is the current)", () => {
    expect(
      said(pair("2025年一季度", "2025年二季度", "环比(%)", [-4.8, 7.9])),
    ).toEqual(["growth-mismatch@C4: 环比增长应为-7.3%,填报为7.9%"]);
    expect(
      found(pair("2025年一季度", "2025年二季度", "环比(%)", [-4.8, -7.3])),
    ).toEqual([]);
  });

  it("a row that names neither (增长率(%)) under two periods right after each other is a 环比", () => {
    expect(
      said(pair("2025年二季度", "2025年一季度", "增长率(%)", [5.0, 9.9])),
    ).toEqual(["growth-mismatch@C4: 环比增长应为7.9%,填报为9.9%"]);
  });

  it("本月 | 上年同月 | 同比 is read as a 同比", () => {
    expect(said(pair("本月", "上年同月", "同比(%)", [5.0, 9.9]))).toEqual([
      "growth-mismatch@C4: 同比增长应为7.9%,填报为9.9%",
    ]);
  });

  it("the last two of a run of periods in order of time, under a 环比", () => {
    const rows: CellInput[][] = [
      ["月份", "临时救助(人次)", "临时救助资金(万元)"],
      ["4月", 1200, 470.0],
      ["5月", 1297, 489.7],
      ["6月", 1362, 528.4],
      ["环比(%)", 5.0, 9.9],
    ];
    expect(said(rows)).toEqual([
      "growth-mismatch@C5: 环比增长应为7.9%,填报为9.9%",
    ]);
  });
});

describe("a comparison row whose name and periods disagree, or periods not right after each other, is not read", () => {
  const silent: [string, string, string][] = [
    // A 同比 under 本期 | 上期 may be over last year's figures the table leaves out.
    ["2025年二季度", "2025年一季度", "同比(%)"],
    ["本月", "上月", "同比"],
    // A 环比 under periods a year apart.
    ["2025年二季度", "2024年二季度", "环比(%)"],
    ["本期", "上年同期", "环比(%)"],
    // A gap, periods of different lengths, units that differ.
    ["2025年三季度", "2025年一季度", "环比(%)"],
    ["2025年二季度", "2025年3月", "环比(%)"],
    ["2025年1-6月", "2025年1-3月", "环比(%)"],
    ["本月", "上季度", "环比(%)"],
    // Undated, 1月 | 12月 may be of one year.
    ["1月", "12月", "环比(%)"],
    // One dated, one not.
    ["2025年6月", "5月", "环比(%)"],
    // The year to June and to May: no month right after another.
    ["6月累计", "5月累计", "环比(%)"],
    ["2025年6月累计", "2025年5月累计", "环比(%)"],
  ];
  it.each(silent)("%s | %s | %s", (later, earlier, label) => {
    expect(found(pair(later, earlier, label, [99.0, 99.0]))).toEqual([]);
  });

  it("a row naming neither under the last two of a run: it may compare others", () => {
    const rows: CellInput[][] = [
      ["月份", "临时救助(人次)", "临时救助资金(万元)"],
      ["4月", 1200, 470.0],
      ["5月", 1297, 489.7],
      ["6月", 1362, 528.4],
      ["增减(%)", 13.5, 12.4],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("a 环比 under a run latest first: it may be of the top period", () => {
    const rows: CellInput[][] = [
      ["月份", "临时救助(人次)", "临时救助资金(万元)"],
      ["6月", 1362, 528.4],
      ["5月", 1297, 489.7],
      ["4月", 1200, 470.0],
      ["环比(%)", 5.0, 7.9],
    ];
    expect(found(rows)).toEqual([]);
  });
});
