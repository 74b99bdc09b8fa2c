/*
 * Browser entry for the end-to-end test: bundles the stand-in workbook host (test/host/fake-excel.ts)
 * into a script the test injects before the pane's code runs, so `Excel.run` exists in the page.
 * Test-only; never part of the add-in's build.
 */
import { createFakeExcel, type FakeCell, type FakeHostOptions, FakeWorkbook, installFakeExcel } from "../host/fake-excel";

export interface StandInSheet {
  name: string;
  rows: (FakeCell | null)[][];
}

function install(sheets: StandInSheet[], options: FakeHostOptions = {}) {
  const [first, ...rest] = sheets;
  const wb = FakeWorkbook.fromRows(first.name, first.rows, "jinhua-2023.xlsx");
  for (const s of rest) {
    const sheet = wb.addSheet(s.name);
    s.rows.forEach((row, r) => row.forEach((c, col) => c && (((sheet.rows[r] ??= [])[col] = { ...c }))));
  }
  const host = createFakeExcel(wb, options);
  installFakeExcel(host);
  return host;
}

/** What the test reads back from the page: cells and notes of a sheet, the selection, sheet names. */
function snapshot(host: ReturnType<typeof install>, sheetName: string) {
  const sheet = host.workbook.sheet(sheetName);
  return {
    sheets: host.workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    selection: { ...host.workbook.selection },
    cells: sheet ? JSON.parse(JSON.stringify(sheet.rows)) : null,
    notes: sheet ? [...sheet.notes] : [],
    comments: host.workbook.comments.filter((c) => c.sheet === sheetName).length,
    syncs: host.stats.syncs,
  };
}

(globalThis as unknown as { JiaoheStandIn: unknown }).JiaoheStandIn = { install, snapshot };
