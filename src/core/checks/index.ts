import { applyExplanations, type Explanation, type Finding, type Locale } from "../findings";
import type { Schema } from "../schema";
import { buildTable, tablesOf } from "../table/build";
import { columnOfAddress, type Grid } from "../table/grid";
import type { TableModel } from "../table/types";
import { buildContext } from "./context";
import { checksMessages } from "./messages";
import { CHECK_RULES } from "./rules";
import { noteFindings } from "./notes";
import { dropConsequential, dropRepeatedSums } from "./consequential";
import { isTotalName } from "./rules/sum-mismatch";
import { type Scratch, withScratch } from "./scratch";

export { CHECK_RULES } from "./rules";
export { checksMessages } from "./messages";
export type { CheckRule, CheckContext, Figure, RowInfo } from "./context";

export interface CheckOptions {
  locale?: Locale;
  explanations?: Explanation[];
  /** The year being reported, when the caller knows it (else the schema's period, else the title's). */
  year?: number;
}

/** The 1-based column of a finding's cell (A → 1), -1 without a cell. */
function colOf(f: Finding): number {
  return f.cell ? columnOfAddress(f.cell) + 1 : -1;
}

/** A finding with what it is sorted by, computed once. */
interface Keyed {
  f: Finding;
  row: number;
  col: number;
  offset: number;
  i: number;
}

/**
 * The rules over tables stacked on one sheet under headers of their own: each table on its own,
 * its rows read with its columns. A finding of the sheet (no cell: a required indicator no row
 * gives) stands only when every table finds it.
 */
function checkStacked(parts: readonly TableModel[], schema: Schema, locale: Locale, msg: ReturnType<typeof checksMessages>, scratch: Scratch, year?: number): Finding[] {
  const out: Finding[] = [];
  const sheetLevel = new Map<string, { f: Finding; in: Set<number> }>();
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const found: Finding[] = [];
    const ctx = buildContext(part, schema, locale, msg, year, scratch);
    for (const rule of CHECK_RULES) for (const f of rule.check(ctx)) found.push(f);
    for (const f of noteFindings(ctx)) found.push(f);
    for (const f of dropConsequential(found, part, msg)) {
      if (f.cell) {
        out.push(f);
        continue;
      }
      const key = `${f.code}\u0000${f.column ?? ""}\u0000${f.expected ?? ""}\u0000${f.message}`;
      const seen = sheetLevel.get(key);
      if (seen) seen.in.add(i);
      else sheetLevel.set(key, { f, in: new Set([i]) });
    }
  }
  for (const s of sheetLevel.values()) if (s.in.size === parts.length) out.push(s.f);
  // (Each table's findings were weighed alone: a slip one table finds may be repeated by another's sum.)
  return dropRepeatedSums(out, totalRowsOf(parts));
}

/** The sheet rows named as totals (合计, 小计, 全市) in the tables of a sheet. */
function totalRowsOf(parts: readonly TableModel[]): Set<number> {
  const out = new Set<number>();
  for (const p of parts) for (const r of p.rows) if (r.kind === "data" && isTotalName(r.indicatorKey)) out.add(r.row);
  return out;
}

/**
 * Checks one sheet: builds the table model and runs every table and cell rule, plus the text
 * rules on note cells. Findings that only repeat another are dropped (./consequential); the rest
 * are sorted by row and column (sheet-level first); a code is reported at most once per cell. Linear in the number of rows.
 */
export function checkGrid(grid: Grid, schema: Schema, options: CheckOptions = {}): { table: TableModel; findings: Finding[] } {
  const locale = options.locale ?? "zh-CN";
  const msg = checksMessages(locale);
  const { table, findings: structural } = buildTable(grid, schema, { locale });
  const all: Finding[] = structural;
  const parts = tablesOf(table);
  // The contexts' figure arrays are lent for the rules' run and taken back before the findings are
  // weighed: no context outlives it (./scratch).
  const findings = withScratch((scratch): Finding[] => {
    if (parts.length > 1) return all.concat(checkStacked(parts, schema, locale, msg, scratch, options.year));
    if (table.columns.length > 0) {
      const ctx = buildContext(table, schema, locale, msg, options.year, scratch);
      for (const rule of CHECK_RULES) for (const f of rule.check(ctx)) all.push(f);
      for (const f of noteFindings(ctx)) all.push(f);
    }
    return all;
  });
  const weighed = parts.length === 1 ? dropConsequential(findings, table, msg) : findings;
  // A code at most once per cell (and offset): findings already kept, by cell; the few without a
  // cell by a key made of their fields.
  const atCell = new Map<string, Finding[]>();
  const seen = new Set<string>();
  const unique: Keyed[] = [];
  for (const f of weighed) {
    if (f.cell) {
      const kept = atCell.get(f.cell);
      if (kept === undefined) atCell.set(f.cell, [f]);
      else {
        const offset = f.offset ?? "";
        let dup = false;
        for (const k of kept)
          if (k.code === f.code && (k.offset ?? "") === offset) {
            dup = true;
            break;
          }
        if (dup) continue;
        kept.push(f);
      }
    } else {
      const key = `${f.code}\u0000${f.column ?? ""}\u0000${f.expected ?? ""}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    unique.push({ f, row: f.row ?? 0, col: colOf(f), offset: f.offset ?? -1, i: unique.length });
  }
  unique.sort((a, b) => a.row - b.row || a.col - b.col || a.offset - b.offset || a.i - b.i);
  const sorted: Finding[] = new Array(unique.length);
  for (let i = 0; i < unique.length; i++) sorted[i] = unique[i].f;
  return { table, findings: options.explanations?.length ? applyExplanations(grid.sheet, sorted, options.explanations) : sorted };
}
