import fc from "fast-check";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, HEADER, type CellInput } from "../table/grid-helpers";

/**
 * The table checks' own patterns over what a clerk typed — a note's stated growth and previous
 * figure (notes.ts), the dates on a form's title and footer rows (table/build.ts) — must be total
 * and linear. A cell holds at most 32,767 characters: each trigger is repeated to that length in a
 * note cell, a title cell and a footer cell, and the check's time compared with a quarter of it.
 * Linear gives a ratio near 4, quadratic near 16; the bound is 12, and a run under 200 ms passes
 * whatever the ratio (a noisy neighbour can slow either run).
 */
const generic = getBuiltinSchema("generic")!;
const TRIGGERS = ["上年同期3.98亿元,同比增长", "较上年增长1", "上年1,2,3,4", "增幅99.9", "2024年7月", "填报日期:2024-07-", "截至2020年6月30", "1O", "8O%以上"];

function table(text: string): CellInput[][] {
  return [[`某市民政局2024年上半年${text}`], [null, null, null, null, null, null, text], HEADER, ["社会救助", "福利彩票销售", "亿元", 4.7, 3.98, 18.1, text], [`填报日期:${text}`]];
}

function ms(text: string, runs = 2): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    checkGrid(grid(table(text)), generic, { year: 2024 });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function scalesLinearly(unit: string): { ratio: number; ms: number; linear: boolean } {
  const long = unit.repeat(Math.ceil(32767 / unit.length)).slice(0, 32767);
  const small = ms(long.slice(0, long.length >> 2));
  const large = ms(long);
  const ratio = large / Math.max(small, 0.25);
  return { ratio: +ratio.toFixed(1), ms: +large.toFixed(1), linear: ratio < 12 || large < 200 };
}

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
