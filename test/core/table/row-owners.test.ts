import { checkGrid } from "../../../src/core/checks";
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

describe("forEachOwner under sections numbered in sections", () => {
  it("rows under two same-named sections of two outer sections (一、城市 | 1 低保对象, 二、农村 | 1 低保对象) have two owners", () => {
    const rows: CellInput[][] = [
      ["序号", "项目", "户数(户)", "人数(人)"],
      ["一、", "城市", null, null],
      ["1", "最低生活保障对象", null, null],
      ["", "其中:老年人", "/", 612],
      ["", "未成年人", "/", 508],
      ["二、", "农村", null, null],
      ["1", "最低生活保障对象", null, null],
      ["", "其中:老年人", "/", 2893],
      ["", "未成年人", "/", 1146],
    ];
    const own = owners(rows);
    expect(own.find((o) => o.startsWith("5:"))).toBe("5:3");
    expect(own.find((o) => o.startsWith("9:"))).toBe("9:7");
    const found = checkGrid(grid(rows), generic).findings.filter((f) => f.code === "duplicate-indicator");
    expect(found).toEqual([]);
  });

  it("the same name twice within one such section is still one owner's", () => {
    const rows: CellInput[][] = [
      ["序号", "项目", "户数(户)", "人数(人)"],
      ["一、", "城市", null, null],
      ["1", "最低生活保障对象", null, null],
      ["", "老年人", "/", 612],
      ["", "未成年人", "/", 508],
      ["", "老年人", "/", 612],
    ];
    expect(checkGrid(grid(rows), generic).findings.filter((f) => f.code === "duplicate-indicator").map((f) => f.cell)).toEqual(["B6"]);
  });
});
