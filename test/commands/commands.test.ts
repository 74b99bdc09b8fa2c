/** @jest-environment jsdom */
import { getBuiltinSchema } from "../../src/core/schema";
import { buildTable } from "../../src/core/table";
import type { Grid, GridCell } from "../../src/core/table/grid";
import type { CheckOutcome } from "../../src/excel";
import * as excel from "../../src/excel";

// The ribbon's functions run without the pane; the excel layer is mocked, the core is real.
jest.mock("../../src/excel", () => ({ checkActiveSheet: jest.fn(), writeNarrativeSheet: jest.fn() }));
const mocked = excel as jest.Mocked<typeof excel>;

const g = (value: string | number | null): GridCell => ({ value, text: value === null ? "" : String(value) });
const GRID: Grid = {
  sheet: "填报表",
  originRow: 0,
  originCol: 0,
  rows: [["类别", "指标名称", "单位", "2023年", "2022年", "同比增长(%)"].map(g), ["社会救助", "低保标准", "元/月", 1100, 1050, 4.8].map(g)],
};
const OUTCOME: CheckOutcome = {
  sheet: "填报表",
  address: "A1:F2",
  report: { version: 1, tool: "jiaohe", source: "填报表", summary: { error: 1, warning: 2, info: 0, explained: 1 } },
  table: buildTable(GRID, getBuiltinSchema("civil-affairs")!).table,
  findings: [
    { code: "empty-value", severity: "error", cell: "D3", row: 3, indicator: "临时救助", message: "数值为空" },
    { code: "growth-implausible", severity: "warning", cell: "F2", row: 2, indicator: "低保标准", message: "增幅异常" },
    { code: "out-of-range", severity: "warning", cell: "D2", row: 2, indicator: "低保标准", message: "超出范围", explanation: "标准统一调整" },
    { code: "out-of-range", severity: "warning", cell: "E2", row: 2, indicator: "低保标准", message: "上年数超出范围" },
  ],
  marked: 4,
  unmarked: 0,
  markMode: "notes",
};

interface DialogStub {
  url: string;
  handlers: Map<string, () => void>;
  close: jest.Mock;
}

/**
 * The `Office` namespace for the function file: plain data, because the common API (context, ui,
 * actions) has no load/sync — office-addin-mock's load semantics are for the hosts' object models,
 * and it would read `displayLanguage` as "Error, property was not loaded". The dialog records what it shows.
 */
function installOffice(displayLanguage: string, withDialog = true) {
  const dialogs: DialogStub[] = [];
  const associated = new Map<string, (e: unknown) => Promise<void>>();
  const data = {
    context: {
      displayLanguage,
      ui: withDialog
        ? {
            displayDialogAsync(url: string, _opts: unknown, cb: (r: unknown) => void) {
              const d: DialogStub = { url, handlers: new Map(), close: jest.fn() };
              dialogs.push(d);
              cb({ status: "succeeded", value: { addEventHandler: (type: string, h: () => void) => d.handlers.set(type, h), close: d.close } });
            },
          }
        : {},
    },
    actions: { associate: (name: string, fn: (e: unknown) => Promise<void>) => associated.set(name, fn) },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
  (globalThis as unknown as { Office: unknown }).Office = data;
  return { dialogs, associated };
}

/** Loads src/commands afresh (it binds its functions at load) and returns what it bound. */
function loadCommands(displayLanguage = "zh-CN", withDialog = true) {
  const office = installOffice(displayLanguage, withDialog);
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  return office;
}
const event = () => ({ completed: jest.fn() });
const shown = (d: DialogStub) => Object.fromEntries(new URL(d.url, "https://localhost:3000/").searchParams);
/** Lets the command's awaits run up to the dialog. */
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  jest.clearAllMocks();
  localStorage.clear();
  mocked.checkActiveSheet.mockResolvedValue(OUTCOME);
  mocked.writeNarrativeSheet.mockResolvedValue({ sheet: "情况综述", address: "A1:A2" });
});

describe("ribbon commands", () => {
  test("both manifest FunctionNames are bound with Office.actions.associate", () => {
    const { associated } = loadCommands();
    expect([...associated.keys()].sort()).toEqual(["checkSheet", "writeNarrative"]);
  });

  test("检查 checks and marks the active sheet, shows the counts, and completes once the notice closes", async () => {
    const { associated, dialogs } = loadCommands("zh-CN");
    const e = event();
    const done = associated.get("checkSheet")!(e);
    await settle();
    expect(mocked.checkActiveSheet).toHaveBeenCalledWith(expect.objectContaining({ schemaId: "civil-affairs", locale: "zh-CN", mark: true }));
    expect(dialogs).toHaveLength(1);
    expect(shown(dialogs[0])).toMatchObject({ title: "校核结果", text: "错误 1 项，待核实 2 项，已核实 1 项，提示 0 项。\n已在 4 个单元格上标注。", ok: "确定" });
    expect(new URL(dialogs[0].url).pathname).toBe("/notice.html");
    expect(e.completed).not.toHaveBeenCalled();
    dialogs[0].handlers.get("dialogMessageReceived")!();
    await done;
    expect(dialogs[0].close).toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("检查 uses the schema the pane last chose, and English when Office is in English", async () => {
    localStorage.setItem("jiaohe.schema", "generic");
    const { associated, dialogs } = loadCommands("en-US");
    const done = associated.get("checkSheet")!(event());
    await settle();
    expect(mocked.checkActiveSheet.mock.calls[0][0]).toMatchObject({ schemaId: "generic", locale: "en-US" });
    expect(shown(dialogs[0]).text).toBe("Errors 1, to verify 2, verified 1, notes 0.\nMarked 4 cells.");
    dialogs[0].handlers.get("dialogEventReceived")!();
    await done;
  });

  test("a failure is told in the notice and the command still completes", async () => {
    mocked.checkActiveSheet.mockRejectedValue(new Error("工作表受保护"));
    const { associated, dialogs } = loadCommands();
    const e = event();
    const done = associated.get("checkSheet")!(e);
    await settle();
    expect(shown(dialogs[0])).toMatchObject({ title: "操作未完成", text: "工作表受保护" });
    dialogs[0].handlers.get("dialogMessageReceived")!();
    await done;
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("without a dialog API the command completes at once (the marks on the sheet remain)", async () => {
    const { associated } = loadCommands("zh-CN", false);
    const e = event();
    await associated.get("checkSheet")!(e);
    expect(mocked.checkActiveSheet).toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test("生成综述 checks without marking and writes the narrative's paragraphs to the sheet", async () => {
    const { associated, dialogs } = loadCommands();
    const e = event();
    await associated.get("writeNarrative")!(e);
    expect(mocked.checkActiveSheet).toHaveBeenCalledWith(expect.objectContaining({ mark: false }));
    const [paragraphs] = mocked.writeNarrativeSheet.mock.calls[0];
    expect(JSON.stringify(paragraphs)).toContain("低保标准提高至1100元/月");
    expect(dialogs).toHaveLength(0);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});
