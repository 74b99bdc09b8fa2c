import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table";
import { type CellInput, grid } from "./grid-helpers";

const generic = getBuiltinSchema("generic")!;

/**
 * A 统计月报's two measures side by side: the month's figure with its 同比 (本月 | 本月同比 [| 上年同月])
 * and the year so far's (累计 | 上年同期累计 | 累计同比). The year so far is the table's value; the
 * month's columns are a group of their own, each growth read with the period column before it.
 */
function read(header: CellInput[]): {
  columns: string[];
  groups: string[][];
  problems: string[];
} {
  const { table, findings } = buildTable(
    grid([
      ["指标名称", "计量单位", ...header],
      ["火化遗体", "具", 782, 1.8, 6240, 2.5, 1, 1].slice(0, header.length + 2),
    ]),
    generic,
  );
  const figures = (cols: typeof table.columns) =>
    cols
      .filter((c) => !["indicator", "unit"].includes(c.role))
      .map((c) => `${c.header}:${c.role}`);
  return {
    columns: figures(table.columns),
    groups: (table.groups ?? []).map((g) => figures(g.columns)),
    problems: findings.map((f) => f.code),
  };
}

describe("a monthly report's month and year so far, each with its own 同比", () => {
  it("本月 | 本月同比(%) | 本年累计: the month and its growth are a group, the year so far the value", () => {
    expect(read(["本月", "本月同比(%)", "本年累计"])).toEqual({
      columns: ["本年累计:value"],
      groups: [["本月:value", "本月同比(%):growth"]],
      problems: [],
    });
  });

  it.each([
    [["本月", "本月同比(%)", "1-8月累计", "累计同比(%)"], "1-8月累计"],
    [["本期", "本期同比(%)", "本年累计", "累计同比(%)"], "本年累计"],
    [["当月", "当月同比(%)", "本年累计", "累计同比(%)"], "本年累计"],
    // A two-row header flattened: each 同比 goes with the period column before it.
    [["本月数", "同比(%)", "1-8月累计", "同比(%)"], "1-8月累计"],
    [["8月", "同比(%)", "1-8月", "同比(%)"], "1-8月"],
    // 1-6月 is a value by the schema's aliases, 上半年 and 1-6月累计 by their words: the month beside
    // them still names the month's figure, each 同比 that figure's growth.
    [["6月", "同比(%)", "1-6月", "同比(%)"], "1-6月"],
    [["6月份", "同比(%)", "1-6月累计", "同比(%)"], "1-6月累计"],
    [["6月", "同比(%)", "上半年", "同比(%)"], "上半年"],
    [["9月", "同比增长(%)", "前三季度", "同比增长(%)"], "前三季度"],
    [["3月", "同比(%)", "1-3月", "同比(%)"], "1-3月"],
    [["2025年6月", "同比(%)", "2025年1-6月", "同比(%)"], "2025年1-6月"],
  ])("%j: two groups, no duplicate or missing column", (header, soFar) => {
    const { columns, groups, problems } = read(header as string[]);
    expect(problems).toEqual([]);
    expect(columns).toEqual([`${soFar}:value`, `${header[3]}:growth`]);
    expect(groups).toEqual([[`${header[0]}:value`, `${header[1]}:growth`]]);
  });

  it("本期 | 上年同期 | 同比 | 本年累计 | 上年同期累计 | 累计同比: 上年同期 follows 本期, the month's base", () => {
    const { table } = buildTable(
      grid([
        [
          "指标名称",
          "计量单位",
          "本期",
          "上年同期",
          "同比(%)",
          "本年累计",
          "上年同期累计",
          "累计同比(%)",
        ],
        ["火化遗体", "具", 782, 770, 1.6, 6240, 6100, 2.3],
      ]),
      generic,
    );
    expect(table.columns.map((c) => c.header)).toEqual([
      "指标名称",
      "计量单位",
      "本年累计",
      "上年同期累计",
      "累计同比(%)",
    ]);
    expect(table.groups?.map((g) => g.columns.map((c) => c.header))).toEqual([
      ["指标名称", "计量单位", "本期", "上年同期", "同比(%)"],
    ]);
  });

  it("under a 统计月报(2025年6月) title: 6月 | 同比(%) | 1-6月 | 同比(%) is two groups, no duplicate column", () => {
    const { table, findings } = buildTable(
      grid([
        ["XX市民政业务统计月报(2025年6月)"],
        ["指标", "单位", "6月", "同比(%)", "1-6月", "同比(%)"],
        ["城市低保人数", "人", 1200, 5.2, 7100, 4.8],
      ]),
      generic,
    );
    expect(findings.map((f) => f.code)).toEqual([]);
    expect(table.columns.filter((c) => c.role === "value" || c.role === "growth").map((c) => c.col)).toEqual([4, 5]);
    expect(table.groups?.map((g) => g.columns.filter((c) => c.role === "value" || c.role === "growth").map((c) => c.col))).toEqual([[2, 3]]);
  });

  it("a month and the year so far of different years, or a month that is not the year's last (5月 | 1-6月): no pair, the duplicate still found", () => {
    for (const header of [
      ["2024年6月", "同比(%)", "2025年1-6月", "同比(%)"],
      ["5月", "同比(%)", "1-6月", "同比(%)"],
      ["6月", "1-6月", "同比(%)", "同比(%)"],
    ])
      expect(read(header).problems).toEqual(["duplicate-column"]);
  });

  it("a table of months (6月 | 7月 | 8月 | 1-8月) is no month beside its year so far", () => {
    const { table } = buildTable(
      grid([
        ["指标名称", "计量单位", "6月", "7月", "8月", "1-8月"],
        ["火化遗体", "具", 782, 790, 801, 6240],
      ]),
      generic,
    );
    expect(table.groups).toBeUndefined();
    expect(table.columns.map((c) => c.header)).not.toContain("8月");
  });
});
