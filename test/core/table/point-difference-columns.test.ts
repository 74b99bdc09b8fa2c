import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table";
import { type CellInput, grid } from "./grid-helpers";

/**
 * 完成率(%) | 序时进度(%) | 差额(百分点): the difference column is marked with the two columns it is
 * the difference of (TableColumn.difference), the rate first; only when one of them is a benchmark
 * by its name (序时进度, 时间进度) and the other the completion rate the table reads.
 */
function differenceOf(header: CellInput[]): { header: string; minuend: number; subtrahend: number; subtrahendHeader: string }[] {
  for (const schema of ["generic", "civil-affairs"]) {
    const { table } = buildTable(grid([header, ["1", "新增养老机构床位", "张", 1200, 986, "82.2", "75.0", "7.2"]]), getBuiltinSchema(schema)!);
    const out = table.columns.filter((c) => c.difference).map((c) => ({ header: c.header, ...c.difference! }));
    if (schema === "civil-affairs") return out;
  }
  return [];
}

describe("a difference in points of two percent columns", () => {
  it("差额(百分点) after 完成率(%) | 序时进度(%): 完成率 less 序时进度", () => {
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "序时进度(%)", "差额(百分点)"])).toEqual([
      { header: "差额(百分点)", minuend: 5, subtrahend: 6, subtrahendHeader: "序时进度(%)" },
    ]);
  });

  it("the benchmark first (时间进度(%) | 完成率(%)), or the difference headed 增减(百分点): the rate less the benchmark still", () => {
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "时间进度(%)", "完成率(%)", "增减(百分点)"])).toEqual([
      { header: "增减(百分点)", minuend: 6, subtrahend: 5, subtrahendHeader: "时间进度(%)" },
    ]);
  });

  it("a difference headed by the benchmark it is taken from (与序时进度差距(百分点), 比时间进度快慢(百分点)): marked as 差额(百分点) is", () => {
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "序时进度(%)", "与序时进度差距(百分点)"])).toEqual([
      { header: "与序时进度差距(百分点)", minuend: 5, subtrahend: 6, subtrahendHeader: "序时进度(%)" },
    ]);
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "时间进度(%)", "比时间进度快慢(百分点)"])).toEqual([
      { header: "比时间进度快慢(百分点)", minuend: 5, subtrahend: 6, subtrahendHeader: "时间进度(%)" },
    ]);
    // (Not in points, or naming no difference: still the benchmark's own column, read by no check.)
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "序时进度(%)", "与序时进度差距"])).toEqual([]);
  });

  it("two rates with no benchmark among them, or a difference not in points: nothing is marked", () => {
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "参保率(%)", "差额(百分点)"])).toEqual([]);
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "序时进度(%)", "差额"])).toEqual([]);
    expect(differenceOf(["序号", "考核指标", "单位", "2025年度目标", "1-9月完成", "完成率(%)", "序时进度(%)", "备注"])).toEqual([]);
  });
});
