import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table";
import { forEachOwner } from "../../../src/core/table/hierarchy";
import { type CellInput, grid } from "./grid-helpers";

const generic = getBuiltinSchema("generic")!;

/** `row:owner` of each data row. */
function owners(rows: CellInput[][]): string[] {
  const out: string[] = [];
  forEachOwner(buildTable(grid(rows), generic).table.rows, (row, owner) =>
    out.push(`${row.row}:${owner}`),
  );
  return out;
}

describe("forEachOwner", () => {
  const H = ["序号", "指标", "单位", "2024年", "2023年"];

  it("an unnumbered row is the numbered row's above it; a numbered row its parent's or the top level's", () => {
    const rows: CellInput[][] = [
      H,
      [1, "低保对象", "人", 1000, 900],
      ["", "城市", "人", 400, 380],
      [2, "特困人员", "人", 300, 290],
      ["", "城市", "人", 100, 95],
    ];
    expect(owners(rows)).toEqual(["2:0", "3:2", "4:0", "5:4"]);
  });

  it("a 其中 part keeps its parent; a section starts afresh; a row named as the numbered row above it stays at the top", () => {
    const rows: CellInput[][] = [
      H,
      ["一", "社会救助", "", null, null],
      [1, "低保对象", "人", 1000, 900],
      ["", "其中:城市", "人", 400, 380],
      ["", "低保对象", "人", 1000, 900],
      ["二", "养老服务", "", null, null],
      ["", "城市", "人", 5, 4],
    ];
    expect(owners(rows)).toEqual(["3:2", "4:3", "5:0", "7:0"]);
  });
});
