import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema, parseSchema } from "../../../src/core/schema";
import { buildTable, tablesOf } from "../../../src/core/table/build";
import { grid, HEADER, type CellInput } from "./grid-helpers";

const generic = getBuiltinSchema("generic")!;

/** `code@cell` of every finding with this code. */
function at(findings: Finding[], code: string): string[] {
  return findings.filter((f) => f.code === code).map((f) => `${code}@${f.cell ?? "-"}`);
}

function serious(findings: Finding[]): string[] {
  return findings.filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.cell ?? "-"}`);
}

/**
 * Two tables stacked on one sheet under headers of their own (rows 1–18), as a 民政局's half-year
 * form writes them: 社会救助 (本期 | 上年同期 | 同比) above 养老服务 (全年目标 | 上半年完成 | 完成率).
 */
function stacked(change: (rows: CellInput[][]) => void = () => {}): CellInput[][] {
  const rows: CellInput[][] = [
    ["某市民政局2025年上半年重点指标", null, null, null, null, null, null],
    ["一、社会救助", null, null, null, null, null, null],
    ["序号", "指标", "单位", "本期", "上年同期", "同比(%)", "备注"],
    [1, "低保对象", "人", 18800, 19300, -2.6, null],
    [null, "其中:城市低保对象", "人", 5200, 5400, -3.7, null],
    [2, "特困人员", "人", 1781, 1752, 1.7, null],
    [3, "临时救助资金", "万元", 98.6, 92.4, 6.7, null],
    [null, null, null, null, null, null, null],
    ["二、养老服务", null, null, null, null, null, null],
    ["序号", "指标", "单位", "全年目标", "上半年完成", "完成率(%)", "责任科室"],
    [1, "新增养老床位", "张", 2000, 1100, 55, "养老服务科"],
    [null, "其中:护理型床位", "张", 1200, 700, 58.3, "养老服务科"],
    [2, "家庭养老床位", "张", 500, 268, 53.6, "养老服务科"],
    [3, "养老服务补贴资金", "万元", 2600, 1300, 50, "养老服务科"],
    [4, "经济困难老年人补贴", "人", 2600, 2614, 100.5, "养老服务科"],
    [null, null, null, null, null, null, null],
    ["填报人:周婷", null, "审核人:吴刚", null, null, null, null],
  ];
  change(rows);
  return rows;
}

describe("tables stacked on one sheet under different headers", () => {
  it("reads the second header as a header and the rows below it with its columns", () => {
    const { table, findings } = buildTable(grid(stacked()), generic);
    expect(findings).toEqual([]);
    // The table's columns stay the first table's; each segment has its own.
    expect(table.headerRows).toEqual([3]);
    expect(table.columns.map((c) => c.role)).toEqual(["serial", "indicator", "unit", "value", "previous", "growth", "note"]);
    expect(table.segments?.map((s) => s.headerRows)).toEqual([[3], [10]]);
    const second = table.segments![1];
    expect(second.columns.map((c) => `${c.role}:${c.header}`)).toEqual(["serial:序号", "indicator:指标", "unit:单位", "target:全年目标", "value:上半年完成", "completion:完成率(%)", "department:责任科室"]);
    expect(second.rows[0].row).toBe(10);
    expect(table.segments![0].rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9]);
    const byRow = new Map(table.rows.map((r) => [r.row, r]));
    expect(byRow.get(10)!.kind).toBe("header");
    // Rows keep the cells of the columns they were read with.
    const beds = byRow.get(11)!;
    expect(beds.kind).toBe("data");
    expect(beds.cells.target?.address).toBe("D11");
    expect(beds.cells.value?.quantity?.number).toBe(1100);
    expect(beds.cells.completion?.quantity?.number).toBe(55);
    expect(beds.cells.previous).toBeUndefined();
    expect(beds.cells.growth).toBeUndefined();
    expect(beds.cells.department?.raw.text).toBe("养老服务科");
    // The first table's rows are read as before.
    expect(byRow.get(4)!.cells.previous?.quantity?.number).toBe(19300);
    expect(byRow.get(4)!.cells.growth?.address).toBe("F4");
    // The outline starts afresh under the second header: 其中 belongs to 新增养老床位.
    expect(byRow.get(12)!.parentRow).toBe(11);
    expect(byRow.get(12)!.partKind).toBe("of-which");
    expect(byRow.get(11)!.parentRow).toBeUndefined();
    expect(byRow.get(17)!.kind).toBe("footer");
    // Each table as a model of its own: the title, period and its own header, columns and rows.
    const parts = tablesOf(table);
    expect(parts.map((p) => [p.headerRows, p.columns.length, p.rows.length, p.title, p.period?.label])).toEqual([
      [[3], 7, 6, "某市民政局2025年上半年重点指标\n一、社会救助", "2025年上半年"],
      [[10], 7, 8, "某市民政局2025年上半年重点指标\n一、社会救助", "2025年上半年"],
    ]);
  });

  it("a clean stacked table raises no error and no warning", () => {
    expect(serious(checkGrid(grid(stacked()), generic).findings)).toEqual([]);
  });

  it("finds the second table's defects on its cells, with its columns' names", () => {
    const findings = checkGrid(
      grid(
        stacked((rows) => {
          rows[9][4] = "2024年上半年完成"; // E10: last year's header kept
          rows[12][5] = 35.6; // F13: 268 / 500 is 53.6%
          rows[13][2] = "人"; // C14: 资金 counted in persons
          rows[11][4] = 1700; // E12: 其中 above its total (E11: 1100)
          rows[11][5] = 141.7;
        }),
      ),
      generic,
    ).findings;
    const completion = findings.filter((f) => f.code === "completion-mismatch");
    expect(completion.map((f) => [f.cell, f.column, f.expected])).toEqual([["F13", "完成率(%)", "53.6"]]);
    expect(at(findings, "unit-mismatch")).toEqual(["unit-mismatch@C14"]);
    const period = findings.filter((f) => f.code === "period-mismatch");
    expect(period.map((f) => [f.cell, f.column, f.value])).toEqual([["E10", "2024年上半年完成", "2024年上半年"]]);
    const sum = findings.filter((f) => f.code === "sum-mismatch");
    // On the total's cell (新增养老床位 1100 under its 其中 1700).
    expect(sum.map((f) => [f.cell, f.column])).toEqual([["E11", "2024年上半年完成"]]);
    // Nothing else: the second header is no data row, its figures no growths.
    expect(serious(findings).sort()).toEqual(["completion-mismatch@F13", "period-mismatch@E10", "sum-mismatch@E11", "unit-mismatch@C14"]);
  });

  it("checks a period in the second header against the title, as the first header's", () => {
    const findings = checkGrid(grid(stacked((rows) => (rows[9][3] = "2024年目标"))), generic).findings;
    expect(findings.filter((f) => f.code === "period-mismatch").map((f) => [f.cell, f.column])).toEqual([["D10", "2024年目标"]]);
    expect(serious(checkGrid(grid(stacked((rows) => (rows[9][3] = "2025年目标"))), generic).findings)).toEqual([]);
  });

  it("still finds the first table's defects above the second header", () => {
    const findings = checkGrid(grid(stacked((rows) => (rows[5][5] = 17))), generic).findings;
    expect(serious(findings)).toEqual(["growth-mismatch@F6"]);
  });

  it("reads a third table under the first header's columns again", () => {
    const rows = stacked();
    rows.splice(15, 0, ["三、社会事务", null, null, null, null, null, null], ["序号", "指标", "单位", "本期", "上年同期", "同比(%)", "备注"], [1, "结婚登记", "对", 4200, 4000, 5]);
    const { table } = buildTable(grid(rows), generic);
    expect(table.segments?.map((s) => s.headerRows)).toEqual([[3], [10], [17]]);
    expect(table.rows.find((r) => r.row === 18)!.cells.growth?.quantity?.number).toBe(5);
    expect(serious(checkGrid(grid(rows), generic).findings)).toEqual([]);
    rows[17][5] = 50;
    expect(serious(checkGrid(grid(rows), generic).findings)).toEqual(["growth-mismatch@F18"]);
  });

  it("a second header of two rows, sharing 序号 | 指标 | 单位 with the first", () => {
    const rows: CellInput[][] = [
      ["某市民政局2025年上半年重点指标", null, null, null, null, null],
      ["序号", "指标", "单位", "本期", "上年同期", "同比(%)"],
      [1, "低保对象", "人", 18800, 19300, -2.6],
      ["二、养老服务", null, null, null, null, null],
      ["序号", "指标", "单位", "2025年", null, "完成率(%)"],
      [null, null, null, "全年目标", "上半年完成", null],
      [1, "新增养老床位", "张", 2000, 1100, 55],
    ];
    const sheet = grid(rows, { merges: [{ top: 4, bottom: 4, left: 3, right: 4 }] });
    const { table } = buildTable(sheet, generic);
    expect(table.segments?.map((s) => s.headerRows)).toEqual([[2], [5, 6]]);
    expect(table.segments![1].columns.map((c) => `${c.role}:${c.header}`)).toEqual(["serial:序号", "indicator:指标", "unit:单位", "target:2025年 / 全年目标", "value:2025年 / 上半年完成", "completion:完成率(%)"]);
    expect(table.rows.map((r) => r.kind)).toEqual(["data", "section", "header", "header", "data"]);
    expect(serious(checkGrid(sheet, generic).findings)).toEqual([]);
    rows[6][5] = 65;
    expect(serious(checkGrid(grid(rows, { merges: [{ top: 4, bottom: 4, left: 3, right: 4 }] }), generic).findings)).toEqual(["completion-mismatch@F7"]);
  });

  it("a sheet-level finding stands once, and only when no table gives the indicator", () => {
    const parsed = parseSchema({
      id: "test-required",
      name: { zh: "测试", en: "Test" },
      columns: generic.columns,
      indicators: [
        { name: "低保对象", kind: "count", dimension: "persons", unit: "人", required: true },
        { name: "家庭养老床位", kind: "count", dimension: "count", unit: "张", required: true },
        { name: "孤儿", kind: "count", dimension: "persons", unit: "人", required: true },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const findings = checkGrid(grid(stacked()), parsed.schema).findings;
    // 低保对象 is in the first table, 家庭养老床位 in the second: only 孤儿 is missing, once.
    expect(findings.filter((f) => f.code === "missing-indicator").map((f) => f.expected)).toEqual(["孤儿"]);
  });
});

describe("one table reads as before", () => {
  const single: CellInput[][] = [
    HEADER,
    ["社会救助", "低保标准", "元/月", 1100, 1050, 4.8, null],
    ["社会救助", "特困人员", "人", 1781, 1752, 1.7, null],
    ["养老服务", "一、养老", null, null, null, null, null],
    ["养老服务", "养老床位", "张", "—", "—", "—", "年中统计"],
    ["养老服务", "养老机构", "家", 45, 41, 9.8, null],
  ];

  it("has no segments, and a text row under its header is no header", () => {
    const { table } = buildTable(grid(single), generic);
    expect(table.segments).toBeUndefined();
    expect(tablesOf(table)).toEqual([table]);
    expect(table.rows.map((r) => r.kind)).toEqual(["data", "data", "section", "data", "data"]);
    expect(table.rows[3].cells.value?.raw.text).toBe("—");
  });

  it("a header written again (the first header's own texts) stays a repeated header", () => {
    const rows = [...single, HEADER, ["社会救助", "低保标准", "元/月", 1100, 1050, 4.8, null]];
    const { table } = buildTable(grid(rows), generic);
    expect(table.segments).toBeUndefined();
    expect(table.rows[5].kind).toBe("header");
    expect(table.rows[6].cells.growth?.quantity?.number).toBe(4.8);
  });

  it("finds what it found before", () => {
    const rows = single.map((r) => [...r]);
    rows[1][5] = 48;
    expect(serious(checkGrid(grid(rows), generic).findings)).toEqual(["growth-mismatch@F2", "empty-value@D5"]);
  });
});
