import { lookupUnit, MAX_UNIT_LENGTH, parseQuantity, UNIT_CATALOGUE } from "../quantity";
import type { Quantity, UnitInfo } from "../quantity/types";
import { CN_DIGITS, CN_SCALES, codeSet, isAsciiLetter, isCnNumeralCode, isDigit, isHan, isSpace, isSpaceCode, rangeJoinerLength, WordList } from "./chars";
import { type Span, TextIndex } from "./spans";

/**
 * What a run of digits in running text turned out to be.
 * - `quantity`: a figure with a unit or a scale word (`4.48亿元`, `6—12个月`, `529.12万`)
 * - `bare`: a number with neither (`8204` in `5647户,8204,`)
 * - `year`: a digit run written before 年 as a year (`2023年`, `2020-2022年`, also the broken `202324年`)
 * - `date`: a calendar part (`10月`, `18日`, `2024-01-02`, `10时`)
 * - `ordinal`: 第N… (`第4`, `第四次`)
 * - `label`: a number that names rather than counts (`22号`)
 * - `identifier`: phone numbers, file and index numbers, codes (`〔2020〕`, `0728-1234567`,
 *   `1+3+3`, `“1261”`)
 */
export type MentionKind = "quantity" | "bare" | "year" | "date" | "ordinal" | "label" | "identifier";

export interface Mention extends Span {
  /** The mention as written, with any bound word around it (`约100多万小时`). */
  text: string;
  kind: MentionKind;
  numeral: "arabic" | "chinese";
  /** Offset of the first digit (after 约, 近, … and a sign). */
  numberOffset: number;
  /** The written digits of the last figure, without separators or decimal point: `12024`. */
  digits: string;
  /** What the quantity engine read (quantity and bare mentions; null for the other kinds). */
  quantity: Quantity | null;
  /** The unit as catalogued, when the mention carries one. */
  unit: UnitInfo | null;
  /** The year(s) written, for `year` mentions (both ends of a range). */
  years?: number[];
  /** 1-based line. */
  line: number;
  /** The sentence the mention stands in. */
  sentence: Span;
}

const PREFIX_BOUNDS = ["不少于", "大约", "超过", "不足", "不到", "未满", "约", "近", "超", "逾"];
/** Scale words after Arabic digits, longest first. 十 is left out: `1十N` is a formula there. */
const SCALES = ["千万", "百万", "十万", "千亿", "万亿", "万", "萬", "亿", "億", "千", "百"];
/** Words that begin with a unit's character but are nouns: `8.9万对象` is not 8.9万 pairs. */
const NOT_UNITS = [
  "对象", "人员", "人口", "人民", "次数", "名单", "名称", "支出", "支持", "台账", "户籍", "条例", "处理", "场所", "批复", "批准",
  "具体", "具有", "具备", "卷宗", "双方", "双向", "双拥", "双百", "双随机", "双创", "双重", "双语", "双减", "双联", "双报到", "顶层", "餐厅", "餐饮",
];
/** Calendar parts after a number: `10月` is October, `6个月` a duration. */
const DATE_PARTS = ["月份", "月", "日", "时", "分"];

// The word lists read at every figure, looked up by the character at the position (see WordList).
const SCALE_WORDS = new WordList(SCALES);
const DATE_WORDS = new WordList(DATE_PARTS);
const NOT_UNIT_WORDS = new WordList(NOT_UNITS);
const BOUND_WORDS = new WordList(["余", "多"]);
const PREFIX_WORDS = new WordList(PREFIX_BOUNDS);
const SUFFIX_WORDS = new WordList(["以上", "以下", "左右", "上下"]);

const isUnitSymbol = codeSet("%％‰㎡²³/·");

/** A unit's characters: ideographs and the few symbols units use (`%`, `㎡`, `元/人·月`, `km`). */
function isUnitCode(c: number): boolean {
  return isHan(c) || isAsciiLetter(c) || isUnitSymbol(c);
}

/**
 * By the code a unit starts with, how long a unit starting there can be: the longest catalogued
 * unit with that first character, and for a scale word (万, 亿, 千 …, which `lookupUnit` also
 * reads before any unit: 万条, 亿人次) the longest of all. Zero elsewhere: no unit starts at
 * most characters of running text, and `unitAt` is asked there by every rule.
 */
const UNIT_REACH = new Uint8Array(0x10000);
/**
 * By the code a unit starts with, the lengths catalogued units starting with it have (bit `len`):
 * `lookupUnit` is asked only those (all of them after a scale word). A unit read in running text
 * has neither spaces nor brackets, so `lookupUnit` finds it in the catalogue or after a scale word.
 */
const UNIT_LENGTHS = new Map<number, number>();
for (const u of UNIT_CATALOGUE.keys()) {
  const c = u.charCodeAt(0);
  UNIT_REACH[c] = Math.max(UNIT_REACH[c], Math.min(u.length, MAX_UNIT_LENGTH));
  // -1: every length (a unit longer than a bit mask holds would need them all).
  UNIT_LENGTHS.set(c, u.length > 30 ? -1 : (UNIT_LENGTHS.get(c) ?? 0) | (1 << u.length));
}
for (let i = 0; i < CN_SCALES.length; i++) {
  UNIT_REACH[CN_SCALES.charCodeAt(i)] = MAX_UNIT_LENGTH;
  UNIT_LENGTHS.set(CN_SCALES.charCodeAt(i), -1);
}

/** The longest catalogued unit at `at`, or null. Bounded work: at most MAX_UNIT_LENGTH lookups. */
export function unitAt(text: string, at: number): { length: number; info: UnitInfo } | null {
  const c = text.charCodeAt(at);
  // Past either end of the text (NaN): no unit, and no table read by NaN (a lookup by name, slow).
  const reach = c >= 0 ? UNIT_REACH[c] : 0;
  if (!reach) return null;
  let max = 0;
  while (max < reach && at + max < text.length && isUnitCode(text.charCodeAt(at + max))) max++;
  const lengths = UNIT_LENGTHS.get(c)!;
  for (let len = max; len >= 1; len--) {
    if (((lengths >>> len) & 1) === 0) continue;
    const s = text.slice(at, at + len);
    if (s.endsWith("/") || s.endsWith("·")) continue;
    const info = lookupUnit(s);
    if (!info) continue;
    if (len === 1 && NOT_UNIT_WORDS.startingAt(text, at) !== undefined) return null;
    return { length: len, info };
  }
  return null;
}

interface Core {
  start: number;
  numberStart: number;
  end: number;
  kind: MentionKind;
  numeral: "arabic" | "chinese";
  digits: string;
  unit: UnitInfo | null;
  hasScale: boolean;
  years?: number[];
}

// The marks around a figure that make it a name or a code (see readArabic), by code.
const isBracketOpen = codeSet("〔[【");
const isBracketClose = codeSet("〕]】");
const isQuoteOpen = codeSet("“\"「");
const isQuoteClose = codeSet("”\"」");
const isCodeJoiner = codeSet("-/_");

/** Reads Arabic digits with thousands separators and decimals; returns the end. */
function readDigits(text: string, i: number): { end: number; digits: string; decimals: boolean; separators: boolean } {
  let j = i;
  let decimals = false;
  let separators = false;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  let digits = text.slice(i, j);
  // 1,407 — an ASCII comma with exactly three digits after it; `5647户,8204` has no digit before.
  while (text[j] === "," && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) {
    digits += text.slice(j + 1, j + 4);
    j += 4;
    separators = true;
  }
  if ((text[j] === "." || text[j] === "．") && isDigit(text.charCodeAt(j + 1))) {
    decimals = true;
    const from = ++j;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    digits += text.slice(from, j);
  }
  return { end: j, digits, decimals, separators };
}

function toAscii(digits: string): string {
  let k = 0;
  while (k < digits.length && digits.charCodeAt(k) < 0xff10) k++;
  if (k === digits.length) return digits; // ASCII already, as almost every figure is
  let s = "";
  for (const ch of digits) {
    const c = ch.charCodeAt(0);
    s += c >= 0xff10 ? String.fromCharCode(c - 0xff10 + 0x30) : ch;
  }
  return s;
}

/** After a figure's digits (and scale): 余/多, the unit, and 以上/以下/左右/上下. */
function readTail(text: string, j: number, hasScale: boolean): { end: number; unit: UnitInfo | null } {
  const bound = BOUND_WORDS.startingAt(text, j);
  const afterBound = bound ? j + 1 : j;
  const u = unitAt(text, afterBound);
  let end = j;
  if (u) end = afterBound + u.length;
  else if (bound && hasScale) end = afterBound;
  const suffix = SUFFIX_WORDS.startingAt(text, end);
  if (suffix && (u || hasScale)) end += suffix.length;
  return { end, unit: u ? u.info : null };
}

/** The figure read: `core` (made by the caller for this figure alone) ends at `end` as a `kind`. */
function finish(core: Core, end: number, kind: MentionKind): Core {
  core.end = end;
  core.kind = kind;
  return core;
}

/**
 * One figure starting at `i` (an Arabic digit). Never looks further than the figure itself plus a
 * few characters, so the whole scan stays linear.
 */
function readArabic(text: string, i: number, afterJoiner = false): Core {
  // Neighbours read by code (0 before the text's start, NaN after its end): a CJK character read as
  // a string is an allocation, and this runs at every figure of every note.
  const prevCode = i > 0 ? text.charCodeAt(i - 1) : 0;
  const r = readDigits(text, i);
  let j = r.end;
  const digits = toAscii(r.digits);
  const core: Core = { start: i, numberStart: i, end: j, kind: "bare", numeral: "arabic", digits, unit: null, hasScale: false };
  let nextCode = text.charCodeAt(j);

  // Dates written with separators: 2024-01-02, 2024.01.02, 2024/1/2.
  if (!r.decimals && r.digits.length === 4 && (nextCode === 0x2d || nextCode === 0x2f || nextCode === 0x2e)) {
    const m = readDigits(text, j + 1);
    if (m.end > j + 1 && m.end - j - 1 <= 2 && text.charCodeAt(m.end) === nextCode) {
      const d = readDigits(text, m.end + 1);
      if (d.end > m.end + 1 && d.end - m.end - 1 <= 2) return finish(core, d.end, "date");
    }
  }
  // Identifiers: codes glued to letters, file numbers in 〔〕, leading zeros, formulas, phone numbers.
  const lettered = isAsciiLetter(prevCode) || prevCode === 0x2f || prevCode === 0x5f || prevCode === 0x23 || (!afterJoiner && prevCode === 0x2d && isDigit(text.charCodeAt(i - 2))); // / _ # -
  const bracketed = isBracketOpen(prevCode) && isBracketClose(nextCode);
  const quotedName = isQuoteOpen(prevCode) && isQuoteClose(nextCode);
  const leadingZero = r.digits.length >= 2 && (r.digits.charCodeAt(0) === 0x30 || r.digits.charCodeAt(0) === 0xff10) && !r.decimals; // 0 ０
  if (lettered || bracketed || quotedName || leadingZero) {
    while (j < text.length && (isDigit(text.charCodeAt(j)) || isAsciiLetter(text.charCodeAt(j)) || isCodeJoiner(text.charCodeAt(j)))) j++;
    return finish(core, j, "identifier");
  }
  if (nextCode === 0x2b || prevCode === 0x2b || (nextCode === 0x5341 && isAsciiLetter(text.charCodeAt(j + 1)))) {
    // + and 十 between figures: a formula (`1+3+3`, `5十N`).
    while (j < text.length && (isDigit(text.charCodeAt(j)) || isAsciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x5341)) j++;
    return finish(core, j, "identifier");
  }
  if (isAsciiLetter(nextCode)) {
    const u = unitAt(text, j);
    if (!u || isAsciiLetter(text.charCodeAt(j + u.length))) {
      while (j < text.length && (isDigit(text.charCodeAt(j)) || isAsciiLetter(text.charCodeAt(j)))) j++;
      return finish(core, j, "identifier");
    }
  }
  // Section numbers: `1.落实…`, `2、推进…` at a line's start, `(1)` anywhere.
  let back = i - 1;
  while (back >= 0 && isSpaceCode(text.charCodeAt(back))) back--;
  const lineStart = back < 0 || text.charCodeAt(back) === 10;
  if (!r.decimals && !afterJoiner && ((lineStart && (nextCode === 0x2e || nextCode === 0x3001 || nextCode === 0xff0e) && !isDigit(text.charCodeAt(j + 1))) || (prevCode === 0x28 && nextCode === 0x29))) {
    // . 、 ．, ( )
    return finish(core, j + 1, "label");
  }
  // Times of day: 15:57.
  if (nextCode === 0x3a && isDigit(text.charCodeAt(j + 1)) && r.digits.length <= 2) {
    const m = readDigits(text, j + 1);
    return finish(core, m.end, "date");
  }
  // Text copied out of PDFs puts spaces inside figures: `4025 人`, `3800 万元`, `6 月`, `第 1 页`.
  let gap = j;
  while (gap < j + 2 && isSpaceCode(text.charCodeAt(gap))) gap++;
  if (gap > j && (text.charCodeAt(gap) === 0x5e74 || text.charCodeAt(gap) === 0x53f7 || DATE_WORDS.startingAt(text, gap) || SCALE_WORDS.startingAt(text, gap) || unitAt(text, gap))) {
    // 年 号
    j = gap;
    nextCode = text.charCodeAt(j);
  }
  if (prevCode === 0x7b2c || (back >= 0 && text.charCodeAt(back) === 0x7b2c)) {
    // 第
    const u = unitAt(text, j);
    core.unit = u ? u.info : null;
    return finish(core, u ? j + u.length : j, "ordinal");
  }
  if (nextCode === 0x53f7) return finish(core, j + 1, "label"); // 号

  // Years: four digits before 年; five to eight digits starting 19/20 before 年 are a broken year.
  if (nextCode === 0x5e74 && !r.decimals && !r.separators) {
    const y = Number(digits);
    const after = text.charCodeAt(j + 1);
    const yearish =
      (digits.length === 4 && y >= 1000 && y <= 2999) ||
      (digits.length >= 5 && digits.length <= 8 && (digits.startsWith("19") || digits.startsWith("20"))) ||
      (digits.length === 3 && digits.startsWith("20") && (after === 0x5ea6 || text.startsWith("上半年", j + 1) || text.startsWith("下半年", j + 1) || isDigit(after)));
    if (yearish) {
      let end = j + 1;
      if (after === 0x5ea6) end++; // 度
      core.years = [y];
      return finish(core, end, "year");
    }
  }
  const datePart = DATE_WORDS.startingAt(text, j);
  if (datePart && !r.decimals && !text.startsWith("分之", j) && !text.startsWith("分钟", j)) {
    return finish(core, j + datePart.length, "date");
  }
  // Phone numbers and long bare codes: seven or more digits with nothing after them.
  if (!r.decimals && !r.separators && r.digits.length >= 7 && !unitAt(text, j) && !SCALE_WORDS.startingAt(text, j)) {
    while (j < text.length && (isDigit(text.charCodeAt(j)) || text[j] === "-")) j++;
    return finish(core, j, "identifier");
  }

  // A figure: optional 余/多 before the scale (100多万, 20余万), the scale, bound words, the unit.
  let k = j;
  const preScaleBound = BOUND_WORDS.startingAt(text, k);
  const scaleAfterBound = preScaleBound ? SCALE_WORDS.startingAt(text, k + 1) : undefined;
  if (preScaleBound && scaleAfterBound) k += 1;
  const scale = SCALE_WORDS.startingAt(text, k);
  if (scale) k += scale.length;
  const tail = readTail(text, k, !!scale);
  core.end = tail.end;
  core.unit = tail.unit;
  core.hasScale = !!scale;
  core.kind = tail.unit || scale ? "quantity" : "bare";
  if (!scale && !tail.unit && preScaleBound) core.end = j; // `5多` alone is not a bound
  return core;
}

/** Digits of a year written in Chinese digits, one character each (二〇二四年, 二○二四年), by character. */
const CN_YEAR_DIGIT: Record<string, number> = { 〇: 0, 零: 0, "○": 0, "０": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The same by code, -1 for any other (read at every Chinese numeral of a text, most of which start no year). */
const CN_YEAR_DIGIT_CODE = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CN_YEAR_DIGIT)) CN_YEAR_DIGIT_CODE[ch.charCodeAt(0)] = v;

/** The year digit at `k` (-1 for none, and before or after the text). */
function cnYearDigitAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  return c >= 0 ? CN_YEAR_DIGIT_CODE[c] : -1;
}

/**
 * `二〇二四年`: four Chinese digits before 年, read as the year 2024 (a figure of 2024 years it never
 * is). Five to eight such digits with a 〇 among them (`二〇二二四年`) are a year typed wrong, read
 * as a year of that many digits for suspicious-year.
 */
function readChineseYear(text: string, i: number): Core | null {
  if (cnYearDigitAt(text, i - 1) >= 0) return null;
  let n = 0;
  while (n < 8 && cnYearDigitAt(text, i + n) >= 0) n++;
  if (n < 4 || text.charCodeAt(i + n) !== 0x5e74) return null; // 年
  let digits = "";
  let zero = false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(i + k);
    if (c === 0x3007 || c === 0x25cb || c === 0x96f6) zero = true; // 〇 ○ 零
    digits += CN_YEAR_DIGIT_CODE[c];
  }
  if (n > 4 && (!zero || (digits[0] !== "1" && digits[0] !== "2"))) return null;
  const y = Number(digits);
  if (y < 1000) return null;
  const end = text[i + n + 1] === "度" ? i + n + 2 : i + n + 1;
  return { start: i, numberStart: i, end, kind: "year", numeral: "chinese", digits, unit: null, hasScale: false, years: [y] };
}

/** A Chinese-numeral figure (`四批次`, `两千三百人`): only with a unit after it. */
function readChinese(text: string, i: number): Core | null {
  const year = readChineseYear(text, i);
  if (year) return year;
  let j = i;
  let hasDigit = false;
  while (j < text.length && isCnNumeralCode(text.charCodeAt(j))) {
    if (isCnDigitCode(text.charCodeAt(j))) hasDigit = true;
    j++;
  }
  const first = text[i];
  if (!hasDigit && first !== "百" && first !== "千") return null;
  // 十四五, 一二三: strings of bare digits are names, not figures.
  const tail = readTail(text, j, false);
  // 双 after a Chinese numeral is a word more often than a pair count (一双手, 统一双向): digits only.
  if (!tail.unit || tail.unit.unit === "双") return null;
  const prev = text[i - 1] ?? "";
  const kind: MentionKind = prev === "第" ? "ordinal" : "quantity";
  return { start: i, numberStart: i, end: tail.end, kind, numeral: "chinese", digits: "", unit: tail.unit, hasScale: false };
}

/** Bound words before a figure (约, 近, 超过 …) and a sign; returns the new start. */
function withPrefix(text: string, start: number): number {
  let s = start;
  const c = text.charCodeAt(s - 1);
  if ((c === 0x2d || c === 0x2212) && !isDigit(text.charCodeAt(s - 2)) && !isAsciiLetter(text.charCodeAt(s - 2))) s--; // - −
  else if (c === 0x8d1f) s--; // 负
  const w = PREFIX_WORDS.endingAt(text, s);
  return w === undefined ? s : s - w.length;
}

function coreAt(text: string, i: number): Core | null {
  const c = text.charCodeAt(i);
  if (isDigit(c)) return readArabic(text, i);
  return readChinese(text, i);
}

/** Digits (ASCII and full-width) and Chinese numerals: one lookup passes over every other character. */
const mayStartFigure = codeSet("0123456789０１２３４５６７８９" + CN_DIGITS + CN_SCALES);
const isCnDigitCode = codeSet(CN_DIGITS);

/**
 * Every figure in a text, in order, with its span, kind and sentence. Linear: each character is
 * read a bounded number of times (a figure's digits once, a few characters around it for units).
 */
export function scanMentions(text: string, index: TextIndex = new TextIndex(text)): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!mayStartFigure(c)) {
      i++;
      continue;
    }
    const isStart = isDigit(c) || (isCnNumeralCode(c) && !isCnNumeralCode(text.charCodeAt(i - 1)));
    if (!isStart) {
      i++;
      continue;
    }
    let core = coreAt(text, i);
    if (!core) {
      // Skip the whole run of Chinese numerals so that its inside is not rescanned.
      while (i < n && isCnNumeralCode(text.charCodeAt(i))) i++;
      continue;
    }
    // Ranges: 6—12个月, 1--10月, 2020-2022年, 6至12. The first end carries no unit (or the same one).
    const joiner = core.kind === "identifier" || core.kind === "label" ? 0 : rangeJoinerLength(text, core.end);
    if (joiner > 0 && isDigit(text.charCodeAt(core.end + joiner)) && core.numeral === "arabic") {
      const second = readArabic(text, core.end + joiner, true);
      const compatible =
        second.kind !== "identifier" && second.kind !== "label" && second.kind !== "ordinal" && (core.kind === "bare" || core.kind === second.kind) && (!core.unit || !second.unit || core.unit.unit === second.unit.unit);
      if (compatible) {
        const years = core.kind === "year" || (core.kind === "bare" && second.kind === "year") ? [Number(core.digits), ...(second.years ?? [])] : second.years;
        second.start = core.start;
        second.numberStart = core.numberStart;
        second.years = years;
        core = second;
      }
    }
    const start = core.kind === "quantity" || core.kind === "bare" ? withPrefix(text, core.start) : core.start;
    const mentionText = text.slice(start, core.end);
    const parsed = core.kind === "quantity" || core.kind === "bare" ? parseQuantity(mentionText) : null;
    out.push({
      offset: start,
      length: core.end - start,
      text: mentionText,
      kind: core.kind,
      numeral: core.numeral,
      numberOffset: core.numberStart,
      digits: core.digits,
      quantity: parsed,
      unit: core.unit,
      years: core.years,
      line: index.lineOf(start),
      sentence: index.sentenceOf(start),
    });
    i = Math.max(core.end, i + 1);
  }
  return out;
}

/** Index of the first mention at or after `offset` (mentions are sorted by offset; binary search). */
export function firstAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Skips spaces backwards from `at` (exclusive); returns the index of the previous non-space. */
export function previousNonSpace(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  return k;
}
