import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

function found(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows), generic, { locale: "zh-CN" }).findings.map((f) => `${f.code}@${f.cell ?? "-"}${f.expected ? `=${f.expected}` : ""}`);
}

// 本月 2276.1 against 2190.8 a year before: +3.9%; the year so far 13069.8 against 12499.3: +4.6%.
describe("a monthly report's two pairs of columns: 本月 ↔ 上年同月, 本年累计 ↔ 上年同期累计 (probe 39)", () => {
  it("a bare 同比 after both pairs compares the year so far with the year before's, not with 上年同月", () => {
    const header: CellInput[] = ["指标", "单位", "本月", "本年累计", "上年同月", "上年同期累计", "同比(%)"];
    expect(found([header, ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3, 4.6]])).toEqual([]);
    // Wrong against its own pair: the expected growth is the year so far's.
    expect(found([header, ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3, 14.6]])).toEqual(["growth-mismatch@G2=4.6"]);
  });

  it("当月同比 and 累计同比 each with the pair they name", () => {
    const header: CellInput[] = ["指标", "单位", "当月", "累计", "上年同月", "上年累计", "当月同比", "累计同比"];
    expect(found([header, ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3, 3.9, 4.6]])).toEqual([]);
    // The month's growth is checked against the month's figures. (A growth header with no % beside a
    // unit column is read in the row's unit and left alone when it is not the change: so with %.)
    const percent: CellInput[] = ["指标", "单位", "当月", "累计", "上年同月", "上年累计", "当月同比(%)", "累计同比(%)"];
    expect(found([percent, ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3, 9.3, 4.6]])).toEqual(["growth-mismatch@G2=3.9"]);
    expect(found([percent, ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3, 3.9, 6.4]])).toEqual(["growth-mismatch@H2=4.6"]);
  });

  it("本月 | 1-6月累计 | 去年同月 | 去年同期累计 | 同比增长%, and a pair with no growth of its own", () => {
    expect(found([["指标", "单位", "本月", "1-6月累计", "去年同月", "去年同期累计", "同比增长%"], ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3, 4.6]])).toEqual([]);
    expect(found([["指标", "单位", "当月", "累计", "上年同月", "上年累计"], ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3]])).toEqual([]);
  });

  it("each pair followed by its own growth: a bare 同比 goes with the columns before it", () => {
    const named: CellInput[] = ["指标", "单位", "本月", "上年同月", "本月同比(%)", "本年累计", "上年同期累计", "累计同比(%)"];
    expect(found([named, ["福彩销售", "万元", 2276.1, 2190.8, 3.9, 13069.8, 12499.3, 4.6]])).toEqual([]);
    const bare: CellInput[] = ["指标", "单位", "本月", "上年同月", "同比(%)", "本年累计", "上年同期累计", "同比(%)"];
    expect(found([bare, ["福彩销售", "万元", 2276.1, 2190.8, 3.9, 13069.8, 12499.3, 4.6]])).toEqual([]);
    expect(found([bare, ["福彩销售", "万元", 2276.1, 2190.8, 4.6, 13069.8, 12499.3, 4.6]])).toEqual(["growth-mismatch@E2=3.9"]);
  });

  it("one bare 同比 between the month's pair and the year's: the pair its figures agree with", () => {
    const header: CellInput[] = ["指标", "单位", "本月", "上年同月", "同比(%)", "本年累计", "上年同期累计"];
    expect(found([header, ["福彩销售", "万元", 2276.1, 2190.8, 3.9, 13069.8, 12499.3], ["公益金", "万元", 637.3, 613.4, 3.9, 3659.5, 3499.8]])).toEqual([]);
    expect(found([header, ["福彩销售", "万元", 2276.1, 2190.8, 4.6, 13069.8, 12499.3], ["公益金", "万元", 637.3, 613.4, 4.6, 3659.5, 3499.8]])).toEqual([]);
  });

  it("the month's figures are checked as a pair of their own: a growth repeating 上年同月, a month's figure far off its base", () => {
    const header: CellInput[] = ["指标", "单位", "当月", "累计", "上年同月", "上年累计", "当月同比", "累计同比"];
    expect(found([header, ["福彩销售", "万元", 2276.1, 13069.8, 2190.8, 12499.3, 2190.8, 4.6]])).toEqual(["value-in-wrong-column@G2"]);
    expect(found([header, ["福彩销售", "万元", 22761, 13069.8, 2190.8, 12499.3, null, 4.6]])).toEqual(["growth-implausible@C2=-50..100"]);
  });

  it("the ordinary 本年累计 | 上年同期 | 同比 keeps working", () => {
    const header: CellInput[] = ["指标", "单位", "本年累计", "上年同期", "同比"];
    expect(found([header, ["福彩销售", "万元", 13069.8, 12499.3, 4.6]])).toEqual([]);
    expect(found([["指标", "单位", "本年累计", "上年同期", "同比(%)"], ["福彩销售", "万元", 13069.8, 12499.3, 6.4]])).toEqual(["growth-mismatch@E2=4.6"]);
    expect(found([["指标", "单位", "本月", "本年累计", "上年同期累计", "累计同比(%)"], ["福彩销售", "万元", 2276.1, 13069.8, 12499.3, 6.4]])).toEqual(["growth-mismatch@F2=4.6"]);
  });
});
