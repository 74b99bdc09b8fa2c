/**
 * Test harness for src/excel: the stand-in workbook host (test/host/fake-excel.ts) behind
 * office-addin-mock's `OfficeMockObject`, used as Microsoft's unit-testing guide does (the mock
 * object stands for the `Excel` namespace and its `run` drives the batch), with every round trip
 * counted by `jest.spyOn(context, "sync")` on each context the host creates.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Grid } from "../../src/core/table/grid";
import { createFakeExcel, type FakeCell, type FakeHost, type FakeHostOptions, FakeWorkbook } from "../host/fake-excel";

export interface Harness {
  host: FakeHost;
  /** `context.sync` calls seen by the jest spies since the harness was made (or reset). */
  syncs(): number;
  resetSyncs(): void;
}

export function useHost(workbook: FakeWorkbook, options: FakeHostOptions = {}): Harness {
  const host = createFakeExcel(workbook, options);
  const spies: jest.SpyInstance[] = [];
  host.onContext = (context) => {
    spies.push(jest.spyOn(context, "sync"));
  };
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = new OfficeMockObject({ run: host.run });
  g.Office = host.officeNamespace();
  let base = 0;
  const count = () => spies.reduce((n, s) => n + s.mock.calls.length, 0);
  return { host, syncs: () => count() - base, resetSyncs: () => (base = count()) };
}

/** A fake workbook with `grid` on sheet `grid.sheet` at its origin (value, text, format, error). */
export function workbookFromGrid(grid: Grid, name = "submission.xlsx"): FakeWorkbook {
  const wb = new FakeWorkbook(name);
  const sheet = wb.addSheet(grid.sheet);
  grid.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c.value === null && !c.error && !c.text) return;
      const cell: FakeCell = {};
      if (c.error) cell.error = c.error;
      else cell.value = c.value;
      if (c.text !== undefined && c.text !== String(c.value ?? "")) cell.text = c.text;
      if (c.numberFormat) cell.numberFormat = c.numberFormat;
      (sheet.rows[grid.originRow + r] ??= [])[grid.originCol + col] = cell;
    }),
  );
  return wb;
}

/** Everything the user could see or lose in a sheet: values, text, formats, notes, comments. */
export function snapshot(wb: FakeWorkbook, sheetName: string): unknown {
  const s = wb.sheet(sheetName)!;
  return {
    // A cell object with nothing in it is a blank cell, as absent as one never touched.
    cells: JSON.parse(JSON.stringify(s.rows, (_k, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0 ? null : v))),
    notes: [...s.notes].sort(),
    comments: wb.comments.filter((c) => c.sheet === s.name).map((c) => [c.address, c.content]),
    visibility: s.visibility,
    tables: s.tables,
  };
}
