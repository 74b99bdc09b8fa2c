import type { Quantity } from "./types";

/**
 * Half a unit in the last place the writer wrote, in the quantity's unit: how far the true
 * figure may be from `number` because of rounding. 4.48亿元 → 500000 (元); 1100 → 0.5;
 * 5.6万人次 → 500; 80% → 0.5. Checks compare computed figures within this.
 */
export function roundingTolerance(q: Pick<Quantity, "decimals" | "scale">): number {
  return Number((0.5 * 10 ** -q.decimals * q.scale).toPrecision(12));
}
