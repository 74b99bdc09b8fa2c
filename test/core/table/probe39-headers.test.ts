import { checkGrid } from "../../../src/core/checks";
import type { Finding } from "../../../src/core/findings";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import { grid, type CellInput } from "./grid-helpers";

// Probe 39: a line of declarations above the header (统计截至:…, 单位:个、人、%) is never the header,
// whatever units it lists: `%` among them made the line read as naming a percent column.

const generic = getBuiltinSchema("generic")!;

function columns(rows: CellInput[][]): string[] {
  return buildTable(grid(rows), generic).table.columns.map((c) => `${c.header}:${c.role}`);
}

function alarms(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows), generic)
    .findings.filter((f: Finding) => f.severity !== "info")
    .map((f: Finding) => `${f.code}@${f.cell ?? "-"}`);
}

const body: CellInput[][] = [
  ["街道(乡镇)", "居委会(个)"],
  ["城关街道", 14],
  ["东城街道", 11],
  ["合计", 25],
];

describe("declaration lines above the header (probe 39)", () => {
  it("统计截至 beside 单位:个、人、% is a title line: the header is the row below it", () => {
    const rows: CellInput[][] = [["统计截至:2025年6月30日", "单位:个、人、%"], ...body];
    expect(columns(rows)).toEqual(["街道(乡镇):indicator", "居委会(个):value"]);
    expect(alarms(rows)).toEqual([]);
  });

  it("so too 统计截止 beside 计量单位:户、万元、%, and 填报日期 beside 金额单位:万元、%", () => {
    expect(columns([["统计截止:2025年6月30日", "计量单位:户、万元、%"], ...body])).toEqual(["街道(乡镇):indicator", "居委会(个):value"]);
    expect(columns([["填报日期:2025年7月5日", "金额单位:万元、%"], ...body])).toEqual(["街道(乡镇):indicator", "居委会(个):value"]);
  });

  it("a header row that names its value column by a unit beside real names is still a header", () => {
    const rows: CellInput[][] = [
      ["项目", "本期", "单位:万元"],
      ["城乡低保资金", 6120.5, null],
      ["临时救助资金", 412.6, null],
    ];
    expect(columns(rows).slice(0, 2)).toEqual(["项目:indicator", "本期:value"]);
  });
});
