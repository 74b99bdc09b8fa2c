import { defaultSeverity, type Finding, type FindingCode } from "../findings";
import type { TableCell, TableColumn, TableRow } from "../table/types";

export interface Where {
  cell?: TableCell | { address: string; row: number };
  column?: TableColumn | string;
  row?: TableRow;
  value?: string;
  expected?: string;
}

/** A finding in the report's field order; `cell` and `row` only for findings about one cell. */
export function finding(code: FindingCode, message: string, where: Where = {}): Finding {
  const f: Finding = { code, severity: defaultSeverity(code) } as Finding;
  if (where.cell) {
    f.cell = where.cell.address;
    f.row = where.cell.row;
  }
  if (where.column) f.column = typeof where.column === "string" ? where.column : where.column.header;
  if (where.row && where.row.indicator) f.indicator = where.row.indicator;
  if (where.value !== undefined) f.value = where.value;
  if (where.expected !== undefined) f.expected = where.expected;
  f.message = message;
  return f;
}
