import type { Quantity } from "../../quantity";
import { isHan, isSpace, WordList } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";
import { firstAtOrAfter, type Mention } from "../scan";

/**
 * growth-mismatch in text: a stated growth rate that does not follow from the two figures the same
 * sentence gives for it. Only where the text gives both sides of the comparison and the rate, one
 * right after the other, in one of four shapes (X previous, Y current, A the change):
 * 1. `由X提高至Y,增幅R%`, `从X增加到Y,增长R%` (由/从 … a verb + 到/至/为 … Y);
 * 2. `Y,比上年的X减少R%` (比/较 + 上年, 去年, 年初, a year … + 的 before X);
 * 3. `Y,比上年增加A,增长R%` (同比/较上年 … + a verb of change before A: X = Y − A, or Y + A);
 * 4. `新增A、累计达到Y,同比增幅R%` (新增/净增 before A, 累计/总计 … before Y: X = Y − A).
 * Between the last figure and the rate stand only a comma and the words of a change (同比, 增幅,
 * 下降, 了, 为 …): anything else (均, 分别, 年均, another figure) and the rate may be about something
 * else, so the rule stays silent. So it does for a list of rates (`增长18%、30%`), a bound (`增长
 * 5%以上`), percentage points (`提高2个百分点`: not a rate), figures that are themselves rates
 * (`覆盖率由42%提高到61%`: relative or points, unknowable), figures in different units, a base
 * dated other than a year before when the rate is 同比 (`由2020年的X提高到Y,同比增长R%`, `由年初的X`),
 * and shape 4 in a report or sentence about part of a year (新增 counts from January, 同比 from
 * last year's same date).
 * Tolerance is the rounding of what is written: the rate ± half its last digit, and the growth
 * taken over every value the two figures may stand for (`4.1万` is 40,500 to 41,499).
 * Cheap on note cells: no `%` in the text, nothing to do; every look-around is bounded, and
 * characters are read by code (a CJK character read as a string is an allocation in V8).
 */
const MAX_GAP = 16;
/** How many characters a qualifier may hold between 由 and X, or 到 and Y (`由每人每月80元`). */
const MAX_QUALIFIER = 8;

type Role = "up" | "down" | "compare" | "filler";
/**
 * The words that may stand between the last figure and the rate, by what they say. Nothing else
 * may: `均` (two subjects), `分别` (a list), `年均`/`平均` (another rate), `累计`, a figure …
 */
const GAP_ROLES = new Map<string, Role>([
  ...["比上年同期", "较上年同期", "比去年同期", "较去年同期", "比上一年", "较上一年", "比上年", "较上年", "比去年", "较去年", "较年初", "比年初", "同比", "环比"].map((w) => [w, "compare"] as const),
  ...["增长率", "增幅", "增长", "增加", "提高", "上升", "提升", "增速", "涨幅", "上涨", "上调", "增"].map((w) => [w, "up"] as const),
  ...["下降率", "降幅", "减幅", "下降", "减少", "降低", "下调", "下滑", "回落", "缩短", "压缩", "降", "减"].map((w) => [w, "down"] as const),
  ...["幅度", "达到", "达", "为", "了"].map((w) => [w, "filler"] as const),
]);
/** Longest first: `startingAt` returns the first word of the list that starts there. */
const GAP_WORDS = new WordList([...GAP_ROLES.keys()].sort((a, b) => b.length - a.length));

/** Verbs of `由X…到Y`, longest first: which way does not matter, the figures say it. */
const TO_VERBS = new WordList(["提高", "增加", "增长", "上升", "提升", "上调", "调增", "扩大", "上涨", "下降", "减少", "降低", "下调", "调减", "缩减", "缩短", "压缩", "回落", "调整", "增", "升", "降", "减"]);
/** Verbs of a change by an amount after a comparison (`比上年增加120对`), with its sign. */
const BY_SIGN = new Map<string, 1 | -1>([["增加", 1], ["增长", 1], ["提高", 1], ["上升", 1], ["新增", 1], ["净增", 1], ["多", 1], ["减少", -1], ["下降", -1], ["降低", -1], ["少", -1]]);
const BY_VERBS = new WordList([...BY_SIGN.keys()]);
/** What a comparison is made with: `比上年`, `较去年同期`, `比2023年` (a year mention). */
const BASES = new WordList(["上年同期", "去年同期", "上一年", "上年", "去年", "年初", "同期"]);
const SAME_PERIOD = new WordList(["同比", "环比"]);
/** Words that announce the new total after an increment (`新增1530万元、累计达到6114万元`). */
const TOTAL_WORDS = new WordList(["累计达到", "累计达", "累计为", "累计", "总量达到", "总量达", "总量为", "总额达到", "总额达", "总额为", "总数达到", "总数达", "总数为", "总计", "合计", "共计"]);
const INCREMENT_WORDS = new WordList(["新增", "净增"]);
/**
 * Words that make a sentence (or the report, by its title) cover part of a year. There 新增 counts
 * from the year's start while 同比 compares with the same date a year before, so `新增A、累计Y,
 * 同比增长R%` does not give the base Y − A.
 */
const PART_OF_YEAR = new WordList(["半年", "季度", "月以来", "月底", "月末", "个月", "今年以来", "年初以来"]);
/** How far before the rate the sentence is read for them: bounded, whatever the sentence's length. */
const PERIOD_REACH = 120;
/** Words of a qualifier that date the previous value other than a year before (`从当时的270元`, `由年初的`). */
const EARLIER = new WordList(["当时", "最初", "原来", "起初", "之初", "以前", "过去", "初期", "年初", "成立", "建立", "启动", "实施"]);
/**
 * A few characters as a test by code. `codeSet`'s 64 KB table is for the scanner's hot loops; these
 * sets are read a few times per percentage, and a handful of codes compare as fast.
 */
function among(chars: string): (c: number) => boolean {
  const codes = Array.from(chars, (ch) => ch.charCodeAt(0));
  return (c) => codes.includes(c);
}

/** 由 and 从 opening another word (由于, 从事 …) do not open a comparison: the character after them. */
const NOT_FROM: Record<string, (c: number) => boolean> = { 由: among("于此衷"), 从: among("业事而来中此严头未小根容源无") };

const isTo = among("到至为");
const isFrom = among("由从");
const isThan = among("比较");
const isComma = among(",,");
const isListMark = among("、,,");
const isPercentSign = among("%％");
const DE = 0x7684; // 的
const LE = 0x4e86; // 了

/** A figure the rule may compare: an exact quantity in a unit that is not itself a rate. */
interface Figure {
  mention: Mention;
  value: number;
  half: number;
  unit: string;
}

/**
 * Half a unit of the last written digit, as `roundingTolerance` gives it, without its cleanup of
 * binary noise (toPrecision is most of what the rule would cost): the comparison keeps a margin.
 */
function half(q: Pick<Quantity, "decimals" | "scale">): number {
  return 0.5 * 10 ** -q.decimals * q.scale;
}

function figureOf(m: Mention | null | undefined): Figure | null {
  if (!m || m.kind !== "quantity" || !m.unit || !m.quantity) return null;
  const q = m.quantity;
  if (q.number === null || q.range || q.bound !== "exact" || !q.unit) return null;
  if (m.unit.dimension === "rate" || m.unit.dimension === "rate-points") return null;
  return { mention: m, value: q.number, half: half(q), unit: m.unit.canonical ?? q.unit };
}

function isPercent(m: Mention | undefined): boolean {
  const q = m?.quantity;
  return !!q && m!.kind === "quantity" && q.number !== null && !q.range && q.bound === "exact" && q.unit !== null && q.unit.length === 1 && isPercentSign(q.unit.charCodeAt(0));
}

const end = (m: Mention) => m.offset + m.length;

/** Index of the last mention that starts before `pos`, or -1. */
function mentionBefore(mentions: readonly Mention[], pos: number): number {
  return firstAtOrAfter(mentions, pos) - 1;
}

/** The mention that ends at `pos` (spaces before `pos` skipped), or null. */
function mentionEndingAt(doc: TextDocument, pos: number): Mention | null {
  let p = pos;
  while (p > 0 && isSpace(doc.text[p - 1])) p--;
  const k = mentionBefore(doc.mentions, p);
  return k >= 0 && end(doc.mentions[k]) === p ? doc.mentions[k] : null;
}

/** What stands between the last figure and the rate: the rate's sign, or null when anything else stands there. */
function readGap(text: string, from: number, to: number): { sign: 1 | -1; compared: boolean } | null {
  if (to - from > MAX_GAP) return null;
  let up = false;
  let down = false;
  let compared = false;
  let marks = 0;
  for (let i = from; i < to; ) {
    if (isListMark(text.charCodeAt(i))) {
      if (++marks > 1) return null;
      i++;
      continue;
    }
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const word = GAP_WORDS.startingAt(text, i);
    if (word === undefined) return null;
    const role = GAP_ROLES.get(word);
    if (role === "up") up = true;
    else if (role === "down") down = true;
    else if (role === "compare") compared = true;
    i += word.length;
  }
  if (up === down) return null; // no direction, or both
  return { sign: up ? 1 : -1, compared };
}

/**
 * Walks back from `pos` over a short qualifier (`每人每月`, `2023年的`: ideographs, spaces, and year or
 * date mentions) to the first place where `found(i)` holds; returns that place and whether a year stood
 * in the qualifier, or null.
 */
function backOverQualifier(doc: TextDocument, pos: number, found: (text: string, i: number) => boolean): { at: number; dated: boolean } | null {
  const { text, mentions } = doc;
  let i = pos;
  let dated = false;
  for (let read = 0; read <= MAX_QUALIFIER && i > 0; read++) {
    if (found(text, i)) return { at: i, dated };
    const k = mentionBefore(mentions, i);
    if (k >= 0 && end(mentions[k]) === i) {
      // A year or a date belongs to the qualifier (`由2023年的`); any other figure ends it.
      if (mentions[k].kind !== "year" && mentions[k].kind !== "date") return null;
      dated = true;
      i = mentions[k].offset;
      continue;
    }
    if (isSpace(text[i - 1])) {
      i--; // text copied out of PDFs: `提高到目前的 300 元`
      continue;
    }
    if (!isHan(text.charCodeAt(i - 1))) return null;
    i--;
  }
  return null;
}

/** `(比|较)(上年|去年同期|2023年 …)` ending at `pos`: where it starts, or -1. `same` also takes 同比 and 环比. */
function comparisonEndingAt(doc: TextDocument, pos: number, same: boolean): number {
  const { text, mentions } = doc;
  if (same && SAME_PERIOD.endsAt(text, pos)) return pos - 2;
  const base = BASES.endingAt(text, pos);
  if (base && isThan(text.charCodeAt(pos - base.length - 1))) return pos - base.length - 1;
  // 比2023年, 较2023年同期
  const p = text.startsWith("同期", pos - 2) ? pos - 2 : pos;
  const k = mentionBefore(mentions, p);
  if (k < 0 || mentions[k].kind !== "year" || end(mentions[k]) !== p) return -1;
  return isThan(text.charCodeAt(mentions[k].offset - 1)) ? mentions[k].offset - 1 : -1;
}

/** The figure that ends right before `pos`, after at most one comma (`3120对,比上年…`). */
function figureBefore(doc: TextDocument, pos: number): Figure | null {
  return figureOf(mentionEndingAt(doc, isComma(doc.text.charCodeAt(pos - 1)) ? pos - 1 : pos));
}

/**
 * Two written figures and how the growth follows from them:
 * - `pair`: a is the previous value, b the current one;
 * - `change`: a is the change (its sign in `sign`), b the current value: the previous is b − sign·a.
 */
interface Comparison {
  kind: "pair" | "change";
  a: Figure;
  b: Figure;
  sign: 1 | -1;
  /** The previous value's qualifier dates it: a year (`由2020年的X`) or a word (`从当时的X`). */
  dated: boolean;
}

function previousOf(c: Comparison, a: number, b: number): number {
  return c.kind === "pair" ? a : b - c.sign * a;
}

/** The growth in percent from the values a and b stand for. */
function growthOf(c: Comparison, a: number, b: number): number {
  return c.kind === "pair" ? (b / a - 1) * 100 : ((c.sign * a) / (b - c.sign * a)) * 100;
}

/** 1. `由X提高至Y`: Y is `last`. */
function fromTo(doc: TextDocument, last: Figure): Comparison | null {
  const to = backOverQualifier(doc, last.mention.offset, (text, i) => isTo(text.charCodeAt(i - 1)) && TO_VERBS.endsAt(text, i - 1));
  if (!to) return null;
  const verb = TO_VERBS.endingAt(doc.text, to.at - 1)!;
  const x = figureOf(mentionEndingAt(doc, to.at - 1 - verb.length));
  if (!x) return null;
  const from = backOverQualifier(doc, x.mention.offset, (text, i) => isFrom(text.charCodeAt(i - 1)));
  if (!from || NOT_FROM[doc.text[from.at - 1]](doc.text.charCodeAt(from.at))) return null;
  const dated = from.dated || EARLIER.inside(doc.text.slice(from.at, x.mention.offset));
  return { kind: "pair", a: x, b: last, sign: 1, dated };
}

/** 2. `Y,比上年的X`: X is `last`. */
function comparedWith(doc: TextDocument, last: Figure): Comparison | null {
  const { text } = doc;
  let p = last.mention.offset;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (text.charCodeAt(p - 1) !== DE) return null;
  const start = comparisonEndingAt(doc, p - 1, false);
  if (start < 0) return null;
  const y = figureBefore(doc, start);
  return y ? { kind: "pair", a: last, b: y, sign: 1, dated: false } : null;
}

/** 3. `Y,比上年增加A`: A is `last`. */
function changedBy(doc: TextDocument, last: Figure): Comparison | null {
  const { text } = doc;
  let p = last.mention.offset;
  if (text.charCodeAt(p - 1) === LE) p--;
  const verb = BY_VERBS.endingAt(text, p);
  if (!verb) return null;
  const start = comparisonEndingAt(doc, p - verb.length, true);
  if (start < 0) return null;
  const y = figureBefore(doc, start);
  return y ? { kind: "change", a: last, b: y, sign: BY_SIGN.get(verb)!, dated: false } : null;
}

/** True when the report's title or the sentence up to `at` covers part of a year only (`上半年`, `1-6月`). */
function coversPartOfYear(doc: TextDocument, at: number): boolean {
  const { text, mentions } = doc;
  if (doc.titleLine !== null) {
    const title = doc.index.lineSpan(doc.titleLine);
    if (PART_OF_YEAR.inside(text.slice(title.offset, title.offset + title.length))) return true;
  }
  const from = Math.max(doc.index.sentenceOf(at).offset, at - PERIOD_REACH);
  if (PART_OF_YEAR.inside(text.slice(from, at))) return true;
  // A month that is not December (`1-6月`, `截至9月`): a year-end total is the only base Y − A gives.
  for (let k = mentionBefore(mentions, at); k >= 0 && mentions[k].offset >= from; k--) {
    const m = mentions[k];
    if (m.kind === "date" && m.text.endsWith("月") && m.digits !== "12") return true;
  }
  return false;
}

/** 4. `新增A、累计达到Y`: Y is `last`. */
function addedUpTo(doc: TextDocument, last: Figure): Comparison | null {
  const { text } = doc;
  let p = last.mention.offset;
  while (p > 0 && isSpace(text[p - 1])) p--;
  const total = TOTAL_WORDS.endingAt(text, p);
  if (!total) return null;
  p -= total.length;
  if (!isListMark(text.charCodeAt(p - 1))) return null;
  const a = figureOf(mentionEndingAt(doc, p - 1));
  if (!a) return null;
  const lead = backOverQualifier(doc, a.mention.offset, (t, i) => INCREMENT_WORDS.endsAt(t, i));
  if (!lead || coversPartOfYear(doc, last.mention.offset)) return null;
  return { kind: "change", a, b: last, sign: 1, dated: false };
}

/** The least and greatest growth over the box of values the two figures may stand for; null if the previous value may reach zero. */
function growthRange(c: Comparison): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < 4; i++) {
    const a = c.a.value + (i & 1 ? c.a.half : -c.a.half);
    const b = c.b.value + (i & 2 ? c.b.half : -c.b.half);
    if (!(previousOf(c, a, b) > 0)) return null;
    const g = growthOf(c, a, b);
    if (g < lo) lo = g;
    if (g > hi) hi = g;
  }
  return [lo, hi];
}

function format(n: number, decimals: number): string {
  const s = n.toFixed(decimals);
  return Number(s) === 0 ? (0).toFixed(decimals) : s; // no "-0.0"
}

/** The rate at `k` checked against the figures before it, if they form a comparison. */
function checkRate(doc: TextDocument, k: number): Hit | null {
  const { text, mentions } = doc;
  const rate = mentions[k];
  const last = figureOf(mentions[k - 1]);
  if (!last) return null;
  const gap = readGap(text, end(last.mention), rate.offset);
  if (!gap) return null;
  // A list of rates (`增长18%、30%`): which is whose, the sentence does not say.
  const next = mentions[k + 1];
  if (next && next.offset - end(rate) <= 2 && isPercent(next)) return null;
  const comparison = fromTo(doc, last) ?? comparedWith(doc, last) ?? changedBy(doc, last) ?? addedUpTo(doc, last);
  if (!comparison || comparison.a.unit !== comparison.b.unit) return null;
  if (comparison.dated && gap.compared) return null; // 由2020年的X … 同比: another base
  if (isShielded(doc, comparison.a.mention.offset)) return null;
  const range = growthRange(comparison);
  if (!range) return null;
  const q = rate.quantity!;
  const stated = gap.sign * q.number!;
  const slack = half(q) + 1e-9;
  if (stated + slack >= range[0] && stated - slack <= range[1]) return null;
  const expected = format(gap.sign * growthOf(comparison, comparison.a.value, comparison.b.value), Math.max(1, q.decimals));
  return hitAt(rate, { key: "growthMismatch", params: { direction: gap.sign > 0 ? "up" : "down", expected, stated: rate.text } }, rate.text, expected);
}

export const rule: TextRule = {
  code: "growth-mismatch",
  check(doc: TextDocument): Hit[] {
    const hits: Hit[] = [];
    const { text, mentions } = doc;
    // Most texts, and almost every note cell, state no percentage at all.
    if (text.indexOf("%") < 0 && text.indexOf("％") < 0) return hits;
    for (let k = 1; k < mentions.length; k++) {
      if (!isPercent(mentions[k]) || isShielded(doc, mentions[k].offset)) continue;
      const hit = checkRate(doc, k);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
