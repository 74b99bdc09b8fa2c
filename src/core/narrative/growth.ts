import type { Locale } from "../findings/types";
import type { NarrativeMessages } from "../i18n/narrative.zh-CN";
import { formatNumber, formatQuantity } from "../quantity";
import type { Period } from "../table/types";
import type { Change, Fact, Figure } from "./facts";
import { formatFigure, round } from "./facts";
import { fill, type FigurePiece, layout, type Piece } from "./phrase";
import { narrativeWords } from "./words";

/**
 * Growth wording that is always right:
 * - a rise is 增长 and a fall 下降, with the size as a positive figure: 同比增长4.8%, 同比下降6.9%,
 *   never 增长-6.9%; a change that rounds to zero is 与上年持平;
 * - 增长 (by) takes the size of the change, never the new level (that is 增长到/提高至, which the
 *   patterns use with the value);
 * - a whole multiple is said in 倍 with its true meaning: +100% is 增长1倍, +200% 增长2倍 (to three
 *   times); 翻一番 only when the value is exactly twice the previous one;
 * - a rate's or share's change is value − previous in 个百分点, never a percentage (see `pointsPhrase`).
 */

export interface GrowthContext {
  msg: NarrativeMessages;
  period?: Period;
}

/** 上年, 上年同期 (for a half-year, quarter or month) or 上期 (period on period). */
export function priorWord(ctx: GrowthContext, basis: "yoy" | "mom"): string {
  if (basis === "mom") return ctx.msg.priorPeriod;
  const p = ctx.period;
  return p && (p.half || p.quarter || p.month) ? ctx.msg.priorYearSamePeriod : ctx.msg.priorYear;
}

function basisWord(ctx: GrowthContext, basis: "yoy" | "mom"): string {
  return basis === "mom" ? ctx.msg.basisMom : ctx.msg.basisYoy;
}

function piece(c: Change, text: string): FigurePiece {
  const p: FigurePiece = { text, cell: c.cell, row: c.row, role: "growth" };
  if (c.derivedFrom) p.derivedFrom = c.derivedFrom;
  return p;
}

/**
 * The percentage as written: 4.8%, with the writer's decimals (computed ones: one decimal). With
 * `keep`, a trailing zero the writer typed stays (7.0 in the table: 7.0%, beside 6.8%).
 */
export function percentText(n: number, decimals: number, keep = false): string {
  const text = formatQuantity({ number: Math.abs(round(n, decimals)), unit: "%" }, { maxDecimals: decimals });
  if (!keep || decimals <= 0 || !text.endsWith("%")) return text;
  const digits = text.slice(0, -1);
  const dot = digits.indexOf(".");
  const have = dot < 0 ? 0 : digits.length - dot - 1;
  if (have >= decimals || !/^\d+(\.\d+)?$/.test(digits)) return text;
  return (dot < 0 ? digits + "." : digits) + "0".repeat(decimals - have) + "%";
}

/** What a growth says, in one of four shapes; `same` for a list whose members share it (均). */
export function growthPhrase(g: Change, fact: Pick<Fact, "basis" | "exactlyDoubled">, ctx: GrowthContext, same = false): Piece[] {
  const shown = round(g.number, g.decimals);
  const basis = basisWord(ctx, fact.basis);
  const prior = priorWord(ctx, fact.basis);
  if (shown === 0) return fill(same ? ctx.msg.growthFlatSame : ctx.msg.growthFlat, { prior });
  if (!same && fact.exactlyDoubled && Math.abs(g.number - 100) < 1e-9) return fill(ctx.msg.doubled, { prior });
  if (!same && shown >= 100 && Number.isInteger(shown / 100)) {
    return fill(ctx.msg.growthTimes, { basis, times: [piece(g, String(shown / 100))] });
  }
  const pct = [piece(g, percentText(shown, g.decimals, g.stated))];
  if (shown > 0) return fill(same ? ctx.msg.growthUpSame : ctx.msg.growthUp, { basis, pct });
  return fill(same ? ctx.msg.growthDownSame : ctx.msg.growthDown, { basis, pct });
}

/**
 * A rate's change in percentage points: 提高3.2个百分点, 下降0.5个百分点, 与上年持平. A rate in ‰
 * (12.9‰ → 12.4‰) changes by 0.5 个千分点, which is 0.05 个百分点: its change computed from the
 * two figures is said in 千分点 (a change the growth cell states keeps that cell's 百分点).
 */
export function pointsPhrase(c: Change, fact: Pick<Fact, "basis"> & { value?: Pick<Figure, "unit"> }, ctx: GrowthContext & { locale?: Locale }): Piece[] {
  const shown = round(c.number, c.decimals);
  if (shown === 0) return fill(ctx.msg.pointsFlat, { prior: priorWord(ctx, fact.basis) });
  const permille = !c.stated && fact.value?.unit === "‰";
  const template = permille ? narrativeWords(ctx.locale).permilleFigure : ctx.msg.pointsFigure;
  const text = layout(fill(template, { points: formatNumber(Math.abs(shown), c.decimals) })).text;
  const p: FigurePiece = { text, cell: c.cell, row: c.row, role: "change" };
  if (c.derivedFrom) p.derivedFrom = c.derivedFrom;
  return fill(shown > 0 ? ctx.msg.pointsUp : ctx.msg.pointsDown, { points: [p] });
}

/**
 * A stock's net change in the figure's own unit and scale: 增加30家, 减少12个, 21.36万人 then
 * 增加0.52万人 (never 5200人 beside 万人); undefined when the two cannot be compared. The change of a
 * stock is 增加, never 新增: 新增 is itself a statistic (新增低保对象), what came in during the period,
 * while the difference of two stocks is what came in less what left.
 */
export function diffPhrase(value: Figure, previous: Figure, ctx: GrowthContext & { locale?: Locale }): Piece[] | undefined {
  if (value.unit !== previous.unit || value.bound !== "exact" || previous.bound !== "exact") return undefined;
  const d = Math.max(value.decimals, previous.decimals);
  const diff = round(value.number - previous.number, d);
  if (diff === 0) return undefined;
  const text = formatFigure({ number: Math.abs(diff), unit: value.unit, decimals: d }, { keepScale: true });
  const p: FigurePiece = { text, cell: value.cell, row: value.row, role: "change", derivedFrom: [value.cell, previous.cell] };
  return fill(diff > 0 ? narrativeWords(ctx.locale).netUp : ctx.msg.diffDown, { diff: [p] });
}

/** +1 or −1 when a growth is said as a plain percentage (增长4.8%, 下降6.9%); 0 for 持平, 倍 and 翻一番. */
export function percentSign(g: Change, fact: Pick<Fact, "exactlyDoubled">): 1 | -1 | 0 {
  const shown = round(g.number, g.decimals);
  if (shown === 0 || (fact.exactlyDoubled && Math.abs(g.number - 100) < 1e-9)) return 0;
  if (shown >= 100 && Number.isInteger(shown / 100)) return 0;
  return shown > 0 ? 1 : -1;
}

/** Parallel growths of one direction, in order: 同比分别增长18%、30%. */
export function growthEachPhrase(gs: readonly Change[], fact: Pick<Fact, "basis">, ctx: GrowthContext, sign: 1 | -1): Piece[] {
  const pieces: Piece[] = [];
  gs.forEach((g, i) => {
    if (i > 0) pieces.push(ctx.msg.listSep);
    pieces.push(piece(g, percentText(g.number, g.decimals, g.stated)));
  });
  return fill(sign > 0 ? ctx.msg.growthUpEach : ctx.msg.growthDownEach, { basis: basisWord(ctx, fact.basis), pcts: pieces });
}

/**
 * Parallel growths of one direction: 同比均增长5.3% when they read the same (never 分别增长5.3%、5.3%),
 * else 同比分别增长18%、30%.
 */
export function eachOrSame(gs: readonly Change[], fact: Pick<Fact, "basis" | "exactlyDoubled">, ctx: GrowthContext, sign: 1 | -1): Piece[] {
  const shown = gs.map((g) => round(g.number, g.decimals));
  if (shown.every((t) => t === shown[0])) return growthPhrase(gs[0], fact, ctx, true);
  return growthEachPhrase(gs, fact, ctx, sign);
}
