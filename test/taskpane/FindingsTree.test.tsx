/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";
import type { Finding } from "../../src/core/findings";
import { FindingsTree } from "../../src/taskpane/components/FindingsTree";
import { applyFilter, groupFindings } from "../../src/taskpane/findings-view";
import { makeTranslate } from "../../src/taskpane/i18n";

// A large sheet: 250 empty values in one section and 3 in another.
const findings: Finding[] = [
  ...Array.from({ length: 250 }, (_, i): Finding => ({ code: "empty-value", severity: "error", cell: `D${i + 2}`, row: i + 2, indicator: `指标${i + 1}`, message: "数值为空" })),
  ...Array.from({ length: 3 }, (_, i): Finding => ({ code: "scale-suspect", severity: "warning", cell: `D${i + 300}`, row: i + 300, indicator: `其他${i}`, message: "量级可疑" })),
];
const table = {
  sheet: "S",
  headerRows: [1],
  columns: [],
  rows: findings.map((f) => ({ row: f.row!, kind: "data" as const, indicator: f.indicator!, indicatorKey: f.indicator!, level: 0, category: f.severity === "error" ? "社会救助" : "养老服务", cells: {} })),
};
const groups = groupFindings(applyFilter(findings, { severities: ["error", "warning", "info"], codes: [] }), table);
const leaves = () => screen.getAllByRole("treeitem").filter((el) => el.getAttribute("data-cell"));

describe("the findings tree on a large sheet", () => {
  test("shows 100 findings per category, then more on request (click or Enter)", () => {
    const onSelect = jest.fn();
    render(<FindingsTree t={makeTranslate("zh-CN")} groups={groups} activeId={null} onSelect={onSelect} />);
    expect(leaves()).toHaveLength(103);
    const more = screen.getByTestId("show-more");
    expect(more.textContent).toBe("再显示 100 条（还有 150 条）");
    fireEvent.click(more);
    expect(leaves()).toHaveLength(203);
    expect(screen.getByTestId("show-more").textContent).toBe("再显示 50 条（还有 50 条）");
    screen.getByTestId("show-more").focus();
    fireEvent.keyDown(screen.getByTestId("show-more"), { key: "Enter" });
    expect(leaves()).toHaveLength(253);
    expect(screen.queryByTestId("show-more")).toBeNull();
    expect(onSelect).not.toHaveBeenCalled();
  });

  test("counts on the branches are the full counts, not the shown ones", () => {
    render(<FindingsTree t={makeTranslate("en-US")} groups={groups} activeId={null} onSelect={() => {}} />);
    const errors = screen.getAllByRole("treeitem").find((el) => el.textContent?.startsWith("Errors (mandatory)"))!;
    expect(errors.textContent).toContain("250");
  });
});
