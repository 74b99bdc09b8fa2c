import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

// Counties down the side; three indicators across, each over 本期 | 上年同期 | 同比(%), the group
// header merged over its three columns and the county header over both header rows. Clean figures.
const GROUPS: CellInput[][] = [
  ["县(市、区)", "城乡低保对象(人)", "城乡低保对象(人)", "城乡低保对象(人)", "特困人员(人)", "特困人员(人)", "特困人员(人)", "临时救助资金(万元)", "临时救助资金(万元)", "临时救助资金(万元)"],
  ["县(市、区)", "本期", "上年同期", "同比(%)", "本期", "上年同期", "同比(%)", "本期", "上年同期", "同比(%)"],
  ["城关区", 4120, 4285, -3.9, 612, 598, 2.3, 186.2, 171.5, 8.6],
  ["高新区", 1386, 1422, -2.5, 158, 149, 6, 52.7, 48.3, 9.1],
  ["安平县", 8934, 9210, -3, 1843, 1810, 1.8, 312.5, 296.8, 5.3],
];
const MERGES = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 0, right: 3 },
  { top: 0, left: 4, bottom: 0, right: 6 },
  { top: 0, left: 7, bottom: 0, right: 9 },
];

function codes(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows, { merges: MERGES }), generic)
    .findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`)
    .sort();
}

function withCell(row: number, col: number, v: CellInput): CellInput[][] {
  return GROUPS.map((r, i) => (i === row ? r.map((c, k) => (k === col ? v : c)) : r));
}

describe("indicators in groups across a two-row header", () => {
  it("a clean table has no findings (the later groups were 4 duplicate-column errors)", () => {
    expect(codes(GROUPS)).toEqual([]);
  });
  it("the group's unit is its figures': 1385.5 persons under 城乡低保对象(人) is a fraction of a person", () => {
    expect(codes(withCell(3, 1, 1385.5))).toEqual(["non-integer-count@B4"]);
  });
  it("a later group's cells get the checks of one cell alone: a negative count under 特困人员(人) / 上年同期", () => {
    expect(codes(withCell(2, 5, -598))).toEqual(["negative-value@F3"]);
  });
  it("the first group is compared as before: a growth with its sign lost", () => {
    expect(codes(withCell(3, 3, 2.5))).toEqual(["growth-mismatch@D4"]);
  });
  it("each later group is compared as a table of its own: its growth, its blanks", () => {
    expect(codes(withCell(2, 6, -2.3))).toEqual(["growth-mismatch@G3"]);
    expect(codes(withCell(3, 7, null))).toEqual(["empty-value@H4"]);
  });
});

describe("cell-error: an error value in any cell of a data row", () => {
  it("#N/A in a later group's 同比(%), a column the checks do not read", () => {
    expect(codes(withCell(2, 9, { value: null, text: "#N/A", error: "#N/A" }))).toEqual(["cell-error@J3"]);
  });
  it("#DIV/0! in a mapped column is reported once", () => {
    expect(codes(withCell(2, 3, { value: null, text: "#DIV/0!", error: "#DIV/0!" }))).toEqual(["cell-error@D3"]);
  });
});

describe("indicator groups whose names stand above a one-row header: repeated blocks", () => {
  // 结婚登记 | 离婚登记 named above, the header row below repeating 本期 | 上年同期 | 同比(%).
  const rows: CellInput[][] = [
    ["2025年婚姻登记情况"],
    ["地区", "结婚登记", null, null, "离婚登记", null, null],
    ["地区", "本期", "上年同期", "同比(%)", "本期", "上年同期", "同比(%)"],
    ["城关区", 1642, 1700, -3.4, 398, 412, -3.4],
    ["高新区", 812, 790, 2.8, 120, 118, 1.7],
  ];
  const run = (r: CellInput[][]) =>
    checkGrid(grid(r), generic)
      .findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`)
      .sort();
  it("a clean table has no findings (the repeated block was 3 duplicate-column warnings)", () => {
    expect(run(rows)).toEqual([]);
  });
  it("each later block is compared as a table of its own: a growth with its sign lost under 离婚登记", () => {
    const r = rows.map((x) => [...x]);
    r[3][6] = 3.4;
    expect(run(r)).toEqual(["growth-mismatch@G4"]);
  });
  it("a finding names the block's column with its group, as a two-row header's: 离婚登记 / 本期", () => {
    const r = rows.map((x) => [...x]);
    r[4][4] = null;
    const found = checkGrid(grid(r), generic).findings.filter((f) => f.code === "empty-value");
    expect(found.map((f) => [f.cell, f.column])).toEqual([["E5", "离婚登记 / 本期"]]);
    expect(found[0].message).toContain("离婚登记 / 本期");
  });
  it("one header written twice side by side is still a duplicate", () => {
    expect(run([["指标", "本期", "本期", "上年同期"], ["低保对象", 100, 100, 90]])).toEqual(["duplicate-column@C1"]);
  });
});

describe("two measures under one period", () => {
  it("2025年1-6月 over 数量 | 金额(万元) beside a unit column: 金额 read in 万元, no duplicate; 数量同比 | 金额同比 likewise", () => {
    const rows: CellInput[][] = [
      ["序号", "项目", "计量单位", "2025年1-6月", null, "2024年1-6月", null, "数量同比(%)", "金额同比(%)"],
      [null, null, null, "数量", "金额(万元)", "数量", "金额(万元)", null, null],
      [1, "城乡低保", "人", 48210, 21876.5, 52110, 20543.2, -7.5, 6.5],
    ];
    const merges = [
      { top: 0, left: 3, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 0, right: 6 },
    ];
    expect(checkGrid(grid(rows, { merges }), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`)).toEqual([]);
  });
});

describe("cell-error: the table's cells, not a column beyond its header", () => {
  const rows = (far: CellInput): CellInput[][] => [
    ["序号", "指标", "单位", "本期", "上年同期", "同比(%)", "备注", null, null, null, "核对(内部)"],
    [1, "城乡低保对象", "人", 48210, 52110, -7.5, null, null, null, null, far],
  ];
  it("#N/A in a 核对 column three empty columns right of the header is not the table's", () => {
    const found = (far: CellInput) => checkGrid(grid(rows(far)), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
    expect(found({ value: null, text: "#N/A", error: "#N/A" })).toEqual([]);
    // (In the 备注 column, under the header, it is the table's.)
    expect(checkGrid(grid(rows("OK").map((r, i) => (i === 1 ? r.map((c, k) => (k === 6 ? { value: null, text: "#N/A", error: "#N/A" } : c)) : r))), generic).findings.map((f: Finding) => `${f.code}@${f.cell}`)).toEqual(["cell-error@G2"]);
  });
  it("a section row with an error value stays a section: the error is found, no empty value", () => {
    const r: CellInput[][] = [
      ["序号", "指标", "单位", "本期", "上年同期", "同比(%)"],
      ["一、社会救助", null, null, null, null, { value: null, text: "#DIV/0!", error: "#DIV/0!" }],
      [1, "城乡低保对象", "人", 48210, 52110, -7.5],
    ];
    expect(checkGrid(grid(r), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`)).toEqual(["cell-error@F2"]);
  });
});

describe("a three-row header: a title over the groups, the groups, the columns under each", () => {
  const rows = (orphans: CellInput): CellInput[][] => [
    ["地区", "困难群众救助保障", null, null, null, null, null, null, null, null, "备注"],
    [null, "城乡低保户数", null, null, "特困人员", null, null, "孤儿", null, null, null],
    [null, "本期(户)", "上年同期(户)", "同比(%)", "本期(人)", "上年同期(人)", "同比(%)", "本期(人)", "上年同期(人)", "同比(%)", null],
    ["清河区", 3010, 3122, -3.6, 112, 109, 2.8, orphans, 25, -8.0, null],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 2, right: 0 },
    { top: 0, left: 1, bottom: 0, right: 9 },
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 1, left: 4, bottom: 1, right: 6 },
    { top: 1, left: 7, bottom: 1, right: 9 },
  ];
  const run = (r: CellInput[][]) => checkGrid(grid(r, { merges }), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
  it("is read as one header (it was a missing-column error, nothing checked)", () => {
    expect(run(rows(23))).toEqual([]);
  });
  it("every group is compared; the third group's figures past the second group's 同比 too (2.5 orphans)", () => {
    expect(run(rows(2.5))).toEqual(["non-integer-count@H4"]);
    const r = rows(23);
    r[3][3] = 3.6;
    expect(run(r)).toEqual(["growth-mismatch@D4"]);
  });
});

describe("a row of units under the names (单位 | 人 | 户 | 万元)", () => {
  const rows = (tekun: CellInput): CellInput[][] => [
    ["地区", "低保对象", "低保户数", "低保资金支出", "特困人员", "临时救助"],
    ["单位", "人", "户", "万元", "人", "人次"],
    ["甲县", 1820, 1240, 1480.6, tekun, 88],
    ["乙县", 2011, 1402, 1620.3, 380, 102],
  ];
  const run = (r: CellInput[][]) => checkGrid(grid(r), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
  it("is the header's: each column in its unit (it was six unit-without-number errors on a data row)", () => {
    expect(run(rows(402))).toEqual([]);
  });
  it("a fraction of a person under 特困人员 (人) is found", () => {
    expect(run(rows(402.5))).toEqual(["non-integer-count@E3"]);
  });
});

describe("figures of one kind told period by period (一季度计划 | 一季度完成 | 二季度计划 | 二季度完成 | 上半年完成 | 上半年完成率)", () => {
  const rows = (plan2: CellInput, rate = 90.9): CellInput[][] => [
    ["序号", "指标", "单位", "一季度计划", "一季度完成", "二季度计划", "二季度完成", "上半年完成", "上半年完成率(%)"],
    [1, "家庭养老床位", "张", 150, 142, plan2, 176, 318, rate],
    [2, "老年助餐服务设施", "个", 10, 9, 12, 14, 23, 104.5],
  ];
  const run = (r: CellInput[][]) => checkGrid(grid(r), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
  it("a clean table has no findings (it was 3 duplicate columns and a false completion-mismatch a row, the rate read against 一季度)", () => {
    expect(run(rows(200))).toEqual([]);
  });
  it("the quarters' figures are read alone: a negative plan is found", () => {
    expect(run(rows(-200))).toEqual(["negative-value@F2"]);
  });
});

describe("notes written left of a table that starts further right", () => {
  const table = (slip: number, notesBesideData: boolean): CellInput[][] => [
    ["填报说明:", null, null, "某市民政局2025年上半年主要指标完成情况表"],
    ["1.本表数据截至2025年6月30日。"],
    ["2.金额单位为万元,人数单位为人。", null, null, "序号", "指标", "单位", "本期", "上年同期", "同比(%)"],
    [notesBesideData ? "说明:同比按上年同期口径计算。" : null, null, null, 1, "低保对象", "人", 8204, 8630, -4.9],
    [null, null, null, 2, "低保资金支出", "万元", 6664.1, 6512.8, slip],
  ];
  const run = (r: CellInput[][]) => checkGrid(grid(r), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
  it("a label and numbered note lines name no columns: the table under its own header is read", () => {
    expect(run(table(2.3, false))).toEqual([]);
    expect(run(table(32.3, false))).toEqual(["growth-mismatch@I5"]);
  });
  it("a 说明: line beside a data row does not make the rest of the sheet its footer", () => {
    expect(run(table(32.3, true))).toEqual(["growth-mismatch@I5"]);
  });
});
