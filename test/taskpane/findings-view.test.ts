import type { Finding } from "../../src/core/findings";
import type { TableModel, TableRow } from "../../src/core/table/types";
import { applyFilter, canExplain, codesPresent, groupFindings, withExplanation } from "../../src/taskpane/findings-view";
import { luminance, themeFor } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

const row = (n: number, indicator: string, category?: string): TableRow => ({ row: n, kind: "data", indicator, indicatorKey: indicator, level: 0, category, cells: {} });
const table: TableModel = {
  sheet: "Sheet1",
  headerRows: [2],
  columns: [],
  rows: [row(4, "低保对象", "社会救助"), row(5, "特困人员", "社会救助"), row(9, "养老机构", "养老服务"), row(12, "其他事项")],
};
const F: Finding[] = [
  { code: "growth-mismatch", severity: "error", cell: "E9", row: 9, indicator: "养老机构", message: "增幅与数值不符" },
  { code: "missing-column", severity: "error", column: "单位", message: "缺少单位列" },
  { code: "growth-implausible", severity: "warning", cell: "E5", row: 5, indicator: "特困人员", message: "增幅异常" },
  { code: "empty-value", severity: "error", cell: "C4", row: 4, indicator: "低保对象", message: "数值为空" },
  { code: "unknown-indicator", severity: "info", cell: "B12", row: 12, indicator: "其他事项", message: "未知指标" },
  { code: "out-of-range", severity: "warning", cell: "C4", row: 4, indicator: "低保对象", message: "超出范围", explanation: "政策扩面" },
];

describe("grouping the findings by severity and category", () => {
  test("severity order error, warning, info; structure first, sections in sheet order, unnamed last", () => {
    const groups = groupFindings(applyFilter(F, { severities: ["error", "warning", "info"], codes: [] }), table);
    expect(groups.map((g) => [g.severity, g.count, g.categories.map((c) => [c.category, c.items.map((i) => i.finding.cell ?? "-")])])).toEqual([
      ["error", 3, [[null, ["-"]], ["社会救助", ["C4"]], ["养老服务", ["E9"]]]],
      ["warning", 2, [["社会救助", ["C4", "E5"]]]],
      ["info", 1, [["", ["B12"]]]],
    ]);
  });

  test("300,000 findings in two sections are grouped (spreading a section's rows into Math.min overflowed the stack)", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(i + 2, `指标${i}`, i < 500 ? "社会救助" : undefined));
    const many: Finding[] = Array.from({ length: 300_000 }, (_, i) => ({ code: "unknown-indicator", severity: "info", cell: `B${(i % 1000) + 2}`, row: (i % 1000) + 2, message: "未知指标" }));
    const groups = groupFindings(applyFilter(many, { severities: ["info"], codes: [] }), { ...table, rows });
    expect(groups).toHaveLength(1);
    expect(groups[0].categories.map((c) => [c.category, c.items.length, c.items[0].finding.row])).toEqual([
      ["社会救助", 150_000, 2],
      ["", 150_000, 502],
    ]);
  });

  test("ids are the findings' indices, so a selection survives filtering", () => {
    const items = applyFilter(F, { severities: ["warning"], codes: [] });
    expect(items.map((i) => i.id)).toEqual(["2", "5"]);
    expect(items.map((i) => F[Number(i.id)])).toEqual(items.map((i) => i.finding));
  });

  test("filter by severity and code together", () => {
    expect(applyFilter(F, { severities: ["error", "warning"], codes: ["empty-value", "out-of-range"] }).map((i) => i.finding.code)).toEqual(["empty-value", "out-of-range"]);
    expect(applyFilter(F, { severities: [], codes: [] })).toEqual([]);
    expect(codesPresent(F)).toEqual(["growth-mismatch", "missing-column", "growth-implausible", "empty-value", "unknown-indicator", "out-of-range"]);
  });
});

describe("核实 (explanations)", () => {
  test("only warnings on an indicator can be explained; errors never", () => {
    expect(F.map(canExplain)).toEqual([false, false, true, false, false, true]);
  });

  test("setting and withdrawing an explanation touches the matching warnings only", () => {
    const set = withExplanation(F, F[2], "新增对象集中纳入");
    expect(set[2].explanation).toBe("新增对象集中纳入");
    expect(set.filter((f, i) => f !== F[i]).length).toBe(1);
    const cleared = withExplanation(F, F[5], undefined);
    expect(cleared[5]).not.toHaveProperty("explanation");
    expect(cleared[5].message).toBe("超出范围");
  });
});

describe("theme from Office's", () => {
  test("luminance of hex colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(luminance("#fff")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBeNull();
  });

  test("dark Office theme → Fluent's dark theme; light, unknown or missing → light", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});
