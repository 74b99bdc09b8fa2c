import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

// Counties down the side; three indicators across, each over 本期 | 上年同期 | 同比(%), the group
// header merged over its three columns and the county header over both header rows. Clean figures.
const GROUPS: CellInput[][] = [
  ["县(市、区)", "城乡低保对象(人)", "城乡低保对象(人)", "城乡低保对象(人)", "特困人员(人)", "特困人员(人)", "特困人员(人)", "临时救助资金(万元)", "临时救助资金(万元)", "临时救助资金(万元)"],
  ["县(市、区)", "本期", "上年同期", "同比(%)", "本期", "上年同期", "同比(%)", "本期", "上年同期", "同比(%)"],
  ["城关区", 4120, 4285, -3.9, 612, 598, 2.3, 186.2, 171.5, 8.6],
  ["高新区", 1386, 1422, -2.5, 158, 149, 6, 52.7, 48.3, 9.1],
  ["安平县", 8934, 9210, -3, 1843, 1810, 1.8, 312.5, 296.8, 5.3],
];
const MERGES = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 0, right: 3 },
  { top: 0, left: 4, bottom: 0, right: 6 },
  { top: 0, left: 7, bottom: 0, right: 9 },
];

function codes(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows, { merges: MERGES }), generic)
    .findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`)
    .sort();
}

function withCell(row: number, col: number, v: CellInput): CellInput[][] {
  return GROUPS.map((r, i) => (i === row ? r.map((c, k) => (k === col ? v : c)) : r));
}

describe("indicators in groups across a two-row header", () => {
  it("a clean table has no findings (the later groups were 4 duplicate-column errors)", () => {
    expect(codes(GROUPS)).toEqual([]);
  });
  it("the group's unit is its figures': 1385.5 persons under 城乡低保对象(人) is a fraction of a person", () => {
    expect(codes(withCell(3, 1, 1385.5))).toEqual(["non-integer-count@B4"]);
  });
  it("a later group's cells get the checks of one cell alone: a negative count under 特困人员(人) / 上年同期", () => {
    expect(codes(withCell(2, 5, -598))).toEqual(["negative-value@F3"]);
  });
  it("the first group is compared as before: a growth with its sign lost", () => {
    expect(codes(withCell(3, 3, 2.5))).toEqual(["growth-mismatch@D4"]);
  });
});

describe("cell-error: an error value in any cell of a data row", () => {
  it("#N/A in a later group's 同比(%), a column the checks do not read", () => {
    expect(codes(withCell(2, 9, { value: null, text: "#N/A", error: "#N/A" }))).toEqual(["cell-error@J3"]);
  });
  it("#DIV/0! in a mapped column is reported once", () => {
    expect(codes(withCell(2, 3, { value: null, text: "#DIV/0!", error: "#DIV/0!" }))).toEqual(["cell-error@D3"]);
  });
});
