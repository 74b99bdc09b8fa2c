import { isHan, isSpace } from "./chars";
import { isShielded, type TextDocument } from "./document";
import { end, figureAsWritten, isChangeAmount, type ExactFigure } from "./figures";
import { periodLabelAt, type PeriodLabel } from "./period-labels";
import { hitAt, type Hit } from "./rule";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * sum-mismatch: the total of named periods (`一季度发放低保金1086万元,二季度1129万元,环比增长14.0%,
 * 上半年合计2015万元`, `分季度实施210人次、245人次、268人次、301人次,…,全年合计1024人次`) must be the
 * sum of their figures. Read in one sentence:
 * - the total: a clause `(period) 合计/共计/总计/累计/共 (a few ideographs) T` — with a period (上半年,
 *   下半年, 前三季度, 全年, 一季度 …), the periods before must cover exactly that period (一季度 and 二季度
 *   for 上半年; 1月–3月 for 一季度; 上半年 and 下半年 for 全年); without one (合计/共计/总计 only), any run of
 *   two consecutive periods or more. Not a stock (`累计达到`, `共有`, `累计建成`): what has built up since
 *   before the periods is no sum of them;
 * - the periods: clauses before the total that each open with a period's label and hold one figure in
 *   T's unit (`二季度1129万元`), or one clause laying a 、-list out by quarter (`分季度实施A、B、C、D`).
 *   Clauses between them with no figure in that unit (`环比增长14.0%`) or with a change only (`较一季度
 *   增加43万元`) are passed over; a labelled clause with two figures in that unit, or an unlabelled one with
 *   one between the periods and the total, and the rule is silent. A clause of new things (`新增`) summed
 *   by a total that does not say 新增 is no sum of them either.
 * Every figure exact; the tolerance is their rounding.
 */

const SUM_WORDS = ["合计", "共计", "总计", "累计", "共"];
/** What a total's period covers, by the kind of the labels before it. */
const COVERS = new Map<string, Partial<Record<PeriodLabel["kind"], number[]>>>([
  ["上半年", { quarter: [1, 2], month: [1, 2, 3, 4, 5, 6] }],
  ["下半年", { quarter: [3, 4], month: [7, 8, 9, 10, 11, 12] }],
  ["前三季度", { quarter: [1, 2, 3], month: [1, 2, 3, 4, 5, 6, 7, 8, 9] }],
  ["全年度", { quarter: [1, 2, 3, 4], half: [1, 2], month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }],
  ["全年", { quarter: [1, 2, 3, 4], half: [1, 2], month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }],
  ["第一季度", { month: [1, 2, 3] }],
  ["第二季度", { month: [4, 5, 6] }],
  ["第三季度", { month: [7, 8, 9] }],
  ["第四季度", { month: [10, 11, 12] }],
  ["一季度", { month: [1, 2, 3] }],
  ["二季度", { month: [4, 5, 6] }],
  ["三季度", { month: [7, 8, 9] }],
  ["四季度", { month: [10, 11, 12] }],
]);
const TOTAL_PERIODS = [...COVERS.keys()];
/** Words after the sum word that make the total a stock built up before the periods. */
const STOCK_WORDS = ["达", "到", "至", "有", "建成", "建有", "保有"];
/** Words of new things: periods that count them add up only to a total that says so too. */
const NEW_WORDS = ["新增", "新建", "新开", "净增", "新登记", "新成立"];
/** Words that lay a list out by quarter. */
const BY_QUARTER = ["分季度", "各季度", "按季度", "逐季度"];
/** How many ideographs may stand between the sum word and the total (`合计发放低保金`). */
const MAX_TOTAL_WORDS = 8;
/** How far back the periods are read (keeps the rule linear). */
const REACH = 240;

/** (The document's text has its full-width punctuation made half-width.) */
const isBreak = (ch: string) => ch === "," || ch === ";" || ch === "。" || ch === "\n" || ch === ":";

interface Period {
  label: PeriodLabel;
  figure: ExactFigure;
}

/** The total's clause: its period word ("" for none), or null when `t` is no total of periods. */
function totalOf(text: string, t: Mention): { period: string; from: number; words: string } | null {
  let c = t.offset;
  while (c > 0 && t.offset - c <= 16 && !isBreak(text[c - 1]) && text[c - 1] !== "、") c--;
  if (!isBreak(text[c - 1] ?? "")) return null;
  while (c < t.offset && isSpace(text[c])) c++;
  const period = TOTAL_PERIODS.find((w) => text.startsWith(w, c)) ?? "";
  const s = c + period.length;
  const word = SUM_WORDS.find((w) => text.startsWith(w, s));
  // (The sum word stands before the total: `三季度` inside `前三季度合计` is a label, not the total.)
  if (!word || s + word.length > t.offset || (period === "" && (word === "累计" || word === "共"))) return null;
  const words = text.slice(s + word.length, t.offset);
  if (words.length > MAX_TOTAL_WORDS || [...words].some((ch) => !isHan(ch.charCodeAt(0)))) return null;
  if (STOCK_WORDS.some((w) => words.includes(w))) return null;
  return { period, from: c, words: text.slice(c, t.offset) };
}

/** Units that name periods (`一季度`, `3个月`): a period's label or length, never a total of periods' figures. */
const PERIOD_UNITS = new Set(["季度", "季", "月", "个月", "年", "周", "旬", "日", "天"]);
const isPeriodUnit = (m: Mention) => PERIOD_UNITS.has(m.quantity?.unit ?? "");

/** Verbs that may open a total's words before what it counts (`合计发放低保金`). */
const TOTAL_VERBS = ["发放", "支出", "救助", "接待", "办理", "完成", "实现", "筹集", "销售", "募集", "服务", "登记", "投入", "拨付", "下拨"];

/** What a total's words name after its period, sum word and verb (`发放各类救助资金` → 各类救助资金), or "" when nothing. */
function thingNamed(words: string): string {
  let w = words;
  for (const p of [...TOTAL_PERIODS, ...SUM_WORDS]) if (w.startsWith(p)) w = w.slice(p.length);
  const verb = TOTAL_VERBS.find((v) => w.startsWith(v));
  return verb ? w.slice(verb.length) : w;
}

const isChange = isChangeAmount;

/** The periods before the total's clause (at `to`) back to the sentence's start, in order; null when the clauses say something else. */
function periodsBefore(doc: TextDocument, t: Mention, unit: string, to: number): { periods: Period[]; clauses: string } | null {
  const { text, mentions } = doc;
  const from = Math.max(t.sentence.offset, to - REACH);
  const out: Period[] = [];
  let clauses = "";
  let ce = to - 1; // the separator before the total's clause
  while (ce > from) {
    let cs = ce;
    while (cs > from && !isBreak(text[cs - 1])) cs--;
    const clause = text.slice(cs, ce);
    const figures: ExactFigure[] = [];
    let inexact = false;
    for (let k = firstAtOrAfter(mentions, cs); k < mentions.length && mentions[k].offset < ce; k++) {
      const m = mentions[k];
      if (m.kind !== "quantity" || isChange(text, m)) continue;
      const f = figureAsWritten(m);
      if (f && f.unit === unit) figures.push(f);
      else if (!f && m.quantity?.unit === unit) inexact = true;
    }
    if (inexact) return null;
    let p = cs;
    while (p < ce && isSpace(text[p])) p++;
    const label = periodLabelAt(text, mentions, p);
    const byQuarter = BY_QUARTER.find((w) => clause.includes(w));
    if (byQuarter && figures.length >= 2 && figures.length <= 4 && out.length === 0) {
      // `分季度实施A、B、C、D`: the list, joined by 、 alone, after the word.
      const at = cs + clause.indexOf(byQuarter);
      if (figures[0].mention.offset < at) return null;
      for (let i = 1; i < figures.length; i++) if (text.slice(end(figures[i - 1].mention), figures[i].mention.offset) !== "、") return null;
      return { periods: figures.map((figure, i) => ({ label: { kind: "quarter", n: i + 1, end: figure.mention.offset }, figure })), clauses: clauses + clause };
    }
    if (label && label.kind !== "month-rel" && label.kind !== "quarter-rel") {
      if (figures.length > 1) return null;
      if (figures.length === 1) {
        out.unshift({ label, figure: figures[0] });
        clauses += clause;
      }
    } else if (figures.length > 0) {
      if (out.length === 0) return null;
      break;
    }
    ce = cs - 1;
    if (ce >= 0 && text[ce] === "。") break;
  }
  return { periods: out, clauses };
}

/** Whether the periods are consecutive ones of one kind and, when the total names its period, cover it exactly. */
function covers(period: string, periods: readonly Period[]): boolean {
  if (periods.length < 2) return false;
  const kind = periods[0].label.kind;
  if (periods.some((p) => p.label.kind !== kind)) return false;
  for (let i = 1; i < periods.length; i++) if (periods[i].label.n !== periods[i - 1].label.n + 1) return false;
  if (period === "") return true;
  const want = COVERS.get(period)?.[kind];
  return !!want && want.length === periods.length && want.every((n, i) => periods[i].label.n === n);
}

function format(n: number): string {
  return Number.isInteger(n) ? String(n) : String(+n.toFixed(4));
}

/** A figure for the message, in the total's written scale (`2215万`, `1024`). */
function shown(value: number, like: Mention): string {
  const q = like.quantity!;
  const scale = q.scale === 1e4 ? "万" : q.scale === 1e8 ? "亿" : "";
  return scale ? `${format(value / q.scale)}${scale}` : format(value);
}

export function periodSums(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  if (!SUM_WORDS.some((w) => text.includes(w))) return hits;
  for (const t of mentions) {
    if (t.kind !== "quantity" || isShielded(doc, t.offset) || isPeriodUnit(t)) continue;
    const total = totalOf(text, t);
    const ft = total && figureAsWritten(t);
    if (!total || !ft) continue;
    const got = periodsBefore(doc, t, ft.unit, total.from);
    if (!got || !covers(total.period, got.periods)) continue;
    if (NEW_WORDS.some((w) => got.clauses.includes(w) && !total.words.includes(w))) continue;
    // A total that names what it adds up, not named in the periods' clauses (`一季度发放低保金…,上半年合计
    // 发放各类救助资金2640万元`): a wider measure than the periods', which need not make it up.
    const named = thingNamed(total.words);
    if (named && !got.clauses.includes(named)) continue;
    const sum = got.periods.reduce((s, p) => s + p.figure.value, 0);
    const slack = ft.half + got.periods.reduce((s, p) => s + p.figure.half, 0);
    if (Math.abs(sum - ft.value) <= slack + 1e-9 * Math.max(1, Math.abs(sum))) continue;
    const unit = t.quantity!.unit ?? ft.unit;
    hits.push(hitAt(t, { key: "listNotTotal", params: { total: shown(ft.value, t), sum: shown(sum, t), unit } }, t.text, format(sum)));
  }
  return hits;
}
