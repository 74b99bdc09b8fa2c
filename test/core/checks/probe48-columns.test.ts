import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable, classifyHeader } from "../../../src/core/table";
import { grid, type CellInput, withCell } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Probe 48's header readings in tables of places:
 * - a change beside a figure with no previous column (低保标准 | 较上年提高 under 单位:元, 持证社会工作者(人) |
 *   比上年增减) was read as a growth in percent (120 元 asked about as a 120% growth), and in the first
 *   the figure was no column at all (missing-column);
 * - a change in a unit (比上年增减(人)) with no previous column: its 合计 was never added up;
 * - 乡镇(街道)数(个) was read as a column of names (the rate beside it went unchecked, or the table
 *   was cut in two);
 * - two plans in units of different kinds (改造计划(户), 补助资金计划(万元)) were called one column twice.
 */
const schema = getBuiltinSchema("generic")!;



describe("a change beside a figure, no previous column", () => {
  const STANDARD: CellInput[][] = [
    ["2024年各县(市、区)低保标准情况", null, null],
    [null, null, "单位:元/人·月"],
    ["县(市、区)", "低保标准", "较上年提高"],
    ["柯城区", 1130, 120],
    ["衢江区", 1080, 90],
  ];

  it("a wide table's figure with its change after it: the figure is the value, the change no growth in %", () => {
    expect(found(STANDARD)).toEqual([]);
    const value = buildTable(grid(STANDARD), schema).table.columns.find(
      (c) => c.role === "value",
    );
    expect(value?.header).toBe("低保标准");
    expect(value?.headerUnit).toBe("元");
  });

  const SOCIAL_WORKERS: CellInput[][] = [
    ["县(市、区)", "持证社会工作者(人)", "比上年增减"],
    ["柯城区", 1286, 142],
    ["衢江区", 1054, 96],
    ["常山县", 1362, -24],
    ["合计", 3702, 214],
  ];

  it("a change with no unit or % beside a count in 人 asks for no reason of a growth", () => {
    expect(found(SOCIAL_WORKERS)).toEqual([]);
  });

  it("a change that says it is in %, a 同比, or one under a 单位 line listing % stays a growth", () => {
    expect(found(withCell(SOCIAL_WORKERS, 0, 2, "比上年增减(%)"))).toEqual([
      "growth-implausible@C2",
      "growth-implausible@C5",
    ]);
    expect(found(withCell(SOCIAL_WORKERS, 0, 2, "同比增长"))).toEqual([
      "growth-implausible@C2",
      "growth-implausible@C5",
    ]);
    const listed: CellInput[][] = [["单位:人、%"], ...SOCIAL_WORKERS];
    expect(found(listed)).toEqual([
      "growth-implausible@C3",
      "growth-implausible@C6",
    ]);
  });
});

describe("a change in a unit with no previous column adds up at its 合计", () => {
  const CHANGES: CellInput[][] = [
    ["县(市、区)", "持证社会工作者(人)", "比上年增减(人)"],
    ["柯城区", 1286, 142],
    ["常山县", 1362, -24],
    ["合计", 2648, 118],
  ];

  it("a 合计 that is the parts' sum passes; one that is not is found", () => {
    expect(found(CHANGES)).toEqual([]);
    expect(found(withCell(CHANGES, 3, 2, 108))).toEqual(["sum-mismatch@C4"]);
  });

  it("beside a previous column the total's change is checked against its own figures, not added up again", () => {
    const rows: CellInput[][] = [
      ["地区", "低保人数(人)", "上年同期(人)", "比上年增减(人)"],
      ["甲县", 5200, 5400, -200],
      ["乙县", 3100, 3000, 100],
      ["合计", 8300, 8400, -150],
    ];
    expect(found(rows)).toEqual(["growth-mismatch@D4"]);
  });

  it("rows in different units are not added up in the change column either", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本期", "增减量"],
      ["一、社会救助", "人", 100, 10],
      ["1.低保对象", "人", 80, 6],
      ["2.低保资金", "万元", 20, 30],
    ];
    expect(found(rows).filter((f) => f.startsWith("sum-mismatch"))).toEqual([]);
  });
});

describe("a count of places is a figure column", () => {
  it("乡镇(街道)数(个) is a count in 个, 乡镇(街道) alone still names the rows", () => {
    expect(classifyHeader(["乡镇(街道)数(个)"], schema)).toMatchObject({
      role: "value",
      unit: "个",
    });
    expect(classifyHeader(["街道数量"], schema)).toMatchObject({
      role: "value",
      unit: "个",
    });
    expect(classifyHeader(["乡镇(街道)"], schema)?.role).toBe("indicator");
    expect(classifyHeader(["县(市、区)"], schema)?.role).toBe("indicator");
  });

  const STATIONS: CellInput[][] = [
    ["县(市、区)", "乡镇(街道)数(个)", "已建成社工站(个)", "社工站覆盖率(%)"],
    ["衢江区", 15, 14, 93.3],
    ["江山市", 27, 25, 92.6],
    ["常山县", 25, 23, 92.0],
    ["合计", 67, 62, 92.5],
  ];

  it("the coverage rate beside it is checked against the two counts", () => {
    expect(found(STATIONS)).toEqual([]);
    expect(found(withCell(STATIONS, 3, 3, 29.0))).toEqual([
      "completion-mismatch@D4",
    ]);
  });

  it("after a count and its change, the places' count does not start a second table", () => {
    const rows: CellInput[][] = [
      [
        "县(市、区)",
        "持证社会工作者(人)",
        "比上年增减(人)",
        "乡镇(街道)数(个)",
        "已建成社工站(个)",
        "社工站覆盖率(%)",
        "较上年提高(个百分点)",
      ],
      ["柯城区", 1286, 142, 18, 18, 100.0, 5.6],
      ["衢江区", 1054, 96, 15, 14, 93.3, 13.3],
      ["常山县", 1362, -24, 25, 23, 92.0, 8.0],
      ["合计", 3702, 214, 58, 55, 94.8, 8.2],
    ];
    expect(buildTable(grid(rows), schema).table.beside).toBeUndefined();
    expect(found(rows)).toEqual([]);
    expect(found(withCell(rows, 3, 5, 29.0))).toEqual([
      "completion-mismatch@F4",
    ]);
  });
});

describe("two plans in units of different kinds", () => {
  const PLANS: CellInput[][] = [
    [
      "县(市、区)",
      "改造计划(户)",
      "实际完成(户)",
      "完成率(%)",
      "补助资金计划(万元)",
      "实际拨付(万元)",
      "拨付率(%)",
    ],
    ["莲都区", 320, 300, 93.8, 96.0, 90.6, 94.4],
    ["龙泉市", 180, 152, 84.4, 54.0, 46.2, 85.6],
    ["合计", 500, 452, 90.4, 150.0, 136.8, 91.2],
  ];

  it("are two measures' plans, not one column twice; the second rate is checked against its own plan", () => {
    expect(found(PLANS)).toEqual([]);
    expect(found(withCell(PLANS, 1, 6, 49.4))).toEqual([
      "completion-mismatch@G2",
    ]);
  });

  it("two plans in one kind of unit are still one column written twice", () => {
    expect(found(withCell(PLANS, 0, 4, "补助计划(户)"))).toContain(
      "duplicate-column@E1",
    );
  });
});
