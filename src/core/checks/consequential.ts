import type { Finding, FindingCode } from "../findings";
import type { ChecksMessages } from "../i18n/checks.zh-CN";
import { columnOfAddress } from "../table/grid";
import type { TableModel } from "../table/types";
import { VALUE_ROLES } from "./context";

/**
 * Findings that only repeat another one. A figure already doubted in itself (a 万 dropped, a
 * sign slipped, a fraction of a person, outside its range, a share above 100%) makes every
 * growth and completion worked out from it wrong as well: `同比增长应为1036043.7%` sends the reviewer to the growth
 * cell for what is a slip in the value cell. Such cross-field findings on the same row are
 * dropped, and so is a total's sum-mismatch when one of its parts is doubted; the figure's own
 * finding says where to look. A unit the row cannot have (人 for a lottery's sales) likewise
 * makes the whole-count and range tests of its figures meaningless. A total that does not add up
 * in its value, previous or target column makes its own growth or completion wrong as well, and
 * so does a figure standing in a column that cannot hold it.
 */
const DOUBTS_FIGURE: ReadonlySet<FindingCode> = new Set<FindingCode>(["scale-suspect", "non-integer-count", "negative-value", "out-of-range", "percent-out-of-range"]);
const GROWTH: ReadonlySet<FindingCode> = new Set<FindingCode>(["growth-mismatch", "growth-implausible"]);
const WORKED_OUT: ReadonlySet<FindingCode> = new Set<FindingCode>([...GROWTH, "completion-mismatch"]);
const UNIT_DEPENDENT: ReadonlySet<FindingCode> = new Set<FindingCode>(["non-integer-count", "out-of-range", "scale-suspect"]);

/**
 * A total that does not add up, one of whose parts also disagrees with its own previous figure:
 * that part's figure is the likely slip (13.16 typed as 31.16). Its growth findings are dropped
 * and the total's finding names the row instead: one slip, one finding, pointing at it.
 */
function pointAtSuspectPart(findings: Finding[], table: TableModel, msg: ChecksMessages): Finding[] {
  const totals = new Map<number, Finding>();
  for (const f of findings) if (f.code === "sum-mismatch" && f.row !== undefined && !totals.has(f.row)) totals.set(f.row, f);
  if (totals.size === 0) return findings;
  const partsOf = new Map<number, number[]>();
  for (let ri = 0; ri < table.rows.length; ri++) {
    const r = table.rows[ri];
    if (r.parentRow === undefined || !totals.has(r.parentRow)) continue;
    const list = partsOf.get(r.parentRow);
    if (list) list.push(r.row);
    else partsOf.set(r.parentRow, [r.row]);
  }
  const growthRows = new Set<number>();
  for (const f of findings) if (f.row !== undefined && GROWTH.has(f.code)) growthRows.add(f.row);
  const suspects = new Map<Finding, number>();
  for (const [total, parts] of partsOf) {
    const odd = parts.filter((r) => growthRows.has(r));
    if (odd.length === 1 && explainsGap(totals.get(total)!, table, odd[0])) suspects.set(totals.get(total)!, odd[0]);
  }
  if (suspects.size === 0) return findings;
  const quiet = new Set(suspects.values());
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.row !== undefined && quiet.has(f.row) && GROWTH.has(f.code)) continue;
    const part = suspects.get(f);
    out.push(part === undefined ? f : { ...f, message: msg.sumSuspectPart({ message: f.message, row: part }) });
  }
  return out;
}

/**
 * Whether the part's figure, were it what its other figure and its stated growth give (the
 * previous × (1 + growth)), would close the total's gap: only then is it the likely slip. A gap it
 * does not close is a second slip of its own (4245 for 4145 beside a growth of −13.3 for +13.3),
 * and both findings stand. Unknown figures keep the part the suspect.
 */
function explainsGap(sum: Finding, table: TableModel, partRow: number): boolean {
  const total = Number(sum.value);
  const parts = Number(sum.expected);
  const col = columnOfAddress(sum.cell);
  const role = table.columns.find((c) => c.col === col)?.role;
  const row = table.rows.find((r) => r.row === partRow);
  const v = row?.cells.value?.quantity?.number;
  const p = row?.cells.previous?.quantity?.number;
  const g = row?.cells.growth?.quantity?.number;
  if (!Number.isFinite(total) || !Number.isFinite(parts) || (role !== "value" && role !== "previous") || typeof v !== "number" || typeof p !== "number" || typeof g !== "number" || g <= -100) return true;
  const gap = total - parts;
  const change = role === "value" ? p * (1 + g / 100) - v : v / (1 + g / 100) - p;
  return Math.abs(change - gap) <= Math.max(1, 0.05 * Math.abs(gap));
}

/**
 * A 同比(%) row under two rows of periods (period-rows.ts) works its growths out from the figures of
 * those rows: a growth there whose column holds a doubted figure or a total that does not add up
 * in either of the two rows only repeats that finding.
 */
function dropComparisonRowRepeats(findings: Finding[], table: TableModel): Finding[] {
  const growths = findings.filter((f) => f.code === "growth-mismatch" && f.row !== undefined && !table.columns.some((c) => c.col === columnOfAddress(f.cell) && c.role === "growth"));
  if (growths.length === 0) return findings;
  const at = new Set<string>();
  for (const f of findings) if (f.row !== undefined && (DOUBTS_FIGURE.has(f.code) || f.code === "sum-mismatch")) at.add(`${f.row}:${columnOfAddress(f.cell)}`);
  if (at.size === 0) return findings;
  const index = new Map(table.rows.map((r, i) => [r.row, i]));
  const repeats = new Set<Finding>();
  for (const f of growths) {
    const i = index.get(f.row!);
    if (i === undefined || i < 2) continue;
    const col = columnOfAddress(f.cell);
    if (at.has(`${table.rows[i - 1].row}:${col}`) || at.has(`${table.rows[i - 2].row}:${col}`)) repeats.add(f);
  }
  return repeats.size === 0 ? findings : findings.filter((f) => !repeats.has(f));
}

export function dropConsequential(all: Finding[], table: TableModel, msg: ChecksMessages): Finding[] {
  const findings = pointAtSuspectPart(dropComparisonRowRepeats(all, table), table, msg);
  const figureCols = new Set(table.columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col));
  const unitCols = new Set(table.columns.filter((c) => c.role === "unit").map((c) => c.col));
  const extraCols = new Set((table.figureExtras ?? []).map((c) => c.col));
  const doubted = new Set<number>();
  // The columns each doubted row is doubted in (a row shifted by one: all of them).
  const doubtedCols = new Map<number, Set<number>>();
  const shifted = new Set<number>();
  // Rows doubted only by findings that a wrong unit makes meaningless (non-integer-count, out-of-range, scale-suspect).
  const unitDoubtOnly = new Set<number>();
  // Rows doubted for a fraction of a whole thing only (9318.4 人): the fraction may be a stray
  // decimal rather than a lost 万, and then what is worked out from the figure stays as good.
  const fractionOnly = new Set<number>();
  const wrongUnit = new Set<number>();
  // A total whose value, previous or target figure does not add up: its growth (completion) is wrong for that reason.
  const baseCols = new Set(table.columns.filter((c) => c.role === "value" || c.role === "previous" || c.role === "target").map((c) => c.col));
  const baseNotAddingUp = new Set<number>();
  for (const f of findings) {
    if (f.row === undefined) continue;
    if (f.code === "sum-mismatch" && baseCols.has(columnOfAddress(f.cell))) baseNotAddingUp.add(f.row);
    if (DOUBTS_FIGURE.has(f.code) && figureCols.has(columnOfAddress(f.cell))) {
      if (UNIT_DEPENDENT.has(f.code) && (unitDoubtOnly.has(f.row) || !doubted.has(f.row))) unitDoubtOnly.add(f.row);
      else unitDoubtOnly.delete(f.row);
      if (f.code === "non-integer-count" && !doubted.has(f.row)) fractionOnly.add(f.row);
      else fractionOnly.delete(f.row);
      doubted.add(f.row);
      const cols = doubtedCols.get(f.row);
      if (cols) cols.add(columnOfAddress(f.cell));
      else doubtedCols.set(f.row, new Set([columnOfAddress(f.cell)]));
    }
    if (f.code === "unit-mismatch" && unitCols.has(columnOfAddress(f.cell))) wrongUnit.add(f.row);
    // A figure in a column that cannot hold it (a row shifted by one): every growth and completion
    // worked out from the row's cells is worked out from the wrong figures. (One typed into a
    // column of figures, the next column's into a ratio's — per-population.ts — is that cell's
    // slip alone: the row's other figures and sums stand.)
    if (f.code === "value-in-wrong-column" && !figureCols.has(columnOfAddress(f.cell)) && !extraCols.has(columnOfAddress(f.cell))) {
      doubted.add(f.row);
      shifted.add(f.row);
      fractionOnly.delete(f.row);
    }
  }
  // A row whose unit is wrong (人次 for 临时救助资金): its whole-count, range and scale findings are
  // dropped below, so they doubt none of its figures (98.6 人次 is 98.6 万元), and its growth stands.
  for (const r of wrongUnit) if (!shifted.has(r) && unitDoubtOnly.has(r)) {
    doubted.delete(r);
    doubtedCols.delete(r);
    fractionOnly.delete(r);
  }
  if (doubted.size === 0 && wrongUnit.size === 0 && baseNotAddingUp.size === 0) return findings;
  // A total that is doubted itself, or whose part is doubted in the total's column, does not add up
  // for that reason: 1101800 元 among 万元. (A part's slip in the previous column leaves the value
  // column's sum as good.)
  const partsOf = new Map<number, number[]>();
  for (let ri = 0; ri < table.rows.length; ri++) {
    const r = table.rows[ri];
    if (r.parentRow !== undefined && doubted.has(r.row)) (partsOf.get(r.parentRow) ?? partsOf.set(r.parentRow, []).get(r.parentRow)!).push(r.row);
  }
  const doubtedAt = (row: number, col: number) => shifted.has(row) || (doubtedCols.get(row)?.has(col) ?? false);
  const doubtedTotal = (f: Finding) => {
    const col = columnOfAddress(f.cell);
    // (The total's own row in any column: its parts may be the row's other cells, 一季度 | 二季度 | 上半年合计.)
    return doubted.has(f.row!) || (partsOf.get(f.row!) ?? []).some((r) => doubtedAt(r, col));
  };
  // A total whose gap one doubted figure of its column closes (−1376 for 1376, 3125000 typed in 元 for
  // 312.5万元, 29.7 for 297): its sum-mismatch only repeats that slip, whatever the rows' outline says.
  const closedBy = (f: Finding) => f.code === "sum-mismatch" && findings.some((g) => g !== f && DOUBTS_FIGURE.has(g.code) && closesGapInColumn(f, g));
  return findings.filter(
    (f) =>
      f.row === undefined ||
      closedBy(f) === false &&
      !((WORKED_OUT.has(f.code) && ((doubted.has(f.row) && !(fractionOnly.has(f.row) && workedOutPlausibly(f))) || baseNotAddingUp.has(f.row))) || (UNIT_DEPENDENT.has(f.code) && wrongUnit.has(f.row)) || (f.code === "sum-mismatch" && doubtedTotal(f))),
  );
}

/** `g`, on another row of `sum`'s column, would close its gap were it what it should be (closesGap). */
function closesGapInColumn(sum: Finding, g: Finding): boolean {
  return g.row !== sum.row && !!g.cell && !!sum.cell && columnOfAddress(g.cell) === columnOfAddress(sum.cell) && closesGap(sum, g);
}

/**
 * A total row's sum-mismatch whose gap the sum-mismatch of a part row in its column closes (低保
 * 合计人数 11961 for 3712 + 8204 = 11916, then the 合计 row's 人数 off by the same 45 down the
 * column): the part's figure is the slip, and the sum over it only repeats it. Over the findings of
 * a whole sheet: the part's figure may be found by another of the sheet's tables (城市 | 农村 | 合计
 * groups read one by one: the row across them, the 合计 row down each). `totalRows`: the sheet rows
 * named as totals (合计, 小计); a part row is any other.
 */
export function dropRepeatedSums(findings: Finding[], totalRows: ReadonlySet<number>): Finding[] {
  const sums = findings.filter((f) => f.code === "sum-mismatch" && f.row !== undefined);
  if (sums.length < 2 || totalRows.size === 0) return findings;
  const repeats = new Set(sums.filter((f) => totalRows.has(f.row!) && sums.some((g) => !totalRows.has(g.row!) && !g.expected?.startsWith("<=") && closesGapInColumn(f, g))));
  return repeats.size === 0 ? findings : findings.filter((f) => !repeats.has(f));
}

/** A figure as a finding shows it: `2,987,000.0` → 2987000. */
const numberOf = (s: string | undefined) => (s === undefined ? NaN : Number(s.replace(/,/g, "")));

/**
 * Whether the doubted figure `g`, were it what it should be (scale-suspect's expected figure, a
 * negative count's size, a count's whole number, a total's sum of its parts), would make the total
 * of `sum` add up.
 */
function closesGap(sum: Finding, g: Finding): boolean {
  const total = numberOf(sum.value);
  const parts = numberOf(sum.expected);
  const v = numberOf(g.value);
  if (!Number.isFinite(total) || !Number.isFinite(parts) || !Number.isFinite(v)) return false;
  const fixed = g.code === "scale-suspect" || g.code === "sum-mismatch" ? numberOf(g.expected) : g.code === "negative-value" ? Math.abs(v) : g.code === "non-integer-count" ? Math.round(v) : NaN;
  if (!Number.isFinite(fixed)) return false;
  return Math.abs(total - (parts - v + fixed)) <= 0.5 + 1e-6 * Math.abs(total);
}

/**
 * Whether a growth or completion worked out from a figure is of a plausible size (a growth within
 * −50%…+100%, a completion within 0…200%): the figure's fraction did not throw it (a 万 lost does),
 * so a stated one that disagrees is a slip of its own.
 */
function workedOutPlausibly(f: Finding): boolean {
  if (f.code === "growth-implausible") return false;
  const x = Number(f.expected);
  if (!Number.isFinite(x)) return false;
  return f.code === "growth-mismatch" ? x >= -50 && x <= 100 : x >= 0 && x <= 200;
}
