import { type CellInput } from "../table/grid-helpers";
import { found } from "./found";

/**
 * A period under its label (统计时段:…) beside other lines in its row (填报处室:… | 统计时段:… |
 * 单位:人): a line of the title block wherever it stands, so that it is compared with the title's
 * period. Only the row's first cell was read as a line.
 */

const table = (title: string, line: CellInput[]): CellInput[][] => [
  [title],
  line,
  ["机构", "上期末", "本期新增", "本期减少", "本期末"],
  ["市社会福利中心", 486, 52, 41, 497],
  ["城西区社会福利院", 168, 21, 9, 180],
];

describe("a labelled period in the title block", () => {
  it("统计时段 in the row's third cell, a year after the title's: period-mismatch on it", () => {
    expect(found(table("2023年上半年在院人员变动情况表", ["填报处室:社会救助处", null, "统计时段:2024年1月1日至6月30日", null, "单位:人"]))).toEqual(["period-mismatch@C2"]);
  });

  it("the same period as the title's raises nothing", () => {
    expect(found(table("2024年上半年在院人员变动情况表", ["填报处室:社会救助处", null, "统计时段:2024年1月1日至6月30日", null, "单位:人"]))).toEqual([]);
  });

  it("a date under another label (填报日期) is no period of the table", () => {
    expect(found(table("2024年上半年在院人员变动情况表", ["填报处室:社会救助处", null, "填报日期:2024年7月3日", null, "单位:人"]))).toEqual([]);
  });
});
