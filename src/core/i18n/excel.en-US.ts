import type { ExcelMessages } from "./excel.zh-CN";

/** User-facing text of the Excel layer (src/excel), in English. Same keys as ./excel.zh-CN. */
export const excelEnUS: ExcelMessages = {
  emptySheet: (p) => `Sheet "${p.sheet}" is empty: there is nothing to check.`,
  emptySelection: (p) => `The selected area ${p.address} on sheet "${p.sheet}" is empty. Select the table to check, or a single cell to check the whole sheet.`,
  multipleAreas: () => "Several separate areas are selected. Select one area, or a single cell to check the whole sheet.",
  tooManyCells: (p) =>
    `The area ${p.address} on sheet "${p.sheet}" has ${p.cells.toLocaleString("en-US")} cells, more than Excel reads at once (${p.max.toLocaleString("en-US")}). Select the table to check and try again.`,
  tooLargeForHost: (p) => `The area read on sheet "${p.sheet}" is more than Excel accepts in one request. Select the table to check (not whole columns) and try again.`,
  sheetProtected: (p) => `Sheet "${p.sheet}" is protected, so nothing was marked on it; the findings are in the list. Unprotect it and check again to mark the cells.`,
  storeTaken: (p) => `The workbook already has a sheet named "${p.store}" that this add-in did not create; to leave it untouched, the findings are only in the list this time.`,
  noSuchSheet: (p) => `Sheet "${p.sheet}" was not found; it may have been deleted or renamed.`,
  badAddress: (p) => `"${p.address}" is not a valid cell address.`,
  onlyWarnings: (p) => `"${p.code}" is an error (mandatory) and cannot be explained away; only warnings can be verified with an explanation.`,
  emptyExplanation: () => "The explanation must not be empty.",
  selectionNotEmpty: (p) => `${p.address} is not empty. To avoid overwriting it, select an empty cell and insert the summary again.`,
  severity: { error: "Error", warning: "Warning", info: "Info" },
  explained: "Verified",
  noteTitle: "Jiaohe:",
  narrativeSheet: "情况综述",
  findingsSheet: "校核结果",
  findingsHeader: ["Severity", "Code", "Sheet", "Cell", "Indicator", "Message", "Explanation"],
};
