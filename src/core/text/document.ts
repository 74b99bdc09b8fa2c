import { codeSet, isDigit, WordList } from "./chars";
import { type Mention, scanMentions } from "./scan";
import { pairedSpans, type Span, SpanSet, TextIndex } from "./spans";

/**
 * A report text prepared once for all the rules: its lines and sentences, its figures, the
 * stretches no rule should read as figures (page furniture, 《titles》), its title and the year
 * it reports on.
 */
export interface TextDocument {
  text: string;
  index: TextIndex;
  mentions: Mention[];
  /** 《…》: titles of laws, plans and documents; their figures are names. */
  bookTitles: SpanSet;
  /** “…”: names of campaigns and slogans (`“1261”行动计划`). */
  quotes: SpanSet;
  /** 1-based lines of web-page furniture (索引号, 发布时间, 访问次数 …) that rules skip. */
  metaLines: Set<number>;
  /** The title line (1-based), when the first lines have one. */
  titleLine: number | null;
  /** Every year the title names (`2023年工作总结和2024年工作思路` → [2023, 2024]). */
  titleYears: number[];
  /** The title's years that it reviews (`2023年工作总结` → 2023) and that it plans (`2024年工作思路` → 2024). */
  titleReviewYears: number[];
  titlePlanYears: number[];
  /** The year the report is about: the option, else the title, else the first lines; null if none. */
  reportYear: number | null;
  /** Where the year came from. */
  yearSource: "option" | "title" | "first-lines" | null;
  /** The latest year the document itself shows as already begun (title, publication date). */
  latestYear: number | null;
  /** For each 1-based line: true when it lies in a plan section (工作计划, 工作思路, 下半年打算 …), or a plan subsection ((二)2025年工作打算). */
  planLines: boolean[];
  /** For each 1-based line: true when it lies in a review section (工作总结, 主要成效, 工作回顾, 完成情况 …). */
  reviewLines: boolean[];
  /** Headings: 1-based line numbers of lines that are section headings. */
  headings: Set<number>;
}

/** Page furniture of the government web sites the reports are copied from. */
const META_WORDS = ["索引号", "文号", "发布时间", "成文日期", "发文时间", "发布机构", "信息来源", "来源:", "来源:", "访问次数", "阅读次数", "浏览次数", "字体", "分享", "当前的位置", "当前位置", "主题分类", "登记号", "公开方式", "公开时限", "文件编号", "发布日期", "责任编辑", "编辑:", "编辑:", ">>"];
const TITLE_WORDS = ["总结", "计划", "思路", "要点", "报告", "情况", "打算", "安排", "汇报"];
const PLAN_WORDS = ["计划", "思路", "打算", "要点", "安排", "展望", "下一步", "设想", "目标任务"];
const REVIEW_WORDS = ["情况", "总结", "成效", "回顾", "完成", "开展", "进展", "问题", "不足", "做法", "成绩"];
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

/** The digit at `i` of a year written in Arabic (2024, ２０２４) or Chinese (二〇二四) digits, or -1. */
function yearDigit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isDigit(c)) return c >= 0xff10 ? c - 0xff10 : c - 0x30;
  const k = CN_YEAR_DIGITS.indexOf(s[i] ?? "\u0000");
  return k >= 0 ? CN_YEAR_VALUES[k] : -1;
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
  for (let i = 0; i + 4 < s.length; i++) {
    const ch = s[i];
    if (ch === "《") depth++;
    else if (ch === "》" && depth > 0) depth--;
    if (depth > 0 || s[i + 4] !== "年" || (i > 0 && yearDigit(s, i - 1) >= 0)) continue;
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
 * Which of a title's years it reviews and which it plans: the words after each year, up to the
 * next year, say so (`2023年工作总结和2024年工作思路`; `2024年上半年工作总结及下半年工作计划` reviews 2024).
 */
export function periodsOfTitle(title: string): { review: number[]; plan: number[] } {
  const review: number[] = [];
  const plan: number[] = [];
  const found = yearMentions(title).map((m) => ({ year: m.year, at: m.index }));
  found.forEach(({ year, at }, k) => {
    const words = title.slice(at + 5, k + 1 < found.length ? found[k + 1].at : title.length);
    const firstReview = Math.min(...REVIEW_WORDS.map((w) => words.indexOf(w)).filter((x) => x >= 0), Infinity);
    const firstPlan = Math.min(...PLAN_WORDS.map((w) => words.indexOf(w)).filter((x) => x >= 0), Infinity);
    if (firstReview < firstPlan) review.push(year);
    else if (firstPlan < firstReview) plan.push(year);
  });
  return { review, plan };
}

export function prepareDocument(text: string, options: { year?: number } = {}): TextDocument {
  const index = new TextIndex(text);
  const lines: string[] = [];
  for (let l = 1; l <= index.lineCount; l++) {
    const s = index.lineSpan(l);
    lines.push(text.slice(s.offset, s.offset + s.length));
  }
  const metaLines = new Set<number>();
  const headings = new Set<number>();
  let titleLine: number | null = null;
  let firstLineYear: number | null = null;
  const furnitureYears: number[] = [];
  let seen = 0;
  /** Each heading line's own words (`headingText`), read once for both passes. */
  const heads: (string | undefined)[] = [];
  for (let l = 1; l <= lines.length; l++) {
    const line = lines[l - 1];
    const t = line.trim();
    if (!t) continue;
    const inHead = seen < HEAD_LINES;
    if (inHead && isMetaLine(line)) {
      metaLines.add(l);
      furnitureYears.push(...dateYearsIn(line));
      continue;
    }
    seen++;
    const head = headingText(line);
    if (head !== null) {
      headings.add(l);
      heads[l] = head;
    }
    if (!inHead || (titleLine !== null && firstLineYear !== null)) continue;
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
  const titleYears = titleLine !== null ? yearsIn(lines[titleLine - 1]) : [];
  const { review: titleReviewYears, plan: titlePlanYears } = titleLine !== null ? periodsOfTitle(lines[titleLine - 1]) : { review: [], plan: [] };
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
  for (const y of titleYears) if (latestYear === null || y > latestYear) latestYear = y;
  for (const y of furnitureYears) if (latestYear === null || y > latestYear) latestYear = y;

  // Plan sections: from a top heading that names a plan until the next top heading that does not;
  // review sections likewise, from a top heading that names a review until one that names a plan.
  const planLines: boolean[] = [false];
  const reviewLines: boolean[] = [false];
  let inPlan = false;
  let inSubPlan = false;
  let inReview = false;
  for (let l = 1; l <= lines.length; l++) {
    const line = lines[l - 1];
    if (headings.has(l)) {
      const level = headingLevel(line);
      const head = heads[l] ?? "";
      const plan = PLAN.inside(head);
      const review = REVIEW.inside(head);
      if (level <= 1 && review) inPlan = false;
      else if (level <= 1 && plan) inPlan = true;
      // A plan subsection of a review: (二)2025年工作打算 under 一、2024年工作总结, up to the next (三) or 二、.
      if (level <= 1) inSubPlan = false;
      else if (level === 2) inSubPlan = plan && !review;
      // Any heading that names a plan ends a review, (二)2024年工作打算 inside 一、2023年工作总结 too.
      if (level === 1 && review && !plan) inReview = true;
      else if (plan) inReview = false;
    }
    planLines.push(inPlan || inSubPlan);
    reviewLines.push(inReview && !headings.has(l));
  }

  const bookTitles = new SpanSet(pairedSpans(text, "《", "》"));
  const quotes = new SpanSet(pairedSpans(text, "“", "”"));
  const scanned = scanMentions(text, index);
  const mentions = metaLines.size > 0 ? scanned.filter((m) => !metaLines.has(m.line)) : scanned;
  return { text, index, mentions, bookTitles, quotes, metaLines, titleLine, titleYears, titleReviewYears, titlePlanYears, reportYear, yearSource, latestYear, planLines, reviewLines, headings };
}

/** True when no rule should read figures at this offset: a 《title》 or a furniture line. */
export function isShielded(doc: TextDocument, offset: number): boolean {
  return doc.bookTitles.has(offset) || doc.metaLines.has(doc.index.lineOf(offset));
}

export type { Span };
