import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * A growth column headed 同比 with no % beside a unit column: it may hold the rate or the absolute
 * change. A figure that is neither was let through in a 万元 row, since the change's rounding was
 * taken in base units (half a 0.1万元 digit as 500元): every figure there passed as a change.
 */
function found(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows), getBuiltinSchema("generic")!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell}: ${f.message}`);
}

describe("a bare 同比 beside a unit column", () => {
  it("a wrong rate in a 万元 row is found", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本年累计", "上年同期", "同比"],
      ["福彩销售", "万元", 13069.8, 12499.3, 14.6],
      ["低保对象", "人", 5200, 5000, 4.0],
    ];
    expect(found(rows)).toEqual(["growth-mismatch@E2: 同比增长应为4.6%,填报为14.6%"]);
  });

  it("the right rate, or the absolute change, raises nothing", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本年累计", "上年同期", "同比"],
      ["福彩销售", "万元", 13069.8, 12499.3, 4.6],
      ["公益金", "万元", 3650.2, 3410.0, 240.2],
      ["低保对象", "人", 5200, 5000, 200],
    ];
    expect(found(rows)).toEqual([]);
  });
});
