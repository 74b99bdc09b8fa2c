import { isHan, isSpace } from "./chars";
import { isShielded, type TextDocument } from "./document";
import { alternation, LAST_YEAR } from "./last-year";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * Breakdowns of a total that sum-mismatch's `其中` reading leaves out (see rules/sum-mismatch.ts):
 * 1. a total that lost its 万 or 亿 under parts that kept it (`经费412.6元,其中…236.8万元、…98.5万元`);
 * 2. parts counted with different classifiers of things under one total (`地名127条,分别为道路街巷86条、
 *    住宅小区43个、桥梁16座`);
 * 3. a partition announced by `分区县看`, `按生活自理能力分` … (`床位620张,分区县看,越城区168张、…`).
 * Each finds the total and the sum of its parts; the rule words the finding.
 */

/** A total whose parts add up to more than it. */
export interface Excess {
  total: Mention;
  sum: number;
  /** The words that announced the parts, as written (`分别为`, `其中`, `分区县看`). */
  opener: string;
}

/** Half a step of the last written digit (0 for a whole count written in full): as sum-mismatch's slack. */
export function rounding(m: Mention): number {
  const q = m.quantity!;
  if (q.decimals === 0 && q.scale === 1 && m.unit?.integral) return 0;
  return 0.5 * Math.pow(10, -q.decimals) * q.scale;
}

const value = (m: Mention): number => m.quantity!.number!;
const exact = (m: Mention): boolean => m.quantity !== null && m.quantity.number !== null && m.quantity.range === null && m.quantity.bound === "exact";
const end = (m: Mention): number => m.offset + m.length;
const PEOPLE = ["人", "名", "位"];
const SUMMABLE = new Set(["persons", "households", "count", "money", "area", "length", "weight"]);

/** The unit figures are added in (as sum-mismatch's: 人, 名 and 位 count the same people), or null. */
function unitKey(m: Mention): string | null {
  if (m.kind !== "quantity" || !m.quantity || m.quantity.number === null || !m.unit || !SUMMABLE.has(m.unit.dimension)) return null;
  const unit = m.quantity.unit ?? m.unit.unit;
  return `${m.unit.dimension}:${PEOPLE.includes(unit) ? "人" : unit}`;
}

// ---------------------------------------------------------------------------------------------
// 1. A total that lost its scale word.

/** Words before a figure that make it a rate per head or a standard, never a total of funds. */
const PER_WORDS = ["人均", "户均", "每人", "每户", "每月", "每年", "标准", "平均"];

/**
 * The scale (1e4, 1e8) the total lost, when its parts were all written with one scale word and the
 * total with none, and the total read with that scale holds the parts, of their order of size:
 * `救助经费412.6元,其中生活救助236.8万元、护送返乡98.5万元` (412.6万元 was meant). Otherwise null.
 * (A part more than ten times its whole is read by sum-mismatch as another kind of thing; this is
 * the one case where such parts still speak of that whole.)
 */
export function lostScale(text: string, total: Mention, parts: readonly Mention[]): number | null {
  const q = total.quantity!;
  if (q.scale !== 1 || parts.length === 0 || !exact(total)) return null;
  const scale = parts[0].quantity!.scale;
  if (scale < 1e4 || parts.some((m) => m.quantity!.scale !== scale || !exact(m))) return null;
  const before = text.slice(Math.max(0, total.offset - 8), total.offset);
  if (PER_WORDS.some((w) => before.includes(w))) return null;
  const sum = parts.reduce((s, m) => s + value(m), 0);
  const tolerance = parts.reduce((s, m) => s + rounding(m), 0);
  const restored = value(total) * scale;
  const restoredSlack = 0.5 * Math.pow(10, -q.decimals) * scale;
  if (sum <= value(total) + tolerance || sum > restored + restoredSlack + tolerance || sum < restored / 10) return null;
  return scale;
}

// ---------------------------------------------------------------------------------------------
// 2. Parts counted with different classifiers.

/**
 * Classifiers of whole things of one kind, which a report picks by the kind of thing (a road 条, a
 * housing estate 个, a bridge 座, a site 处, an institution 家 or 所, a project 项, a case 件, a
 * building 栋 or 幢, a plot 块 or 片, a case file 宗): parts counted in any of them may be parts of
 * a total counted in another. Left out: persons (人, 名, 位) and households (户), which count
 * different things from each other and from places; visits and events (人次, 次, 场次); batches (批);
 * and what things hold or use (beds and cards 张, 床; machines and vehicles 台, 辆, 套; rooms 间),
 * which a breakdown of institutions lists beside them as their equipment, not as their parts.
 */
const THING_CLASSIFIERS = new Set(["个", "条", "座", "处", "家", "所", "项", "件", "栋", "幢", "块", "片", "宗"]);
/** Words that open a complete list of the total's parts, or some of them. */
const PART_OPENERS = ["分别为", "分别是", "其中", "包括"];
/** Words opening a part's label that make it a property of the total's members, not a class of them. */
const VERB_LEADS = ["配", "设", "建", "开", "有", "覆盖", "实现", "完成", "达到", "具备", "提供", "新增", "改造", "提升"];
/** How long a part's label may be. */
const LABEL_REACH = 16;

function thingClassifier(m: Mention): string | null {
  if (m.kind !== "quantity" || !m.unit || m.unit.dimension !== "count" || !m.quantity || m.quantity.number === null) return null;
  const unit = m.unit.canonical ?? m.unit.unit;
  return THING_CLASSIFIERS.has(unit) ? unit : null;
}

/**
 * A 、-list of labelled figures starting at `from` (mentions from index `k`): each item is a label of
 * Han characters (和, 及 allowed) and a figure that `accepts`. Stops at the first item that is not.
 */
function listFrom(doc: TextDocument, from: number, k: number, accepts: (m: Mention) => boolean, separators: string): { items: Mention[]; labels: string[] } {
  const { text, mentions } = doc;
  const items: Mention[] = [];
  const labels: string[] = [];
  let at = from;
  for (let j = k; j < mentions.length; j++) {
    const m = mentions[j];
    if (m.offset - at > LABEL_REACH || m.offset < at) break;
    let han = true;
    for (let q = at; q < m.offset && han; q++) han = isHan(text.charCodeAt(q));
    if (!han || !accepts(m)) break;
    items.push(m);
    labels.push(text.slice(at, m.offset));
    let next = end(m);
    // A bracket after an item remarks on it (`越城区168张(占27.1%)`): passed over, a short one only.
    if (text[next] === "(" || text[next] === "\uff08") {
      const close = text.slice(next, next + 30).search(/[)\uff09]/);
      if (close < 0) break;
      next += close + 1;
    }
    if (!separators.includes(text[next] ?? "")) break;
    at = next + 1;
  }
  return { items, labels };
}

/**
 * Whether `mentions[j]` is an item of a 、-list of figures (`社会团体1182家、民办非企业单位1598家`): a
 * figure and its label before the 、 that precedes its own label. A part, not a total. (A list of
 * nouns before it, `审核命名道路、桥梁、住宅小区等地名127条`, is no list of figures.)
 */
function afterListMark(doc: TextDocument, j: number): boolean {
  const { text, mentions } = doc;
  const m = mentions[j];
  let k = m.offset - 1;
  while (k >= 0 && m.offset - k <= LABEL_REACH && isHan(text.charCodeAt(k))) k--;
  if (text[k] !== "、" || j === 0) return false;
  const prev = mentions[j - 1];
  if (prev.kind !== "quantity" || end(prev) > k || k - end(prev) > LABEL_REACH) return false;
  for (let q = end(prev); q < k; q++) if (!isHan(text.charCodeAt(q))) return false;
  return true;
}

/**
 * `地名127条,分别为道路街巷86条、住宅小区43个、桥梁16座`: the total right before the words that open
 * its parts, counted in a classifier of things, and a 、-list of its parts counted in such classifiers
 * though not all in the total's (one list in the total's classifier alone is sum-mismatch's). One of
 * the parts at least is counted as the total is, so the list is of the same kind of thing. Only an
 * excess is found: a part counted another way may be of something else.
 */
export function mixedClassifierExcess(doc: TextDocument): Excess[] {
  const { text, mentions } = doc;
  const out: Excess[] = [];
  for (let k = 0; k + 2 < mentions.length; k++) {
    const total = mentions[k];
    const unit = thingClassifier(total);
    if (!unit || !exact(total) || isShielded(doc, total.offset)) continue;
    let p = end(total);
    if (text[p] !== "," && text[p] !== "\uff0c") continue;
    p++;
    const opener = PART_OPENERS.find((w) => text.startsWith(w, p));
    if (!opener) continue;
    p += opener.length;
    if (text[p] === ":" || text[p] === "\uff1a") p++;
    if (afterListMark(doc, k) || /增加|减少|增长|下降|净增|较|比/.test(text.slice(Math.max(0, total.offset - 4), total.offset))) continue;
    const { items, labels } = listFrom(doc, p, k + 1, (m) => thingClassifier(m) !== null, "、");
    if (items.length < 2 || !items.every(exact)) continue;
    const units = items.map(thingClassifier);
    if (units.every((u) => u === unit) || !units.includes(unit)) continue;
    if (labels.some((l) => l === "" || l.endsWith("的") || VERB_LEADS.some((v) => l.replace(/^[和及与]/, "").startsWith(v)))) continue;
    // (A part larger than the whole on its own counts something else, as in sum-mismatch.)
    if (items.some((m) => value(m) > value(total) + rounding(total))) continue;
    const sum = items.reduce((s, m) => s + value(m), 0);
    if (sum > value(total) + rounding(total) + items.reduce((s, m) => s + rounding(m), 0)) out.push({ total, sum, opener });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. A partition announced by 分区县看, 按…分.

/**
 * Words that announce a partition of the figure before them: by area (`分区县看`, `分县(市、区)看`,
 * `从区域看`, `按区域分`, `各区县中`) or by a property every member has one value of (`按生活自理能力分`,
 * `分类型看`, `从年龄结构看`). The words between 分/从/按 and 看/分 are at most ten characters,
 * so the pattern is linear.
 */
const PARTITION = /(?:分|从|按照?)([\u4e00-\u9fff()\uff08\uff09、]{1,10}?)(?:来看|看|划分|分)[,\uff0c:\uff1a]|各(区县|县区|县市区|县\(市、区\)|县\uff08市、区\uff09|乡镇|镇街|镇\(街道\)|镇\uff08街道\uff09)(?:中|看)?[,\uff0c:\uff1a]/g;
/** What an area partition is by. */
const AREA_WORDS = ["区县", "县区", "县市区", "县(市、区)", "县\uff08市、区\uff09", "地区", "区域", "乡镇", "镇街", "镇(街道)", "镇\uff08街道\uff09", "街道", "片区", "地市", "市州", "辖区"];
/** What a partition by a property is by: the name of the property ends so. */
const PROPERTY_ENDS = ["类型", "类别", "性质", "性别", "年龄", "年龄段", "年龄结构", "能力", "等级", "方式", "来源", "渠道", "层级", "用途", "对象", "身份", "学历", "程度"];
/** An area's name: a few characters and a place suffix (越城区, 诸暨市, 新昌县, 柯桥街道), or 市本级. */
const AREA_LABEL = /^(?:市本级|本级|市直|[\u4e00-\u9fff]{1,7}?(?:区|县|市|镇|乡|街道|旗|州))/;
/** Whether a part's label names an area (`递铺街道`, `孝丰镇`, `市本级`), as an area partition's parts are named. */
export function namesArea(label: string): boolean {
  return label !== "" && AREA_LABEL.test(label) && !NOT_PART.test(label);
}
/** Labels of a whole restated, never a part (`全市620张`, not `全自理2104人`); or of a comparison. */
const NOT_PART = new RegExp(`^(?:全[省市州县区旗镇乡村部]|共|合计|总计|其中|另有|另外|此外|还有|以及)|同比|较|比上|${alternation(LAST_YEAR)}|增长|增加|减少|下降`);
/** Words that make a figure before the partition no total of it: a comparison, a target, an average. */
const NO_TOTAL = new RegExp(`较|比|${alternation(LAST_YEAR)}|同期|目标|计划|任务|平均|人均|户均|增加|增长|减少|下降|净增`);
/** How far before the partition its total may stand. */
const TOTAL_REACH = 200;

/**
 * `新建家庭养老床位620张,分区县看,越城区168张、柯桥区152张、…`: the parts of a partition, listed after
 * the words that announce it, are all of the figure before them and cannot add up to more. The parts
 * are a list of figures in one unit (、 , or ; between them): for an area partition three areas or
 * more, each named; for a property two values or more (not thresholds that nest, `60岁以上…、80岁以上…`).
 * The total is a figure in the parts' unit before the words, in their sentence (or the sentence
 * before, when they open theirs); of several, the parts must exceed every one (the finding goes on
 * the largest), so that a misread total never raises an alarm. A list that names some of the areas
 * only may add up to less: only an excess is found.
 */
export function partitionExcess(doc: TextDocument): Excess[] {
  const { text } = doc;
  const out: Excess[] = [];
  if (!/[分从按各]/.test(text)) return out;
  PARTITION.lastIndex = 0;
  for (let hit = PARTITION.exec(text); hit; hit = PARTITION.exec(text)) {
    const at = hit.index;
    const by = hit[1] ?? hit[2];
    const area = hit[2] !== undefined || AREA_WORDS.includes(by);
    if (!area && !PROPERTY_ENDS.some((w) => by.endsWith(w))) continue;
    if (isShielded(doc, at)) continue;
    const excess = partitionAt(doc, at, at + hit[0].length, area, hit[0].slice(0, -1));
    if (excess) out.push(excess);
  }
  // `建成助餐点9个,分别位于递铺街道3个、昌硕街道2个、…`: where the things of a total are, area by area.
  PLACED_IN.lastIndex = 0;
  for (let hit = PLACED_IN.exec(text); hit; hit = PLACED_IN.exec(text)) {
    if (isShielded(doc, hit.index)) continue;
    let from = hit.index + hit[0].length;
    if (text[from] === ":" || text[from] === "\uff1a") from++;
    const excess = partitionAt(doc, hit.index, from, true, hit[0]);
    if (excess) out.push(excess);
  }
  return out;
}

/**
 * Words that say where the things of the figure before them are, each area with its count: `分布在`,
 * `分布于`, `分别位于`. Read as an area partition (three named areas or more), so that only an excess
 * over every figure of the parts' unit before them in the sentence is found.
 */
const PLACED_IN = /分布[在于]|分别位于/g;

/**
 * The excess of the partition announced at `at` whose parts start at `from` (see partitionExcess),
 * or null. `area`: a partition by area (its parts named areas, three at least).
 */
function partitionAt(doc: TextDocument, at: number, from: number, area: boolean, opener: string): Excess | null {
  const { text, mentions } = doc;
  const k = firstAtOrAfter(mentions, from);
  const first = mentions[k];
  if (!first) return null;
  const key = unitKey(first);
  if (!key) return null;
  const { items, labels } = listFrom(doc, from, k, (m) => unitKey(m) === key, "、,\uff0c;\uff1b");
  // Items stop at the first label that is no part (an area list stops at a label that names no area).
  let n = 0;
  while (n < items.length && labels[n] !== "" && !NOT_PART.test(labels[n]) && (!area || AREA_LABEL.test(labels[n]))) n++;
  if (n < (area ? 3 : 2) || !items.slice(0, n).every(exact)) return null;
  const ends = labels.slice(0, n).map((l) => (l.includes("以上") ? "以上" : l.includes("以下") ? "以下" : ""));
  if (ends.filter((e) => e === "以上").length > 1 || ends.filter((e) => e === "以下").length > 1) return null;
  const parts = items.slice(0, n);
  const sum = parts.reduce((s, m) => s + value(m), 0);
  const partsSlack = parts.reduce((s, m) => s + rounding(m), 0);
  const total = totalBefore(doc, at, key);
  // A part larger than the whole on its own counts something else (`新建床位620张,分区县看,越城区共有
  // 床位3200张、…`: the beds the area has, not those it built).
  if (!total || parts.some((m) => value(m) > value(total) + rounding(total))) return null;
  // (Parts that make the whole before the list goes on, a remark after them aside, are the partition.
  // Not when the 、-list goes on after them: its next item is one more part of the same partition,
  // `…梅溪镇1个、报福镇1个、杭垓镇1个` whose first six make the nine already.)
  let run = 0;
  let runSlack = 0;
  let whole = false;
  for (let i = 0; i < parts.length && !whole; i++) {
    run += value(parts[i]);
    runSlack += rounding(parts[i]);
    const listGoesOn = i + 1 < parts.length && text[end(parts[i])] === "、";
    whole = i + 1 >= (area ? 3 : 2) && !listGoesOn && Math.abs(run - value(total)) <= rounding(total) + runSlack;
  }
  return !whole && sum > value(total) + rounding(total) + partsSlack ? { total, sum, opener } : null;
}

/** Words that open the parts of the figure before them (as sum-mismatch's). */
const BREAKDOWN_WORDS = ["其中", "包括", "包含", "分为"];

/** Whether `mentions[j]` is the first item of a 、-list: a 、 and a label, then a figure of its unit. */
function beforeListMark(doc: TextDocument, j: number, key: string): boolean {
  const { text, mentions } = doc;
  const m = mentions[j];
  const next = mentions[j + 1];
  if (!next || unitKey(next) !== key || text[end(m)] !== "、" || next.offset - end(m) > LABEL_REACH) return false;
  for (let q = end(m) + 1; q < next.offset; q++) if (!isHan(text.charCodeAt(q))) return false;
  return true;
}

/**
 * The largest figure in unit `key` before `at` that may be the total of a partition there (see
 * partitionExcess), or null: none, or one of them approximate (约, 余: the total is not known).
 * Figures that are parts of something else are passed over: those after 其中 in their clause, and
 * the items of a 、-list.
 */
function totalBefore(doc: TextDocument, at: number, key: string): Mention | null {
  const { text, mentions } = doc;
  const sentence = doc.index.sentenceOf(at);
  let lead = sentence.offset;
  while (lead < at && isSpace(text[lead])) lead++;
  const from = Math.max(0, at - TOTAL_REACH, lead === at && sentence.offset > 0 ? doc.index.sentenceOf(sentence.offset - 1).offset : sentence.offset);
  let best: Mention | null = null;
  // Whether the text read so far is in the parts of another breakdown: after 其中 (or 包括 …) up to
  // the end of its clause or sentence. In a sentence before the partition's, its figures are parts of
  // a total further back (`老年人72.6万人…。其中,90—99岁老年人1.86万人…。从性别看,…`); in the
  // partition's own sentence, a part may be what the partition cuts (`其中第三季度新建620张,…;分区县看,…`).
  let inParts = false;
  let read = from;
  for (let j = firstAtOrAfter(mentions, from); j < mentions.length && mentions[j].offset < at; j++) {
    const m = mentions[j];
    for (; read < m.offset; read++) {
      const ch = text[read];
      if (ch === "。" || ch === ";" || ch === "\uff1b" || ch === "\n") inParts = false;
      else if (BREAKDOWN_WORDS.some((w) => text.startsWith(w, read))) inParts = true;
    }
    if (unitKey(m) !== key) continue;
    if (!exact(m)) return null;
    if ((inParts && m.offset < sentence.offset) || afterListMark(doc, j) || beforeListMark(doc, j, key)) continue;
    // The words of its clause (back to a comma) that make it a comparison, a target or an average.
    let c = m.offset - 1;
    while (c >= from && m.offset - c <= 24 && !",\uff0c;\uff1b:\uff1a。".includes(text[c])) c--;
    if (NO_TOTAL.test(text.slice(c + 1, m.offset))) continue;
    if (!best || value(m) > value(best)) best = m;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// 5. A total named before 中 (`全市1528个城乡社区中,城市社区386个、农村社区1242个`): sum-mismatch
// reads the parts after it as it reads those after 其中.

/** How long the noun between the total and 中 may be (`1528个城乡社区`, `16个县(市、区)`). */
const MAX_AMONG_LABEL = 12;
const ZHONG = 0x4e2d; // 中
/**
 * The characters before 中 that make a word of it, not "among": 集中 (gathered), 其中 (its own
 * opener), 当中/之中 are fine.
 */
const NOT_AMONG_BEFORE = new Set(["集", "其", "居", "适", "正"]);
/**
 * Words of a label that say its 中 is "in the course of" (`1个正在建设中,`, `3个项目推进中,`), not
 * "among": what follows is no part of that figure.
 */
const IN_PROGRESS = /正在|建设|进行|推进|实施|筹建|施工|办理|审核|审批|公示|改造|运行|整改|申报/;

/**
 * Where the 中 stands that makes figure `m` the total of the parts after it: `m`, then a noun of
 * ideographs (and a bracket of them, `县(市、区)`), or none, then 中 and a comma (`1528个城乡社区中,`,
 * `在参评的120家社会组织中,`, `120家中,`). -1 when the words after `m` are anything else.
 */
export function amongAt(text: string, m: Mention): number {
  const from = end(m);
  const stop = Math.min(text.length - 1, from + MAX_AMONG_LABEL + 1);
  let depth = 0;
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === ZHONG && depth === 0 && (text[k + 1] === "," || text[k + 1] === "，")) {
      const label = text.slice(from, k);
      return (k > from && NOT_AMONG_BEFORE.has(text[k - 1])) || IN_PROGRESS.test(label) ? -1 : k;
    }
    if (text[k] === "(" || text[k] === "（") depth++;
    else if (text[k] === ")" || text[k] === "）") {
      if (depth === 0) return -1;
      depth--;
    } else if (!(isHan(c) || (depth > 0 && text[k] === "、"))) return -1;
  }
  return -1;
}
