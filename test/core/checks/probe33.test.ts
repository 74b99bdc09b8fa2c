import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

function found(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows), generic).findings.map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
}

// A 民政事业统计 form that numbers every row, its 其中 lines too, the list's second line indented.
const FORM: CellInput[][] = [
  ["2025年第二季度民政事业统计季报"],
  ["填报单位：某市民政局", null, null, "2025年1-6月", null, null, "计量单位：见表内"],
  ["序号", "指标代码", "指标名称", "计量单位", "本期", "上年同期", "同比增减(%)"],
  [1, "N1010", "城乡低保对象", "人", 86420, 84960, 1.7],
  [2, "N1011", "　　其中：城市低保对象", "人", 12380, 12650, -2.1],
  [3, "N1012", "　　　　　农村低保对象", "人", 74040, 72310, 2.4],
  [4, "N1013", "城乡低保户数", "户", 51230, 50410, 1.6],
  [5, "N1021", "农村五保供养对象（停用）", "人", null, null, null],
  [6, "N1030", "特困人员", "人", 18760, 18405, 1.9],
];

describe("a form whose serials count every row, its 其中 lines too (probe 33)", () => {
  it("the 其中 list goes on under its total: its lines are parts of it, not the serial's siblings", () => {
    const { table } = buildTable(grid(FORM), generic);
    const parts = table.rows.filter((r) => r.partKind === "of-which").map((r) => `${r.row}<${r.parentRow}`);
    expect(parts).toEqual(["5<4", "6<4"]);
  });

  it("so a part that does not add up is found (12380 + 74400 is no 86420)", () => {
    const rows = FORM.map((r) => [...r]);
    rows[5][4] = 74400;
    rows[5][6] = 2.9; // consistent with its own previous figure: only the sum gives it away
    expect(found(rows)).toEqual(["sum-mismatch@E4"]);
  });

  it("serials that outline (1 | 2 | 3 with 其中 lines unnumbered) keep their meaning", () => {
    const rows: CellInput[][] = [
      ["序号", "指标名称", "单位", "本期", "上年同期"],
      [1, "城乡低保对象", "人", 100, 90],
      [null, "其中：城市", "人", 40, 35],
      [null, "农村", "人", 60, 55],
      [2, "特困人员", "人", 30, 28],
    ];
    const { table } = buildTable(grid(rows), generic);
    expect(table.rows.filter((r) => r.partKind === "of-which").map((r) => `${r.row}<${r.parentRow}`)).toEqual(["3<2", "4<2"]);
  });
});

describe("a row whose name says it is no longer reported (probe 33)", () => {
  it("农村五保供养对象（停用） left blank is no empty value", () => {
    expect(found(FORM)).toEqual([]);
  });
  it("a blank row without such a mark still is", () => {
    const rows = FORM.map((r) => [...r]);
    rows[7][2] = "农村五保供养对象";
    expect(found(rows)).toContain("empty-value@E8");
  });
});

describe("a period written alone in a cell of a line above the header (probe 33)", () => {
  it("2024年1-6月 between 填报单位 and 计量单位 under a 2025 title is a period-mismatch on its cell", () => {
    const rows = FORM.map((r) => [...r]);
    rows[1][3] = "2024年1-6月";
    expect(found(rows)).toEqual(["period-mismatch@D2"]);
  });
  it("a date after its label (填报日期 | 2024年7月) is no period line", () => {
    const rows = FORM.map((r) => [...r]);
    rows[1] = ["填报单位：某市民政局", null, "填报日期", "2024年7月"];
    expect(found(rows).filter((f) => f.startsWith("period-mismatch@D2"))).toEqual([]);
  });
});

describe("sums and units of figures written with their units (probe 33)", () => {
  const rows: CellInput[][] = [
    ["类别", "指标", "2025年1-6月", "2024年1-6月", "同比"],
    ["社会救助", "低保对象", "86,420人", "84,960人", "1.7%"],
    ["社会救助", "临时救助", "6,275人次", "5,930人次", "5.8%"],
    ["社会救助", "低保资金支出", "32,649.8万元", "31,087.6万元", "5.0%"],
    ["社会救助", "特困供养资金", "15,862.8万元", "14,930.4万元", "6.2%"],
    ["社会救助", "临时救助资金", "2,486.1万元", "2,312.9万元", "7.5%"],
    ["社会救助", "救助资金小计", "50,998.7万元", "48,330.9万元", "5.5%"],
  ];
  it("a clean table raises nothing", () => {
    expect(found(rows)).toEqual([]);
  });
  it("a 小计 after the rows of its own kind adds them up, the rows of other kinds above them left out", () => {
    const r = rows.map((x) => [...x]);
    r[6][2] = "50,989.7万元";
    expect(found(r)).toEqual(["sum-mismatch@C7"]);
  });
  it("a 小计 after rows of mixed kinds is no sum to check", () => {
    const r = rows.map((x) => [...x]);
    [r[3], r[2]] = [r[2], r[3]];
    r[6][2] = "50,989.7万元";
    expect(found(r)).toEqual([]);
  });
  it("one row's figures in units of two kinds (万元 this period, 人次 last year): unit-mismatch on the value", () => {
    const r = rows.map((x) => [...x]);
    r[2][2] = "6,275万元";
    const f = checkGrid(grid(r), generic).findings.filter((x) => x.code === "unit-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["C3"]);
    expect(f[0].message).toBe("单位“万元”与同一行“2024年1-6月”的单位“人次”不一致");
  });
});
