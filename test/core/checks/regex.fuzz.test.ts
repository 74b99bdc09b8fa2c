import fc from "fast-check";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, HEADER, type CellInput } from "../table/grid-helpers";
import { bestOf, scalesLinearly as linear } from "../linear";
import { POINTS_IN_WORDS, pointsInWords } from "../../../src/core/table/point-words";

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

/**
 * A difference in points written in words (快7.2, 落后8.3个百分点: point-words.ts), read in a
 * 差额(百分点) column after 完成率(%) | 序时进度(%): its pattern on its own, and the check with the text
 * in that column's cell, stay linear; the reading never throws and keeps the word's sign.
 */
const WORDED = ["快7.2", "落后序时进度8", "超过序时", "低于序时3.1个百分", "持平", "快于进度1.1.", "慢 ", "７．", "超序时进度7.2个百分点", "比序时进度快4.0个百分点", "较时间进度", "与序时进度持平", "落后于时间进度4.", "比序时慢"];
const DIFFERENCE_HEADER = ["序号", "考核指标", "单位", "年度目标", "完成数", "完成率(%)", "序时进度(%)", "差额(百分点)"];
const differenceTable = (text: string): CellInput[][] => [DIFFERENCE_HEADER, ["1", "新增养老机构床位", "张", 1200, 986, "82.2", "75.0", "快7.2"], ["2", "临时救助", "人次", 5000, 4126, "82.5", "75.0", text]];

describe("a worded difference in points", () => {
  test.each(WORDED)("its pattern stays linear on %j repeated to 32,767 characters", (unit) => {
    expect(linear(unit, 32767, (text) => bestOf(3, () => POINTS_IN_WORDS.exec(text)), { floorMs: 0.05, passMs: 50 })).toMatchObject({ linear: true });
  });

  test.each(WORDED)("the check stays linear on %j repeated to 32,767 characters in a 差额(百分点) cell", (unit) => {
    expect(linear(unit, 32767, (text) => bestOf(2, () => checkGrid(grid(differenceTable(text)), generic, { year: 2025 })), { floorMs: 0.25, passMs: 200 })).toMatchObject({ linear: true });
  });

  test("property: never throws; a reading is a finite figure, negative only after a behind word", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDED, "慢", "快", "落后", "领先", "低", "高", "比", "较", "与", "于", "序时", "进度", "时间进度", "个百分点", "%", "-", "+", "0", "9", ".", " ", "约"), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join("");
        const q = pointsInWords(text);
        if (!q) return;
        expect(Number.isFinite(q.number)).toBe(true);
        // (Or after the benchmark compared first, 比序时进度 or 较时间进度, where 低 and 高 alone say it too.)
        const compared = /^(?:比|较)(?:序时进度|时间进度|序时|进度)/.exec(text);
        const word = compared ? text.slice(compared[0].length) : text;
        if (q.number! < 0) expect(word).toMatch(compared ? /^(?:慢|落后|低|滞后)/ : /^(?:慢|落后|低于|滞后)/);
        else if (q.number! > 0) expect(word).toMatch(compared ? /^(?:快|超|领先|高)/ : /^(?:快|超|领先|高于)/);
      }),
      { numRuns: 500 },
    );
  });
});
