import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

function findings(rows: CellInput[][], locale: "zh-CN" | "en-US" = "zh-CN"): Finding[] {
  return checkGrid(grid(rows), generic, { locale }).findings;
}

function found(rows: CellInput[][]): string[] {
  return findings(rows)
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

/** A monthly sales table: months down the rows, 当月 and 本年累计 of two measures across the columns. */
function months(label = "月份"): CellInput[][] {
  return [
    [label, "当月销售额(万元)", "本年累计销售额(万元)", "当月筹集公益金(万元)", "累计筹集公益金(万元)"],
    ["1月", 2186.4, 2186.4, 612.2, 612.2],
    ["2月", 1652.3, 3838.7, 462.6, 1074.8],
    ["3月", 2245.8, 6084.5, 628.8, 1703.6],
    ["4月", 2310.5, 8395.0, 647.0, 2350.6],
    ["上半年合计", 8395.0, 8395.0, 2350.6, 2350.6],
  ];
}

describe("a table with the months down the rows (probe 39)", () => {
  it.each(["月份", "月", "时间", "期间"])("a %s column is the rows' label: no missing column, no not-a-number on the 合计 row", (label) => {
    expect(found(months(label))).toEqual([]);
  });

  it("a label of periods beside a column of names is left unread (no duplicate)", () => {
    const rows: CellInput[][] = [
      ["指标", "时间", "本期", "上年同期"],
      ["结婚登记", "1-6月", 1126, 1058],
      ["离婚登记", "1-6月", 412, 455],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("the 合计 of a running total is its last month's figure, not the months' sum", () => {
    const rows = months();
    rows[5][2] = 8359.0;
    rows[5][4] = 2350.6;
    expect(found(rows)).toEqual(["sum-mismatch@C6"]);
    expect(findings(rows)[0].message).toBe("累计列的合计 8359 应等于最后一期(4月)的累计 8395,而非各期累计之和");
  });

  it("each month's 累计 is the month before's plus this month's: the slipped 累计 cell is reported, not the next", () => {
    const rows = months();
    rows[3][2] = 6048.5;
    expect(found(rows)).toEqual(["sum-mismatch@C4"]);
    expect(findings(rows)[0].message).toBe("累计 6048.5 应为上期累计 3838.7 加本期 2245.8,即 6084.5");
    expect(findings(rows, "en-US")[0].message).toBe("the running total 6048.5 should be the previous period's 3838.7 plus this period's 2245.8, i.e. 6084.5");
  });

  it("a 当月 figure the 累计 does not carry is reported on the 当月 cell", () => {
    const rows = months();
    rows[3][1] = 2.25;
    const codes = found(rows);
    expect(codes).toContain("sum-mismatch@B4");
    expect(codes).not.toContain("sum-mismatch@C4");
    expect(codes).not.toContain("sum-mismatch@C5");
  });

  it("the 合计 of a 当月 column is the months' sum", () => {
    const rows = months();
    rows[5][3] = 2305.6;
    expect(found(rows)).toEqual(["sum-mismatch@D6"]);
  });

  it("a 累计 that names another measure (累计筹集公益金 beside 本年累计销售额) is no duplicate column", () => {
    const rows = months();
    expect(found(rows).filter((f) => f.startsWith("duplicate-column"))).toEqual([]);
    // Its own slips are checked as the first measure's are.
    rows[4][4] = 2305.6;
    expect(found(rows)).toContain("sum-mismatch@E5");
  });

  it("two value columns of one measure are still a duplicate", () => {
    const rows: CellInput[][] = [
      ["指标", "本期完成数", "完成数", "上年同期"],
      ["结婚登记", 1126, 1126, 1058],
    ];
    expect(found(rows)).toContain("duplicate-column@C1");
  });
});
