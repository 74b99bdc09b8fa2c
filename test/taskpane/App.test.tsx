/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import type { Finding } from "../../src/core/findings";
import { getBuiltinSchema } from "../../src/core/schema";
import { buildTable } from "../../src/core/table";
import type { Grid, GridCell } from "../../src/core/table/grid";
import type { TableModel } from "../../src/core/table/types";
import * as excel from "../../src/excel";
import type { CheckOutcome } from "../../src/excel";
import { App } from "../../src/taskpane/App";

// The pane's only door to Excel is src/excel; here it is a mock whose calls the tests inspect.
jest.mock("../../src/excel", () => ({
  checkActiveSheet: jest.fn(),
  clearMarks: jest.fn(),
  selectCell: jest.fn(),
  writeNarrativeSheet: jest.fn(),
  saveExplanation: jest.fn(),
  removeExplanation: jest.fn(),
  writeFindingsSheet: jest.fn(),
  startLiveMode: jest.fn(),
  hostCapabilities: jest.fn(),
}));
const mocked = excel as jest.Mocked<typeof excel>;

// The table the mocked excel layer hands back is built by the real core from a small real grid.
const g = (value: string | number | null): GridCell => ({ value, text: value === null ? "" : String(value) });
const GRID: Grid = {
  sheet: "金华",
  originRow: 0,
  originCol: 0,
  rows: [
    ["类别", "指标名称", "单位", "2023年", "2022年", "同比增长(%)"].map(g),
    ["社会救助", "城乡低保对象", "万人", 5.2, 5.0, 4].map(g),
    ["社会救助", "特困供养人员", "人", 6100, 5900, 3.4].map(g),
    ["养老服务", "养老机构床位", "张", 41000, 40000, 2.5].map(g),
  ],
};
const TABLE: TableModel = buildTable(GRID, getBuiltinSchema("civil-affairs")!).table;
const FINDINGS: Finding[] = [
  { code: "empty-value", severity: "error", cell: "D9", row: 9, indicator: "婚姻登记", message: "数值为空" },
  { code: "growth-implausible", severity: "warning", cell: "D3", row: 3, indicator: "特困供养人员", message: "同比增长 180%，超出合理范围" },
  { code: "growth-mismatch", severity: "error", cell: "F4", row: 4, indicator: "养老机构床位", message: "增幅与本期、上期数值不符" },
  { code: "unknown-indicator", severity: "info", cell: "B12", row: 12, indicator: "其他", message: "模式中没有这个指标" },
];
const OUTCOME: CheckOutcome = {
  sheet: "金华",
  address: "A1:F4",
  report: { version: 1, tool: "jiaohe", source: "金华", summary: { error: 2, warning: 1, info: 1 } },
  table: TABLE,
  findings: FINDINGS,
  marked: 4,
  unmarked: 0,
  markMode: "notes",
};

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to reflow its actions.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;

beforeEach(() => {
  jest.clearAllMocks();
  localStorage.clear();
  mocked.checkActiveSheet.mockResolvedValue(OUTCOME);
  mocked.clearMarks.mockResolvedValue({ restored: 4 });
  mocked.selectCell.mockResolvedValue();
  mocked.writeNarrativeSheet.mockResolvedValue({ sheet: "情况综述", address: "A1:A3" });
  mocked.saveExplanation.mockResolvedValue();
  mocked.removeExplanation.mockResolvedValue();
  mocked.writeFindingsSheet.mockResolvedValue({ sheet: "校核结果" });
  mocked.hostCapabilities.mockReturnValue({ notes: true, comments: true, getRanges: true, cellProperties: true, onChanged: true, baseline: true });
});

async function checkNow() {
  fireEvent.click(screen.getByRole("button", { name: "检查" }));
  await screen.findByRole("tree", { name: "问题列表" });
}
const leaf = (cellAddress: string) => screen.getAllByRole("treeitem").find((el) => el.getAttribute("data-cell") === cellAddress)!;

describe("the task pane", () => {
  test("starts with the header and the empty state, in zh-CN by default", () => {
    render(<App locale="zh-CN" />);
    expect(screen.getByRole("heading", { level: 1, name: "校核" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "还没有检查结果" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "清除标记" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "生成综述" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("speaks en-US when Office's display language is English", () => {
    render(<App locale="en-US" />);
    expect(screen.getByRole("heading", { level: 1, name: "Jiaohe" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check" })).toBeTruthy();
    expect(screen.getByText("Nothing checked yet")).toBeTruthy();
  });

  test("检查 checks with the chosen schema and shows counts and the findings grouped by severity and category", async () => {
    render(<App locale="zh-CN" />);
    await checkNow();
    expect(mocked.checkActiveSheet).toHaveBeenCalledTimes(1);
    const opts = mocked.checkActiveSheet.mock.calls[0][0];
    expect([opts.schemaId, opts.schema.id, opts.locale, opts.mark]).toEqual(["civil-affairs", "civil-affairs", "zh-CN", true]);

    expect(screen.getByTestId("count-error").textContent).toBe("错误 2");
    expect(screen.getByTestId("count-warning").textContent).toBe("待核实 1");
    expect(screen.getByTestId("count-explained").textContent).toBe("已核实 0");
    expect(screen.getByTestId("count-info").textContent).toBe("提示 1");
    expect(screen.getByText("已在 4 个单元格上标注")).toBeTruthy();

    const tree = screen.getByRole("tree", { name: "问题列表" });
    const text = tree.textContent ?? "";
    // severities in order, categories within them
    expect(text.indexOf("错误（强制性）")).toBeLessThan(text.indexOf("警告（核实性）"));
    expect(text.indexOf("警告（核实性）")).toBeLessThan(text.indexOf("提示"));
    expect(within(tree).getAllByText("养老服务").length).toBe(1);
    expect(within(tree).getAllByText("社会救助").length).toBe(1);
    // each row: cell, indicator, message
    expect(leaf("D3").textContent).toContain("D3特困供养人员");
    expect(leaf("D3").textContent).toContain("同比增长 180%，超出合理范围");
    expect(screen.queryByRole("heading", { name: "还没有检查结果" })).toBeNull();
  });

  test("says when the host could not mark cells, or when some were left unmarked", async () => {
    mocked.checkActiveSheet.mockResolvedValueOnce({ ...OUTCOME, marked: 0, markMode: "list" });
    render(<App locale="zh-CN" />);
    await checkNow();
    expect(screen.getByText("此版本的 Excel 不能在单元格上标注：问题只列在下方。")).toBeTruthy();
    expect(screen.queryByText(/已在 .* 个单元格上标注/)).toBeNull();
    mocked.checkActiveSheet.mockResolvedValueOnce({ ...OUTCOME, marked: 3, unmarked: 1 });
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByText("已在 3 个单元格上标注");
    expect(screen.getByText("另有 1 个单元格超出一次标注的上限，未标注，只列在下方。")).toBeTruthy();
  });

  test("clicking a finding, or Enter on it, selects its cell on its sheet", async () => {
    render(<App locale="zh-CN" />);
    await checkNow();
    fireEvent.click(leaf("F4"));
    expect(mocked.selectCell).toHaveBeenLastCalledWith("金华", "F4");
    leaf("D3").focus();
    fireEvent.keyDown(leaf("D3"), { key: "Enter" });
    expect(mocked.selectCell).toHaveBeenLastCalledWith("金华", "D3");
    expect(leaf("D3").getAttribute("aria-current")).toBe("true");
  });

  test("filters by severity and by code", async () => {
    render(<App locale="zh-CN" />);
    await checkNow();
    expect(screen.getAllByRole("treeitem").filter((el) => el.getAttribute("data-cell")).length).toBe(4);
    fireEvent.click(screen.getByRole("checkbox", { name: "错误" }));
    const cells = () => screen.getAllByRole("treeitem").map((el) => el.getAttribute("data-cell")).filter(Boolean);
    expect(cells()).toEqual(["D3", "B12"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "提示" }));
    expect(cells()).toEqual(["D3"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "错误" }));
    // code filter: open the dropdown and pick one code
    fireEvent.click(screen.getByRole("combobox", { name: "问题代码" }));
    // (a multiselect Dropdown lists its options as menu item checkboxes)
    fireEvent.click(await screen.findByRole("menuitemcheckbox", { name: "growth-mismatch" }));
    expect(cells()).toEqual(["F4"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "错误" }));
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeTruthy();
  });

  test("核实: a warning takes an explanation, counted apart; an error cannot be explained", async () => {
    render(<App locale="zh-CN" />);
    await checkNow();
    fireEvent.click(leaf("F4"));
    expect(screen.getByText("错误（强制性）不能以说明核实，须修改数据。")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "核实说明（为什么这个数字是对的）" })).toBeNull();

    fireEvent.click(leaf("D3"));
    const box = screen.getByRole("textbox", { name: "核实说明（为什么这个数字是对的）" });
    const verify = screen.getByRole("button", { name: "核实" }) as HTMLButtonElement;
    expect(verify.disabled).toBe(true);
    fireEvent.change(box, { target: { value: "  政策扩面，新增对象集中纳入 " } });
    fireEvent.click(verify);
    await screen.findByText("核实说明已保存在工作簿中。");
    expect(mocked.saveExplanation).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: "金华", indicator: "特困供养人员", code: "growth-implausible", text: "政策扩面，新增对象集中纳入" }),
      { severity: "warning" },
    );
    expect(screen.getByTestId("count-warning").textContent).toBe("待核实 0");
    expect(screen.getByTestId("count-explained").textContent).toBe("已核实 1");
    expect(leaf("D3").textContent).toContain("已核实：政策扩面，新增对象集中纳入");

    fireEvent.click(screen.getByRole("button", { name: "撤销核实" }));
    await screen.findByText("已撤销核实。");
    expect(mocked.removeExplanation).toHaveBeenCalledWith({ sheet: "金华", indicator: "特困供养人员", code: "growth-implausible" });
    expect(screen.getByTestId("count-warning").textContent).toBe("待核实 1");
  });

  test("写入校核结果表 writes the findings as they stand now, explanations included", async () => {
    render(<App locale="zh-CN" />);
    await checkNow();
    fireEvent.click(leaf("D3"));
    fireEvent.change(screen.getByRole("textbox", { name: "核实说明（为什么这个数字是对的）" }), { target: { value: "政策扩面" } });
    fireEvent.click(screen.getByRole("button", { name: "核实" }));
    await screen.findByText("核实说明已保存在工作簿中。");
    fireEvent.click(screen.getByRole("button", { name: "写入校核结果表" }));
    await screen.findByText("已写入工作表“校核结果”，每条问题都链接到它的单元格。");
    const [report, locale] = mocked.writeFindingsSheet.mock.calls[0];
    expect(locale).toBe("zh-CN");
    expect(report.schema).toBe("civil-affairs");
    expect(report.sheets?.[0].name).toBe("金华");
    expect(report.sheets?.[0].findings.map((f) => [f.cell, f.explanation ?? null])).toEqual([
      ["D9", null],
      ["D3", "政策扩面"],
      ["F4", null],
      ["B12", null],
    ]);
    expect(report.summary).toEqual({ error: 2, warning: 0, info: 1, explained: 1 });
  });

  test("live check: re-checks on edits until switched off", async () => {
    let liveOpts: Parameters<typeof excel.startLiveMode>[0] | undefined;
    const stop = jest.fn().mockResolvedValue(undefined);
    mocked.startLiveMode.mockImplementation(async (opts) => {
      liveOpts = opts;
      return stop;
    });
    render(<App locale="zh-CN" />);
    await checkNow();
    fireEvent.click(screen.getByRole("switch", { name: "实时检查：编辑后自动重查" }));
    await waitFor(() => expect((screen.getByRole("switch") as HTMLInputElement).checked).toBe(true));
    expect(liveOpts).toMatchObject({ schemaId: "civil-affairs", locale: "zh-CN" });
    // an edit fixed the empty value: the excel layer re-checked and reports one error fewer
    act(() => liveOpts!.onFindings({ ...OUTCOME, findings: FINDINGS.slice(1) }));
    expect(screen.getByTestId("count-error").textContent).toBe("错误 1");
    expect(screen.getByText("已按最新编辑重新检查。")).toBeTruthy();
    fireEvent.click(screen.getByRole("switch"));
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1));
    expect((screen.getByRole("switch") as HTMLInputElement).checked).toBe(false);
  });

  test("live check on a host without worksheet.onChanged says so and stays off", async () => {
    mocked.hostCapabilities.mockReturnValue({ notes: false, comments: false, getRanges: false, cellProperties: false, onChanged: false, baseline: true });
    render(<App locale="zh-CN" />);
    fireEvent.click(screen.getByRole("switch", { name: "实时检查：编辑后自动重查" }));
    await screen.findByText("此版本的 Excel 不支持实时检查。");
    expect(mocked.startLiveMode).not.toHaveBeenCalled();
    expect((screen.getByRole("switch") as HTMLInputElement).checked).toBe(false);
  });

  test("清除标记 restores the formats and says how many cells; the list stays, the marked count goes", async () => {
    render(<App locale="zh-CN" />);
    await checkNow();
    expect(screen.getByText("已在 4 个单元格上标注")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText("已恢复 4 个单元格的原格式。");
    expect(mocked.clearMarks).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("已在 4 个单元格上标注")).toBeNull();
    expect(leaf("D3")).toBeTruthy();
  });

  test("a progress bar while a large sheet is read", async () => {
    let finish!: (v: CheckOutcome) => void;
    mocked.checkActiveSheet.mockImplementation((opts) => {
      opts.onProgress?.(0.25);
      return new Promise((resolve) => (finish = resolve));
    });
    render(<App locale="zh-CN" />);
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.25");
    expect((screen.getByRole("button", { name: "正在检查…" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish(OUTCOME));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("an Excel failure is shown as a message, not thrown", async () => {
    mocked.checkActiveSheet.mockRejectedValue(new Error("工作表“金华”受保护"));
    render(<App locale="zh-CN" />);
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect((await screen.findByRole("alert")).textContent).toBe("操作未完成：工作表“金华”受保护");
  });

  test("生成综述 previews the narrative; 插入到工作表 writes its paragraphs; 复制 uses the clipboard", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<App locale="zh-CN" />);
    await checkNow();
    fireEvent.click(screen.getByRole("button", { name: "生成综述" }));
    const preview = screen.getByTestId("narrative-preview") as HTMLTextAreaElement;
    expect(preview.value).toContain("城乡低保对象");
    expect(preview.value).toContain("5.2万人");
    // the row with an error is not stated as fact: it is listed as left out, with the reason
    expect(screen.getByText(/^未写入 1 项：/).textContent).toContain("养老机构床位");
    expect(preview.value).not.toContain("4.1万张");

    fireEvent.click(screen.getByRole("button", { name: "插入到工作表" }));
    await screen.findByText("已写入工作表“情况综述”。");
    const [paragraphs, opts] = mocked.writeNarrativeSheet.mock.calls[0];
    expect(opts).toEqual({ atSelection: false });
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(JSON.stringify(paragraphs)).toContain("城乡低保对象");

    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText("已复制到剪贴板。");
    expect(writeText).toHaveBeenCalledWith(preview.value);
  });

  test("复制 falls back to select-and-copy when the clipboard is denied", async () => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: jest.fn().mockRejectedValue(new Error("denied")) }, configurable: true });
    const execCommand = jest.fn().mockReturnValue(true);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    render(<App locale="zh-CN" />);
    await checkNow();
    fireEvent.click(screen.getByRole("button", { name: "生成综述" }));
    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText("已复制到剪贴板。");
    expect(execCommand).toHaveBeenCalledWith("copy");
  });
});

describe("the schema picker", () => {
  const load = (name: string, text: string) => {
    const input = screen.getByTestId("schema-file") as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([text], name, { type: "application/json" })] } });
  };

  test("a broken schema file lists its problems by JSON path, and the built-in stays in use", async () => {
    render(<App locale="zh-CN" />);
    load("my-schema.json", JSON.stringify({ id: "x", name: { zh: "测", en: "t" }, indicators: [{ name: 1 }] }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("模式文件 my-schema.json 有");
    expect(alert.textContent).toContain("indicators[0].name");
    expect(alert.textContent).toContain("columns");
    await checkNow();
    expect(mocked.checkActiveSheet.mock.calls[0][0].schemaId).toBe("civil-affairs");
  });

  test("a file that is not JSON says the line and column", async () => {
    render(<App locale="zh-CN" />);
    load("bad.json", '{"id": "x",\n  "name": }');
    expect((await screen.findByRole("alert")).textContent).toMatch(/^模式文件 bad\.json 不是有效的 JSON（第 2 行第 11 列）/);
  });

  test("a valid schema file is used for the next check", async () => {
    const { BUILTIN_SOURCES } = jest.requireActual<typeof import("../../src/core/schema")>("../../src/core/schema");
    const mine = { ...BUILTIN_SOURCES[0], id: "my-office" };
    render(<App locale="zh-CN" />);
    load("my-office.json", JSON.stringify(mine));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "目标模式" }).textContent).toBe("my-office.json"));
    await checkNow();
    const opts = mocked.checkActiveSheet.mock.calls[0][0];
    expect([opts.schemaId, opts.schema.id]).toEqual(["file:my-office.json", "my-office"]);
  });

  test("choosing a built-in is remembered for the ribbon's commands", async () => {
    render(<App locale="zh-CN" />);
    fireEvent.click(screen.getByRole("combobox", { name: "目标模式" }));
    fireEvent.click(await screen.findByRole("option", { name: "通用指标表" }));
    expect(localStorage.getItem("jiaohe.schema")).toBe("generic");
    await checkNow();
    expect(mocked.checkActiveSheet.mock.calls[0][0].schemaId).toBe("generic");
  });
});
