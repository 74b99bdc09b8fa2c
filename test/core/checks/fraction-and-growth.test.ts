import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

const run = (rows: CellInput[][]): Finding[] => checkGrid(grid(rows), generic).findings;
const HEADER: CellInput[] = ["指标", "单位", "本期", "上年同期", "同比增长(%)"];

describe("a fraction of a person and the growth worked out from it", () => {
  it("a stray decimal (9318.4 人) leaves the growth as good: a stated 3.2 for 1.2 is its own slip", () => {
    const f = run([HEADER, ["特困人员", "人", { value: 9318.4, text: "9,318", numberFormat: "#,##0" }, 9207, 3.2]]);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["non-integer-count@C2", "growth-mismatch@E2"]);
    // The stored figure is said: the number format's 9,318 hides the fraction reported.
    expect(f[0].value).toBe("9318.4");
  });
  it("a 万 lost (8.9 人 beside 86000) throws the growth: only the figure is reported", () => {
    const f = run([HEADER, ["低保对象", "人", 8.9, 86000, 3.5]]);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["scale-suspect@C2", "non-integer-count@C2"]);
  });
});
