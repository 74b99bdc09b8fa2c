import { isHan, isSpace } from "./chars";
import type { TextDocument } from "./document";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * Figures of a sentence read as numbers with their rounding, for the rules that recompute a stated
 * ratio from the figures around it (completion-mismatch's rates, implausible-quantity's 人均).
 */

/** An exact figure in a unit that is not a rate: its value (scale applied), half a unit of its last written digit, its unit. */
export interface ExactFigure {
  mention: Mention;
  value: number;
  half: number;
  unit: string;
}

/** How far before a stated ratio its sentence is read: a longer stretch, and the rule reads only this much. */
export const SEGMENT_REACH = 160;
/** How many figures of that stretch are read at most (a text of nothing but figures stays linear). */
export const MAX_FIGURES = 12;

export const end = (m: Mention): number => m.offset + m.length;

/** The figure's unit as compared (`％` is `%`), or null for a mention without one. */
export function unitOf(m: Mention): string | null {
  if (m.kind !== "quantity" || !m.unit || !m.quantity?.unit) return null;
  return m.unit.canonical ?? m.quantity.unit;
}

/** The mention as an exact figure (no bound, no range), not a rate or points; null otherwise. */
export function exactFigure(m: Mention): ExactFigure | null {
  const q = m.quantity;
  const unit = unitOf(m);
  if (!q || !unit || q.number === null || q.range || q.bound !== "exact") return null;
  if (m.unit!.dimension === "rate" || m.unit!.dimension === "rate-points") return null;
  return { mention: m, value: q.number, half: 0.5 * 10 ** -q.decimals * q.scale, unit };
}

/**
 * The mention as an exact figure; a whole count written in full (`86家`, no decimals, no scale word) is
 * exact, as sum-mismatch reads it: `1.28万张` may stand for 12,750 to 12,849, `86家` for 86 only.
 */
export function figureAsWritten(m: Mention): ExactFigure | null {
  const f = exactFigure(m);
  if (f && m.quantity!.decimals === 0 && m.quantity!.scale === 1 && m.unit?.integral) f.half = 0;
  return f;
}

/**
 * Where the stretch of the sentence that a ratio at `at` speaks of begins: the sentence's start, or
 * after the last semicolon before `at` (a semicolon opens another item), at most SEGMENT_REACH back.
 */
export function segmentStart(doc: TextDocument, at: number): number {
  const from = Math.max(doc.index.sentenceOf(at).offset, at - SEGMENT_REACH);
  for (let i = at - 1; i >= from; i--) if (doc.text.charCodeAt(i) === 0x3b) return i + 1; // ;
  return from;
}

/** The quantity mentions from `from` to `to` (exclusive), the last MAX_FIGURES of them at most, in order. */
export function quantitiesBetween(doc: TextDocument, from: number, to: number): Mention[] {
  const ms = doc.mentions;
  const out: Mention[] = [];
  for (let k = firstAtOrAfter(ms, to) - 1; k >= 0 && ms[k].offset >= from && out.length < MAX_FIGURES; k--) {
    if (ms[k].kind === "quantity" && end(ms[k]) <= to) out.push(ms[k]);
  }
  return out.reverse();
}

/** The mention that ends at `pos` (spaces before it skipped), or null. */
export function mentionEndingAt(doc: TextDocument, pos: number): Mention | null {
  let p = pos;
  while (p > 0 && isSpace(doc.text[p - 1])) p--;
  const k = firstAtOrAfter(doc.mentions, p) - 1;
  return k >= 0 && end(doc.mentions[k]) === p ? doc.mentions[k] : null;
}

/** Where the clause holding `at` begins: after the last , ; : or sentence end before it, at most `reach` back. */
export function clauseStart(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3002 || c === 0x0a || c === 0x3001) return i + 1; // , ; : 。 \n 、
  }
  return from;
}

/**
 * The words that name a figure: the ideographs right before it, back to the clause's start or the
 * figure before (`实际参检948家` → 实际参检), at most `reach` characters; "" when anything else stands there.
 */
export function leadOf(doc: TextDocument, m: Mention, reach: number): string {
  const { text } = doc;
  const start = clauseStart(text, m.offset, reach);
  let i = m.offset;
  while (i > start && (isHan(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x28 || text.charCodeAt(i - 1) === 0x29)) i--; // ( )
  return text.slice(i, m.offset);
}

/** Words that make the figure right after them a change, not a level (`增加214人`, `净增14家`, `超出2万元`). */
const CHANGE_WORDS = ["增加", "减少", "增长", "下降", "提高", "降低", "上升", "净增", "净减", "超出", "多", "少", "差"];

/** Whether the figure `m` is said as a change (a change word, or one with 了, right before it). */
export function isChangeAmount(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.offset - 3), m.offset);
  const bare = before.endsWith("了") ? before.slice(0, -1) : before;
  return CHANGE_WORDS.some((w) => bare.endsWith(w));
}
