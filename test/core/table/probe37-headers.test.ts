import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import { classifyHeader } from "../../../src/core/table/header";
import type { MergedArea } from "../../../src/core/table/grid";
import { alarms, grid, withCell, type CellInput } from "./grid-helpers";

// Probe 37: a period over categories across a two-row header (2024年1-6月 over 城市 | 农村 | 合计),
// and bilingual period headers (2024年上半年 H1 2024).

const schemas = [getBuiltinSchema("generic")!, getBuiltinSchema("civil-affairs")!];
const generic = schemas[0];

function model(rows: CellInput[][], merges: MergedArea[] = []) {
  return buildTable(grid(rows, { merges }), generic).table;
}


describe("a period over categories (2024年1-6月 over 城市 | 农村 | 合计)", () => {
  const CITY_RURAL: CellInput[][] = [
    ["指标", "单位", "2024年1-6月", "", "", "2023年1-6月", "", "", "同比增长(%)"],
    ["", "", "城市", "农村", "合计", "城市", "农村", "合计", ""],
    ["低保对象", "人", 4320, 17850, 22170, 4590, 18630, 23220, -4.5],
    ["特困人员", "人", 620, 2480, 3100, 650, 2510, 3160, -1.9],
  ];

  it("reads the second row as header; the totals are value and previous, the categories figures read alone", () => {
    const t = model(CITY_RURAL);
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "1:unit", "4:value", "7:previous", "8:growth"]);
    expect((t.figureExtras ?? []).map((c) => c.col)).toEqual([2, 3, 5, 6]);
    expect(t.rows.filter((r) => r.kind === "data").map((r) => r.indicator)).toEqual(["低保对象", "特困人员"]);
  });

  it("raises no alarm on a correct table (it was not-a-number on 城市 and a growth-mismatch on every row)", () => {
    expect(alarms(CITY_RURAL)).toEqual([]);
  });

  it("checks the growth against the totals", () => {
    expect(alarms(withCell(CITY_RURAL, 2, 8, -9.9))).toEqual(["growth-mismatch@I3"]);
  });

  it("so too with the periods merged over their categories (.xlsx)", () => {
    const merges = [
      { top: 0, left: 2, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 0, right: 7 },
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 8, bottom: 1, right: 8 },
    ];
    const rows = CITY_RURAL.map((r, i) => (i === 1 ? r.map((x, j) => (j < 2 || j === 8 ? "" : x)) : r));
    expect(model(rows, merges).columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "1:unit", "4:value", "7:previous", "8:growth"]);
    expect(alarms(rows, merges)).toEqual([]);
    expect(alarms(withCell(rows, 3, 8, 1.9), merges)).toEqual(["growth-mismatch@I4"]);
  });

  it("so too with the period and the names written again in every cell (no duplicate columns)", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "2024年1-6月", "2024年1-6月", "2024年1-6月", "2023年1-6月", "2023年1-6月", "2023年1-6月", "同比增长(%)"],
      ["指标", "单位", "城市", "农村", "合计", "城市", "农村", "合计", "同比增长(%)"],
      ...CITY_RURAL.slice(2),
    ];
    expect(model(rows).columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "1:unit", "4:value", "7:previous", "8:growth"]);
    expect(alarms(rows)).toEqual([]);
    expect(alarms(withCell(rows, 2, 8, -9.9))).toEqual(["growth-mismatch@I3"]);
  });

  it("without a total under the period, the categories are at least no data row", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "2024年1-6月", "", "2023年1-6月", ""],
      ["", "", "城市", "农村", "城市", "农村"],
      ["低保对象", "人", 4320, 17850, 4590, 18630],
    ];
    expect(model(rows).headerRows).toEqual([1, 2]);
    expect(alarms(rows).filter((a) => a.startsWith("not-a-number"))).toEqual([]);
  });

  it("a row of text under other headers is no row of categories (a section row stays data)", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "2024年1-6月", "2023年1-6月", "同比增长(%)"],
      ["一、社会救助", "", "", "", ""],
      ["低保对象", "人", 22170, 23220, -4.5],
    ];
    expect(model(rows).headerRows).toEqual([1]);
  });
});

describe("bilingual period headers (2024年上半年 H1 2024)", () => {
  const body: CellInput[][] = [
    ["低保对象", "人", 22170, 23220, -4.5],
    ["特困人员", "人", 3100, 3160, -1.9],
    ["临时救助资金", "万元", 562.4, 498.7, 12.8],
  ];

  it.each([
    ["2024年上半年 H1 2024", "2023年上半年 H1 2023"],
    ["2024年 2024", "2023年 2023"],
    ["2024年1-6月 Jan-Jun 2024", "2023年1-6月 Jan-Jun 2023"],
  ])("%s | %s: value and previous (it was missing-column 本期), a wrong growth found", (now, before) => {
    const rows: CellInput[][] = [["指标 Indicator", "单位 Unit", now, before, "增长% Growth%"], ...body];
    expect(model(rows).columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "1:unit", "2:value", "3:previous", "4:growth"]);
    expect(alarms(rows)).toEqual([]);
    expect(alarms(withCell(rows, 3, 4, 21.8))).toEqual(["growth-mismatch@E4"]);
  });

  it("an English tail naming another year is kept (a comparison of two years is still a growth)", () => {
    expect(classifyHeader(["2023年比2022年增减% 2023 vs 2022"], generic)?.role).toBe("growth");
    expect(classifyHeader(["2024年上半年 H1 2024"], generic)).toMatchObject({ role: "value", byYear: true, period: { year: 2024, half: 1 } });
    expect(classifyHeader(["2024年上半年 2023"], generic)?.byYear).toBeUndefined();
  });
});

describe("one wrong year among period headers of one year (2023年末 | 2023年6月末 under 2024年上半年)", () => {
  const rows: CellInput[][] = [
    ["2024年上半年行政区划情况表", "", "", "", "", ""],
    ["指标", "单位", "2023年末", "2023年6月末", "增减", "增长(%)"],
    ["乡镇", "个", 142, 139, -3, -2.1],
    ["村委会", "个", 2012, 1958, -54, -2.7],
  ];

  it("the one ending where the title's period ends is the current column, its year flagged (not the correct 2023年末)", () => {
    expect(model(rows).columns.map((c) => `${c.col}:${c.role}`)).toEqual(["0:indicator", "1:unit", "2:previous", "3:value", "5:growth", "4:growth"]);
    expect(alarms(rows)).toEqual(["period-mismatch@D2"]);
  });

  it("without a part of a year in the title nothing is guessed", () => {
    const whole = withCell(rows, 0, 0, "2024年行政区划情况表");
    expect(model(whole).columns.filter((c) => c.role === "previous")).toEqual([]);
  });
});
