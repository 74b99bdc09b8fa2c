import type { Finding } from "../../findings";
import { findIndicator } from "../../schema";
import { cellText } from "../../table/header";
import { comparable } from "../arith";
import { type CheckRule, type Figure, fmt, type RowInfo } from "../context";
import { finding } from "../finding";

/** Rows that total the rows above them. */
const TOTAL = /^(?:合计|总计|小计|共计|total|subtotal|sum)$/;

function sumOf(figs: readonly Figure[]): { sum: number; half: number } {
  let sum = 0;
  let half = 0;
  for (const f of figs) {
    sum += f.base;
    half += f.half;
  }
  return { sum, half };
}

/** The figure in the total's unit, for the message: 1285 (个), 1.2亿 stays in the total's unit. */
function inUnitOf(total: Figure, base: number): string {
  const factor = total.base !== 0 && total.number !== 0 ? total.base / total.number : 1;
  return fmt(base / factor, Math.max(total.q.decimals, 2));
}

/**
 * sum-mismatch: a total against its parts, in the value column.
 * - Rows numbered as its children (一、 > (一) > 1. > (1) > A): all parts must add up to it.
 * - 其中 / # rows: together they must not exceed it.
 * - Sums the schema declares between catalogue indicators (`equal` or `at-most`).
 * Parts must all be written exactly and in the total's dimension, else nothing is concluded.
 * Tolerance: the rounding of every figure involved plus the schema's sumFloor. On the total's cell.
 */
const NOT_ADDED: ReadonlySet<string> = new Set(["rate", "share", "completion", "standard"]);
/** Per-head and average figures (月人均补助, 户均) are not added up either. */
const AVERAGE = /人均|户均|平均|均值|标准/;

export const sumMismatch: CheckRule = {
  code: "sum-mismatch",
  check(ctx) {
    const out: Finding[] = [];
    if (!ctx.columns.get("value")?.[0]) return out;
    const floor = ctx.schema.tolerances.sumFloor;
    const children = new Map<number, { numbered: RowInfo[]; ofWhich: RowInfo[] }>();
    for (const info of ctx.rows) {
      const parent = info.row.parentRow;
      if (parent === undefined || !info.row.partKind) continue;
      let c = children.get(parent);
      if (!c) children.set(parent, (c = { numbered: [], ofWhich: [] }));
      (info.row.partKind === "numbered" ? c.numbered : c.ofWhich).push(info);
    }
    const flagged = new Set<string>();
    // The value column, and in a wide table every other column that is an indicator of its own
    // (低保户数 | 低保人数 | 低保资金): a 合计 row must add up in each.
    // (Shares and rates, 覆盖率(%), are not added up.)
    const valueColumns = (ctx.columns.get("value") ?? []).filter((c, i) => i === 0 || (!!c.indicator && c.headerUnit !== "%" && !NOT_ADDED.has(ctx.columnKind.get(c.col) ?? "count") && !AVERAGE.test(c.indicator)));
    let value = valueColumns[0];
    const report = (total: RowInfo, t: Figure, parts: Figure[], relation: "equal" | "at-most") => {
      if (flagged.has(t.cell.address)) return;
      const { sum, half } = sumOf(parts);
      const tol = half + t.half + floor + 1e-9 * Math.max(1, Math.abs(t.base));
      const bad = relation === "equal" ? Math.abs(sum - t.base) > tol : sum > t.base + tol;
      if (!bad) return;
      flagged.add(t.cell.address);
      const shownSum = inUnitOf(t, sum);
      const shownTotal = cellText(t.cell.raw).trim();
      const params = { total: shownTotal, sum: shownSum, parts: parts.length };
      out.push(
        finding("sum-mismatch", relation === "equal" ? ctx.msg.sumMismatch(params) : ctx.msg.partsExceedTotal(params), {
          cell: t.cell,
          column: value,
          row: total.row,
          value: shownTotal,
          expected: relation === "equal" ? shownSum : `<=${shownTotal}`,
        }),
      );
    };
    const usable = (t: Figure, parts: RowInfo[], all: boolean): Figure[] | null => {
      const figs: Figure[] = [];
      for (const p of parts) {
        const f = p.figures.get(value.col);
        if (!f || !f.exact || !comparable(t, f)) {
          if (all) return null;
          continue;
        }
        figs.push(f);
      }
      return figs.length > 0 ? figs : null;
    };
    for (const column of valueColumns) {
      value = column;
      for (const [parentRow, c] of children) {
        const total = ctx.byRow.get(parentRow);
        const t = total?.figures.get(value.col);
        if (!total || !t || !t.exact) continue;
        if (c.numbered.length >= 2) {
          const figs = usable(t, c.numbered, true);
          if (figs) report(total, t, figs, "equal");
        }
        if (c.ofWhich.length >= 1) {
          const figs = usable(t, c.ofWhich, false);
          if (figs) report(total, t, figs, "at-most");
        }
      }
      // A 合计/总计/小计 row: the data rows above it, back to the previous section or total, at its level.
      let from = 0;
      const rowsInOrder = ctx.table.rows;
      for (let i = 0; i < rowsInOrder.length; i++) {
        const row = rowsInOrder[i];
        if (row.kind === "section") {
          from = i + 1;
          continue;
        }
        if (row.kind !== "data" || !TOTAL.test(row.indicatorKey)) continue;
        const total = ctx.byRow.get(row.row);
        const t = total?.figures.get(value.col);
        const parts: RowInfo[] = [];
        for (let j = from; j < i; j++) {
          const p = rowsInOrder[j];
          if (p.kind !== "data" || p.level !== row.level || p.partKind === "of-which") continue;
          const info = ctx.byRow.get(p.row);
          if (info) parts.push(info);
        }
        from = i + 1;
        if (!total || !t || !t.exact || parts.length < 2) continue;
        const figs = usable(t, parts, true);
        if (figs) report(total, t, figs, "equal");
      }
    }
    value = valueColumns[0];
    // Declared sums: each name's first data row.
    if (ctx.schema.sums.length > 0) {
      const bySpec = new Map<object, RowInfo>();
      for (const info of ctx.rows) if (info.spec && !bySpec.has(info.spec)) bySpec.set(info.spec, info);
      for (const s of ctx.schema.sums) {
        const ts = findIndicator(ctx.schema, s.total);
        const total = ts && bySpec.get(ts);
        const t = total?.figures.get(value.col);
        if (!total || !t || !t.exact) continue;
        const parts: RowInfo[] = [];
        let missing = false;
        for (const name of s.parts) {
          const ps = findIndicator(ctx.schema, name);
          const r = ps && bySpec.get(ps);
          if (r) parts.push(r);
          else missing = true;
        }
        if (s.relation === "equal" && missing) continue;
        const figs = usable(t, parts, s.relation === "equal");
        if (figs) report(total, t, figs, s.relation);
      }
    }
    return out;
  },
};
