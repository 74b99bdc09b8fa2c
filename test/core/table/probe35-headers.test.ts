import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import { alarms, grid, type CellInput } from "./grid-helpers";

// Probe 35: headers of 民政局 submissions — budgets and spending, quarters with a year, an undated
// current column beside a dated previous one.

const schemas = [getBuiltinSchema("generic")!, getBuiltinSchema("civil-affairs")!];
const generic = schemas[0];

function columns(rows: CellInput[][]): string[] {
  return buildTable(grid(rows), generic).table.columns.map((c) => `${c.header}:${c.role}${c.growthBasis === "mom" ? ":mom" : ""}${c.quarter ? `:q${c.quarter}` : ""}`);
}

const with1 = (rows: CellInput[][], r: number, c: number, v: CellInput) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

describe("budget and spending headers (年初预算 | 1-6月支出 | 预算执行率 | 2023年1-6月支出 | 同比)", () => {
  const FINANCE: CellInput[][] = [
    ["序号", "项目", "年初预算", "1-6月支出", "预算执行率(%)", "2023年1-6月支出", "同比增长(%)"],
    [1, "城乡低保资金", 12000, 6120.5, 51.0, 5830.2, 5.0],
    [2, "特困人员供养资金", 4800, 2496.0, 52.0, 2310.4, 8.0],
    [3, "临时救助资金", 900, 412.6, 45.8, 385.6, 7.0],
  ];

  it("the budget is the target, the spending the value, the dated spending the previous period's", () => {
    expect(columns(FINANCE)).toEqual(["序号:serial", "项目:indicator", "年初预算:target", "1-6月支出:value", "预算执行率(%):completion", "2023年1-6月支出:previous", "同比增长(%):growth"]);
    expect(alarms(FINANCE)).toEqual([]);
  });

  it("so the execution rate is checked against the budget and the growth against last year (it was missing-column 本期)", () => {
    expect(alarms(with1(FINANCE, 2, 4, 25.0))).toEqual(["completion-mismatch@E3"]);
    expect(alarms(with1(FINANCE, 3, 6, 17.0))).toEqual(["growth-mismatch@G4"]);
  });

  it.each([
    ["1-6月执行数", "上年同期"],
    ["1-6月支出数", "上年同期"],
    ["2024年1-6月支出", "2023年1-6月支出"],
    ["上半年支出", "上年同期支出"],
    ["本期支出", "上年同期支出"],
  ])("%s | %s: value and previous, a wrong growth found", (now, before) => {
    const rows: CellInput[][] = [
      ["项目", "单位", "全年预算", now, "执行进度(%)", before, "同比增长(%)"],
      ["城乡低保资金", "万元", 12000, 6120.5, 51.0, 5830.2, 5.0],
      ["临时救助资金", "万元", 900, 412.6, 45.8, 385.6, 17.0],
    ];
    expect(columns(rows).slice(2)).toEqual(["全年预算:target", `${now}:value`, "执行进度(%):completion", `${before}:previous`, "同比增长(%):growth"]);
    expect(alarms(rows)).toEqual(["growth-mismatch@G3"]);
  });

  it("上半年支出 | 上年同期支出 is no wide table of two indicators (it raised nothing on a wrong growth)", () => {
    const rows: CellInput[][] = [
      ["项目", "单位", "上半年支出", "上年同期支出", "同比增长(%)"],
      ["城乡低保资金", "万元", 6120.5, 5830.2, 15.0],
    ];
    expect(alarms(rows)).toEqual(["growth-mismatch@E2"]);
  });

  it("a budget is no second value beside 1-6月 (it was duplicate-column), and 支出项目 still names the rows", () => {
    const rows: CellInput[][] = [
      ["支出项目", "单位", "全年预算", "1-6月", "执行进度(%)"],
      ["城乡低保资金", "万元", 12000, 6120.5, 51.0],
    ];
    expect(columns(rows)).toEqual(["支出项目:indicator", "单位:unit", "全年预算:target", "1-6月:value", "执行进度(%):completion"]);
    expect(alarms(rows)).toEqual([]);
    expect(alarms(with1(rows, 1, 4, 25.0))).toEqual(["completion-mismatch@E2"]);
  });

  it("a wide table's columns that name an indicator (低保资金 | 特困资金) are still each their own", () => {
    const rows: CellInput[][] = [
      ["县区", "低保资金", "特困资金"],
      ["甲县", 120, 40],
    ];
    expect(columns(rows)).toEqual(["县区:indicator", "低保资金:value", "特困资金:value"]);
  });
});

describe("an undated current column beside a dated previous one (1-6月 | 2023年1-6月)", () => {
  const body: CellInput[][] = [
    [1, "城乡低保资金", 12000, 6120.5, 51.0, 5830.2, 5.0],
    [2, "特困人员供养资金", 4800, 2496.0, 52.0, 2310.4, 8.0],
  ];
  const table = (title: string | null, before: string): CellInput[][] => [
    ...(title ? [[title]] : []),
    ["序号", "项目", "年初预算", "1-6月", "预算执行率(%)", before, "同比增长(%)"],
    ...body,
  ];

  it("under a 2024 title the 2023 column is the previous period's (it was duplicate-column)", () => {
    const rows = table("2024年上半年民政资金执行情况表", "2023年1-6月");
    expect(columns(rows)).toContain("2023年1-6月:previous");
    expect(alarms(rows)).toEqual([]);
    expect(alarms(with1(rows, 2, 6, 15.0))).toEqual(["growth-mismatch@G3"]);
  });

  it("under a 2024 title a 2022 column is the previous one too, two years back: said", () => {
    expect(alarms(table("2024年上半年民政资金执行情况表", "2022年1-6月"))).toEqual(["period-mismatch@F2"]);
  });

  it("with no year in a title the dated column is taken as the previous period's (a clerk dates the older figures)", () => {
    expect(columns(table(null, "2023年1-6月"))).toContain("2023年1-6月:previous");
    expect(alarms(table(null, "2023年1-6月"))).toEqual([]);
  });

  it("a dated column of the title's own year beside the undated one is still the same column twice", () => {
    expect(alarms(table("2024年上半年民政资金执行情况表", "2024年1-6月"))).toEqual(["duplicate-column@F2"]);
  });
});

describe("quarters with a year (2024年一季度 | 2024年二季度 | 环比 | 2024年上半年 | 2023年上半年 | 同比)", () => {
  const LOTTERY: CellInput[][] = [
    ["2024年上半年福利彩票销售情况表"],
    ["序号", "项目", "单位", "2024年一季度", "2024年二季度", "环比增长(%)", "2024年上半年", "2023年上半年", "同比增长(%)", "备注"],
    [1, "福彩销售总额", "亿元", 5.12, 5.6, 9.4, 10.72, 9.85, 8.8, null],
    [2, "筹集公益金", "万元", 15360, 16800, 9.4, 32160, 29550, 8.8, null],
    [3, "公益金资助项目", "个", 42, 57, 35.7, 99, 88, 12.5, null],
    // A stock and a rate by quarter: no part of the half year's figure.
    [4, "销售网点数", "个", 1096, 1112, 1.5, 1112, 1058, 5.1, "期末数"],
    [5, "即开型销售占比", "%", 25.8, 25.9, null, 25.8, 25.9, null, null],
  ];

  it("the half year is the value, last year's its previous; the quarters are read alone (it was two duplicate columns and a false growth a row)", () => {
    expect(columns(LOTTERY)).toEqual(["序号:serial", "项目:indicator", "单位:unit", "2024年上半年:value", "2023年上半年:previous", "同比增长(%):growth", "备注:note"]);
    expect(alarms(LOTTERY)).toEqual([]);
  });

  it("the 环比 compares the second quarter with the first, the 同比 the half year with last year's", () => {
    expect(alarms(with1(LOTTERY, 2, 5, 19.4))).toEqual(["growth-mismatch@F3"]);
    expect(alarms(with1(LOTTERY, 3, 8, 18.8))).toEqual(["growth-mismatch@I4"]);
  });

  it("第一季度 spelt out reads the same", () => {
    const rows = LOTTERY.map((r, i) => (i === 1 ? r.map((h) => (typeof h === "string" ? h.replace("年一季度", "年第一季度").replace("年二季度", "年第二季度") : h)) : r));
    expect(alarms(rows)).toEqual([]);
    expect(alarms(with1(rows, 2, 5, 19.4))).toEqual(["growth-mismatch@F3"]);
  });

  it.each([
    ["2024年一季度", "2024年二季度"],
    ["2024年第一季度", "2024年第二季度"],
  ])("%s | %s alone: the later the value, the earlier its 环比 base (it was duplicate-column)", (q1, q2) => {
    const rows: CellInput[][] = [
      ["项目", "单位", q1, q2, "环比增长(%)"],
      ["福彩销售总额", "亿元", 5.12, 5.6, 9.4],
      ["筹集公益金", "万元", 15360, 16800, 19.4],
    ];
    expect(columns(rows)).toEqual(["项目:indicator", "单位:unit", `${q1}:previous:mom`, `${q2}:value`, "环比增长(%):growth:mom"]);
    expect(alarms(rows)).toEqual(["growth-mismatch@E3"]);
  });

  it("a quarter of last year beside this year's is still the previous period's", () => {
    const rows: CellInput[][] = [
      ["项目", "单位", "2024年二季度", "2023年二季度", "同比增长(%)"],
      ["福彩销售总额", "亿元", 5.6, 5.1, 9.8],
    ];
    expect(columns(rows)).toEqual(["项目:indicator", "单位:unit", "2024年二季度:value", "2023年二季度:previous", "同比增长(%):growth"]);
    expect(alarms(rows)).toEqual([]);
  });
});

describe("quarters without a year beside the half year's figure", () => {
  it("一季度 | 二季度 | 上半年 | 上年同期 | 同比: the widest period is the value (同比 was worked out from 二季度)", () => {
    const rows: CellInput[][] = [
      ["项目", "单位", "一季度", "二季度", "上半年", "上年同期", "同比增长(%)"],
      ["福彩销售总额", "亿元", 5.12, 5.6, 10.72, 9.85, 8.8],
      ["筹集公益金", "万元", 15360, 16800, 32160, 29550, 18.8],
    ];
    expect(columns(rows)).toEqual(["项目:indicator", "单位:unit", "上半年:value", "上年同期:previous", "同比增长(%):growth"]);
    expect(alarms(rows)).toEqual(["growth-mismatch@G3"]);
  });

  it("一季度 | 二季度 | 环比 beside 上半年合计: the 环比 compares the quarters, not the half year with last year's", () => {
    const rows: CellInput[][] = [
      ["项目", "单位", "一季度", "二季度", "环比增长(%)", "上半年合计", "上年同期", "同比增长(%)"],
      ["福彩销售总额", "亿元", 5.12, 5.6, 9.4, 10.72, 9.85, 8.8],
      ["筹集公益金", "万元", 15360, 16800, 9.4, 32160, 29550, 8.8],
    ];
    // The quarters stay the parts of 上半年合计 (added up), as before.
    expect(columns(rows)).toEqual(["项目:indicator", "单位:unit", "上半年合计:value", "上年同期:previous", "同比增长(%):growth", "一季度:value:q1", "二季度:value:q2"]);
    expect(alarms(rows)).toEqual([]);
    expect(alarms(with1(rows, 2, 4, 19.4))).toEqual(["growth-mismatch@E3"]);
  });
});
