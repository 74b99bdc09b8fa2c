import type { Figure } from "./context";

/**
 * Interval arithmetic for figures written with limited precision: each figure stands for any
 * number within half a unit of its last written digit, so a ratio of two figures is an interval.
 */

export interface Interval {
  lo: number;
  hi: number;
}

/** What percentInterval reads of a figure: its value in base units and the rounding it may carry. */
export type Rounded = Pick<Figure, "base" | "half">;

/** (a / b − offset) × 100 over a ± half and b ± half; null when b's interval touches zero. */
export function percentInterval(a: Rounded, b: Rounded, offset: number): Interval | null {
  const blo = b.base - b.half;
  const bhi = b.base + b.half;
  if (blo <= 0 || bhi <= 0) return null;
  const alo = a.base - a.half;
  const ahi = a.base + a.half;
  const r1 = alo / bhi;
  const r2 = ahi / blo;
  const r3 = alo / blo;
  const r4 = ahi / bhi;
  return { lo: (Math.min(r1, r2, r3, r4) - offset) * 100, hi: (Math.max(r1, r2, r3, r4) - offset) * 100 };
}

/**
 * Whether `x` lies within `allowed` of percentInterval(a, b, offset), from the numbers alone (a
 * figure's base and half); true when b's interval touches zero, where percentInterval has no
 * interval to compare with. For rules that scan a column before they look at a row's Figures:
 * the same arithmetic as percentInterval and distance.
 */
export function agreesWithPercent(x: number, allowed: number, a: number, aHalf: number, b: number, bHalf: number, offset: number): boolean {
  const blo = b - bHalf;
  const bhi = b + bHalf;
  if (blo <= 0 || bhi <= 0) return true;
  const alo = a - aHalf;
  const ahi = a + aHalf;
  const r1 = alo / bhi;
  const r2 = ahi / blo;
  const r3 = alo / blo;
  const r4 = ahi / bhi;
  const lo = (Math.min(r1, r2, r3, r4) - offset) * 100;
  const hi = (Math.max(r1, r2, r3, r4) - offset) * 100;
  return (x < lo ? lo - x : x > hi ? x - hi : 0) <= allowed;
}

/**
 * Whether a stated percentage `x` (a growth: offset 1; a completion: offset 0) follows from `a`
 * and `b` within its rounding (at least 0.1); undefined when `b` may be zero and it cannot be told.
 */
export function statedAgrees(x: Figure, a: Figure, b: Figure, offset: number): boolean | undefined {
  const i = percentInterval(a, b, offset);
  return i ? distance(x.base, i) <= Math.max(x.half, 0.1) : undefined;
}

/** How far `x` lies outside the interval (0 inside). */
export function distance(x: number, i: Interval): number {
  return x < i.lo ? i.lo - x : x > i.hi ? x - i.hi : 0;
}

/** Two figures measure the same thing in comparable units (same dimension, or the same unit text). */
export function comparable(a: Figure, b: Figure): boolean {
  if (a.dimension && b.dimension) return a.dimension === b.dimension;
  return a.unitText === b.unitText;
}

/** Half a unit of a figure's last written digit, in the unit it is written in (Figure.half is in base units). */
export function writtenHalf(f: Figure): number {
  return f.base !== 0 && f.number !== 0 ? f.half * (f.number / f.base) : f.half;
}
