import { checkGrid } from "../../../src/core/checks";
import { perPopulationRatios } from "../../../src/core/checks/per-population";
import { getBuiltinSchema } from "../../../src/core/schema";
import type { TableColumn } from "../../../src/core/table/types";
import { grid, withCell, type CellInput } from "../table/grid-helpers";

// A ratio per so many people beside the two figures it is worked out from, in one row:
// 老年人(万人) | 养老机构床位(张) | 每千名老年人拥有床位(张) = 床位 ÷ (万人 × 10,000) × 1,000.

const generic = getBuiltinSchema("generic")!;

function found(rows: CellInput[][]): string[] {
  return checkGrid(grid(rows), generic).findings.map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const COUNTIES: CellInput[][] = [
  ["县(市、区)", "60周岁及以上老年人(万人)", "养老机构床位(张)", "其中:护理型床位(张)", "每千名老年人拥有床位(张)", "居家养老服务对象(人)"],
  ["德清县", 11.2, 4480, 2912, 40.0, 3286],
  ["安吉县", 10.4, 4056, 2556, 39.0, 2840],
  ["长兴县", 14.3, 5291, 3122, 37.0, 4175],
  ["吴兴区", 12.6, 4662, 2704, 37.0, 3512],
  ["全市合计", 48.5, 18489, 11294, 38.1, 13813],
];

describe("a ratio per so many people against the row's own figures", () => {
  it("a clean table raises nothing", () => {
    expect(found(COUNTIES)).toEqual([]);
  });

  it("a ratio that is not 床位 ÷ 老年人 × 1,000 is a completion-mismatch on its cell", () => {
    const f = checkGrid(grid(withCell(COUNTIES, 3, 4, 33.0)), generic).findings;
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["completion-mismatch@E4"]);
    expect(f[0].expected).toBe("37");
    expect(f[0].message).toContain("每千名老年人拥有床位按养老机构床位与60周岁及以上老年人计算应为37");
  });

  it("the next column's figure typed into the ratio, its own cell blank: value-in-wrong-column", () => {
    const rows = withCell(withCell(COUNTIES, 2, 4, 2840), 2, 5, null);
    expect(found(rows)).toEqual(["value-in-wrong-column@E3"]);
  });

  it("a shifted ratio leaves the row's other findings standing (其中 larger than its total)", () => {
    // (The 合计 row's 其中 carries the same 1,600 more: only the county's 其中 exceeds its total.)
    const rows = withCell(withCell(withCell(withCell(COUNTIES, 2, 4, 2840), 2, 5, null), 2, 3, 4156), 5, 3, 12894);
    expect(found(rows).sort()).toEqual(["sum-mismatch@D3", "value-in-wrong-column@E3"]);
  });

  it("within the rounding of the written figures: silent", () => {
    // 4480 ÷ 112,000 × 1,000 = 40.0; 11.2万 may be 111,500–112,500: 39.8–40.2 pass, 40 written as 40 passes.
    expect(found(withCell(COUNTIES, 1, 4, 40))).toEqual([]);
    expect(found(withCell(COUNTIES, 1, 4, 40.2))).toEqual([]);
  });

  it("per 10,000 of the whole population (每万人拥有社会组织数(个) beside 常住人口 and 社会组织)", () => {
    const rows: CellInput[][] = [
      ["地区", "常住人口(万人)", "社会组织(个)", "每万人拥有社会组织数(个)"],
      ["甲县", 52.1, 412, 7.9],
      ["乙县", 38.6, 301, 7.8],
      ["丙县", 44.0, 396, 7.0],
    ];
    expect(found(rows)).toEqual(["completion-mismatch@D4"]);
  });

  it("no row agrees (people in 人 under a 万人 header, or another population): nothing is said", () => {
    const rows: CellInput[][] = [COUNTIES[0], ["德清县", 11.2, 4480, 2912, 44.0, 3286], ["安吉县", 10.4, 4056, 2556, 42.1, 2840], ["长兴县", 14.3, 5291, 3122, 40.2, 4175]];
    expect(found(rows)).toEqual([]);
  });

  it("two columns that name the thing (床位 twice, neither a 其中): the ratio's figures are not known", () => {
    const rows: CellInput[][] = [
      ["地区", "老年人(万人)", "养老机构床位(张)", "社区养老床位(张)", "每千名老年人拥有床位(张)"],
      ["甲县", 11.2, 4480, 1200, 40.0],
      ["乙县", 10.4, 4056, 900, 50.0],
    ];
    expect(found(rows)).toEqual([]);
  });
});

describe("perPopulationRatios", () => {
  const col = (c: number, header: string, headerUnit?: string): TableColumn => ({ col: c, header, role: "value", key: "value", ...(headerUnit ? { headerUnit } : {}) });
  it("reads 每千名X拥有Y and 每万人Y, each figure one column in a unit of its kind", () => {
    const r = perPopulationRatios([col(1, "老年人(万人)", "万人"), col(2, "养老机构床位(张)", "张"), col(3, "其中:护理型床位(张)", "张"), col(4, "每千名老年人拥有养老床位(张)", "张")]);
    expect(r.map((p) => [p.ratio.col, p.things.col, p.people.col, p.size])).toEqual([[4, 2, 1, 1000]]);
    const s = perPopulationRatios([col(1, "常住人口(万人)", "万人"), col(2, "社会组织(个)", "个"), col(3, "每万人社会组织数(个)", "个")]);
    expect(s.map((p) => [p.ratio.col, p.things.col, p.people.col, p.size])).toEqual([[3, 2, 1, 10000]]);
  });
  it("a thing counted in another unit (床位 in 万元) or no population column: none", () => {
    expect(perPopulationRatios([col(1, "老年人(万人)", "万人"), col(2, "床位建设资金(万元)", "万元"), col(3, "每千名老年人拥有床位(张)", "张")])).toEqual([]);
    expect(perPopulationRatios([col(1, "户数(户)", "户"), col(2, "床位(张)", "张"), col(3, "每千名老年人拥有床位(张)", "张")])).toEqual([]);
  });
});
