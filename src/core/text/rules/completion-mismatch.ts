import { agreesWithPercent } from "../../checks/arith";
import { codeSet, isHan, isSpace, WordList } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { clauseStart, end, exactFigure, type ExactFigure, isChangeAmount, leadOf, mentionEndingAt, quantitiesBetween, SEGMENT_REACH, segmentStart, unitOf } from "../figures";
import { hitAt, type Hit, type TextRule } from "../rule";
import { firstAtOrAfter, type Mention } from "../scan";

/**
 * completion-mismatch in text: a stated completion rate, or a rate of a part of a whole, that the
 * figures the same sentence gives for it do not give. Only in these shapes (V what was done, T the
 * target or the whole, R the stated rate):
 * 1. the target inside the rate's phrase: `V,为年度目标T的R%`, `V,完成计划目标(T)的R%`
 *    (为/占/完成/达到/实现/是 + up to six ideographs + 目标/任务/计划 + T, bare or in brackets, + 的);
 *    V is the figure that ends the clause right before (only a comma between);
 * 2. the target named elsewhere in the sentence: `年度目标T,已完成V,完成率R%`, `计划改造T,完成V,
 *    完成年度目标的R%` — T the one figure whose words (the ideographs before it) hold 目标, 任务 or
 *    计划, V the nearest other figure before the rate (in T's unit: the nearest in another unit says
 *    the rate is of something else, and the rule is silent);
 * 4. the target named right after the rate, when the stretch before names none: `已完成改造620户,
 *    完成率62%,年度目标1000户`, `完成改造620户,完成率51.7%(年度目标1200户)` — in brackets right
 *    after the rate, or as the whole next clause of the sentence: a qualifier, 目标/任务/计划 (and
 *    为, 是 or a colon), then T in V's unit, which ends the clause or the brackets. The qualifier
 *    may only say whose or which year's target it is (年度, 全年, 下达 …) and then repeat the words
 *    of V (`年度改造目标`): any other (`助餐服务目标`, `明年目标`) names a target of something else.
 *    V as in shape 2, the nearest figure before the rate; silent if the rest of the sentence names
 *    a second target (`,年度目标1000户,三年目标3000户`);
 * 6. a planned count and the count done: `新建老年食堂12个,已建成9个,完成率R%` (see againstPlannedCount);
 * 3. a part of a whole named by the same verb or noun W: `应参检T,实际参检V,参检率R%` (W the two
 *    ideographs before 率; T the one figure named 应W…, V a figure named W… but not 应W, 未W, 不W).
 * 7. money spent against money allocated: `下达资金T,已支出V,支出进度R%` (支出进度, 支出率, 拨付率,
 *    预算执行率, 使用率: see againstAllocated);
 * 8. a share of a whole the phrase names: `V,占户籍总人口T的R%` (T written in the phrase), `V,占筹集
 *    资金的R%` (T the one figure of the stretch its noun names: see shareOfNamedWhole). A rate that
 *    agrees once a 万 or 亿 is put back on a figure of 7 or 8 is left to the rules of scale.
 * Which figure reaches the target is not always the one written last (`由2860张增加到3620张,三年净增
 * 760张,完成计划目标(3500张)的103.4%` measures the total, not the increase): every other figure of
 * the stretch in T's unit may be the one meant, so the rate stands if any of them gives it, and the
 * rule is silent if any of them is inexact (约, 余, a range). The expected rate is the nearest to
 * the stated one of those the figures give.
 * Silent too: a rate with a bound (`超过95%`, `约62%`), in a list (`分别为62%、90%`), after
 * 分别 or any word but a filler (为, 达, 达到, 是) between the phrase and the rate, percentage points,
 * a stretch with two targets (two figures named 目标/计划/任务, or two 应W), V in a clause that
 * counts a stock rather than work done (有, 总数, 在册 …), and 计划生育 (a target it is not).
 * A growth clause between the work done and the rate's phrase (`销售2.14亿元,同比增长5.4%,完成年度
 * 销售目标8.6亿元的29.4%`, `…,较上年同期的2.03亿元增长5.4%,完成…`) is passed over: it says how the
 * figure before it changed, so its rate is no completion and its base (the year before's) no work
 * done; the shapes read the stretch up to it (up to three such clauses: 同比, then 环比). Only a
 * clause of one rate after a word of change (增长, 下降, 增幅为 …), with no figure but a base after 较
 * or 比: a clause with an amount of change (`较上年增加420张`) is read as before, as that amount may
 * be the work the target counts.
 * The stretch is the sentence up to the rate, from after its last semicolon, at most SEGMENT_REACH
 * characters. Tolerance: the rounding of every figure as written (`percentInterval`'s arithmetic,
 * `agreesWithPercent`), and at least the table rule's completion floor of 0.1 point (a rate
 * truncated instead of rounded).
 */
const COMPLETION_FLOOR = 0.1;
/** Words between the rate's phrase and the rate: `完成率为62%`, `参检率达到97%`. */
const FILLERS = new WordList(["达到了", "达到", "达", "为", "是"]);
/** Words that name a target: the figure after them is what the work is measured against. */
const TARGET_WORDS = new WordList(["目标任务", "目标", "任务", "计划"]);
/** Verbs that open `…目标T的R%`: the rate measures the clause before against T. */
const PHRASE_VERBS = new WordList(["完成了", "完成", "达到", "实现", "为", "占", "是", "达"]);
/** How many ideographs may qualify the target between the verb and 目标 (`完成年度改造目标`). */
const MAX_QUALIFIER = 6;
/** How far back the words naming a figure are read (`应参检市级社会组织` before 1012家). */
const LEAD_REACH = 16;
/** Words of a clause that counts what there is, not what was done: V there is no completion. */
const STOCK_WORDS = new WordList(["有", "总数", "总量", "在册", "常住", "户籍"]);
const NOT_TARGET = new WordList(["计划生育"]);
/**
 * A share with no whole of its own named (`占57.0%`, `占比57.0%`, `占总数的40.2%`): the whole is
 * the figure the 其中 before it breaks down. (`占户籍人口的23.5%` names another whole: shape 8's.)
 */
const SHARE_WORDS = new WordList(["占总数的", "占总量的", "占总数", "占比为", "占比达", "占比", "占"]);
const QI_ZHONG = "其中";
/** What may open the qualifier of a target named after the rate: whose or which year's target. */
const OWNER_WORDS = new WordList(["上级下达", "全年度", "本年度", "省下达", "市下达", "年度", "全年", "今年", "本年", "当年", "年初", "下达", "省定", "市定", "既定"]);
/** Between the target's words and T, after the rate: `年度目标为1000户`, `年度目标:1000户`. */
const TARGET_FILLERS = new WordList(["为", "是", ":", "："]);
/** How far after the rate the target's words and figure are read. */
const AFTER_REACH = 24;
/** Before W in a figure's words: the part that was not done (未参检64家), not the part done. */
const isNegation = codeSet("未不没");
const isPercentSign = codeSet("%％");
const isListJoin = codeSet("、和及与");
/** What may close the clause that names a target after the rate. */
const isClauseClose = codeSet(",，。;；!！\n");
/** Words before a growth rate besides a verb of change (`增幅为5.4%`, `增速达5.4%`). */
const RATE_WORDS = new WordList(["增幅", "降幅", "增速", "涨幅", "跌幅"]);
const RATE_FILLERS = new WordList(["为", "达", "是"]);
/** How many growth clauses in a row are passed over (同比, then 环比). */
const MAX_GROWTH_CLAUSES = 3;
/** How far back a growth clause's opening comma is looked for. */
const GROWTH_REACH = 40;
const LV = 0x7387; // 率
const DE = 0x7684; // 的
const YING = 0x5e94; // 应
const XIA = 0x4e0b; // 下

/** The stated rate at `m`: an exact percentage (not points, not bounded, not a range). */
function statedRate(m: Mention): { value: number; half: number; decimals: number } | null {
  const q = m.quantity;
  if (m.kind !== "quantity" || !q || q.number === null || q.range || q.bound !== "exact" || !q.unit || q.unit.length !== 1 || !isPercentSign(q.unit.charCodeAt(0))) return null;
  return { value: q.number, half: 0.5 * 10 ** -q.decimals, decimals: q.decimals };
}

/** A rate of a list (`62%、90%`, `62%和90%`): which is whose, a rule reading one rate cannot say. */
function inList(doc: TextDocument, k: number): boolean {
  const { text, mentions } = doc;
  const joined = (a: Mention | undefined, b: Mention | undefined) => {
    if (!a || !b || unitOf(a) !== "%" || unitOf(b) !== "%") return false;
    const gap = b.offset - end(a);
    return gap >= 1 && gap <= 2 && isListJoin(text.charCodeAt(end(a)));
  };
  return joined(mentions[k - 1], mentions[k]) || joined(mentions[k], mentions[k + 1]);
}

/** A figure or a sum of figures with the rounding it carries (the done parts added up, a stated rate). */
type Amount = Pick<ExactFigure, "value" | "half">;

/** What the words before a rate say it measures. */
type Phrase =
  | { kind: "target"; start: number; target: Mention } // 1: 为年度目标T的
  | { kind: "completion"; start: number } // 2: 完成率, 完成年度目标的
  | { kind: "part"; start: number; word: string; suffix?: string } // 3: 参检率; 7: 支出进度
  | { kind: "share"; start: number } // 5: 其中V,占R%
  | { kind: "ofWhole"; start: number; whole: Mention | null; noun: string }; // 8: 占户籍总人口N的R%, 占筹集资金的R%

/** How long the noun of a whole named after 占 may be (`占全市户籍总人口276.5万人的`). */
const MAX_WHOLE_NOUN = 10;
const ZHAN = 0x5360; // 占

/**
 * 8. `占户籍总人口276.5万人的19.6%` (`whole` the figure) or `占筹集资金的91.9%` (no figure: the whole is
 * the one figure of the stretch its noun names): 占 + a noun of ideographs + the figure or not, before
 * 的. `q` is where the noun ends. (A target's words there, 目标/任务/计划, are shape 1's.)
 */
function wholeNamedBefore(text: string, q: number, whole: Mention | null): Phrase | null {
  for (let r = q; r > 0 && q - r <= MAX_WHOLE_NOUN; r--) {
    if (text.charCodeAt(r - 1) === ZHAN) {
      const noun = text.slice(r, q);
      return whole || noun.length >= 2 ? { kind: "ofWhole", start: r - 1, whole, noun } : null;
    }
    if (!isHan(text.charCodeAt(r - 1))) return null;
  }
  return null;
}

/**
 * 7. Money allocated and spent: the rate's word (the verb two ideographs before 率 or 进度: `支出进度`,
 * `支出率`, `拨付率`, `预算执行率`), what it counts as done, and what it is measured against (下达, 筹集 …).
 */
const FUNDS_DONE = new Map<string, readonly string[]>([
  ["支出", ["支出"]],
  ["拨付", ["拨付"]],
  ["执行", ["执行", "支出"]],
  ["使用", ["使用", "支出"]],
]);
const FUNDS_WHOLE = new Map<string, readonly string[]>([
  ["支出", ["下达", "筹集", "安排", "拨付", "到位", "预算", "争取"]],
  ["拨付", ["下达", "筹集", "安排", "到位", "预算", "争取"]],
  ["执行", ["预算", "下达", "安排"]],
  ["使用", ["下达", "筹集", "安排", "拨付", "到位", "争取"]],
]);
const PROGRESS = "进度";

/** `支出进度`, `拨付进度` …: a funds verb (FUNDS_DONE) and 进度 ending at `p`, as a part phrase; else null. */
function fundsProgressBefore(text: string, p: number): Phrase | null {
  if (!text.startsWith(PROGRESS, p - PROGRESS.length)) return null;
  const start = p - PROGRESS.length - 2;
  const word = start >= 0 ? text.slice(start, start + 2) : "";
  return FUNDS_DONE.has(word) ? { kind: "part", start, word, suffix: PROGRESS } : null;
}

/** The phrase ending right before the rate at `at` (a filler word skipped), or null. */
function phraseBefore(doc: TextDocument, at: number): Phrase | null {
  const { text } = doc;
  let p = at;
  while (p > 0 && isSpace(text[p - 1])) p--;
  const filler = FILLERS.endingAt(text, p);
  if (filler) p -= filler.length;
  const share = SHARE_WORDS.endingAt(text, p);
  if (share) return { kind: "share", start: p - share.length };
  const progress = fundsProgressBefore(text, p);
  if (progress) return progress;
  const c = text.charCodeAt(p - 1);
  if (c === LV) {
    // W: the two ideographs before 率 (参检率, 完成率, 到位率).
    if (!isHan(text.charCodeAt(p - 2)) || !isHan(text.charCodeAt(p - 3))) return null;
    const word = text.slice(p - 3, p - 1);
    return { kind: "part", start: p - 3, word };
  }
  if (c !== DE) return null;
  let q = p - 1;
  let target: Mention | null = null;
  const bracketed = text.charCodeAt(q - 1) === 0x29; // )
  const t = mentionEndingAt(doc, bracketed ? q - 1 : q);
  if (t) {
    if (bracketed && text.charCodeAt(t.offset - 1) !== 0x28) return null; // (
    target = t;
    q = bracketed ? t.offset - 1 : t.offset;
  } else if (bracketed) return null;
  const word = TARGET_WORDS.endingAt(text, q);
  if (!word) return wholeNamedBefore(text, q, target);
  // Back over the qualifier (年度, 全年, 计划, 三年改造) to the verb that opens the phrase.
  let r = q - word.length;
  for (let read = 0; read <= MAX_QUALIFIER; read++) {
    const verb = PHRASE_VERBS.endingAt(text, r);
    // (达 of 下达 is whose target it is, not the verb: `完成省下达目标500张的`, `为上级下达目标…的`.)
    if (verb && !(verb === "达" && text.charCodeAt(r - 2) === XIA)) {
      const start = r - verb.length;
      return target ? { kind: "target", start, target } : { kind: "completion", start };
    }
    if (!isHan(text.charCodeAt(r - 1))) return null;
    r--;
  }
  return null;
}

/** Figures of the stretch before the phrase, in order, with the words that name them. */
interface Named {
  mention: Mention;
  lead: string;
}

function namedFigures(doc: TextDocument, from: number, to: number): Named[] {
  return quantitiesBetween(doc, from, to).map((mention) => ({ mention, lead: leadOf(doc, mention, LEAD_REACH) }));
}

/** A clause that counts a stock (`全区有困难家庭2000户`): its figure is no work done. */
function isStock(doc: TextDocument, v: Mention): boolean {
  const lead = leadOf(doc, v, LEAD_REACH);
  return STOCK_WORDS.inside(lead);
}

/** The figure that ends the clause right before `start` (only a comma, and spaces, between), or null. */
function clauseFigureBefore(doc: TextDocument, start: number): Mention | null {
  let p = start;
  while (p > 0 && isSpace(doc.text[p - 1])) p--;
  if (doc.text.charCodeAt(p - 1) === 0x2c) p--; // ,
  return mentionEndingAt(doc, p);
}

/**
 * What the figures give for a rate of `done` over `target`: null when the rate agrees with one of
 * them (or one of them is inexact, or none can be read), else the rate nearest the stated one.
 */
function judge(stated: Amount, target: ExactFigure, done: readonly Mention[], sums: readonly Amount[] = []): number | null {
  const allowed = Math.max(stated.half, COMPLETION_FLOOR) + 1e-9;
  // A 、-list's items in the target's unit may count toward it together (`培训…1860人次、…420人次,完成年度计划2000人次的114%`).
  for (const v of sums) if (agreesWithPercent(stated.value, allowed, v.value, v.half, target.value, target.half, 0)) return null;
  let nearest: number | null = null;
  // (A sum that the rate does not follow from either may still be the nearest reading: `分别完成1650户和1500户,完成率95%` → 105.0%.)
  for (const v of sums) nearest = nearer(stated.value, nearest, (v.value / target.value) * 100);
  for (const m of done) {
    if (unitOf(m) !== target.unit) continue;
    const v = exactFigure(m);
    if (!v) return null;
    if (agreesWithPercent(stated.value, allowed, v.value, v.half, target.value, target.half, 0)) return null;
    nearest = nearer(stated.value, nearest, (v.value / target.value) * 100);
  }
  return nearest;
}

/** Of the rate found so far and `rate`, the one nearer the stated rate. */
function nearer(stated: number, nearest: number | null, rate: number): number {
  return nearest === null || Math.abs(rate - stated) < Math.abs(nearest - stated) ? rate : nearest;
}

/** The one figure in `unit` of the 、-list that ends with `last` (its items joined by 、 only), or null. */
function listedInUnit(doc: TextDocument, last: Mention, unit: string): Mention | null {
  const items = listItems(doc, last).filter((m) => unitOf(m) === unit);
  return items.length === 1 ? items[0] : null;
}

/** The sum of the 、-list's items in `unit` (the list that ends with `last`), when two or more are exact; else none. */
function listSums(doc: TextDocument, last: Mention | null, unit: string): Amount[] {
  if (!last) return [];
  const items = listItems(doc, last).filter((m) => unitOf(m) === unit);
  const figures = items.map(exactFigure);
  if (items.length < 2 || figures.some((f) => !f)) return [];
  return [{ value: figures.reduce((n, f) => n + f!.value, 0), half: figures.reduce((n, f) => n + f!.half, 0) }];
}

const MAX_LIST = 12;

/**
 * The sum of every figure in `unit` of the stretch (the target aside), when two or more are exact:
 * items met by several clauses (`新建…3家、…26家,改造提升…18家,完成年度计划40家的117.5%`).
 */
function allSum(done: readonly Mention[], target: Mention, unit: string): Amount[] {
  const figures = done.filter((m) => m !== target && unitOf(m) === unit).map(exactFigure);
  if (figures.length < 2 || figures.some((f) => !f)) return [];
  return [{ value: figures.reduce((n, f) => n + f!.value, 0), half: figures.reduce((n, f) => n + f!.half, 0) }];
}

/** The quantities of the 、-list that ends with `last`, in order (its items joined by one 、 and ideographs). */
function listItems(doc: TextDocument, last: Mention): Mention[] {
  const { text, mentions } = doc;
  const found: Mention[] = [last];
  let k = mentions.indexOf(last);
  // (At most MAX_LIST items: a rule run at every rate stays linear on a text of long lists.)
  while (k > 0 && found.length < MAX_LIST) {
    const prev = mentions[k - 1];
    // Between the two items: ideographs after one 、 only (`3260人次、车辆1145台次`).
    const gap = text.slice(end(prev), mentions[k].offset);
    if (prev.kind !== "quantity" || gap.length < 1 || gap.charCodeAt(0) !== 0x3001) break;
    let words = true;
    for (let i = 1; i < gap.length; i++) if (!isHan(gap.charCodeAt(i))) words = false;
    if (!words) break;
    found.unshift(prev);
    k--;
  }
  return found;
}

/** Shape 1: `V,为年度目标T的R%`. */
function againstNamedTarget(doc: TextDocument, phrase: Phrase & { kind: "target" }, from: number): { target: ExactFigure; done: Mention[]; sums: Amount[] } | null {
  const target = exactFigure(phrase.target);
  // V ends the clause right before, or is the figure in T's unit of that clause's 、-list
  // (`出动巡查3260人次、车辆1145台次,完成年度计划3000人次的118.7%`: the 台次 are not what the plan counts).
  const last = clauseFigureBefore(doc, phrase.start);
  let v = last;
  if (v && target && unitOf(v) !== target.unit) v = listedInUnit(doc, v, target.unit);
  if (!target || !v || v.offset < from || unitOf(v) !== target.unit || isStock(doc, v)) return null;
  const done = quantitiesBetween(doc, from, phrase.start).filter((m) => m !== phrase.target);
  return { target, done, sums: [...listSums(doc, last, target.unit), ...allSum(done, phrase.target, target.unit)] };
}

/**
 * Shape 2: the one figure named a target in the stretch, against the nearest other figure before the
 * rate, or the sum of the parts done after the target (see partsAfterTarget).
 */
function againstTargetBefore(doc: TextDocument, phrase: Phrase, from: number): { target: ExactFigure; done: Mention[]; sums: Amount[] } | null {
  const named = namedFigures(doc, from, phrase.start);
  const targets = named.filter((n) => TARGET_WORDS.inside(n.lead) && !NOT_TARGET.inside(n.lead));
  if (targets.length !== 1) return null;
  const target = exactFigure(targets[0].mention);
  const others = named.filter((n) => n !== targets[0]).map((n) => n.mention);
  const v = others[others.length - 1];
  if (!target || !v || unitOf(v) !== target.unit || isStock(doc, v)) return null;
  // V's clause or T's must stand right before the rate's: no clause between them and the rate.
  const last = Math.max(end(v), end(targets[0].mention));
  if (countCommas(doc.text, last, phrase.start) > 1) return null;
  return { target, done: others, sums: partsAfterTarget(others, targets[0].mention, target.unit) };
}

/**
 * The sum of the figures in `unit` written after the target, when two or more are and all are exact:
 * the work done told in parts with no total (`计划改造3000户,城区、农村分别完成1650户和1500户,完成率105%`,
 * `上半年完成1180张,下半年完成1070张`, four quarters). A rate that follows from neither part alone
 * may follow from their sum; figures before the target (last year's) are no part of its work.
 */
function partsAfterTarget(others: readonly Mention[], target: Mention, unit: string): Amount[] {
  return allSum(
    others.filter((m) => m.offset > target.offset),
    target,
    unit,
  );
}

/** The figures of the stretch named a target (目标/任务/计划, or 应W for the rate's word): shape 4 reads none before the rate. */
function namesTargetBefore(doc: TextDocument, phrase: Phrase, from: number): boolean {
  const w = phrase.kind === "part" ? "应" + phrase.word : null;
  return namedFigures(doc, from, phrase.start).some((n) => (TARGET_WORDS.inside(n.lead) && !NOT_TARGET.inside(n.lead)) || (w !== null && n.lead.includes(w)));
}

/**
 * The target named right after the rate `m` (`,年度目标1000户` or `(年度目标1200户)`), whose
 * qualifier repeats nothing but `vLead`'s words; null if there is none, or the sentence names another after it.
 */
function targetAfter(doc: TextDocument, m: Mention, vLead: string): Mention | null {
  const { text } = doc;
  let p = end(m);
  while (p < text.length && isSpace(text[p])) p++;
  const open = text.charCodeAt(p);
  const bracketed = open === 0x28; // (
  if (!bracketed && open !== 0x2c) return null; // ,
  const wordsStart = p + 1;
  const next = doc.mentions[firstAtOrAfter(doc.mentions, wordsStart)];
  if (!next || next.kind !== "quantity" || next.offset - wordsStart > AFTER_REACH || next.offset <= wordsStart) return null;
  // The words between: ideographs only, then a filler (为, a colon) before the figure.
  let q = next.offset;
  const filler = TARGET_FILLERS.endingAt(text, q);
  if (filler) q -= filler.length;
  for (let i = wordsStart; i < q; i++) if (!isHan(text.charCodeAt(i))) return null;
  const word = TARGET_WORDS.endingAt(text, q);
  if (!word || q - word.length < wordsStart) return null;
  if (!qualifiesAsOwn(text.slice(wordsStart, q - word.length), vLead)) return null;
  // T closes the brackets, or the clause.
  let after = end(next);
  while (after < text.length && isSpace(text[after])) after++;
  if (bracketed ? text.charCodeAt(after) !== 0x29 : after < text.length && !isClauseClose(text.charCodeAt(after))) return null;
  // A second target further on: which one the rate is of, the sentence does not say.
  const sentence = doc.index.sentenceOf(next.offset);
  const rest = quantitiesBetween(doc, end(next), Math.min(sentence.offset + sentence.length, end(next) + SEGMENT_REACH));
  if (rest.some((x) => TARGET_WORDS.inside(leadOf(doc, x, LEAD_REACH)))) return null;
  return next;
}

/** A qualifier of a target that says only whose or which year's it is, then at most V's own words (`年度改造`). */
function qualifiesAsOwn(qualifier: string, vLead: string): boolean {
  if (qualifier.length > MAX_QUALIFIER || NOT_TARGET.inside(qualifier)) return false;
  const owner = OWNER_WORDS.startingAt(qualifier, 0);
  const rest = owner ? qualifier.slice(owner.length) : qualifier;
  return rest.length === 0 || (rest.length >= 2 && vLead.includes(rest));
}

/** Shape 4: a target named right after the rate `m`, against the nearest figure before it. */
function againstTargetAfter(doc: TextDocument, phrase: Phrase, from: number, m: Mention): { target: ExactFigure; done: Mention[] } | null {
  if (namesTargetBefore(doc, phrase, from)) return null;
  const done = quantitiesBetween(doc, from, phrase.start);
  const v = done[done.length - 1];
  if (!v || isStock(doc, v) || countCommas(doc.text, end(v), phrase.start) > 1) return null;
  const t = targetAfter(doc, m, leadOf(doc, v, LEAD_REACH));
  const target = t && exactFigure(t);
  if (!target || unitOf(v) !== target.unit) return null;
  return { target, done };
}

function countCommas(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2c) n++;
  return n;
}

/** Words naming a planned count: the work a 民生实事 item sets out to do (`新建老年食堂12个`, `计划改造…`). */
const PLANNED_WORDS = new WordList(["新建", "计划", "任务", "目标"]);
/** Words naming the count done of it: `已建成9个`, `已完成9个`, `建成9个`. */
const DONE_WORDS = new WordList(["已建成", "已完成", "建成", "完成"]);
/** Where a sentence opens with the count done, without its subject (`已建成9个,完成率75%`). */
const DONE_OPENERS = new WordList(["已建成", "已完成"]);

/**
 * Shape 6: `新建老年食堂12个,已建成9个,完成率75%` — a planned count P (its words 新建, 计划, 任务 or
 * 目标) and then the count done D (已建成, 已完成, 建成, 完成, not 新建), in P's unit, D's clause right
 * before the rate's. P and D must be the only figures of the stretch (rates aside), and D the only one
 * named done: with two pairs, which one the rate is of the words do not say. A sentence
 * that opens with D (`已建成9个,…`) takes P from the sentence before when that one is a single clause
 * ending with P (a 民生实事 item's heading, `(一)新建老年食堂(助餐点)12个。`).
 */
function againstPlannedCount(doc: TextDocument, phrase: Phrase, from: number): { target: ExactFigure; done: Mention[] } | null {
  const named = namedFigures(doc, from, phrase.start);
  const isPlanned = (n: Named) => PLANNED_WORDS.inside(n.lead) && !NOT_TARGET.inside(n.lead);
  const isDone = (n: Named) => DONE_WORDS.inside(n.lead) && !PLANNED_WORDS.inside(n.lead);
  const done = named.filter(isDone);
  if (done.length !== 1) return null;
  const d = done[0].mention;
  const unit = unitOf(d);
  if (!unit || isStock(doc, d) || countCommas(doc.text, end(d), phrase.start) > 1) return null;
  let planned = named.filter(isPlanned);
  if (planned.length === 0) planned = headingPlan(doc, from, d);
  if (planned.length !== 1 || planned[0].mention.offset > d.offset || unitOf(planned[0].mention) !== unit) return null;
  const p = planned[0].mention;
  // (Any other figure but a rate may be a second pair's: `新建食堂12个、床位60张,已建成9个、45张`.)
  if (named.some((n) => n.mention !== p && n.mention !== d && unitOf(n.mention) !== "%")) return null;
  const target = exactFigure(p);
  return target ? { target, done: [d] } : null;
}

/**
 * The planned count of a sentence that opens with the count done (`已建成9个,…`), from the sentence
 * before: one clause, no comma, whose last figure is named a plan (`新建老年食堂(助餐点)12个。`); else none.
 */
function headingPlan(doc: TextDocument, from: number, d: Mention): Named[] {
  const { text } = doc;
  const sentence = doc.index.sentenceOf(d.offset);
  if (from !== sentence.offset || sentence.offset === 0) return [];
  let lead = sentence.offset;
  while (lead < d.offset && isSpace(text[lead])) lead++;
  if (!DONE_OPENERS.startingAt(text, lead)) return [];
  const before = doc.index.sentenceOf(sentence.offset - 1);
  let close = sentence.offset;
  while (close > before.offset && isSpace(text[close - 1])) close--;
  if (text[close - 1] !== "。") return [];
  const figures = namedFigures(doc, before.offset, close - 1);
  if (figures.length !== 1 || end(figures[0].mention) !== close - 1) return [];
  for (let i = before.offset; i < close; i++) if (",，;；".includes(text[i])) return [];
  return PLANNED_WORDS.inside(figures[0].lead) && !NOT_TARGET.inside(figures[0].lead) ? figures : [];
}

/** Shape 3: `应W T, 实际W V, W率R%`; also 完成率 with 应完成 (else shape 2 reads it). */
function partOfWhole(doc: TextDocument, phrase: Phrase & { kind: "part" }, from: number): { target: ExactFigure; done: Mention[] } | null {
  const named = namedFigures(doc, from, phrase.start);
  const w = phrase.word;
  const wholes = named.filter((n) => n.lead.includes("应" + w));
  if (wholes.length !== 1) return null;
  const target = exactFigure(wholes[0].mention);
  if (!target) return null;
  const done = named
    .filter((n) => {
      if (n === wholes[0]) return false;
      const at = n.lead.indexOf(w);
      return at >= 0 && n.lead.charCodeAt(at - 1) !== YING && !isNegation(n.lead.charCodeAt(at - 1));
    })
    .map((n) => n.mention);
  return done.length > 0 ? { target, done } : null;
}

/**
 * Shape 5: `W,其中P V,占R%` — the share of the first part a 其中 names (V, which ends the clause
 * right before the share) in the whole W that ends the clause right before 其中, in V's unit. Only
 * the first part: after a 、 or a comma within the breakdown, which figure the share is of (the part,
 * or the parts so far) the words do not say.
 */
function shareOfPart(doc: TextDocument, phrase: Phrase & { kind: "share" }, from: number): { target: ExactFigure; done: Mention[] } | null {
  const v = clauseFigureBefore(doc, phrase.start);
  if (!v || v.offset < from) return null;
  const { text } = doc;
  const at = text.lastIndexOf(QI_ZHONG, v.offset);
  if (at < from) return null;
  for (let i = at + QI_ZHONG.length; i < v.offset; i++) if (!isHan(text.charCodeAt(i))) return null;
  const whole = clauseFigureBefore(doc, at);
  const target = whole && whole.offset >= from ? exactFigure(whole) : null;
  if (!target || unitOf(v) !== target.unit || !(target.value > 0)) return null;
  // A part over its whole is sum-mismatch's (one of the two figures is wrong, and the share follows from neither).
  const part = exactFigure(v);
  if (!part || part.value > target.value) return null;
  return { target, done: [v] };
}

/**
 * The last of `words` in a figure's words, by where it stands (the nearest the figure says what the
 * figure is: `下达资金已支出2008.6万元` is spent).
 */
function lastWord(lead: string, words: readonly string[]): { word: string; at: number } | null {
  let found: { word: string; at: number } | null = null;
  for (const w of words) {
    const at = lead.lastIndexOf(w);
    if (at >= 0 && (!found || at > found.at)) found = { word: w, at };
  }
  return found;
}

const isMoney = (m: Mention) => m.unit?.dimension === "money";

/**
 * Shape 7: `下达资金2186.4万元,已支出2008.6万元,支出进度91.9%` — money spent (D, its words holding the
 * rate's verb: 支出, 拨付 …) over the money it is measured against (P, its words holding 下达, 筹集,
 * 安排, 预算 …), the one of each in the stretch, the word nearest each figure deciding which it is.
 * As shape 6: D's clause right before the rate's, and no other money figure in the stretch
 * (`下达中央资金1000万元、省级资金500万元,已支出…`: the whole may be their sum); silent when the
 * verb is denied (`未支出`, `应支出`: the part not done, or a whole of its own).
 */
function againstAllocated(doc: TextDocument, phrase: Phrase & { kind: "part" }, from: number): { target: ExactFigure; done: Mention[] } | null {
  const doneWords = FUNDS_DONE.get(phrase.word);
  const wholeWords = FUNDS_WHOLE.get(phrase.word);
  if (!doneWords || !wholeWords) return null;
  const money = namedFigures(doc, from, phrase.start).filter((n) => isMoney(n.mention));
  if (money.length !== 2) return null;
  const done: Mention[] = [];
  const wholes: Mention[] = [];
  for (const n of money) {
    const d = lastWord(n.lead, doneWords);
    const w = lastWord(n.lead, wholeWords);
    if (d && (!w || d.at > w.at)) {
      const before = n.lead.charCodeAt(d.at - 1);
      if (isNegation(before) || before === YING) return null;
      done.push(n.mention);
    } else if (w) wholes.push(n.mention);
  }
  if (done.length !== 1 || wholes.length !== 1) return null;
  const d = done[0];
  if (unitOf(d) !== unitOf(wholes[0]) || countCommas(doc.text, end(d), phrase.start) > 1) return null;
  const target = exactFigure(wholes[0]);
  return target ? { target, done: [d] } : null;
}

/** What may end a whole's noun without naming it (`占筹集资金的`: 筹集 names it). */
const GENERIC_NOUNS = new WordList(["资金总额", "资金", "经费", "总额", "总量", "总数", "金额"]);

/**
 * Shape 8: `V,占户籍总人口276.5万人的R%` — V the figure ending the clause right before 占 (or the one in
 * the whole's unit of that clause's 、-list), the whole the figure written in the phrase; or
 * `V,占筹集资金的R%` — the whole the one other figure of the stretch in V's unit whose words hold the
 * noun (its generic end, 资金 or 总额, taken off: `全县共筹集救助资金2186.4万元`). Every figure of the
 * stretch in the whole's unit may be the part meant (`68.4万人,其中男性32.6万人、女性35.8万人,占…`), and
 * the share stands if any gives it.
 */
function shareOfNamedWhole(doc: TextDocument, phrase: Phrase & { kind: "ofWhole" }, from: number): { target: ExactFigure; done: Mention[]; sums: Amount[] } | null {
  const last = clauseFigureBefore(doc, phrase.start);
  if (!last || last.offset < from) return null;
  const whole = phrase.whole ?? wholeByNoun(doc, phrase.noun, from, last);
  const target = whole ? exactFigure(whole) : null;
  if (!whole || !target || !(target.value > 0)) return null;
  const v = unitOf(last) === target.unit ? last : listedInUnit(doc, last, target.unit);
  if (!v || v === whole) return null;
  const done = quantitiesBetween(doc, from, phrase.start).filter((m) => m !== whole);
  return { target, done, sums: [...listSums(doc, last, target.unit), ...allSum(done, whole, target.unit)] };
}

/** The one figure of the stretch before `v`, in `v`'s unit, whose words hold `noun` (its generic end taken off); else null. */
function wholeByNoun(doc: TextDocument, noun: string, from: number, v: Mention): Mention | null {
  const generic = GENERIC_NOUNS.endingAt(noun, noun.length);
  const key = generic && noun.length - generic.length >= 2 ? noun.slice(0, noun.length - generic.length) : noun;
  const named = namedFigures(doc, from, v.offset).filter((n) => unitOf(n.mention) === unitOf(v) && n.lead.includes(key));
  return named.length === 1 ? named[0].mention : null;
}

/** How many ideographs before its verb a rate's name may hold (`预算执行率`, `资金支出进度`). */
const MAX_NAME_LEAD = 4;

/**
 * The rate's name as written, for the message: from `start` (its verb) to the rate at `to` (a filler
 * taken off), and the ideographs before the verb when they open the clause (`预算执行率`).
 */
function rateName(text: string, start: number, to: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_NAME_LEAD && isHan(text.charCodeAt(from - 1))) from--;
  if (from > 0 && !isClauseClose(text.charCodeAt(from - 1))) from = start;
  let p = to;
  while (p > start && isSpace(text[p - 1])) p--;
  const filler = FILLERS.endingAt(text, p);
  return text.slice(from, filler && p - filler.length > start ? p - filler.length : p);
}

/** A growth rate (`增长5.4%`, `同比下降3%`, `增幅为5.4%`), not a share or a completion. */
function isGrowthRate(text: string, m: Mention): boolean {
  if (unitOf(m) !== "%") return false;
  if (isChangeAmount(text, m)) return true;
  let p = m.offset;
  const filler = RATE_FILLERS.endingAt(text, p);
  if (filler) p -= filler.length;
  return RATE_WORDS.endingAt(text, p) !== undefined;
}

/**
 * Where the stretch before a rate's phrase at `start` ends: at the start of a growth clause that
 * stands right before the phrase (`2.14亿元,同比增长5.4%,完成…`, `,较上年同期的2.03亿元增长5.4%,完成…`),
 * else at `start`. The clause ends with its rate and holds no other figure but a base after 较 or 比.
 */
function beforeGrowthClause(doc: TextDocument, start: number, from: number): number {
  const { text } = doc;
  let p = start;
  while (p > from && isSpace(text[p - 1])) p--;
  if (text.charCodeAt(p - 1) !== 0x2c) return start; // ,
  const rate = mentionEndingAt(doc, p - 1);
  if (!rate || rate.offset < from || !isGrowthRate(text, rate)) return start;
  const open = clauseStart(text, rate.offset, GROWTH_REACH);
  // The clause opens after a comma, with the figure it is about before that comma.
  if (open - 1 <= from || text.charCodeAt(open - 1) !== 0x2c) return start;
  for (const x of quantitiesBetween(doc, open, rate.offset)) {
    const words = text.slice(open, x.offset);
    if (!words.includes("较") && !words.includes("比")) return start;
  }
  return open;
}

/** The scale words a figure may have lost (万, 亿). */
const LOST_SCALES = [1e4, 1e8];

/**
 * Whether the rate agrees once a scale word is put back on the whole or on one of the parts
 * (`老年人6.42人,占户籍人口35.6万人的18.0%`: 6.42万人 was meant). The slip is the figure's, and
 * the rules of scale (non-integer-count, implausible-quantity) report it there, not on the rate.
 */
function agreesWithScaleRestored(stated: Amount, target: ExactFigure, done: readonly Mention[]): boolean {
  const allowed = Math.max(stated.half, COMPLETION_FLOOR) + 1e-9;
  for (const m of done) {
    const v = unitOf(m) === target.unit ? exactFigure(m) : null;
    if (!v) continue;
    for (const s of LOST_SCALES) {
      if (agreesWithPercent(stated.value, allowed, v.value * s, v.half * s, target.value, target.half, 0)) return true;
      if (agreesWithPercent(stated.value, allowed, v.value, v.half, target.value * s, target.half * s, 0)) return true;
    }
  }
  return false;
}

function format(n: number, decimals: number): string {
  return n.toFixed(decimals);
}

/** A rate said of part of the year (半年完成率, 一季度完成率), and a target said of the whole year. */
const PART_YEAR = /半年|季度/;
const WHOLE_YEAR = /全年|年度/;

/**
 * Whether a part-year rate (半年完成率) was read against the year's target while the sentence states a
 * part-year target too (全年240张、上半年120张): a figure in the target's unit, not among those done,
 * right after 上半年 or 一季度 (what was done is told otherwise: 已新增138张).
 */
function partYearTargetBeside(doc: TextDocument, target: ExactFigure, from: number, rate: Mention): boolean {
  const { text } = doc;
  if (!PART_YEAR.test(text.slice(Math.max(from, rate.offset - 8), rate.offset))) return false;
  if (!WHOLE_YEAR.test(text.slice(Math.max(from, target.mention.offset - 14), target.mention.offset))) return false;
  for (const x of doc.mentions) {
    if (x.offset < from || x.offset >= rate.offset || x === target.mention || x.quantity?.unit !== target.mention.quantity?.unit) continue;
    if (PART_YEAR.test(text.slice(Math.max(from, x.offset - 4), x.offset))) return true;
  }
  return false;
}

function checkRate(doc: TextDocument, k: number): Hit | null {
  const m = doc.mentions[k];
  const stated = statedRate(m);
  if (!stated || isShielded(doc, m.offset) || inList(doc, k)) return null;
  const read = phraseBefore(doc, m.offset);
  if (!read) return null;
  const from = segmentStart(doc, read.start);
  // Past the growth clauses before the phrase, both 同比 and 环比 (`较上年同期的2.03亿元增长5.4%,较上年
  //四季度的2.36亿元环比下降9.3%,完成…`); not before a share (`其中V,同比增长3%,占R%`: of which figure, unsaid).
  let start = read.start;
  for (let n = 0; n < MAX_GROWTH_CLAUSES && read.kind !== "share"; n++) {
    const before = beforeGrowthClause(doc, start, from);
    if (before === start) break;
    start = before;
  }
  const phrase = { ...read, start };
  let found: { target: ExactFigure; done: Mention[]; sums?: Amount[] } | null = null;
  let name = "完成率";
  if (phrase.kind === "target") found = againstNamedTarget(doc, phrase, from);
  else if (phrase.kind === "part") {
    found = partOfWhole(doc, phrase, from);
    if (found) name = phrase.word + (phrase.suffix ?? "率");
    else if (phrase.word === "完成") found = againstTargetBefore(doc, phrase, from) ?? againstTargetAfter(doc, phrase, from, m) ?? againstPlannedCount(doc, phrase, from);
    else if (FUNDS_DONE.has(phrase.word)) {
      found = againstAllocated(doc, phrase, from);
      name = rateName(doc.text, read.start, m.offset);
    }
  } else if (phrase.kind === "share") {
    found = shareOfPart(doc, phrase, from);
    name = "占比";
  } else if (phrase.kind === "ofWhole") {
    found = shareOfNamedWhole(doc, phrase, from);
    name = "占比";
  } else found = againstTargetBefore(doc, phrase, from) ?? againstTargetAfter(doc, phrase, from, m);
  if (!found || isShielded(doc, found.target.mention.offset)) return null;
  // 目标任务为全年240张、上半年120张,…,半年完成率115%: a part-year rate beside a part-year target is
  // not of the year's.
  if (partYearTargetBeside(doc, found.target, from, m)) return null;
  const rate = judge(stated, found.target, found.done, found.sums);
  if (rate === null) return null;
  if ((phrase.kind === "ofWhole" || (phrase.kind === "part" && FUNDS_DONE.has(phrase.word))) && agreesWithScaleRestored(stated, found.target, found.done)) return null;
  const expected = format(rate, Math.max(1, stated.decimals));
  const written = doc.text.slice(m.offset, end(m));
  return hitAt(m, { key: "completionMismatch", params: { rate: name, expected, stated: written } }, written, expected);
}

export const rule: TextRule = {
  code: "completion-mismatch",
  check(doc: TextDocument): Hit[] {
    const hits: Hit[] = [];
    // Most texts, and almost every note cell, state no percentage at all.
    if (doc.text.indexOf("%") < 0 && doc.text.indexOf("％") < 0) return hits;
    for (let k = 0; k < doc.mentions.length; k++) {
      const hit = checkRate(doc, k);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
