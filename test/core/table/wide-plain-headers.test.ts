import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table";
import { grid, type CellInput } from "./grid-helpers";

/**
 * Wide tables whose headers are plain indicator names (低保对象 | 特困人员 | 孤儿), one row per place
 * or institution, the unit on a `单位:` line above (probe 44: "未找到表头"); and label columns
 * headed 机构, 养老机构, 村(社区), 年检类型.
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

function columnsOf(rows: CellInput[][], schemaId = "generic"): string[] {
  const { table } = buildTable(grid(rows), getBuiltinSchema(schemaId)!);
  return table.columns.map((c) => `${c.header}:${c.role}${c.headerUnit ? `(${c.headerUnit})` : ""}`);
}

const PEOPLE: CellInput[][] = [
  ["单位:人"],
  ["县市区", "低保对象", "特困人员", "孤儿", "困境儿童"],
  ["城关区", 2150, 412, 46, 286],
  ["东平县", 3380, 735, 62, 412],
  ["西河县", 3090, 715, 57, 375],
  ["全市", 8620, 1862, 165, 1073],
];

const MONEY: CellInput[][] = [
  ["单位:万元"],
  ["县市区", "低保金", "特困供养金", "临时救助金", "合计"],
  ["城关区", 1986.2, 612.4, 61.9, 2660.5],
  ["东平县", 3410.6, 1286.5, 95.7, 4792.8],
  ["西河县", 2803.2, 1361.1, 68.9, 4233.2],
  ["全市", 8200, 3260, 226.5, 11686.5],
];

const MIXED: CellInput[][] = [
  ["单位:人、%"],
  ["街道", "老年人口", "失能老人", "其中:重度失能", "失能率"],
  ["东城街道", 12460, 1186, 342, 9.5],
  ["西城街道", 9830, 973, 281, 9.9],
  ["南苑街道", 7215, 752, 209, 10.4],
];

const copy = (rows: CellInput[][]) => rows.map((r) => [...r]);

describe("wide tables with plain indicator names and a 单位: line", () => {
  it("reads each plain name as a column of figures in the line's unit", () => {
    expect(columnsOf(PEOPLE)).toEqual(["县市区:indicator", "低保对象:value(人)", "特困人员:value(人)", "孤儿:value(人)", "困境儿童:value(人)"]);
    expect(columnsOf(MONEY)).toEqual(["县市区:indicator", "低保金:value(万元)", "特困供养金:value(万元)", "临时救助金:value(万元)", "合计:value(万元)"]);
  });

  it("单位:人、%: a rate takes %, the other names the one unit left", () => {
    expect(columnsOf(MIXED)).toEqual(["街道:indicator", "老年人口:value(人)", "失能老人:value(人)", "其中:重度失能:value(人)", "失能率:value(%)"]);
  });

  it.each(["generic", "civil-affairs"])("correct tables raise nothing under %s", (schemaId) => {
    expect(found(PEOPLE, schemaId)).toEqual([]);
    expect(found(MONEY, schemaId)).toEqual([]);
    expect(found(MIXED, schemaId)).toEqual([]);
  });

  it("a slip in the 全市 row is found in its column", () => {
    const rows = copy(PEOPLE);
    rows[5][2] = 1826;
    expect(found(rows)).toEqual(["sum-mismatch@C6"]);
  });

  it("a row whose parts do not make its 合计 is found", () => {
    const rows = copy(MONEY);
    rows[3][4] = 4729.8;
    expect(found(rows, "civil-affairs")).toContain("sum-mismatch@E4");
  });

  it("a rate over 100% under 单位:人、% is found", () => {
    const rows = copy(MIXED);
    rows[3][4] = 109.9;
    expect(found(rows)).toEqual(["percent-out-of-range@E4"]);
  });

  it("a rate beside named counts is read too, though the usual test found the header (乡镇 | 应享受人数 | 已享受人数 | 享受率)", () => {
    const rows: CellInput[][] = [
      ["乡镇", "应享受人数", "已享受人数", "享受率"],
      ["城关镇", 1520, 1418, "93.3%"],
      ["青石镇", 860, 812, "94.4%"],
      ["合计", 2380, 2230, "93.7%"],
    ];
    expect(found(rows)).toEqual([]);
    expect(found(rows, "civil-affairs")).toEqual([]);
    rows[1][3] = "95.3%";
    expect(found(rows)).toEqual(["completion-mismatch@D2"]);
  });

  it("long tables with ordinary headers are read as before", () => {
    const rows: CellInput[][] = [
      ["单位:人"],
      ["指标", "单位", "本期", "上年同期"],
      ["城乡低保对象", "人", 4862, 5136],
      ["特困人员", "人", 1210, 1188],
    ];
    expect(columnsOf(rows)).toEqual(["指标:indicator", "单位:unit", "本期:value", "上年同期:previous"]);
    const plain: CellInput[][] = [
      ["单位:万元"],
      ["县市区", "本期", "上年同期"],
      ["城关区", 1986.2, 1810.4],
    ];
    expect(columnsOf(plain)).toEqual(["县市区:indicator", "本期:value(万元)", "上年同期:previous(万元)"]);
  });

  it("names over text rows are no wide table: a list of options finds no header", () => {
    const rows: CellInput[][] = [
      ["县市区", "负责人", "联系方式"],
      ["城关区", "王敏", "电话"],
    ];
    expect(buildTable(grid(rows), getBuiltinSchema("generic")!).table.columns).toEqual([]);
  });
});

describe("label columns of institutions, villages and kinds", () => {
  const beds = (label: string): CellInput[][] => [
    [label, "床位数(张)", "入住人数(人)", "入住率(%)"],
    ["市社会福利院", 600, 512, 85.3],
    ["城东颐养中心", 320, 241, 75.3],
    ["合计", 920, 753, 81.8],
  ];

  it.each(["机构", "养老机构", "村(社区)", "社区(村)", "机构名称", "单位名称"])("%s names the rows: a correct table raises nothing", (label) => {
    expect(found(beds(label))).toEqual([]);
    expect(found(beds(label), "civil-affairs")).toEqual([]);
  });

  it("a slip under 机构 is found", () => {
    const rows = beds("机构");
    rows[1][3] = 88.3;
    expect(found(rows)).toEqual(["completion-mismatch@D2"]);
  });

  it("年检类型 and 机构类型 name kinds: the rows' labels", () => {
    const rows: CellInput[][] = [
      ["年检类型", "应参检数(家)", "实参检数(家)", "参检率(%)"],
      ["社会团体", 312, 298, 95.5],
      ["民办非企业单位", 298, 290, 97.3],
      ["基金会", 18, 18, 100],
      ["合计", 628, 606, 96.5],
    ];
    expect(found(rows)).toEqual([]);
    expect(found(rows, "civil-affairs")).toEqual([]);
    rows[0][0] = "机构类型";
    expect(found(rows)).toEqual([]);
    rows[2][3] = 99.3;
    expect(found(rows)).toEqual(["completion-mismatch@D3"]);
  });

  it("a count of institutions is no label: 机构数, 机构数量, 养老机构(个) further right", () => {
    const rows: CellInput[][] = [
      ["县市区", "养老机构(个)", "机构数量", "床位数(张)"],
      ["城关区", 12, 12, 600],
    ];
    expect(columnsOf(rows).map((c) => c.split(":").pop())).not.toContain("indicator(个)");
    expect(columnsOf(rows)[0]).toBe("县市区:indicator");
    expect(columnsOf(rows).filter((c) => c.endsWith(":indicator"))).toHaveLength(1);
  });
});
