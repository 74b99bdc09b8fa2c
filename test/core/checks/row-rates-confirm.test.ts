import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * A rate paired by position with the two columns before it is checked only when the rows confirm
 * the pair; a row whose quotient passes 100% where its stated rate does not says the two columns
 * are no numerator and denominator (probe 44's r07: 92 service points over 86 villages, 91.9%).
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const COVER: CellInput[][] = [
  ["县市区", "行政村数(个)", "村级互助养老服务点(个)", "覆盖率(%)"],
  ["城关区", 86, 92, 91.9],
  ["东平县", 214, 188, 87.9],
  ["西河县", 176, 161, 91.5],
];

const BEDS: CellInput[][] = [
  ["县市区", "床位数(张)", "入住人数(人)", "入住率(%)"],
  ["城关区", 600, 512, 85.3],
  ["东平县", 320, 241, 75.3],
  ["西河县", 80, 52, 65],
];

describe("a by-position rate pair that a row's part over its whole refutes", () => {
  it.each(["generic", "civil-affairs"])("a coverage of something else raises nothing under %s", (schemaId) => {
    expect(found(COVER, schemaId)).toEqual([]);
  });

  it("a confirmed pair still finds a slipped rate", () => {
    const rows = BEDS.map((r) => [...r]);
    rows[2][3] = 78.3;
    expect(found(rows)).toEqual(["completion-mismatch@D3"]);
    expect(found(rows, "civil-affairs")).toEqual(["completion-mismatch@D3"]);
  });

  it("a rate above 100% that the row's figures give is no refutation", () => {
    const rows: CellInput[][] = [
      ["县市区", "计划数(个)", "完成数(个)", "完成率(%)"],
      ["城关区", 80, 92, 115],
      ["东平县", 200, 188, 94],
      ["西河县", 160, 161, 100.6],
    ];
    expect(found(rows).filter((f) => f.startsWith("completion-mismatch"))).toEqual([]);
    rows[2][3] = 96;
    expect(found(rows).filter((f) => f.startsWith("completion-mismatch"))).toEqual(["completion-mismatch@D3"]);
  });

  it("a name-paired 应X | 实X keeps its check when a row's 实 passes its 应", () => {
    const rows: CellInput[][] = [
      ["乡镇", "应参检数(家)", "实参检数(家)", "参检率(%)"],
      ["城关镇", 120, 126, 95],
      ["青石镇", 86, 80, 93],
    ];
    expect(found(rows)).toContain("completion-mismatch@D2");
  });
});
