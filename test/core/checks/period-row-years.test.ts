import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import type { CellInput } from "../table/grid-helpers";
import { grid } from "../table/grid-helpers";

/**
 * period-mismatch on the row labels of a table whose periods run down the rows (2020年上半年 |
 * 2019年上半年 | 同比(%), the months of a year) when they name another year than the title's: the
 * title's year was compared with the headers' years only, so a 2024 title over 2020 rows passed.
 */

const generic = getBuiltinSchema("generic")!;

/** The period-mismatch findings as `cell: message` (the caller's year and locale when given). */
function periodFindings(
  rows: CellInput[][],
  options: {
    year?: number;
    locale?: "zh-CN" | "en-US";
    schema?: typeof generic;
  } = {},
): string[] {
  return checkGrid(grid(rows), options.schema ?? generic, {
    year: options.year,
    locale: options.locale,
  })
    .findings.filter((f) => f.code === "period-mismatch")
    .map((f) => `${f.severity} ${f.cell}: ${f.message}`);
}

const HEAD = ["时期", "临时救助(人次)", "临时救助资金(万元)"];
/** The seed's figures for the first half of 2020 and the year before, down the rows. */
const PAIR: CellInput[][] = [
  HEAD,
  ["2020年上半年", 1960, 238],
  ["2019年上半年", 1712, 205.3],
  ["同比(%)", 14.5, 15.9],
];
const titled = (title: string, rows: CellInput[][]): CellInput[][] => [
  [title, null, null],
  ...rows,
];
const months = (year: number, n: number): CellInput[][] =>
  Array.from({ length: n }, (_, i) => [`${year}年${i + 1}月`, 300 + i, 40 + i]);
const years = (from: number, to: number): CellInput[][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [
    `${from + i}年`,
    1000 + i,
    100 + i,
  ]);

describe("period-mismatch: the title's year against periods in the row labels", () => {
  it("a 2024 title over 2020 rows: once, on the current period's label (its 2019 row is its comparison)", () => {
    expect(
      periodFindings(titled("潜江市民政局2024年上半年主要指标", PAIR)),
    ).toEqual([
      "warning A3: 行名的期别“2020年上半年”与报告期“2024年上半年”不符,请核对标题或行名的年份",
    ]);
    expect(
      periodFindings(titled("潜江市民政局2024年上半年主要指标", PAIR), {
        locale: "en-US",
      }),
    ).toEqual([
      'warning A3: the row label\'s period "2020年上半年" disagrees with the reported period "2024年上半年"; check the year in the title or in the rows',
    ]);
  });

  it("the months of 2024 under a 2025 title, a year before it but compared with nothing", () => {
    expect(
      periodFindings(
        titled("2025年上半年低保月度统计表", [HEAD, ...months(2024, 6)]),
      ),
    ).toEqual([
      expect.stringMatching(
        /^warning A3: 行名的期别“2024年1月”与报告期“2025年上半年”/,
      ),
    ]);
    expect(
      periodFindings(
        titled("2025年低保月度统计表", [
          HEAD,
          ...months(2024, 6),
          ["2024年上半年合计", 1815, 255],
        ]),
      ),
    ).toEqual([expect.stringMatching(/^warning A3: /)]);
  });

  it("rows named 合计 or 末 after their period are periods too; a table of one period as well", () => {
    expect(
      periodFindings(
        titled("2024年上半年主要指标", [HEAD, ["2020年上半年", 1960, 238]]),
      ),
    ).toEqual([expect.stringMatching(/^warning A3: /)]);
    expect(
      periodFindings(
        titled("2024年上半年主要指标", [
          HEAD,
          ["2020年上半年合计", 1960, 238],
          ["2019年上半年合计", 1712, 205.3],
        ]),
      ),
    ).toEqual([expect.stringMatching(/^warning A3: .*“2020年上半年”/)]);
    const stocks: CellInput[][] = [
      ["时点", "社会团体(个)", "基金会(个)"],
      ["2020年6月末", 1286, 57],
      ["2020年3月末", 1271, 55],
      ["净增", 15, 2],
    ];
    expect(periodFindings(titled("2024年上半年社会组织情况", stocks))).toEqual([
      expect.stringMatching(/^warning A3: .*“2020年6月”/),
    ]);
  });

  it("the year the caller gives, or the schema's period, is the reported one", () => {
    expect(
      periodFindings(titled("主要民政指标", PAIR), { year: 2024 }),
    ).toEqual([
      expect.stringMatching(/^warning A3: .*“2020年上半年”与报告期“2024年”/),
    ]);
    const schema = { ...generic, period: { year: 2024, half: 1 as const } };
    expect(periodFindings(titled("主要民政指标", PAIR), { schema })).toEqual([
      expect.stringMatching(/^warning A3: .*与报告期“2024年上半年”/),
    ]);
  });

  it("rows of the reported year and the year before raise nothing, nor 本期 over a dated year before", () => {
    expect(
      periodFindings(
        titled("2024年主要指标", [
          HEAD,
          ["2024年", 1960, 238],
          ["2023年", 1712, 205.3],
          ["增减", 248, 32.7],
        ]),
      ),
    ).toEqual([]);
    expect(
      periodFindings(
        titled("2024年上半年主要指标", [
          HEAD,
          ["2024年上半年", 1960, 238],
          ["2023年上半年", 1712, 205.3],
          ["同比(%)", 14.5, 15.9],
        ]),
      ),
    ).toEqual([]);
    expect(
      periodFindings(
        titled("2024年上半年主要指标", [
          HEAD,
          ["本期", 1960, 238],
          ["2023年上半年", 1712, 205.3],
          ["同比(%)", 14.5, 15.9],
        ]),
      ),
    ).toEqual([]);
    // A row of the reported year under another name: the year after is its plan.
    expect(
      periodFindings(
        titled("2024年民政工作总结附表", [
          HEAD,
          ["2024年完成", 1960, 238],
          ["2025年", 2100, 260],
        ]),
      ),
    ).toEqual([]);
    // The year the caller gives agrees with the rows: the title's own slip is told on the title.
    expect(
      periodFindings(titled("2024年上半年主要指标", PAIR), { year: 2020 }),
    ).toEqual([expect.stringMatching(/^warning A1: 标题的期别/)]);
  });

  it("a title without a year, or one over several years, leaves a series of years be", () => {
    expect(periodFindings(titled("主要民政指标", PAIR))).toEqual([]);
    expect(
      periodFindings(
        titled("“十四五”时期民政事业主要指标", [HEAD, ...years(2021, 2025)]),
      ),
    ).toEqual([]);
    expect(
      periodFindings(
        titled("“十四五”时期民政事业主要指标", [HEAD, ...years(2021, 2025)]),
        { year: 2025 },
      ),
    ).toEqual([]);
    // The plan's years are its own: a check of 2025 over the plan's first two.
    expect(
      periodFindings(
        titled("“十四五”中期评估主要指标", [
          HEAD,
          ["2022年", 1200, 130],
          ["2021年", 1100, 120],
        ]),
        { year: 2025 },
      ),
    ).toEqual([]);
    expect(
      periodFindings(
        titled("民政事业主要指标(2021—2025年)", [HEAD, ...years(2021, 2024)]),
      ),
    ).toEqual([]);
    expect(
      periodFindings(
        titled("民政事业主要指标(2021—2025年)", [
          HEAD,
          ["2020年", 1000, 100],
          ["2019年", 990, 98],
        ]),
      ),
    ).toEqual([]);
    // Five years under a 2026 plan: the years before it, told as history.
    expect(
      periodFindings(
        titled("2026年民政工作要点附表", [HEAD, ...years(2021, 2025)]),
      ),
    ).toEqual([]);
    // Two years that are no pair (十二五末 | 十三五末).
    expect(
      periodFindings(
        titled("2024年民政事业主要指标", [
          HEAD,
          ["2015年", 1000, 100],
          ["2020年", 1200, 130],
        ]),
      ),
    ).toEqual([]);
  });

  it("indicators that name a year, and the year before's row (2023年同期), are no periods of the table", () => {
    const head = ["指标", "数量(张)", "金额(万元)"];
    expect(
      periodFindings(
        titled("2025年上半年养老床位情况", [
          head,
          ["1-6月", 120, 30],
          ["2023年度新增", 300, 80],
        ]),
      ),
    ).toEqual([]);
    expect(
      periodFindings(
        titled("2025年上半年养老床位情况", [
          head,
          ["1-6月", 120, 30],
          ["2018年以来累计", 2400, 610],
        ]),
      ),
    ).toEqual([]);
    expect(
      periodFindings(
        titled("2025年上半年主要指标", [
          HEAD,
          ["1-6月", 1960, 238],
          ["2023年同期", 1712, 205.3],
          ["同比(%)", 14.5, 15.9],
        ]),
      ),
    ).toEqual([]);
  });

  it("last year's months past the title's part of the year are last year told again", () => {
    expect(
      periodFindings(
        titled("2025年1月民政工作简报附表", [HEAD, ...months(2024, 12)]),
      ),
    ).toEqual([]);
  });

  it("a period read from the date the form was filled in is no period of the rows", () => {
    const rows: CellInput[][] = [
      ["低保月度统计表", null, null],
      ["填报日期:2025年7月10日", null, null],
      HEAD,
      ...months(2023, 6),
    ];
    expect(periodFindings(rows)).toEqual([]);
  });
});
