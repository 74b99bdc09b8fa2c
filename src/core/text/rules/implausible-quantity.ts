import { codeSet, isAsciiLetter, isDigit, isHan, isSpace } from "../chars";
import { isShielded, type TextDocument, yearMentions } from "../document";
import { type ExactFigure, exactFigure, MAX_FIGURES, quantitiesBetween } from "../figures";
import { perCapitaMismatch, periodAverageMismatch, perPopulationMismatch } from "../per-capita";
import { hitAt, type Hit, type TextRule } from "../rule";
import { type Mention, unitAt } from "../scan";

/**
 * implausible-quantity: a figure that cannot be what it claims.
 * - Damage from a find-and-replace of the year: `发放棉衣202400件`, `12024户` in a 2024 report — a
 *   whole number of five to eight digits that contains the report's year (or
 *   a year its title names), with or without 万/亿 (`拟投资202400万元`, `20240万元`, where 2000万元 was
 *   meant; `基金2024万元`, four digits, may be meant). Not a figure grouped by thousands (`12,025张`:
 *   digits grouped by hand were read as a number), nor one its sentence's arithmetic bears out
 *   (`135名…每人150元,合计20250元`: sentenceBearsOut). Needs the report's year; without it this check is quiet.
 * - Placeholders inside or instead of a figure: `1x5户`, `xx万元`, `X家养老机构`, `增长X%`, `__%`
 *   (a template never filled in), also in a decimal (`1X.02亿元`), before 余 (`70XX余套`) and, as
 *   letters, in a percentage (`增长6x%`). Mixed with digits, only before units of counts, people,
 *   households, money and (letters only) percentages: `7×24小时` and `3×4米` are sizes, and so may
 *   be `3X600㎡` (three rooms of 600㎡, written with a letter X for ×), so lengths, areas and times
 *   stay out. (`XX年` is suspicious-year's.)
 * - Two figures for one thing glued together: `3.5万元2.1万元` (same unit, nothing between).
 *   `2918户5295人` (households and people) is the normal way to write a pair.
 * - A figure with two decimal points: `发放慰问金1.2.4万元` (read as 1.2 and 4万元). A date
 *   (`2023.9.26`, a year first) and a section number with no unit after it (`1.2.4 养老服务`) are not.
 * - Counts that cannot be: an age above 120 years, a month above 12 after a year
 *   (`2022年13月`), a day beyond its month's end (`3月35日`, `4月31日`, `2023年2月29日`), more people, households or couples
 *   than the place the report speaks for has (`全市城乡低保对象11.26亿人`: a 万 or 亿 added).
 * - An average that its sentence's total and count do not give: `…5946名…共计1367.6万元,人均3200元`
 *   (about 2300元; see ../per-capita.ts for the shapes read and those left alone). No code of the
 *   spec fits better: it is no growth, no completion and no sum, but a figure that cannot be what it
 *   claims to be, the total over the count.
 * - A ratio per so many people that its sentence's count and population do not give: `老年人32.5万人,
 *   养老床位1.14万张,每千名老年人拥有养老床位45张` (about 35; ../per-capita.ts, `perPopulationMismatch`).
 *   The same reasoning: an average over people, scaled by a thousand, no growth and no part of a whole.
 */
const PLACEHOLDER = "xX×*＊?？ｘＸ_＿";
const isPlaceholder = codeSet(PLACEHOLDER);
const PLACEHOLDER_DIMENSIONS = new Set(["persons", "households", "count", "money", "money-per-period"]);
const SCALE_CHARS = "万亿千百";
/** Placeholder letters proper (not ×, * or ?, which also multiply or query). */
const LETTER_MARKS = "xXｘＸ_＿";
const MAX_AGE = 120;

/** The report's year and the title's, each once, in that order, as the strings digits are searched for. */
function damageYears(doc: TextDocument): { year: number; written: string }[] {
  const years: number[] = doc.reportYear !== null ? [doc.reportYear] : [];
  for (const y of doc.titleYears) if (!years.includes(y)) years.push(y);
  return years.map((year) => ({ year, written: String(year) }));
}

/**
 * A figure written with thousands separators (`12,025张`): a find-and-replace of the year puts four
 * digits in a run of digits, and the writer who grouped the digits by three read them as a number.
 */
function groupedByThousands(written: string): boolean {
  for (let i = 1; i + 1 < written.length; i++) {
    const c = written.charCodeAt(i);
    if ((c === 0x2c || c === 0xff0c) && isDigit(written.charCodeAt(i - 1)) && isDigit(written.charCodeAt(i + 1))) return true;
  }
  return false;
}

function yearDamage(doc: TextDocument, m: Mention, years: () => { year: number; written: string }[]): Hit | null {
  const q = m.quantity;
  if (m.kind !== "quantity" || !q || !m.unit || q.decimals > 0 || m.numeral !== "arabic") return null;
  if (m.unit.dimension === "time" || m.unit.dimension === "rate" || m.unit.dimension === "rate-points") return null;
  if (m.digits.length < 5 || m.digits.length > 8 || groupedByThousands(m.text)) return null;
  for (const { year: y, written } of years()) {
    if (m.digits.includes(written)) {
      return hitAt(m, { key: "yearDamage", params: { value: m.text, year: y } }, m.text);
    }
  }
  return null;
}

function placeholders(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  // Only a figure with a mark in it is one: start at the figure holding the first mark (back over
  // its digits and decimal point), as the runs of plain digits before it are passed over anyway.
  let i = 0;
  while (i < text.length && !isPlaceholder(text.charCodeAt(i))) i++;
  if (i === text.length) return hits;
  while (i > 0 && (isDigit(text.charCodeAt(i - 1)) || text[i - 1] === "." || text[i - 1] === "．")) i--;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && !isPlaceholder(c)) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    let marks = 0;
    let decimal = false;
    for (;;) {
      while (i < text.length && (isDigit(text.charCodeAt(i)) || isPlaceholder(text.charCodeAt(i)))) {
        if (isDigit(text.charCodeAt(i))) digits++;
        else marks++;
        i++;
      }
      // A decimal point inside the figure: `1X.02亿元`, `109x.52万元` (one point at most).
      const point = text[i] === "." || text[i] === "．";
      const c2 = text.charCodeAt(i + 1);
      if (!point || decimal || !(isDigit(c2) || isPlaceholder(c2))) break;
      decimal = true;
      i++;
    }
    const lettersOnly = digits === 0;
    const soleX = lettersOnly && marks === 1 && "xXＸｘ_＿".includes(text[start]);
    if (marks === 0 || (lettersOnly && marks < 2 && !soleX)) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (isAsciiLetter(before) || isAsciiLetter(text.charCodeAt(i))) continue;
    let j = i;
    if (text[j] === " " && !lettersOnly) continue;
    while (j < i + 1 && isSpace(text[j])) j++;
    if (SCALE_CHARS.includes(text[j] ?? "_")) j++;
    // `70XX余套`, `XX余个`, `1X.6万余人`: 余/多 between the figure and its unit.
    if (text[j] === "余" || text[j] === "多") j++;
    const u = unitAt(text, j);
    // `第X届` is an ordinal without its number: missing-ordinal says so.
    if (!u || u.info.unit === "年" || text[start - 1] === "第" || isShielded(doc, start)) continue;
    // A percentage with x letters in its digits (`增长6x%`, `达到1X0%`); `3×4%` or `3*5%` is arithmetic.
    const lettered = [...text.slice(start, i)].every((ch) => !isPlaceholder(ch.charCodeAt(0)) || LETTER_MARKS.includes(ch));
    const rate = u.info.dimension === "rate" && lettered;
    if (!lettersOnly && !PLACEHOLDER_DIMENSIONS.has(u.info.dimension) && !rate) continue;
    if (soleX && start > 0 && !isHan(text.charCodeAt(start - 1)) && !",,、;;:: (（".includes(text[start - 1])) continue;
    const span = { offset: start, length: j + u.length - start };
    const value = text.slice(span.offset, span.offset + span.length);
    hits.push(hitAt(span, { key: "placeholderInFigure", params: { value } }, value));
    i = span.offset + span.length;
  }
  return hits;
}

function glued(doc: TextDocument, a: Mention, b: Mention): Hit | null {
  if (a.offset + a.length !== b.offset || a.kind !== "quantity" || b.kind !== "quantity") return null;
  if (a.numeral !== "arabic" || b.numeral !== "arabic" || !a.quantity?.unit || !b.quantity?.unit) return null;
  if (a.quantity.unit !== b.quantity.unit || isShielded(doc, a.offset)) return null;
  const span = { offset: a.offset, length: b.offset + b.length - a.offset };
  return hitAt(span, { key: "gluedFigures", params: { first: a.text, second: b.text } }, doc.text.slice(span.offset, span.offset + span.length));
}

/**
 * `认定低收入家庭1026户968人`: fewer people than households, and a household has at least one.
 * Only a count of households written straight before its people (N户M人), both exact.
 */
function fewerPeopleThanHouseholds(doc: TextDocument, a: Mention, b: Mention): Hit | null {
  const qa = a.quantity;
  const qb = b.quantity;
  if (a.kind !== "quantity" || b.kind !== "quantity" || !qa || !qb || qa.number === null || qb.number === null) return null;
  if (qa.unit !== "户" || (qb.unit !== "人" && qb.unit !== "名") || qa.bound !== "exact" || qb.bound !== "exact" || qa.range || qb.range) return null;
  // (Written apart, 3865户、1376人 may be two things: 低保、特困分别为….)
  if (b.offset !== a.offset + a.length) return null;
  // `每千户1.5名`: a ratio per thousand households, not a count of them.
  if (doc.text[a.offset - 1] === "每") return null;
  // (Rounded figures, 1.2万户1.1万人, may each be half a step off.)
  const slack = 0.5 * 10 ** -qa.decimals * qa.scale + 0.5 * 10 ** -qb.decimals * qb.scale;
  if (qb.number >= qa.number - slack) return null;
  const span = { offset: a.offset, length: b.offset + b.length - a.offset };
  return hitAt(span, { key: "fewerPeopleThanHouseholds", params: { households: a.text, people: b.text } }, doc.text.slice(span.offset, span.offset + span.length));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Arabic number written just before `end` (at most `max` digits), or NaN. */
function numberBefore(text: string, end: number, max: number): number {
  let start = end;
  while (start > 0 && end - start < max && isDigit(text.charCodeAt(start - 1))) start--;
  return start === end || (start > 0 && isDigit(text.charCodeAt(start - 1))) ? NaN : Number(text.slice(start, end));
}

/**
 * The days the month written before `monthChar` (its 月) has: 30 in April, 28 in February of a
 * year written before it that is no leap year (`2024年2月30日`, `2023年2月29日`, `4月31日`); 31 when
 * the month is not told.
 */
function daysIn(text: string, monthChar: number): number {
  const month = numberBefore(text, monthChar, 2);
  if (!(month >= 1 && month <= 12)) return 31;
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  const monthStart = monthChar - String(month).length;
  const year = text[monthStart - 1] === "年" ? numberBefore(text, monthStart - 1, 4) : NaN;
  if (!(year >= 1900 && year <= 2999)) return 29;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function impossibleCount(doc: TextDocument, m: Mention): Hit | null {
  const { text } = doc;
  if (isShielded(doc, m.offset)) return null;
  if (m.kind === "quantity" && m.unit && (m.unit.unit === "岁" || m.unit.unit === "周岁")) {
    const q = m.quantity;
    const top = q?.range ? q.range[1] : q?.number;
    if (top !== null && top !== undefined && top > MAX_AGE) return hitAt(m, { key: "impossibleAge", params: { value: m.text } }, m.text);
  }
  if (m.kind === "date" && m.numeral === "arabic") {
    const n = Number(m.digits);
    const tail = text.slice(m.offset + m.length - 2, m.offset + m.length);
    const month = tail.endsWith("月") || tail === "月份";
    const before = text[m.offset - 1];
    if (month && before === "年" && (n < 1 || n > 12)) return hitAt(m, { key: "impossibleMonth", params: { value: m.text } }, m.text);
    if (tail.endsWith("日") && before === "月") {
      const max = daysIn(text, m.offset - 1);
      if (n < 1 || n > max) return hitAt(m, { key: "impossibleDay", params: { value: m.text, max } }, m.text);
    }
  }
  return null;
}

/**
 * Who the report speaks for, from its title: a 市/县/区 民政局's report counts at most a city's
 * people, a 省 民政厅's a province's; any other (民政部, or no title) the country's.
 */
type Scope = "local" | "province" | "country";
const LOCAL_OFFICE = /(?:市|县|区|旗|州|盟|镇|街道)(?:民政局|民政和|民政事务局|民政办|社会事务)/;
const PROVINCE_OFFICE = /(?:省|自治区)民政厅/;
/** A sentence that speaks of the country or the province (全国低保对象4000万人 in a city's report). */
const COUNTRY_WORDS = /全国|我国|中国|全球|世界/;
const PROVINCE_WORDS = /全省|我省|省内|全区各|自治区/;
/**
 * The most people, households and couples married in a year a figure can count, by scope: the
 * country (1.41亿 … 14.1亿 people, about 4.9亿 households, at most 1,350万 marriages a year), the
 * largest province (1.27亿 people), the largest city (重庆, 3,200万 people; about 20万 marriages
 * a year). Caps with room: a figure above one is a 万 or 亿 added, not a big place.
 */
const MOST: Record<Scope, { persons: number; households: number; couples: number }> = {
  country: { persons: 1.45e9, households: 6e8, couples: 1.5e7 },
  province: { persons: 1.35e8, households: 6e7, couples: 1.5e6 },
  local: { persons: 3.5e7, households: 1.5e7, couples: 1e6 },
};

function scopeOf(doc: TextDocument, m: Mention): Scope {
  const sentence = doc.text.slice(m.sentence.offset, m.sentence.offset + m.sentence.length);
  if (COUNTRY_WORDS.test(sentence)) return "country";
  const title = doc.titleLine === null ? "" : doc.index.lineText(doc.titleLine);
  if (PROVINCE_WORDS.test(sentence) || PROVINCE_OFFICE.test(title)) return LOCAL_OFFICE.test(title) && !PROVINCE_WORDS.test(sentence) ? "local" : "province";
  return LOCAL_OFFICE.test(title) ? "local" : "country";
}

/** Words of a total over many years: `1980年以来`, `成立以来`, `历年`, `累计`. */
const MANY_YEARS = /以来|历年|累计/;
/** Words that keep a total within a year: `今年以来`, `全年累计`, `上半年累计`, `1-9月累计`. */
const WITHIN_A_YEAR = /今年|本年|当年|全年|年内|年初|半年|季度|本月|当月|[1１]\s?(?:——|[-—–~～至到])\s?\d{1,2}\s?月/;
/** Per document, per sentence: whether it totals many years. */
const MANY_YEARS_READ = new WeakMap<TextDocument, Map<number, boolean>>();

/**
 * Whether the sentence of `m` totals many years (`1980年以来,全国累计办理结婚登记超过4亿对`,
 * `全市累计录入1980年以来婚姻登记档案186万对`): couples married in a year are then no cap. Not
 * a total within a year (`全年累计`, `今年以来`, `1-9月累计`) nor one since a year no earlier than the report's.
 */
function totalOfYears(doc: TextDocument, m: Mention): boolean {
  // (Read once per sentence: a long one full of large counts stays linear.)
  let bySentence = MANY_YEARS_READ.get(doc);
  if (!bySentence) MANY_YEARS_READ.set(doc, (bySentence = new Map()));
  let many = bySentence.get(m.sentence.offset);
  if (many === undefined) {
    const sentence = doc.text.slice(m.sentence.offset, m.sentence.offset + m.sentence.length);
    const since = yearMentions(sentence).filter((y) => sentence.startsWith("以来", y.index + 5));
    many = MANY_YEARS.test(sentence) && !WITHIN_A_YEAR.test(sentence) && (doc.reportYear === null || since.every((y) => y.year < doc.reportYear!));
    bySentence.set(m.sentence.offset, many);
  }
  return many;
}

/**
 * A count of people (人, 名), households (户) or couples (对) beyond what the place the report
 * speaks for has: `全市城乡低保对象11.26亿人`, `全年办理婚姻登记1862万对` (a 万 or 亿 added). 人次
 * counts visits, which may exceed the people, and stays out. Couples over many years
 * (`1980年以来…累计…4亿对`, totalOfYears) are held to the people there are, not to a year's weddings.
 */
function beyondPopulation(doc: TextDocument, m: Mention): Hit | null {
  if (m.kind !== "quantity" || !m.unit || !m.quantity) return null;
  const unit = m.unit.unit;
  const what = unit === "人" || unit === "名" ? "persons" : unit === "户" ? "households" : unit === "对" ? "couples" : null;
  if (!what) return null;
  const q = m.quantity;
  const n = q.range ? q.range[0] : q.number;
  if (n === null || n < 1e5) return null;
  const scope = scopeOf(doc, m);
  if (n <= MOST[scope][what]) return null;
  if (what === "couples" && n <= MOST[scope].persons && totalOfYears(doc, m)) return null;
  return hitAt(m, { key: "beyondPopulation", params: { value: m.text, scope } }, m.text);
}

/** `1.2.4万元`: a decimal, a point, and the figure with its unit straight after it. */
function twoPoints(doc: TextDocument, a: Mention, b: Mention): Hit | null {
  const { text } = doc;
  const end = a.offset + a.length;
  if (a.kind !== "bare" || !a.quantity || a.quantity.decimals === 0 || text[end] !== "." || b.offset !== end + 1 || b.kind !== "quantity" || !b.unit) return null;
  // (2023.9.26: a date, its year first.)
  if (/^(?:19|20)\d{2}\./.test(a.text)) return null;
  const value = text.slice(a.offset, b.offset + b.length);
  return hitAt({ offset: a.offset, length: value.length }, { key: "twoDecimalPoints", params: { value } }, value);
}

/** Persons per household a real count shows (12020户18956人: 1.6). */
const PERSONS_PER_HOUSEHOLD: readonly [number, number] = [1, 5];

/**
 * A count in 户 written with its count in 人 (or the other way round), back to back, at a plausible
 * number of persons per household: each bears the other out, so a year inside one of them
 * (`12020户18956人` in a 2020 report) is how the count came out, not a year replaced by mistake.
 */
function householdsAgree(doc: TextDocument, before: Mention | undefined, m: Mention, after: Mention | undefined): boolean {
  const pairOf = (h: Mention | undefined, p: Mention | undefined): boolean => {
    if (!h || !p || h.offset + h.length !== p.offset || !h.quantity?.number || !p.quantity?.number) return false;
    if (h.quantity.unit !== "户" || (p.quantity.unit !== "人" && p.quantity.unit !== "名")) return false;
    const ratio = p.quantity.number / h.quantity.number;
    return ratio >= PERSONS_PER_HOUSEHOLD[0] && ratio <= PERSONS_PER_HOUSEHOLD[1];
  };
  return pairOf(m, after) || pairOf(before, m);
}

/**
 * A figure its sentence's arithmetic bears out: `为135名困难老人每人发放慰问金150元,合计20250元`
 * (135 × 150), or `城区8000元、农村12250元,合计20250元` (the sum of the figures in its unit before it).
 * A find-and-replace of the year changes the digits of one figure and breaks such an equation, so
 * an exact one says the year inside the figure is how it came out. The figures that bear it out must
 * not hold the year themselves (`2025人每人10元,合计20250元`: replaced together, the equation holds).
 * Exact figures of its sentence only: the last `MAX_FIGURES` before it (figures.ts) and as many after it,
 * for the total may come first (`共发放慰问金20250元,为135名困难老人每人发放150元`). The parts of a sum
 * are read on one side of it, before or after, not across it.
 */
function sentenceBearsOut(doc: TextDocument, k: number, years: readonly { written: string }[]): boolean {
  const m = doc.mentions[k];
  const total = m.quantity?.number;
  const unit = m.quantity?.unit;
  if (total === null || total === undefined || !unit) return false;
  const holdsYear = (x: Mention) => years.some(({ written }) => x.digits.includes(written));
  const exact = (ms: readonly Mention[]) =>
    ms.map(exactFigure).filter((f): f is ExactFigure => f !== null && Number.isFinite(f.value) && f.value > 0 && !holdsYear(f.mention));
  const before = exact(quantitiesBetween(doc, m.sentence.offset, m.offset));
  const after = exact(quantitiesAfter(doc, k));
  const figures = [...before, ...after];
  // Each amount in its unit times a count (persons, households, things): an amount per head.
  const own = figures.filter((f) => f.mention.quantity!.unit === unit);
  for (const a of own) {
    for (const b of figures) if (b !== a && b.mention.quantity!.unit !== unit && Math.abs(a.value * b.value - total) < 1e-6 * total) return true;
  }
  // The parts in its unit on one side of it (two or more): their sum.
  const sumsTo = (fs: readonly ExactFigure[]) => {
    const parts = fs.filter((f) => f.mention.quantity!.unit === unit);
    return parts.length >= 2 && Math.abs(parts.reduce((acc, f) => acc + f.value, 0) - total) < 1e-6 * total;
  };
  return sumsTo(before) || sumsTo(after);
}

/** The quantity mentions after `mentions[k]` in its sentence, the first MAX_FIGURES of them at most, in order. */
function quantitiesAfter(doc: TextDocument, k: number): Mention[] {
  const ms = doc.mentions;
  const { offset, length } = ms[k].sentence;
  const out: Mention[] = [];
  for (let j = k + 1; j < ms.length && ms[j].offset < offset + length && out.length < MAX_FIGURES; j++) {
    if (ms[j].kind === "quantity") out.push(ms[j]);
  }
  return out;
}

export const rule: TextRule = {
  code: "implausible-quantity",
  check(doc: TextDocument): Hit[] {
    const hits: Hit[] = [];
    const ms = doc.mentions;
    // The years are the same for every figure: made once, and only when a figure is long enough to hold one.
    let yearList: { year: number; written: string }[] | null = null;
    const years = () => (yearList ??= damageYears(doc));
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (isShielded(doc, m.offset)) continue;
      const damage = yearDamage(doc, m, years);
      if (damage && !householdsAgree(doc, ms[k - 1], m, ms[k + 1]) && !sentenceBearsOut(doc, k, years())) hits.push(damage);
      const odd = impossibleCount(doc, m) ?? beyondPopulation(doc, m) ?? perCapitaMismatch(doc, m) ?? periodAverageMismatch(doc, m) ?? perPopulationMismatch(doc, m);
      if (odd) hits.push(odd);
      if (k + 1 < ms.length) {
        const g = glued(doc, m, ms[k + 1]) ?? twoPoints(doc, m, ms[k + 1]) ?? fewerPeopleThanHouseholds(doc, m, ms[k + 1]);
        if (g) hits.push(g);
      }
    }
    // One by one: a spread of a long document's placeholders (150,000 XX) overflows the stack.
    for (const h of placeholders(doc)) hits.push(h);
    return hits;
  },
};
