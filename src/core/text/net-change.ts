import { formatQuantity } from "../quantity";
import { isHan } from "./chars";
import { isShielded, type TextDocument } from "./document";
import { end, figureAsWritten, type ExactFigure } from "./figures";
import { LAST_YEAR, LAST_YEAR_ANY, LAST_YEAR_END } from "./last-year";
import { hitAt, type Hit } from "./rule";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * A change stated as an amount that does not follow from the figures it is the change between.
 *
 * netChanges (growth-mismatch): the amount after a pair of figures in one clause —
 * 1. `由X增加到Y,净增A` (由/从 X, a verb + 到/至, Y; then, in the next clause, 净增/净减/增加/减少 + A,
 *    after at most a few words of time or sum: `三年净增760张`, `共增加`): A = Y − X. 到 makes Y the new
 *    level, not the change; 新增 is no net change (new places, not counting those closed) and is left alone;
 * 2. `Y,较上年的X增加A`, `Y,比上年(X)减少A` (比/较 + a base + 的, a bracket or nothing + X, then the verb
 *    and A): A = Y − X, Y the figure right before the comma. Not when Y is an item of a list or a
 *    part after 其中 (`…、基金会8家;较上年末的596家增加32家` is of the total before 其中), nor after
 *    a semicolon.
 * The three figures in one unit, exact; the tolerance is their rounding.
 *
 * flowsAgainstNet (sum-mismatch): what came in and what went out against the net change of the same
 * stock — `新成立142家,注销74家,净增68家` (the net in the clause right after the flows), or the net
 * stated in the sentence just before the one of the flows, in the same paragraph: `社会组织628家,…;较上年末的
 * 596家增加32家。全年新成立社会组织46家、注销16家` (46 − 16 must be 32). Exactly one word of inflow
 * (新成立, 新登记, 新设立, 新增 …) and one of outflow (注销, 撤销) in the flows' sentence, and no other
 * word that moves the stock (合并, 迁入, 吊销 …): with three kinds of change the two need not add up.
 * The flows' noun, when written (`新成立社会组织`), must stand in the net's sentence; a net against the
 * same period last year (同期) or against last year (上年, not its end) in a part-year sentence
 * (上半年新登记…) is not the change the flows make, and is left alone.
 */

/** Verbs of a net change by an amount, with their sign: 增加到 is no such verb (到 names the level). */
const NET_VERBS: readonly [string, 1 | -1][] = [
  ["净增加", 1], ["净减少", -1], ["净增", 1], ["净减", -1], ["增加了", 1], ["减少了", -1], ["增加", 1], ["减少", -1],
];
/** Verbs of `由X…到Y` (which way does not matter: the figures say it). */
const TO_VERBS = ["提高", "增加", "增长", "上升", "提升", "扩大", "发展", "下降", "减少", "降低", "缩减", "压缩", "回落", "增", "升", "降", "减"];
/** How many ideographs may qualify the amount after the comma (`三年净增`, `共增加`), or X and Y (`由上年末的`). */
const MAX_QUALIFIER = 10;
/** Words that make the clause of the amount about something else than the pair before it. */
const OTHER_CHANGE = ["新", "比", "较", "同比", "环比", "其中", "分别", "年均", "平均", "人均"];
/** Words of time or sum that may qualify the amount of a pair's change (`三年净增`, `全年共增加`). */
const TIME_OR_SUM = ["累计", "合计", "共计", "总计", "全年", "期间", "其间", "先后", "已经", "已", "共", "来", "间"];
const SUM_QUALIFIERS = ["合计", "共计", "总计", "共"];
const isNumeral = (c: string) => "一二三四五六七八九十两0123456789".includes(c);

/** Whether a qualifier is made only of TIME_OR_SUM words and spans of years (`三年`, `5年`, `两年来`). */
function timeOrSumOnly(q: string): boolean {
  let i = 0;
  while (i < q.length) {
    const w = TIME_OR_SUM.find((x) => q.startsWith(x, i));
    if (w) {
      i += w.length;
      continue;
    }
    let j = i;
    while (j < q.length && isNumeral(q[j])) j++;
    if (j === i || q[j] !== "年") return false;
    i = j + 1;
  }
  return true;
}

/**
 * How many other `由`/`从` pairs open before the one whose X is at `to`, from `from` (the sentence's
 * start). (A 由 of another word, 自由, only makes the rule silent.)
 */
function pairsBefore(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === "由" || text[i] === "从") n++;
  return n - 1;
}

/** Bases of `Y,较上年的X增加A`. */
const BASES = [...LAST_YEAR_ANY, "年初", "同期"];

/** How far around the flows their sentence is read for other changes. */
const FLOW_REACH = 200;
const INFLOW = ["新成立", "新登记", "新设立", "新注册", "新增"];
const OUTFLOW = ["注销登记", "撤销登记", "注销", "撤销"];
/** Other changes to a stock: any of them beside the two flows, and the flows need not give the net. */
const OTHER_FLOWS = ["合并", "迁入", "迁出", "转入", "转出", "吊销", "取缔", "划转", "变更为", "转登记", "停办", "关停", "撤并"];

/** The net verb (and sign) ending right before `at`. */
function netVerbBefore(text: string, at: number): { verb: string; sign: 1 | -1 } | null {
  for (const [verb, sign] of NET_VERBS) if (text.startsWith(verb, at - verb.length)) return { verb, sign };
  return null;
}

/** The mention ending exactly at `pos`, or null. */
function mentionEnding(doc: TextDocument, pos: number): Mention | null {
  const k = firstAtOrAfter(doc.mentions, pos) - 1;
  return k >= 0 && end(doc.mentions[k]) === pos ? doc.mentions[k] : null;
}

/** The amount as written for the message: in the stated amount's scale (`0.31亿元`, `12家`). */
function shownLike(value: number, like: Mention): string {
  const q = like.quantity!;
  const unit = q.unit ?? "";
  if (unit === "元" && Math.abs(value) >= 10000) return formatQuantity({ number: value, unit, bound: "exact", range: null }, { maxDecimals: 4, scaleWords: true });
  const scaled = value / q.scale;
  const scaleWord = like.text.slice(0, like.text.length - unit.length).replace(/^[^\u4e00-\u9fff]*/, "");
  return `${+scaled.toFixed(Math.max(q.decimals, 2))}${scaleWord}${unit}`;
}

function agree(x: ExactFigure, y: ExactFigure, a: ExactFigure, stated: number): boolean {
  return Math.abs(y.value - x.value - stated) <= x.half + y.half + a.half + 1e-9 * Math.max(1, Math.abs(y.value));
}

/**
 * Back from `from` over at most MAX_QUALIFIER characters of one clause to the first of `markers`
 * (the position right after it), or -1 when a clause break or the reach comes first.
 */
function backTo(text: string, from: number, markers: string): number {
  let k = from;
  for (let q = 0; k > 0 && !markers.includes(text[k - 1]); q++, k--) {
    const c = text[k - 1];
    if (q >= MAX_QUALIFIER || c === "," || c === ";" || c === "。" || c === "、" || c === "\n") return -1;
  }
  return k === 0 ? -1 : k;
}

/** X and Y of `由X…到Y` with Y ending at `yEnd`; null when the clause is not in that shape. */
function fromTo(doc: TextDocument, y: Mention): Mention | null {
  const { text } = doc;
  // Back from Y over its qualifier (`到2025年末的`) to 到 or 至.
  const k = backTo(text, y.offset, "到至");
  if (k < 0) return null;
  const verb = TO_VERBS.find((v) => text.startsWith(v, k - 1 - v.length));
  if (!verb) return null;
  const x = mentionEnding(doc, k - 1 - verb.length);
  if (!x || x.kind !== "quantity") return null;
  // Before X: 由 or 从 and a qualifier of ideographs and year/date mentions at most (`由2022年底的`).
  return backTo(text, x.offset, "由从") < 0 ? null : x;
}

/** 1 and 2: the amount after a pair of figures. */
export function netChanges(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  // Both cases compare three figures, the pair's two before the amount (a note cell has one or two).
  if (mentions.length < 3 || (text.indexOf("增") < 0 && text.indexOf("减") < 0)) return hits;
  for (const a of mentions) {
    if (a.kind !== "quantity" || isShielded(doc, a.offset)) continue;
    const verb = netVerbBefore(text, a.offset);
    if (!verb) continue;
    const fa = figureAsWritten(a);
    if (!fa) continue;
    const vStart = a.offset - verb.verb.length;
    // 1. `…到Y,(qualifier)净增A`.
    let c = vStart;
    while (c > 0 && vStart - c <= MAX_QUALIFIER && isHan(text.charCodeAt(c - 1))) c--;
    const qualifier = text.slice(c, vStart);
    if (text[c - 1] === "," && !OTHER_CHANGE.some((w) => qualifier.includes(w))) {
      const y = mentionEnding(doc, c - 1);
      const x = y && y.kind === "quantity" ? fromTo(doc, y) : null;
      // Only words of time or sum keep the amount the pair's change (`三年净增`, `共增加`): a noun
      // (`城区增加310张`, `护理型床位增加`) names another quantity; a sum after two pairs (`城市…由A减少到B,
      // 农村…由C减少到D,合计减少`) is of both.
      if (!timeOrSumOnly(qualifier) || (x && SUM_QUALIFIERS.some((w) => qualifier.includes(w)) && pairsBefore(text, doc.index.sentenceOf(x.offset).offset, x.offset) > 0)) continue;
      const fx = x && figureAsWritten(x);
      const fy = y && figureAsWritten(y);
      if (fx && fy && fx.unit === fa.unit && fy.unit === fa.unit && !agree(fx, fy, fa, verb.sign * fa.value)) {
        hits.push(mismatch(fx, fy, a));
      }
      continue;
    }
    // 2. `Y,较上年的X增加A`.
    const x = mentionEnding(doc, vStart) ?? (text[vStart - 1] === ")" ? mentionEnding(doc, vStart - 1) : null);
    if (!x || x.kind !== "quantity") continue;
    const bracket = end(x) !== vStart;
    let b = x.offset;
    if (bracket) {
      if (text[b - 1] !== "(") continue;
      b--;
    } else if (text[b - 1] === "的") b--;
    const base = BASES.find((w) => text.startsWith(w, b - w.length));
    if (!base) continue;
    const cmp = b - base.length - 1;
    if (text[cmp] !== "较" && text[cmp] !== "比") continue;
    if (text[cmp - 1] !== ",") continue;
    const y = mentionEnding(doc, cmp - 1);
    if (!y || y.kind !== "quantity" || !yStandsAlone(doc, y)) continue;
    // A change amount before it (`较6月底增加214人,较上年末的37905人增加747人`) is no level: both
    // changes are of the clause's figure, which stands further back.
    if (netVerbBefore(text, y.offset)) continue;
    const fx = figureAsWritten(x);
    const fy = figureAsWritten(y);
    if (fx && fy && fx.unit === fa.unit && fy.unit === fa.unit && !agree(fx, fy, fa, verb.sign * fa.value)) hits.push(mismatch(fx, fy, a));
  }
  return hits;
}

/**
 * Y is the figure of its own clause, not an item of a list nor a part after 其中 (the comparison may then
 * be of the total): a comma or the sentence's start before its clause, and no 其中/包括 since the
 * sentence's start or its last semicolon.
 */
function yStandsAlone(doc: TextDocument, y: Mention): boolean {
  const { text } = doc;
  const from = Math.max(y.sentence.offset, y.offset - 120);
  let i = y.offset;
  while (i > from && text[i - 1] !== "," && text[i - 1] !== ";" && text[i - 1] !== "、") i--;
  if (text[i - 1] === "、") return false;
  let s = i;
  while (s > from && text[s - 1] !== ";") s--;
  const lead = text.slice(s, y.offset);
  return !lead.includes("其中") && !lead.includes("包括") && !lead.includes("、");
}

function mismatch(x: ExactFigure, y: ExactFigure, a: Mention): Hit {
  const diff = y.value - x.value;
  return hitAt(
    a,
    { key: "netChangeMismatch", params: { from: x.mention.text, to: y.mention.text, direction: diff < 0 ? "down" : "up", expected: shownLike(Math.abs(diff), a), stated: a.text } },
    a.text,
    shownLike(diff, a),
  );
}

/** The flows of a sentence: one inflow and one outflow figure in one unit, or null. */
interface Flows {
  inflow: ExactFigure;
  outflow: ExactFigure;
  noun: string;
}

function wordBefore(text: string, at: number, words: readonly string[], reach: number): { word: string; at: number } | null {
  // The word, then ideographs only (the noun) up to the figure.
  const from = Math.max(0, at - reach);
  for (let i = at - 1; i >= from; i--) {
    if (!isHan(text.charCodeAt(i))) return null;
    for (const w of words) if (text.startsWith(w, i)) return { word: w, at: i };
  }
  return null;
}

function countWords(s: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length)) n++;
  return n;
}

function flowsOf(doc: TextDocument, sentence: { offset: number; length: number }, k0: number): { flows: Flows; next: number } | null {
  const { text, mentions } = doc;
  const sEnd = sentence.offset + sentence.length;
  let inflow: Mention | null = null;
  let outflow: Mention | null = null;
  let noun = "";
  let k = k0;
  for (; k < mentions.length && mentions[k].offset < sEnd; k++) {
    const m = mentions[k];
    if (m.kind !== "quantity") continue;
    if (!inflow) {
      const w = wordBefore(text, m.offset, INFLOW, 12);
      if (w) {
        inflow = m;
        noun = text.slice(w.at + w.word.length, m.offset);
      }
      continue;
    }
    const w = wordBefore(text, m.offset, OUTFLOW, 10);
    const sep = w ? text[w.at - 1] : "";
    if (w && (sep === "、" || sep === ",") && w.at - 1 === end(inflow)) outflow = m;
    break;
  }
  if (!inflow || !outflow) return null;
  // The sentence around the flows, at most FLOW_REACH either side (a sentence of nothing but flows stays linear).
  const s = text.slice(Math.max(sentence.offset, inflow.offset - FLOW_REACH), Math.min(sEnd, end(outflow) + FLOW_REACH));
  if (countWords(s, INFLOW) !== 1 || countWords(s, ["注销", "撤销"]) !== 1 || OTHER_FLOWS.some((w) => s.includes(w))) return null;
  const fi = figureAsWritten(inflow);
  const fo = figureAsWritten(outflow);
  if (!fi || !fo || fi.unit !== fo.unit) return null;
  return { flows: { inflow: fi, outflow: fo, noun }, next: k };
}

/** A net change stated in a sentence: `较上年末(的X)增加N`, `由X增加到Y`; the only one in `unit`, or null. */
function netOfSentence(doc: TextDocument, sentence: { offset: number; length: number }, unit: string, partYear: boolean): { value: number; half: number; mention: Mention } | null {
  const { text, mentions } = doc;
  const sEnd = sentence.offset + sentence.length;
  let found: { value: number; half: number; mention: Mention } | null = null;
  let n = 0;
  for (let k = firstAtOrAfter(mentions, sentence.offset); k < mentions.length && mentions[k].offset < sEnd; k++) {
    const m = mentions[k];
    const f = m.kind === "quantity" ? figureAsWritten(m) : null;
    if (!f || f.unit !== unit) continue;
    const verb = netVerbBefore(text, m.offset);
    if (verb) {
      // The base: 较/比 + an end of last year (or 上年 in a whole-year sentence), X or not, then the verb.
      const lead = text.slice(Math.max(sentence.offset, m.offset - verb.verb.length - 16), m.offset - verb.verb.length);
      const cmp = Math.max(lead.lastIndexOf("较"), lead.lastIndexOf("比"));
      if (cmp < 0) continue;
      const base = lead.slice(cmp + 1);
      if (base.includes("同期")) return null;
      const ofEnd = [...LAST_YEAR_END, "年初"].some((w) => base.startsWith(w));
      const ofYear = LAST_YEAR.some((w) => base.startsWith(w));
      if (!ofEnd && !(ofYear && !partYear)) return null;
      found = { value: verb.sign * f.value, half: f.half, mention: m };
      n++;
      continue;
    }
    // `由X增加到Y`: Y − X.
    const x = fromTo(doc, m);
    const fx = x && figureAsWritten(x);
    if (fx && fx.unit === unit) {
      found = { value: f.value - fx.value, half: f.half + fx.half, mention: m };
      n++;
    }
  }
  return n === 1 ? found : null;
}

const PART_YEAR = ["上半年", "下半年", "季度", "1—", "1-", "月份", "前三季度"];

/** The flows of a stock against its net change (sum-mismatch). */
export function flowsAgainstNet(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  if (text.indexOf("注销") < 0 && text.indexOf("撤销") < 0) return hits;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== "quantity" || isShielded(doc, m.offset) || !wordBefore(text, m.offset, INFLOW, 12)) continue;
    const sentence = m.sentence;
    const got = flowsOf(doc, sentence, k);
    if (!got) continue;
    const { inflow, outflow, noun } = got.flows;
    const net = inflow.value - outflow.value;
    const slack = inflow.half + outflow.half;
    const lead = text.slice(sentence.offset, inflow.mention.offset);
    const partYear = PART_YEAR.some((w) => lead.includes(w));
    // The net right after the flows: `,净增68家`.
    const after = end(outflow.mention);
    let stated: { value: number; half: number; mention: Mention } | null = null;
    if (text[after] === ",") {
      const n = mentions[firstAtOrAfter(mentions, after)];
      const verb = n && n.kind === "quantity" ? netVerbBefore(text, n.offset) : null;
      const fn = n && figureAsWritten(n);
      if (verb && fn && fn.unit === inflow.unit && verb.verb.startsWith("净") && n.offset - verb.verb.length === after + 1) stated = { value: verb.sign * fn.value, half: fn.half, mention: n };
    }
    // Or in the sentence before, in the same paragraph, when the flows open their sentence.
    if (!stated && sentence.offset > 0 && !/[0-9]/.test(lead) && !lead.includes("其中")) {
      const prev = doc.index.sentenceOf(sentence.offset - 1);
      if (!text.slice(prev.offset, sentence.offset).includes("\n") && (noun === "" || text.slice(prev.offset, sentence.offset).includes(noun))) {
        stated = netOfSentence(doc, prev, inflow.unit, partYear);
      }
    }
    k = got.next - 1;
    if (!stated || Math.abs(stated.value - net) <= slack + stated.half + 1e-9) continue;
    const span = { offset: inflow.mention.offset, length: end(outflow.mention) - inflow.mention.offset };
    hits.push(
      hitAt(
        span,
        { key: "flowsNotNet", params: { inflow: inflow.mention.text, outflow: outflow.mention.text, expected: shownLike(net, stated.mention), stated: stated.mention.text } },
        `${inflow.mention.text}−${outflow.mention.text}`,
        shownLike(net, stated.mention),
      ),
    );
  }
  return hits;
}
