import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable, tablesOf } from "../../../src/core/table/build";
import { grid, withCell, type CellInput } from "../table/grid-helpers";

// 城市 | 农村 | 合计 over 户数(户) | 人数(人) | 资金(万元) each (a two-row header): every group is read
// as the first one is, each measure its own column, so that the 合计 row adds up in every one.

const generic = getBuiltinSchema("generic")!;

const ASSIST: CellInput[][] = [
  ["救助类别", "城市", null, null, "农村", null, null, "合计", null, null],
  ["救助类别", "户数(户)", "人数(人)", "资金(万元)", "户数(户)", "人数(人)", "资金(万元)", "户数(户)", "人数(人)", "资金(万元)"],
  ["最低生活保障", 2468, 3712, 1254.6, 5647, 8204, 2318.9, 8115, 11916, 3573.5],
  ["特困人员救助供养", 305, 312, 486.2, 1452, 1469, 2210.6, 1757, 1781, 2696.8],
  ["临时救助", 138, 172, 38.4, 253, 331, 71.8, 391, 503, 110.2],
  ["合计", 2911, 4196, 1779.2, 7352, 10004, 4601.3, 10263, 14200, 6380.5],
];
const MERGES = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 0, right: 3 },
  { top: 0, left: 4, bottom: 0, right: 6 },
  { top: 0, left: 7, bottom: 0, right: 9 },
];

function found(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows, { merges: MERGES }), generic)
    .findings.map((f) => `${f.code}@${f.cell ?? "-"}`)
    .sort();
}

describe("measures of a later group over a two-row header", () => {
  it("a clean table raises nothing", () => {
    expect(found(ASSIST)).toEqual([]);
  });

  it("each later group's measures are columns of its own table", () => {
    const { table } = buildTable(grid(ASSIST, { merges: MERGES }), generic);
    expect(tablesOf(table).map((t) => t.columns.filter((c) => c.role === "value").map((c) => c.col))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
  });

  it("the 合计 row's 农村 资金 that is not the sum of the rows above it", () => {
    // 2318.9 + 2210.6 + 71.8 = 4601.3, 4701.3 written: down its column, and across its row (城市 + 农村
    // is then no longer the row's 合计 资金 6380.5; which of the two is the slip the figures do not say).
    expect(found(withCell(ASSIST, 5, 6, 4701.3))).toEqual(["sum-mismatch@G6", "sum-mismatch@J6"]);
  });

  it("a 合计 column's slip is not found again on the 合计 row below it (the same 45 short)", () => {
    // 低保 合计人数 11961 for 3712 + 8204 = 11916: the 合计 row's 人数 14200 is then 45 short of its column.
    expect(found(withCell(ASSIST, 2, 8, 11961))).toEqual(["sum-mismatch@I3"]);
  });

  it("a gap the part's slip does not close is a second slip, and both stand", () => {
    expect(found(withCell(withCell(ASSIST, 2, 8, 11961), 5, 8, 14300))).toEqual(["sum-mismatch@I3", "sum-mismatch@I6"]);
  });
});
