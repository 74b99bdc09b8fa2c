import { type CellInput } from "../table/grid-helpers";
import { found } from "./found";

/**
 * A row that announces a breakdown of the row above it (按年龄段分:, 其中按供养方式分), its parts
 * indented under it: the parts of that row, checked against it as a 其中 list is. The label was read
 * as a section, and the bands as rows of their own, never added up.
 */

const bands = (elderly: number): CellInput[][] => [
  ["指标", "单位", "2024年6月末", "2023年6月末", "同比(%)"],
  ["特困人员", "人", 3710, 3650, 1.6],
  ["按年龄段分:", null, null, null, null],
  ["　　老年人(60周岁及以上)", "人", elderly, 2790, elderly === 2774 ? -0.6 : 2.7],
  ["　　成年人(16-59周岁)", "人", 871, 789, 10.4],
  ["　　未成年人(未满16周岁)", "人", 65, 71, -8.5],
  ["集中供养特困人员", "人", 1058, 1031, 2.6],
];

describe("a breakdown announced by a label row", () => {
  it("bands that add up raise nothing, and the row after them is no band", () => {
    expect(found(bands(2774))).toEqual([]);
  });
  it("bands over their total are found on it", () => {
    expect(found(bands(2864))).toEqual(["sum-mismatch@C2"]);
  });
  it("rows not indented under the label are not taken for its parts", () => {
    const flush = bands(2864).map((r) => (typeof r[0] === "string" ? [r[0].replace(/^\u3000+/, ""), ...r.slice(1)] : r));
    expect(found(flush)).toEqual([]);
  });
});
