import { codeSet, isDigit, isHan, isSpace, WordList } from "./chars";
import { isShielded, partOf, reviewedTitle, type TextDocument } from "./document";
import { clauseStart, end, exactFigure, isChangeAmount, leadOf, mentionEndingAt, quantitiesBetween, segmentStart, unitOf } from "./figures";
import { hitAt, type Hit } from "./rule";
import { LAST_YEAR } from "./last-year";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * An average per person or per household that its sentence's total and count do not give:
 * `为5946名逝者减免…共计1367.6万元,人均3200元` (1367.6万 / 5946 is about 2300元). Read by
 * implausible-quantity (a figure that cannot be what it claims: an average of these two figures).
 * Only where the words say which average: 人均 (over persons: 人, 名, 人次 …), 户均 (over households)
 * or 次均 (over times: a count in 人次, 户次, 次 — `实施临时救助4.18万人次,支出资金6270万元,次均1500元`),
 * then nothing or one verb of a payment (`人均救助`, `户均发放`) and a filler (为, 达), then an exact
 * amount in 元 (or 万元); and where the stretch of the sentence before it (from after its last
 * semicolon) holds exactly one exact sum of money and exactly one exact count of that kind. Silent
 * on a per-period average (`人均每月150元`, `月人均`, 元/月: a period the total does not give), on a
 * qualifier naming another quantity (`人均可支配收入`), on bounds (`人均约2300元`) and on a second
 * total or count (which one is averaged, the sentence does not say).
 * A list of averages (`1840户4600人,支出368万元,户均2000元、人均800元`): the averages before this one
 * in the 、-list are not totals (each is read over the same total, 户均 over the households, 人均 over
 * the persons), so they are left out of the count of sums.
 * Tolerance: the rounding of the total and the count as written, and of the average — a round
 * average (`人均2300元`) may be rounded to its last non-zero digit — and at least 0.2%.
 * A monthly average opening its clause (`月人均254元`, `人月均`, `人均每月`, `每人每月`, `平均每户每月`)
 * is read over the months of the period its sentence names (第三季度 3, 上半年 6, 前三季度 or 1-9月 9,
 * 全年 12; one period, not a base's: `较上半年`): total ≈ count × average × months. The count of a
 * period is rarely the same each month (persons come and go), so the tolerance is a quarter of the
 * expected average (either way: 20% off is a caseload that moved): what it catches is a digit
 * swapped or a dropped 万, not a month's drift. Two periods named, and it stays silent. No period
 * named: the months of the period the title reviews (`2025年上半年工作总结` 6, `2023年工作总结` 12,
 * 一季度 3, 前三季度 9, 1-N月 N), but only for a sentence that names no time of its own (a date, a
 * month, another year, 期间: `自7月起` may start the payments mid-period), outside the plan sections,
 * under a title that reviews a year (a part of it not counted from January, 第三季度 or 下半年, gives
 * no months: silence).
 */
type Over = "persons" | "households" | "times";
const PER = new Map<string, Over>([["人均", "persons"], ["户均", "households"], ["次均", "times"]]);
/** The counts 次均 averages over: times something was done (人次, 户次, 次), whoever it was done for. */
const TIMES_UNITS = new Set(["人次", "户次", "次", "名次"]);

/** Whether `x` is a count of what an average `over` divides by: persons, households, or times (人次 for 次均). */
function countsOver(x: Mention, over: Over): boolean {
  if (over === "times") return TIMES_UNITS.has(unitOf(x) ?? "");
  return x.unit?.dimension === over;
}
const PER_WORDS = new WordList([...PER.keys()]);
/** What may stand between 人均 and the amount: a verb of a payment, then a filler. */
const PAYMENT_VERBS = new WordList(["救助金额", "补助金额", "发放金额", "救助", "发放", "补助", "补贴", "减免", "资助", "享受", "获得", "领取", "慰问", "受益", "支出"]);
const FILLERS = new WordList(["达到", "达", "为"]);
/** Before 人均: a period (`月人均`, `年人均`) makes the average one per period. */
const isPeriodChar = codeSet("月年日天季周");
const RELATIVE_FLOOR = 0.002;
/** The words of a monthly average, by what it averages over; longest first. */
const MONTHLY = new Map<string, "persons" | "households">([
  ["平均每人每月", "persons"], ["平均每户每月", "households"], ["人均每月", "persons"], ["户均每月", "households"], ["每人每月", "persons"], ["每户每月", "households"],
  ["月人均", "persons"], ["月户均", "households"], ["人月均", "persons"], ["户月均", "households"],
]);
const MONTHLY_WORDS = new WordList([...MONTHLY.keys()].sort((a, b) => b.length - a.length));
/** Where a monthly average's clause may begin: a comma, a semicolon, a colon, or nothing. */
const isClauseMark = codeSet(",,;;::");
/** How far from total ÷ (count × months) a monthly average may stand, as a share of that quotient. */
const MONTHLY_SLACK = 0.25;
/** How many mentions before a monthly average are read for a time of the sentence's own. */
const MAX_READ = 24;
/**
 * The periods a sentence may name, and their months: 前三季度 before 三季度, a range of months
 * (`1-9月`, `1至9月`). Linear: alternatives of fixed words and one bounded range.
 */
const PERIODS = /前三季度|第?[一二三四1-4]季度|上半年|下半年|全年|([0-9]{1,2}) ?[-—–~至到] ?([0-9]{1,2}) ?月/g;
const PERIOD_MONTHS: Readonly<Record<string, number>> = { 前三季度: 9, 上半年: 6, 下半年: 6, 全年: 12 };
/** A title's words for a part of the year that `partOf` does not give as months from January (第三季度, 下半年, 11月). */
const OTHER_PART = /季度|半年|月/;
const AGE_UNITS = new Set(["岁", "周岁"]);
/** Words of a stretch of time within the period (`元旦春节期间`): the months of the period are not the average's. */
const SPELL_WORDS = new WordList(["期间"]);
/** Before a period: it is a base (`较上半年`, `上年全年`), not the sentence's own. */
const isThan = codeSet("比较");
const BASE_YEARS = new WordList(LAST_YEAR);

/** The average's rounding: half its last digit, or of its last non-zero digit for a whole number ending in zeros. */
function averageHalf(value: number, decimals: number, scale: number): number {
  if (decimals > 0) return 0.5 * 10 ** -decimals * scale;
  let zeros = 0;
  let n = Math.round(value / scale);
  while (n !== 0 && n % 10 === 0 && zeros < 6) {
    n /= 10;
    zeros++;
  }
  return 0.5 * 10 ** zeros * scale;
}

/**
 * 人均/户均 (and a verb, a filler) ending right before `at`: what it averages over, where it starts,
 * whether it is an average a month (`月人均`, `每人每月`, at its clause's start); or null.
 */
function perBefore(text: string, at: number): { over: Over; start: number; monthly?: boolean } | null {
  let p = at;
  while (p > 0 && isSpace(text[p - 1])) p--;
  const filler = FILLERS.endingAt(text, p);
  if (filler) p -= filler.length;
  const verb = PAYMENT_VERBS.endingAt(text, p);
  if (verb) p -= verb.length;
  const monthly = MONTHLY_WORDS.endingAt(text, p);
  if (monthly) {
    const start = p - monthly.length;
    // `,月人均254元`, not `标准为每人每月254元` (a standard) nor `由每人每月230元` (a change).
    return start === 0 || isClauseMark(text.charCodeAt(start - 1)) ? { over: MONTHLY.get(monthly)!, start, monthly: true } : null;
  }
  const per = PER_WORDS.endingAt(text, p);
  if (!per) return null;
  const start = p - per.length;
  if (isPeriodChar(text.charCodeAt(start - 1))) return null;
  return { over: PER.get(per)!, start };
}

/**
 * The averages of the 、-list that ends right before the average starting at `start` (`户均2000元、`
 * before 人均800元): money figures themselves opened by 人均/户均, not totals of the sentence.
 */
function listedAveragesBefore(doc: TextDocument, start: number, from: number): Set<Mention> {
  const out = new Set<Mention>();
  let at = start;
  while (at > from && doc.text.charCodeAt(at - 1) === 0x3001) { // 、
    const prev = mentionEndingAt(doc, at - 1);
    if (!prev || prev.unit?.dimension !== "money") break;
    const per = perBefore(doc.text, prev.offset);
    if (!per || per.start < from) break;
    out.add(prev);
    at = per.start;
  }
  return out;
}

/** An average as written to `decimals`, or to two significant digits when that would read 0 (`0.025元`). */
function format(n: number, decimals: number): string {
  const s = n.toFixed(decimals);
  return Number(s) === 0 && n > 0 ? String(Number(n.toPrecision(2))) : s;
}

/**
 * The months of the one period the text from `from` to `to` names (第三季度 3, 1-9月 9): 0 when it
 * names two, or only a base's (`较上年全年`); null when it names none.
 */
function monthsNamed(text: string, from: number, to: number): number | null {
  const part = text.slice(from, to);
  let months: number | null = null;
  PERIODS.lastIndex = 0;
  for (let m = PERIODS.exec(part); m !== null; m = PERIODS.exec(part)) {
    if (isThan(part.charCodeAt(m.index - 1)) || BASE_YEARS.endsAt(part, m.index)) {
      months ??= 0;
      continue;
    }
    const n = m[1] !== undefined ? Number(m[2]) - Number(m[1]) + 1 : (PERIOD_MONTHS[m[0]] ?? 3);
    if (n < 1 || n > 12 || (months !== null && months !== 0 && n !== months)) return 0;
    months = n;
  }
  return months;
}

/**
 * The months of the period the title reviews, counted from January (上半年 6, 一季度 3, 前三季度 9,
 * 1-N月 N, a year's review 12), with the words that say so; null when there is no title, it reviews
 * no year, or names a part that is not counted from January (第三季度, 下半年).
 */
function titleMonths(doc: TextDocument): { months: number; word: string } | null {
  if (doc.titleLine === null || doc.titleReviewYears.length === 0) return null;
  const span = doc.index.lineSpan(doc.titleLine);
  const reviewed = reviewedTitle(doc.text.slice(span.offset, span.offset + span.length));
  const part = partOf(reviewed);
  if (part) return { months: part.end, word: part.word };
  return OTHER_PART.test(reviewed) ? null : { months: 12, word: "全年" };
}

/**
 * Whether the sentence from `from` to the average at `to` may be read over the title's period: it names
 * no time of its own (a date, a span of months or years, a year not the report's, 期间), and stands
 * outside the plan sections.
 */
function takesTitlePeriod(doc: TextDocument, from: number, to: number): boolean {
  if (doc.planLines[doc.index.lineOf(to)] || SPELL_WORDS.inside(doc.text.slice(from, to))) return false;
  for (const m of quantitiesAndDatesBetween(doc, from, to)) {
    // (An age, `80周岁以上`, is no time of the payments.)
    if (m.kind === "date" || (m.kind === "quantity" && m.unit?.dimension === "time" && !AGE_UNITS.has(m.unit.unit))) return false;
    if (m.kind === "year" && !(m.years?.length === 1 && (m.years[0] === doc.reportYear || doc.titleReviewYears.includes(m.years[0])))) return false;
  }
  return true;
}

/** Every mention from `from` to `to` (at most MAX_READ of them: the rule stays linear). */
function quantitiesAndDatesBetween(doc: TextDocument, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = firstAtOrAfter(doc.mentions, from); k < doc.mentions.length && doc.mentions[k].offset < to && out.length < MAX_READ; k++) out.push(doc.mentions[k]);
  return out;
}

/**
 * The months a monthly average starting at `at` is over: those of the period its sentence names (no
 * `word`), else those of the title's period (its `word`, said in the message); null when unknown.
 */
function monthlyPeriod(doc: TextDocument, at: number): { months: number; word: string | null } | null {
  const from = doc.index.sentenceOf(at).offset;
  const named = monthsNamed(doc.text, from, at);
  if (named !== null) return named === 0 ? null : { months: named, word: null };
  const title = titleMonths(doc);
  return title && takesTitlePeriod(doc, from, at) ? title : null;
}

/** A sum of money in 元 as the text writes one: in 万元 or 亿元 when it is that large (`2377.4万元`). */
function money(value: number): string {
  if (value >= 1e8) return `${(value / 1e8).toFixed(2)}亿元`;
  if (value >= 1e4) return `${(value / 1e4).toFixed(1)}万元`;
  return `${Math.round(value)}元`;
}

/** The hit for the average at `m`, if the total and count of its sentence do not give it. */
export function perCapitaMismatch(doc: TextDocument, m: Mention): Hit | null {
  // The unit's test first: exactFigure makes an object, and is asked of every figure of every text.
  if (m.unit?.dimension !== "money") return null;
  const a = exactFigure(m);
  if (!a || a.unit !== "元" || m.unit?.dimension !== "money" || isShielded(doc, m.offset)) return null;
  const per = perBefore(doc.text, m.offset);
  if (!per) return null;
  const from = segmentStart(doc, per.start);
  const listed = listedAveragesBefore(doc, per.start, from);
  const before = quantitiesBetween(doc, from, per.start);
  const totals = before.filter((x) => x.unit?.dimension === "money" && !listed.has(x));
  const counts = before.filter((x) => countsOver(x, per.over));
  if (totals.length !== 1 || counts.length !== 1) return null;
  const total = exactFigure(totals[0]);
  const count = exactFigure(counts[0]);
  if (!total || !count || count.value - count.half <= 0 || total.value <= a.value) return null;
  // 累计保障2.32万人次 … 月人均615元: a count of times (人次, 户次) of a monthly payment already counts
  // person-months; whether it does (or counts visits) the sentence does not say. Silence.
  if (per.monthly && counts[0].unit?.unit.endsWith("次")) return null;
  // A monthly average: over count × months, the months those of the period the sentence names, or
  // else the title's.
  const period = per.monthly ? monthlyPeriod(doc, per.start) : { months: 1, word: null };
  if (!period) return null;
  const { months } = period;
  const lo = (total.value - total.half) / (count.value + count.half) / months;
  const hi = (total.value + total.half) / (count.value - count.half) / months;
  const q = m.quantity!;
  const half = averageHalf(a.value, q.decimals, q.scale);
  if (per.monthly) {
    if (a.value + half >= lo * (1 - MONTHLY_SLACK) && a.value - half <= hi * (1 + MONTHLY_SLACK)) return null;
  } else {
    const slack = Math.max(half, a.value * RELATIVE_FLOOR);
    if (a.value + slack >= lo && a.value - slack <= hi) return null;
  }
  const expected = format(total.value / count.value / months / q.scale, q.decimals);
  const text = doc.text;
  const params = { per: per.over, total: text.slice(totals[0].offset, totals[0].offset + totals[0].length), count: text.slice(counts[0].offset, counts[0].offset + counts[0].length), expected: expected + (q.scaleWord ?? "") + "元", stated: text.slice(m.offset, m.offset + m.length) };
  return hitAt(
    m,
    per.monthly
      ? { key: "perCapitaMonthlyMismatch", params: { ...params, months, expectedTotal: money(count.value * a.value * months), ...(period.word ? { period: period.word } : {}) } }
      : { key: "perCapitaMismatch", params },
    text.slice(m.offset, m.offset + m.length),
    expected,
  );
}

/**
 * 月均 / 日均 of a total over the period (`上半年全县累计助餐32.4万人次,月均5.4万人次`, `全年助餐312万人次,
 * 日均8525人次`) that the total and the period do not give: total ÷ months (÷ days). Read by
 * implausible-quantity. Only an average that opens its clause with 月均 or 日均 (and nothing or a
 * verb: `月均发放`), exact, after exactly one exact total of the same unit in its sentence (from its
 * last semicolon on), with no comparison (比, 较) from that total's clause on (the figure may be a
 * base). The months are those of the period the sentence names, else the title's (as for 人均每月,
 * `monthlyPeriod`): unclear, and it is silent. Unlike 人均 over a caseload that moves, a total over
 * its months is plain arithmetic: the tolerance is the rounding of both figures (a round average to
 * its last non-zero digit) and PERIOD_SLACK. Left alone: a flow of persons or households (人, 户: a
 * 月均 of them is most often the average caseload, `全年累计保障1.6万人,月均保障1.36万人`), words of a
 * caseload or a change after 月均 (保障, 在保, 增长 …), 每人/人均 (a per-person rate). 日均 is read over
 * the calendar days of the months (any months of that count, leap years too), or over working days
 * (about two thirds of them: a service hall's 日均 often is), and flagged only outside both.
 */
const PERIOD_AVERAGES = new WordList(["月均", "日均"]);
/** After 月均/日均, words that make it no share of the total: a caseload, a change (`日均接待由35人次增加到42人次`), a per-person rate. */
const NOT_A_SHARE = /[人户每均由从]|保障|在保|在册|供养|入住|覆盖|余额|结存|增长|增加|减少|下降|提高|降低|净增|净减/;
/** Units whose 月均 is most often an average stock (caseload), not total ÷ months. */
const STOCK_UNITS = new Set(["人", "名", "位", "户", "个家庭", "户家庭"]);
/** The share of its total an average over a period may stray beyond rounding (a few percent). */
const PERIOD_SLACK = 0.03;
/** Working days as a share of calendar days: about 250 of 365 (weekends, holidays), with room. */
const WORKDAY_SHARE: readonly [number, number] = [0.64, 0.72];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** How long the words between 月均/日均 and the figure may be (`月均发放`, `日均接待服务`). */
const MAX_AVERAGE_LEAD = 8;

/** The fewest and most calendar days of `months` consecutive months within a year (leap or not). */
function daysOf(months: number): [number, number] {
  let lo = Infinity;
  let hi = 0;
  for (let first = 0; first + months <= 12; first++) {
    let days = 0;
    for (let k = first; k < first + months; k++) days += MONTH_DAYS[k];
    const leap = first <= 1 && first + months > 1 ? 1 : 0;
    lo = Math.min(lo, days);
    hi = Math.max(hi, days + leap);
  }
  return [lo, hi];
}

/** Whether `value` ± `half` meets [lo, hi] widened by PERIOD_SLACK. */
function meets(value: number, half: number, lo: number, hi: number): boolean {
  return value + half >= lo * (1 - PERIOD_SLACK) && value - half <= hi * (1 + PERIOD_SLACK);
}

/** The hit for a 月均/日均 at `m` that its sentence's total over the period's months (days) does not give. */
export function periodAverageMismatch(doc: TextDocument, m: Mention): Hit | null {
  const { text } = doc;
  const start = clauseStart(text, m.offset, MAX_AVERAGE_LEAD + 2);
  // The average opens its clause (after , ; :) with its word: `,月均3.6万人次`, `,日均接待1780人次`.
  // (Told before exactFigure's object is made: most figures open no such clause.)
  if (start === 0 || !isClauseMark(text.charCodeAt(start - 1))) return null;
  const word = PERIOD_AVERAGES.startingAt(text, start);
  if (!word) return null;
  const a = exactFigure(m);
  if (!a || isShielded(doc, m.offset)) return null;
  const lead = text.slice(start + word.length, m.offset);
  if (lead.length > MAX_AVERAGE_LEAD - 2 || /[^\u4e00-\u9fff]/.test(lead) || NOT_A_SHARE.test(lead)) return null;
  if (STOCK_UNITS.has(a.unit) || a.unit === "%" || m.unit?.dimension === "money-per-period") return null;
  const from = segmentStart(doc, start);
  const totals = quantitiesBetween(doc, from, start).filter((x) => unitOf(x) === a.unit);
  if (totals.length !== 1) return null;
  const t = exactFigure(totals[0]);
  if (!t || t.value <= a.value) return null;
  const between = text.slice(clauseStart(text, totals[0].offset, 80), start);
  if (between.includes("比") || between.includes("较")) return null;
  const period = monthlyPeriod(doc, start);
  if (!period || period.months < 2) return null;
  const q = m.quantity!;
  const half = averageHalf(a.value, q.decimals, q.scale);
  let divisors: [number, number];
  if (word === "月均") divisors = [period.months, period.months];
  else {
    divisors = daysOf(period.months);
    const [wlo, whi] = [divisors[0] * WORKDAY_SHARE[0], divisors[1] * WORKDAY_SHARE[1]];
    if (meets(a.value, half, (t.value - t.half) / whi, (t.value + t.half) / wlo)) return null;
  }
  if (meets(a.value, half, (t.value - t.half) / divisors[1], (t.value + t.half) / divisors[0])) return null;
  const span = Math.round((divisors[0] + divisors[1]) / 2);
  const expected = format(t.value / span / q.scale, q.decimals) + (q.scaleWord ?? "") + (q.unit ?? "");
  const stated = text.slice(m.offset, m.offset + m.length);
  const params = { per: word === "月均" ? ("month" as const) : ("day" as const), total: text.slice(totals[0].offset, totals[0].offset + totals[0].length), span, expected, stated, ...(period.word ? { period: period.word } : {}) };
  return hitAt(m, { key: "periodAverageMismatch", params }, stated, expected);
}

/**
 * A ratio per so many people (`每千名老年人拥有养老床位35张`, `每万人拥有社会组织8.2个`, `每万名老年人拥有
 * 社会工作者3.5名`) that the count and the population its sentence states do not give: `全市60周岁以上老年人
 * 32.5万人,养老床位1.14万张,每千名老年人拥有养老床位45张` (11,400 ÷ 325,000 × 1,000 is 35.1). Read by
 * implausible-quantity, as 人均 is: the ratio is an average over people scaled by a thousand or ten
 * thousand, a figure that cannot be what it claims. Read only where the words say it all:
 * - the ratio: 每 + a size (`千`, `万`, `十万`, `1000`, `10万`) + 名/位/人 (or 人口) + for 名 and 位 the
 *   people (`老年人`) + 拥有/配备/配有 (or, after 人 or 人口, nothing) + the thing (`养老床位`; 数 and
 *   达到/为 after it) + an exact figure; all ideographs, no word of comparison, change or bound;
 * - the population: exactly one exact count of persons (not 人次) in the stretch of the sentence before
 *   the ratio (from its last semicolon on, as for 人均) named the ratio's people and nothing more than
 *   words of scope (`全市60周岁以上老年人`, `户籍老年人口`; not `失能老年人`, nor an age other than 60:
 *   `80周岁以上老年人`), or for `每万人`, `每千人口` a whole population (`户籍人口`, `常住人口`, `总人口`;
 *   not `老年人口`);
 * - the count: exactly one exact figure there in the ratio's dimension named the ratio's thing (after
 *   words of scope or of registration, or 其中: `全市登记社会组织`, `其中护理型床位`), or a word of it that stands for it in a
 *   passage on elderly care (`床位` for `养老床位`; not `护理型床位`); with no thing named, the one figure
 *   in the ratio's unit. Neither may be a change (`增加1000张`), a ratio or an average (a clause with 每, 均).
 * Silent when their scopes may differ: a part of the area (农村, 城市, 城镇 …) not named alike in the
 * clauses of the population, the count and the ratio; two wholes or two residences named differently
 * (全市/全县, 户籍/常住); two different years in the stretch; a target (`力争`, `目标`, `到2025年`) or a
 * plan section. Tolerance: the rounding of the three figures as written (a round ratio to its last
 * non-zero digit) and RATIO_SLACK (counts taken at slightly different dates).
 */
/** How far before the ratio's figure its 每 may stand (`每万名老年人拥有持证社会工作者`). */
const MAX_RATIO_LEAD = 28;
/** The share of the ratio that counts taken at slightly different dates may move it. */
const RATIO_SLACK = 0.03;
const SIZE_CHARS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4 };
/** The verbs between the people and the thing (`每千名老年人拥有养老床位`). */
const RATIO_VERBS = ["拥有", "配备", "配有"];
/** After the thing: its count's word, and a filler (`养老床位数达到`). */
const THING_TAILS = new WordList(["总数", "数量", "数"]);
const THING_FILLERS = new WordList(["达到", "达", "为"]);
/** After a figure's name, words that say it is there, not what it is (`养老床位达到`, `…为`). */
const NAME_FILLERS = new WordList(["共计", "总数为", "总数", "总量", "达到", "达", "为", "有", "共"]);
/** In a ratio's thing or people: a comparison, a change, a part or a bound; the ratio is then not read. */
const isBusyName = codeSet("比较增减升降提多少由从其约近超共均");
/** Parts of an area: a figure of one is not a figure of the whole, nor of another part. */
const AREA_PARTS = ["农村", "城市", "城镇", "城区", "乡村", "市区", "市本级", "县城", "乡镇"];
/** Wholes and residences: two named differently are two populations (全市 and 全县, 户籍 and 常住). */
const WHOLES = ["全市", "全县", "全区", "全省", "全州", "全旗", "全盟", "全国"];
const RESIDENCES = ["户籍", "常住"];
/**
 * Words that may stand before the people or the thing and say only where, when or how they are
 * counted (`全市`, `户籍`, `年末`, `按常住人口…计算`, `60周岁以上`, `登记`); anything else narrows them
 * (`失能老年人`, `护理型床位`).
 */
const SCOPE_WORDS = new WordList([...AREA_PARTS, ...WHOLES, ...RESIDENCES, "及以上", "以上", "年末", "年底", "现有", "共有", "拥有", "全体", "按", "总", "的", "有", "共"]);
const COUNT_SCOPE_WORDS = new WordList([...AREA_PARTS, ...WHOLES, "其中", "依法登记", "登记注册", "登记", "注册", "在册", "各类", "现有", "共有", "拥有", "年末", "年底", "的", "有", "共"]);
/** The head a ratio's thing may have over its count's shorter name in a passage on elderly care (`养老床位` of `床位`). */
const THING_HEADS = ["养老"];
/** The other names of the ratio's people (`老年人`: `老人`, `老年人口`). */
const PEOPLE_NAMES: Readonly<Record<string, readonly string[]>> = { 老年人: ["老年人", "老年人口", "老人"] };
const ELDERLY_AGE = 60;
/** Words of a target: the ratio is to be reached, not computed from the figures of today. */
const TARGET_WORDS = new WordList(["力争", "目标", "计划", "预计", "争取", "规划", "确保", "不低于", "不少于", "达标", "要求"]);
/** `到2025年`: a year the ratio is to be reached by. */
const BY_YEAR = /到\s*\d{4}\s*年/;

/** A ratio's words: its size (1,000 for 每千名), the people it is over ("" for 每万人), its thing, where 每 stands and its words end. */
interface PerPopulation {
  size: number;
  people: string;
  thing: string;
  start: number;
  end: number;
}

/** Where 每 stands in the clause before `at`, at most MAX_RATIO_LEAD back (the last one), or -1. */
function perAt(text: string, at: number): number {
  const from = clauseStart(text, at, MAX_RATIO_LEAD);
  for (let i = at - 1; i >= from; i--) if (text.charCodeAt(i) === 0x6bcf) return i; // 每
  return -1;
}

/** `每千名老年人拥有养老床位` (and 数, 达到) ending at `at`: the ratio's words, or null. */
function perPopulationBefore(text: string, at: number): PerPopulation | null {
  const start = perAt(text, at);
  if (start < 0) return null;
  let p = start + 1;
  let digits = 0;
  while (p < at && digits < 6 && isDigit(text.charCodeAt(p))) {
    p++;
    digits++;
  }
  let size = digits > 0 ? Number(text.slice(start + 1, p)) : 1;
  let scales = 0;
  while (p < at && scales < 2 && SIZE_CHARS[text[p]] !== undefined) {
    size *= SIZE_CHARS[text[p++]];
    scales++;
  }
  if ((digits === 0 && scales === 0) || !(size >= 10)) return null;
  const unit = text[p++];
  if (unit !== "名" && unit !== "位" && unit !== "人") return null;
  let rest = text.slice(p, at);
  for (let i = 0; i < rest.length; i++) if (!isHan(rest.charCodeAt(i))) return null;
  let people = "";
  if (unit === "人" && rest.startsWith("口")) {
    people = "人口";
    rest = rest.slice(1);
  }
  const verb = RATIO_VERBS.find((v) => rest.includes(v));
  let thing = rest;
  if (verb !== undefined) {
    const v = rest.indexOf(verb);
    if (people !== "" && v > 0) return null;
    if (people === "") people = rest.slice(0, v);
    thing = rest.slice(v + verb.length);
  } else if (unit !== "人") return null; // `每千名老年人养老床位`: where the people end, the words do not say
  if (people === "人口") people = ""; // 每千人口: the whole population, as 每万人
  let end = at;
  const filler = THING_FILLERS.endingAt(thing, thing.length);
  if (filler) {
    thing = thing.slice(0, -filler.length);
    end -= filler.length;
  }
  const tail = THING_TAILS.endingAt(thing, thing.length);
  if (tail && thing.length > tail.length) thing = thing.slice(0, -tail.length);
  for (const w of [people, thing]) for (let i = 0; i < w.length; i++) if (isBusyName(w.charCodeAt(i))) return null;
  return { size, people, thing, start, end };
}

/** `name` without the words of scope at its head (`全市户籍老年人` → `老年人`). */
function core(name: string, scope: WordList): string {
  let rest = name;
  for (let w = scope.startingAt(rest, 0); w !== undefined && rest.length > 0; w = scope.startingAt(rest, 0)) rest = rest.slice(w.length);
  return rest;
}

/**
 * The words naming figure `x` (the ideographs right before it, from the figure before it on: `60周岁以上
 * 老年人` is named 老年人, its age read apart), without the words after them that only say it is there.
 */
function nameOf(doc: TextDocument, x: Mention): string {
  let name = leadOf(doc, x, MAX_RATIO_LEAD);
  const k = firstAtOrAfter(doc.mentions, x.offset) - 1;
  if (k >= 0 && end(doc.mentions[k]) > x.offset - name.length) name = doc.text.slice(end(doc.mentions[k]), x.offset);
  for (let filler = NAME_FILLERS.endingAt(name, name.length); filler && filler.length < name.length; filler = NAME_FILLERS.endingAt(name, name.length)) name = name.slice(0, -filler.length);
  return name;
}

/** Whether `name` names the people `people` (`全市老年人`, `老年人口`), or, for "", a whole population (`户籍人口`). */
function namesPeople(name: string, people: string): boolean {
  const c = core(name, SCOPE_WORDS);
  const of = core(people, SCOPE_WORDS); // 每千名农村老年人: 农村 is the scope's, read by sameScope
  if (of === "" || of === "人口") return c === "人口";
  return c === of || c === of + "口" || (PEOPLE_NAMES[of]?.includes(c) ?? false);
}

/** Whether a count named `name` is of the ratio's thing: the same after words of scope, or `床位` for `养老床位`. */
function namesThing(name: string, thing: string): boolean {
  const c = core(name, COUNT_SCOPE_WORDS);
  return c === thing || (c.length >= 2 && THING_HEADS.some((h) => h + c === thing));
}

/** How far back a figure's clause is read for the words of its scope. */
const SCOPE_REACH = 40;

/** The clause holding figure `x`, up to it (`全市60周岁以上老年人`): what it names its scope by. */
function clauseOf(doc: TextDocument, x: Mention): string {
  return doc.text.slice(clauseStart(doc.text, x.offset, SCOPE_REACH), x.offset);
}

/** The words of `list` found in `s`, joined ("" for none). */
function wordsIn(list: readonly string[], s: string): string {
  return list.filter((w) => s.includes(w)).join("、");
}

/**
 * Whether the clauses of the population, the count and the ratio may speak of one scope: parts of
 * the area named alike in all three (or in none), no two wholes or residences named differently.
 */
function sameScope(clauses: readonly string[]): boolean {
  const parts = clauses.map((c) => wordsIn(AREA_PARTS, c));
  if (parts.some((p) => p !== parts[0])) return false;
  for (const list of [WHOLES, RESIDENCES]) {
    const named = clauses.map((c) => wordsIn(list, c)).filter((w) => w !== "");
    if (named.some((w) => w !== named[0])) return false;
  }
  return true;
}

/** Whether figure `x` is a level of its own: no change (`增加1000张`), no ratio or average (a clause with 每 or 均), not right after 每. */
function isLevel(doc: TextDocument, x: Mention): boolean {
  if (doc.text[x.offset - 1] === "每" || isChangeAmount(doc.text, x)) return false;
  const clause = clauseOf(doc, x);
  return !clause.includes("每") && !clause.includes("均");
}

/** Whether the clause of a population of 老年人 names an age other than 60 (`80周岁以上老年人`): the population is a part. */
function otherAge(doc: TextDocument, x: Mention): boolean {
  const from = clauseStart(doc.text, x.offset, SCOPE_REACH);
  return quantitiesBetween(doc, from, x.offset).some((a) => AGE_UNITS.has(a.unit?.unit ?? "") && a.quantity?.number !== ELDERLY_AGE);
}

/** Whether the stretch from `from` to `to` names two different years (`2023年全市老年人…,2024年养老床位…`). */
function twoYears(doc: TextDocument, from: number, to: number): boolean {
  const years = new Set<number>();
  for (const m of quantitiesAndDatesBetween(doc, from, to)) for (const y of m.kind === "year" ? (m.years ?? []) : []) years.add(y);
  return years.size > 1;
}

/** The hit for a ratio per so many people at `m` that the count and population of its sentence do not give. */
export function perPopulationMismatch(doc: TextDocument, m: Mention): Hit | null {
  // The unit's test before exactFigure's object, as in perCapitaMismatch.
  const dimension = m.unit?.dimension;
  if (dimension !== "count" && dimension !== "persons") return null;
  const a = exactFigure(m);
  if (!a || TIMES_UNITS.has(a.unit) || isShielded(doc, m.offset)) return null;
  const { text } = doc;
  const per = perPopulationBefore(text, m.offset);
  if (!per || doc.planLines[doc.index.lineOf(m.offset)]) return null;
  // Of persons per persons, only a thing named apart from the people (`社会工作者3.5名`).
  if (dimension === "persons" && per.thing === "") return null;
  const ratioClause = text.slice(clauseStart(text, per.start, SCOPE_REACH), m.offset);
  if (TARGET_WORDS.inside(ratioClause) || BY_YEAR.test(ratioClause)) return null;
  const from = segmentStart(doc, per.start);
  const before = quantitiesBetween(doc, from, per.start).filter((x) => exactFigure(x) !== null && isLevel(doc, x));
  const populations = before.filter((x) => x.unit?.dimension === "persons" && !TIMES_UNITS.has(unitOf(x) ?? "") && namesPeople(nameOf(doc, x), per.people));
  const counts = before.filter((x) => x.unit?.dimension === dimension && !populations.includes(x) && (per.thing === "" ? unitOf(x) === a.unit : namesThing(nameOf(doc, x), per.thing)));
  if (populations.length !== 1 || counts.length !== 1 || twoYears(doc, from, m.offset)) return null;
  const [population, count] = [populations[0], counts[0]];
  if (otherAge(doc, population) || !sameScope([clauseOf(doc, population), clauseOf(doc, count), ratioClause])) return null;
  const p = exactFigure(population)!;
  const c = exactFigure(count)!;
  if (p.value - p.half < per.size) return null;
  const lo = ((c.value - c.half) / (p.value + p.half)) * per.size;
  const hi = ((c.value + c.half) / (p.value - p.half)) * per.size;
  const q = m.quantity!;
  const half = averageHalf(a.value, q.decimals, q.scale);
  if (a.value + half >= lo * (1 - RATIO_SLACK) && a.value - half <= hi * (1 + RATIO_SLACK)) return null;
  const expected = format(((c.value / p.value) * per.size) / q.scale, q.decimals);
  const stated = text.slice(m.offset, m.offset + m.length);
  const params = {
    population: text.slice(population.offset, end(population)),
    count: text.slice(count.offset, end(count)),
    per: text.slice(per.start, per.end),
    expected: expected + (q.scaleWord ?? "") + (q.unit ?? ""),
    stated,
  };
  return hitAt(m, { key: "perPopulationMismatch", params }, stated, expected);
}
