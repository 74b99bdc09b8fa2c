import { applyExplanations, type Explanation, type Finding, type Locale } from "../findings";
import type { Schema } from "../schema";
import { buildTable } from "../table/build";
import type { Grid } from "../table/grid";
import type { TableModel } from "../table/types";
import { buildContext } from "./context";
import { checksMessages } from "./messages";
import { CHECK_RULES } from "./rules";
import { noteFindings } from "./notes";

export { CHECK_RULES } from "./rules";
export { checksMessages } from "./messages";
export type { CheckRule, CheckContext, Figure, RowInfo } from "./context";

export interface CheckOptions {
  locale?: Locale;
  explanations?: Explanation[];
  /** The year being reported, when the caller knows it (else the schema's period, else the title's). */
  year?: number;
}

function rowOf(f: Finding): number {
  return f.row ?? 0;
}

function colOf(f: Finding): number {
  if (!f.cell) return -1;
  const letters = /^[A-Z]+/.exec(f.cell)?.[0] ?? "";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Checks one sheet: builds the table model and runs every table and cell rule, plus the text
 * rules on note cells. Findings are sorted by row and column (sheet-level first); a code is
 * reported at most once per cell. Linear in the number of rows.
 */
export function checkGrid(grid: Grid, schema: Schema, options: CheckOptions = {}): { table: TableModel; findings: Finding[] } {
  const locale = options.locale ?? "zh-CN";
  const msg = checksMessages(locale);
  const { table, findings: structural } = buildTable(grid, schema, { locale });
  const all: Finding[] = [...structural];
  if (table.columns.length > 0) {
    const ctx = buildContext(table, schema, locale, msg, options.year);
    for (const rule of CHECK_RULES) for (const f of rule.check(ctx)) all.push(f);
    for (const f of noteFindings(ctx)) all.push(f);
  }
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of all) {
    const key = f.cell ? `${f.code}\u0000${f.cell}\u0000${f.offset ?? ""}` : `${f.code}\u0000${f.column ?? ""}\u0000${f.expected ?? ""}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  const sorted = unique
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rowOf(a.f) - rowOf(b.f) || colOf(a.f) - colOf(b.f) || (a.f.offset ?? -1) - (b.f.offset ?? -1) || a.i - b.i)
    .map((x) => x.f);
  return { table, findings: options.explanations?.length ? applyExplanations(grid.sheet, sorted, options.explanations) : sorted };
}
