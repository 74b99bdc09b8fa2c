import { codeSet, isDigit, WordList } from "./chars";
import { type Mention, scanMentions } from "./scan";
import { NO_SPANS, pairedSpans, type Span, SpanSet, TextIndex } from "./spans";

/**
 * A report text prepared once for all the rules: its lines and sentences, its figures, the
 * stretches no rule should read as figures (page furniture, 《titles》), its title and the year
 * it reports on.
 */
export interface TextDocument {
  /**
   * The text the rules read: as written, its full-width punctuation (，；：！？（）) in half-width
   * forms, one code unit for one, so that every offset is the same in both.
   */
  text: string;
  /** The text as written (excerpts and values are taken from it). */
  source: string;
  index: TextIndex;
  mentions: Mention[];
  /** 《…》: titles of laws, plans and documents; their figures are names. */
  bookTitles: SpanSet;
  /** “…”: names of campaigns and slogans (`“1261”行动计划`). */
  quotes: SpanSet;
  /** 1-based lines of web-page furniture (索引号, 发布时间, 访问次数 …) that rules skip. */
  metaLines: ReadonlySet<number>;
  /** The title line (1-based), when the first lines have one. */
  titleLine: number | null;
  /** Every year the title names (`2023年工作总结和2024年工作思路` → [2023, 2024]). */
  titleYears: readonly number[];
  /** The title's years that it reviews (`2023年工作总结` → 2023) and that it plans (`2024年工作思路` → 2024). */
  titleReviewYears: readonly number[];
  titlePlanYears: readonly number[];
  /** The title names a plan document (`…养老服务体系建设规划`, `…实施方案`): its body plans, save a review section. */
  planDocument: boolean;
  /** The year the report is about: the option, else the title, else the first lines; null if none. */
  reportYear: number | null;
  /** Where the year came from. */
  yearSource: "option" | "title" | "first-lines" | null;
  /** The latest year the document itself shows as already begun (title, publication date). */
  latestYear: number | null;
  /**
   * For each 1-based line: true when it lies in a plan section (工作计划, 工作思路, 下半年打算 …), or a
   * plan subsection ((二)2025年工作打算). A text with no such line (every note cell) has one shared
   * empty array: read by index, its lines are all falsy.
   */
  planLines: readonly boolean[];
  /** For each 1-based line: true when it lies in a review section (工作总结, 主要成效, 工作回顾, 完成情况 …); shared and empty as planLines. */
  reviewLines: readonly boolean[];
  /** Headings: 1-based line numbers of lines that are section headings. */
  headings: ReadonlySet<number>;
}

/** Page furniture of the government web sites the reports are copied from. */
const META_WORDS = ["索引号", "文号", "发布时间", "成文日期", "发文时间", "发布机构", "信息来源", "来源:", "访问次数", "阅读次数", "浏览次数", "字体", "分享", "当前的位置", "当前位置", "主题分类", "登记号", "公开方式", "公开时限", "文件编号", "发布日期", "责任编辑", "编辑:", ">>"];
const TITLE_WORDS = ["总结", "计划", "思路", "要点", "报告", "情况", "打算", "安排", "汇报", "公报", "简报", "方案", "规划"];
const PLAN_WORDS = ["计划", "思路", "打算", "要点", "安排", "展望", "下一步", "设想", "目标任务"];
const REVIEW_WORDS = ["情况", "总结", "成效", "回顾", "完成", "开展", "进展", "问题", "不足", "做法", "成绩"];
/** The lines of no furniture, shared by the texts without any (never changed). */
const NO_LINES: ReadonlySet<number> = new Set<number>();
/**
 * The headings of a text whose one heading is its first line, shared (never changed): a note cell
 * is a short line without a full stop, a heading by its shape, and a set per note was garbage.
 */
const FIRST_LINE_ONLY: ReadonlySet<number> = new Set<number>([1]);
/** No line in a plan or review section, and no title years: shared by most texts (frozen). */
const NO_FLAGS: readonly boolean[] = Object.freeze([]);
const NO_YEARS: readonly number[] = Object.freeze([]);
/** How far into a document its title and stated period may stand. */
const HEAD_LINES = 8;

// Word lists read in one pass over a line (see WordList): a note cell is a line of its own, and
// a search per word was most of what preparing it cost.
const META = new WordList(META_WORDS);
const TITLE = new WordList(TITLE_WORDS);
const PLAN = new WordList(PLAN_WORDS);
const REVIEW = new WordList(REVIEW_WORDS);

function isMetaLine(line: string): boolean {
  return META.inside(line);
}

const isSectionNumeral = codeSet("一二三四五六七八九十");
const isHeadingStop = codeSet("。;;");

/** How many section numerals (一 … 十) run from `at`, counting up to four (more is no numbering). */
function numeralRun(t: string, at: number): number {
  let k = at;
  while (k < at + 4 && isSectionNumeral(t.charCodeAt(k))) k++;
  return k - at;
}

/**
 * Section numbering: 一、 (一) 1. 1、 — and short lines without a full stop. Read by hand, as the
 * patterns /^[一…十]{1,3}、/, /^[（(][一…十]{1,3}[)）]/ and /^\d{1,2}[.、．]/ would (three regular
 * expressions run on every line were a fixed cost of every note cell).
 */
export function headingLevel(line: string): 0 | 1 | 2 | 3 {
  const t = line.trim();
  const c0 = t.charCodeAt(0);
  if (isSectionNumeral(c0)) {
    const r = numeralRun(t, 0);
    return r <= 3 && t.charCodeAt(r) === 0x3001 ? 1 : 0; // 、
  }
  if (c0 === 0xff08 || c0 === 0x28) {
    // （ (
    const r = numeralRun(t, 1);
    const close = t.charCodeAt(1 + r);
    return r >= 1 && r <= 3 && (close === 0x29 || close === 0xff09) ? 2 : 0; // ) ）
  }
  if (c0 >= 0x30 && c0 <= 0x39) {
    const k = t.charCodeAt(1) >= 0x30 && t.charCodeAt(1) <= 0x39 ? 2 : 1;
    const mark = t.charCodeAt(k);
    return mark === 0x2e || mark === 0x3001 || mark === 0xff0e ? 3 : 0; // . 、 ．
  }
  return 0;
}

/** A heading's own words: up to the first full stop, and short. */
export function headingText(line: string): string | null {
  const t = line.trim();
  let stop = 0;
  while (stop < t.length && !isHeadingStop(t.charCodeAt(stop))) stop++;
  const head = stop === t.length ? t : t.slice(0, stop);
  if (head.length > 40) return null;
  if ((stop < t.length || t.length > 30) && headingLevel(t) === 0) return null;
  return head;
}

const CN_YEAR_DIGITS = "〇零○０一二三四五六七八九";
const CN_YEAR_VALUES = [0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/** By code: the value of a Chinese year digit (二〇二四), or -1 (a table: read at every 年 of every note). */
const CN_YEAR_DIGIT = new Int8Array(0x10000).fill(-1);
for (let k = 0; k < CN_YEAR_DIGITS.length; k++) CN_YEAR_DIGIT[CN_YEAR_DIGITS.charCodeAt(k)] = CN_YEAR_VALUES[k];

/** The digit at `i` of a year written in Arabic (2024, ２０２４) or Chinese (二〇二四) digits, or -1. */
function yearDigit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isDigit(c)) return c >= 0xff10 ? c - 0xff10 : c - 0x30;
  return c >= 0 ? CN_YEAR_DIGIT[c] : -1; // (NaN past either end)
}

export interface YearMention {
  year: number;
  /** Where the four digits start in the string, and the year as written (`2024年`, `二〇二四年`). */
  index: number;
  text: string;
}

/** Years written as YYYY年 (Arabic or Chinese digits) in a string, in order, outside 《》. */
export function yearMentions(s: string): YearMention[] {
  const out: YearMention[] = [];
  let depth = 0;
  // Nothing to find without a 年 (most notes); characters are read by code, a string per CJK character read being an allocation.
  if (s.indexOf("年", 4) < 0) return out;
  for (let i = 0; i + 4 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300a) depth++; // 《
    else if (c === 0x300b && depth > 0) depth--; // 》
    if (depth > 0 || s.charCodeAt(i + 4) !== 0x5e74 || (i > 0 && yearDigit(s, i - 1) >= 0)) continue;
    let y = 0;
    for (let k = 0; k < 4 && y >= 0; k++) {
      const d = yearDigit(s, i + k);
      y = d < 0 ? -1 : y * 10 + d;
    }
    if (y >= 1900 && y <= 2199) out.push({ year: y, index: i, text: s.slice(i, i + 5) });
  }
  return out;
}

/** The years of `yearMentions`. */
export function yearsIn(s: string): number[] {
  return yearMentions(s).map((m) => m.year);
}

/** Years of the dates on a furniture line: 发布时间: 2024-01-02 → 2024. */
function dateYearsIn(s: string): number[] {
  const out: number[] = [];
  const re = /(?<!\d)((?:19|20)\d{2})[-./年]\d{1,2}/g;
  for (const m of s.matchAll(re)) out.push(Number(m[1]));
  return out;
}

/**
 * A plan document's title ends in its genre: 规划 or 方案 (实施方案, 行动方案), perhaps with its span or
 * status in brackets (`…养老服务体系建设规划(2026—2030年)`, `…实施方案(试行)`). Bounded, anchored.
 */
const PLAN_DOCUMENT_TITLE = /(?:规划|方案)(?:\s?\([^()]{0,20}\))?$/;

/** Where a plan document's title has its genre word (规划, 方案 at its end), or -1 when it names none. */
export function planDocumentWord(title: string): number {
  // The genre words must stand in it: a search for each is cheaper than the anchored pattern's
  // scan (asked of the first line of every text, every note cell).
  if (title.indexOf("规划") < 0 && title.indexOf("方案") < 0) return -1;
  const m = PLAN_DOCUMENT_TITLE.exec(title.trimEnd());
  return m ? m.index : -1;
}

/** A span's last year (`2026—2030年`): a plan's horizon, no period of its own. */
const SPAN_BEFORE = /[0-9\uFF10-\uFF19]{4}\s?(?:——|[-—–~～至到])\s?$/;

/** The years a title names as periods: a plan document's span (`(2026—2030年)`) is its horizon, and left out. */
function titleYearMentions(title: string): YearMention[] {
  const found = yearMentions(title);
  if (planDocumentWord(title) < 0) return found;
  return found.filter((m) => !SPAN_BEFORE.test(title.slice(Math.max(0, m.index - 8), m.index)));
}

/**
 * Which of a title's years it reviews and which it plans: the words after each year, up to the
 * next year, say so (`2023年工作总结和2024年工作思路`; `2024年上半年工作总结及下半年工作计划` reviews 2024).
 * A plan document's genre word (`2026年…实施方案`, `关于开展…的实施方案`) plans its year whatever
 * words stand before it.
 */
export function periodsOfTitle(title: string): { review: number[]; plan: number[] } {
  const review: number[] = [];
  const plan: number[] = [];
  const genre = planDocumentWord(title);
  const found = titleYearMentions(title).map((m) => ({ year: m.year, at: m.index }));
  found.forEach(({ year, at }, k) => {
    const end = k + 1 < found.length ? found[k + 1].at : title.length;
    if (genre >= at + 5 && genre < end) {
      plan.push(year);
      return;
    }
    const words = title.slice(at + 5, end);
    const firstReview = Math.min(...REVIEW_WORDS.map((w) => words.indexOf(w)).filter((x) => x >= 0), Infinity);
    const firstPlan = Math.min(...PLAN_WORDS.map((w) => words.indexOf(w)).filter((x) => x >= 0), Infinity);
    if (firstReview < firstPlan) review.push(year);
    else if (firstPlan < firstReview) plan.push(year);
  });
  return { review, plan };
}

/**
 * A title with no year that names a plan document (`江州市“十五五”养老服务体系建设规划`): the first
 * line of the text, short, one sentence, no section number. Other titles need a year to be told
 * from a heading.
 */
function isYearlessPlanTitle(line: string): boolean {
  return line.length <= 60 && !line.includes("。") && headingLevel(line) === 0 && planDocumentWord(line) >= 0;
}

/** Full-width punctuation and its half-width form, one code unit each. */
const FULL_WIDTH_PUNCTUATION: Readonly<Record<string, string>> = { "，": ",", "；": ";", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")" };
const isFullWidthPunctuation = codeSet(Object.keys(FULL_WIDTH_PUNCTUATION).join(""));

/**
 * `text` with its full-width punctuation in half-width forms (，→, ；→; ：→: ！→! ？→? （→( ）→)), one code
 * unit for one: reports are written with either, and every rule reads one form. (Full-width
 * digits, ％ and ． are read by the quantity parser as they are.)
 */
export function halfWidthPunctuation(text: string): string {
  let k = 0;
  while (k < text.length && !isFullWidthPunctuation(text.charCodeAt(k))) k++;
  if (k === text.length) return text;
  let out = text.slice(0, k);
  for (; k < text.length; k++) {
    const ch = text[k];
    out += isFullWidthPunctuation(text.charCodeAt(k)) ? FULL_WIDTH_PUNCTUATION[ch] : ch;
  }
  return out;
}

/** The title periods of a text without a title (shared, never changed). */
const NO_TITLE_PERIODS: { review: readonly number[]; plan: readonly number[] } = Object.freeze({ review: NO_YEARS, plan: NO_YEARS });

/** `false` for lines 0 … before − 1: the flags before a section's first line. */
function allFalse(before: number): boolean[] {
  const out: boolean[] = [];
  for (let k = 0; k < before; k++) out.push(false);
  return out;
}

/** No options, shared: a default `{}` per call was garbage for every note cell. */
const NO_OPTIONS: { year?: number } = Object.freeze({});

export function prepareDocument(source: string, options: { year?: number } = NO_OPTIONS): TextDocument {
  const text = halfWidthPunctuation(source);
  const index = new TextIndex(text);
  const lines: string[] = [];
  for (let l = 1; l <= index.lineCount; l++) lines.push(index.lineText(l));
  // Made at the first furniture line: most texts (every note cell) have none, and share NO_LINES.
  let metaLines: Set<number> | null = null;
  // Made at the first heading past line 1: most texts (every note cell) have none or the first line alone.
  let headings: Set<number> | null = null;
  let firstLineHeading = false;
  let titleLine: number | null = null;
  let firstLineYear: number | null = null;
  let furnitureYears: number[] | null = null;
  let seen = 0;
  /** Each heading line's own words (`headingText`), read once for both passes. */
  // (The first line's apart: a note cell is a heading by its shape, and an array for it was garbage.)
  let firstHead = "";
  let heads: (string | undefined)[] | null = null;
  for (let l = 1; l <= lines.length; l++) {
    const line = lines[l - 1];
    const t = line.trim();
    if (!t) continue;
    const inHead = seen < HEAD_LINES;
    if (inHead && isMetaLine(line)) {
      (metaLines ??= new Set<number>()).add(l);
      for (const y of dateYearsIn(line)) (furnitureYears ??= []).push(y);
      continue;
    }
    seen++;
    const head = headingText(line);
    if (head !== null) {
      if (l === 1) firstLineHeading = true;
      else {
        if (headings === null) {
          headings = new Set<number>();
          if (firstLineHeading) headings.add(1);
        }
        headings.add(l);
      }
      if (l === 1) firstHead = head;
      else (heads ??= [])[l] = head;
    }
    if (!inHead || (titleLine !== null && firstLineYear !== null)) continue;
    if (titleLine === null && seen === 1 && isYearlessPlanTitle(t)) titleLine = l;
    // Both the title and a stated period need a year in the line: most lines have none.
    const years = yearMentions(t);
    if (years.length === 0) continue;
    if (titleLine === null && t.length <= 60 && !t.includes("。") && headingLevel(t) === 0 && TITLE.inside(t)) {
      titleLine = l;
    }
    if (firstLineYear === null) {
      // A stated period at the head of a line: `2024年,湖州民政…`, `一、2022年工作开展情况`.
      const numbering = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*/.exec(t)![0].length;
      if (years[0].index === numbering) firstLineYear = years[0].year;
    }
  }
  const headingLines: ReadonlySet<number> = headings ?? (firstLineHeading ? FIRST_LINE_ONLY : NO_LINES);
  const titleYears = titleLine !== null ? titleYearMentions(lines[titleLine - 1]).map((m) => m.year) : NO_YEARS;
  const { review: titleReviewYears, plan: titlePlanYears } = titleLine !== null ? periodsOfTitle(lines[titleLine - 1]) : NO_TITLE_PERIODS;
  // (A plan document that also reviews a year, `2024年工作总结和2025年实施方案`, is read by its sections.)
  const planDocument = titleLine !== null && titleReviewYears.length === 0 && planDocumentWord(lines[titleLine - 1]) >= 0;
  let reportYear: number | null = null;
  let yearSource: TextDocument["yearSource"] = null;
  // A year outside the calendar a report can have is no year (the CLI refuses it; a caller may not).
  if (options.year !== undefined && Number.isInteger(options.year) && options.year >= 1900 && options.year <= 2199) {
    reportYear = options.year;
    yearSource = "option";
  } else if (titleYears.length > 0) {
    reportYear = titleYears[0];
    yearSource = "title";
  } else if (firstLineYear !== null) {
    reportYear = firstLineYear;
    yearSource = "first-lines";
  }
  let latestYear: number | null = reportYear;
  // (By index: the shared NO_YEARS is frozen, and a for-of over a frozen array makes an iterator.)
  for (let k = 0; k < titleYears.length; k++) if (latestYear === null || titleYears[k] > latestYear) latestYear = titleYears[k];
  if (furnitureYears) for (const y of furnitureYears) if (latestYear === null || y > latestYear) latestYear = y;

  // Plan sections: from a top heading that names a plan until the next top heading that does not;
  // review sections likewise, from a top heading that names a review until one that names a plan.
  // Made at the first line in a section, all false before it: most texts (every note) have none and share NO_FLAGS.
  let planLines: boolean[] | null = null;
  let reviewLines: boolean[] | null = null;
  // A plan document plans from its title on, until a review section (一、“十四五”发展回顾).
  let inPlan = planDocument;
  let inSubPlan = false;
  let inReview = false;
  for (let l = 1; l <= lines.length; l++) {
    const line = lines[l - 1];
    // (A plan document's title may hold review words, `关于开展…的实施方案`: its genre says what it is.)
    const heading = headingLines.has(l);
    if (heading && !(planDocument && l === titleLine)) {
      const level = headingLevel(line);
      const head = l === 1 ? firstHead : (heads?.[l] ?? "");
      const plan = PLAN.inside(head);
      const review = REVIEW.inside(head);
      // (A plan document plans again after its review section, at its next top heading: 二、发展目标;
      // only a numbered top heading ends its plan, not a short line of it, 全面开展养老服务质量提升行动.)
      const resumes = planDocument && level === 1 && !review;
      if ((planDocument ? level === 1 : level <= 1) && review) inPlan = false;
      else if ((level <= 1 && plan) || resumes) inPlan = true;
      // A plan subsection of a review: (二)2025年工作打算 under 一、2024年工作总结, up to the next (三) or 二、.
      if (level <= 1) inSubPlan = false;
      else if (level === 2) inSubPlan = plan && !review;
      // Any heading that names a plan ends a review, (二)2024年工作打算 inside 一、2023年工作总结 too.
      if (level === 1 && review && !plan) inReview = true;
      else if (plan || resumes) inReview = false;
    }
    if (inPlan || inSubPlan || planLines) (planLines ??= allFalse(l)).push(inPlan || inSubPlan);
    if ((inReview && !heading) || reviewLines) (reviewLines ??= allFalse(l)).push(inReview && !heading);
  }

  const titles = pairedSpans(text, "《", "》");
  const quoted = pairedSpans(text, "“", "”");
  const bookTitles = titles.length > 0 ? new SpanSet(titles) : NO_SPANS;
  const quotes = quoted.length > 0 ? new SpanSet(quoted) : NO_SPANS;
  const scanned = scanMentions(text, index);
  const furniture = metaLines ?? NO_LINES;
  const mentions = furniture.size > 0 ? scanned.filter((m) => !furniture.has(m.line)) : scanned;
  return { text, source, index, mentions, bookTitles, quotes, metaLines: furniture, titleLine, titleYears, titleReviewYears, titlePlanYears, planDocument, reportYear, yearSource, latestYear, planLines: planLines ?? NO_FLAGS, reviewLines: reviewLines ?? NO_FLAGS, headings: headingLines };
}

/**
 * The part of the year a title or a review heading names as its period, by the first such word:
 * 上半年 (or 1-6月), 前三季度 (1-9月), 一季度 (1-3月), 1-N月, 全年; null when it names none.
 * (年度 is no part: 年度重点工作 in a half-year report is the year's work, reviewed so far.)
 */
const PART = /上半年|前三季度|第?一季度|全年|1\s?[-—–~至到]\s?(1[0-2]|[1-9])\s?月/;
const PART_END: Readonly<Record<string, number>> = { 上半年: 6, 前三季度: 9, 一季度: 3, 第一季度: 3, 全年: 12 };

export interface YearPart {
  /** The words as written (`上半年`, `1-6月`), their last month and where they stand. */
  word: string;
  end: number;
  index: number;
}

export function partOf(text: string): YearPart | null {
  const m = PART.exec(text);
  if (!m) return null;
  return { word: m[0], end: m[1] ? Number(m[1]) : PART_END[m[0]], index: m.index };
}

/** The title's words up to its plan's word or its second year (`2023年上半年工作总结和下半年工作打算`: the part reviewed). */
export function reviewedTitle(title: string): string {
  const plans = PLAN_WORDS.map((w) => title.indexOf(w)).filter((i) => i >= 0);
  // A second year starts what the title plans (`2024年工作总结和2025年上半年工作计划`).
  const second = yearMentions(title)[1];
  if (second) plans.push(second.index);
  return title.slice(0, Math.min(title.length, ...plans));
}

/** The part of its year the title reviews when it is less than the whole (上半年, 一季度, 1-N月), or null. */
export function titlePart(doc: TextDocument): YearPart | null {
  if (doc.titleLine === null) return null;
  const span = doc.index.lineSpan(doc.titleLine);
  const part = partOf(reviewedTitle(doc.text.slice(span.offset, span.offset + span.length)));
  return part && part.end < 12 ? part : null;
}

export interface WrittenDate {
  year: number;
  month: number;
  /** The signature's line (0 when the date is a publication date on a furniture line). */
  line: number;
}

const toAsciiDigits = (s: string): string => s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
/** A signature line: the date alone (`2021年7月12日`). */
const SIGNATURE = /^((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日$/;
/** A publication date on a furniture line: `发布时间:2024-07-10`. */
const PUBLISHED = /(?<!\d)((?:19|20)\d{2})[-./年](\d{1,2})[-./月]\d{1,2}(?!\d)/;

/** The line of the report's signature date (`2021年7月12日` alone on one of its last lines), or null. */
export function signatureLine(doc: TextDocument): WrittenDate | null {
  const { text, index } = doc;
  for (let l = index.lineCount, seen = 0; l >= 1 && seen < 3; l--) {
    const span = index.lineSpan(l);
    const t = text.slice(span.offset, span.offset + span.length).trim();
    if (!t) continue;
    seen++;
    if (t.length > 16) continue;
    const m = SIGNATURE.exec(toAsciiDigits(t));
    if (m) return { year: Number(m[1]), month: Number(m[2]), line: l };
  }
  return null;
}

/** When the report was written at the latest: its signature date, or its publication date, the earlier. */
export function writtenBy(doc: TextDocument): WrittenDate | null {
  let best = signatureLine(doc);
  for (const l of doc.metaLines) {
    const span = doc.index.lineSpan(l);
    const m = PUBLISHED.exec(doc.text.slice(span.offset, span.offset + Math.min(span.length, 200)));
    if (!m) continue;
    const d = { year: Number(m[1]), month: Number(m[2]), line: 0 };
    if (d.month >= 1 && d.month <= 12 && (!best || d.year * 12 + d.month < best.year * 12 + best.month)) best = d;
  }
  return best;
}

/** True when no rule should read figures at this offset: a 《title》 or a furniture line. */
export function isShielded(doc: TextDocument, offset: number): boolean {
  return doc.bookTitles.has(offset) || (doc.metaLines.size > 0 && doc.metaLines.has(doc.index.lineOf(offset)));
}

export type { Span };
