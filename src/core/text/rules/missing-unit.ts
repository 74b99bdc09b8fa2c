import { isClauseEnd, isHan, isListSeparator, isSentenceEnd, isSpace } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";
import { firstAtOrAfter, type Mention } from "../scan";

/** Words before a scaled figure that say what it counts: 人次 | 人数 | 人口 | 群众 | 老年人 …, then 达/超过/近. Bounded. */
const COUNTED_BEFORE = /(?:人次|人数|人口|群众|老年人|老人|户数|志愿者|对象|儿童)(?:总数)?(?:达到|达|超过|近|约|逾|突破|为)?$/;

/**
 * missing-unit: a bare number in a list of figures whose siblings carry units —
 * `在册低保对象5647户,8204,` (8204 what? 人 was lost), and a figure left with only its scale word
 * while its sibling is written in full: `新增资金529.12万,总量达1099.52万元`.
 *
 * A bare number counts when it stands alone between separators right after a figure with a unit,
 * or when it ends a short clause (`实施临时救助1860,`) in a sentence whose other figures all carry
 * units (at least two) — the only bare figure of its list. `1、2月` (a unit shared by the list),
 * `第6、第5位`, `1+3+3`, `“1261”`, dates, phone and file numbers are other kinds of mention and never
 * reach this rule; hotlines, codes, scores and rankings (`拨打12349`, `得分98`) are left alone.
 * A unit written at the end of a 、-list is shared (`3、4次`) only when the list's first figure has
 * none: when it carries the same unit as the last (`180元、720、1440元`, `结婚登记3120对、离婚登记1208、
 * 补领537对`), each sibling writes its own, and the bare one lost it — and so does a 、-list with a
 * label of three or more characters between its figures (`建成骨灰堂11、集中治丧点8个`): each item is its
 * own phrase, while `其中公办45、民办75家` (short labels) may still share its unit. Figures with 万/亿
 * alone in the 、-list 其中 opens after a total in full (`2.86万人,其中城市0.82万、农村2.04万`) are the
 * total's parts, in its unit, when they do not add up to more than it.
 *
 * A sentence with only one other figure, or a one-digit bare figure, counts only when that figure is
 * its parallel: in the next or previous clause, across one separator with nothing else counted
 * between, closing its clause too, with a unit that is not % (`其中成立登记54,备案管理266个`,
 * `提拔干部5名,晋升职级1,平级调整4名`). A verb's 至/到 (`提高至1100`, `达到112`) leads a count;
 * a range's (`1至3`, `2022年至2024`) does not.
 */
/** Words after which a bare number names or ranks rather than counts. */
const NAMING_WORDS = [
  "热线", "电话", "拨打", "编号", "号码", "代码", "序号", "排名", "名列", "位列", "位居", "得分", "评分", "分值", "指数", "版本", "邮编", "传真", "门牌",
  "房号", "账号", "代号", "型号", "批号", "编码", "为", "附件", "附表", "系数", "满分", "总分", "积分", "分数", "等级", "星级", "级别", "国道", "省道", "县道",
  // `服务对象人数1200`, `组织数不少于10`: the word names the count, so the figure needs no unit.
  "数",
];
/** `全省前10`, `性别比107`: a rank and a ratio, not counts. */
const NOT_BEFORE = "年月日号第至到和及或与前比、/-—~";
/** Verbs whose 至/到 leads the figure they reach (`提高至1100`), unlike a range's (`1至3`). */
const REACH_VERBS = ["提高", "提升", "增加", "增长", "上升", "上调", "下降", "下调", "降低", "减少", "扩大", "调整", "达", "增", "降", "升", "减"];
const MAX_LEAD = 12;
/** A clause with a parallel sibling may be longer: `全市特困基本生活平均标准提高至1706`. */
const MAX_LEAD_PARALLEL = 20;

function nextNonSpace(text: string, at: number): number {
  let k = at;
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

/** The figure stops at a separator or the end of the sentence: nothing is counted after it. */
function endsClause(text: string, end: number): boolean {
  const k = nextNonSpace(text, end);
  if (k >= text.length) return true;
  const ch = text[k];
  return isListSeparator(ch) || isSentenceEnd(ch) || ch === "\r";
}

function unitOf(m: Mention): string | null {
  return m.quantity?.unit ?? m.unit?.unit ?? null;
}

interface SentenceFigures {
  withUnit: Mention[];
  bare: number;
}

/** Per sentence: its figures with a unit, and how many bare numbers it has (one pass). */
function figuresBySentence(mentions: readonly Mention[]): Map<number, SentenceFigures> {
  const out = new Map<number, SentenceFigures>();
  for (const m of mentions) {
    if (m.numeral !== "arabic" || (m.kind !== "quantity" && m.kind !== "bare")) continue;
    const f = out.get(m.sentence.offset) ?? { withUnit: [], bare: 0 };
    if (m.kind === "bare") f.bare++;
    else if (unitOf(m)) f.withUnit.push(m);
    out.set(m.sentence.offset, f);
  }
  return out;
}

/** `实施临时救助1860,`: a short clause that a word opens and this bare number closes. */
function wordLed(text: string, m: Mention, maxLead = MAX_LEAD): boolean {
  let before = text[m.offset - 1] ?? "";
  // `“居民会客厅”19`: a quoted name leads the figure like a word.
  if (before === "”" && isHan((text[m.offset - 2] ?? "").charCodeAt(0))) before = text[m.offset - 2];
  if (!before || !isHan(before.charCodeAt(0))) return false;
  const reach = (before === "至" || before === "到") && REACH_VERBS.some((v) => text.endsWith(v, m.offset - 1));
  if (NOT_BEFORE.includes(before) && !reach) return false;
  const lead = text.slice(Math.max(0, m.offset - 4), m.offset);
  if (NAMING_WORDS.some((w) => lead.endsWith(w))) return false;
  for (let k = m.offset - 1; k >= 0 && m.offset - k <= maxLead + 1; k--) {
    if (isClauseEnd(text[k]) || text[k] === "、") return true;
  }
  return m.offset <= maxLead;
}

/**
 * `180元、720、1440元`: the figure before `m` carries a unit and is joined to it by 、 (within a short
 * lead), and the figure after `m` carries the same unit — so the list writes its unit on each item.
 */
function ownUnitList(text: string, prev: Mention | undefined, m: Mention, next: Mention | undefined): boolean {
  if (!prev || !next || prev.sentence.offset !== m.sentence.offset || next.sentence.offset !== m.sentence.offset) return false;
  if (prev.kind !== "quantity" || next.kind !== "quantity" || prev.numeral !== "arabic" || next.numeral !== "arabic") return false;
  const unit = unitOf(prev);
  if (!unit || unitOf(next) !== unit || prev.quantity?.scaleWord !== next.quantity?.scaleWord) return false;
  const from = prev.offset + prev.length;
  if (m.offset - from > MAX_LEAD + 1) return false;
  let joined = false;
  for (let k = from; k < m.offset; k++) {
    if (text[k] === "、") joined = true;
    else if (isClauseEnd(text[k])) return false;
  }
  return joined;
}

/** Characters between two figures, when they hold exactly one list separator and nothing that ends a sentence. */
function oneSeparatorBetween(text: string, from: number, to: number): boolean {
  let seps = 0;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (isSentenceEnd(ch) || ch === "\r") return false;
    if (isListSeparator(ch) || isClauseEnd(ch)) seps++;
  }
  return seps === 1;
}

/**
 * The figure with a unit that stands parallel to bare `mentions[k]`: the neighbouring mention in the
 * same sentence, one separator away, closing its own clause, its unit not %.
 */
function parallelSibling(text: string, mentions: readonly Mention[], k: number): Mention | null {
  const m = mentions[k];
  for (const s of [mentions[k - 1], mentions[k + 1]]) {
    if (!s || s.sentence.offset !== m.sentence.offset || s.kind !== "quantity" || s.numeral !== "arabic") continue;
    const unit = unitOf(s);
    if (!unit || unit === "%" || unit === "%" || !endsClause(text, s.offset + s.length)) continue;
    const [from, to] = s.offset < m.offset ? [s.offset + s.length, m.offset] : [m.offset + m.length, s.offset];
    if (oneSeparatorBetween(text, from, to)) return s;
  }
  return null;
}

/**
 * `骨灰堂11、集中治丧点8个`: a label of at least three characters (quotes aside) between this figure
 * and the next figure, which carries a unit — items of their own, not `1、2月` sharing one.
 */
function labelledItem(text: string, m: Mention, next: Mention | undefined): boolean {
  const at = m.offset + m.length;
  if (text[at] !== "、" || !next || next.sentence.offset !== m.sentence.offset || next.kind !== "quantity" || !unitOf(next)) return false;
  let han = 0;
  for (let k = at + 1; k < next.offset; k++) {
    const c = text.charCodeAt(k);
    if (isHan(c)) han++;
    else if (!"“”‘’\"'".includes(text[k])) return false;
  }
  return han >= 3;
}

/**
 * `其中城市低保对象3216户5428,农村低保对象14649户24984人`: bare `m` is written right after a figure
 * with a unit (`3216户5428`, no separator: a second count of the same thing), and another pair of
 * the sentence is written in full with the same first unit (`14649户24984人`). The bare one lost the
 * pair's second unit, whatever the words before it (a long label, a total before 其中). Returns
 * that unit, or null.
 */
function pairedUnit(mentions: readonly Mention[], k: number, fullPairs: Map<number, Map<string, string>>): string | null {
  const m = mentions[k];
  const prev = k > 0 ? mentions[k - 1] : undefined;
  if (!prev || prev.kind !== "quantity" || prev.numeral !== "arabic" || prev.offset + prev.length !== m.offset || prev.sentence.offset !== m.sentence.offset) return null;
  const first = unitOf(prev);
  if (!first || first === "%" || first === "%") return null;
  let pairs = fullPairs.get(m.sentence.offset);
  if (!pairs) fullPairs.set(m.sentence.offset, (pairs = pairsOf(mentions, m.sentence)));
  return pairs.get(first) ?? null;
}

/**
 * The sentence's pairs written in full (`14649户24984人`: two Arabic figures glued, each with its own
 * unit, the second with no scale word): the first unit → the second, the first such pair of each.
 * Made once a sentence (asked for each bare figure in it, it was read whole each time: quadratic).
 */
function pairsOf(mentions: readonly Mention[], sentence: Mention["sentence"]): Map<string, string> {
  const out = new Map<string, string>();
  for (let j = Math.max(1, firstAtOrAfter(mentions, sentence.offset)); j < mentions.length && mentions[j].offset < sentence.offset + sentence.length; j++) {
    const a = mentions[j - 1];
    const b = mentions[j];
    if (a.sentence.offset !== sentence.offset || b.sentence.offset !== sentence.offset) continue;
    if (a.kind !== "quantity" || b.kind !== "quantity" || a.numeral !== "arabic" || b.numeral !== "arabic" || a.offset + a.length !== b.offset) continue;
    const first = unitOf(a);
    const second = unitOf(b);
    if (first && second && second !== first && !b.quantity?.scaleWord && !out.has(first)) out.set(first, second);
  }
  return out;
}

/**
 * Mentions that name an item of a list rather than count it, though written in digits: a year
 * (`2024年`), a month (`3月`), a grade (`4A`级), a batch (`第3批`), a number (`22号`).
 */
const DIGIT_LABEL_KINDS = new Set<Mention["kind"]>(["year", "date", "identifier", "ordinal", "label"]);
/** Han characters a label may hold after its digits: `4A级`, `2023年新增`, `2024年新增养老床位`. */
const DIGIT_LABEL_TAIL = 8;

/**
 * The index of the digit label written right before `mentions[k]`, its label: a mention of a naming
 * kind in the same sentence with only a few Han characters after it (`2024年640`, `4A级35`, `第3批8`),
 * or -1.
 */
function digitLabelOf(text: string, mentions: readonly Mention[], k: number): number {
  const m = mentions[k];
  const l = k > 0 ? mentions[k - 1] : undefined;
  if (!m || !l || !DIGIT_LABEL_KINDS.has(l.kind) || l.numeral !== "arabic" || l.sentence.offset !== m.sentence.offset) return -1;
  const end = l.offset + l.length;
  if (m.offset - end > DIGIT_LABEL_TAIL) return -1;
  for (let q = end; q < m.offset; q++) if (!isHan(text.charCodeAt(q))) return -1;
  return k - 1;
}

/**
 * `其中2023年520户、2024年640、2025年700户`, `5A级12家、4A级35、3A级51家`: a bare number after a label
 * that holds digits (a year, a grade, a batch) is an item of the list as `城区520户、镇区640` is, and lost
 * its unit when the item before it, labelled the same way, carries one. The two items stand one
 * separator apart, and the item after (if the list goes on with 、) carries the same unit, so that the
 * list writes it on each item. Returns the unit (with its scale word: `万元`), or null.
 */
function unitOfLabelledSibling(text: string, mentions: readonly Mention[], k: number): string | null {
  const m = mentions[k];
  const l = digitLabelOf(text, mentions, k);
  if (l < 1) return null;
  const lead = text.slice(Math.max(0, m.offset - 4), m.offset);
  if (NAMING_WORDS.some((w) => lead.endsWith(w))) return null;
  const prev = mentions[l - 1];
  if (prev.sentence.offset !== m.sentence.offset || prev.kind !== "quantity" || prev.numeral !== "arabic") return null;
  const unit = unitOf(prev);
  if (!unit || unit === "%" || unit === "%" || !oneSeparatorBetween(text, prev.offset + prev.length, mentions[l].offset)) return null;
  // The item before is labelled the same way: `2023年520户` before `2024年640`.
  const pl = digitLabelOf(text, mentions, l - 1);
  if (pl < 0 || mentions[pl].kind !== mentions[l].kind) return null;
  const written = `${prev.quantity?.scaleWord ?? ""}${unit}`;
  if (text[m.offset + m.length] !== "、") return written;
  // `…、2024年640、2025年700人`: the item after carries a unit of its own; the list must write the same one.
  let n = k + 1;
  if (n + 1 < mentions.length && digitLabelOf(text, mentions, n + 1) === n) n++;
  const next = mentions[n];
  if (!next || next.sentence.offset !== m.sentence.offset || next.kind !== "quantity") return written;
  return unitOf(next) === unit && next.quantity?.scaleWord === prev.quantity?.scaleWord ? written : null;
}

/** How many items of a 、-list are read either side of a scaled figure (bounds the work per figure). */
const MAX_SHARED_LIST = 12;
/** How many Han characters may name an item of a list that shares its unit (`城市0.82万、农村2.04万人`). */
const MAX_SHARED_LABEL = 2;

/**
 * Whether the 、 after `a` joins it to `b` as two items of one list: the 、 right after `a`, then at
 * most MAX_SHARED_LABEL Han characters (the next item's short name), then `b` in the same sentence.
 */
function listJoined(text: string, a: Mention, b: Mention | undefined): boolean {
  if (!b || b.sentence.offset !== a.sentence.offset || b.kind !== "quantity" || b.numeral !== "arabic") return false;
  const at = a.offset + a.length;
  if (text[at] !== "、" || b.offset - at - 1 > MAX_SHARED_LABEL) return false;
  for (let q = at + 1; q < b.offset; q++) if (!isHan(text.charCodeAt(q))) return false;
  return true;
}

/**
 * `分别为0.82万、2.04万人`, `分别新增12.4万、6.2万、3.76万元`: figures written with 万/亿 alone, joined by
 * 、 into a list whose last item writes the unit, share that unit — as `3、4次` does. Only when that
 * item is the list's last and no item before it carries a unit: `180万元、720万、1440万元` and
 * `12.4万、6.2万元、3.76万元` write it on each item, and 720万 and 12.4万 lost it.
 */
function sharesTrailingUnit(text: string, mentions: readonly Mention[], k: number): boolean {
  const scaledAlone = (x: Mention) => !!x.quantity?.scaleWord && !x.quantity.unit && !x.unit;
  // Back to the list's first item: none of them carries a unit.
  for (let j = k; j > 0 && k - j < MAX_SHARED_LIST && listJoined(text, mentions[j - 1], mentions[j]); j--) {
    if (!scaledAlone(mentions[j - 1])) return false;
  }
  // On to the list's last item, which carries the unit with its scale word.
  for (let j = k; j + 1 < mentions.length && j - k < MAX_SHARED_LIST && listJoined(text, mentions[j], mentions[j + 1]); j++) {
    const next = mentions[j + 1];
    // (`12.4万、6.2万元、3.76万元`: an item past the first with its unit, and the list goes on: each writes its own.)
    if (!scaledAlone(next)) return !!next.quantity?.scaleWord && !!unitOf(next) && !listJoined(text, next, mentions[j + 2]);
  }
  return false;
}

/** How many Han characters may name an item of a 其中 list (`其中城市低保对象0.82万`). */
const MAX_PART_LABEL = 12;

/**
 * The start of the item's label before `m` (Han characters and spaces back to anything else, at most
 * MAX_PART_LABEL), or -1 when it runs longer.
 */
function labelStart(text: string, m: Mention): number {
  let i = m.offset;
  while (i > 0 && (isHan(text.charCodeAt(i - 1)) || isSpace(text[i - 1]))) {
    if (m.offset - i >= MAX_PART_LABEL) return -1;
    i--;
  }
  return i;
}

/**
 * `全市低保对象2.86万人,其中城市0.82万、农村2.04万`: figures written with 万/亿 alone in the 、-list that
 * 其中 opens after a total written in full with a scale word (`2.86万人`) are that total's parts (万 and 亿 may
 * mix when one part at least is written with the total's: `1.86亿元,其中城市6200万、农村1.24亿`; a total in
 * 万元 over parts all in 亿 gives them no unit),
 * in its unit: nothing was lost. Only when every item before `m` is scaled alone, every item after it
 * is too or writes the total's unit, and the parts do not add up to more than the total (parts in
 * another unit may well: `2.86万人,其中低保户1.5万、…`). Returns whether `mentions[k]` is such a part.
 */
function partOfWrittenTotal(text: string, mentions: readonly Mention[], k: number): boolean {
  const m = mentions[k];
  // 万 and 亿 may mix among the parts (`1.86亿元,其中城市6200万、农村1.24亿`): the sum below is of the
  // values, whatever scale word each is written with. The scale words the parts are written with:
  const scales = new Set<string>();
  const scaledAlone = (x: Mention | undefined) => !!x && x.kind === "quantity" && !!x.quantity?.scaleWord && !x.quantity?.unit && !x.unit;
  let sum = 0;
  let slack = 0; // the rounding of what is written: half a unit of each figure's last digit
  const add = (x: Mention) => {
    const q = x.quantity!;
    sum += q.number ?? NaN;
    if (q.scaleWord) scales.add(q.scaleWord);
    slack += 0.5 * 10 ** -q.decimals * q.scale;
  };
  let first = k;
  // Back to the list's first item: items scaled alone, each after a label and a 、.
  for (;;) {
    const x = mentions[first];
    if (!scaledAlone(x) || k - first > MAX_SHARED_LIST) return false;
    add(x);
    const at = labelStart(text, x);
    if (at < 0) return false;
    const prev = first > 0 ? mentions[first - 1] : undefined;
    if (text[at - 1] !== "、" || !prev || prev.offset + prev.length !== at - 1) break;
    first--;
  }
  // The first item's label opens with 其中 (or 其中:), after a comma and the total.
  let at = labelStart(text, mentions[first]);
  if (at < 0) return false;
  if (!text.startsWith("其中", at)) {
    if (!text.startsWith("其中", at - 3) || (text[at - 1] !== ":" && text[at - 1] !== "：")) return false;
    at -= 3;
  }
  const total = first > 0 ? mentions[first - 1] : undefined;
  if (!total || total.sentence.offset !== m.sentence.offset || total.kind !== "quantity" || !total.quantity?.scaleWord || !unitOf(total)) return false;
  let p = at;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (text[p - 1] !== "," && text[p - 1] !== "，") return false;
  p--;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (total.offset + total.length !== p) return false;
  // On to the list's last item: scaled alone, or in the total's unit.
  for (let j = k + 1; j < mentions.length && j - k <= MAX_SHARED_LIST; j++) {
    const x = mentions[j];
    const s = labelStart(text, x);
    const prev = mentions[j - 1];
    if (s < 0 || text[s - 1] !== "、" || prev.offset + prev.length !== s - 1) break;
    if (!scaledAlone(x) && !(x.kind === "quantity" && !!x.quantity?.scaleWord && unitOf(x) === unitOf(total))) return false;
    add(x);
  }
  const t = total.quantity!;
  if (!scales.has(t.scaleWord!)) return false;
  return sum <= (t.number ?? NaN) + slack + 0.5 * 10 ** -t.decimals * t.scale + 1e-9;
}

export const rule: TextRule = {
  code: "missing-unit",
  check(doc: TextDocument): Hit[] {
    const { text, mentions } = doc;
    const hits: Hit[] = [];
    // Read only for a bare figure, which most texts (and notes) lack.
    let bySentence: Map<number, SentenceFigures> | null = null;
    let fullPairs: Map<number, Map<string, string>> | undefined;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.numeral !== "arabic" || isShielded(doc, m.offset) || doc.quotes.has(m.offset)) continue;
      // (Not mentions[-1]: a negative index is a property lookup by name, slow at every text's first figure.)
      const prev = k > 0 ? mentions[k - 1] : undefined;
      const sameSentence = !!prev && prev.sentence.offset === m.sentence.offset;
      if (m.kind === "bare" && endsClause(text, m.offset + m.length)) {
        const paired = pairedUnit(mentions, k, (fullPairs ??= new Map())) ?? unitOfLabelledSibling(text, mentions, k);
        if (paired) {
          hits.push(hitAt(m, { key: "missingUnit", params: { value: m.text, unit: paired } }, m.text, paired));
          continue;
        }
      }
      if (m.kind === "bare" && prev && sameSentence && endsClause(text, m.offset + m.length)) {
        // `5647户,8204,`: the sibling ends right before one separator, and carries a unit.
        const sep = prev.offset + prev.length;
        const siblingUnit = prev.kind === "quantity" && prev.numeral === "arabic" ? unitOf(prev) : null;
        // (和, 及 or 与 joins the last item as 、 does: `分别惠及5126人和7382。`.)
        const joins = sep < text.length && (isListSeparator(text[sep]) || text[sep] === "和" || text[sep] === "及" || text[sep] === "与");
        if (siblingUnit && joins && nextNonSpace(text, sep + 1) === m.offset) {
          const shared =
            text[m.offset + m.length] === "、" && mentions[k + 1]?.offset === m.offset + m.length + 1 && mentions[k + 1].kind !== "bare" && !ownUnitList(text, prev, m, mentions[k + 1]);
          if (!shared) hits.push(hitAt(m, { key: "missingUnit", params: { value: m.text, unit: siblingUnit } }, m.text, siblingUnit));
          continue;
        }
      }
      const next = mentions[k + 1];
      if (m.kind === "bare" && endsClause(text, m.offset + m.length) && !/^(?:19|20)\d\d$/.test(m.digits) && (text[m.offset + m.length] !== "、" || ownUnitList(text, prev, m, next) || labelledItem(text, m, next))) {
        const f = (bySentence ??= figuresBySentence(mentions)).get(m.sentence.offset);
        const parallel = f && f.bare === 1 && f.withUnit.length >= 1 ? parallelSibling(text, mentions, k) : null;
        const enough = f && f.bare === 1 && (parallel || (f.withUnit.length >= 2 && m.digits.length >= 2));
        if (f && enough && wordLed(text, m, parallel ? MAX_LEAD_PARALLEL : MAX_LEAD)) {
          const near = parallel ?? f.withUnit.reduce((a, b) => (Math.abs(b.offset - m.offset) < Math.abs(a.offset - m.offset) ? b : a));
          const unit = unitOf(near)!;
          hits.push(hitAt(m, { key: "missingUnit", params: { value: m.text, unit } }, m.text, unit));
        }
        continue;
      }
      // `529.12万,` beside `1099.52万元`: a scale word where the sibling has scale and unit.
      const q = m.quantity;
      // (`参与人次达4.6万`, `常住人口达到120.4万`: the words before the figure name what it counts.)
      if (m.kind === "quantity" && q && q.scaleWord && !q.unit && !m.unit && endsClause(text, m.offset + m.length) && !COUNTED_BEFORE.test(text.slice(Math.max(0, m.offset - 8), m.offset))) {
        // `福彩销售10.02亿,排名全省第4,为国家筹集公益金2.87亿元`: a rank between the two is passed over.
        const before = mentions[k - 1]?.kind === "ordinal" ? mentions[k - 2] : mentions[k - 1];
        const after = mentions[k + 1]?.kind === "ordinal" ? mentions[k + 2] : mentions[k + 1];
        const siblings = [before, after].filter(
          (s): s is Mention => !!s && s.sentence.offset === m.sentence.offset && s.kind === "quantity" && !!s.quantity?.scaleWord && !!unitOf(s),
        );
        const sib = siblings.find((s) => s.quantity!.scaleWord === q.scaleWord) ?? siblings[0];
        if (sib && !sharesTrailingUnit(text, mentions, k) && !partOfWrittenTotal(text, mentions, k)) {
          const written = `${sib.quantity!.scaleWord}${unitOf(sib)}`;
          hits.push(hitAt(m, { key: "missingUnitAfterScale", params: { value: m.text, unit: written } }, m.text, written));
        }
      }
    }
    return hits;
  },
};
