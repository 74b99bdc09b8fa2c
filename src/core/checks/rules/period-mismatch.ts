import type { Finding } from "../../findings";
import { a1 } from "../../table/grid";
import { findPeriod, monthSpan, samePeriod } from "../../table/period";
import type { Period } from "../../table/types";
import type { TableColumn, TableModel } from "../../table/types";
import { type CheckContext, type CheckRule } from "../context";
import { finding } from "../finding";

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

/**
 * period-mismatch: the year or period in the title or a header disagrees with the period being
 * reported (the caller's year, else the schema's period, else the title's). A previous column
 * must name an earlier period than the value column. A title that alone gives the period must fit
 * the date written on the form (填报日期 2020年7月 under a 2024年上半年 title). On the header cell, or the title cell.
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
    // filled in, or counts to, must fall from shortly before the period's end to a year after it.
    // When a header says the same period as well, the date is the odd one out (last year's form
    // filled in again): on the date's cell.
    if (reported && ctx.table.dates) {
      const end = periodEnd(reported);
      const date = ctx.table.dates.find((d) => {
        const months = d.year * 12 + d.month - end;
        return months < -6 || months > 12;
      });
      if (date && ctx.periodFrom === "title" && !value?.period && ctx.table.titleCell) {
        // On the title line the period was read from (not an 附件2 line above it).
        const lines = ctx.table.title!.split("\n");
        const cells = ctx.table.titleCells ?? [ctx.table.titleCell];
        const at = Math.max(0, lines.findIndex((l, i) => i < cells.length && findPeriod(l) !== null));
        const address = cells[at] ?? ctx.table.titleCell;
        const row = Number(address.replace(/^[A-Z]+/, ""));
        out.push(finding("period-mismatch", ctx.msg.titleDateMismatch({ period: reported.label, date: date.text }), { cell: { address, row }, value: reported.label, expected: `${date.year}` }));
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
