import { OfficeMockObject } from "office-addin-mock";
import { excelEnUS } from "../../src/core/i18n/excel.en-US";
import { excelZhCN } from "../../src/core/i18n/excel.zh-CN";
import { getBuiltinSchema } from "../../src/core/schema";
import { type CheckOutcome, hostCapabilities, MARK_FILLS, readSubmission, startLiveMode } from "../../src/excel";
import { fixtureWorkbook } from "./fixtures";
import { useHost } from "./harness";

describe("hostCapabilities", () => {
  it("asks Office.context.requirements for each ExcelApi set", () => {
    const asked: string[] = [];
    (globalThis as unknown as { Office: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, v: string) => {
            asked.push(`${name} ${v}`);
            return Number(v.split(".")[1]) <= 10;
          },
        },
      },
    };
    expect(hostCapabilities()).toEqual({
      baseline: true,
      onChanged: true,
      workbookName: true,
      enableEvents: true,
      getRanges: true,
      cellProperties: true,
      tablesAtRange: true,
      suspendScreenUpdating: true,
      comments: true,
      mergedAreas: false,
      notes: false,
    });
    expect(asked).toContain("ExcelApi 1.18");
    expect(asked.every((a) => a.startsWith("ExcelApi "))).toBe(true);
  });
  it("reports nothing (and does not throw) outside Office", () => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
    expect(Object.values(hostCapabilities()).some(Boolean)).toBe(false);
  });
});

describe("readSubmission with office-addin-mock alone", () => {
  it("loads every property it reads: the mock answers unloaded reads with an error string", async () => {
    // Microsoft's pattern: an OfficeMockObject stands for `Excel`, with the getters and `run` it needs.
    const data = {
      context: {
        workbook: {
          worksheets: {
            sheet: {
              name: "表",
              used: { address: "表!A1:B2", rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 2 },
              block: {
                values: [["指标", "数值"], ["低保对象", 1200]],
                text: [["指标", "数值"], ["低保对象", "1,200"]],
                numberFormat: [["General", "General"], ["General", "#,##0"]],
                valueTypes: [["String", "String"], ["String", "Double"]],
              },
              getUsedRangeOrNullObject(this: { used: unknown }) {
                return this.used;
              },
              getRange(this: { block: unknown }) {
                return this.block;
              },
            },
            getActiveWorksheet(this: { sheet: unknown }) {
              return this.sheet;
            },
          },
          selection: { address: "表!A1", rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
          getSelectedRange(this: { selection: unknown }) {
            return this.selection;
          },
        },
      },
      run: async function (this: { context: unknown }, batch: (c: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    };
    const mock = new OfficeMockObject(data) as unknown as { context: { sync(): Promise<void>; workbook: { worksheets: { sheet: { used: { isNullObject: boolean } } } } } };
    // The mock has no null objects: the used range exists.
    mock.context.workbook.worksheets.sheet.used.isNullObject = false;
    (globalThis as unknown as { Excel: unknown }).Excel = mock;
    (globalThis as unknown as { Office: unknown }).Office = { context: { requirements: { isSetSupported: (_n: string, v: string) => Number(v.split(".")[1]) <= 4 } } };
    const sync = jest.spyOn(mock.context, "sync");
    const s = await readSubmission();
    expect(s).toMatchObject({ sheet: "表", address: "A1:B2", source: "used" });
    expect(s.grid.rows[1][1]).toEqual({ value: 1200, text: "1,200", numberFormat: "#,##0" });
    expect(JSON.stringify(s)).not.toContain("Error, ");
    expect(sync).toHaveBeenCalledTimes(2);
  });
});

describe("startLiveMode", () => {
  it("re-checks and re-marks after a change, debounced, and stops", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    const h = useHost(wb);
    const outcomes: CheckOutcome[] = [];
    const stop = await startLiveMode({ schema: getBuiltinSchema("civil-affairs")!, schemaId: "civil-affairs", locale: "zh-CN", onFindings: (o) => outcomes.push(o), debounceMs: 20 });
    expect(h.host.handlers).toHaveLength(1);
    // Three quick edits: one re-check. D17 had a unit without a number; now it has a number.
    await h.host.userEdit("填报表", "D17", { value: 12.5 });
    await h.host.userEdit("填报表", "D17", { value: 12.6 });
    await h.host.userEdit("填报表", "E17", { value: 11 });
    await new Promise((r) => setTimeout(r, 300));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0].findings.some((f) => f.cell === "D17" && f.code === "unit-without-number")).toBe(false);
    expect(wb.sheet("填报表")!.cell("D26").fill?.color).toBe(MARK_FILLS.error.color);
    // The marks' own writes ran with events off: they did not trigger another check.
    expect(h.host.stats.writesWithEventsOn).toBe(0);
    await stop();
    expect(h.host.handlers).toHaveLength(0);
    await h.host.userEdit("填报表", "D17", { value: 13 });
    await new Promise((r) => setTimeout(r, 100));
    expect(outcomes).toHaveLength(1);
  });
});

describe("messages", () => {
  it("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(excelEnUS).sort()).toEqual(Object.keys(excelZhCN).sort());
    expect(Object.keys(excelEnUS.severity).sort()).toEqual(Object.keys(excelZhCN.severity).sort());
    expect(excelEnUS.findingsHeader).toHaveLength(excelZhCN.findingsHeader.length);
  });
});
