import { formatQuantity } from "../../quantity";
import { PAIRED_LABELS } from "../../parts";
import { isHan, isSpace } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { hitAt, type Hit, type TextMessage, type TextRule } from "../rule";
import { firstAtOrAfter, type Mention } from "../scan";
import { flowsAgainstNet } from "../net-change";
import { periodSums } from "../period-sums";
import { amongAt, lostScale, mixedClassifierExcess, namesArea, partitionExcess } from "../breakdowns";
import { isChangeAmount } from "../figures";
import { LAST_YEAR } from "../last-year";

/**
 * sum-mismatch in text:
 * 1. `共N个(其中A个,B个,…)`: the parts listed after 其中 add up to more than the total before it
 *    (in the same unit). Parts may be fewer than the whole (其中 names some of them), so only
 *    an excess is a defect. The total is a figure in the same unit before 其中, in its sentence
 *    or, when 其中 opens a sentence, the sentence before; with several, the nearest that holds every
 *    part (`净增760张,其中…`, not the stock before it; `床位1.2万张,新增3000张,其中护理型9000张、…`: 1.2万张),
 *    passing over bracketed remarks, bases of comparison, targets and items of a 、-list; with none that
 *    holds them, the largest, so that a misread total never raises an alarm.
 *    Parts stop at the closing bracket of a bracketed 其中, at a semicolon or the sentence's end, and before the clause
 *    that opens the next breakdown (`…,本级五保对象161人,其中…`: 161人 is the next total). A part
 *    larger than the total on its own belongs to another breakdown, so several parts are added up
 *    only when each fits within the total — except in one 、-list of a total that is no change, where
 *    it is a slip of the part (a moved decimal point). A part equal to the total says the groups
 *    overlap, unless the labels are on one cut that excludes each other (市级/区级).
 *    包括, 包含 and 分为 open parts as 其中 does (`社区(村)78个,包括城市社区52个、村36个`; not 涵盖:
 *    `站点50个,涵盖街道12个、社区86个` counts what the stations cover, not parts of them), and so
 *    does a bracket right after a figure, which is then the total: `共268名(孤儿42名、事实无人抚养儿童
 *    262名)`, `386.5万元(含中央资金186.5万元)`. A bracket without 含 or one of those words lists parts
 *    only when it holds two figures of the total's unit or more, and no remark (`(同比增长5%)`, `(上年
 *    230名、…)`, `(不含…)`).
 *    A total named before 中 opens parts as 其中 does (`全市1528个城乡社区中,城市社区386个、农村社区
 *    1242个`, `在1528名困难群众中,…`: see amongAt in ../breakdowns.ts); only two parts or more are added
 *    (`在1528个社区中,有386个建成…` is one part, no sum).
 *    A bracket after one of the parts is about that part (`社会团体486家(含行业协会商会112家)`: the
 *    chambers are some of the 486, not another part beside them): its figures are not added with the
 *    parts, and are checked against that part instead.
 *    Several breakdowns may follow one 其中 (`其中公办31家、民办33家,护理型机构28家`), so the parts
 *    are added up by breakdown:
 *    - a 、-list is one breakdown, and a comma after a 、-list opens the next one;
 *    - parts are added in order until two or more reach the total: the parts after that belong to a new
 *      breakdown (`其中男孩52名,女孩45名,6周岁以下23名` of 97名), but in a 、-list of areas or of how far
 *      tasks have got (`已完成4项、序时推进7项、进度滞后1项` of 11项), where the next is one more part;
 *    - parts whose labels name different cuts (`护理型床位…、公办机构床位…`: care level and
 *      ownership, by the AXES below) are not one breakdown and are not added up. Labels of no
 *      known cut are taken as one breakdown, so `其中城区3个,开发区3个` of 5个 is still found;
 *    - parts on one cut followed by a part on another (`其中公办60家、民办60家、护理型机构45家`) are a
 *      partition and an attribute: the partition is added up alone (公办60家、民办70家 of 120家 still exceeds);
 *    - parts labelled all by thresholds open at the same end (`65周岁以上…、70周岁以上…`, `县级以上…、
 *      市级以上…`) nest, and are not added up either.
 *    A clause after the parts whose label says its figure is about something else ends them: another
 *    time (`其中民办37家,上年为35家`, `去年同期`, `2023年为…` in a 2024 report, unless the parts are cut
 *    by year), a target or a plan (`年度目标为4000张`), an average (`全省平均`), a comparison (`较…`);
 *    and so does a clause with a predicate of its own, which says what became of the total, not a kind of
 *    it (`资金2.35亿元,其中中央资金1.6亿元,已支出1.98亿元`; 累计发放, 完成投资, 惠及 …: OWN_PREDICATE_WORDS).
 * 2. A run of 《titles》 followed by their count: `《…》《…》…《…》4个清单` with six titles listed.
 *    The noun after the count must name the titles (`…清单》4个清单`, or 文件/制度): `《条例》《办法》
 *    15项措施` counts something else. With 等 after the list, only a count below the list is a defect.
 * 3. Shares of one whole held by labels that exclude each other: `农村低保对象占83.6%、城市低保对象
 *    占26.4%` adds up to more than the whole. Only labels that answer each other (男/女, 城市/农村,
 *    集中/分散 …) about the same thing (the rest of the label alike) are added: `60岁以上占22%、80岁以上
 *    占4%` nest, and `女性占52%、党员占30%` cut along different lines.
 * 4. A total that lost its 万 under parts that kept it, parts counted in several classifiers of things,
 *    and partitions announced by `分区县看`, `按…分`, or areas after `分布在`, `分别位于`: see ../breakdowns.ts.
 * Percentages, rates and per-period standards are not added up otherwise; nor are figures that
 * state a change (`较上年增加200人`).
 */
const PEOPLE = ["人", "名", "位"];
const SUMMABLE = new Set(["persons", "households", "count", "money", "area", "length", "weight"]);
const LIST_COUNT_UNITS = ["个", "项", "份", "部", "本", "件", "篇"];
const GENERIC_DOCUMENT_NOUNS = ["文件", "制度", "文本"];
const TITLE_GLUE = "、,,和及与";
/** How far around 其中 the total and the parts may stand: keeps the rule linear on any input. */
const REACH_BEFORE = 200;
const REACH_AFTER = 300;

function unitKey(m: Mention): string | null {
  if (m.kind !== "quantity" || !m.quantity || m.quantity.number === null || !m.unit) return null;
  if (!SUMMABLE.has(m.unit.dimension)) return null;
  const unit = m.quantity.unit ?? m.unit.unit;
  // 人, 名 and 位 count the same people (`10710人,自费服务9062名`); 人次 and the count nouns do not mix.
  return `${m.unit.dimension}:${PEOPLE.includes(unit) ? "人" : unit}`;
}

/**
 * Half a step of the last written digit: the rounding a figure allows. A whole count written in
 * full (`5个`, `97名`: no decimals, no scale word) is exact; `1.28万张` may stand for 12,750 to 12,849.
 */
function slack(m: Mention): number {
  const q = m.quantity!;
  if (q.decimals === 0 && q.scale === 1 && m.unit?.integral) return 0;
  return 0.5 * Math.pow(10, -q.decimals) * q.scale;
}

/**
 * Words naming a cut of a total, by the axis they cut along. Two parts labelled on different axes
 * (护理型 and 公办) belong to different breakdowns, even in one 、-list.
 */
const AXES: readonly (readonly string[])[] = [
  ["公办", "民办", "公建民营", "民营", "国有", "私营", "政府办", "社会办", "集体"],
  ["城市", "农村", "城镇", "乡村", "城区", "郊区", "市区", "开发区", "市本级", "市级", "县级", "区级", "乡镇", "镇级", "村级"],
  ["男", "女"],
  // Beds and places are cut several ways that cross each other: by the care they are built for
  // (护理型/普通型), by the residents' ability (失能/半失能/自理), by a specialised care (认知障碍照护:
  // such beds are mostly 护理型 ones as well) and by an institution's model (医养结合). So `新增床位1180张,
  // 其中护理型床位860张、认知障碍照护床位420张` names overlapping kinds, not a partition.
  ["护理型", "普通型", "普通"],
  ["失能", "半失能", "自理"],
  ["认知症", "认知障碍", "失智"],
  ["安宁疗护", "临终关怀"],
  ["医养结合"],
  // The attributes of people that cut a total across each other: 其中女性412人、党员1320人、35周岁以下486人.
  ["集中供养", "分散供养", "集中", "分散"],
  ["老年", "未成年", "儿童", "青少年", "高龄", "周岁", "岁以上", "岁以下"],
  ["残疾", "残障"],
  ["重病", "大病", "重度"],
  ["党员", "团员", "群众"],
  ["大专", "本科", "研究生", "高中", "学历"],
  ["少数民族", "汉族"],
  // What is new this year cuts across the rest: `其中民办37家,新增20家`.
  ["新增", "新建", "新成立", "新登记", "新开"],
];
/** How far before a part its label may reach. */
const LABEL_REACH = 16;

/** A part's label: the words between the previous separator (or 其中) and its figure. */
function labelOf(text: string, from: number, at: number): string {
  let k = at - 1;
  const stop = Math.max(from, at - LABEL_REACH);
  while (k >= stop && !isClauseSeparator(text[k]) && text[k] !== "(" && text[k] !== "(") k--;
  return text.slice(k + 1, at);
}

/** How far back a clause's label is read for the words of `labelsElsewhere`. */
const CLAUSE_LABEL_REACH = 24;

/**
 * The label of the figure at `at` back to the separator before it (not before `from`, the end of
 * 其中 or its bracket), and whether it opens a clause of its own: a comma, a semicolon or a colon
 * before it, not a 、 (an item of a list) nor 其中 itself.
 */
function clauseLabel(text: string, from: number, at: number): { from: number; opens: boolean } {
  let k = at - 1;
  const stop = Math.max(from, at - CLAUSE_LABEL_REACH);
  while (k >= stop && !isClauseSeparator(text[k]) && !isOpening(text[k]) && text[k] !== "。") k--;
  const opens = k >= from && k >= stop && text[k] !== "、" && isClauseSeparator(text[k]);
  return { from: k + 1, opens };
}

/**
 * Words in the label of a clause after the parts that make its figure no part of the total: another
 * time (`上年为35家`, `去年同期为1830人次`, `上年末`), a target or a plan (`年度目标为4000张`, `计划新增
 * 30家`, `完成年度目标任务40家的105%`), an average (`全省平均为35家`), a comparison (`较上年末的689家`).
 * (Not 新增 alone: `其中上年结转资金200万元,本年新增资金350万元` is a breakdown of funds.)
 */
const ELSEWHERE_WORDS = [...LAST_YEAR, "前年", "同期", "年初", "上月", "目标", "计划", "任务", "预计", "力争", "规划", "平均", "人均", "户均", "年均", "月均", "较", "比", "增加", "增长", "净增", "减少", "净减", "下降"];

/**
 * Words that give a clause a predicate of its own: what has been done with the whole (`已支出1.98亿元`,
 * `累计发放3200万元`, `完成投资7200万元`, `拨付`, `兑现`) or what it brought about (`惠及3.2万人次`, `带动`,
 * `实现`, `覆盖`, `受益`, `撬动`). Such a clause after a 其中 list (`下达资金2.35亿元,其中中央资金1.6亿元,
 * 已支出1.98亿元`) says what became of the total, and names no kind of it: the list has ended.
 * (Parts said all with the same word stay parts: `其中城区累计建成30个,农村累计建成50个`.)
 */
// (下达, 下拨, 到位, 兑付, 落实, 投入, 用于: what the money was passed on to or spent on, `其中中央资金1.6亿元,下拨县区
// 1.98亿元`, `其中已到位2.2亿元,已下达到县区1.8亿元` — a cut by where it went, not by where it came from.)
const OWN_PREDICATE_WORDS = ["已", "累计", "完成", "实现", "惠及", "带动", "支出", "发放", "拨付", "兑现", "受益", "覆盖", "撬动", "下达", "下拨", "到位", "兑付", "落实", "投入", "用于"];

/**
 * The clause of the figure at `at`: the text from the comma, semicolon or colon before it to the
 * figure, read back no further than `from` (the end of the figure before it, so every stretch of text
 * is read once); null when the figure is an item of a 、-list or in a bracket, or no separator is met.
 */
function ownClause(text: string, from: number, at: number): string | null {
  for (let k = at - 1; k >= from; k--) {
    const ch = text[k];
    if (ch === "、" || isOpening(ch) || isClosing(ch) || ch === "。") return null;
    if (isClauseSeparator(ch) || ch === "；" || ch === "：") return text.slice(k + 1, at);
  }
  return null;
}

/**
 * Whether a clause after the first part of a 其中 list opens a statement of its own (OWN_PREDICATE_WORDS),
 * not another part: a word the first part's label (`firstLabel`) does not share. 已 is shared by a
 * first label with 已 or 未 in it (`其中未婚120人,已婚350人`: a cut between done and not done).
 */
function ownPredicate(clause: string, firstLabel: string): boolean {
  return OWN_PREDICATE_WORDS.some((w) => clause.includes(w) && !firstLabel.includes(w) && !(w === "已" && firstLabel.includes("未")));
}

/** The years named by year mentions between `from` and `to` (mentions searched from index `k0` on). */
function yearsIn(mentions: readonly Mention[], from: number, to: number, k0: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(k0, firstAtOrAfter(mentions, from)); k < mentions.length && mentions[k].offset < to; k++) {
    if (mentions[k].kind === "year") out.push(...(mentions[k].years ?? []));
  }
  return out;
}

/**
 * Whether the label from `from` to `at` says its figure is about something other than the parts of
 * the total: one of ELSEWHERE_WORDS, or a year other than the report's (`2023年为6610万元` in a
 * 2024 report), unless the parts are cut by year (`yearCut`).
 */
function labelsElsewhere(doc: TextDocument, from: number, at: number, k0: number, yearCut: boolean): boolean {
  const label = doc.text.slice(from, at);
  if (ELSEWHERE_WORDS.some((w) => label.includes(w))) return true;
  if (yearCut) return false;
  return yearsIn(doc.mentions, from, at, k0).some((y) => y !== doc.reportYear);
}

/** The axis a part's label names, or -1. */
function axisOf(label: string): number {
  for (let a = 0; a < AXES.length; a++) if (AXES[a].some((w) => label.includes(w))) return a;
  return -1;
}

/**
 * How many parts at the head of a breakdown are labelled all on one cut, the part after them on
 * another (`其中公办60家、民办60家、护理型机构45家`: two, 公办 and 民办 by ownership, then 护理型 by care
 * level): that head is a partition of its own, the part on the other cut an attribute of some of its
 * members. 0 when there is no such head of two parts or more (`其中护理型…、公办…`: one cut per part,
 * nothing to add up; a label of no known cut among them: no telling which cut it is on).
 */
function leadingCut(labels: readonly string[]): number {
  const a = axisOf(labels[0]);
  if (a < 0) return 0;
  let i = 1;
  while (i < labels.length && axisOf(labels[i]) === a) i++;
  return i >= 2 && i < labels.length && axisOf(labels[i]) >= 0 ? i : 0;
}

/**
 * A part that names a property its members have, not a class they fall in: its label is a relative
 * clause (`通过等级评定的62家`) or follows its count as a verb phrase (`186个建成养老服务站、327个配备
 * 儿童主任`). Such properties overlap, and need not add up to within the total. (`58家为公办`, with
 * 为 or 是 after the count, still names a class.)
 */
function namesProperty(text: string, label: string, m: Mention): boolean {
  if (label.trim().endsWith("的")) return true;
  if (label.trim() !== "") return false;
  const after = text[m.offset + m.length];
  return after !== undefined && /[\u4e00-\u9fff]/.test(after) && !"为是属系".includes(after);
}

/** True when the text between two parts holds a comma or another clause break, not only 、 or 和. */
function commaBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch !== "、" && isClauseSeparator(ch)) return true;
  }
  return false;
}

/**
 * Words of how far a task has got: done (完成, 已完成或超额完成), on schedule (序时推进, 正常推进), behind
 * (滞后, 进度滞后), not started (未启动, 未开工). Each task stands at one of them, so a 、-list of
 * them is one partition of the tasks (`11项重点指标中,已完成4项、序时推进7项、进度滞后1项`).
 * (Not 开工 or 建成: what is finished has been begun, so those stages nest.)
 */
const PROGRESS = /完成|推进|滞后|未启动|未开工/;
/** How long a label of progress may be: the status and a word or two (`已完成或超额完成`), no clause. */
const MAX_PROGRESS_LABEL = 8;

/** Whether a part's label says only how far its tasks have got (PROGRESS). */
function namesProgress(label: string): boolean {
  return label.length <= MAX_PROGRESS_LABEL && PROGRESS.test(label);
}

/**
 * The parts after one 其中, split into breakdowns: a comma after a 、-list starts a new one, and
 * so does a comma after parts that already reach the total. Each breakdown is added up on its own.
 */
function breakdowns(text: string, list: readonly Mention[], total: Mention, from: number): Mention[][] {
  const out: Mention[][] = [];
  let group: Mention[] = [];
  // Once a breakdown has reached the total, a lone figure after it larger than the total is about
  // something else (`孤儿42名,其中集中养育6名、社会散居36名,事实无人抚养儿童268名`).
  let complete = false;
  let listed = false;
  let sum = 0;
  const reached = (s: number) => s >= total.quantity!.number! - slack(total);
  // Reached and not passed: a list that has gone past its total goes on to its last part (148、278、6
  // of 423 add up to 432, not 426), unless a comma ends it.
  let partsSlack = 0;
  const met = (s: number) => reached(s) && s <= total.quantity!.number! + slack(total) + partsSlack;
  // Whether every part of the group so far is labelled by an area: a 、-list of areas that goes on
  // past the total (`递铺街道3个、…、报福镇1个、杭垓镇1个` of 9个, the first six making nine) is one
  // partition by area, its next area one more part, not a new breakdown.
  let areas = true;
  // So is a 、-list of how far tasks have got (`已完成4项、序时推进7项、进度滞后1项` of 11项: each task
  // at one stage, 4 + 7 reaching the total, the lagging one is one more part, not a new breakdown).
  let stages = true;
  for (const m of list) {
    const label = labelOf(text, from, m.offset);
    const area = namesArea(label);
    const stage = namesProgress(label);
    if (group.length > 0) {
      const prev = group[group.length - 1];
      const comma = commaBetween(text, prev.offset + prev.length, m.offset);
      const partitionGoesOn = !comma && ((areas && area) || (stages && stage));
      // (One part alone equal to the total is no breakdown yet: `共5批次(其中市级5批次,区级1批次)`.)
      if ((comma && listed) || (met(sum) && group.length > 1 && !partitionGoesOn)) {
        complete ||= reached(sum);
        out.push(group);
        group = [];
        listed = false;
        sum = 0;
        partsSlack = 0;
        areas = true;
        stages = true;
      } else if (!comma) listed = true;
    }
    if (complete && group.length === 0 && m.quantity!.number! > total.quantity!.number! + slack(total)) continue;
    areas &&= area;
    stages &&= stage;
    group.push(m);
    sum += m.quantity!.number!;
    partsSlack += slack(m);
  }
  if (group.length > 0) out.push(group);
  return out;
}

const isChange = isChangeAmount;

function isClauseSeparator(ch: string): boolean {
  return ch === "," || ch === ";" || ch === "、" || ch === ":";
}


function format(n: number): string {
  return Number.isInteger(n) ? String(n) : String(+n.toFixed(4));
}

/** A figure for the message, before its unit: money with 万 or 亿 as reports write it (15.342亿, not 1534200000). */
function shown(n: number, unit: string): string {
  if (unit !== "元" || Math.abs(n) < 10000) return format(n);
  const text = formatQuantity({ number: n, unit, bound: "exact", range: null }, { maxDecimals: 4, scaleWords: true });
  return text.endsWith(unit) ? text.slice(0, -unit.length) : format(n);
}

/**
 * Words that open the parts of the total before them, as 其中 does: `社区(村)78个,包括城市社区52个、
 * 村36个`. (含 opens them only in a bracket after a figure: alone it is part of too many words.)
 */
const BREAKDOWN_WORDS = ["其中", "包括", "包含", "分为"];
/**
 * Words that make a bracket after a figure a remark on it, not its parts: a comparison (`同比增长5%`,
 * `上年1200人`), or what the figure leaves out (`不含…`, `…以外`, `另有…`), which need not fit within it.
 */
const REMARK_WORDS = ["较", "比", "同期", ...LAST_YEAR, "增长", "增加", "减少", "下降", "不含", "不包", "未含", "未包", "以外", "之外", "另"];

function isOpening(ch: string): boolean {
  return ch === "(" || ch === "（";
}

function isClosing(ch: string): boolean {
  return ch === ")" || ch === "）";
}

/**
 * The breakdown word at `k`, or null. Not when it is denied (`不包括…`: what the total leaves out
 * need not fit within it) or is the end of another word (`超出部分为50万元`).
 */
function breakdownWordAt(text: string, k: number): string | null {
  for (const w of BREAKDOWN_WORDS) {
    if (!text.startsWith(w, k)) continue;
    const before = text[k - 1];
    if (w === "分为" ? before === "部" : w !== "其中" && (before === "不" || before === "未")) return null;
    return w;
  }
  return null;
}

/**
 * Where a label cuts at a threshold open at one end (`65周岁以上`, `县级以上`, `3000元以下`): 以上 or
 * 以下, whichever the label ends its cut with, or null.
 */
function thresholdOf(label: string): "以上" | "以下" | null {
  const up = label.lastIndexOf("以上");
  const down = label.lastIndexOf("以下");
  if (up < 0 && down < 0) return null;
  return up > down ? "以上" : "以下";
}

/**
 * Parts labelled all by thresholds open the same way (`65周岁以上9.2万人、70周岁以上6.1万人、80周岁以上
 * 1.9万人`) nest: each holds the next, so they are not added up. Opposite ends (`60岁以下30人、60岁以上
 * 80人`) split the total between them, and are.
 */
function nestedThresholds(labels: readonly string[]): boolean {
  const first = thresholdOf(labels[0]);
  return first !== null && labels.every((l) => thresholdOf(l) === first);
}

/**
 * Where the parts after a breakdown's opening word or bracket (at `start`) end: at the bracket that
 * closes a bracketed breakdown (`closed`), at a semicolon, or before the clause that holds the next
 * breakdown's total (`…,本级五保对象161人,其中…`: 161人 is the next total); and the brackets among
 * the parts (`nested`). A bracket after one part is about that part only: `社会团体486家(含行业协会
 * 商会112家)` gives the part of 486家 that are chambers of commerce, already counted in it, not
 * another part beside it; so are `(其中…)` and a bare `(A 6名、B 36名)` after a part. The figures in
 * such a bracket are not added up with the parts (they are checked against their own part, as a
 * breakdown of their own), and a breakdown word in it opens no next breakdown.
 */
function partsSpan(text: string, p: number, start: number, limit: number, bracketed: boolean): { end: number; closed: boolean; nested: [number, number][] } {
  const nested: [number, number][] = [];
  let d = 0;
  let open = -1;
  let end = limit;
  let closed = false;
  for (let k = start; k < limit; k++) {
    const ch = text[k];
    if (isOpening(ch)) {
      if (d === 0) open = k;
      d++;
    } else if (isClosing(ch)) {
      if (d > 0) {
        d--;
        if (d === 0) nested.push([open, k]);
      } else if (bracketed) {
        end = k;
        closed = true;
        break;
      }
    } else if (ch === ";" || ch === "；") {
      end = k;
      break;
    } else if (d === 0 && breakdownWordAt(text, k) !== null) {
      // Back over the clause that holds the next breakdown's total.
      let b = k - 1;
      while (b > p && !isClauseSeparator(text[b])) b--;
      b--;
      while (b > p && !isClauseSeparator(text[b])) b--;
      end = Math.max(start, b);
      break;
    }
  }
  if (d > 0) nested.push([open, end]);
  return { end, closed, nested };
}

/**
 * Whether part `m` writes the same figure as `total`, to the total's precision at least: `1268人次`
 * and `1268人次`, not `2.9亿元` beside `2.86亿元` (a rounder figure that may be another).
 */
function sameFigure(m: Mention, total: Mention): boolean {
  return slack(m) <= slack(total) && Math.abs(m.quantity!.number! - total.quantity!.number!) <= slack(total);
}

/**
 * A part larger than the whole usually belongs to another breakdown, or counts another kind of thing
 * (`自治组织68.2万个,其中:村委会58.5万个,村民小组470.4万个`: the groups are in the villages, not
 * beside them). Within one 、-list of the total's parts, though, it is a slip of the part's figure: a
 * decimal point moved (`资金2.86亿元,其中中央1.12亿元、县级0.98亿元、社会资本2.9亿元`, for 0.29亿元).
 * A moved point makes a part at most ten times what it was, so a part more than ten times the whole is
 * still another kind. Nor is a change a whole of that kind: its parts may be the flows in and out that
 * it nets (`净减少15个,其中注销21个、新登记6个`, `较上年增加15个,其中新登记21个、注销6个`).
 */
function slipInOneList(text: string, group: readonly Mention[], total: Mention): boolean {
  if (isChange(text, total) || text.slice(Math.max(0, total.offset - 4), total.offset).includes("净")) return false;
  const whole = total.quantity!.number!;
  for (let i = 0; i < group.length; i++) {
    if (group[i].quantity!.number! > 10 * whole) return false;
    if (i > 0 && !listGlue(text, group[i - 1].offset + group[i - 1].length, group[i].offset)) return false;
  }
  return true;
}

/**
 * The first breakdown of `list` whose parts add up to more than `total`, as a hit on the total; labels
 * start at `from`. Only breakdowns of `minParts` parts or more (one part alone over a total named
 * before 中 is no sum: `在1528个社区中,有2000个…` says something else).
 */
function excessOver(text: string, list: readonly Mention[], total: Mention, from: number, minParts = 1): Hit | null {
  if (list.some((m) => m.quantity!.range)) return null;
  for (const breakdown of breakdowns(text, list, total, from)) {
    if (breakdown.length < minParts) continue;
    let group = breakdown;
    let labels = group.map((m) => labelOf(text, from, m.offset));
    let axes = new Set(labels.map(axisOf).filter((a) => a >= 0));
    if (axes.size > 1) {
      // Parts on several cuts: only a partition on one cut before them is added up (`其中公办60家、
      // 民办70家、护理型机构45家`: 公办 and 民办), the rest is an attribute that overlaps it.
      const lead = leadingCut(labels);
      if (lead < minParts) continue;
      group = group.slice(0, lead);
      labels = labels.slice(0, lead);
      axes = new Set([axisOf(labels[0])]);
    }
    // (Parts far larger than a total that lost its 万 are still its parts: breakdowns.ts, lostScale.)
    const scale = lostScale(text, total, group);
    if (group.length > 1 && group.some((m) => m.quantity!.number! > total.quantity!.number!) && !slipInOneList(text, group, total) && !scale) continue;
    if (group.some((m, i) => namesProperty(text, labels[i], m))) continue;
    // A part as large as the whole says every member is in it, so the groups overlap (`救助1268人次,
    // 其中护送返乡386人次、站内照料1268人次`: all were cared for in the station). Only labels on one
    // cut that excludes each other (市级/区级, by the AXES) cannot both hold the whole: `共5批次(其中
    // 市级五批次,区级一批次)` is a slip.
    const oneCut = axes.size === 1 && labels.every((l) => axisOf(l) >= 0);
    if (group.length > 1 && !oneCut && group.some((m) => sameFigure(m, total))) continue;
    if (group.length > 1 && nestedThresholds(labels)) continue;
    const sum = group.reduce((s, m) => s + m.quantity!.number!, 0);
    const tolerance = slack(total) + group.reduce((s, m) => s + slack(m), 0);
    if (sum > total.quantity!.number! + tolerance) {
      const unit = total.quantity!.unit ?? total.unit!.unit;
      if (scale) return lostScaleHit(total, sum, scale, unit);
      return hitAt(total, { key: "partsExceedTotal", params: { total: shown(total.quantity!.number!, unit), sum: shown(sum, unit), unit } }, total.text, format(sum));
    }
  }
  return null;
}

/**
 * Where a breakdown opens: a breakdown word (`其中`, `包括`, …) at `at`, or a bracket at `at` right after
 * the figure `of` (its index in the mentions), which is the total of what the bracket lists
 * (`共268名(孤儿42名、事实无人抚养儿童226名)`, `286.5万元(含中央资金186.5万元)`). A `bare` bracket,
 * without 含, lists parts only when it holds two or more figures of the total's unit and no remark.
 * `among`: the 中 at `at` after the figure `of` and its noun (`全市1528个城乡社区中,`: see ../breakdowns.ts).
 */
interface Opening {
  at: number;
  length: number;
  of: number;
  bare: boolean;
  among?: boolean;
}

function openings(doc: TextDocument, keys: readonly (string | null)[]): Opening[] {
  const { text, mentions } = doc;
  const out: Opening[] = [];
  for (const w of BREAKDOWN_WORDS) {
    for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + w.length)) {
      if (breakdownWordAt(text, p) === w) out.push({ at: p, length: w.length, of: -1, bare: false });
    }
  }
  for (let i = 0; i < mentions.length; i++) {
    if (!keys[i]) continue;
    const among = amongAt(text, mentions[i]);
    if (among >= 0) out.push({ at: among, length: 1, of: i, bare: false, among: true });
    let k = mentions[i].offset + mentions[i].length;
    while (k < text.length && isSpace(text[k])) k++;
    if (!isOpening(text[k])) continue;
    let c = k + 1;
    while (c < text.length && isSpace(text[c])) c++;
    // A bracket that opens with a breakdown word (`(其中…)`) is that word's breakdown.
    if (breakdownWordAt(text, c) !== null) continue;
    out.push({ at: k, length: 1, of: i, bare: text[c] !== "含" });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Words in a figure's label that make it no total of the parts after it: a base of comparison or
 * another time (`较去年同期的431万元`, `比2023年的2.55亿元`, `较上年末的10218个`), a target or a plan, an
 * average. (Not an increase: `净增760张,其中2023年新增220张、…` breaks the increase down.)
 */
const NO_TOTAL_WORDS = ["较", "比", ...LAST_YEAR, "前年", "同期", "年初", "上月", "目标", "计划", "任务", "预计", "力争", "规划", "平均", "人均", "户均", "年均", "月均"];

/** Whether the label of candidate total `c` (back to its clause's start, not before `from`) says it is no total. */
function notATotal(text: string, c: Mention, from: number): boolean {
  const label = clauseLabel(text, from, c.offset);
  const words = text.slice(label.from, c.offset);
  return NO_TOTAL_WORDS.some((w) => words.includes(w));
}

/** How many figures either side a candidate's list neighbour is looked for (bounded: linear). */
const LIST_NEIGHBOUR_REACH = 4;

/**
 * Whether `mentions[t]` is an item of a 、-list with another figure of its unit (`集中养育312人、社会
 * 散居976人`): one part of a breakdown, not the total of the next (`…;其中男802人、女586人` is of the
 * total before the first 其中). Neighbours are looked for among `mentions[from..to)`.
 */
function listItem(text: string, mentions: readonly Mention[], keys: readonly (string | null)[], t: number, from: number, to: number): boolean {
  const c = mentions[t];
  for (let u = t - 1; u >= Math.max(from, t - LIST_NEIGHBOUR_REACH); u--) {
    if (keys[u] !== keys[t]) continue;
    if (listGlue(text, mentions[u].offset + mentions[u].length, c.offset, true)) return true;
    break;
  }
  for (let u = t + 1; u < Math.min(to, t + 1 + LIST_NEIGHBOUR_REACH); u++) {
    if (keys[u] !== keys[t]) continue;
    return listGlue(text, c.offset + c.length, mentions[u].offset, true);
  }
  return false;
}

/**
 * Which of the figures `mentions[from..to)` stand in a bracket that closes before the breakdown word at
 * `p` (indexed from `from`): `完成计划目标(3500张)的103.4%,其中…`, `床位3620张(上年3400张),其中…`. Such
 * a bracket remarks on the words before it (a target, last year's figure): its figure is never the
 * total. One backward pass over the text between them.
 */
function inClosedBrackets(text: string, mentions: readonly Mention[], from: number, to: number, p: number): boolean[] {
  const out = new Array<boolean>(Math.max(0, to - from)).fill(false);
  let depth = 0;
  let k = p - 1;
  for (let t = to - 1; t >= from; t--) {
    for (; k >= mentions[t].offset; k--) {
      if (isClosing(text[k])) depth++;
      else if (isOpening(text[k]) && depth > 0) depth--;
    }
    out[t - from] = depth > 0;
  }
  return out;
}

/** Words of a task, and of what is done (a breakdown that gives both is no list of parts). */
const PLANNED = /任务|计划|目标/;
const DONE = /完成|建成/;

/**
 * Whether the figures after a 其中 at `p` give each part's task and what is done of it: words of a
 * task among them and of what is done, or (a task named before the 其中) some labelled done and some
 * not (城区700户,已完成612户). Labels are read between consecutive figures.
 */
function tasksAndDone(text: string, mentions: readonly Mention[], p: number, openLength: number, end: number, sentenceStart: number): boolean {
  const span = text.slice(p + openLength, end);
  if (!DONE.test(span)) return false;
  if (PLANNED.test(span)) return true;
  if (!PLANNED.test(text.slice(sentenceStart, p))) return false;
  let done = 0;
  let other = 0;
  let from = p + openLength;
  for (let k = firstAtOrAfter(mentions, from); k < mentions.length && mentions[k].offset < end; k++) {
    if (DONE.test(text.slice(from, mentions[k].offset))) done++;
    else other++;
    from = mentions[k].offset + mentions[k].length;
  }
  return done > 0 && other > 0;
}

function partsExceedingTotal(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  const keys = mentions.map(unitKey);
  // Whether each sentence says its groups overlap, asked once a sentence (a sentence of many 其中 was
  // read whole for each: quadratic).
  const overlapSaid = new Map<number, boolean>();
  const opens = openings(doc, keys);
  const amongClauses = amongClauseStarts(text, mentions, opens);
  let nextAmong = 0;
  for (const open of opens) {
    const p = open.at;
    if (isShielded(doc, p)) continue;
    const sentence = doc.index.sentenceOf(p);
    const sentenceEnd = sentence.offset + sentence.length;
    const reachBack = Math.max(sentence.offset, p - REACH_BEFORE);
    // The parts end before the clause of the next `N个Y中,` total, as before the next 其中's.
    while (nextAmong < amongClauses.length && amongClauses[nextAmong] <= p) nextAmong++;
    const reachOn = Math.min(sentenceEnd, p + REACH_AFTER, amongClauses[nextAmong] ?? Infinity);
    // Bracketed breakdown: a bracket after its figure, or an unclosed ( or （ before the word in the sentence.
    let bracketed = open.of >= 0 && !open.among;
    if (!bracketed) {
      let depth = 0;
      for (let k = reachBack; k < p; k++) {
        if (isOpening(text[k])) depth++;
        else if (isClosing(text[k]) && depth > 0) depth--;
      }
      bracketed = depth > 0;
    }
    const { end, closed, nested } = partsSpan(text, p, p + open.length, reachOn, bracketed);
    // A bracket after a figure that never closes is no list of its parts.
    if (open.of >= 0 && !open.among && !closed) continue;

    // 其中城区任务700户、已完成612户 (or 任务…,其中城区700户,已完成612户): each place's task and what is
    // done of it, no parts of one total.
    if (tasksAndDone(text, mentions, p, open.length, end, sentence.offset)) continue;
    const firstPart = firstAtOrAfter(mentions, p);
    const parts = new Map<string, Mention[]>();
    let remark = false;
    let n = 0;
    // Whether the first part's label holds a year: then the parts are cut by year (`其中2022年30个,
    // 2023年40个`), and a year in a later label says no other time.
    let yearCut: boolean | null = null;
    // The first part's label: a later clause with a word of its own that this label lacks has left the list.
    let firstLabel = "";
    for (let k = firstPart; k < mentions.length && mentions[k].offset < end; k++) {
      const m = mentions[k];
      while (n < nested.length && nested[n][1] < m.offset) n++;
      if (n < nested.length && nested[n][0] < m.offset) continue;
      if (m.kind !== "quantity") remark = true;
      const key = keys[k];
      if (!key || isChange(text, m)) continue;
      const clause = clauseLabel(text, p + open.length, m.offset);
      // A clause after the parts about another time, a target, an average or a comparison: the
      // breakdown has ended. (The first part is one whatever its label: `其中上年结转资金200万元`.)
      if (yearCut === null) {
        yearCut = yearsIn(mentions, clause.from, m.offset, firstPart).length > 0;
        firstLabel = text.slice(clause.from, m.offset);
      } else if (clause.opens && labelsElsewhere(doc, clause.from, m.offset, firstPart, yearCut)) break;
      else {
        // (Read back to the figure before, whatever its kind: `,占68.1%,已支出…`.)
        const own = ownClause(text, Math.max(p + open.length, k > 0 ? mentions[k - 1].offset + mentions[k - 1].length : 0), m.offset);
        if (own !== null && ownPredicate(own, firstLabel)) break;
      }
      const list = parts.get(key) ?? [];
      list.push(m);
      parts.set(key, list);
    }

    if (open.among) {
      const hit = amongExcess(doc, open, parts, keys, overlapSaid);
      if (hit) hits.push(hit);
      continue;
    }
    if (open.of >= 0) {
      // A bracket after a figure: that figure is the total.
      const total = mentions[open.of];
      const list = parts.get(keys[open.of]!);
      if (!list || total.quantity!.range || total.quantity!.bound !== "exact") continue;
      if (open.bare) {
        const inside = text.slice(p + 1, end);
        if (remark || list.length < 2 || REMARK_WORDS.some((w) => inside.includes(w))) continue;
      }
      const hit = excessOver(text, list, total, p + 1);
      if (hit) hits.push(hit);
      continue;
    }

    // Where to look for the total: this sentence before the word, or the previous one if the word opens it.
    let lead = sentence.offset;
    while (lead < p && (isSpace(text[lead]) || text[lead] === "\r")) lead++;
    const from = lead === p && sentence.offset > 0 ? doc.index.sentenceOf(sentence.offset - 1).offset : sentence.offset;
    const totalFrom = Math.max(from, p - REACH_BEFORE);
    // A semicolon closes the clause of another total (`低保对象4128户5963人;特困人员862人,其中…`):
    // a total found after it ends the search (`募集善款1.38亿元;其中…` still reaches back over one).
    let semicolon = -1;
    for (let k = p - 1; k > totalFrom; k--) {
      if (text[k] === ";" || text[k] === "；") {
        semicolon = k;
        break;
      }
    }
    const totalCursor = firstAtOrAfter(mentions, totalFrom);
    const remarked = parts.size > 0 ? inClosedBrackets(text, mentions, totalCursor, firstPart, p) : [];
    for (const [key, list] of parts) {
      // The total is the nearest figure before the word that every part fits within (`由2860张增加到
      // 3620张,三年净增760张,其中2023年新增220张、…`: the parts are of 760张, not of the stock before
      // it); a nearer figure that some part exceeds is another thing (`床位1.2万张,新增床位3000张,其中
      // 护理型床位9000张、…`: 1.2万张). Figures that are no total are passed over: a bracketed remark
      // (`目标(3500张)`), a base of comparison or a target (`较去年同期的431万元`), an item of a 、-list
      // (a part of an earlier breakdown). When no figure holds every part, the largest of them all is
      // the total, so that a misread total never raises an alarm.
      const largestPart = list.reduce((a, m) => Math.max(a, m.quantity!.number!), 0);
      let total: Mention | null = null;
      let largest: Mention | null = null;
      for (let t = firstPart - 1; t >= totalCursor; t--) {
        if (keys[t] !== key) continue;
        const c = mentions[t];
        if (largest && largest.offset > semicolon && c.offset < semicolon) break;
        const holdsEveryPart = largestPart <= c.quantity!.number! + slack(c);
        if (c.quantity!.range || c.quantity!.bound !== "exact") {
          // An approximate figure might be the total: stay quiet, unless a part is larger than it
          // (`平均不少于10个,目前备案320个。其中…`: the 10 is a standard, not the total).
          if (!holdsEveryPart) continue;
          largest = null;
          break;
        }
        const aside = remarked[t - totalCursor] || notATotal(text, c, totalFrom) || listItem(text, mentions, keys, t, totalCursor, firstPart);
        if (holdsEveryPart && !aside) {
          total = c;
          break;
        }
        if (!largest || c.quantity!.number! > largest.quantity!.number!) largest = c;
      }
      total ??= largest;
      if (!total) continue;
      // `8个乡镇、96个村全部建成…,其中…`: the figures before the word are a list themselves, and
      // no one of them is the total.
      const t0 = total;
      // (Only the figures between the total's reach and the word: a search of every figure per word was quadratic.)
      let listed = false;
      for (let t = totalCursor; t < firstPart && !listed; t++) {
        const c = mentions[t];
        if (c === t0 || keys[t] !== key) continue;
        listed = c.offset < t0.offset ? listGlue(text, c.offset + c.length, t0.offset, true) : listGlue(text, t0.offset + t0.length, c.offset, true);
      }
      if (listed) continue;
      // Groups the sentence says overlap (`部分儿童同时属于两类`, `可接受多项服务`) add up to more than the whole.
      let overlap = overlapSaid.get(sentence.offset);
      if (overlap === undefined) overlapSaid.set(sentence.offset, (overlap = OVERLAP.test(text.slice(sentence.offset, sentenceEnd))));
      if (overlap) continue;
      const hit = excessOver(text, list, total, p + open.length);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

/**
 * Where the clause of each `N个Y中,` total starts (`…,在386个城市社区中,`: at 在), in order: the parts of
 * a breakdown before it end there, as they end before the clause of the next 其中's total.
 */
function amongClauseStarts(text: string, mentions: readonly Mention[], opens: readonly Opening[]): number[] {
  return opens.filter((o) => o.among).map((o) => clauseLabel(text, 0, mentions[o.of].offset).from);
}

/**
 * The parts after `N个Y中,` (the opening `open`, its total the figure before the noun) over that total,
 * read as after 其中 (the same labels, cuts and overlaps); only a breakdown of two parts or more, and not
 * when the total's own clause says it is a base, a target or an average (`较上年的…`).
 */
function amongExcess(doc: TextDocument, open: Opening, parts: ReadonlyMap<string, Mention[]>, keys: readonly (string | null)[], overlapSaid: Map<number, boolean>): Hit | null {
  const { text, mentions } = doc;
  const total = mentions[open.of];
  const list = parts.get(keys[open.of]!);
  if (!list || list.length < 2 || total.quantity!.range || total.quantity!.bound !== "exact") return null;
  const sentence = doc.index.sentenceOf(open.at);
  if (notATotal(text, total, sentence.offset)) return null;
  let overlap = overlapSaid.get(sentence.offset);
  if (overlap === undefined) overlapSaid.set(sentence.offset, (overlap = OVERLAP.test(text.slice(sentence.offset, sentence.offset + sentence.length))));
  const hit = overlap ? null : excessOver(text, list, total, open.at + open.length, 2);
  // (No 其中 was written: the message names the words that announced the parts, `1528个城乡社区中`.)
  if (hit?.message.key !== "partsExceedTotal") return hit;
  const opener = text.slice(total.offset, open.at + open.length);
  return { ...hit, message: { key: "partitionExceedsTotal", params: { ...hit.message.params, opener } } };
}

/** Words that say a breakdown's groups overlap: a person or a body counted in two of them. Bounded. */
const OVERLAP = /同时(?:属于|为|是|享受|具有|纳入)|兼(?:有|具|属)|交叉|多项(?:服务|救助|帮扶)|(?<!不)重复(?:计算|统计)/;

/** Words that close a full list with its total: `A5个、B3个,合计8个`, `共10个`. */
const CLOSING_TOTALS = ["合计", "共计", "总计", "共"];

/** Whether `m` is a label of `part`: only Han characters between them, a few at most (`二季度1129万元`). */
function labelsNext(text: string, m: Mention, part: Mention): boolean {
  const end = m.offset + m.length;
  if (end > part.offset || part.offset - end > 4) return false;
  for (let q = end; q < part.offset; q++) if (!isHan(text.charCodeAt(q))) return false;
  return true;
}

/**
 * Whether the text between two items of one 、-list is a label and its 、 only (no comma, no 其中, no
 * clause break); with `brackets`, a label may hold a bracket (`8个乡镇(街道)、96个村`).
 */
function listGlue(text: string, from: number, to: number, brackets = false): boolean {
  if (to - from > LABEL_REACH + (brackets ? 10 : 2)) return false;
  let joined = false;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === "、") joined = true;
    else if (isClauseSeparator(ch) || ch === "。" || (!brackets && (ch === "(" || ch === ")")) || (ch === "其" && text[k + 1] === "中")) return false;
  }
  return joined;
}

/**
 * A list that states its own total, which must be the sum of its items exactly (the list is the
 * whole): parts first, closed by 合计/共计/总计/共 and the total (`集中养育孤儿18名、社会散居孤儿96名、
 * 事实无人抚养儿童298名,合计412名`, `4个街道、3个镇、4个乡,共10个乡镇`), or the total first, then
 * 分别为 and its parts (`社会组织5362家,分别为社会团体2186家、…`). Every figure in the same unit, exact,
 * with nothing else counted among them.
 */
function listsWithTheirTotal(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  if (!CLOSING_TOTALS.some((w) => text.includes(w)) && !text.includes("分别为")) return hits;
  const keys = mentions.map(unitKey);
  const exact = (m: Mention) => m.quantity!.range === null && m.quantity!.bound === "exact" && !isChange(text, m);
  const check = (total: Mention, parts: Mention[]) => {
    if (parts.length < 2 || !exact(total) || !parts.every(exact)) return;
    const sum = parts.reduce((s, m) => s + m.quantity!.number!, 0);
    const tolerance = slack(total) + parts.reduce((s, m) => s + slack(m), 0);
    if (Math.abs(sum - total.quantity!.number!) <= tolerance) return;
    const unit = total.quantity!.unit ?? total.unit!.unit;
    hits.push(hitAt(total, { key: "listNotTotal", params: { total: shown(total.quantity!.number!, unit), sum: shown(sum, unit), unit } }, total.text, format(sum)));
  };
  for (let k = 0; k < mentions.length; k++) {
    const t = mentions[k];
    const key = keys[k];
    if (!key || isShielded(doc, t.offset)) continue;
    // Parts first: `…,合计412名`.
    const word = CLOSING_TOTALS.find((w) => text.startsWith(w, t.offset - w.length));
    const sep = word ? text[t.offset - word.length - 1] : "";
    if (word && sep === ",") {
      // The last item stands before `,合计` (its label after it at most: `4个乡,共10个`); the others before it, each joined by 、.
      const last = mentions[k - 1];
      const comma = t.offset - word.length - 1;
      if (!last || keys[k - 1] !== key || last.sentence.offset !== t.sentence.offset || comma - (last.offset + last.length) > 8) continue;
      let tail = true;
      for (let q = last.offset + last.length; q < comma; q++) if (!isHan(text.charCodeAt(q))) tail = false;
      if (!tail) continue;
      const parts: Mention[] = [last];
      for (let j = k - 2; j >= 0; j--) {
        const m = mentions[j];
        // A figure that labels the part right after it (`二季度1129万元`, `第二批36个`) is no item of the list.
        if (m.sentence.offset === t.sentence.offset && keys[j] !== key && labelsNext(text, m, parts[parts.length - 1])) continue;
        if (m.sentence.offset !== t.sentence.offset || keys[j] !== key || !listGlue(text, m.offset + m.length, parts[parts.length - 1].offset)) break;
        parts.push(m);
      }
      check(t, parts);
      continue;
    }
    // The total first: `5362家,分别为社会团体2186家、…`.
    const after = t.offset + t.length;
    if (text[after] === "," && text.startsWith("分别为", after + 1)) {
      const first = mentions[k + 1];
      if (!first || keys[k + 1] !== key || first.sentence.offset !== t.sentence.offset || first.offset - (after + 4) > LABEL_REACH) continue;
      let label = true;
      for (let q = after + 4; q < first.offset; q++) if (isClauseSeparator(text[q]) || text[q] === "。") label = false;
      if (!label) continue;
      const parts: Mention[] = [first];
      for (let j = k + 2; j < mentions.length; j++) {
        const m = mentions[j];
        const prev = parts[parts.length - 1];
        if (m.sentence.offset !== t.sentence.offset || keys[j] !== key || !listGlue(text, prev.offset + prev.length, m.offset)) break;
        parts.push(m);
      }
      // The list ends there: another item of its unit after a comma (…、基金会18家,其他组织10家) leaves it open.
      const end = parts[parts.length - 1];
      const close = text[end.offset + end.length];
      let open = false;
      if (close === ",") {
        const after = mentions[k + parts.length + 1];
        if (after && after.sentence.offset === t.sentence.offset && keys[k + parts.length + 1] === key) {
          open = true;
          for (let q = end.offset + end.length + 1; q < after.offset; q++) if (!isHan(text.charCodeAt(q))) open = false;
        }
      } else if (close !== undefined && close !== "。" && close !== ";" && close !== ";" && close !== "\n") open = true;
      if (!open) check(t, parts);
    }
  }
  return hits;
}

/** `《A》、《B》…《F》4个清单`: the titles counted against the figure after them. */
function listedTitles(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  // Two titles at least are counted.
  if (doc.bookTitles.spans.length < 2) return hits;
  for (const m of doc.mentions) {
    if (m.kind !== "quantity" || !m.quantity || m.quantity.number === null || !m.unit || !LIST_COUNT_UNITS.includes(m.unit.unit)) continue;
    if (m.quantity.bound !== "exact" || isShielded(doc, m.offset)) continue;
    let k = m.offset - 1;
    while (k >= 0 && isSpace(text[k])) k--;
    let etc = false;
    if (text[k] === "等") {
      etc = true;
      k--;
    }
    let count = 0;
    let lastTitle = "";
    while (k >= 0 && text[k] === "》") {
      const title = doc.bookTitles.find(k);
      if (!title) break;
      if (count === 0) lastTitle = text.slice(title.offset + 1, title.offset + title.length - 1).replace(/[((][^()()]*[))]$/, "");
      count++;
      k = title.offset - 1;
      while (k >= 0 && (isSpace(text[k]) || TITLE_GLUE.includes(text[k]))) k--;
    }
    const stated = m.quantity.number;
    const noun = text.slice(m.offset + m.length, m.offset + m.length + 2);
    const namesTitles = noun.length === 2 && (lastTitle.endsWith(noun) || GENERIC_DOCUMENT_NOUNS.includes(noun));
    if (count >= 2 && namesTitles && (etc ? count > stated : count !== stated)) {
      hits.push(hitAt(m, { key: "listCountMismatch", params: { listed: count, stated: m.text } }, m.text, String(count)));
    }
  }
  return hits;
}


/** Whether two labels name parts of one thing that exclude each other: `农村低保对象` and `城市低保对象` (低保对象 split by 城市/农村), `男性` and `女性`. */
function sameWholeApart(a: string, b: string): boolean {
  for (const [x, y] of PAIRED_LABELS) {
    const ab = a.includes(x) && b.includes(y) && !a.includes(y) && !b.includes(x);
    const ba = a.includes(y) && b.includes(x) && !a.includes(x) && !b.includes(y);
    if (!ab && !ba) continue;
    const [p, q] = ab ? [x, y] : [y, x];
    const restA = a.replace(p, "");
    const restB = b.replace(q, "");
    // (A word before one label only, 其中 or 全县, leaves the thing the same.)
    return restA.endsWith(restB) || restB.endsWith(restA);
  }
  return false;
}

/** `X占N%`: the label before 占 (within its clause), or null when the percentage is not a share so written. */
function shareLabel(text: string, m: Mention): string | null {
  let k = m.offset - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  if (text[k] !== "占") return null;
  const end = k;
  while (k > 0 && end - k < LABEL_REACH && isHan(text.charCodeAt(k - 1))) k--;
  // `城市低保对象中女性占55%`: what comes before 中 names the whole, the share is of 女性.
  // (Searched within the label only: a search back through the text before it would make the rule
  // quadratic on a long text of shares.)
  const written = text.slice(k, end);
  const whole = written.lastIndexOf("中");
  const label = whole >= 0 && written[whole + 1] !== "心" ? written.slice(whole + 1) : written;
  return label === "" ? null : label;
}

function sharesOverWhole(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  if (text.indexOf("占") < 0) return hits;
  let prev: { m: Mention; label: string } | null = null;
  for (const m of mentions) {
    const q = m.quantity;
    const isShare = m.kind === "quantity" && q !== null && q.number !== null && q.unit === "%" && !q.range && q.bound === "exact";
    const label = isShare ? shareLabel(text, m) : null;
    if (label === null || isShielded(doc, m.offset)) {
      prev = null;
      continue;
    }
    // The two shares stand side by side: one sentence, nothing but a separator and the second label between them.
    if (prev && prev.m.sentence.offset === m.sentence.offset && m.offset - (prev.m.offset + prev.m.length) <= LABEL_REACH + 3) {
      const between = text.slice(prev.m.offset + prev.m.length, m.offset);
      const glued = /^\s*[、,,;;和及与]\s*[\u4e00-\u9fff]*占\s*$/.test(between);
      if (glued && sameWholeApart(prev.label, label)) {
        const a = prev.m.quantity!;
        const b = q!;
        const sum = a.number! + b.number!;
        const allowed = 0.5 * 10 ** -a.decimals + 0.5 * 10 ** -b.decimals + 1e-9;
        if (sum > 100 + allowed) {
          const span = { offset: prev.m.offset, length: m.offset + m.length - prev.m.offset };
          hits.push(hitAt(span, { key: "sharesOverWhole", params: { first: prev.label, second: label, sum: format(sum) } }, `${prev.m.text}+${m.text}`, "100%"));
        }
      }
    }
    prev = { m, label };
  }
  return hits;
}

/** `分别占`, `分别占比`, `分别占总数的`: the shares of a list of parts said after them, in its order. */
const RESPECTIVE_SHARE = /分别占(?:比为?|总数的|总量的)?\s*$/;

/**
 * `男性1127人次、女性259人次,分别占81.3%和28.7%`: the shares of a 、-list of two parts said with
 * 分别占 after it, each part's label the ideographs before its figure. Two parts that exclude each
 * other (as sharesOverWhole reads them: 男/女, 城市/农村 …) cannot hold more than the whole.
 */
function respectiveShares(doc: TextDocument): Hit[] {
  const { text, mentions } = doc;
  const hits: Hit[] = [];
  if (text.indexOf("分别占") < 0) return hits;
  const exactShare = (m: Mention | undefined) => !!m && m.kind === "quantity" && m.quantity !== null && m.quantity.number !== null && m.quantity.unit === "%" && !m.quantity.range && m.quantity.bound === "exact";
  for (let k = 2; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (!exactShare(a) || !exactShare(b) || isShielded(doc, a.offset)) continue;
    // The shares: 分别占 right before the first, one 、 or 和 between the two.
    if (!RESPECTIVE_SHARE.test(text.slice(Math.max(0, a.offset - 8), a.offset))) continue;
    if (!/^\s*[、和及与]\s*$/.test(text.slice(a.offset + a.length, b.offset))) continue;
    // The parts: the two figures before, a 、 and a label between them, then a comma (or nothing) and 分别.
    const p = mentions[k - 2];
    const q = mentions[k - 1];
    if (p.kind !== "quantity" || q.kind !== "quantity" || p.sentence.offset !== a.sentence.offset) continue;
    if (!/^\s*[,，]?\s*分别占/.test(text.slice(q.offset + q.length, a.offset))) continue;
    const between = text.slice(p.offset + p.length, q.offset);
    if (!/^、[\u4e00-\u9fff]{1,16}$/.test(between)) continue;
    let start = p.offset;
    while (start > 0 && p.offset - start < LABEL_REACH && isHan(text.charCodeAt(start - 1))) start--;
    const first = text.slice(start, p.offset);
    const second = between.slice(1);
    if (!first || !sameWholeApart(first, second)) continue;
    const x = a.quantity!;
    const y = b.quantity!;
    const sum = x.number! + y.number!;
    if (sum <= 100 + 0.5 * 10 ** -x.decimals + 0.5 * 10 ** -y.decimals + 1e-9) continue;
    const span = { offset: a.offset, length: b.offset + b.length - a.offset };
    hits.push(hitAt(span, { key: "sharesOverWhole", params: { first, second, sum: format(sum) } }, `${a.text}+${b.text}`, "100%"));
  }
  return hits;
}

/** The total of parts written with 万 or 亿, itself written without it: `412.6元` for 412.6万元. */
function lostScaleHit(total: Mention, sum: number, scale: number, unit: string): Hit {
  const restored = total.quantity!.number! * scale;
  const params = { total: shown(total.quantity!.number!, unit), sum: shown(sum, unit), unit, scale: scale === 1e8 ? "亿" : "万", restored: shown(restored, unit) };
  return hitAt(total, { key: "partsExceedTotalLostScale", params }, total.text, format(restored));
}

/** The breakdowns read in breakdowns.ts: parts in several classifiers of things, and partitions (`分区县看,…`). */
function otherBreakdowns(doc: TextDocument): Hit[] {
  const hits: Hit[] = [];
  for (const { total, sum, opener } of [...mixedClassifierExcess(doc), ...partitionExcess(doc)]) {
    const unit = total.quantity!.unit ?? total.unit!.unit;
    const params = { total: shown(total.quantity!.number!, unit), sum: shown(sum, unit), unit };
    // (分别为 says the list is the whole, as listsWithTheirTotal's; 其中 and 包括 name some of it; 分别位于
    // says where the things are, as a partition does.)
    const message: TextMessage = opener === "分别为" || opener === "分别是"
      ? { key: "listNotTotal", params }
      : opener === "其中" || opener === "包括"
        ? { key: "partsExceedTotal", params }
        : { key: "partitionExceedsTotal", params: { ...params, opener } };
    hits.push(hitAt(total, message, total.text, format(sum)));
  }
  return hits;
}

export const rule: TextRule = {
  code: "sum-mismatch",
  check(doc: TextDocument): Hit[] {
    // A total with its parts, a list with its total and two shares are two figures at least: a text
    // of one figure (most note cells) can only count its 《titles》 wrong.
    if (doc.mentions.length < 2) return listedTitles(doc);
    // (Periods against their total, and a stock's flows against its net change: ../period-sums.ts, ../net-change.ts.)
    const hits = [...partsExceedingTotal(doc), ...listsWithTheirTotal(doc), ...listedTitles(doc), ...sharesOverWhole(doc), ...respectiveShares(doc), ...periodSums(doc), ...flowsAgainstNet(doc)];
    // (A total found already, by the parts in its own classifier, is not found twice.)
    const found = new Set(hits.map((h) => h.offset));
    return [...hits, ...otherBreakdowns(doc).filter((h) => !found.has(h.offset))];
  },
};
