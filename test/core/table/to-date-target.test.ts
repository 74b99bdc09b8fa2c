import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table";
import { type CellInput, grid } from "./grid-helpers";

/**
 * 年度目标 | 1-9月完成 | 序时目标: the target due by now is a benchmark beside the year's target, not
 * the year's target written twice (it was a duplicate-column). The year's target stays the row's,
 * whichever of the two comes first.
 */

const generic = getBuiltinSchema("generic")!;

const rows = (h1: string, h2: string, a: [number, number], b: [number, number]): CellInput[][] => [
  ["序号", "任务指标", "单位", h1, h2, "1-9月完成", "完成率(%)"],
  [1, "新增养老机构床位", "张", a[0], a[1], 986, 82.2],
  [2, "临时救助", "人次", b[0], b[1], 4126, 82.5],
];

describe("a 序时目标 column beside the year's target", () => {
  it.each([
    ["after it", rows("年度目标", "序时目标", [1200, 900], [5000, 3750])],
    ["before it", rows("序时目标", "年度目标", [900, 1200], [3750, 5000])],
  ])("%s: no duplicate-column, and the year's target is the one the completion is worked out from", (_, r) => {
    const { table, findings } = buildTable(grid(r), generic);
    expect(findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    expect(table.columns.find((c) => c.role === "target")?.header).toBe("年度目标");
    expect(checkGrid(grid(r), generic).findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual([]);
  });

  it("the year's target twice is still a duplicate", () => {
    const { findings } = buildTable(grid(rows("年度目标", "全年目标", [1200, 1200], [5000, 5000])), generic);
    expect(findings.map((f) => f.code)).toContain("duplicate-column");
  });
});
