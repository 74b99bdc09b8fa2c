import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

// Probe 39: totals that are no sum of the rows beside them — a numbered …合计 row among its
// numbered siblings, and a column of rates under a 合计 row.

const generic = getBuiltinSchema("generic")!;

function findings(rows: CellInput[][]): Finding[] {
  return checkGrid(grid(rows), generic).findings;
}

function found(rows: CellInput[][]): string[] {
  return findings(rows).map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const HEADER: CellInput[] = ["指标", "本期(万元)", "上年同期(万元)", "同比增长(%)"];

describe("a numbered …合计 row with 其中 rows is their total, not its numbered siblings' (probe 39)", () => {
  it("一、收入合计 is not the total of 二、 and 三、", () => {
    const rows: CellInput[][] = [
      HEADER,
      ["一、收入合计", 100, 80, 25.0],
      ["其中:捐赠", 60, 50, 20.0],
      ["　　其他", 40, 30, 33.3],
      ["二、支出", 90, 75, 20.0],
      ["其中:助学", 50, 40, 25.0],
      ["　　助医", 40, 35, 14.3],
      ["三、一日捐", 30, 25, 20.0],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("nor 二、支出合计 the total of 三、 and 四、 below it", () => {
    const rows: CellInput[][] = [
      HEADER,
      ["一、收入合计", 100, 80, 25.0],
      ["其中:捐赠", 60, 50, 20.0],
      ["　　其他", 40, 30, 33.3],
      ["二、支出合计", 90, 75, 20.0],
      ["其中:助学", 50, 40, 25.0],
      ["　　助医", 40, 35, 14.3],
      ["三、一日捐", 30, 25, 20.0],
      ["四、信托", 20, 16, 25.0],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("its 其中 rows must still not exceed it", () => {
    const rows: CellInput[][] = [
      HEADER,
      ["一、收入合计", 100, 80, 25.0],
      ["其中:捐赠", 70, 50, 40.0],
      ["　　其他", 40, 30, 33.3],
      ["二、支出", 90, 75, 20.0],
    ];
    expect(found(rows)).toEqual(["sum-mismatch@B2"]);
  });

  it("a 合计 standing apart from the numbered rows still adds them up", () => {
    const rows: CellInput[][] = [
      HEADER,
      ["一、城市", 100, 80, 25.0],
      ["二、农村", 90, 75, 20.0],
      ["合计", 200, 155, 29.0],
    ];
    expect(found(rows)).toEqual(["sum-mismatch@B4"]);
  });
});

describe("a column of rates under a 合计 row is not added up (probe 39)", () => {
  it("持证率(%) as the only figure column: its 合计 is an average", () => {
    const rows: CellInput[][] = [
      ["地区", "持证率(%)"],
      ["城关街道", 42.3],
      ["东城街道", 39.5],
      ["新桥镇", 28.1],
      ["合计", 40.9],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("nor a row written in %: its numbered rows in % are no parts of it, while the counts add up", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本期"],
      ["一、社区综合服务设施覆盖率", "%", 93.7],
      ["1.城市社区", "%", 100.0],
      ["2.农村社区", "%", 90.5],
      ["二、社区综合服务设施", "个", 120],
      ["1.城市社区", "个", 40],
      ["2.农村社区", "个", 79],
    ];
    expect(found(rows)).toEqual(["sum-mismatch@C5"]);
  });
});
