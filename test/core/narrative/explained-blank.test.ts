import { checkGrid } from "../../../src/core/checks";
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const schema = getBuiltinSchema("civil-affairs")!;

function draft(note: string): string {
  const rows: CellInput[][] = [
    ["指标名称", "单位", "本期", "上年同期", "同比增长(%)", "备注"],
    ["养老床位", "张", 16012, 15780, 1.5, null],
    ["经济困难老年人补贴", "人", null, 5310, null, note],
  ];
  const { table, findings } = checkGrid(grid(rows), schema);
  return narrate(table, findings, schema)
    .paragraphs.map((p) => p.text)
    .join("\n");
}

describe("a blank the row's note explains is left out of the draft, as the check leaves it unreported", () => {
  it.each([["年底统计"], ["本年度不统计"]])("%s: no 【待核实】, the row not stated", (note) => {
    const text = draft(note);
    expect(text).toContain("养老床位");
    expect(text).not.toContain("待核实");
    expect(text).not.toContain("经济困难老年人补贴");
  });
  it("a note that says nothing of the blank: the row is held back as missing", () => {
    expect(draft("持续推进")).toContain("【待核实:经济困难老年人补贴缺失】");
  });
});
