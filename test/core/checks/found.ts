import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * What the table check reports on rows of plain values, errors and warnings only, as `code@cell`
 * (`-` for a finding with no cell); only findings of `code` when given. For tests that assert the
 * findings of a small grid.
 */
export function found(rows: CellInput[][], schemaId = "generic", code?: string): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info" && (!code || f.code === code))
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

/** As `found`, each with its message: `code@cell: message`. */
export function said(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}: ${f.message}`);
}
