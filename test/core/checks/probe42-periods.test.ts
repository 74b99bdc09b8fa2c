import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { isPeriodLabel, isPeriodSpan, periodPlace } from "../../../src/core/table/period";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * Probe 42 (false alarms in the tables told period by period, read since probe 39): periods of
 * ten days and weeks, a running total that starts again with a new year, a month left out, a 1-6月
 * row among the months, and period rows taken for unknown indicators. Each table here is correct.
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info" || schemaId !== "generic")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

describe("periods down the rows: what is a period and which follows which", () => {
  it.each(["7月上旬", "12月下旬", "第3周", "第十二周", "2024年1月", "第二季度"])("%s is a period row", (label) => {
    expect(isPeriodLabel(label)).toBe(true);
  });

  it("上半年 and 1-6月 are spans of periods, months are not", () => {
    expect([isPeriodSpan("上半年"), isPeriodSpan("1-6月"), isPeriodSpan("6月"), isPeriodSpan("第二季度")]).toEqual([true, true, false, false]);
  });

  it("places: 旬 by month, weeks and quarters by number", () => {
    expect(periodPlace("7月上旬")).toEqual({ kind: "dekad", place: 19 });
    expect(periodPlace("7月中旬")).toEqual({ kind: "dekad", place: 20 });
    expect(periodPlace("第十二周")).toEqual({ kind: "week", place: 12 });
    expect(periodPlace("十一月")).toEqual({ kind: "month", place: 11 });
    expect(periodPlace("上半年")).toBeUndefined();
  });
});

describe("correct running totals raise nothing (probe 42)", () => {
  it("periods of ten days, the 合计 at the foot equal to the last running total", () => {
    const rows: CellInput[][] = [
      ["期间", "当月发放救灾物资(件)", "累计发放救灾物资(件)"],
      ["7月上旬", 1250, 1250],
      ["7月中旬", 3480, 4730],
      ["7月下旬", 2105, 6835],
      ["8月上旬", 860, 7695],
      ["合计", 7695, 7695],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("weeks under a 周次 header", () => {
    const rows: CellInput[][] = [
      ["周次", "救助站接待(人次)", "累计接待(人次)"],
      ["第1周", 46, 46],
      ["第2周", 52, 98],
      ["第3周", 39, 137],
      ["第4周", 58, 195],
      ["合计", 195, 195],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("a running total that starts again in a new year (12月 then 1月)", () => {
    const rows: CellInput[][] = [
      ["月份", "当月婚姻登记(对)", "累计婚姻登记(对)"],
      ["11月", 468, 4912],
      ["12月", 512, 5424],
      ["1月", 603, 603],
      ["2月", 721, 1324],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("a month left out: the running total after the gap holds it", () => {
    const rows: CellInput[][] = [
      ["月份", "当月发放低保金(万元)", "累计发放低保金(万元)"],
      ["3月", 412.6, 1232.7],
      ["4月", 415.3, 1648.0],
      ["5月", 418.0, 2066.0],
      ["7月", 421.5, 2907.3],
      ["8月", 423.1, 3330.4],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("a 1-6月 row among the months sums them up and is no step of the run", () => {
    const rows: CellInput[][] = [
      ["时间", "当月筹集公益金(万元)", "累计筹集公益金(万元)"],
      ["5月", 201.3, 964.1],
      ["6月", 213.7, 1177.8],
      ["1-6月", 1177.8, 1177.8],
      ["7月", 199.6, 1377.4],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("under civil-affairs the month rows are no unknown indicators", () => {
    const rows: CellInput[][] = [
      ["月份", "当月发放低保金(万元)", "累计发放低保金(万元)"],
      ["1月", 410.1, 410.1],
      ["2月", 410.0, 820.1],
    ];
    expect(found(rows, "civil-affairs")).toEqual([]);
  });
});

describe("the slips are still found", () => {
  it("a wrong running total between adjacent 旬", () => {
    const rows: CellInput[][] = [
      ["期间", "当月发放救灾物资(件)", "累计发放救灾物资(件)"],
      ["7月上旬", 1250, 1250],
      ["7月中旬", 3480, 4730],
      ["7月下旬", 2105, 6853],
      ["8月上旬", 860, 7695],
    ];
    expect(found(rows)).toEqual(["sum-mismatch@C4"]);
  });

  it("a running total copied from the month's own figure mid-year", () => {
    const rows: CellInput[][] = [
      ["月份", "当月发放低保金(万元)", "累计发放低保金(万元)"],
      ["1月", 410.1, 410.1],
      ["2月", 410.0, 820.1],
      ["3月", 412.6, 412.6],
    ];
    expect(found(rows)).toEqual(["sum-mismatch@C4"]);
  });
});
