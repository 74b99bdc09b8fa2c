import { codeSet, isHan, isSpace, WordList } from "./chars";
import { isShielded, type TextDocument, titlePart } from "./document";
import { end, type ExactFigure, exactFigure, isChangeAmount, mentionEndingAt } from "./figures";
import { LAST_YEAR_ANY, RATIO_MULTIPLE_BASES } from "./last-year";
import { hitAt, type Hit } from "./rule";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * Multiplicative wordings of a growth, read for growth-mismatch where its own shapes do not reach:
 * 1. doubling words: `翻了一番`/`翻一番`/`翻番` (×2), `翻了两番`/`翻两番` (×4), `翻了三番` (×8), said of
 *    two figures of one quantity in the clause: `由X增加到Y,翻了一番` (Y right before the word, X by
 *    由/从 … 到/至), `Y,较上年末的X翻了一番` (X right before the word, after 比/较 + a base), `由X翻了一番,
 *    达到Y`. 翻一番 is a loose word: a writer rounds 1.9 or 2.2 times to it. It is flagged only when
 *    Y/X (over the figures' rounding) lies wholly outside 0.9–1.15 times the multiple, 1.8–2.3 for
 *    翻一番: below 1.8 the growth is under 80%, a fifth short of the doubling claimed; above 2.3 it is
 *    over 130%, and `翻了一番多` or `增长1.3倍` is the wording the figures give. (The band is wider
 *    above than below: a writer says 翻一番 of a little more than double far more often than of less.)
 *    Silent on a bound (`翻了一番多`, `翻一番以上`, `翻番有余`, `翻了近一番`) and a hedge or plan before
 *    it (`近`, `基本`, `力争`, `确保` …);
 * 2. `是/为 + a base + (X) + 的N倍` (a ratio Y/X, Y the figure right before 是/为, after at most a
 *    comma): with X written in the phrase (`480张,是上年全年218张的2.2倍`) in Y's unit, whatever the
 *    base's name; without it, X is the previous value of `由X…到Y` and the base must name X's period:
 *    its year (`由2019年的1860人增加到2024年的6420人,是2019年的3.5倍`) or, X undated, a word of the
 *    previous period (`为上年的`, `是上年末的`; `原来` whatever X's date). `是上年同期的`, `是上年的` …
 *    (是 + the bases growth-mismatch's shape 7 reads) are left to it, so no multiple is read twice. Not
 *    `是全国平均水平的1.5倍` (no X, a base other than X's period), not `按低保标准的1.3倍确定` (no 是/为);
 * 3. an average yearly rate over a span: `由2019年的X增加到2024年的Y,年均增长R%`, or `2019—2024年,
 *    …由X增加到Y,年均增长R%` (the span the first figure of the sentence, nothing but words between it
 *    and 由): R against the compound rate (Y/X)^(1/n) − 1, n the years between; with a span written
 *    as one, n or n + 1 (`2019—2024年` may count six years). Only the X year written (`由2015年的X增加
 *    到Y`: the end year unsaid): the report's year, n counted three ways (unsaidEndYears); neither and
 *    no span: silent. 年均 + 倍 or 个百分点: silent.
 * Not read here: `增长N倍` (growth-mismatch reads it after its own shapes).
 * Tolerance is the rounding of what is written: the multiple (or rate) ± half its last digit, over
 * every value the figures may stand for. Every look-around is bounded and read by hand.
 */

/** How many characters a qualifier may hold between 由 and X, 到 and Y, or 比 and X (`由每人每月80元`, `较上年末的`). */
const MAX_QUALIFIER = 8;
/** How many characters the base of `是…的N倍` may hold (`上年全年`, `2019年末`). */
const MAX_BASE = 10;
/** How far before 由 a span of years may stand (`2019—2024年,全市养老床位由`). */
const MAX_SPAN_GAP = 30;
/** The longest span of years a yearly average is read over. */
const MAX_YEARS = 30;
/** The band of Y/X in which a doubling word stands, as a part of the multiple it names (see 1). */
const DOUBLING_LOW = 0.9;
const DOUBLING_HIGH = 1.15;

const BEI = 0x500d; // 倍
const DE = 0x7684; // 的
/** Doubling words, longest first, with how many times they double. */
const DOUBLINGS = new Map<string, number>([
  ["翻了一番", 1], ["翻了两番", 2], ["翻了三番", 3], ["翻一番", 1], ["翻两番", 2], ["翻三番", 3], ["翻番", 1],
]);
const DOUBLING_WORDS = new WordList([...DOUBLINGS.keys()]);
/** After a doubling word or `N倍`: a bound (`翻了一番多`, `翻一番以上`, `翻番有余`, `翻了一番半`, `3倍左右`), not an exact multiple. */
const isBoundAfter = codeSet("多余以左上有还近半");
/** Before a doubling word: a hedge or a plan (`基本实现翻番`, `力争翻一番`), not a statement of two figures. */
const HEDGES = new WordList(["接近", "将近", "几乎", "基本", "超过", "力争", "争取", "确保", "预计", "计划", "目标", "近", "约", "超", "将", "要", "可"]);
/** Between the figure and a doubling word: `实现(了)翻番`. */
const ACHIEVED = new WordList(["实现了", "实现"]);
/** After a doubling word, before Y: `由X翻了一番,达到Y`. */
const REACHED = new WordList(["增加到", "增长到", "提高到", "增加至", "提高至", "达到", "增至", "达", "到", "至"]);
/** Verbs of `由X…到Y`, which way does not matter: the figures say it. */
const TO_VERBS = new WordList(["提高", "增加", "增长", "上升", "提升", "上调", "扩大", "发展", "跃升", "上涨", "下降", "减少", "降低", "下调", "回落", "增", "升", "降", "减"]);
const isTo = codeSet("到至为");
const isFrom = codeSet("由从");
const isThan = codeSet("比较");
const isVerb = codeSet("是为");
const isComma = codeSet(",");
const isSpanJoin = codeSet("至到—-–~");
/** 由 and 从 opening another word (由于, 从事 …): the character after them. */
const NOT_FROM: Record<string, (c: number) => boolean> = { 由: codeSet("于此衷"), 从: codeSet("业事而来中此严头未小根容源无") };
/** Words of a qualifier that date the previous value other than the period before (`从当时的270元`). */
const EARLIER = new WordList(["当时", "最初", "起初", "之初", "以前", "过去", "初期", "年初", "成立", "建立", "启动", "实施"]);
/** `是 + base` that growth-mismatch's shape 7 reads itself (`是上年同期的N倍`, `是上年X的N倍`). */
const SHAPE7_BASES = new Set(RATIO_MULTIPLE_BASES);
/** Bases naming the period before X's undated value (`为上年的`, `是上年末的`). */
const PREVIOUS_BASES = new Set([...LAST_YEAR_ANY, "原来"]);
/** What may follow a year in a base naming it (`是2019年的`, `是2019年末的`). */
const YEAR_BASE_SUFFIXES = new Set(["", "末", "底", "年末", "年底", "同期"]);
/** Words of a yearly average rate (`年均增长`, `年平均增幅`), with their sign. */
const YEARLY_SIGN = new Map<string, 1 | -1>([
  ["增长", 1], ["增幅", 1], ["提高", 1], ["上升", 1], ["递增", 1], ["增加", 1], ["增速", 1],
  ["下降", -1], ["降幅", -1], ["减少", -1], ["降低", -1], ["递减", -1],
]);
const YEARLY_VERBS = new WordList([...YEARLY_SIGN.keys()]);
const YEARLY = new WordList(["年平均", "年均"]);
/** Between a yearly verb and its rate: `年均增幅达10.5%`, `年均增长了`. */
const isYearlyFiller = codeSet("了为达");

const sameUnit = (a: ExactFigure, b: ExactFigure) => a.unit === b.unit && a.mention.unit?.dimension === b.mention.unit?.dimension;

function skipBack(text: string, p: number): number {
  while (p > 0 && isSpace(text[p - 1])) p--;
  return p;
}

function skipOn(text: string, p: number): number {
  while (p < text.length && isSpace(text[p])) p++;
  return p;
}

/** The mention that ends at `p` exactly, or null. */
function mentionAt(doc: TextDocument, p: number): Mention | null {
  const k = firstAtOrAfter(doc.mentions, p) - 1;
  return k >= 0 && end(doc.mentions[k]) === p ? doc.mentions[k] : null;
}

/** The mention that starts at `p` exactly, or null. */
function mentionFrom(doc: TextDocument, p: number): Mention | null {
  const k = firstAtOrAfter(doc.mentions, p);
  return k < doc.mentions.length && doc.mentions[k].offset === p ? doc.mentions[k] : null;
}

/**
 * A qualifier read back from `pos` to where `found` holds: that place, the year written in it (0: none),
 * whether it names an earlier time (`当时`), and whether it names part of a year (`2024年上半年的`, `2024年6月的`).
 */
interface Qualifier {
  at: number;
  year: number;
  earlier: boolean;
  part: boolean;
}

/** Words of part of a year in a qualifier: a yearly average over `2019年…2024年上半年` has no whole number of years. */
const PART_OF_YEAR = new WordList(["半年", "季度", "月"]);

/**
 * Walks back from `pos` over a short qualifier (`每人每月`, `2019年的`: ideographs, spaces, a year or
 * date) to the first place where `found(i)` holds; null when anything else stands there first.
 */
function qualifierBefore(doc: TextDocument, pos: number, reach: number, found: (i: number) => boolean): Qualifier | null {
  const { text } = doc;
  let i = pos;
  let year = 0;
  let part = false;
  for (let read = 0; read <= reach && i > 0; read++) {
    if (found(i)) return { at: i, year, earlier: EARLIER.inside(text.slice(i, pos)), part: part || PART_OF_YEAR.inside(text.slice(i, pos)) };
    const m = mentionAt(doc, i);
    if (m) {
      if (m.kind !== "year" && m.kind !== "date") return null;
      if (m.kind === "year" && m.years?.length === 1) year = m.years[0];
      if (m.kind === "date") part = true;
      i = m.offset;
      continue;
    }
    if (!isSpace(text[i - 1]) && !isHan(text.charCodeAt(i - 1))) return null;
    i--;
  }
  return null;
}

/** Where 由/从 opens the qualifier of X (`由2019年的1860人`), or null. */
function fromBefore(doc: TextDocument, x: ExactFigure): Qualifier | null {
  const { text } = doc;
  const q = qualifierBefore(doc, x.mention.offset, MAX_QUALIFIER, (i) => isFrom(text.charCodeAt(i - 1)));
  return q && !NOT_FROM[text[q.at - 1]](text.charCodeAt(q.at)) ? q : null;
}

/** `由X…到Y` with Y given: X, the qualifier of X (from 由), and that of Y (from 到). */
interface FromTo {
  x: ExactFigure;
  from: Qualifier;
  to: Qualifier;
}

function fromToBefore(doc: TextDocument, y: ExactFigure): FromTo | null {
  const { text } = doc;
  const to = qualifierBefore(doc, y.mention.offset, MAX_QUALIFIER, (i) => isTo(text.charCodeAt(i - 1)) && TO_VERBS.endsAt(text, i - 1));
  if (!to) return null;
  const verb = TO_VERBS.endingAt(text, to.at - 1)!;
  const xm = mentionEndingAt(doc, to.at - 1 - verb.length);
  const x = xm ? exactFigure(xm) : null;
  if (!x || !sameUnit(x, y)) return null;
  const from = fromBefore(doc, x);
  return from ? { x, from, to } : null;
}

/** The exact figure ending at `p`, after spaces and at most one comma. */
function figureBefore(doc: TextDocument, p: number): ExactFigure | null {
  let q = skipBack(doc.text, p);
  if (isComma(doc.text.charCodeAt(q - 1))) q = skipBack(doc.text, q - 1);
  const m = mentionAt(doc, q);
  return m ? exactFigure(m) : null;
}

/** The least and greatest Y/X over every value the two figures may stand for; null when X may be zero. */
function ratioRange(x: ExactFigure, y: ExactFigure): [number, number] | null {
  if (!(x.value - x.half > 0)) return null;
  return [Math.max(0, y.value - y.half) / (x.value + x.half), (y.value + y.half) / (x.value - x.half)];
}

const shielded = (doc: TextDocument, ...fs: ExactFigure[]) => fs.some((f) => isShielded(doc, f.mention.offset));

/** 1. The two figures a doubling word at `w` (its word `word`) speaks of: [X, Y], or null. */
function doublingPair(doc: TextDocument, w: number, word: string): [ExactFigure, ExactFigure] | null {
  const { text } = doc;
  let p = skipBack(text, w);
  const achieved = ACHIEVED.endingAt(text, p);
  if (achieved) p = skipBack(text, p - achieved.length);
  if (HEDGES.endsAt(text, p)) return null;
  // `由X增加到Y,翻了一番`: Y before the word, after at most a comma.
  const y = figureBefore(doc, p);
  const ft = y ? fromToBefore(doc, y) : null;
  if (y && ft) return [ft.x, y];
  // X right before the word (no comma).
  const xm = mentionAt(doc, p);
  const x = xm ? exactFigure(xm) : null;
  if (!x) return null;
  // `Y,较上年末的X翻了一番`
  let q = x.mention.offset;
  if (text.charCodeAt(q - 1) === DE) q--;
  const than = qualifierBefore(doc, q, MAX_QUALIFIER, (i) => isThan(text.charCodeAt(i - 1)));
  if (than) {
    const yb = figureBefore(doc, than.at - 1);
    return yb && sameUnit(x, yb) ? [x, yb] : null;
  }
  // `由X翻了一番,达到Y`
  if (!fromBefore(doc, x)) return null;
  let r = skipOn(text, w + word.length);
  if (isComma(text.charCodeAt(r))) r = skipOn(text, r + 1);
  const reached = REACHED.startingAt(text, r);
  if (!reached) return null;
  r = skipOn(text, r + reached.length);
  // Y after a short qualifier (`达到2024年的2400张`): ideographs and years, read forward.
  for (let read = 0; read <= MAX_QUALIFIER && r < text.length; read++) {
    const m = mentionFrom(doc, r);
    if (m && m.kind !== "year" && m.kind !== "date") {
      const ya = exactFigure(m);
      return ya && sameUnit(x, ya) ? [x, ya] : null;
    }
    if (m) r = end(m);
    else if (isHan(text.charCodeAt(r)) || isSpace(text[r])) r++;
    else return null;
  }
  return null;
}

function doublingHit(doc: TextDocument, w: number): Hit | null {
  const word = DOUBLING_WORDS.startingAt(doc.text, w);
  if (word === undefined || isShielded(doc, w)) return null;
  if (isBoundAfter(doc.text.charCodeAt(skipOn(doc.text, w + word.length)))) return null;
  const pair = doublingPair(doc, w, word);
  if (!pair || shielded(doc, ...pair)) return null;
  const [x, y] = pair;
  const range = ratioRange(x, y);
  if (!range) return null;
  const times = 2 ** DOUBLINGS.get(word)!;
  if (range[1] >= DOUBLING_LOW * times && range[0] <= DOUBLING_HIGH * times) return null;
  const ratio = y.value / x.value;
  // One decimal, or two where one would round into the band (1.78 is not "1.8倍, 翻了一番 is 1.8–2.3").
  const one = Number(ratio.toFixed(1));
  const expected = ratio.toFixed(one >= DOUBLING_LOW * times && one <= DOUBLING_HIGH * times ? 2 : 1);
  return hitAt({ offset: w, length: word.length }, { key: "doublingMismatch", params: { expected, stated: word, times } }, word, expected);
}

/** An exact bare number right before 倍, with no bound after it (`3.5倍`, not `3倍多`). */
function isTimes(text: string, m: Mention): boolean {
  const q = m.quantity;
  return m.kind === "bare" && !!q && q.number !== null && !q.range && q.bound === "exact" && text.charCodeAt(end(m)) === BEI && !isBoundAfter(text.charCodeAt(end(m) + 1));
}

/** 2. `Y,是/为 + base + (X) + 的N倍` at the multiple `m`. */
function ratioHit(doc: TextDocument, m: Mention): Hit | null {
  const { text } = doc;
  let p = skipBack(text, m.offset);
  if (text.charCodeAt(p - 1) !== DE) return null;
  p--;
  let x: ExactFigure | null = null;
  const xm = mentionAt(doc, skipBack(text, p));
  if (xm && xm.kind !== "year" && xm.kind !== "date") {
    x = exactFigure(xm);
    if (!x) return null;
    p = x.mention.offset;
  }
  // Back over the base to 是/为 with Y before it.
  const base = qualifierBefore(doc, p, MAX_BASE, (i) => isVerb(text.charCodeAt(i - 1)) && figureBefore(doc, i - 1) !== null);
  const cur = base ? figureBefore(doc, base.at - 1) : null;
  if (!base || !cur) return null;
  // A change amount right before 是 (`较上年的2.8亿元增加1.68亿元,是2019年…的2.9倍`) is no Y: the
  // multiple is of the level the clause began with, which the rule does not chase.
  if (isChangeAmount(text, cur.mention)) return null;
  const name = text.slice(base.at, p).trim();
  if (text[base.at - 1] === "是" && SHAPE7_BASES.has(name)) return null;
  let prev: ExactFigure;
  if (x) prev = x;
  else {
    const ft = fromToBefore(doc, cur);
    if (!ft || !nameFits(doc, name, base, p, ft)) return null;
    prev = ft.x;
  }
  if (!sameUnit(prev, cur) || shielded(doc, prev, cur) || isShielded(doc, m.offset)) return null;
  const range = ratioRange(prev, cur);
  const q = m.quantity!;
  const stated = q.number!;
  const half = 0.5 * 10 ** -q.decimals + 1e-9;
  if (!range || (stated + half >= range[0] && stated - half <= range[1])) return null;
  const expected = (cur.value / prev.value).toFixed(Math.max(1, q.decimals));
  const span = { offset: m.offset, length: m.length + 1 };
  return hitAt(span, { key: "growthTimesMismatch", params: { of: "ratio", expected, stated: text.slice(base.at, end(m) + 1) } }, text.slice(m.offset, end(m) + 1), expected);
}

/** Whether the base `name` of a multiple names the period of X in `由X…到Y` (its year, or the period before). */
function nameFits(doc: TextDocument, name: string, base: Qualifier, baseEnd: number, ft: FromTo): boolean {
  if (base.year !== 0) {
    if (base.year !== ft.from.year) return false;
    const ym = mentionFrom(doc, skipOn(doc.text, base.at));
    return !!ym && ym.kind === "year" && YEAR_BASE_SUFFIXES.has(doc.text.slice(end(ym), baseEnd).trim());
  }
  if (!PREVIOUS_BASES.has(name)) return false;
  return name === "原来" || (ft.from.year === 0 && !ft.from.earlier);
}

/** The span of years written before 由 at `from` in its sentence (`2019—2024年,全市养老床位由`): [first, last], or null. */
function spanBefore(doc: TextDocument, from: number): [number, number] | null {
  const { text } = doc;
  const start = Math.max(doc.index.sentenceOf(from).offset, from - MAX_SPAN_GAP);
  let i = from;
  // Back over the subject: ideographs, commas and spaces only.
  while (i > start && !mentionAt(doc, i) && (isHan(text.charCodeAt(i - 1)) || isComma(text.charCodeAt(i - 1)) || isSpace(text[i - 1]))) i--;
  const m = mentionAt(doc, i);
  if (!m || m.kind !== "year" || !m.years) return null;
  if (m.years.length === 2) return [m.years[0], m.years[1]];
  // `2019年至2024年`
  const j = skipBack(text, m.offset);
  if (m.years.length !== 1 || !isSpanJoin(text.charCodeAt(j - 1))) return null;
  const first = mentionAt(doc, skipBack(text, j - 1));
  return first && first.kind === "year" && first.years?.length === 1 && first.offset >= start ? [first.years[0], m.years[0]] : null;
}

/** How far before a 年均 its sentence is read for another time. */
const UNSAID_REACH = 120;
/** A five-year plan's period said as a time of its own (`“十三五”期间`, `十三五时期`, `十三五末`), not `以来`. */
const PLAN_PERIOD = /十[一二三四五六七八九]五[”"]?(?:期间|时期|末|规划期)/;

/**
 * The spans a yearly rate from `first` to an unsaid end may run over, the first the one the message
 * names: null when the text gives no year of its own or the rate stands in a plan (its end is a target).
 */
function unsaidEndYears(doc: TextDocument, first: number, at: number): number[] | null {
  const year = doc.reportYear;
  if (year === null || doc.planDocument || doc.planLines[doc.index.lineOf(at)]) return null;
  // The sentence names another time (`“十三五”期间,…由2015年的X增加到Y`, `2016年至2020年,…`,
  // `截至2020年底,…`): the end may be that time's, not now.
  // (Back to the sentence's start, at most UNSAID_REACH characters: each 年均 reads a bounded stretch.)
  const from = Math.max(doc.index.sentenceOf(at).offset, at - UNSAID_REACH);
  for (let k = firstAtOrAfter(doc.mentions, from); k < doc.mentions.length && doc.mentions[k].offset < at; k++) {
    const m = doc.mentions[k];
    if (m.kind === "year" && m.years?.some((y) => y !== first)) return null;
  }
  if (PLAN_PERIOD.test(doc.text.slice(from, at))) return null;
  const n = year - first;
  if (n < 2) return null;
  const spans = [n, n - 1, n + 1];
  if (titlePart(doc)) spans.push(n - 0.5);
  return spans;
}

/** 3. `由X…到Y,年均增长R%` at 年均 (or 年平均) `at`. */
function yearlyHit(doc: TextDocument, at: number): Hit | null {
  const { text } = doc;
  const lead = YEARLY.startingAt(text, at)!;
  let p = at + lead.length;
  const verb = YEARLY_VERBS.startingAt(text, p);
  if (!verb) return null;
  p = skipOn(text, p + verb.length);
  if (isYearlyFiller(text.charCodeAt(p))) p = skipOn(text, p + 1);
  const rm = mentionFrom(doc, p);
  const rq = rm?.quantity;
  if (!rm || rm.kind !== "quantity" || rm.unit?.dimension !== "rate" || !rq || rq.number === null || rq.range || rq.bound !== "exact" || (rq.unit !== "%" && rq.unit !== "％")) return null;
  const y = figureBefore(doc, at);
  if (!y) return null;
  const ft = fromToBefore(doc, y);
  if (!ft || shielded(doc, ft.x, y) || isShielded(doc, rm.offset)) return null;
  if (ft.from.part || ft.to.part) return null;
  let years: number[];
  if (ft.from.year !== 0 && ft.to.year !== 0) years = [ft.to.year - ft.from.year];
  else if (ft.from.year === 0 && ft.to.year === 0) {
    const span = spanBefore(doc, ft.from.at - 1);
    if (!span) return null;
    years = [span[1] - span[0], span[1] - span[0] + 1];
  } else if (ft.from.year !== 0) {
    // The end year unsaid (`由2020年末的2.10万张增加到2.68万张,年均增长7.6%`): now, in a review of the
    // report's year. Counted three ways (the report's year less the first; a year less, when the latest
    // figures are last year's; a year more, when the first year is counted in), and half a year less in
    // a report of part of its year: the rate must fit one of them.
    const years0 = unsaidEndYears(doc, ft.from.year, rm.offset);
    if (!years0) return null;
    years = years0;
  } else return null;
  if (!(years[0] >= 1 && years[0] <= MAX_YEARS)) return null;
  const range = ratioRange(ft.x, y);
  if (!range || range[0] <= 0) return null;
  const sign = YEARLY_SIGN.get(verb)!;
  const stated = sign * rq.number;
  const half = 0.5 * 10 ** -rq.decimals + 1e-9;
  const yearly = (ratio: number, n: number) => (ratio ** (1 / n) - 1) * 100;
  for (const n of years) if (stated + half >= yearly(range[0], n) && stated - half <= yearly(range[1], n)) return null;
  const growth = yearly(y.value / ft.x.value, years[0]);
  const expected = (sign * growth).toFixed(Math.max(1, rq.decimals));
  return hitAt(rm, { key: "annualGrowthMismatch", params: { direction: sign > 0 ? "up" : "down", years: years[0], expected, stated: rm.text } }, rm.text, expected);
}

/** Every indexOf of `word` in `text`, in order. */
function* occurrences(text: string, word: string): Generator<number> {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) yield i;
}

/** growth-mismatch's hits of multiplicative wordings (see above), in the order of the text. */
export function multipleHits(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  if (text.indexOf("翻") >= 0) {
    for (const w of occurrences(text, "翻")) {
      const hit = doublingHit(doc, w);
      if (hit) hits.push(hit);
    }
  }
  if (text.indexOf("倍") >= 0) {
    for (const m of mentions) {
      if (!isTimes(text, m)) continue;
      const hit = ratioHit(doc, m);
      if (hit) hits.push(hit);
    }
  }
  if (text.indexOf("年均") >= 0 || text.indexOf("年平均") >= 0) {
    const at: number[] = [...occurrences(text, "年均"), ...occurrences(text, "年平均")].sort((a, b) => a - b);
    for (const a of at) {
      const hit = yearlyHit(doc, a);
      if (hit) hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}
