import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

function codes(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows), generic)
    .findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`)
    .sort();
}

// 2023年同期 shown for context beside 本期 and 上年同期 of a 2025 form: growth = 本期 / 上年同期 − 1.
const HISTORY: CellInput[][] = [
  ["2025年上半年社会事务工作统计表"],
  ["指标", "计量单位", "2023年同期", "本期", "上年同期", "增减%", "备注"],
  ["结婚登记", "对", 7012, 6354, 6821, -6.8, ""],
  ["离婚登记", "对", 1965, 1803, 1912, -5.7, ""],
  ["火化遗体", "具", 11862, 12304, 11968, 2.8, ""],
];

describe("a previous column of a given year beside 上年同期 is history, not the growth's base", () => {
  it("a clean form with a 2023年同期 column has no findings (it was 3 growth-mismatch and a period-mismatch)", () => {
    expect(codes(HISTORY)).toEqual([]);
  });
  it("a growth that does not follow from 本期 and 上年同期 is still found", () => {
    const rows = HISTORY.map((r, i) => (i === 2 ? r.map((c, k) => (k === 5 ? 6.8 : c)) : r));
    expect(codes(rows)).toEqual(["growth-mismatch@F3"]);
  });
  it("the history column's own cells are still read alone: a negative count there is found", () => {
    const rows = HISTORY.map((r, i) => (i === 3 ? r.map((c, k) => (k === 2 ? -1965 : c)) : r));
    expect(codes(rows)).toEqual(["negative-value@C4"]);
  });
  it("without 上年同期, 2024年同期 is the base as before", () => {
    const rows: CellInput[][] = [["2025年上半年统计表"], ["指标", "计量单位", "本期", "2024年同期", "增减%"], ["结婚登记", "对", 6354, 6821, -6.0]];
    expect(codes(rows)).toEqual(["growth-mismatch@E3"]);
  });
});

describe("empty-value: a blank whose note says why there is no figure", () => {
  const rows = (note: string): CellInput[][] => [
    ["指标", "计量单位", "本期", "上年同期", "备注"],
    ["火化遗体", "具", 12304, 11968, ""],
    ["散葬坟墓治理", "座", null, null, note],
  ];
  it.each([["本年度不统计"], ["该指标年底统计"], ["下半年开展"], ["下半年开展认定工作"], ["本地不涉及"]])("%s: no finding", (note) => {
    expect(codes(rows(note))).toEqual([]);
  });
  it.each([["持续推进"], ["上年同期数已按年底统计口径调整"]])("%s says nothing of the blank: an empty value", (note) => {
    expect(codes(rows(note))).toEqual(["empty-value@C3"]);
  });
});

describe("上年末 beside 上年同期: 同比 compares with the same time a year before", () => {
  const rows = (growth: number): CellInput[][] => [
    ["指标", "单位", "本期末", "上年末", "上年同期", "同比(%)"],
    ["养老床位", "张", 16012, 15890, 15780, growth],
  ];
  it("a growth from 上年同期 (1.5) is right, not one from 上年末 (0.8)", () => {
    expect(codes(rows(1.5))).toEqual([]);
  });
  it("a growth from neither is found against 上年同期", () => {
    const f = checkGrid(grid(rows(3.5)), generic).findings;
    expect(f.map((x) => `${x.code}@${x.cell}→${x.expected}`)).toEqual(["growth-mismatch@F2→1.5"]);
  });
});
