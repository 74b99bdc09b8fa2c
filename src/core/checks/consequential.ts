import type { Finding, FindingCode } from "../findings";
import type { TableModel } from "../table/types";
import { VALUE_ROLES } from "./context";

/**
 * Findings that only repeat another one. A figure already doubted in itself (a 万 dropped, a
 * sign slipped, a fraction of a person, outside its range, a share above 100%) makes every growth and completion
 * worked out from it wrong as well: `同比增长应为1036043.7%` sends the reviewer to the growth
 * cell for what is a slip in the value cell. Such cross-field findings on the same row are
 * dropped; the figure's own finding says where to look. A unit the row cannot have (人 for a
 * lottery's sales) likewise makes the whole-count and range tests of its figures meaningless.
 */
const DOUBTS_FIGURE: ReadonlySet<FindingCode> = new Set<FindingCode>(["scale-suspect", "non-integer-count", "negative-value", "out-of-range", "percent-out-of-range"]);
const WORKED_OUT: ReadonlySet<FindingCode> = new Set<FindingCode>(["growth-mismatch", "growth-implausible", "completion-mismatch"]);
const UNIT_DEPENDENT: ReadonlySet<FindingCode> = new Set<FindingCode>(["non-integer-count", "out-of-range", "scale-suspect"]);

/** The 0-based sheet column of an A1 address (-1 without one). */
function columnOf(address: string | undefined): number {
  if (!address) return -1;
  let n = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function dropConsequential(findings: Finding[], table: TableModel): Finding[] {
  const figureCols = new Set(table.columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col));
  const unitCols = new Set(table.columns.filter((c) => c.role === "unit").map((c) => c.col));
  const doubted = new Set<number>();
  const wrongUnit = new Set<number>();
  for (const f of findings) {
    if (f.row === undefined) continue;
    if (DOUBTS_FIGURE.has(f.code) && figureCols.has(columnOf(f.cell))) doubted.add(f.row);
    if (f.code === "unit-mismatch" && unitCols.has(columnOf(f.cell))) wrongUnit.add(f.row);
  }
  if (doubted.size === 0 && wrongUnit.size === 0) return findings;
  return findings.filter((f) => f.row === undefined || !((WORKED_OUT.has(f.code) && doubted.has(f.row)) || (UNIT_DEPENDENT.has(f.code) && wrongUnit.has(f.row))));
}
