/**
 * The table model: a sheet's grid read as an indicator table (header, columns, rows, outline).
 * `buildTable` is the entry point; the checks run over what it returns.
 */
export { buildTable, tablesOf, type BuildOptions } from "./build";
export { classifyHeader, findHeader, headerBelow, cellText, type HeaderClass, type HeaderLayout } from "./header";
export { mapColumns } from "./columns";
export { readRows, numberingOf, FIGURE_ROLES } from "./rows";
export { buildHierarchy, numberingRank } from "./hierarchy";
export { findPeriod, yearsIn, periodLabel, samePeriod } from "./period";
export { cellQuantity, growthQuantity, isBlank, isPlaceholder } from "./cells";
export { a1, columnLetters } from "./grid";
export type { Grid, GridCell, CellValue, MergedArea } from "./grid";
export type * from "./types";
