import { checkGrid } from "../../../src/core/checks";
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

// As duplicate-indicator: 城市 under 1 | 低保对象 and 城市 under 2 | 特困人员 are two indicators, their
// figures no contradiction to mark; a row copied, figures and all, is still said once.

const H = ["序号", "指标", "单位", "2024年", "2023年", "同比(%)"];
const rows = (copied: boolean): CellInput[][] => [
  H,
  [1, "低保对象", "人", 1000, 900, 11.1],
  ["", "城市", "人", 400, 380, 5.3],
  ["", "农村", "人", 600, 520, 15.4],
  [2, "特困人员", "人", 300, 290, 3.4],
  ["", "城市", "人", ...(copied ? [400, 380, 5.3] : [100, 95, 5.3])],
  ["", "农村", "人", 200, 195, 2.6],
];

function narrated(r: CellInput[][]) {
  const schema = getBuiltinSchema("generic")!;
  const { table, findings } = checkGrid(grid(r), schema);
  return narrate(table, findings, schema, { onError: "mark" });
}

describe("sub-rows of one name under two numbered rows, narrated", () => {
  it("says both, with no 待核实 marker", () => {
    const n = narrated(rows(false));
    const text = n.paragraphs.map((p) => p.text).join("");
    expect(n.omitted).toEqual([]);
    expect(text).not.toContain("待核实");
    expect(text).toContain("城市达到100人");
  });

  it("says a copied row once", () => {
    const n = narrated(rows(true));
    expect(n.omitted.map((o) => [o.row, o.reason, o.marked])).toEqual([
      [6, "重复填报(见第3行)", false],
    ]);
  });
});

describe("a numbered indicator's name again on a bare row under the next numbered row, narrated", () => {
  it("is the indicator twice, as duplicate-indicator says: left out and marked, not stated as a second fact", () => {
    const r: CellInput[][] = [H, [4, "临时救助", "人次", 5000, 4800, 4.2], [5, "困难群众救助资金发放", "万元", 28600, 27000, 5.9], ["", "临时救助", "人次", 5100, 4800, 6.3]];
    const schema = getBuiltinSchema("generic")!;
    const { findings } = checkGrid(grid(r), schema);
    expect(findings.filter((f) => f.code === "duplicate-indicator").map((f) => f.row)).toEqual([4]);
    const n = narrated(r);
    expect(n.omitted.map((o) => o.row)).toEqual([4]);
    expect(n.paragraphs.map((p) => p.text).join("")).not.toContain("临时救助5100");
  });
});
