import { classifyHeader } from "../../../src/core/table";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import { grid, type CellInput } from "./grid-helpers";

// Probe 57: a dated header that names its measure (2025年1-6月销量, 2025年末登记数), a year's end under
// a group (床位数(张) over 2025年末 | 2024年末), and a figure of the row before the dated group
// (补贴标准 | 享受人数 over 2025年6月末 | 2024年6月末 | 同比).

const generic = getBuiltinSchema("generic")!;

function columns(rows: CellInput[][], schemaId = "generic"): string[] {
  return buildTable(grid(rows), getBuiltinSchema(schemaId)!).table.columns.map(
    (c) => `${c.header}:${c.role}`,
  );
}

const figures: CellInput[][] = [
  ["甲", 31240, 29570, 5.6],
  ["乙", 11045, 10390, 6.3],
];

describe("a period, then what is measured in it (2025年1-6月销量)", () => {
  const MEASURES = [
    "销量",
    "销售额",
    "筹集公益金",
    "募捐额",
    "床位数",
    "登记对数",
    "火化数",
    "件数",
    "次数",
    "办理量",
    "受理量",
    "人数",
    "支出",
    "完成数",
  ];

  it("is the period's figure of that measure, whatever the measure, beside any label column", () => {
    for (const label of ["项目", "指标", "游戏名称", "类别"])
      for (const m of MEASURES) {
        const rows: CellInput[][] = [
          [label, `2025年1-6月${m}`, `2024年1-6月${m}`, "同比(%)"],
          ...figures,
        ];
        expect(columns(rows).slice(1)).toEqual([
          `2025年1-6月${m}:value`,
          `2024年1-6月${m}:previous`,
          "同比(%):growth",
        ]);
      }
  });

  it("so too at a year's end (2025年末床位数, 2025年底床位数(张), 2025年6月末人数)", () => {
    for (const [a, b] of [
      ["2025年末床位数", "2024年末床位数"],
      ["2025年底床位数(张)", "2024年底床位数(张)"],
      ["2025年6月末人数", "2024年6月末人数"],
      ["2025年度销量", "2024年度销量"],
    ])
      expect(columns([["项目", a, b, "增长(%)"], ...figures]).slice(1)).toEqual(
        [`${a}:value`, `${b}:previous`, "增长(%):growth"],
      );
  });

  it("reads the period as it did: 2025年1-6月 with 销量, the year 2025 with 末床位数", () => {
    expect(classifyHeader(["2025年1-6月销量"], generic)).toMatchObject({
      role: "value",
      period: { year: 2025, half: 1 },
    });
    expect(classifyHeader(["2025年末床位数(张)"], generic)).toMatchObject({
      role: "value",
      unit: "张",
      period: { year: 2025 },
    });
  });

  it("a text column after a period, or a rate that does not say it is in percent, is no figure of the period", () => {
    for (const h of [
      "2025年工作措施",
      "2025年工作安排",
      "2025年末覆盖率",
      "2025年完成时间",
      "2025年责任单位",
      "2025年进展情况",
    ])
      expect(classifyHeader([h], generic)?.role).not.toBe("value");
  });

  it("a period alone over categories (2025年1-6月 over 城市 | 农村 | 合计) is read as before", () => {
    const rows: CellInput[][] = [
      ["项目", "2025年1-6月", null, null, "2024年1-6月", "同比(%)"],
      [null, "城市", "农村", "合计", null, null],
      ["低保对象", 100, 200, 300, 280, 7.1],
      ["特困人员", 10, 20, 30, 28, 7.1],
    ];
    expect(columns(rows)).toEqual([
      "项目:indicator",
      "2025年1-6月 / 合计:value",
      "2024年1-6月:previous",
      "同比(%):growth",
    ]);
  });
});

describe("a period under a group that names the measure (床位数(张) over 2025年末 | 2024年末)", () => {
  it("a year's end, 年底, or the year alone: value and previous in the group's unit", () => {
    for (const [a, b] of [
      ["2025年末", "2024年末"],
      ["2025年底", "2024年底"],
      ["2025年", "2024年"],
      ["2025年6月末", "2024年6月末"],
      ["2025年1-6月", "2024年1-6月"],
    ]) {
      const rows: CellInput[][] = [
        ["项目", "床位数(张)", null, null],
        [null, a, b, "增长(%)"],
        ...figures,
      ];
      const table = buildTable(grid(rows), generic).table;
      expect(
        table.columns.map((c) => `${c.header}:${c.role}:${c.headerUnit ?? ""}`),
      ).toEqual([
        "项目:indicator:",
        `床位数(张) / ${a}:value:张`,
        `床位数(张) / ${b}:previous:张`,
        "床位数(张) / 增长(%):growth:",
      ]);
    }
  });
});

describe("2025年末登记数 over 社会团体 | 基金会 | 合计 (probe 57)", () => {
  it("the categories' total is the row's value; the categories are figures beside it", () => {
    const rows: CellInput[][] = [
      ["登记管理机关", "2025年末登记数", null, null, "上年末合计", "增长(%)"],
      [null, "社会团体", "基金会", "合计", null, null],
      ["市本级", 486, 58, 544, 530, 2.6],
      ["上城区", 612, 6, 618, 600, 3.0],
    ];
    expect(columns(rows)).toEqual([
      "登记管理机关:indicator",
      "2025年末登记数 / 合计:value",
      "上年末合计:previous",
      "增长(%):growth",
    ]);
  });
});

describe("a figure of the row before the dated group (补贴标准 | 享受人数 over 2025年6月末 | 2024年6月末 | 同比)", () => {
  it("the dated group is value, previous and growth; the column before it is no value of the row", () => {
    const rows: CellInput[][] = [
      ["序号", "补贴项目", "补贴标准(元/人·月)", "享受人数(人)", null, null],
      [null, null, null, "2025年6月末", "2024年6月末", "同比(%)"],
      ["一", "生活补贴", "—", 300, 250, 20.0],
      [1, "低保家庭", 180, 200, 150, 33.3],
      [2, "低保边缘家庭", 90, 100, 100, 0.0],
    ];
    const table = buildTable(grid(rows), generic).table;
    expect(table.columns.map((c) => `${c.header}:${c.role}`)).toEqual([
      "序号:serial",
      "补贴项目:indicator",
      "享受人数(人) / 2025年6月末:value",
      "享受人数(人) / 2024年6月末:previous",
      "享受人数(人) / 同比(%):growth",
    ]);
    // (Read as a figure of the row beside its value, cell by cell.)
    expect(table.figureExtras?.map((c) => c.header)).toEqual([
      "补贴标准(元/人·月)",
    ]);
  });

  it("so too a count of institutions before dated bed columns in one header row", () => {
    const rows: CellInput[][] = [
      [
        "类别",
        "机构数(个)",
        "2025年末床位数(张)",
        "2024年末床位数(张)",
        "增长(%)",
      ],
      ["一、养老机构", 157, 30240, 29570, 2.3],
      ["二、家庭养老照护床位", "—", 3850, 2600, 48.1],
    ];
    expect(columns(rows)).toEqual([
      "类别:indicator",
      "2025年末床位数(张):value",
      "2024年末床位数(张):previous",
      "增长(%):growth",
    ]);
  });

  it("before an undated group (本期 | 上年同期 | 同比) nothing changes: 保障户数 stays the row's value", () => {
    const rows: CellInput[][] = [
      [
        "项目",
        "保障户数(户)",
        "保障标准(元/人·月)",
        "上年同期标准(元/人·月)",
        "标准增幅(%)",
      ],
      ["城市低保", 5362, 1080, 1030, 4.9],
      ["农村低保", 14208, 1080, 1030, 4.9],
    ];
    expect(columns(rows)[1]).toBe("保障户数(户):value");
  });
});
