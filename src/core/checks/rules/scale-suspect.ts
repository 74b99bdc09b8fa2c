import type { Finding } from "../../findings";
import { lookupUnit } from "../../quantity";
import type { IndicatorSpec } from "../../schema";
import { cellText } from "../../table/header";
import { comparable } from "../arith";
import type { TableColumn } from "../../table/types";
import { type CheckContext, type CheckRule, type Figure, fmt, type RowInfo } from "../context";
import { isTotalName } from "./sum-mismatch";
import { finding } from "../finding";

/** The scale factor (10⁴, 10⁸, …) that `ratio` is close to, within the schema's band; else null. */
export function scaleFactorOf(ctx: CheckContext, ratio: number): number | null {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return null;
  const r = ratio >= 1 ? ratio : 1 / ratio;
  const band = ctx.schema.tolerances.scaleBand;
  for (const f of ctx.schema.tolerances.scaleFactors) if (r >= f / band && r <= f * band) return ratio >= 1 ? f : 1 / f;
  return null;
}

/** A count's unit without its scale: 万张 → 张. */
function countNoun(unit: string): string {
  return unit.trim().replace(/^[万亿千百十]+/, "");
}

/**
 * 床位数(张) over a row named 养老机构 (a count in 家, 个 or 所): the column's header counts other
 * things than the row's indicator does (beds, not institutions), both counts alike to the quantity
 * engine. The indicator's range says nothing of that figure.
 */
function countsOtherThings(spec: IndicatorSpec, f: Figure): boolean {
  if (f.unitFrom !== "header" || !f.unitText || f.unit?.dimension !== "count") return false;
  const own = [spec.unit, ...spec.units].map(countNoun);
  return !own.includes(countNoun(f.unitText));
}

/** The catalogue range in base units, when the value can be compared with it. */
export function rangeInBase(info: RowInfo, f: Figure): { min?: number; max?: number; factor: number; unit: string } | null {
  const spec = info.spec;
  if (!spec || (spec.min === undefined && spec.max === undefined)) return null;
  const u = lookupUnit(spec.unit);
  if (!u || !f.unit || u.dimension !== f.unit.dimension || countsOtherThings(spec, f)) return null;
  return { min: spec.min !== undefined ? spec.min * u.factor : undefined, max: spec.max !== undefined ? spec.max * u.factor : undefined, factor: u.factor, unit: spec.unit };
}

/** How far past the catalogue range a figure may stand and still be read as its true size. */
const NEAR_RANGE = 10;

/** True when the value lies outside the catalogue range but a factor of 10⁴/10⁸ brings it inside. */
export function scaledIntoRange(ctx: CheckContext, info: RowInfo, f: Figure): number | null {
  const r = rangeInBase(info, f);
  // 万 and 亿 scale amounts and counts, never percentages.
  if (!r || f.base <= 0 || f.dimension === "rate" || f.dimension === "rate-points") return null;
  const inside = (x: number) => (r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max);
  if (inside(f.base)) return null;
  // Just past the range (312.6万人 over a maximum of 300万: a province, not a city) is a big place,
  // out-of-range's to ask about; a 万 or 亿 slipped puts a figure an order of magnitude out at least.
  if ((r.max !== undefined && f.base > r.max && f.base < r.max * NEAR_RANGE) || (r.min !== undefined && f.base < r.min && f.base * NEAR_RANGE > r.min)) return null;
  for (const k of ctx.schema.tolerances.scaleFactors) {
    if (inside(f.base * k)) return 1 / k;
    if (inside(f.base / k)) return k;
  }
  return null;
}

/** Fewest figures in a column for its median to say what size its figures are. */
const MEDIAN_OF_AT_LEAST = 4;

/** A wide table's column: each figure against the median of the others (totals left out). */
function againstColumn(ctx: CheckContext, column: TableColumn, out: Finding[]): void {
  const fc = ctx.figureColumn(column.col);
  if (!fc) return;
  const bases: number[] = [];
  for (let i = 0; i < ctx.rows.length; i++) if (fc.has(i) && fc.base[i] > 0 && !isTotalName(ctx.rows[i].row.indicatorKey)) bases.push(fc.base[i]);
  if (bases.length < MEDIAN_OF_AT_LEAST) return;
  const sorted = bases.slice().sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  for (let i = 0; i < ctx.rows.length; i++) {
    if (!fc.has(i) || !(fc.base[i] > 0) || isTotalName(ctx.rows[i].row.indicatorKey)) continue;
    const k = scaleFactorOf(ctx, fc.base[i] / median);
    if (k === null) continue;
    const v = fc.figure(i)!;
    const shown = cellText(v.cell.raw).trim();
    const factor = v.base !== 0 && v.number !== 0 ? v.base / v.number : 1;
    out.push(
      finding("scale-suspect", ctx.msg.scaleSuspectColumn({ value: shown, column: column.header, median: fmt(median / factor, 2), ratio: k >= 1 ? fmt(k) : `1/${fmt(1 / k)}` }), {
        cell: v.cell,
        column,
        row: ctx.rows[i].row,
        value: shown,
        expected: fmt(v.number / k, 6),
      }),
    );
  }
}

/** A part's figure (a quarter) about 10⁴ or 10⁸ times the row's value it is part of, or as small. */
function againstTotal(ctx: CheckContext, part: TableColumn, value: TableColumn, out: Finding[]): void {
  const P = ctx.figureColumn(part.col);
  const V = ctx.figureColumn(value.col);
  if (!P || !V) return;
  for (let i = 0; i < ctx.rows.length; i++) {
    if (!P.has(i) || !V.has(i) || !(P.base[i] > 0) || !(V.base[i] > 0) || scaleFactorOf(ctx, P.base[i] / V.base[i]) === null) continue;
    const p = P.figure(i)!;
    const v = V.figure(i)!;
    if (!comparable(p, v)) continue;
    const k = scaleFactorOf(ctx, p.base / v.base)!;
    const shown = cellText(p.cell.raw).trim();
    out.push(
      finding("scale-suspect", ctx.msg.scaleSuspect({ value: shown, other: cellText(v.cell.raw).trim(), what: `“${value.header}”`, ratio: k >= 1 ? fmt(k) : `1/${fmt(1 / k)}` }), {
        cell: p.cell,
        column: part,
        row: ctx.rows[i].row,
        value: shown,
        expected: fmt(p.number / k, 6),
      }),
    );
  }
}

/**
 * scale-suspect: the value is about 10⁴ or 10⁸ times the previous value or the target (a 万 or
 * 亿 dropped or added), or outside the catalogue's range where such a factor would bring it
 * inside; in a wide table (one indicator per column, one row per place), about 10⁴ or 10⁸ times
 * the column's median (安吉县 54889000 among 5000s of 万元). A warning, on the value cell.
 */
export const scaleSuspect: CheckRule = {
  code: "scale-suspect",
  check(ctx) {
    const out: Finding[] = [];
    const value = ctx.columns.get("value")?.[0];
    if (!value) return out;
    for (const column of ctx.columns.get("value") ?? []) if (column.indicator) againstColumn(ctx, column, out);
    // A quarter about 10⁴ times the half year it is part of (141.5 typed 1415000): on the quarter's cell.
    for (const q of ctx.table.columns) if (q.quarter !== undefined) againstTotal(ctx, q, value, out);
    const others = [...(ctx.columns.get("previous") ?? []), ...(ctx.columns.get("target") ?? [])];
    const values = ctx.figureColumn(value.col);
    if (!values) return out;
    const othersAt = others.map((oc) => ctx.figureColumn(oc.col));
    for (let i = 0; i < ctx.rows.length; i++) {
      if (!values.has(i) || values.base[i] === 0) continue;
      const info = ctx.rows[i];
      const ranged = !!info.spec && (info.spec.min !== undefined || info.spec.max !== undefined);
      // Found from the numbers first: a ratio of about 10⁴ or 10⁸ to another figure, or a catalogue range.
      let near = ranged;
      for (const o of othersAt) if (!near && o && o.has(i) && o.base[i] !== 0 && scaleFactorOf(ctx, values.base[i] / o.base[i]) !== null) near = true;
      if (!near) continue;
      const v = values.figure(i)!;
      let done = false;
      for (const oc of others) {
        const o = info.figures.get(oc.col);
        if (!o || o.base === 0 || !comparable(v, o) || Math.sign(o.base) !== Math.sign(v.base)) continue;
        const k = scaleFactorOf(ctx, v.base / o.base);
        if (k === null) continue;
        // The value agrees with the row's other figure (486.3 beside 452.8 last year): the one 10⁴
        // away from both is the slip (a target typed 0.09 in a 万元 row), on its own cell.
        const odd = others.some((pc) => {
          if (pc === oc) return false;
          const p = info.figures.get(pc.col);
          if (!p || p.base === 0 || !comparable(v, p)) return false;
          const r = v.base / p.base;
          return r >= 0.2 && r <= 5;
        });
        if (odd) {
          out.push(
            finding("scale-suspect", ctx.msg.scaleSuspect({ value: cellText(o.cell.raw).trim(), other: cellText(v.cell.raw).trim(), what: `“${value.header}”`, ratio: k >= 1 ? `1/${fmt(k)}` : fmt(1 / k) }), {
              cell: o.cell,
              column: oc,
              row: info.row,
              value: cellText(o.cell.raw).trim(),
              expected: fmt(o.number * k, 6),
            }),
          );
          done = true;
          break;
        }
        out.push(
          finding("scale-suspect", ctx.msg.scaleSuspect({ value: cellText(v.cell.raw).trim(), other: cellText(o.cell.raw).trim(), what: `“${oc.header}”`, ratio: k >= 1 ? fmt(k) : `1/${fmt(1 / k)}` }), {
            cell: v.cell,
            column: value,
            row: info.row,
            value: cellText(v.cell.raw).trim(),
            expected: fmt(v.number / k, 6),
          }),
        );
        done = true;
        break;
      }
      if (done) continue;
      const k = scaledIntoRange(ctx, info, v);
      if (k === null) continue;
      const r = rangeInBase(info, v)!;
      out.push(
        finding("scale-suspect", ctx.msg.scaleSuspectRange({ value: cellText(v.cell.raw).trim(), min: r.min !== undefined ? fmt(r.min / r.factor) : "", max: r.max !== undefined ? fmt(r.max / r.factor) : "", unit: r.unit }), {
          cell: v.cell,
          column: value,
          row: info.row,
          value: cellText(v.cell.raw).trim(),
          expected: fmt(v.number / k, 6),
        }),
      );
    }
    return out;
  },
};
