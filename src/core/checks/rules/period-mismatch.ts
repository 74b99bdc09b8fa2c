import type { Finding } from "../../findings";
import { a1 } from "../../table/grid";
import { findPeriod, monthSpan, samePeriod, yearsIn } from "../../table/period";
import type { Period, TableRow } from "../../table/types";
import type { TableColumn, TableModel } from "../../table/types";
import { type CheckContext, type CheckRule } from "../context";
import { finding } from "../finding";
import { datedRow, samePart } from "../period-rows";

const DATE_LINE = /日期|时间|\d\s*日/;
/** A line that states the period counted (`统计时段:2025年6月1日—6月30日`, `报告期:2025年1-6月`), dates or not. */
const PERIOD_LINE = /统计时段|统计期|报告期|所属期|统计区间|数据期间|时间段|统计周期/;

/** The header cell of a column that names `label` (two-row headers: the row that says it). */
function headerCell(ctx: CheckContext, col: TableColumn, label: string): { address: string; row: number } {
  const rows = ctx.table.headerRows;
  const parts = col.header.split(" / ");
  const i = Math.max(0, parts.findIndex((p) => p.replace(/\s+/g, "").includes(label)));
  const row = rows[Math.min(i, rows.length - 1)];
  return { address: a1(row - 1, col.col), row };
}

/** The month a period ends in, counted from year 0 (2024年上半年 → 2024 × 12 + 6). */
function periodEnd(p: Period): number {
  const month = p.month ?? (p.quarter ? p.quarter * 3 : p.half === 1 ? 6 : 12);
  return p.year * 12 + month;
}

/**
 * How many months after the end of a period that ends with its year (2024年度, 下半年, 四季度) the
 * figures may be counted to in the next year: the year's last figures come in over the first
 * quarter (2024年度 统计截至 2025年1月15日, a final count to 2025年3月31日).
 */
const AS_OF_NEXT_YEAR_MONTHS = 3;

type FormDate = NonNullable<TableModel["dates"]>[number];

/**
 * A title of targets or a plan for the period (2025年度目标任务分解表, 2025年工作计划): such a form is
 * drawn up before the period starts, in the autumn or winter before it (填报日期 2024年12月20日).
 */
const PLAN_TITLE_WORDS = /目标|计划|任务分解|预算|规划/;
/** How many months before the end of a planned period its form may be filled in (a year's plan: from the July before it; the usual six months would refuse one filled in that February). */
const PLAN_AHEAD_MONTHS = 18;

/**
 * Whether a date on the form cannot be of the reported period. The day the form was filled in
 * falls from shortly before the period's end to a year after it (a yearly form filled in the next
 * spring). The date the figures are counted to (统计截至) is the end of what they cover: in a later
 * year than the period's only early in it, after a period that ends with its year (2024年度
 * counted to 2025年9月30日 is the next year's form under last year's title).
 */
function dateOutsidePeriod(d: FormDate, reported: Period, plan: boolean): boolean {
  const months = d.year * 12 + d.month - periodEnd(reported);
  if (months < (plan && d.asOf !== true ? -PLAN_AHEAD_MONTHS : -6) || months > 12) return true;
  return d.asOf === true && d.year > reported.year && months > AS_OF_NEXT_YEAR_MONTHS;
}

/** Every column the table was read with: its segments', groups' and neighbours' and the unmapped figure columns too. */
function tableColumns(t: TableModel): TableColumn[] {
  return [
    ...t.columns,
    ...(t.figureExtras ?? []),
    ...(t.segments ?? []).flatMap((s) => s.columns),
    ...(t.groups ?? []).flatMap((s) => s.columns),
    ...(t.beside ?? []).flatMap((b) => b.columns),
  ];
}

/** Whether `a` and `b` cover the same months. */
function sameSpan(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * The title counts the months from January to one month (上半年 = 1-6月, 一季度 = 1-3月, 前三季度 = 1-9月)
 * and the value column, of the same year, from January to another (2024年1-9月 under 2024年上半年):
 * the year agrees, the part of it does not. Both must be a run of months (a single month, `6月底`,
 * is a stock at a date, and a monthly form's 本月 beside 本年累计 is no mismatch); one starting later
 * (二季度 under 上半年, 1-6月 under 第二季度) is a part or a running total. Held back when any column
 * of that year, or any title line, states another run (a breakdown by quarter, `统计时段:2024年1-5月`):
 * the form then says what it counts. Null when they agree, else the value column's period.
 */
function partOfYearMismatch(ctx: CheckContext, value: TableColumn | undefined): Period | null {
  const title = ctx.table.title ? findPeriod(ctx.table.title) : null;
  const vp = value?.period;
  if (!title || !vp || vp.year !== title.year) return null;
  const t = monthSpan(title);
  const v = monthSpan(vp);
  if (!t || !v || t[0] !== 1 || v[0] !== 1 || t[1] === t[0] || v[1] === v[0] || t[1] === v[1]) return null;
  // A quarter under a longer title is the first of the parts it is broken into (一季度 | 二季度 |
  // 合计 under 上半年), whether or not the other parts were read as columns.
  if (v[1] - v[0] === 2 && v[1] < t[1]) return null;
  for (const c of tableColumns(ctx.table)) {
    if (c === value || !c.period || c.period.year !== title.year) continue;
    const s = monthSpan(c.period);
    if (s && !sameSpan(s, v)) return null;
  }
  for (const line of ctx.table.title!.split("\n")) {
    const lp = findPeriod(line);
    const s = lp && lp.year === title.year ? monthSpan(lp) : null;
    if (s && sameSpan(s, v)) return null;
  }
  return vp;
}

/** What may follow a period in the name of a row that is that period: 2024年上半年合计, 2025年6月末. */
const PERIOD_ROW_REST = /^(?:合计|累计|小计|数|末|底)?$/;
/** A plan named by its number, not its years (十四五时期): its table runs over five years. */
const PLAN_TITLE = /十[一二三四五六七八九]五/;
/** What a row named a period (a year) or the current one (本期, 当期) opens with: most rows' names are told apart by this alone. */
const PERIOD_ROW_START = /^\s*[12本当]/;

/**
 * The period a row's name opens with (2020年上半年, 2024年完成, 2018年以来累计), and whether the name
 * is that period and nothing more (2020年上半年, 2024年上半年合计, 2020年6月末): not an indicator that
 * names a year (2023年度新增, 2018年以来累计), nor the year before's (2023年同期: what the period is
 * compared with).
 */
function rowPeriod(key: string): { period: Period; alone: boolean } | null {
  const k = key.replace(/\s+/g, "");
  const p = findPeriod(k);
  if (!p || p.index !== 0) return null;
  return { period: p, alone: PERIOD_ROW_REST.test(k.slice(p.label.length)) };
}

/**
 * Whether the title leaves the reported year open to rows of other years: it names a plan (十四五)
 * or several years (2021—2025年), or the period was read from a date line (填报日期:2025年1月10日
 * over the months of 2024, filled in after them).
 */
function titleSpansYears(title: string): boolean {
  if (PLAN_TITLE.test(title)) return true;
  const lines = title.split("\n");
  const isDate = (l: string, i: number) => i > 0 && DATE_LINE.test(l) && !PERIOD_LINE.test(l);
  const first = lines.findIndex((l) => findPeriod(l) !== null);
  if (first >= 0 && isDate(lines[first], first)) return true;
  return new Set(lines.filter((l, i) => !isDate(l, i)).flatMap(yearsIn)).size > 1;
}

/**
 * The rows of a table whose periods run down the rows (2024年一季度 | 2023年一季度 | 同比(%), the
 * months of a year) that name another year than the one reported: the first row of that year.
 * The rows a year before another of the same part (2023年一季度 under 2024年一季度) are what it is
 * compared with, and a row of the reported year (or 本期, or one that opens with the year:
 * 2024年完成) makes the others its comparisons, its history or its plan. Held back when the rows
 * tell more than two years, or two that are no pair (a series: 2021年 … 2025年, 2015年 | 2020年),
 * or when the title spans years. Last year's months past the title's part of the year (2024年1-12月
 * under 2025年1月) are last year told again, not a slip. Once a table: its current rows are of one year.
 */
function wrongYearRow(ctx: CheckContext, reported: Period): { row: TableRow; period: Period } | null {
  if (ctx.table.title && titleSpansYears(ctx.table.title)) return null;
  const dated: { row: TableRow; period: Period }[] = [];
  // (Indexed: once a table, in code not yet optimised, for-of made an iterator result per row.)
  const rows = ctx.table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== "data" || !PERIOD_ROW_START.test(row.indicatorKey)) continue;
    const p = rowPeriod(row.indicatorKey);
    if (p?.period.year === reported.year || datedRow(row.indicatorKey)?.current) return null;
    if (p?.alone) dated.push({ row, period: p.period });
  }
  if (dated.length === 0 || new Set(dated.map((d) => d.period.year)).size > 2) return null;
  const current = dated.filter((d) => !dated.some((e) => e.period.year === d.period.year + 1 && samePart(e.period, d.period)));
  if (new Set(current.map((d) => d.period.year)).size !== 1) return null;
  const year = current[0].period.year;
  if (year === reported.year - 1) {
    const t = monthSpan(reported);
    if (t && current.some((d) => (monthSpan(d.period)?.[1] ?? 12) > t[1])) return null;
  }
  return current[0];
}

/**
 * period-mismatch: the year or period in the title or a header disagrees with the period being
 * reported (the caller's year, else the schema's period, else the title's), or the periods down
 * the rows of a table told period by period name another year (wrongYearRow). A previous column
 * must name an earlier period than the value column. A title that alone gives the period must fit
 * the date written on the form (填报日期 2020年7月 under a 2024年上半年 title), and the date its
 * figures are counted to its year (统计截至 2025年9月30日 under a 2024年度 title). On the header cell,
 * the title cell, or the row's label.
 */
export const periodMismatch: CheckRule = {
  code: "period-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    const reported = ctx.period;
    const value = ctx.columns.get("value")?.[0];
    if (reported && ctx.table.title && ctx.table.titleCell) {
      // Each title line on its own (a period line under the title: `2023年1-6月`); the line the
      // reported period was read from agrees with it by definition.
      const lines = ctx.table.title.split("\n");
      const cells = ctx.table.titleCells ?? [ctx.table.titleCell];
      for (let i = 0; i < lines.length && i < cells.length; i++) {
        // A date line (填报日期:2025年1月10日) says when, not what period.
        if (i > 0 && DATE_LINE.test(lines[i]) && !PERIOD_LINE.test(lines[i])) continue;
        const tp = findPeriod(lines[i]);
        if (!tp || samePeriod(tp, reported)) continue;
        const row = Number(cells[i].replace(/^[A-Z]+/, ""));
        out.push(finding("period-mismatch", ctx.msg.titlePeriodMismatch({ found: tp.label, expected: reported.label }), { cell: { address: cells[i], row }, value: tp.label, expected: reported.label }));
      }
    }
    // Only the title says the period (no period in a header, none given): the date the form was
    // filled in must fall from shortly before the period's end to a year after it, the date it
    // counts to within the period's year (dateOutsidePeriod).
    // When a header says the same period as well, the date is the odd one out (last year's form
    // filled in again): on the date's cell.
    // Not under a title that spans years (十四五, 2021年—2025年): its first year is no period a date falls in.
    if (reported && ctx.table.dates && !(ctx.table.title && titleSpansYears(ctx.table.title))) {
      const plan = !!ctx.table.title && PLAN_TITLE_WORDS.test(ctx.table.title);
      const date = ctx.table.dates.find((d) => dateOutsidePeriod(d, reported, plan));
      if (date && ctx.periodFrom === "title" && !value?.period && ctx.table.titleCell) {
        // On the title line the period was read from (not an 附件2 line above it).
        const lines = ctx.table.title!.split("\n");
        const cells = ctx.table.titleCells ?? [ctx.table.titleCell];
        const at = Math.max(0, lines.findIndex((l, i) => i < cells.length && findPeriod(l) !== null));
        const address = cells[at] ?? ctx.table.titleCell;
        const row = Number(address.replace(/^[A-Z]+/, ""));
        const say = date.asOf && date.year > reported.year ? ctx.msg.titleAsOfMismatch : ctx.msg.titleDateMismatch;
        out.push(finding("period-mismatch", say({ period: reported.label, date: date.text }), { cell: { address, row }, value: reported.label, expected: `${date.year}` }));
      } else if (date && value?.period && samePeriod(value.period, reported)) {
        out.push(finding("period-mismatch", ctx.msg.formDateMismatch({ period: reported.label, date: date.text }), { cell: { address: date.cell, row: date.row }, value: date.text, expected: reported.label }));
      }
    }
    if (reported && value?.period && !samePeriod(value.period, reported)) {
      out.push(
        finding("period-mismatch", ctx.msg.periodMismatch({ found: value.period.label, expected: reported.label }), {
          cell: headerCell(ctx, value, value.period.label),
          column: value,
          value: value.period.label,
          expected: reported.label,
        }),
      );
    }
    // The reported period may be a year only (given, or the schema's): the title's part of it still
    // has to fit the value column's (上半年 over 2024年1-9月). Once only: not when flagged above.
    const part = !reported || !value?.period || samePeriod(value.period, reported) ? partOfYearMismatch(ctx, value) : null;
    if (part && value) {
      const expected = findPeriod(ctx.table.title!)!.label;
      out.push(finding("period-mismatch", ctx.msg.periodMismatch({ found: part.label, expected }), { cell: headerCell(ctx, value, part.label), column: value, value: part.label, expected }));
    }
    // The periods may run down the rows instead (2020年上半年 | 2019年上半年 | 同比(%)).
    const wrongRow = reported ? wrongYearRow(ctx, reported) : null;
    const label = wrongRow?.row.cells.indicator;
    if (wrongRow && label) {
      const found = wrongRow.period.label;
      out.push(finding("period-mismatch", ctx.msg.rowPeriodMismatch({ found, expected: reported!.label }), { cell: label, row: wrongRow.row, value: found, expected: reported!.label }));
    }
    const current = value?.period ?? reported;
    if (current) {
      for (const p of ctx.columns.get("previous") ?? []) {
        if (!p.period) continue;
        // 同比 compares with the same period one year back: 2022年上半年 under 2024年上半年 is two.
        if (p.growthBasis !== "mom" && p.period.year < current.year - 1 && !ctx.columns.get("previous")!.some((q) => q !== p && q.period?.year === current.year - 1)) {
          const expected = p.period.label.replace(String(p.period.year), String(current.year - 1));
          out.push(finding("period-mismatch", ctx.msg.previousPeriodNotLastYear({ found: p.period.label, expected }), { cell: headerCell(ctx, p, p.period.label), column: p, value: p.period.label, expected }));
          continue;
        }
        if (p.period.year < current.year || (p.period.year === current.year && (p.growthBasis === "mom" || (p.period.half ?? 0) < (current.half ?? 0) || (p.period.month ?? 0) < (current.month ?? 0) || (p.period.quarter ?? 0) < (current.quarter ?? 0)))) continue;
        out.push(finding("period-mismatch", ctx.msg.previousPeriodMismatch({ found: p.period.label, current: current.label }), { cell: headerCell(ctx, p, p.period.label), column: p, value: p.period.label, expected: `<${current.label}` }));
      }
      // A target is the year's (2024年目标, 2024年全年任务): an earlier year's is last year's form kept.
      // (A later year's is a plan: 2024年完成 | 2025年目标.)
      for (const t of ctx.columns.get("target") ?? []) {
        if (!t.period || t.period.year >= current.year) continue;
        out.push(finding("period-mismatch", ctx.msg.targetPeriodMismatch({ found: t.period.label, current: current.label }), { cell: headerCell(ctx, t, t.period.label), column: t, value: t.period.label, expected: `${current.year}` }));
      }
    }
    return out;
  },
};
