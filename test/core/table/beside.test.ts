import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable, tablesOf } from "../../../src/core/table/build";
import { grid, type CellInput } from "./grid-helpers";

const generic = getBuiltinSchema("generic")!;

// 社会救助 (本期 | 上年同期 | 同比) in A:E, a blank column, 养老服务 (全年目标 | 上半年完成 | 完成率) in G:K,
// on the same rows; the left table longer than the right. Clean figures.
const SIDE: CellInput[][] = [
  ["某市民政局2025年上半年主要业务指标"],
  ["一、社会救助", null, null, null, null, null, "二、养老服务"],
  ["指标", "单位", "本期", "上年同期", "同比(%)", null, "指标", "单位", "全年目标", "上半年完成", "完成率(%)"],
  ["城乡低保对象", "人", 86420, 84960, 1.7, null, "养老床位", "张", 42000, 41560, 99],
  ["特困人员", "人", 18760, 18405, 1.9, null, "家庭养老床位", "张", 2000, 1260, 63],
  ["临时救助", "人次", 6275, 5930, 5.8, null, "持证养老护理员", "人", 3200, 1865, 58.3],
  ["低保资金支出", "万元", 32649.8, 31087.6, 5],
];

function findings(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows), generic).findings.map((f) => `${f.code}@${f.cell ?? "-"}`);
}

describe("two tables side by side on one header row", () => {
  it("each is read from its own columns: no duplicate column, no completion from the left table's figures", () => {
    const { table, findings: structural } = buildTable(grid(SIDE), generic);
    expect(structural).toEqual([]);
    const parts = tablesOf(table);
    expect(parts.map((p) => p.columns.map((c) => `${c.role}@${c.col}`).join(" "))).toEqual([
      "indicator@0 unit@1 value@2 previous@3 growth@4",
      "indicator@6 unit@7 target@8 value@9 completion@10",
    ]);
    expect(parts[1].rows.filter((r) => r.kind === "data").map((r) => r.indicator)).toEqual(["养老床位", "家庭养老床位", "持证养老护理员"]);
    // The right table reports the sheet's period.
    expect(parts[1].period?.year).toBe(2025);
    expect(findings(SIDE)).toEqual([]);
  });

  it("a slip in the right table is found on its own cell, with its own row's figures", () => {
    const rows = SIDE.map((r) => [...r]);
    rows[4][10] = 36; // 1260 / 2000 is 63%
    rows[5][9] = null;
    expect(findings(rows)).toEqual(["completion-mismatch@K5", "empty-value@J6"]);
  });

  it("names in two languages side by side (项目 | Item) are one table's, with no figure between them", () => {
    const { table } = buildTable(grid([["项目", "Item", "本期", "上年同期"], ["结婚登记", "Marriages", 10, 9]]), generic);
    expect(table.beside).toBeUndefined();
  });
});
