import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * unit-mismatch and a 差额(百分点) column whose cells write their unit (+7.2个百分点): the column is in
 * points of the row's rates, as its header says, not in the row's unit (张, 人次). It was read against
 * the 单位 column and every row flagged.
 */

const generic = getBuiltinSchema("generic")!;
const civil = getBuiltinSchema("civil-affairs")!;

const table = (d1: CellInput, d2: CellInput): CellInput[][] => [
  ["2025年1-9月民政重点工作任务推进情况表", null, null, null, null, null, null, null],
  ["序号", "任务指标", "单位", "年度目标", "1-9月完成", "完成率(%)", "序时进度(%)", "差额(百分点)"],
  [1, "新增养老机构床位", "张", 1200, 986, "82.2%", "75%", d1],
  [2, "临时救助", "人次", 5000, 4126, "82.5%", "75%", d2],
];

const found = (rows: CellInput[][], code: string, schema = generic) =>
  checkGrid(grid(rows), schema)
    .findings.filter((f) => f.code === code)
    .map((f) => f.cell);

describe("a difference in points written with its unit", () => {
  it("+7.2个百分点 under 差额(百分点) in a row of 张: no unit-mismatch, and the difference is still checked", () => {
    expect(found(table("+7.2个百分点", "+7.5个百分点"), "unit-mismatch")).toEqual([]);
    expect(found(table("+7.2个百分点", "+7.5个百分点"), "unit-mismatch", civil)).toEqual([]);
    expect(found(table("+9.2个百分点", "+7.5个百分点"), "sum-mismatch")).toEqual(["H3"]);
  });

  it("a unit of another kind in that column is still against the row's", () => {
    expect(found(table("7.2万元", "+7.5个百分点"), "unit-mismatch")).toEqual(["H3"]);
  });
});
