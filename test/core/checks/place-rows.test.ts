import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { isPlaceHeader } from "../../../src/core/table/header";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * Tables with one row per place (街道, 县市区) and one column per indicator: the columns may be
 * rates named with their indicator and no % of their own (under a `单位:%` line), and the places
 * are no indicators a catalogue could know (probe 42's c13, which found no header at all).
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!).findings.map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const COVERAGE: CellInput[][] = [
  ["2024年上半年社区服务覆盖情况"],
  ["单位:%"],
  ["街道", "社区综合服务设施覆盖率", "村级综合服务设施覆盖率", "养老服务设施覆盖率"],
  ["城关街道", 100, 98.5, 92.0],
  ["东关街道", 100, 96.2, 88.4],
  ["新华街道", 98.7, 95.0, 86.1],
  ["全区平均", 99.6, 96.6, 88.8],
];

describe("rates named with their indicator, one row per place", () => {
  it.each(["generic", "civil-affairs"])("a correct table raises nothing under %s (its average row is not summed)", (schemaId) => {
    expect(found(COVERAGE, schemaId)).toEqual([]);
  });

  it("a coverage over 100% is found on its cell", () => {
    const rows = COVERAGE.map((r) => [...r]);
    rows[3][2] = 108.5;
    expect(found(rows)).toEqual(["percent-out-of-range@C4"]);
  });

  it("a bare rate names no indicator: 覆盖率 alone is no column of figures", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本期", "上年同期", "覆盖率"],
      ["城乡低保对象", "人", 4862, 5136, 98],
    ];
    expect(found(rows)).toEqual([]);
  });
});

describe("place rows are no unknown indicators", () => {
  const COUNTIES: CellInput[][] = [
    ["2024年上半年各县市区社会救助情况"],
    ["县市区", "城乡低保人数(人)", "低保资金(万元)", "特困供养人数(人)"],
    ["城关区", 3200, 1520.5, 410],
    ["东湖区", 2800, 1310.2, 380],
    ["西山县", 5100, 2380.0, 720],
    ["合计", 11100, 5210.7, 1510],
  ];
  it("a correct table by county raises nothing under civil-affairs, not even an info", () => {
    expect(found(COUNTIES, "civil-affairs")).toEqual([]);
  });

  it("its 合计 is still checked", () => {
    const rows = COUNTIES.map((r) => [...r]);
    rows[5][2] = 5110.7;
    expect(found(rows, "civil-affairs")).toEqual(["sum-mismatch@C6"]);
  });

  it("an indicator column keeps its unknown names", () => {
    const rows: CellInput[][] = [
      ["指标名称", "单位", "本期", "上年同期"],
      ["城乡低保对象", "人", 4862, 4736],
      ["某某新业务", "个", 12, 10],
    ];
    expect(found(rows, "civil-affairs")).toEqual(["unknown-indicator@A3"]);
  });

  it.each([
    ["街道", true],
    ["县(市、区)", true],
    ["县市区", true],
    ["乡镇名称", true],
    ["地区", true],
    ["指标名称", false],
    ["项目", false],
    ["区域养老服务中心", false],
  ])("%s names places: %s", (header, places) => {
    expect(isPlaceHeader(header)).toBe(places);
  });
});
