import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable, classifyHeader } from "../../../src/core/table";
import { grid, type CellInput } from "./grid-helpers";

/**
 * Probe 79 / probe 51: a label word (地区, 街道, 区域, 项目) inside a longer measure name — 地区生产总值(亿元),
 * 街道(乡镇)居家养老服务中心(个) — names a figure column, not the rows' labels; read as a second column of
 * names it was reported as a duplicate-column. Only a header that is the label (地区, 所属地区,
 * 县(市、区), 救助项目) or goes on with text (地区名称) labels the rows.
 */
const generic = getBuiltinSchema("generic")!;
const role = (h: string) => classifyHeader([h], generic)?.role ?? null;

describe("a label word inside a measure's name", () => {
  it.each(["地区生产总值(亿元)", "人均地区生产总值(元)", "街道(乡镇)居家养老服务中心(个)", "区域面积(平方公里)", "乡镇敬老院(个)"])(
    "%s is a figure column in its unit",
    (h) => {
      expect(classifyHeader([h], generic)).toMatchObject({ role: "value", unit: h.slice(h.lastIndexOf("(") + 1, -1) });
    },
  );

  it.each(["地区生产总值", "区域面积", "项目数"])("%s (a measure word, no unit) is no column of names", (h) => {
    expect(role(h)).not.toBe("indicator");
  });

  it.each(["地区", "所属地区", "地区名称", "乡镇(街道)名称", "街道社区", "救助项目", "服务项目", "县(市、区)", "乡镇(街道)"])(
    "%s still labels the rows",
    (h) => {
      expect(role(h)).toBe("indicator");
    },
  );
});

describe("a table of places with measures named after them", () => {
  const PLACES: CellInput[][] = [
    ["乡镇(街道)", "常住人口(人)", "地区生产总值(亿元)", "人均地区生产总值(元)"],
    ["城关镇", 52630, 68.42, 130002],
    ["河口镇", 27610, 20.15, 72981],
    ["白沙乡", 13240, 7.85, 59290],
  ];

  it("reads one column of names and the rest as figures", () => {
    const cols = buildTable(grid(PLACES), generic).table.columns.map((c) => `${c.header}:${c.role}`);
    expect(cols.filter((c) => c.endsWith(":indicator"))).toEqual(["乡镇(街道):indicator"]);
    expect(cols).toContain("地区生产总值(亿元):value");
  });

  it.each(["generic", "civil-affairs"])("raises no duplicate-column under %s", (schemaId) => {
    const codes = checkGrid(grid(PLACES), getBuiltinSchema(schemaId)!).findings.map((f) => f.code);
    expect(codes).not.toContain("duplicate-column");
  });

  it("nor for 街道(乡镇)…中心(个) beside 县(市、区), a table of places under a long table (probe 51)", () => {
    const rows: CellInput[][] = [
      ["表1  养老服务主要指标"],
      ["指标名称", "计量单位", "2025年6月末", "2024年末"],
      ["养老机构", "个", 146, 149],
      ["养老床位总数", "张", 21460, 20985],
      [],
      ["表2  各县(市、区)居家社区养老服务情况"],
      ["县(市、区)", "街道(乡镇)居家养老服务中心(个)", "社区(村)养老服务站点(个)", "老年助餐点(个)"],
      ["甲区", 12, 72, 62],
      ["乙区", 9, 58, 48],
      ["丙县", 15, 96, 71],
    ];
    const codes = checkGrid(grid(rows), generic).findings.map((f) => f.code);
    expect(codes).not.toContain("duplicate-column");
  });
});
