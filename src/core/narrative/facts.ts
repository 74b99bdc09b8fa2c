import type { Finding } from "../findings/types";
import { formatQuantity, lookupUnit, parseQuantity } from "../quantity";
import type { Bound, Quantity, UnitInfo } from "../quantity/types";
import { findCategory, findIndicatorForUnit, type Schema } from "../schema";
import type { IndicatorSpec } from "../schema/spec";
import { explainsBlank, isPlaceholder, retiredIndicator } from "../table/cells";
import { filledInOtherGroup } from "../table/build";
import type { ColumnRole, IndicatorKind, TableCell, TableColumn, TableModel, TableRow } from "../table/types";
import { inferKind, PER_CAPITA_NAME } from "./kind";
import { simplified } from "./simplified";

/** The per-head part of a unit (`张/千人`, `个/万人`, `平方米/百户`). */
const PER_HEAD_UNIT = /\/(?:十|百|千|万|十万)?(?:名|位|个|户|人)$/;

/**
 * From table rows to facts: each data row's figures in the unit the table used, its kind, its
 * growth (stated, or computed from value and previous) and what the checks found wrong with it.
 * Nothing here writes words; the patterns do.
 */

/** A figure as the table gave it: `number` is in `unit` (4.48 with 亿元), as the sheet wrote it. */
export interface Figure {
  number: number;
  unit: string | null;
  info: UnitInfo | null;
  bound: Bound;
  range: [number, number] | null;
  /** Decimals the writer used: the figure is written back with as many (never rounded away). */
  decimals: number;
  cell: string;
  row: number;
}

/** A percentage change: stated in the growth cell, or computed from value and previous. */
export interface Change {
  /** In percent (growth) or percentage points (a rate's change). */
  number: number;
  decimals: number;
  stated: boolean;
  cell: string;
  row: number;
  derivedFrom?: string[];
}

export interface Issue {
  code: Finding["code"];
  severity: "error" | "warning";
  /** The column the finding is on, when it is on a cell of the row. */
  role?: ColumnRole;
  /** The finding's own row, when it differs (a duplicate points at its first occurrence). */
  expected?: string;
}

export interface Fact {
  row: number;
  source: TableRow;
  /** The indicator as it reads in a sentence: numbering, 其中 and a trailing colon removed. */
  name: string;
  key: string;
  /** Grouping key (the schema's category when the table's matches one) and the label as written. */
  categoryKey: string;
  category: string;
  kind: IndicatorKind;
  spec?: IndicatorSpec;
  /** The unit the row is measured in (unit cell, header, or the catalogue's), as written. */
  unit: string | null;
  value?: Figure;
  previous?: Figure;
  target?: Figure;
  /** Growth of value over previous, in percent. */
  growth?: Change;
  /** Change of a rate or share, in percentage points (value − previous). */
  points?: Change;
  /** Completion against the target, in percent. */
  completion?: Change;
  /** True when value is exactly twice previous (翻一番 is allowed only then). */
  exactlyDoubled: boolean;
  basis: "yoy" | "mom";
  /** The value column reports a running total (本年累计, 累计完成). */
  cumulative: boolean;
  /** The target column's header says 全年 (全年目标) rather than 年度. */
  fullYearTarget: boolean;
  errors: Issue[];
  warnings: Issue[];
}

export interface FactOptions {
  growthFloor: number;
  completionFloor: number;
}

const SCALE_WORDS: Record<number, string> = { 1e3: "千", 1e4: "万", 1e6: "百万", 1e7: "千万", 1e8: "亿" };

function cellText(cell: TableCell): string {
  const raw = cell.raw;
  if (raw.text !== undefined && raw.text !== "") return raw.text;
  return raw.value === null || raw.value === undefined ? "" : String(raw.value);
}

function quantityOf(cell: TableCell | undefined): Quantity | undefined {
  if (!cell) return undefined;
  if (cell.raw.error || cell.raw.formulaWithoutResult) return undefined;
  return cell.quantity ?? parseQuantity(cellText(cell));
}

/**
 * The figure of a value-like cell in the unit the table used. A cell that carries its own unit
 * (`4.48亿元`) keeps it (亿元); a bare number takes the row's unit cell, else the column header's
 * (`金额(万元)`), else the catalogue's unit for the indicator.
 */
export function figureOf(cell: TableCell | undefined, fallbackUnit: string | null): Figure | undefined {
  const q = quantityOf(cell);
  if (!cell || !q || q.number === null || !Number.isFinite(q.number)) return undefined;
  let number = q.number;
  let unit: string | null = null;
  let range = q.range;
  if (q.unit) {
    unit = q.unit;
    if (q.scale !== 1) {
      const word = SCALE_WORDS[q.scale];
      const scaled = word ? lookupUnit(word + q.unit) : null;
      if (scaled) {
        unit = scaled.canonical ?? scaled.unit;
        number = number / q.scale;
        if (range) range = [range[0] / q.scale, range[1] / q.scale];
      }
    }
  } else unit = fallbackUnit;
  const info = unit ? lookupUnit(unit) : null;
  if (info?.canonical) unit = info.canonical;
  return { number, unit, info, bound: q.bound, range, decimals: q.decimals, cell: cell.address, row: cell.row };
}

/**
 * A standard per person as reports write it: 1100元/月, not the table's 1100元/人·月 (the person is
 * what a 标准 is of). Per household or bed stays as written.
 */
const PER_PERSON: Readonly<Record<string, string>> = {
  "元/人·月": "元/月",
  "元/人/月": "元/月",
  "元/月/人": "元/月",
  "元/月·人": "元/月",
  "元/人.月": "元/月",
  "元/人月": "元/月",
  "元/人/年": "元/年",
  "元/人·年": "元/年",
  "元/年/人": "元/年",
  "元/年·人": "元/年",
  "元/人/天": "元/天",
  "元/人·天": "元/天",
  "元/人/日": "元/日",
  "元/人·日": "元/日",
};

/** The figure written in the official style, in its own unit, with the writer's decimals. */
export function formatFigure(f: { number: number; unit: string | null; bound?: Bound; range?: [number, number] | null; decimals: number }, options: { keepScale?: boolean } = {}): string {
  if (f.unit && PER_PERSON[f.unit]) return formatFigure({ ...f, unit: PER_PERSON[f.unit] }, options);
  // 0.3万人 reads 3000人 and 0.05亿元 500万元: a report says a fraction of 万 or 亿 in the unit below
  // (not a change beside its figure, with `keepScale`: 21.36万人,增加0.52万人, never 增加5200人).
  if (!options.keepScale && f.unit && f.number !== 0 && Math.abs(f.number) < 1 && !f.range && (f.unit.startsWith("万") || f.unit.startsWith("亿"))) {
    const below = f.unit.startsWith("亿") ? "万" + f.unit.slice(1) : f.unit.slice(1);
    if (below && lookupUnit(below)) return formatFigure({ ...f, number: Number((f.number * 10000).toPrecision(12)), unit: below, decimals: Math.max(0, f.decimals - 4) });
  }
  // 47000万元 reads 4.7亿元, as reports write it — only when exact in two decimals (66641.37万元 stays).
  if (f.unit === "万元" && Math.abs(f.number) >= 10000 && !f.range) {
    const yi = Number((f.number / 10000).toPrecision(12));
    const decimals = Number.isInteger(yi) ? 0 : String(yi).split(".")[1]?.length ?? 99;
    if (decimals <= 2) return formatFigure({ ...f, number: yi, unit: "亿元", decimals });
  }
  return formatQuantity(
    { number: f.number, unit: f.unit, bound: f.bound ?? "exact", range: f.range ?? null },
    // At least 2 decimals so that 448000000元 may read 4.48亿元; never fewer than the writer used.
    // No 万/亿 of our own in front of a unit the catalogue does not know: it may carry one (万条).
    { maxDecimals: Math.max(f.decimals, 2), scaleWords: f.unit !== null && lookupUnit(f.unit) !== null },
  );
}

/** A figure's number in its dimension's base unit (元, 人, %), or as written when the unit is unknown. */
export function inBase(f: Figure): number {
  return f.info ? f.number * f.info.factor : f.number;
}

function comparable(a: Figure, b: Figure): boolean {
  if (a.info && b.info) return a.info.dimension === b.info.dimension;
  return a.unit === b.unit;
}

/** Rounds half away from zero to `d` decimals, free of float noise. */
export function round(n: number, d: number): number {
  const f = 10 ** d;
  const x = Math.abs(n) * f;
  // x carries binary noise (1.005 × 100 = 100.49999999999999): nudge by a few ulps before rounding,
  // far below any written decimal. (toPrecision did the same at 3× the cost in the bench.)
  return (Math.sign(n) * Math.round(x + x * 4 * Number.EPSILON)) / f;
}

/**
 * How far a percentage computed from two rounded figures may be from the true one: the
 * half-unit of each figure's last written digit, carried through the ratio.
 */
function ratioSlack(num: Figure, den: Figure): number {
  const n = Math.abs(inBase(num));
  const d = Math.abs(inBase(den));
  if (d === 0) return Infinity;
  const hn = 0.5 * 10 ** -num.decimals * (num.info?.factor ?? 1);
  const hd = 0.5 * 10 ** -den.decimals * (den.info?.factor ?? 1);
  return (100 * (n / d) * (hn / Math.max(n, hn) + hd / d));
}

/**
 * The decimals a stated percentage is said with. No clerk types a growth to five places: such a
 * figure is a formula's result in a General cell (4.76190476190477), and a report says it as
 * computed ones are said, to one decimal. The checks still read it at full precision.
 */
function statedDecimals(decimals: number): number {
  return decimals > 4 ? 1 : decimals;
}

function rowOfAddress(address: string): number | undefined {
  const m = /^[A-Z]+(\d+)$/.exec(address);
  return m ? Number(m[1]) : undefined;
}
function colOfAddress(address: string): number | undefined {
  const m = /^([A-Z]+)\d+$/.exec(address);
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const ABOUT_OTHER_THINGS = new Set<ColumnRole>(["note", "department", "serial"]);

/**
 * Warnings that doubt the figure as written (a 万 dropped: `14.3名`; a 万/亿 slip), unlike those
 * that only ask for a reason (a steep growth). Narrated as written they would print the slip in the
 * summary, so until someone records an explanation they keep the figure out, as errors do.
 */
const DOUBTS_THE_FIGURE: ReadonlySet<Finding["code"]> = new Set<Finding["code"]>(["non-integer-count", "scale-suspect"]);

/** Errors and warnings by worksheet row (info findings and explained warnings carry no doubt). */
export function issuesByRow(table: TableModel, findings: readonly Finding[]): Map<number, Issue[]> {
  const roleByCol = new Map<number, ColumnRole>();
  for (const c of table.columns) roleByCol.set(c.col, c.role);
  const out = new Map<number, Issue[]>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    if (f.severity === "warning" && f.explanation) continue;
    const row = f.row ?? (f.cell ? rowOfAddress(f.cell) : undefined);
    if (row === undefined) continue;
    const col = f.cell ? colOfAddress(f.cell) : undefined;
    const role = col !== undefined ? roleByCol.get(col) : undefined;
    // A remark in the note column (第届, a year typo) says nothing about the row's figures.
    if (role && ABOUT_OTHER_THINGS.has(role)) continue;
    const issue: Issue = { code: f.code, severity: f.severity };
    if (role) issue.role = role;
    if (f.expected !== undefined) issue.expected = f.expected;
    const list = out.get(row);
    if (list) list.push(issue);
    else out.set(row, [issue]);
  }
  return out;
}

/** Characters that show nothing: zero-width space, joiners, word joiner, byte-order mark. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** The indicator as a sentence names it: `(一)`, `1.`, `其中:`, `#` and a trailing `:` or `(万元)` removed. */
export function displayName(row: TableRow, unit: string | null): string {
  // Zero-width characters pasted with a name (临江县\u200b) are no part of it, and String.trim keeps them.
  let s = row.indicator.replace(ZERO_WIDTH, "").trim();
  if (row.numbering && s.startsWith(row.numbering)) s = s.slice(row.numbering.length).trim();
  s = s.replace(/^(其中|#)\s*[:：]?\s*/, "");
  s = s.replace(/^[#＃]\s*/, "");
  // Circled serials (① ⑴ ❶) number a row; they are no part of its name.
  s = s.replace(/^[\u2460-\u2487\u2776-\u277f]\s*/, "");
  s = s.replace(/^(\d+|[一二三四五六七八九十]+)[、.．]\s*/, "").replace(/^[(（](\d+|[一二三四五六七八九十]+)[)）]\s*/, "");
  // A trailing colon, by hand: `[:：]\s*$` would rescan the spaces after every colon (quadratic).
  s = s.trimEnd();
  if (s.endsWith(":") || s.endsWith("：")) s = s.slice(0, -1).trimEnd();
  // A trailing unit in brackets repeats the unit the figure will carry: 低保资金(万元).
  const paren = /[(（]([^()（）]{1,8})[)）]$/.exec(s);
  if (paren && (lookupUnit(paren[1]) || paren[1] === unit)) s = s.slice(0, paren.index).trim();
  return breakdownFirst(s) || row.indicator.trim();
}

/** The words a breakdown is written in brackets with: 城乡低保对象(城市), 特困人员(集中供养). */
const BREAKDOWN = /^(城市|农村|城镇|乡村|集中供养|分散供养|集中|分散|社会散居|机构养育|机构集中养育)$/;

/**
 * A breakdown written after its indicator in brackets is said before it, as a report names it:
 * 城乡低保对象(城市) → 城市低保对象 (城市 replaces the 城乡 it narrows), 特困人员（集中供养）→
 * 集中供养特困人员. Any other bracket (含…, a note) stays.
 */
export function breakdownFirst(name: string): string {
  const m = /^(.+?)\s*[(（]\s*([^()（）]{1,6}?)\s*[)）]$/.exec(name);
  // (Matched in simplified characters: 城鄉低保對象(農村) too; simplified keeps every length.)
  const part = m ? simplified(m[2]) : "";
  if (!m || !BREAKDOWN.test(part)) return name;
  const whole = m[1];
  const narrowed = /^(城市|农村|城镇|乡村)$/.test(part) && simplified(whole).startsWith("城乡") ? whole.slice(2) : whole;
  return m[2] + narrowed;
}

function columnFor(table: TableModel, role: ColumnRole): TableColumn | undefined {
  return table.columns.find((c) => c.role === role);
}

/** A note that says the row's figure is the period's new ones only: 新增数, 为当年新增, 系新增人数. */
const NEW_ONLY_NOTE = /^(?:为|系|是|均为)?(?:本期|当期|本年|当年|年内|上半年)?新增(?:数|量|人数|数量)?[。.]?$/;
/** A name that already says so: 新增…, 新建…, 净增…. */
const NEW_ALREADY = /^(?:新增|新建|净增|当年新增|本年新增)/;

/** Facts for every data row, in table order. */
export function factsOf(table: TableModel, findings: readonly Finding[], schema: Schema, opts: FactOptions): Fact[] {
  const issues = issuesByRow(table, findings);
  const valueCol = columnFor(table, "value");
  const growthCol = columnFor(table, "growth");
  const targetCol = columnFor(table, "target");
  const cumulative = !!valueCol && /累计/.test(valueCol.header);
  const basis = growthCol?.growthBasis ?? (growthCol && /环比/.test(growthCol.header) ? "mom" : "yoy");
  const fullYearTarget = !!targetCol && /全年/.test(targetCol.header);
  const facts: Fact[] = [];
  for (const r of table.rows) {
    if (r.kind !== "data") continue;
    const unitCell = r.cells.unit;
    const rowUnit = unitCell ? cellText(unitCell).trim() || null : null;
    // As the checks find it: the unit tells a programme's money (高龄津贴 in 万元) from its recipients.
    const spec = r.indicator ? findIndicatorForUnit(schema, r.indicatorKey, lookupUnit(rowUnit ?? r.cells.value?.quantity?.unit ?? "")) : undefined;
    const unitFor = (role: ColumnRole): string | null => {
      const col = table.columns.find((c) => c.role === role);
      return rowUnit ?? col?.headerUnit ?? (role === "value" || role === "previous" || role === "target" ? (spec?.unit ?? null) : null);
    };
    const value = figureOf(r.cells.value, unitFor("value"));
    const previous = figureOf(r.cells.previous, unitFor("previous"));
    const target = figureOf(r.cells.target, unitFor("target"));
    const growthCell = quantityOf(r.cells.growth);
    const completionCell = quantityOf(r.cells.completion);
    let name = displayName(r, value?.unit ?? rowUnit);
    // A note that says the figure is what came in during the period (新增数, 为当年新增): 新增持证社会工作者136人, not a stock 达到136人.
    const note = r.cells.note ? cellText(r.cells.note).trim() : "";
    if (note && NEW_ONLY_NOTE.test(note) && name && !NEW_ALREADY.test(name)) name = `新增${name}`;
    // 38.6张/千人 beside 每千名老年人…: the name says per whom, the figure says 38.6张.
    if (PER_CAPITA_NAME.test(name)) for (const f of [value, previous]) if (f?.unit && PER_HEAD_UNIT.test(f.unit)) f.unit = f.unit.replace(PER_HEAD_UNIT, "");
    const catText = r.category?.trim() ?? "";
    const catSpec = catText ? findCategory(schema, catText) : undefined;
    const category = catText || spec?.category || "";
    const categoryKey = catSpec?.name ?? category;
    const rowIssues = issues.get(r.row) ?? [];
    const fact: Fact = {
      row: r.row,
      source: r,
      name,
      key: r.indicatorKey || name,
      categoryKey,
      category,
      unit: value?.unit ?? unitFor("value"),
      kind: spec?.kind ?? inferKind(name, value?.info ?? (rowUnit ? lookupUnit(rowUnit) : null), !!(target || completionCell?.number != null)),
      errors: rowIssues.filter((i) => i.severity === "error" || DOUBTS_THE_FIGURE.has(i.code)),
      warnings: rowIssues.filter((i) => i.severity === "warning" && !DOUBTS_THE_FIGURE.has(i.code)),
      exactlyDoubled: false,
      basis,
      cumulative,
      fullYearTarget,
    };
    if (spec) fact.spec = spec;
    if (value) fact.value = value;
    if (previous) fact.previous = previous;
    if (target) fact.target = target;

    // Growth: the stated one, checked against the figures; else computed from them.
    // (No growth to a negative figure: a net change that went below zero has none.)
    const canCompute = value && previous && comparable(value, previous) && inBase(previous) > 0 && inBase(value) >= 0 && value.bound === "exact" && previous.bound === "exact";
    const computed = canCompute ? (inBase(value) / inBase(previous) - 1) * 100 : undefined;
    // `减少13人` in the growth column is the change in the value's unit, not a rate: the growth is worked out.
    const changeInGrowthColumn = !!growthCell?.unit && growthCell.unit !== "%" && !!growthCell.dimension && growthCell.dimension === value?.info?.dimension;
    if (growthCell && growthCell.number !== null && Number.isFinite(growthCell.number) && r.cells.growth && !changeInGrowthColumn) {
      fact.growth = { number: growthCell.number, decimals: statedDecimals(growthCell.decimals), stated: true, cell: r.cells.growth.address, row: r.row };
      if (computed !== undefined) {
        const slack = Math.max(opts.growthFloor, 0.5 * 10 ** -growthCell.decimals + ratioSlack(value!, previous!));
        // Two rates' growth column may hold their change in points (60% → 55%: 5.0), as the checks accept.
        const inPoints = value!.info?.dimension === "rate" && previous!.info?.dimension === "rate" && Math.abs(value!.number - previous!.number - growthCell.number) <= 0.5 * 10 ** -growthCell.decimals + 0.5 * 10 ** -Math.min(value!.decimals, previous!.decimals) + 1e-9;
        if (!inPoints && Math.abs(computed - growthCell.number) > slack + 1e-9 && !fact.errors.some((i) => i.code === "growth-mismatch")) {
          // The checks did not say so (or were not run): the narrative still never states either figure.
          fact.errors.push({ code: "growth-mismatch", severity: "error", role: "growth" });
        }
      }
    } else if (computed !== undefined) {
      fact.growth = {
        number: round(computed, 1),
        decimals: 1,
        stated: false,
        cell: value!.cell,
        row: r.row,
        derivedFrom: [value!.cell, previous!.cell],
      };
    }
    if (canCompute && inBase(value!) === 2 * inBase(previous!)) fact.exactlyDoubled = true;

    // A rate's change is value − previous in percentage points, whatever the growth column says.
    // (Only between exact figures: 80%以上 against 75% is no change of 5 points.)
    if ((fact.kind === "rate" || fact.kind === "share") && value && previous && value.unit === previous.unit && value.info?.dimension === "rate" && value.bound === "exact" && previous.bound === "exact") {
      const d = Math.max(value.decimals, previous.decimals);
      fact.points = {
        number: round(value.number - previous.number, d),
        decimals: d,
        stated: false,
        cell: value.cell,
        row: r.row,
        derivedFrom: [value.cell, previous.cell],
      };
    } else if ((fact.kind === "rate" || fact.kind === "share") && growthCell?.number != null && growthCell.dimension === "rate-points" && r.cells.growth) {
      // No previous year, but the growth cell says it in points itself (提高3.2个百分点): that can be stated.
      fact.points = { number: growthCell.number, decimals: statedDecimals(growthCell.decimals), stated: true, cell: r.cells.growth.address, row: r.row };
    }

    // Completion against the target: stated, checked; else computed.
    const canComplete = value && target && comparable(value, target) && inBase(target) > 0 && value.bound === "exact" && target.bound === "exact";
    const computedCompletion = canComplete ? (inBase(value) / inBase(target)) * 100 : undefined;
    if (completionCell && completionCell.number !== null && Number.isFinite(completionCell.number) && r.cells.completion) {
      fact.completion = { number: completionCell.number, decimals: statedDecimals(completionCell.decimals), stated: true, cell: r.cells.completion.address, row: r.row };
      if (computedCompletion !== undefined) {
        const slack = Math.max(opts.completionFloor, 0.5 * 10 ** -completionCell.decimals + ratioSlack(value!, target!));
        if (Math.abs(computedCompletion - completionCell.number) > slack + 1e-9 && !fact.errors.some((i) => i.code === "completion-mismatch")) {
          fact.errors.push({ code: "completion-mismatch", severity: "error", role: "completion" });
        }
      }
    } else if (computedCompletion !== undefined) {
      fact.completion = {
        number: round(computedCompletion, 1),
        decimals: 1,
        stated: false,
        cell: value!.cell,
        row: r.row,
        derivedFrom: [value!.cell, target!.cell],
      };
    }

    // A value the narrative cannot state is never stated, whether or not a finding says so. A blank
    // the row's note explains (本年度不统计, 年底统计) is no error: the row is left out, as the check
    // leaves it unreported.
    if (!value && fact.errors.length === 0) {
      const vc = r.cells.value;
      const note = r.cells.note ? cellText(r.cells.note).trim() : "";
      if ((!vc || cellText(vc).trim() === "") && ((note && explainsBlank(note)) || retiredIndicator(r.indicator))) continue;
      // A mark (/) under one group's measure beside the row's figures under another (计划投资 / beside
      // 年度目标 60): the measure does not apply to the row, which the other group tells.
      if (vc && isPlaceholder(cellText(vc).trim()) && filledInOtherGroup(table, r.row)) continue;
      const problem = quantityOf(vc)?.problems[0];
      const code = vc?.raw.error ? "cell-error" : vc?.raw.formulaWithoutResult ? "formula-without-result" : problem ? problem : vc && cellText(vc).trim() !== "" ? "not-a-number" : "empty-value";
      fact.errors.push({ code, severity: "error", role: "value" });
    }
    // A share is part of a whole: above 100% it cannot be true.
    if (fact.kind === "share" && value?.info?.dimension === "rate" && value.number > 100 && fact.errors.length === 0) {
      fact.errors.push({ code: "percent-out-of-range", severity: "error", role: "value" });
    }
    facts.push(fact);
  }
  return facts;
}
