import { checkGrid } from "../../../src/core/checks";
import type { Finding } from "../../../src/core/findings";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import type { MergedArea } from "../../../src/core/table/grid";
import { grid, type CellInput, withCell } from "../table/grid-helpers";

/**
 * Probe 57: measure groups side by side in a two-row header, each over dated columns of its own —
 * 享受人数(人) over 2025年6月末 | 2024年6月末 | 同比(%) (a stock), 发放金额(万元) over 2025年1-6月 |
 * 2024年1-6月 | 同比(%) (a flow), the usual layout of a subsidy table. Each group is compared within
 * itself, whatever the dates: the first group's 同比 was compared with the second group's figures
 * (a growth-mismatch a row on a correct table), and the same dates under both groups made a
 * duplicate column.
 */

const generic = getBuiltinSchema("generic")!;

const rows = (
  a: [string, string],
  b: [string, string],
  groups: [string, string] = ["享受人数(人)", "发放金额(万元)"],
): CellInput[][] => [
  ["项目", groups[0], null, null, groups[1], null, null],
  [null, a[0], a[1], "同比(%)", b[0], b[1], "同比(%)"],
  ["一级残疾人", 15238, 14960, 1.9, 2368.4, 2146.9, 10.3],
  ["二级残疾人", 19846, 19302, 2.8, 2135.7, 1902.6, 12.3],
];
const STOCK_FLOW = rows(
  ["2025年6月末", "2024年6月末"],
  ["2025年1-6月", "2024年1-6月"],
);
const SAME_DATES = rows(
  ["2025年1-6月", "2024年1-6月"],
  ["2025年1-6月", "2024年1-6月"],
);

/** The group names merged over their three columns, 项目 over both header rows (as a workbook has them). */
const MERGES: MergedArea[] = [
  { top: 0, left: 0, bottom: 1, right: 0 },
  { top: 0, left: 1, bottom: 0, right: 3 },
  { top: 0, left: 4, bottom: 0, right: 6 },
];
/** As a workbook gives merged cells: each merged cell's text in every cell it covers. */
function merged(r: CellInput[][]): CellInput[][] {
  const [top, second] = r;
  return [
    [top[0], top[1], top[1], top[1], top[4], top[4], top[4]],
    [top[0], ...second.slice(1)],
    ...r.slice(2),
  ];
}

function found(r: CellInput[][], withMerges = false): string[] {
  const g = withMerges ? grid(merged(r), { merges: MERGES }) : grid(r);
  return checkGrid(g, generic)
    .findings.filter((f: Finding) => f.severity !== "info")
    .map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
}

describe("a stock at 6月末 beside a flow of 1-6月, each under its own measure", () => {
  it("raises nothing on correct figures, merged or not (it was growth-mismatch@D3 and D4)", () => {
    expect(found(STOCK_FLOW)).toEqual([]);
    expect(found(STOCK_FLOW, true)).toEqual([]);
  });
  it("finds a wrong 同比 of the second group on its own cell", () => {
    expect(found(withCell(STOCK_FLOW, 2, 6, 1.9))).toEqual([
      "growth-mismatch@G3",
    ]);
    expect(found(withCell(STOCK_FLOW, 2, 6, 1.9), true)).toEqual([
      "growth-mismatch@G3",
    ]);
  });
  it("finds a wrong 同比 of the first group, compared with its own figures", () => {
    const said = checkGrid(
      grid(withCell(STOCK_FLOW, 3, 3, 12.3)),
      generic,
    ).findings.filter((f) => f.code === "growth-mismatch");
    expect(said.map((f) => [f.cell, f.expected])).toEqual([["D4", "2.8"]]);
  });
  it("reads each group's dated columns as its current and previous figures", () => {
    const { table } = buildTable(grid(STOCK_FLOW), generic);
    expect(
      table.columns
        .filter((c) => c.col > 0)
        .map((c) => `${c.header}:${c.role}`),
    ).toEqual([
      "享受人数(人) / 2025年6月末:value",
      "享受人数(人) / 2024年6月末:previous",
      "享受人数(人) / 同比(%):growth",
    ]);
    expect(
      table.groups?.map((g) =>
        g.columns.filter((c) => c.col > 0).map((c) => c.role),
      ),
    ).toEqual([["value", "previous", "growth"]]);
  });
});

describe("the same dates under two measures", () => {
  it("are no duplicate column (it was duplicate-column@E1)", () => {
    expect(found(SAME_DATES)).toEqual([]);
    expect(found(SAME_DATES, true)).toEqual([]);
  });
  it("a wrong 同比 of the second group is still found on its cell", () => {
    expect(found(withCell(SAME_DATES, 3, 6, 2.8))).toEqual([
      "growth-mismatch@G4",
    ]);
  });
});

describe("groups that name indicators, over dates that name only the period", () => {
  // 城乡低保对象(人) over 2025年6月末: no alias and no measure word in the group; its columns were left
  // unread (a missing 本期 column, nothing compared).
  const INDICATORS = rows(
    ["2025年6月末", "2024年6月末"],
    ["2025年6月末", "2024年6月末"],
    ["城乡低保对象(人)", "特困人员(人)"],
  ).map((r, i) => (i < 2 ? r : [r[0], r[1], r[2], r[3], 612, 598, 2.3]));
  it("are read and compared, each group within itself", () => {
    expect(found(INDICATORS, true)).toEqual([]);
    expect(found(withCell(INDICATORS, 2, 3, -1.9), true)).toEqual([
      "growth-mismatch@D3",
    ]);
    expect(found(withCell(INDICATORS, 2, 6, 3.2), true)).toEqual([
      "growth-mismatch@G3",
    ]);
  });
  it("in the group's unit: a fraction of a person is found", () => {
    expect(found(withCell(INDICATORS, 3, 1, 19846.5), true)).toEqual([
      "non-integer-count@B4",
    ]);
  });
});

describe("one dated group after a measure of its own (机构数(个) | 床位数(张) over 2025年末 | 2024年末 | 增长(%))", () => {
  // Rows of kinds; 护理型床位 over 床位数(张) | 占比(%) after the group, a mark where a kind has none.
  const BEDS: CellInput[][] = [
    ["类别", "机构数(个)", "床位数(张)", null, null, "护理型床位", null],
    [null, null, "2025年末", "2024年末", "增长(%)", "床位数(张)", "占比(%)"],
    ["养老机构", 157, 31240, 29570, 5.6, 21470, 68.7],
    ["社区养老服务设施", 1383, 11045, 10390, 6.3, 2360, 21.4],
    ["家庭养老照护床位", "—", 3850, 2600, 48.1, "—", "—"],
  ];
  it("raises nothing on correct figures (the 增长 was compared with 机构数: growth-mismatch on every row)", () => {
    expect(found(BEDS)).toEqual([]);
  });
  it("the group's 增长 is compared with the group's own figures", () => {
    const said = checkGrid(
      grid(withCell(BEDS, 3, 4, 3.6)),
      generic,
    ).findings.filter((f) => f.code === "growth-mismatch");
    expect(said.map((f) => [f.cell, f.expected])).toEqual([["E4", "6.3"]]);
  });
  it("a mark under a later group beside the row's other measures is the kind's none; by a place's row it is a figure missing", () => {
    // (In a table of kinds the — under 护理型床位 was empty-value@F5, under 机构数 empty-value@B5.)
    expect(found(BEDS)).toEqual([]);
    const places = BEDS.map((r, i) =>
      i === 0
        ? ["县(市、区)", ...r.slice(1)]
        : i === 2
          ? ["城关区", ...r.slice(1)]
          : i === 3
            ? ["高新区", ...r.slice(1)]
            : i === 4
              ? ["安平县", ...r.slice(1)]
              : r,
    );
    // (机构数 before the dated group is an attribute of the row, read as an extra column: a mark there is
    // not a required figure missing, in a table of places either.)
    expect(found(places)).toEqual(["empty-value@F5"]);
  });
  it("one group alone under a header of its own, no measure before it, is the table's figures as before", () => {
    const alone = BEDS.map((r) => [r[0], ...r.slice(2, 5)]);
    expect(buildTable(grid(alone), generic).table.groups).toBeUndefined();
    expect(found(withCell(alone, 3, 3, 3.6))).toEqual(["growth-mismatch@D4"]);
  });
});

describe("a group's measure and unit, not the catalogue's of the row's name (civil-affairs)", () => {
  const civil = getBuiltinSchema("civil-affairs")!;
  const run = (r: CellInput[][]) =>
    checkGrid(grid(r), civil)
      .findings.filter((f: Finding) => f.severity !== "info")
      .map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
  it("低保家庭 under 享受人数(人) beside 补贴标准 counts the family's persons: no unit-mismatch (it was one on D4)", () => {
    const rows: CellInput[][] = [
      ["序号", "补贴项目", "补贴标准(元/人·月)", "享受人数(人)", null, null],
      [null, null, null, "2025年6月末", "2024年6月末", "同比(%)"],
      ["一", "生活补贴", "—", 300, 250, 20.0],
      [1, "低保家庭", 180, 200, 150, 33.3],
      [2, "低保边缘家庭", 90, 100, 100, 0.0],
    ];
    expect(run(rows)).toEqual([]);
    // (A one-row header's 本期(人) names no measure: 低保家庭 there is still counted in 户.)
    expect(
      run([
        ["项目", "本期(人)"],
        ["低保家庭", 200],
        ["特困人员", 90],
      ]),
    ).toEqual(["unit-mismatch@B2"]);
  });
  it("养老机构 under 床位数(张) is no count of institutions: the catalogue's range in 家 is not its (under 机构数(家) it is)", () => {
    const beds = (group: string): CellInput[][] => [
      ["类别", group, null, null],
      [null, "2025年末", "2024年末", "增长(%)"],
      ["养老机构", 31240, 29570, 5.6],
    ];
    expect(run(beds("床位数(张)"))).toEqual([]);
    expect(run(beds("机构数(家)"))).toEqual(["out-of-range@B3"]);
  });
});
