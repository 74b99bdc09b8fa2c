import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;
const run = (rows: CellInput[][]): Finding[] => checkGrid(grid(rows), generic).findings.filter((f) => f.code === "scale-suspect");
const HEADER: CellInput[] = ["工作任务", "单位", "年度目标", "1-6月完成", "上年同期"];

describe("scale-suspect: the figure 10⁴ away from both others is the slip", () => {
  it("a target typed in 亿元 in a 万元 row (0.09 beside 486.3 done and 452.8 last year): on the target", () => {
    const f = run([HEADER, ["慈善捐赠", "万元", 0.09, 486.3, 452.8]]);
    expect(f.map((x) => `${x.cell} ${x.value}→${x.expected}`)).toEqual(["C2 0.09→900"]);
  });
  it("a value 10⁴ off both the target and last year's: on the value, as before", () => {
    const f = run([HEADER, ["慈善捐赠", "万元", 900, 4863000, 452.8]]);
    expect(f.map((x) => `${x.cell} ${x.value}→${x.expected}`)).toEqual(["D2 4863000→486.3"]);
  });
});
