import type { Finding, FindingCode, Severity } from "../core/findings";
import { SEVERITIES } from "../core/findings";
import type { TableModel } from "../core/table/types";

/** What the pane shows of the findings: which severities and codes pass the filter. */
export interface FindingFilter {
  severities: readonly Severity[];
  /** Empty means every code. */
  codes: readonly FindingCode[];
}

export const ALL_SEVERITIES: FindingFilter = { severities: SEVERITIES, codes: [] };

export interface FindingItem {
  /** Stable key: the finding's index in the check's result. */
  id: string;
  finding: Finding;
}

export interface CategoryGroup {
  /** The table's section (社会救助 …), or null for findings about the table's structure. */
  category: string | null;
  items: FindingItem[];
}

export interface SeverityGroup {
  severity: Severity;
  categories: CategoryGroup[];
  count: number;
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): FindingItem[] {
  const codes = new Set(filter.codes);
  const severities = new Set(filter.severities);
  const out: FindingItem[] = [];
  findings.forEach((finding, i) => {
    if (!severities.has(finding.severity)) return;
    if (codes.size > 0 && !codes.has(finding.code)) return;
    out.push({ id: String(i), finding });
  });
  return out;
}

/** The section of each row of the table model, by sheet row: looked up once per grouping, not searched for each finding. */
export function rowCategories(table: TableModel | undefined): ReadonlyMap<number, string | undefined> {
  const out = new Map<number, string | undefined>();
  for (const r of table?.rows ?? []) out.set(r.row, r.category);
  return out;
}

/** The section a finding's row belongs to (rowCategories); null when it has no row. */
export function categoryOf(finding: Finding, categories: ReadonlyMap<number, string | undefined>): string | null {
  if (finding.row === undefined) return null;
  return categories.get(finding.row) ?? "";
}

/**
 * Severity (error, warning, info) → category (in the table's order) → findings (in row order).
 * Empty groups are left out.
 */
export function groupFindings(items: readonly FindingItem[], table: TableModel | undefined): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  const sections = rowCategories(table);
  for (const severity of SEVERITIES) {
    const mine = items.filter((it) => it.finding.severity === severity);
    if (mine.length === 0) continue;
    const byCategory = new Map<string | null, FindingItem[]>();
    for (const it of mine) {
      const c = categoryOf(it.finding, sections);
      const list = byCategory.get(c);
      if (list) list.push(it);
      else byCategory.set(c, [it]);
    }
    const categories = [...byCategory.entries()].map(([category, list]) => ({
      category,
      items: list.slice().sort((a, b) => (a.finding.row ?? 0) - (b.finding.row ?? 0)),
    }));
    // Structure first, then sections in the order they first appear on the sheet, unnamed last.
    // (The items are sorted by row: the first is the earliest. A spread of 130,000 rows into Math.min overflows the stack.)
    const firstRow = (g: CategoryGroup) => (g.category === null ? -1 : g.category === "" ? Infinity : (g.items[0]?.finding.row ?? 0));
    categories.sort((a, b) => firstRow(a) - firstRow(b));
    groups.push({ severity, categories, count: mine.length });
  }
  return groups;
}

/** The distinct codes present, in the order of first appearance. */
export function codesPresent(findings: readonly Finding[]): FindingCode[] {
  return [...new Set(findings.map((f) => f.code))];
}

/** Whether the user may record an explanation: warnings only (errors are 强制性), and only on a row's indicator. */
export function canExplain(f: Finding): boolean {
  return f.severity === "warning" && !!f.indicator;
}

/** The findings with one warning's explanation set (or cleared), matched as the workbook keys it. */
export function withExplanation(findings: readonly Finding[], target: Finding, text: string | undefined): Finding[] {
  return findings.map((f) => {
    if (f.severity !== "warning" || f.code !== target.code || f.indicator !== target.indicator) return f;
    if (text === undefined) {
      const { explanation: _dropped, ...rest } = f;
      void _dropped;
      return rest;
    }
    return { ...f, explanation: text };
  });
}
