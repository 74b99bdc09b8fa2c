import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { buildTable } from "../../../src/core/table/build";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

function run(rows: CellInput[][]): Finding[] {
  return checkGrid(grid(rows), generic).findings;
}

/** `code@cell` of every finding (sheet-level as `code@-`). */
function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell ?? "-"}`).sort();
}

const MONTHLY_HEADER: CellInput[] = ["序号", "指标名称", "计量单位", "本月", "本年累计", "上年同期累计", "同比增减(%)"];
// Clean rows: growth = (本年累计 − 上年同期累计) / 上年同期累计, one decimal; 本月 compared with nothing.
const MONTHLY: CellInput[][] = [
  MONTHLY_HEADER,
  [1, "临时救助", "人次", 1320, 7201, 6890, 4.5],
  [2, "临时救助资金", "万元", 152.6, 865.3, 912.4, -5.2],
  [3, "结婚登记", "对", 1105, 6120, 6543, -6.5],
  [4, "离婚登记", "对", 402, 2208, 2356, -6.3],
  [5, "火化遗体", "具", 812, 5436, 5310, 2.4],
];

/** The clean 月报 with one 本月 cell (column D) of a data row replaced. */
function monthlyWith(row: number, value: CellInput): CellInput[][] {
  return MONTHLY.map((r, i) => (i === row ? r.map((c, k) => (k === 3 ? value : c)) : r));
}

describe("an unmapped figure column (本月 beside 本年累计) gets the per-cell checks", () => {
  it("a clean 月报 has no findings", () => {
    expect(run(MONTHLY)).toEqual([]);
  });

  it("negative-value: -402 对 in 本月", () => {
    const f = run(monthlyWith(4, -402));
    expect(codes(f)).toEqual(["negative-value@D5"]);
    expect(f[0].column).toBe("本月");
    expect(f[0].indicator).toBe("离婚登记");
  });

  it("non-integer-count: 812.5 具 in 本月", () => {
    expect(codes(run(monthlyWith(5, 812.5)))).toEqual(["non-integer-count@D6"]);
  });

  it("cell-error: #VALUE! in 本月", () => {
    expect(codes(run(monthlyWith(2, { value: null, text: "#VALUE!", error: "#VALUE!" })))).toEqual(["cell-error@D3"]);
  });

  it("not-a-number: prose in 本月", () => {
    expect(codes(run(monthlyWith(1, "见附件")))).toEqual(["not-a-number@D2"]);
  });

  it("a fraction of money or a negative growth-like row is no finding", () => {
    // 152.6万元 is no count; a signed row (增减) may be negative.
    expect(run(monthlyWith(2, 152.65))).toEqual([]);
    const rows = [...MONTHLY, [6, "低保人数净增减", "人", -12, 40, 38, 5.3]];
    expect(run(rows)).toEqual([]);
  });

  it("is never read by the cross-field rules: 本年累计's growth stays checked, 本月 not compared", () => {
    // 本月 far from 本年累计 and 上年同期累计: still no growth or scale finding.
    expect(run(monthlyWith(1, 5))).toEqual([]);
    // A wrong growth is still found on 本年累计 (G), as before.
    const wrong = MONTHLY.map((r, i) => (i === 2 ? r.map((c, k) => (k === 6 ? 5.2 : c)) : r));
    expect(codes(run(wrong))).toEqual(["growth-mismatch@G3"]);
  });

  it("a month (6月) or period column beside mapped figures is checked too", () => {
    const rows: CellInput[][] = [
      ["指标名称", "单位", "6月", "本期", "上年同期", "同比增长(%)"],
      ["结婚登记", "对", -40, 6120, 6543, -6.5],
      ["火化遗体", "具", 12.5, 5436, 5310, 2.4],
    ];
    expect(codes(run(rows))).toEqual(["negative-value@C2", "non-integer-count@C3"]);
  });

  it("the table model keeps the column out of `columns`", () => {
    const { table } = buildTable(grid(monthlyWith(4, -402)), generic);
    expect(table.columns.map((c) => c.header)).not.toContain("本月");
    expect(table.figureExtras?.map((c) => [c.col, c.header])).toEqual([[3, "本月"]]);
  });
});

describe("text, serial and code columns stay unchecked", () => {
  it("责任人 with names, 备注 with text, 指标代码 with codes: nothing new", () => {
    const rows: CellInput[][] = [
      ["序号", "指标代码", "指标名称", "计量单位", "本年累计", "上年同期累计", "同比增减(%)", "责任人", "备注"],
      [1, "A01", "临时救助", "人次", 7201, 6890, 4.5, "陈敏", "含急难型-12户"],
      [2, "A02", "结婚登记", "对", 6120, 6543, -6.5, "王建平", "#N/A"],
      [3, "A03", "火化遗体", "具", 5436, 5310, 2.4, "李华", "812.5"],
    ];
    const { table } = buildTable(grid(rows), generic);
    expect(table.figureExtras).toBeUndefined();
    // 责任人 (H) gets nothing; 备注 (I, a note column) only what it got before; A–G as without both.
    const all = codes(run(rows));
    expect(all.filter((c) => /@H/.test(c))).toEqual([]);
    expect(all.filter((c) => !/@[HI]/.test(c))).toEqual(codes(run(rows.map((r) => r.slice(0, 7)))));
  });

  it("an unknown header over text is no figure column; over figures it is", () => {
    const text: CellInput[][] = [
      ["指标名称", "单位", "本期", "上年同期", "同比增长(%)", "工作进展"],
      ["结婚登记", "对", 6120, 6543, -6.5, "按计划推进"],
      ["火化遗体", "具", 5436, 5310, 2.4, "已完成-2项"],
    ];
    expect(run(text)).toEqual([]);
    const numbers: CellInput[][] = [
      ["指标名称", "单位", "本期", "上年同期", "同比增长(%)", "其他口径"],
      ["结婚登记", "对", 6120, 6543, -6.5, -3],
      ["火化遗体", "具", 5436, 5310, 2.4, 7],
    ];
    expect(codes(run(numbers))).toEqual(["negative-value@F2"]);
  });
});
