import fc from "fast-check";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, HEADER, type CellInput } from "../table/grid-helpers";
import { bestOf, scalesLinearly as linear } from "../linear";

/**
 * The table checks' own patterns over what a clerk typed — a note's stated growth and previous
 * figure (notes.ts), the dates on a form's title and footer rows (table/build.ts) — must be total
 * and linear. A cell holds at most 32,767 characters: each trigger is repeated to that length in a
 * note cell, a title cell and a footer cell, and the check's time compared with a quarter of it.
 * Linear time as ../linear measures it (the whole length against a quarter, ratio under 12); a
 * run under 200 ms passes whatever the ratio.
 */
const generic = getBuiltinSchema("generic")!;
const TRIGGERS = ["上年同期3.98亿元,同比增长", "较上年增长1", "上年1,2,3,4", "增幅99.9", "2024年7月", "填报日期:2024-07-", "截至2020年6月30", "1O", "8O%以上", "1月至", "超额完成(", "处室负责人:", "统计时段:2024年4月1日—", "2024年4月1日至6月", "统计截止:", "本年度不统计", "年底统计"];

function table(text: string): CellInput[][] {
  return [[`某市民政局2024年上半年${text}`], [null, null, null, null, null, null, text], HEADER, ["社会救助", "福利彩票销售", "亿元", 4.7, 3.98, 18.1, text], [`填报日期:${text}`]];
}

const scalesLinearly = (unit: string) => linear(unit, 32767, (text) => bestOf(2, () => checkGrid(grid(table(text)), generic, { year: 2024 })), { floorMs: 0.25, passMs: 200 });

describe("table checks' patterns over typed text", () => {
  test.each(TRIGGERS)("stay linear on %j repeated to 32,767 characters", (unit) => {
    expect(scalesLinearly(unit)).toMatchObject({ linear: true });
  });

  test("property: never throw on any note, title or footer text, and stay linear on a random trigger mix", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRIGGERS, "%", "。", "年", "月", "日", "亿", "万元", "9"), { minLength: 1, maxLength: 12 }), (parts) => {
        expect(scalesLinearly(parts.join(""))).toMatchObject({ linear: true });
      }),
      { numRuns: 25 },
    );
  });
});
