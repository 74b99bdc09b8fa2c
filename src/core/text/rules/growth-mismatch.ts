import type { Quantity } from "../../quantity";
import { averagedTotal } from "../averages";
import { codeSet, isHan, isSpace, WordList } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { clauseStart, end, leadOf, mentionEndingAt } from "../figures";
import { hitAt, type Hit, type TextRule } from "../rule";
import { isNextPeriod, periodLabelAt, type PeriodLabel } from "../period-labels";
import { firstAtOrAfter, type Mention } from "../scan";
import { multipleHits } from "../multiples";
import { netChanges } from "../net-change";
import { LAST_YEAR, LAST_YEAR_ANY, LAST_YEAR_END, LAST_YEAR_SAME_PERIOD, RATIO_MULTIPLE_BASES } from "../last-year";

/**
 * growth-mismatch in text: a stated growth that does not follow from the two figures the same
 * sentence gives for it. Only where the text gives both sides of the comparison and the growth in
 * one of these shapes (X previous, Y current, A the change, R the stated growth):
 * 1. `由X提高至Y,增幅R%`, `从X增加到Y,增长R%` (由/从 … a verb + 到/至/为 … Y);
 * 2. `Y,比上年的X减少R%`, `Y,比上年(X)减少R%`, `Y,比上年X减少R%` (比/较 + 上年, 去年, 年初, a year, `2022年底`
 *    … + 的, brackets, or nothing);
 * 3. `Y,比上年增加A,增长R%` (同比/较上年 … + a verb of change before A: X = Y − A, or Y + A), and
 *    with the base named too: `Y,比上年(X)减少A,下降R%`, `比上年的X减少A,下降R%` (the three
 *    figures must agree: where they do not, one of them is the slip, not the rate); and the change
 *    after the rate: `Y,同比增长R%,较上年增加A` (A at once after the verb, then the clause's end; Y's
 *    clause holds no other figure; not 新增, not a comparison other than the rate's). Y of a change
 *    (or of 2) is the figure in A's (X's) unit among those written back to back before the comparison:
 *    `4862户7315人,较上年减少126户` compares 户 with 户;
 * 4. `新增A、累计达到Y,同比增幅R%` (新增/净增 before A, 累计/总计 … before Y: X = Y − A);
 * 5. the base after the rate: `Y,同比增长R%,上年同期为X`, `Y,同比增长R%(上年X)`, `6月份…Y,环比增长R%,5月份为X`
 *    (上年同期, 去年同期, 上年, 上年末, 去年, 上一年, the year before, 上月, the month before, + 为 or
 *    nothing + X at the clause's end, or in a bracket of the base's figures, X the one in Y's unit);
 *    or before it: `Y,上年同期为X,同比增长R%`, `Y(上年同期X),同比增长R%`, `Y,而上年度为X,增长R%`. Y's clause holds no other
 *    figure and no word of comparison or change (`提供` is none). A comparison with a year
 *    (`Y%,较2022年底提高N个百分点`) is read only against a base naming that period (`(2022年底为A,占X%)`);
 * 6. the rate between the figures: `由上年的X增长R%至Y`; or before its clause: `城乡低保标准提高R%,
 *    由每人每月X提高到Y` (a subject of ideographs alone before the rate, 由 right after its comma);
 * 7. multiples: `增长N倍` (= Y/X − 1) after any of the above, and `由X增至Y,是上年同期的N倍`,
 *    `Y,是上年同期X的N倍` (= Y/X);
 * 7b. a percentage of the previous value: `Y,为上年的R%(上年X)`, `Y,为上年X的R%`, `Y,相当于上年同期的R%,
 *    上年同期为X`, `Y(上年同期X),是上年同期的R%` (为, 相当于 or 是 + 上年, 上年同期 … + 的 or nothing:
 *    R = Y/X × 100, a ratio, not a growth; the base read as in 5). Not `占全市的R%` (a share of
 *    another whole), not `为目标的R%` (a completion: completion-mismatch's);
 * 8. percentage points between two percentages: `占比由X%提高到Y%,提高N个百分点` (= Y − X), in any
 *    of the pair shapes above (1, 2, 5, 6); and so 千分点 between two rates in ‰ (`人口自然增长率由3.2‰降至
 *    2.9‰,下降0.3个千分点`, `离婚率为2.1‰,比上年下降0.4个千分点(上年为2.5‰)`). Points in one measure
 *    and rates in the other (`由64.3‰提高到68.5‰,提高5.2个百分点`: a slip of the unit, or 0.42 meant?)
 *    are left alone;
 * 9. a list of rates after 分别 (`分别增长R1%、R2%`, joined by 、 和 及 与), paired in order with lists
 *    of figures as long, each list in one unit: `(分别)由X1、X2(分别)提高到Y1、Y2,分别增长R1、R2`,
 *    `Y1、Y2,较上年的X1、X2分别增长R1、R2`, or one `subject 由X…到Y` clause per rate (`城市低保标准由X1
 *    提高到Y1,农村低保标准由X2提高到Y2,分别增长R1、R2`; one clause more or less, silent);
 * 10. 环比 between periods: `一季度…X,二季度Y,环比增长R%` (each clause opens with its period's label,
 *    the two consecutive: 一季度/二季度, 5月/6月, 上月/本月, 上半年/下半年; nothing but ideographs
 *    between a label and its figure), and a list laid out by period (`分季度实施A、B、X、Y,(四季度)
 *    环比增长R%`: the last two; the rate's label, when written, the list's last period). The period
 *    before is a base as 上年 is: `Y,比一季度的X增长R%`, `比上月增加A`, `比5月份的X` (not with 同比);
 * 11. in 2 and 3, Y named again after another figure: `结婚登记3519对、离婚登记1343对,结婚登记较上年的
 *    X下降R%` (the clause before the comparison is a name alone, and exactly one figure of the
 *    sentence in X's unit comes right after that name).
 * 12. in 2, 3 and 5, Y a 其中 part (`社会组织712家,其中社会团体298家(、…),较上年末增加23家`): the
 *    comparison may be about the part or about the total before 其中, so the rate stands if either
 *    gives it; a bracket of parts after Y (`712家(其中…),较上年末…`) leaves the comparison to Y.
 *    So with Y an average opening its clause after a total (`1386人次,日均3.8人次,较上年的1479人次`).
 *    So, in 2 and 3, with Y the last of a list of parts and no total written (`城市低保对象0.82万人、农村2.04万人,
 *    比上年末的3.05万人下降6.2%`: 、 和 及 与 between them, one unit that adds up): the rate may be of
 *    their sum, and stands if the sum or Y gives it.
 * The year before is any word of ../last-year.ts (上年, 去年, 上年度, 上一年度, 上个年度, 前一年 …), with
 * 同期 or an end (末, 底) after it as these shapes take them.
 * Between the last figure and the rate stand only a comma and the words of a change (同比, 增幅,
 * 下降, 了, 为 …): anything else (均, 分别 but in 9, 年均, another figure) and the rate may be about
 * something else, so the rule stays silent. So it does for a list of rates without lists of figures to
 * pair them with (`增长18%、30%`), a bound (`增长5%以上`, `3倍多`), a rate (%) between figures that
 * are rates themselves (`覆盖率由42%提高到61%,提高19%`: relative or points, unknowable), figures in
 * different units, a base dated other than a year before when the rate is 同比 (`由2020年的X提高到Y,
 * 同比增长R%`, `由年初的X`), a base month when the rate is 同比 or a base year when it is 环比, a
 * base of the whole last year (`上年为X`) in a sentence or report about part of a year, and shape 4
 * there too (新增 counts from January, 同比 from last year's same date).
 * Tolerance is the rounding of what is written: the rate (or multiple, or points) ± half its last
 * digit, and the growth taken over every value the figures may stand for (`4.1万` is 40,500 to 41,499);
 * a whole amount in 元 or a whole count written in full (`720元`, `86家`) stands for itself only, but
 * in a comparison of computed averages (人均, 日均, 平均 …), which are rounded quotients.
 * The finding's `expected` and its message are in the text's own measure: a rate, a multiple
 * (`是上年的3.2倍` where the figures give 2.3 times: 应为2.3倍), or points (应为4.2个百分点).
 * Cheap on note cells: no `%`, no `‰` and no `倍` in the text, nothing to do; every look-around is bounded,
 * and characters are read by code (a CJK character read as a string is an allocation in V8).
 */
const MAX_GAP = 16;
/** How many characters a qualifier may hold between 由 and X, or 到 and Y (`由每人每月80元`). */
const MAX_QUALIFIER = 8;
/** How far back a figure's clause, or a rate's subject, is read: a longer one, and the rule is silent. */
const MAX_CLAUSE = 40;

/** What a comparison word compares with: the year before (同比), the period before (环比), the year's start. */
type Compare = "year" | "month" | "start";
type Role = "up" | "down" | Compare | "filler";
/**
 * The words that may stand between the last figure and the rate, by what they say. Nothing else
 * may: `均` (two subjects), `分别` (a list), `年均`/`平均` (another rate), `累计`, a figure …
 */
const GAP_ROLES = new Map<string, Role>([
  ...[...LAST_YEAR_SAME_PERIOD, ...LAST_YEAR].flatMap((w) => ["比" + w, "较" + w]).map((w) => [w, "year"] as const),
  ["同比", "year"],
  ["环比", "month"],
  // The year's start is the end of the year before: what a stock (`共有2846家`) is compared with.
  ...["年初", ...LAST_YEAR_END].flatMap((w) => ["较" + w, "比" + w]).map((w) => [w, "start"] as const),
  ...["增长率", "增幅", "增长", "增加", "提高", "上升", "提升", "增速", "涨幅", "上涨", "上调", "增"].map((w) => [w, "up"] as const),
  ...["下降率", "降幅", "减幅", "下降", "减少", "降低", "下调", "下滑", "回落", "缩短", "压缩", "降", "减"].map((w) => [w, "down"] as const),
  ...["幅度", "达到", "达", "为", "了"].map((w) => [w, "filler"] as const),
]);
/** Longest first: `startingAt` and `endingAt` return the first word of the list that starts (ends) there. */
const GAP_WORDS = new WordList([...GAP_ROLES.keys()].sort((a, b) => b.length - a.length));

/** Verbs of `由X…到Y`, longest first: which way does not matter, the figures say it. */
const TO_VERBS = new WordList(["提高", "增加", "增长", "上升", "提升", "上调", "调增", "扩大", "上涨", "下降", "减少", "降低", "下调", "调减", "缩减", "缩短", "压缩", "回落", "调整", "增", "升", "降", "减"]);
/** Verbs of a change by an amount after a comparison (`比上年增加120对`), with its sign. */
const BY_SIGN = new Map<string, 1 | -1>([["增加", 1], ["增长", 1], ["提高", 1], ["上升", 1], ["新增", 1], ["净增", 1], ["多", 1], ["减少", -1], ["下降", -1], ["降低", -1], ["少", -1]]);
const BY_VERBS = new WordList([...BY_SIGN.keys()]);
/** What a comparison is made with: `比上年`, `较去年同期`, `比2023年` (a year mention). */
const BASES = new WordList([...LAST_YEAR_ANY, "年初", "同期"]);
/**
 * A period before the current one as a base (`比一季度的2860人次`, `较上月`, `比5月份`): what 环比 compares
 * with, named. (`比上年一季度的` is not one: 比 must stand right before the period, or 第 between.)
 */
const PERIOD_BASES = new WordList(["上一季度", "上季度", "上个月", "上月", "上半年", "一季度", "二季度", "三季度"]);
const SAME_PERIOD = new WordList(["同比", "环比"]);
/** Words that announce the new total after an increment (`新增1530万元、累计达到6114万元`). */
const TOTAL_WORDS = new WordList(["累计达到", "累计达", "累计为", "累计", "总量达到", "总量达", "总量为", "总额达到", "总额达", "总额为", "总数达到", "总数达", "总数为", "总计", "合计", "共计"]);
const INCREMENT_WORDS = new WordList(["新增", "净增"]);
/**
 * What a base names (`上年同期`, `上年`, `上年末`, `上月`, `2022年底`): the same period a year before,
 * the whole year before, the year's end, the period before.
 */
type BaseKind = "same" | "year" | "end" | "month";
/**
 * The previous value named after the rate (`,上年同期为2.17亿元`), by what it is: the same period a
 * year before, the whole year before (not a base for part of a year), the period before (环比).
 */
const BASES_AFTER = new Map<string, BaseKind>([
  ...LAST_YEAR_SAME_PERIOD.map((w) => [w, "same"] as const),
  ...LAST_YEAR_END.map((w) => [w, "end"] as const),
  ...LAST_YEAR.map((w) => [w, "year"] as const),
  ["上月", "month"],
]);
/** Longest first: 上年同期 and 上年末 before 上年. */
const BASE_AFTER_WORDS = new WordList([...BASES_AFTER.keys()].sort((a, b) => b.length - a.length));
/** What a year's mention names with the word after it (`2022年同期`, `2022年底`, `2022年`). */
const YEAR_SUFFIXES = new Map<string, BaseKind>([["同期", "same"], ["年底", "end"], ["年末", "end"], ["底", "end"], ["末", "end"]]);
const YEAR_SUFFIX_WORDS = new WordList([...YEAR_SUFFIXES.keys()]);
/** The same read back from the end of a comparison (`比2022年底的`): 底 after 2022年, 年底 only after 2022年年. */
const END_SUFFIX_WORDS = new WordList(["同期", "底", "末"]);
const NIAN = 0x5e74; // 年
/** Before a base's figure (`上年为X`, `2022年底为1163张,占40.7%`): what it is of is said, not named. */
const BASE_ITEM_WORDS = new WordList(["占比为", "占比", "为", "占"]);
/** How many figures a base may list (`2022年底为1163张,占40.7%`): X is the one in Y's unit. */
const MAX_BASE_ITEMS = 4;
/** The verbs of a percentage of the previous value (`为上年的106.2%`), longest first. */
const RATIO_OF_VERBS = new WordList(["相当于", "为", "是"]);
/** What a percentage of the previous value is of (`为上年同期的`), longest first, and what a rate of it compares with. */
const RATIO_OF_BASES = new Map<string, Compare>([
  ...LAST_YEAR_SAME_PERIOD.map((w) => [w, "year"] as const),
  ...LAST_YEAR_END.map((w) => [w, "start"] as const),
  ...LAST_YEAR.map((w) => [w, "year"] as const),
]);
const RATIO_OF_BASE_WORDS = new WordList([...RATIO_OF_BASES.keys()].sort((a, b) => b.length - a.length));
/** What `是…的N倍` is a multiple of, when X is the previous value of `由X增至Y`. */
const RATIO_BASES = new WordList([...RATIO_MULTIPLE_BASES]);
/**
 * Words that make a sentence (or the report, by its title) cover part of a year. There 新增 counts
 * from the year's start while 同比 compares with the same date a year before, so `新增A、累计Y,
 * 同比增长R%` does not give the base Y − A; nor is `上年为X` the same period as Y.
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
/** 由 and 从 opening another word (由于, 从事 …) do not open a comparison: the character after them. */
const NOT_FROM: Record<string, (c: number) => boolean> = { 由: codeSet("于此衷"), 从: codeSet("业事而来中此严头未小根容源无") };

const isTo = codeSet("到至为");
const isFrom = codeSet("由从");
const isThan = codeSet("比较");
const isComma = codeSet(",");
const isListMark = codeSet("、,,");
const isAnd = codeSet("和及与或");
const isPercentSign = codeSet("%％");
const isOpenBracket = codeSet("((");
const isCloseBracket = codeSet("))");
/** Ends a clause: what may follow the last figure of `上年同期为X` or `由X提高到Y` (or the text's end: NaN). */
const isClauseEnd = codeSet(",,;;。!?!?\n::");
/** Before the name of an indicator repeated before its comparison (`,结婚登记较上年的`): a comma or semicolon. */
const isNameStart = codeSet(",,;;");
/** After `N倍`: a bound (`3倍多`, `3倍以上`, `3倍左右`), not an exact multiple. */
const isBoundAfterTimes = codeSet("多余以左上");
/**
 * In the clause of Y when the base follows the rate: words of a comparison or a change (比, 较, 增,
 * 减 …, 由, 从) say Y is itself a change or a part of another comparison the rule did not read.
 */
const isBusyClause = codeSet("由从比较增减降多少升涨超扩缩提");
/**
 * Words holding one of those characters that say neither a comparison nor a change: a share's name
 * (`占比`, `比例`, `比重`), `提供` (provides: `提供助餐服务38.6万人次`), `提出`, `多元`.
 */
const QUIET_WORDS = new WordList(["占比", "比例", "比重", "提供", "提出", "多元"]);

/** Whether the character before `i` is a word of comparison or change in a clause (not one of QUIET_WORDS). */
function busyAt(text: string, i: number): boolean {
  if (!isBusyClause(text.charCodeAt(i - 1))) return false;
  for (let from = i - 2; from <= i - 1; from++) {
    const w = from >= 0 ? QUIET_WORDS.startingAt(text, from) : undefined;
    if (w !== undefined && from + w.length >= i) return false;
  }
  return true;
}
/** In a rate's subject: more than one thing (`和`, `与`, `、`, `各`, `分别`, `均`: 平均, 人均, 年均), or a part (其中). */
const isManySubjects = codeSet("和与及、各别均其");
const DE = 0x7684; // 的
const LE = 0x4e86; // 了
const SHI = 0x662f; // 是
const BEI = 0x500d; // 倍

/** A figure the rule may compare: an exact quantity in a unit that is not itself a rate (or, for points, in %). */
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

/** The rates whose change is said in points: % (个百分点) and ‰ (个千分点). */
type PointsOf = "%" | "‰";

/**
 * An exact figure: with `rates`, a rate in % or ‰ (the figures of points: which of the two the stated
 * points are of, `judge` checks), else a quantity not a rate.
 */
function figureOf(m: Mention | null | undefined, rates: boolean): Figure | null {
  if (!m || m.kind !== "quantity" || !m.unit || !m.quantity) return null;
  const q = m.quantity;
  if (q.number === null || q.range || q.bound !== "exact" || !q.unit) return null;
  const unit = m.unit.canonical ?? q.unit;
  if (rates ? m.unit.dimension !== "rate" || (unit !== "%" && unit !== "‰") : m.unit.dimension === "rate" || m.unit.dimension === "rate-points") return null;
  return { mention: m, value: q.number, half: half(q), unit };
}


/** A bare number right before 倍 (`3.2倍`), exact: not `约3倍`, `3倍多`, `2-3倍`. */
function isTimes(text: string, m: Mention): boolean {
  const q = m.quantity;
  return m.kind === "bare" && !!q && q.number !== null && !q.range && q.bound === "exact" && text.charCodeAt(end(m)) === BEI && !isBoundAfterTimes(text.charCodeAt(end(m) + 1));
}

/**
 * What a growth is stated in: a rate (%), a multiple of growth (`增长3.2倍`), a ratio (`是上年的3.2倍`),
 * a percentage of the previous value (`为上年的106.2%`), percentage points.
 */
type Measure = "percent" | "times" | "ratio" | "percentOf" | "points";

/** The stated growth: the figure, the span flagged (`3.2倍` with its 倍), and how it is measured. */
interface Stated {
  mention: Mention;
  offset: number;
  length: number;
  text: string;
  value: number;
  half: number;
  decimals: number;
  measure: Measure;
  /** Points only: the rates they are a change of, % (个百分点) or ‰ (个千分点). */
  pointsOf?: PointsOf;
}

/** What points in `unit` (`个千分点`, `百分点`) are a change of: rates in ‰ or in %. */
function pointsOf(unit: string): PointsOf {
  return unit.includes("千分点") ? "‰" : "%";
}

/** The stated growth at mention `k`, if it is one: an exact percentage, percentage points, or `N倍`. */
function statedAt(doc: TextDocument, k: number): Stated | null {
  const m = doc.mentions[k];
  const q = m.quantity;
  if (!q || q.number === null || q.range || q.bound !== "exact") return null;
  let measure: Measure;
  let length = m.length;
  let of: PointsOf | undefined;
  if (m.kind === "quantity" && q.unit !== null) {
    if (q.unit.length === 1 && isPercentSign(q.unit.charCodeAt(0))) measure = "percent";
    else if (m.unit?.dimension === "rate-points") {
      measure = "points";
      of = pointsOf(q.unit);
    } else return null;
  } else if (isTimes(doc.text, m)) {
    measure = "times";
    length++;
  } else return null;
  const stated: Stated = { mention: m, offset: m.offset, length, text: doc.text.slice(m.offset, m.offset + length), value: q.number, half: half(q), decimals: q.decimals, measure };
  if (of) stated.pointsOf = of;
  return stated;
}

/** Another rate, points or multiple, however bounded: the second of a list (`增长18%、30%`). */
function isRateLike(text: string, m: Mention): boolean {
  if (m.kind === "quantity") return m.unit?.dimension === "rate" || m.unit?.dimension === "rate-points";
  return m.kind === "bare" && text.charCodeAt(end(m)) === BEI;
}

/** Index of the last mention that starts before `pos`, or -1. */
function mentionBefore(mentions: readonly Mention[], pos: number): number {
  return firstAtOrAfter(mentions, pos) - 1;
}

/** The mention that starts at `pos` (spaces from `pos` skipped), or null. */
function mentionStartingAt(doc: TextDocument, pos: number): Mention | null {
  let p = pos;
  while (p < doc.text.length && isSpace(doc.text[p])) p++;
  const k = firstAtOrAfter(doc.mentions, p);
  return k < doc.mentions.length && doc.mentions[k].offset === p ? doc.mentions[k] : null;
}

function skipSpaces(text: string, p: number): number {
  while (p < text.length && isSpace(text[p])) p++;
  return p;
}

/** What the words of a gap say: the way of the change, and what the rate compares with (null: not said). */
interface Gap {
  sign: 1 | -1;
  compare: Compare | null;
  /** A comparison with a period named by its year (`较2022年底提高`): only a base naming that period gives X. */
  dated?: BaseLabel;
}

/** Adds the role of one gap word to what the gap says so far; false when the gap says two comparisons. */
function readRole(role: Role | undefined, g: { up: boolean; down: boolean; compare: Compare | null }): boolean {
  if (role === "up") g.up = true;
  else if (role === "down") g.down = true;
  else if (role === "year" || role === "month" || role === "start") {
    if (g.compare !== null && g.compare !== role) return false;
    g.compare = role;
  }
  return true;
}

/**
 * What stands between the last figure and the rate: the rate's sign, or null when anything else stands
 * there. With `list` (a list of rates), 分别 must stand there too, once.
 */
function readGap(text: string, from: number, to: number, list = false): Gap | null {
  if (to - from > MAX_GAP) return null;
  const g = { up: false, down: false, compare: null as Compare | null };
  let marks = 0;
  let each = 0;
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
    if (list && text.startsWith("分别", i)) {
      if (++each > 1) return null;
      i += 2;
      continue;
    }
    const word = GAP_WORDS.startingAt(text, i);
    if (word === undefined || !readRole(GAP_ROLES.get(word), g)) return null;
    i += word.length;
  }
  if (g.up === g.down || (list && each === 0)) return null; // no direction, or both
  return { sign: g.up ? 1 : -1, compare: g.compare };
}

/** A base's period as written: its kind, and its year (`2022年底`) or month (`5月份`) when named by one; its end. */
interface BaseLabel {
  kind: BaseKind;
  year: number;
  month: number;
  end: number;
}

/** The base's period starting at `p`: a word (`上年同期`, `上年末`), a year and its suffix (`2022年底`), a month; or null. */
function baseLabelAt(doc: TextDocument, p: number): BaseLabel | null {
  const { text } = doc;
  const word = BASE_AFTER_WORDS.startingAt(text, p);
  if (word !== undefined) return { kind: BASES_AFTER.get(word)!, year: 0, month: 0, end: p + word.length };
  const m = mentionStartingAt(doc, p);
  if (!m) return null;
  if (m.kind === "year" && m.years?.length === 1) {
    const suffix = YEAR_SUFFIX_WORDS.startingAt(text, end(m));
    return { kind: suffix === undefined ? "year" : YEAR_SUFFIXES.get(suffix)!, year: m.years[0], month: 0, end: end(m) + (suffix?.length ?? 0) };
  }
  const month = monthOf(m);
  return month > 0 ? { kind: "month", year: 0, month, end: end(m) } : null;
}

/**
 * The gap when it compares with a period named by its year (`,较2022年底提高`, `,比2023年增长`): at most
 * a comma, 比/较, the year (and 同期, 底, 末), then the words of a change alone. Such a rate is about
 * the base that names the same period (`(2022年底为1163张,占40.7%)`), and only about it.
 */
function datedGap(doc: TextDocument, from: number, to: number): Gap | null {
  const { text } = doc;
  let p = skipSpaces(text, from);
  if (isListMark(text.charCodeAt(p))) p = skipSpaces(text, p + 1);
  if (!isThan(text.charCodeAt(p)) || to - p > MAX_GAP) return null;
  const label = baseLabelAt(doc, p + 1);
  if (!label || label.year === 0 || label.end > to) return null;
  const gap = readGap(text, label.end, to);
  return gap && gap.compare === null ? { ...gap, dated: label } : null;
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

/** Where 比/较 stands before `at` (right before it, or before a 第 there: `比第一季度`), or -1. */
function thanBefore(text: string, at: number): number {
  if (isThan(text.charCodeAt(at - 1))) return at - 1;
  return text.charCodeAt(at - 1) === 0x7b2c && isThan(text.charCodeAt(at - 2)) ? at - 2 : -1; // 第
}

/**
 * `(比|较)(上年|去年同期|2023年 …)` ending at `pos`: where it starts, or -1. `same` also takes 同比 and 环比.
 * With a period before (`比一季度`, `较上月`, `比5月份`) `period` is set: the base is what 环比 compares with.
 */
function comparisonEndingAt(doc: TextDocument, pos: number, same: boolean): { start: number; period: boolean } | null {
  const { text, mentions } = doc;
  if (same && SAME_PERIOD.endsAt(text, pos)) return { start: pos - 2, period: false };
  const base = BASES.endingAt(text, pos);
  if (base && isThan(text.charCodeAt(pos - base.length - 1))) return { start: pos - base.length - 1, period: false };
  const period = PERIOD_BASES.endingAt(text, pos);
  if (period) {
    const than = thanBefore(text, pos - period.length);
    if (than >= 0) return { start: than, period: true };
  }
  // 比2023年, 较2023年同期, 比2022年底; 比5月, 比5月份
  const suffix = END_SUFFIX_WORDS.endingAt(text, pos);
  let p = suffix === undefined ? pos : pos - suffix.length;
  if (suffix !== undefined && text.charCodeAt(p - 1) === NIAN && text.charCodeAt(p - 2) === NIAN) p--; // 2022年年底
  const k = mentionBefore(mentions, p);
  if (k < 0 || end(mentions[k]) !== p) return null;
  const month = p === pos && monthOf(mentions[k]) > 0;
  if (mentions[k].kind !== "year" && !month) return null;
  return isThan(text.charCodeAt(mentions[k].offset - 1)) ? { start: mentions[k].offset - 1, period: month } : null;
}

/** The figure that ends right before `pos`, after at most one comma (`3120对,比上年…`). */
function figureBefore(doc: TextDocument, pos: number, rates: boolean): Figure | null {
  return figureOf(mentionEndingAt(doc, isComma(doc.text.charCodeAt(pos - 1)) ? pos - 1 : pos), rates);
}

/** How many figures written back to back (`4862户7315人`) are read for the one in the unit of a change. */
const MAX_BACK_TO_BACK = 3;

const sameUnit = (f: Figure, g: Figure) => f.unit === g.unit && f.mention.unit?.dimension === g.mention.unit?.dimension;

/**
 * Like `figureBefore`, but of figures written back to back before `pos` (`4862户7315人`: a count in
 * 户 and in 人, nothing or spaces or one 、 between them) the nearest in the unit of `like` (the change,
 * or the base): the current value of a change in 户 is 4862户, not 7315人. When none is in that unit,
 * the nearest figure, as `figureBefore` (the units then differ, and the rule stays silent).
 */
function figureLikeBefore(doc: TextDocument, pos: number, rates: boolean, like: Figure): Figure | null {
  const { text, mentions } = doc;
  const nearest = figureBefore(doc, pos, rates);
  if (!nearest || sameUnit(nearest, like)) return nearest;
  let k = mentionBefore(mentions, nearest.mention.offset + 1);
  for (let read = 1; read < MAX_BACK_TO_BACK; read++) {
    let p = mentions[k].offset;
    while (p > 0 && isSpace(text[p - 1])) p--;
    if (text.charCodeAt(p - 1) === 0x3001) {
      p--; // 、
      while (p > 0 && isSpace(text[p - 1])) p--;
    }
    k--;
    if (k < 0 || end(mentions[k]) !== p) break;
    const f = figureOf(mentions[k], rates);
    if (!f) break;
    if (sameUnit(f, like)) return f;
  }
  return nearest;
}

/** How long the name of an indicator repeated before a comparison may be (`结婚登记较上年的`). */
const MAX_NAME = 12;
/** How far back in the sentence, and over how many figures, the figure of that name is looked for. */
const NAME_REACH = 120;
const MAX_NAMED = 8;

/**
 * Y named again before the comparison, with a figure between them: `结婚登记3519对、离婚登记1343对,
 * 结婚登记较上年的3689对下降R%`. The clause before the comparison (`pos`) is a name alone (two or
 * more ideographs from a comma or semicolon, one thing: no 和, 、, 各, 均, 其中 …); Y is the figure
 * in the unit of `like` that the sentence writes right after that same name (`结婚登记3519对`), the
 * name whole (after a mark or 其中, not the end of a longer one: `城市低保金` is not 低保金), read
 * back at most NAME_REACH characters and MAX_NAMED figures. Two such figures, and the rule stays silent.
 */
function namedBefore(doc: TextDocument, pos: number, rates: boolean, like: Figure): Figure | null {
  const { text, mentions } = doc;
  let i = pos;
  while (i > 0 && pos - i <= MAX_NAME && isHan(text.charCodeAt(i - 1)) && !isManySubjects(text.charCodeAt(i - 1))) i--;
  if (pos - i < 2 || pos - i > MAX_NAME || !isNameStart(text.charCodeAt(i - 1))) return null;
  let k = mentionBefore(mentions, pos);
  if (k >= 0 && end(mentions[k]) > i) return null; // a figure in ideographs (`一季度`): not a name alone
  const name = text.slice(i, pos);
  const from = Math.max(doc.index.sentenceOf(i).offset, i - NAME_REACH);
  let found: Figure | null = null;
  for (let read = 0; k >= 0 && mentions[k].offset >= from && read < MAX_NAMED; k--, read++) {
    const f = figureOf(mentions[k], rates);
    const at = f ? f.mention.offset - name.length : -1;
    if (!f || !sameUnit(f, like) || !text.startsWith(name, at) || (isHan(text.charCodeAt(at - 1)) && !text.startsWith("其中", at - 2))) continue;
    if (found) return null;
    found = f;
  }
  return found;
}

/**
 * Two written figures and how the growth follows from them:
 * - `pair`: a is the previous value, b the current one;
 * - `change`: a is the change (its sign in `sign`), b the current value: the previous is b − sign·a;
 * - `base`: a is the previous value, b the change: the current is a + sign·b.
 */
interface Comparison {
  kind: "pair" | "change" | "base";
  a: Figure;
  b: Figure;
  sign: 1 | -1;
  /** The previous value's qualifier dates it: a year (`由2020年的X`) or a word (`从当时的X`). */
  dated: boolean;
  /** Where `由`/`从` stands, for `由X…到Y`. */
  from?: number;
  /** The base is the period before, named (`比一季度的X`, `较上月`): a 同比 rate is not about it. */
  period?: boolean;
  /**
   * The same comparison with the total in place of a 其中 part taken as the current value
   * (`社会组织712家,其中社会团体298家,较上年末增加23家`): the sentence may mean either.
   */
  alt?: Comparison;
}

const pair = (a: Figure, b: Figure): Comparison => ({ kind: "pair", a, b, sign: 1, dated: false });

/** The previous and the current value, from the values a and b stand for. */
function valuesOf(c: Comparison, a: number, b: number): [number, number] {
  if (c.kind === "pair") return [a, b];
  if (c.kind === "change") return [b - c.sign * a, b];
  return [a, a + c.sign * b];
}

/** The growth from `prev` to `cur` in `measure`: percent, a multiple of growth, a ratio, or points. */
function measureOf(measure: Measure, prev: number, cur: number): number {
  if (measure === "percent") return (cur / prev - 1) * 100;
  if (measure === "times") return cur / prev - 1;
  if (measure === "ratio") return cur / prev;
  if (measure === "percentOf") return (cur / prev) * 100;
  return cur - prev;
}

/** How far back from a part to its 其中 the clause of the parts is read. */
const MAX_PARTS = 60;
const isColon = codeSet("::");

/**
 * The total a 其中 part stands in, when `y` is one: `全县社会组织712家,其中社会团体298家` or an item of
 * the 、-list 其中 opens (`…,其中社会团体298家、民办非企业单位406家、基金会8家`). Between 其中 and `y`,
 * only labels and the items before it (no clause break, no word of comparison or change); before
 * 其中, a comma, and before it the total: a figure in `y`'s unit. A comparison after the parts may be
 * about the total or about the last part; the sentence does not say which.
 */
function partTotal(doc: TextDocument, y: Figure, rates: boolean): Figure | null {
  const { text, mentions } = doc;
  // An average (`1386人次,日均3.8人次,较上年的1479人次…`) as a part: the total before it may be meant (see ../averages).
  const averaged = rates ? null : averagedTotal(doc, y.mention, (m) => { const f = figureOf(m, false); return f !== null && sameUnit(f, y); });
  if (averaged) return figureOf(averaged, false);
  let j = indexOf(doc, y.mention) - 1;
  let i = y.mention.offset;
  for (let read = 0; ; read++) {
    if (read > MAX_PARTS || i < 3) return null;
    if (text.startsWith("其中", i - 2)) {
      i -= 2;
      break;
    }
    const c = text.charCodeAt(i - 1);
    if (isColon(c) && text.startsWith("其中", i - 3)) {
      i -= 3;
      break;
    }
    if (j >= 0 && end(mentions[j]) === i) {
      if (!figureOf(mentions[j], rates)) return null; // the items before are figures, not rates or years
      i = mentions[j--].offset;
      continue;
    }
    if (!(isHan(c) || c === 0x3001 || isSpace(text[i - 1])) || busyAt(text, i)) return null;
    i--;
  }
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (!isComma(text.charCodeAt(i - 1))) return null;
  const total = figureOf(mentionEndingAt(doc, i - 1), rates);
  return total && sameUnit(total, y) ? total : null;
}

/**
 * `Y(其中A、B),比上年…` or `Y(含A),比上年…`: a bracket of Y's parts ends right before `pos` (after at
 * most one comma); the comparison after it is about Y, the figure before the bracket.
 */
function bracketTotal(doc: TextDocument, pos: number, rates: boolean): Figure | null {
  const { text } = doc;
  let p = pos;
  if (isComma(text.charCodeAt(p - 1))) p--;
  if (!isCloseBracket(text.charCodeAt(p - 1))) return null;
  let open = p - 2;
  while (open >= 0 && p - open <= MAX_PARTS && !isOpenBracket(text.charCodeAt(open))) {
    // Commas and 、 may join the parts in the bracket; another bracket or a clause's end, and it is no bracket of parts.
    const c = text.charCodeAt(open);
    if (isCloseBracket(c) || (isClauseEnd(c) && !isComma(c))) return null;
    open--;
  }
  if (open < 0 || !isOpenBracket(text.charCodeAt(open))) return null;
  const inside = skipSpaces(text, open + 1);
  if (!text.startsWith("其中", inside) && text[inside] !== "含") return null;
  return figureOf(mentionEndingAt(doc, open), rates);
}

/** Dimensions whose figures add up: parts in them make a whole (not rates, standards per month, spans of time). */
const ADDITIVE = new Set<string>(["money", "persons", "households", "count", "area", "length", "weight"]);
/** In a listed part's name: a comparison (比, 较), a change's base (由, 从), an average (均): no part of a whole. */
const isNotPartName = codeSet("比较由从均");
/** Joins two parts (not 或: `1180张或1070张` are one of two, not both). */
const isPartJoiner = codeSet("和及与");

/**
 * Where the name of a listed part ends at `at` begins (`农村新增`, `二季度`): ideographs and spaces, a
 * period's label among them, back to anything else (a mark, another figure), at most MAX_CLAUSE; -1 when
 * the name makes its figure no part: a total (`累计`, `合计` …), 其中 (parts of a total written before
 * them, which need not make it whole), a comparison, an average.
 */
function partNameStart(doc: TextDocument, at: number): number {
  const { text, mentions } = doc;
  let i = at;
  let j = mentionBefore(mentions, at);
  for (let read = 0; ; read++) {
    if (read > MAX_CLAUSE) return -1;
    if (j >= 0 && end(mentions[j]) === i) {
      if (!isPeriodLabel(doc, mentions[j])) break;
      i = mentions[j--].offset;
      continue;
    }
    if (i === 0 || !(isHan(text.charCodeAt(i - 1)) || isSpace(text[i - 1]))) break;
    i--;
  }
  const name = text.slice(i, at);
  for (let q = 0; q < name.length; q++) if (isNotPartName(name.charCodeAt(q))) return -1;
  return name.includes("其中") || TOTAL_WORDS.inside(name) ? -1 : i;
}

/**
 * The part listed before the one whose name starts at `start`, joined to it by 、 (`0.82万人、农村2.04万人`)
 * or by 和, 及, 与 opening the name (`1180张和农村1070张`): the mention that ends there, or null.
 */
function partBefore(doc: TextDocument, start: number): Mention | null {
  const { text } = doc;
  let p = start;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (text.charCodeAt(p - 1) === 0x3001) return mentionEndingAt(doc, p - 1); // 、
  return isPartJoiner(text.charCodeAt(skipSpaces(text, start))) ? mentionEndingAt(doc, start) : null;
}

/**
 * The sum of the parts `y` closes when it is the last of a list of parts with no total (`城市低保对象0.82万人、
 * 农村2.04万人,比上年末的3.05万人下降6.2%`, `城区新增床位1180张、农村新增1070张,比上年的2000张增长12.5%`):
 * two or more figures in `y`'s unit, in a dimension that adds up, each after its name (ideographs, a period's
 * label: `一季度…420张、二季度760张`), joined by 、 和 及 与. A comparison after such a list may be about
 * the last part or about the whole the parts make; the sentence does not say which. Null when it is no
 * such list, or a 其中 list (the total is written: `partTotal`).
 */
function partsSum(doc: TextDocument, y: Figure, rates: boolean): Figure | null {
  const dimension = y.mention.unit?.dimension;
  if (rates || dimension === undefined || !ADDITIVE.has(dimension)) return null;
  let value = y.value;
  let tolerance = y.half;
  let n = 1;
  for (let cur = y; ; ) {
    const start = partNameStart(doc, cur.mention.offset);
    if (start < 0) return null;
    const before = partBefore(doc, start);
    if (!before) break;
    const f = figureOf(before, false);
    if (!f || !sameUnit(f, y) || ++n > MAX_LIST) return null;
    value += f.value;
    tolerance += f.half;
    cur = f;
  }
  return n >= 2 ? { mention: y.mention, value, half: tolerance, unit: y.unit } : null;
}

/** What the current value `y` may stand for besides itself: the total of its 其中 list, or the sum of the parts it closes. */
function wholeOf(doc: TextDocument, y: Figure, rates: boolean): Figure | null {
  return partTotal(doc, y, rates) ?? partsSum(doc, y, rates);
}

/** `c`, with the same comparison of the 其中 part's total (`total`) in place of its current value as its alternative. */
function orTotal(c: Comparison, total: Figure | null): Comparison {
  if (!total) return c;
  const alt: Comparison = c.kind === "pair" ? { ...c, b: total } : c.kind === "change" ? { ...c, b: total } : c;
  return alt === c ? c : { ...c, alt };
}

/** 1. `由X提高至Y`: Y is `last`. */
function fromTo(doc: TextDocument, last: Figure, rates: boolean): Comparison | null {
  const to = backOverQualifier(doc, last.mention.offset, (text, i) => isTo(text.charCodeAt(i - 1)) && TO_VERBS.endsAt(text, i - 1));
  if (!to) return null;
  const verb = TO_VERBS.endingAt(doc.text, to.at - 1)!;
  const x = figureOf(mentionEndingAt(doc, to.at - 1 - verb.length), rates);
  if (!x) return null;
  const from = backOverQualifier(doc, x.mention.offset, (text, i) => isFrom(text.charCodeAt(i - 1)));
  if (!from || NOT_FROM[doc.text[from.at - 1]](doc.text.charCodeAt(from.at))) return null;
  const dated = from.dated || EARLIER.inside(doc.text.slice(from.at, x.mention.offset));
  return { kind: "pair", a: x, b: last, sign: 1, dated, from: from.at - 1 };
}

/** 2. `Y,比上年的X` or `Y,比上年(X)` (`bracketed`): X is `last`. */
function comparedWith(doc: TextDocument, last: Figure, rates: boolean, bracketed: boolean): Comparison | null {
  const { text } = doc;
  let p = last.mention.offset;
  while (p > 0 && isSpace(text[p - 1])) p--;
  const c = text.charCodeAt(p - 1);
  if (bracketed && !isOpenBracket(c)) return null;
  // `比上年的X`, `比上年(X)`, and X at once after the base: `比上年5713具`
  const compared = comparisonEndingAt(doc, bracketed || c === DE ? p - 1 : p, false);
  if (!compared) return null;
  const y = figureLikeBefore(doc, compared.start, rates, last);
  // `2064件,上年全年3900件,较上年同期1920件增长7.5%`: a figure its clause dates to an earlier
  // period is another base, not the current figure; which one is, the rule does not guess.
  if (y && datedEarlier(text, y)) return null;
  if (y) return orTotal({ ...pair(last, y), period: compared.period }, wholeOf(doc, y, rates));
  const named = bracketTotal(doc, compared.start, rates) ?? namedBefore(doc, compared.start, rates, last);
  return named ? { ...pair(last, named), period: compared.period } : null;
}

/** Words opening a clause about an earlier period: 上年全年3900件, 去年同期…, 上年末… */
const EARLIER_CLAUSE = new WordList([...LAST_YEAR, "前年", "同期"]);

/** Whether the clause of figure `f` opens with an earlier period (上年全年3900件): it is no current figure. */
function datedEarlier(text: string, f: Figure): boolean {
  // Back to the clause's start, at most MAX_NAME characters (a longer run of words names no period here).
  const p = clauseStart(text, f.mention.offset, MAX_NAME);
  if (p > 0 && !isClauseEnd(text.charCodeAt(p - 1))) return false;
  return EARLIER_CLAUSE.startingAt(text, skipSpaces(text, p)) !== undefined;
}

/**
 * 3. `Y,比上年增加A`: A is `last`. With the base named between the comparison and the change
 * (`比上年(X)减少A`, `比上年的X减少A`), X and A give the growth, and Y, when written, must agree.
 */
function changedBy(doc: TextDocument, last: Figure): Comparison | null {
  const { text } = doc;
  let p = last.mention.offset;
  if (text.charCodeAt(p - 1) === LE) p--;
  const verb = BY_VERBS.endingAt(text, p);
  if (!verb) return null;
  p -= verb.length;
  let x: Figure | null = null;
  if (isCloseBracket(text.charCodeAt(p - 1))) {
    x = figureOf(mentionEndingAt(doc, p - 1), false);
    if (!x || !isOpenBracket(text.charCodeAt(x.mention.offset - 1))) return null;
    p = x.mention.offset - 1;
  } else {
    const m = mentionEndingAt(doc, p);
    if (m && m.kind !== "year" && m.kind !== "date" && !isPeriodLabel(doc, m)) {
      // `比上年的2586对减少`, `比上年2586对减少`; any other figure before the verb, and the change is not read
      x = figureOf(m, false);
      if (!x) return null;
      p = text.charCodeAt(m.offset - 1) === DE ? m.offset - 1 : m.offset;
    }
  }
  const compared = comparisonEndingAt(doc, p, x === null);
  if (!compared) return null;
  const { start, period } = compared;
  const sign = BY_SIGN.get(verb)!;
  const y = figureLikeBefore(doc, start, false, last);
  const total = y ? wholeOf(doc, y, false) : null;
  if (!x) {
    if (y) return orTotal({ kind: "change", a: last, b: y, sign, dated: false, period }, total);
    const named = bracketTotal(doc, start, false) ?? namedBefore(doc, start, false, last);
    return named ? { kind: "change", a: last, b: named, sign, dated: false, period } : null;
  }
  if (x.unit !== last.unit) return null;
  const current = y ?? bracketTotal(doc, start, false);
  if (!current) return { kind: "base", a: x, b: last, sign, dated: false, period };
  // Three figures: where Y − X is not ±A within their rounding, one of them is the slip, not the rate.
  // (Y may be a 其中 part or its total, or the last of a list of parts or their sum: the one that agrees.)
  const agrees = (f: Figure) => f.unit === x.unit && Math.abs(f.value - x.value - sign * last.value) <= x.half + f.half + last.half + 1e-9;
  const agreed = agrees(current) ? current : total && agrees(total) ? total : null;
  return agreed ? { ...pair(x, agreed), period } : null;
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
  const a = figureOf(mentionEndingAt(doc, p - 1), false);
  if (!a) return null;
  const lead = backOverQualifier(doc, a.mention.offset, (t, i) => INCREMENT_WORDS.endsAt(t, i));
  if (!lead || coversPartOfYear(doc, last.mention.offset)) return null;
  return { kind: "change", a, b: last, sign: 1, dated: false };
}

/** A month written alone (`5月`, `5月份`: not `1-6月`, not `2024年5月` read as one), its number; else 0. */
function monthOf(m: Mention): number {
  if (m.kind !== "date" || (m.text !== m.digits + "月" && m.text !== m.digits + "月份")) return 0;
  const n = Number(m.digits);
  return n >= 1 && n <= 12 ? n : 0;
}

/**
 * The clause of Y (`last`, mention `k`) read back to its start: false when it holds another figure
 * (years and months aside) or a word of comparison or change, or runs longer than MAX_CLAUSE.
 */
function quietClauseBefore(doc: TextDocument, k: number): boolean {
  const { text, mentions } = doc;
  let j = k - 1;
  let i = mentions[k].offset;
  for (let read = 0; ; read++) {
    if (i === 0) return true;
    const c = text.charCodeAt(i - 1);
    if (isClauseEnd(c)) return true;
    if (read >= MAX_CLAUSE) return false;
    if (j >= 0 && end(mentions[j]) === i) {
      if (mentions[j].kind !== "year" && mentions[j].kind !== "date") return false;
      i = mentions[j--].offset;
      continue;
    }
    // 比 and 较 compare; 占比 is a share's name (`占比68.5%`), 提供 no 提高.
    if (busyAt(text, i)) return false;
    i--;
  }
}

/** The last single year (or month, `month`) named in the sentence before `at`, read back at most PERIOD_REACH; 0 if none. */
function periodBefore(doc: TextDocument, at: number, month: boolean): number {
  const { mentions } = doc;
  const from = Math.max(doc.index.sentenceOf(at).offset, at - PERIOD_REACH);
  for (let k = mentionBefore(mentions, at); k >= 0 && mentions[k].offset >= from; k--) {
    const m = mentions[k];
    if (month && m.kind === "date") return monthOf(m);
    if (!month && m.kind === "year") return m.years?.length === 1 ? m.years[0] : 0;
  }
  return 0;
}

/** A base as written: its period, its figures (`为1163张,占40.7%`), and where it ends (its bracket's close, or its clause's end). */
interface Base {
  label: BaseLabel;
  items: Mention[];
  end: number;
}

const ER = 0x800c; // 而
/**
 * Past the 而 (whereas) that may open a base after a comma (`Y,而上年度为X,增长R%`): it says the
 * clause contrasts the year before with Y, which is what a base is.
 */
function afterWhereas(text: string, p: number): number {
  return text.charCodeAt(p) === ER ? p + 1 : p;
}

/**
 * The base starting at `p`, after a comma or (`bracketed`) an opening bracket: a period (`上年同期`,
 * `上年`, `2022年底`, `5月份`), then figures, each after nothing or 为/占/占比 (`上年5713具`, `上年同期为
 * 34.3万人次`, `(2022年底为1163张,占40.7%)`: several only in a bracket, joined by 、 or commas), up to
 * the bracket's close or the clause's end. A word of its own (`上年火化5713具`: another item), and it is no base.
 */
function readBase(doc: TextDocument, p: number, bracketed: boolean): Base | null {
  const { text } = doc;
  const label = baseLabelAt(doc, bracketed ? p : afterWhereas(text, p));
  if (!label) return null;
  const items: Mention[] = [];
  p = label.end;
  while (items.length < MAX_BASE_ITEMS) {
    p = skipSpaces(text, p);
    const word = BASE_ITEM_WORDS.startingAt(text, p);
    if (word !== undefined) p += word.length;
    const m = mentionStartingAt(doc, p);
    if (!m || m.kind !== "quantity") return null;
    items.push(m);
    p = skipSpaces(text, end(m));
    const c = text.charCodeAt(p);
    if (bracketed ? isCloseBracket(c) : p >= text.length || isClauseEnd(c)) return { label, items, end: p };
    // Several figures only in a bracket, which holds the base whole; after a comma (`上年同期为2.17亿元、
    // 1.2万人`) the clause may go on about something else.
    if (!bracketed || !isListMark(c)) return null;
    p++;
  }
  return null;
}

/** The one figure of the base in Y's unit (a percentage for points), or null when none is, or more than one. */
function baseFigure(base: Base, y: Figure, rates: boolean): Figure | null {
  let found: Figure | null = null;
  for (const m of base.items) {
    const f = figureOf(m, rates);
    if (!f || !sameUnit(f, y)) continue;
    if (found) return null;
    found = f;
  }
  return found;
}

/**
 * Whether the base's period is the one the rate compares with: the period the gap names by its year
 * (`较2022年底` and `2022年底为`); else a year or the same period a year before for 同比 (`上年同期`,
 * `2023年`: the year before the sentence's or the report's), the year's end for 较年初 or for a
 * whole year, the month before for 环比 (`5月份` after `6月份`, `上月`). The whole year before is no
 * base for part of a year. `y` is the current figure.
 */
function baseFits(doc: TextDocument, label: BaseLabel, gap: Gap, y: Figure): boolean {
  if (gap.dated) return label.year === gap.dated.year && label.kind === gap.dated.kind;
  if (label.year > 0 && (periodBefore(doc, y.mention.offset, false) || doc.reportYear) !== label.year + 1) return false;
  if (label.month > 0) {
    const month = periodBefore(doc, y.mention.offset, true);
    if (month === 0 || label.month !== (month + 10) % 12 + 1) return false;
  }
  const { compare } = gap;
  if (label.kind === "month") return compare !== "year" && compare !== "start";
  if (compare === "month") return false;
  if (label.kind === "same") return compare !== "start";
  if (label.kind === "year") return compare !== "start" && !coversPartOfYear(doc, y.mention.offset);
  return compare === "start" || !coversPartOfYear(doc, y.mention.offset); // the year's end
}

/**
 * 5. the base after the rate: `Y,同比增长R%,上年同期为X`, `Y,同比增长R%(上年X)`, `Y%,较2022年底提高N个
 * 百分点(2022年底为A,占X%)`: Y is `last` (mention j), the base follows the rate's
 * comma or bracket, and names the period the rate compares with (`baseFits`).
 */
function baseAfter(doc: TextDocument, j: number, last: Figure, s: Stated, gap: Gap, rates: boolean): Comparison | null {
  const { text } = doc;
  const p = skipSpaces(text, s.offset + s.length);
  const c = text.charCodeAt(p);
  const bracketed = isOpenBracket(c);
  if (!bracketed && !isComma(c)) return null;
  const base = readBase(doc, skipSpaces(text, p + 1), bracketed);
  const x = base ? baseFigure(base, last, rates) : null;
  if (!base || !x || !baseFits(doc, base.label, gap, last)) return null;
  // Y a 其中 part (of a 、-list, its clause holds the items before it): the total may be meant.
  const total = partTotal(doc, last, rates);
  if (!total && !quietClauseBefore(doc, j)) return null;
  return orTotal(pair(x, last), total);
}

/**
 * 5b. the base before the rate: `Y,上年同期为X,同比增长R%`, `Y(上年同期X),同比增长R%`: X is `last`,
 * the base's last figure, the rate's gap right after it (`bracketed`: after its bracket); Y the figure
 * in X's unit right before the base's comma or bracket, its clause quiet (as in 5).
 */
function baseBefore(doc: TextDocument, last: Figure, gap: Gap, rates: boolean, bracketed: boolean): Comparison | null {
  const { text } = doc;
  let i = last.mention.offset;
  for (let read = 0; ; read++) {
    if (i === 0 || read > MAX_CLAUSE) return null;
    const c = text.charCodeAt(i - 1);
    if (bracketed ? isOpenBracket(c) : isComma(c)) break;
    if ((isClauseEnd(c) && !(bracketed && isListMark(c))) || isOpenBracket(c) || isCloseBracket(c)) return null;
    i--;
  }
  const base = readBase(doc, skipSpaces(text, i), bracketed);
  if (!base || base.items[base.items.length - 1] !== last.mention) return null;
  const y = figureOf(mentionEndingAt(doc, i - 1), rates);
  if (!y || baseFigure(base, y, rates)?.mention !== last.mention || !baseFits(doc, base.label, gap, y)) return null;
  const total = partTotal(doc, y, rates);
  if (!total && !quietClauseBefore(doc, indexOf(doc, y.mention))) return null;
  return orTotal(pair(last, y), total);
}

/**
 * `(比|较)(上年|去年同期|年初 …)`, `比2023年`, `同比`, `环比` starting at `pos`: its end and what it
 * compares with, or null. A year must be the one before Y's (the sentence's year, or the report's).
 */
function comparisonStartingAt(doc: TextDocument, pos: number, last: Figure): { end: number; compare: Compare } | null {
  const { text } = doc;
  const same = SAME_PERIOD.startingAt(text, pos);
  if (same !== undefined) return { end: pos + same.length, compare: same === "环比" ? "month" : "year" };
  if (!isThan(text.charCodeAt(pos))) return null;
  const base = BASES.startingAt(text, pos + 1);
  if (base !== undefined) return { end: pos + 1 + base.length, compare: base === "年初" ? "start" : "year" };
  const m = mentionStartingAt(doc, pos + 1);
  if (!m || m.kind !== "year" || m.years?.length !== 1) return null;
  const year = periodBefore(doc, last.mention.offset, false) || doc.reportYear;
  if (year !== m.years[0] + 1) return null;
  return { end: text.startsWith("同期", end(m)) ? end(m) + 2 : end(m), compare: "year" };
}

/**
 * 3b. `Y,同比增长R%,较上年增加A`: Y is `last` (mention k − 1 of the rate), the change A follows the
 * rate's comma: a comparison (or none), a verb of change, A at once, and the clause's end. Y's clause
 * holds no other figure and no word of comparison or change (as in 5); the comparison after the rate
 * must be the one before it, when both are said; 新增/净增 count from the year's start, not read here.
 */
function changeAfter(doc: TextDocument, k: number, last: Figure, s: Stated, gap: Gap): Comparison | null {
  const { text } = doc;
  let p = skipSpaces(text, s.offset + s.length);
  if (!isComma(text.charCodeAt(p))) return null;
  p = skipSpaces(text, p + 1);
  const compared = comparisonStartingAt(doc, p, last);
  if (compared) {
    if (gap.compare !== null && gap.compare !== compared.compare) return null;
    p = compared.end;
  }
  const verb = BY_VERBS.startingAt(text, p);
  if (verb === undefined || INCREMENT_WORDS.startingAt(text, p) !== undefined) return null;
  p += verb.length;
  if (text.charCodeAt(p) === LE) p++;
  const a = figureOf(mentionStartingAt(doc, p), false);
  if (!a) return null;
  const after = skipSpaces(text, end(a.mention));
  if (after < text.length && !isClauseEnd(text.charCodeAt(after))) return null;
  const total = partTotal(doc, last, false);
  if (!total && !quietClauseBefore(doc, k - 1)) return null;
  return orTotal({ kind: "change", a, b: last, sign: BY_SIGN.get(verb)!, dated: false }, total);
}

/** 6a. `由上年的X增长R%至Y`: X is `last`, Y the mention right after the rate's 至/到. */
function rateBetween(doc: TextDocument, k: number, last: Figure, s: Stated, rates: boolean): Comparison | null {
  const { text, mentions } = doc;
  let p = skipSpaces(text, s.offset + s.length);
  if (text.startsWith("达到", p)) p += 2;
  else if (text.charCodeAt(p) === 0x81f3 || text.charCodeAt(p) === 0x5230) p++; // 至 到
  else return null;
  const y = figureOf(mentions[k + 1], rates);
  if (!y || y.mention.offset - p > MAX_QUALIFIER) return null;
  for (let i = p; i < y.mention.offset; i++) if (!isHan(text.charCodeAt(i)) && !isSpace(text[i])) return null;
  if (text.charCodeAt(skipSpaces(text, end(y.mention))) === 0x3001) return null; // 、: a list
  const from = backOverQualifier(doc, last.mention.offset, (t, i) => isFrom(t.charCodeAt(i - 1)));
  if (!from || NOT_FROM[text[from.at - 1]](text.charCodeAt(from.at))) return null;
  const dated = from.dated || EARLIER.inside(text.slice(from.at, last.mention.offset));
  return { kind: "pair", a: last, b: y, sign: 1, dated };
}

/** How many items a list (of figures, or of rates after 分别) may hold: a longer one, and the rule is silent. */
const MAX_LIST = 8;
/** Between the items of a list: `730元、530元`, `3126人和2874人`. */
const isItemJoiner = codeSet("、和及与");
/** Between two labelled clauses (`一季度…2860人次,二季度3150人次`): a comma, a semicolon or a 、. */
const isClauseJoiner = codeSet(",,;;、");
/** The last character of a quarter's or a month's label (`四季度`, `3月`, `3月份`). */
const isLabelEnd = codeSet("度月份");
/**
 * Words that lay a list out by period, in order (`分季度实施210人次、245人次…`). Not 按月, 按季度: they
 * say how often something is paid (`按月发放城乡低保金96万元、98万元` is city and country).
 */
const QUARTER_SERIES = new WordList(["分季度", "各季度"]);
const MONTH_SERIES = new WordList(["分月份", "各月份", "分月", "各月"]);

/** True when mention `m` is a period's label (`一季度`, `第一季度`, `五月`), not a figure: `比一季度增加290人次`. */
function isPeriodLabel(doc: TextDocument, m: Mention): boolean {
  const { text } = doc;
  const label = periodLabelAt(text, doc.mentions, text.charCodeAt(m.offset - 1) === 0x7b2c ? m.offset - 1 : m.offset);
  return label !== null && label.end === end(m);
}

/** The index of mention `m` in the document's mentions. */
function indexOf(doc: TextDocument, m: Mention): number {
  return firstAtOrAfter(doc.mentions, m.offset);
}

/** Where the item before one at `at` ends when a joiner (、 和 及 与) stands between them, else -1. */
function joinedAt(text: string, at: number): number {
  let p = at;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (!isItemJoiner(text.charCodeAt(p - 1))) return -1;
  p--;
  while (p > 0 && isSpace(text[p - 1])) p--;
  return p;
}

/**
 * The figures written as one list whose last is mention `j` (`730元、530元`), in the text's order; null
 * when an item is no figure (`2023年、2024年`, `约100人`), is in another unit than the last, or the list
 * runs over MAX_LIST.
 */
function listEndingAt(doc: TextDocument, j: number, rates: boolean): Figure[] | null {
  const { text, mentions } = doc;
  const items: Figure[] = [];
  for (let i = j; ; i--) {
    const f = figureOf(mentions[i], rates);
    if (!f || items.length === MAX_LIST || (items.length > 0 && !sameUnit(f, items[0]))) return null;
    items.push(f);
    const p = joinedAt(text, f.mention.offset);
    if (p < 0 || i === 0 || end(mentions[i - 1]) !== p) break;
  }
  return items.reverse();
}

/** How many rates, multiples or points from mention `k` on stand joined as a list (`4.1%、5.7%`): 1 when none follows; at most MAX_LIST + 1. */
function listedRates(doc: TextDocument, k: number): number {
  const { text, mentions } = doc;
  let n = 1;
  while (n <= MAX_LIST) {
    const cur = mentions[k + n - 1];
    const next = mentions[k + n];
    if (!next || !isRateLike(text, next)) break;
    const curEnd = end(cur) + (text.charCodeAt(end(cur)) === BEI ? 1 : 0);
    if (joinedAt(text, next.offset) !== curEnd) break;
    n++;
  }
  return n;
}

/**
 * 9a. `由X1、X2(分别)提高到Y1、Y2,分别增长R1、R2` (分别 also before 由): the list of Y ends at mention
 * `j`; X and Y lists as long as the rates'.
 */
function fromToList(doc: TextDocument, j: number, n: number, rates: boolean): Comparison[] | null {
  const { text } = doc;
  const ys = listEndingAt(doc, j, rates);
  if (!ys || ys.length !== n) return null;
  const to = backOverQualifier(doc, ys[0].mention.offset, (t, i) => isTo(t.charCodeAt(i - 1)) && TO_VERBS.endsAt(t, i - 1));
  if (!to) return null;
  let p = to.at - 1 - TO_VERBS.endingAt(text, to.at - 1)!.length;
  if (text.startsWith("分别", p - 2)) p -= 2;
  const xm = mentionEndingAt(doc, p);
  const xs = xm ? listEndingAt(doc, indexOf(doc, xm), rates) : null;
  if (!xs || xs.length !== n) return null;
  const from = backOverQualifier(doc, xs[0].mention.offset, (t, i) => isFrom(t.charCodeAt(i - 1)));
  if (!from || NOT_FROM[text[from.at - 1]](text.charCodeAt(from.at))) return null;
  const dated = from.dated || EARLIER.inside(text.slice(from.at, xs[0].mention.offset));
  return xs.map((x, i) => ({ kind: "pair", a: x, b: ys[i], sign: 1, dated }));
}

/** 9b. `Y1、Y2,较上年的X1、X2分别增长R1、R2`: the list of X ends at mention `j`; Y's list right before the comparison. */
function comparedList(doc: TextDocument, j: number, n: number, rates: boolean): Comparison[] | null {
  const { text } = doc;
  const xs = listEndingAt(doc, j, rates);
  if (!xs || xs.length !== n) return null;
  let p = xs[0].mention.offset;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (text.charCodeAt(p - 1) !== DE) return null;
  const compared = comparisonEndingAt(doc, p - 1, false);
  if (!compared) return null;
  let q = compared.start;
  while (q > 0 && isSpace(text[q - 1])) q--;
  if (isComma(text.charCodeAt(q - 1))) q--;
  const ym = mentionEndingAt(doc, q);
  const ys = ym ? listEndingAt(doc, indexOf(doc, ym), rates) : null;
  if (!ys || ys.length !== n) return null;
  return xs.map((x, i) => ({ ...pair(x, ys[i]), period: compared.period }));
}

/** Where the subject of a `由X…到Y` clause starts (two or more ideographs, one thing, no figure, back from `pos`), or -1. */
function subjectStart(doc: TextDocument, pos: number): number {
  const { text, mentions } = doc;
  let i = pos;
  while (i > 0 && pos - i <= MAX_CLAUSE && isHan(text.charCodeAt(i - 1)) && !isManySubjects(text.charCodeAt(i - 1))) i--;
  if (pos - i < 2 || pos - i > MAX_CLAUSE || (i > 0 && !isClauseEnd(text.charCodeAt(i - 1)))) return -1;
  const k = mentionBefore(mentions, pos);
  return k >= 0 && end(mentions[k]) > i ? -1 : i;
}

/**
 * 9c. `城市低保标准由X1提高到Y1,农村低保标准由X2提高到Y2,分别增长R1、R2`: as many `subject 由X…到Y`
 * clauses, joined by commas or semicolons, as rates, the last Y at mention `j`; one more such clause
 * before them, and which rate is whose is not sure: silent.
 */
function fromToClauses(doc: TextDocument, j: number, n: number, rates: boolean): Comparison[] | null {
  const { text, mentions } = doc;
  const pairs: Comparison[] = [];
  let y = figureOf(mentions[j], rates);
  for (let i = 0; i < n; i++) {
    const c = y ? fromTo(doc, y, rates) : null;
    if (!c || c.from === undefined) return null;
    pairs.push(c);
    const start = subjectStart(doc, c.from);
    if (start < 0) return null;
    const before = isNameStart(text.charCodeAt(start - 1)) ? figureOf(mentionEndingAt(doc, start - 1), rates) : null;
    const more = before !== null && fromTo(doc, before, rates) !== null;
    if (more !== (i < n - 1)) return null;
    y = before;
  }
  return pairs.reverse();
}

/** The list of rates at mentions k … k + n − 1 (`分别增长4.1%、5.7%`) checked, each against its pair of figures (9a–c). */
function checkList(doc: TextDocument, k: number, n: number): Hit[] {
  const { text, mentions } = doc;
  if (n > MAX_LIST || k === 0) return [];
  const stated: Stated[] = [];
  for (let i = 0; i < n; i++) {
    const s = statedAt(doc, k + i);
    if (!s || (s.measure !== "percent" && s.measure !== "points") || (i > 0 && s.measure !== stated[0].measure)) return [];
    stated.push(s);
  }
  if (isShielded(doc, stated[0].offset)) return [];
  const rates = stated[0].measure === "points";
  const gap = readGap(text, skipSpaces(text, end(mentions[k - 1])), stated[0].offset, true);
  if (!gap) return [];
  const pairs = fromToList(doc, k - 1, n, rates) ?? comparedList(doc, k - 1, n, rates) ?? fromToClauses(doc, k - 1, n, rates);
  if (!pairs) return [];
  const hits: Hit[] = [];
  pairs.forEach((c, i) => {
    const hit = judge(doc, stated[i], { c, sign: gap.sign, compare: gap.compare, measure: stated[i].measure, quoted: stated[i].text });
    if (hit) hits.push(hit);
  });
  return hits;
}

/**
 * The clause of figure `m` when it opens with a period label (`二季度3150人次`, `一季度实施临时救助2860人次`):
 * the label, then ideographs only (no figure, no word of comparison or change), then `m`; its start.
 */
function labelledClause(doc: TextDocument, m: Mention): { label: PeriodLabel; start: number } | null {
  const { text, mentions } = doc;
  const k = indexOf(doc, m);
  let j = k - 1;
  let i = m.offset;
  for (let read = 0; ; read++) {
    const c = text.charCodeAt(i - 1);
    if (i === 0 || isClauseEnd(c) || c === 0x3001) break;
    if (read >= MAX_CLAUSE) return null;
    if (j >= 0 && end(mentions[j]) === i) {
      i = mentions[j--].offset; // the label's figure (`二季度`), or another: the label tells
      continue;
    }
    if (busyAt(text, i) || !(isHan(c) || isSpace(text[i - 1]))) return null;
    i--;
  }
  const label = periodLabelAt(text, mentions, skipSpaces(text, i));
  if (!label || label.end > m.offset || (k > 0 && end(mentions[k - 1]) > label.end)) return null;
  return { label, start: i };
}

/**
 * 10a. `一季度实施临时救助2860人次,二季度3150人次,环比增长R%`: 环比 between the clauses of the last two
 * figures (Y is `last`), each opening with its period's label, the two periods consecutive (一季度,
 * 二季度; 5月, 6月; 上月, 本月; 上半年, 下半年), joined by a comma, a semicolon or a 、. The words of Y's
 * clause are none or some of X's (`二季度实施3102人次` after `一季度实施临时救助2760人次`): one indicator;
 * `一季度接收求助2860件,二季度办结3150件` are two.
 */
function periodPair(doc: TextDocument, last: Figure, rates: boolean): Comparison | null {
  const { text } = doc;
  const y = labelledClause(doc, last.mention);
  if (!y || !isClauseJoiner(text.charCodeAt(y.start - 1))) return null;
  const x = figureOf(mentionEndingAt(doc, y.start - 1), rates);
  if (!x) return null;
  const xc = labelledClause(doc, x.mention);
  if (!xc || !isNextPeriod(xc.label, y.label)) return null;
  const words = text.slice(skipSpaces(text, y.label.end), last.mention.offset).trim();
  if (!text.slice(xc.label.end, x.mention.offset).includes(words)) return null;
  return { ...pair(x, last), period: true };
}

/**
 * 10b. `分季度实施210人次、245人次、268人次、301人次,(四季度)环比增长R%`: a list laid out by period
 * (分季度, 各月 … in its clause, before its first figure; nothing else there but ideographs), its last
 * at mention `j`: 环比 compares the last two. With the rate's label (`四季度`), it must be the list's last period.
 */
function seriesBefore(doc: TextDocument, j: number, label: PeriodLabel | null, rates: boolean): Comparison | null {
  const { text, mentions } = doc;
  const list = listEndingAt(doc, j, rates);
  if (!list || list.length < 2) return null;
  const first = list[0].mention.offset;
  let i = first;
  for (let read = 0; i > 0 && !isClauseEnd(text.charCodeAt(i - 1)); read++) {
    if (read >= MAX_CLAUSE || !isHan(text.charCodeAt(i - 1))) return null;
    i--;
  }
  const k = mentionBefore(mentions, first);
  if (k >= 0 && end(mentions[k]) > i) return null;
  const words = text.slice(i, first);
  const kind = QUARTER_SERIES.inside(words) ? "quarter" : MONTH_SERIES.inside(words) ? "month" : null;
  const n = list.length;
  if (!kind || n > (kind === "quarter" ? 4 : 12)) return null;
  if (label && (label.kind !== kind || label.n !== n)) return null;
  return { ...pair(list[n - 2], list[n - 1]), period: true };
}

/** 10b with the rate's label: `…268人次、301人次,四季度环比增长R%` (the label, mention k − 1, is no figure of the comparison). */
function periodSeries(doc: TextDocument, k: number, s: Stated): Found | null {
  const { text, mentions } = doc;
  if (k < 2 || s.measure === "times") return null;
  const lm = mentions[k - 1];
  if (!isLabelEnd(text.charCodeAt(end(lm) - 1))) return null; // the cheap test first: most figures are no label
  const at = text.charCodeAt(lm.offset - 1) === 0x7b2c ? lm.offset - 1 : lm.offset; // 第
  const label = periodLabelAt(text, mentions, at);
  if (!label || label.end !== end(lm) || (label.kind !== "quarter" && label.kind !== "month")) return null;
  const gap = readGap(text, label.end, s.offset);
  if (!gap || gap.compare !== "month") return null;
  let p = at;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (!isComma(text.charCodeAt(p - 1))) return null;
  const before = mentionEndingAt(doc, p - 1);
  if (!before || before !== mentions[k - 2]) return null;
  const c = seriesBefore(doc, k - 2, label, s.measure === "points");
  return c ? { c, sign: gap.sign, compare: gap.compare, measure: s.measure, quoted: s.text } : null;
}

/** A comparison found, with the sign and the comparison the text's words give the rate. */
interface Found {
  c: Comparison;
  sign: 1 | -1;
  compare: Compare | null;
  measure: Measure;
  /** The stated growth as the message quotes it (`上年同期的3.2倍`). */
  quoted: string;
}

/** The shapes where a figure stands right before the rate, its gap between them (1 to 5, 6a, 7, 8). */
function figureFirst(doc: TextDocument, k: number, s: Stated): Found | null {
  const { text, mentions } = doc;
  const rates = s.measure === "points";
  // `Y,较2022年底提高N`: the year is the gap's (datedGap), Y the figure before it.
  const j = mentions[k - 1].kind === "year" && k > 1 ? k - 2 : k - 1;
  const last = figureOf(mentions[j], rates);
  if (!last) return null;
  let from = skipSpaces(text, end(last.mention));
  const bracketed = isCloseBracket(text.charCodeAt(from));
  if (bracketed) from++;
  const gap = readGap(text, from, s.offset) ?? datedGap(doc, from, s.offset);
  if (!gap) return null;
  let c: Comparison | null;
  if (gap.dated) c = (bracketed ? null : baseAfter(doc, j, last, s, gap, rates)) ?? baseBefore(doc, last, gap, rates, bracketed);
  else if (bracketed) c = comparedWith(doc, last, rates, true) ?? baseBefore(doc, last, gap, rates, true);
  else
    c =
      fromTo(doc, last, rates) ??
      comparedWith(doc, last, rates, false) ??
      (rates ? null : (changedBy(doc, last) ?? addedUpTo(doc, last))) ??
      baseAfter(doc, k - 1, last, s, gap, rates) ??
      baseBefore(doc, last, gap, rates, false) ??
      (rates ? null : changeAfter(doc, k, last, s, gap)) ??
      rateBetween(doc, k, last, s, rates) ??
      (gap.compare === "month" ? (periodPair(doc, last, rates) ?? seriesBefore(doc, k - 1, null, rates)) : null);
  return c ? { c, sign: gap.sign, compare: gap.compare, measure: s.measure, quoted: s.text } : null;
}

/**
 * 6b. `城乡低保标准提高R%,由每人每月X提高到Y`: the words of a change before the rate, and before them
 * a subject of ideographs only (years and months aside) back to the clause's start; after the rate's
 * comma, 由/从 at once (no subject of its own), X, Y, and the clause's end.
 */
function rateFirst(doc: TextDocument, k: number, s: Stated): Found | null {
  const { text, mentions } = doc;
  // After the rate: a comma, 由 or 从 at once (the cheap test first: most rates have neither).
  let p = skipSpaces(text, s.offset + s.length);
  if (!isComma(text.charCodeAt(p))) return null;
  p = skipSpaces(text, p + 1);
  if (!isFrom(text.charCodeAt(p))) return null;
  let i = s.offset;
  while (i > 0 && isSpace(text[i - 1])) i--;
  const g = { up: false, down: false, compare: null as Compare | null };
  const gapEnd = i;
  while (i > 0 && gapEnd - i < MAX_GAP) {
    const word = GAP_WORDS.endingAt(text, i);
    if (word === undefined) break;
    if (!readRole(GAP_ROLES.get(word), g)) return null;
    i -= word.length;
  }
  if (g.up === g.down) return null;
  // The subject: at least two ideographs, no figure, one thing.
  let j = mentionBefore(mentions, i);
  let han = 0;
  for (let read = 0; ; read++) {
    const c = text.charCodeAt(i - 1);
    if (i === 0 || isClauseEnd(c)) break;
    if (read >= MAX_CLAUSE) return null;
    if (j >= 0 && end(mentions[j]) === i) {
      if (mentions[j].kind !== "year" && mentions[j].kind !== "date") return null;
      i = mentions[j--].offset;
      continue;
    }
    if (!isHan(c) || isManySubjects(c)) return null;
    han++;
    i--;
  }
  if (han < 2) return null;
  // After 由: X, Y (mentions k + 1 and k + 2), the clause's end.
  const rates = s.measure === "points";
  const y = figureOf(mentions[k + 2], rates);
  if (!y) return null;
  const c = fromTo(doc, y, rates);
  if (!c || c.from !== p || c.a.mention !== mentions[k + 1]) return null;
  const after = skipSpaces(text, end(y.mention));
  if (after < text.length && !isClauseEnd(text.charCodeAt(after))) return null;
  return { c, sign: g.up ? 1 : -1, compare: g.compare, measure: s.measure, quoted: s.text };
}

/**
 * 7. `由X增至Y,是上年同期的N倍` (Y from `由X…到Y`) and `Y,是上年同期X的N倍`: the ratio Y/X. The
 * multiple `s` is preceded by 的, and before it 是 + what the multiple is of.
 */
function ratioBefore(doc: TextDocument, s: Stated): Found | null {
  const { text } = doc;
  let p = s.offset;
  while (p > 0 && isSpace(text[p - 1])) p--;
  if (text.charCodeAt(p - 1) !== DE) return null;
  p--;
  let x: Figure | null = null;
  const m = mentionEndingAt(doc, p);
  if (m) {
    x = figureOf(m, false);
    if (!x) return null;
    p = x.mention.offset;
    while (p > 0 && isSpace(text[p - 1])) p--;
    if (text.charCodeAt(p - 1) === DE) p--;
  }
  const base = RATIO_BASES.endingAt(text, p);
  if (!base) return null;
  p -= base.length;
  if (text.charCodeAt(p - 1) !== SHI) return null;
  const quoted = text.slice(p, s.offset + s.length);
  const y = figureBefore(doc, p - 1, false);
  if (!y) return null;
  const c = x ? pair(x, y) : fromTo(doc, y, false);
  // 由2020年的X增至Y,是上年的N倍: X is not last year's.
  if (!c || (!x && c.dated && base !== "原来")) return null;
  return { c, sign: 1, compare: null, measure: "ratio", quoted };
}

/**
 * 7b. `Y,为上年的R%(上年X)`, `Y,为上年X的R%`, `Y(上年同期X),相当于上年同期的R%`: the percentage `s`
 * right after 为/相当于/是 + the base (+ X) (+ 的); Y the figure before the verb (after at most a comma),
 * X inside the phrase, else in a base after the rate or before the verb (as in 5, the base's period
 * the one the phrase names: `上年同期` for part of a year, `上年末` for a stock).
 */
function ratioOf(doc: TextDocument, s: Stated): Found | null {
  const { text } = doc;
  let p = s.offset;
  while (p > 0 && isSpace(text[p - 1])) p--;
  const de = text.charCodeAt(p - 1) === DE;
  if (de) p--;
  let x: Figure | null = null;
  const m = mentionEndingAt(doc, p);
  if (m) {
    // `为上年1556对的106.2%`: X between the base and 的, the 的 required.
    if (!de) return null;
    x = figureOf(m, false);
    if (!x) return null;
    p = x.mention.offset;
    while (p > 0 && isSpace(text[p - 1])) p--;
  }
  const base = RATIO_OF_BASE_WORDS.endingAt(text, p);
  if (base === undefined) return null;
  p -= base.length;
  const verb = RATIO_OF_VERBS.endingAt(text, p);
  if (verb === undefined) return null;
  p -= verb.length;
  const quoted = text.slice(p, s.offset + s.length);
  const gap: Gap = { sign: 1, compare: RATIO_OF_BASES.get(base)! };
  const found = (c: Comparison | null): Found | null => (c ? { c, sign: 1, compare: gap.compare, measure: "percentOf", quoted } : null);
  if (x) {
    const y = figureBefore(doc, p, false);
    return y ? found(orTotal(pair(x, y), wholeOf(doc, y, false))) : null;
  }
  // The figure before the verb: Y, or X closing a base before it (`Y(上年X),为`, `Y,上年为X,为`).
  let q = p;
  while (q > 0 && isSpace(text[q - 1])) q--;
  if (isComma(text.charCodeAt(q - 1))) q--;
  while (q > 0 && isSpace(text[q - 1])) q--;
  const bracketed = isCloseBracket(text.charCodeAt(q - 1));
  const last = figureOf(mentionEndingAt(doc, bracketed ? q - 1 : q), false);
  if (!last) return null;
  return found(bracketed ? baseBefore(doc, last, gap, false, true) : (baseAfter(doc, indexOf(doc, last.mention), last, s, gap, false) ?? baseBefore(doc, last, gap, false, false)));
}

/** The dimensions whose whole figures written in full are exact: money in 元, and counts of whole things. */
const EXACT_WHOLE_DIMENSIONS = new Set(["money", "persons", "households", "count"]);
/**
 * Words of an average worked out from a total (`人均`, `月人均`, `日均`, `平均`): its whole figure is a
 * quotient rounded to the yuan or the unit. (Not 每人/每月: `每人每月720元` is a standard, set exactly.)
 */
const COMPUTED_AVERAGE = new WordList(["人均", "户均", "日均", "月均", "年均", "次均", "周均", "平均"]);
const MAX_AVERAGE_LEAD = 12;

/**
 * Figure `f` with the rounding it has as written: a whole number written in full in 元 or in whole things
 * (`由每人每月720元提高到750元`, `由74家增加到86家`: no decimals, no scale word, no bound) is that
 * amount, not a rounded one, so only the stated rate's rounding is left (720→750 is 4.17%, never 4.0%).
 * `720万元`, `7.2万元`, a computed average (`人均720元`) and a sum of parts keep half their last digit.
 */
function asWritten(f: Figure): Figure {
  const m = f.mention;
  const q = m.quantity!;
  if (f.half === 0 || q.number !== f.value || q.decimals !== 0 || q.scale !== 1 || m.numeral !== "arabic" || !m.unit) return f;
  if (!EXACT_WHOLE_DIMENSIONS.has(m.unit.dimension) || !(q.unit === "元" || m.unit.integral)) return f;
  return { ...f, half: 0 };
}

/** How far into its sentence the first figure may stand for the sentence's subject to name it (`月人均救助水平持续提高,全年达到713元`). */
const MAX_AVERAGE_SUBJECT = 40;

/**
 * Whether `m` is the first count or amount of its sentence, within MAX_AVERAGE_SUBJECT of its start, and
 * the words before it name a computed average: the sentence's subject is then `m`'s
 * (`城市低保对象月人均救助水平持续提高,全年达到713元,比上年的685元增长4.2%`, an average of 684.6 and 713.4).
 */
function averageSubject(doc: TextDocument, m: Mention): boolean {
  const from = m.sentence.offset;
  if (m.offset - from > MAX_AVERAGE_SUBJECT) return false;
  for (let k = firstAtOrAfter(doc.mentions, from); k < doc.mentions.length && doc.mentions[k].offset < m.offset; k++) {
    const kind = doc.mentions[k].kind;
    if (kind === "quantity" || kind === "bare") return false;
  }
  return COMPUTED_AVERAGE.inside(doc.text.slice(from, m.offset));
}

/**
 * Comparison `c` with its figures as written (`asWritten`), unless it compares computed averages: the
 * words of one name both (`月人均救助水平由720元提高到750元`), and a rate of points keeps the rounding
 * of its rates.
 */
function exactWhere(doc: TextDocument, c: Comparison, measure: Measure): Comparison {
  if (measure === "points") return c;
  const average = (f: Figure) => COMPUTED_AVERAGE.inside(leadOf(doc, f.mention, MAX_AVERAGE_LEAD)) || averageSubject(doc, f.mention);
  if (average(c.a) || average(c.b)) return c;
  return { ...c, a: asWritten(c.a), b: asWritten(c.b) };
}

/** The least and greatest growth over the box of values the two figures may stand for; null if the previous value may reach zero. */
function growthRange(c: Comparison, measure: Measure): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < 4; i++) {
    const [prev, cur] = valuesOf(c, c.a.value + (i & 1 ? c.a.half : -c.a.half), c.b.value + (i & 2 ? c.b.half : -c.b.half));
    if (measure !== "points" && !(prev > 0)) return null;
    const g = measureOf(measure, prev, cur);
    if (g < lo) lo = g;
    if (g > hi) hi = g;
  }
  return [lo, hi];
}

function format(n: number, decimals: number): string {
  const s = n.toFixed(decimals);
  return Number(s) === 0 ? (0).toFixed(decimals) : s; // no "-0.0"
}

/** The growth stated at mention `k` checked against the figures around it, if they form a comparison. */
function checkStated(doc: TextDocument, k: number): Hit | null {
  const { text, mentions } = doc;
  const s = statedAt(doc, k);
  if (!s || isShielded(doc, s.offset)) return null;
  // A list of rates (`增长18%、30%`): which is whose, the sentence does not say. (Not `提高2个百分点至
  // 64%`, `提高2个百分点,由62%`: the next is a figure of the comparison.)
  const next = mentions[k + 1];
  if (next && next.offset - (s.offset + s.length) <= 2 && isRateLike(text, next)) {
    let i = s.offset + s.length;
    while (i < next.offset && (isListMark(text.charCodeAt(i)) || isAnd(text.charCodeAt(i)) || isSpace(text[i]))) i++;
    if (i === next.offset) return null;
  }
  const found = (s.measure === "times" ? ratioBefore(doc, s) : s.measure === "percent" ? ratioOf(doc, s) : null) ?? periodSeries(doc, k, s) ?? (k > 0 ? figureFirst(doc, k, s) : null) ?? rateFirst(doc, k, s);
  return found ? judge(doc, s, found) : null;
}

/**
 * What comparison `c` says of the stated growth (`stated`, signed; ± `half`): true when its figures
 * give it, the growth they give when they do not (signed as `stated`), null when it cannot be judged.
 */
function growthOf(doc: TextDocument, c: Comparison, found: Found, stated: number, half: number, of: PointsOf | undefined): number | true | null {
  const { compare, measure } = found;
  if (c.a.unit !== c.b.unit) return null;
  // 个百分点 between rates in ‰, 个千分点 between rates in %: which unit slipped, the text does not say.
  if (measure === "points" && c.a.unit !== of) return null;
  if (c.dated && compare !== null) return null; // 由2020年的X … 同比: another base
  if (c.period && (compare === "year" || compare === "start")) return null; // 比一季度的X … 同比
  if (isShielded(doc, c.a.mention.offset) || isShielded(doc, c.b.mention.offset)) return null;
  const range = growthRange(exactWhere(doc, c, measure), measure);
  if (!range) return null;
  const slack = half + 1e-9;
  if (stated + slack >= range[0] && stated - slack <= range[1]) return true;
  const [prev, cur] = valuesOf(c, c.a.value, c.b.value);
  const growth = measureOf(measure, prev, cur);
  return measure === "ratio" ? growth : found.sign * growth;
}

/**
 * The scale word a slip of 万 or 亿 in one of the figures would explain (`9.65亿元,较上年的8.71万元增长10.8%`
 * gives 1107821.9%): the figures' ratio about 10⁴ or 10⁸ times the one the stated growth says.
 */
function scaleSlip(growth: number, stated: number): "万" | "亿" | null {
  const told = 1 + stated / 100;
  const found = 1 + growth / 100;
  if (!(told > 0) || !(found > 0)) return null;
  const r = found > told ? found / told : told / found;
  if (r >= 1e4 / 3 && r <= 1e4 * 3) return "万";
  if (r >= 1e8 / 3 && r <= 1e8 * 3) return "亿";
  return null;
}

/** The stated growth `s` judged against the comparison found for it: a hit when the figures do not give it. */
function judge(doc: TextDocument, s: Stated, found: Found): Hit | null {
  const { sign, measure } = found;
  if (measure === "times" && sign < 0) return null; // `下降3倍`: no multiple of a fall
  const stated = measure === "ratio" || measure === "percentOf" ? s.value : sign * s.value;
  // A 其中 part or its total as the current value (`alt`): the rate is right if either gives it; the
  // one that cannot be (a previous value below zero) is no reading, and of two that miss, the nearer
  // the stated rate is the one the text meant.
  const growths: number[] = [];
  for (const c of found.c.alt ? [found.c, found.c.alt] : [found.c]) {
    const g = growthOf(doc, c, found, stated, s.half, s.pointsOf);
    if (g === true) return null;
    if (g !== null) growths.push(g);
  }
  if (growths.length === 0) return null;
  // (Each growth is signed as the text states it, `s.value`: a fall of 8.5% is 8.5 beside `下降16.2%`.)
  const growth = growths.reduce((best, g) => (Math.abs(g - s.value) < Math.abs(best - s.value) ? g : best));
  const decimals = Math.max(1, s.decimals);
  const expected = format(growth, decimals);
  // Each in its own measure: a multiple as a multiple (是上年的2.3倍), a change of rates in points.
  const message =
    measure === "percentOf"
      ? ({ key: "ratioOfPreviousMismatch", params: { expected, stated: found.quoted } } as const)
      : measure === "times" || measure === "ratio"
      ? ({ key: "growthTimesMismatch", params: { of: measure === "ratio" ? "ratio" : "growth", expected, stated: found.quoted } } as const)
      : measure === "points"
        ? ({ key: "growthPointsMismatch", params: { direction: sign > 0 ? "up" : "down", expected, stated: s.text, ...(s.pointsOf === "‰" ? { permille: true } : {}) } } as const)
        : scaleSlip(growth, stated) !== null
          ? ({ key: "growthMismatchScale", params: { direction: sign > 0 ? "up" : "down", expected, stated: s.text, scale: scaleSlip(growth, stated)! } } as const)
          : ({ key: "growthMismatch", params: { direction: sign > 0 ? "up" : "down", expected, stated: s.text } } as const);
  return hitAt(s, message, s.text, expected);
}

export const rule: TextRule = {
  code: "growth-mismatch",
  check(doc: TextDocument): Hit[] {
    // Doubling words, 是…的N倍 and 年均 rates the shapes above do not read (../multiples.ts), and an
    // amount of change against the two figures it is between (`由74家增加到86家,净增14家`: ../net-change.ts).
    const hits: Hit[] = [...multipleHits(doc), ...netChanges(doc)];
    const { text, mentions } = doc;
    // Most texts, and almost every note cell, state no percentage, no rate in ‰ and no multiple at all.
    if (text.indexOf("%") < 0 && text.indexOf("％") < 0 && text.indexOf("‰") < 0 && text.indexOf("倍") < 0) return hits;
    for (let k = 0; k < mentions.length; k++) {
      // A list of rates (`分别增长4.1%、5.7%`): each against its pair of figures, or none.
      const n = isRateLike(text, mentions[k]) ? listedRates(doc, k) : 1;
      if (n > 1) {
        hits.push(...checkList(doc, k, n));
        k += n - 1;
        continue;
      }
      const hit = checkStated(doc, k);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
