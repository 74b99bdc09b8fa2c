import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;
const HEADER: CellInput[] = ["序号", "地区", "单位", "本期", "上年同期"];
const run = (rows: CellInput[][]) =>
  checkGrid(grid(rows), generic)
    .findings.filter((f: Finding) => f.code === "sum-mismatch")
    .map((f) => `${f.cell}→${f.expected}`);

describe("sum-mismatch across a header printed again on the next page", () => {
  const page1: CellInput[][] = [HEADER, [1, "甲县", "人", 100, 90], [2, "乙县", "人", 200, 180]];
  const page2 = (total: number): CellInput[][] => [HEADER, [3, "丙县", "人", 300, 270], [null, "合计", "人", total, 540]];
  it("a 合计 after the repeat adds up the rows of both pages (it added the last page's only)", () => {
    expect(run([...page1, ...page2(600)])).toEqual([]);
    expect(run([...page1, ...page2(650)])).toEqual(["D6→600"]);
  });
  it("a header after a total starts another table, with its own 合计", () => {
    const first: CellInput[][] = [...page1, [null, "合计", "人", 300, 270]];
    expect(run([...first, HEADER, [3, "丙县", "人", 300, 270], [4, "丁县", "人", 100, 90], [null, "合计", "人", 400, 360]])).toEqual([]);
  });
});
