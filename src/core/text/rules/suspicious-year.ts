import { codeSet, isAsciiLetter, isDigit, isHan, isSpace, WordList } from "../chars";
import { headingText, isShielded, signatureLine, type TextDocument, titlePart, yearMentions, type YearPart } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";
import { alternation, LAST_YEAR } from "../last-year";
import type { Dimension } from "../../quantity";
import type { Mention } from "../scan";

/**
 * suspicious-year: a year that cannot be.
 * - not four digits: `202324年` (two years run together), `20234年`, `202年度`;
 * - beyond any plan horizon: `2204年`;
 * - a template's placeholder never filled in: `XX年上半年`, `20XX年`, `____年`;
 * - a year deleted from a title or heading: `市民政局年工作总结`, `民政局年上半年工作总结`
 *   (年 after a word that does not end in a year: not 今年, 全年, 上年, 老年 …);
 * - after the report's own year in a sentence that tells what was done (a typo such as 2032 for
 *   2023, or last year's template). Plans, targets and deadlines (将, 计划, 到2025年, 2025年底前),
 *   plan sections (工作计划, 工作思路, 下半年打算) and years the document itself has reached (its
 *   title's next-year plan, its publication date) are not in the past and pass, and so are the
 *   first months of the next year, when year-end reports are written (`2024年1月`, `2024年以来` in a
 *   2023 report).
 *   A sentence that opens with the later year (`2032年,全县新增养老床位1200张`, `自2032年7月1日起,
 *   低保标准提高到…`) is about the past when it states a done thing (新增, 出台, 提高到, 建成, 通过 …)
 *   or stands in a review section (一、2023年工作完成情况, 主要成效, 工作回顾), unless it says it is
 *   a plan (将, 计划, 力争, 明年 …) or only characterises the year (`2024年是…之年`). A year more than
 *   five years on (`2032年` for 2023) is a typo of the report's year in any sentence telling what was
 *   done, wherever it stands. A year inside its sentence that names a thing's year (`已完成2025年度
 *   养老服务补贴资金预算编制`, `获批2025年中央预算内投资项目` in a 2024 report) passes, unless it is five
 *   or more years on (`入选2034年度首批全省…品牌` is a typo of 2024).
 * - a month after a part-year report's period, told as done: `2021年9月组织党员干部赴瑞金开展现场教学`,
 *   `于2023.9.26获评…` in a report titled 2021年上半年 (or 1-6月, 一季度, 1-N月). The month after the
 *   period's end is when its report is written and passes (7月 in a half-year report), and so do
 *   plans, deadlines and starts (将, 计划, 9月底前, 9月起), the half to come (下半年), plan sections and
 *   the signature's date.
 * - an annual filing (年检, 年报) of the report's own year told as done: a year's filing is made in
 *   the year after, so `2025年度年检已于5月底完成` in a 2025 report is of 2024 (`开展2023年度社会组织年检`
 *   in a 2022 report likewise). Plans pass (将开展2025年度年报, a plan section), and so does a filing
 *   being started (启动, 部署) in a report that reached the next year (published in it).
 * - a year and its month run together, the 年 lost: `20227月1日起`.
 * The last checks need the report's year (option, title or first lines); without it, they stay quiet.
 */
const PAST = ["已", "了", "完成", "累计", "实现", "荣获", "获评", "获得", "入选", "建成", "举办", "召开", "发放", "开展", "共有", "截至", "截止"];
/** Verbs of a done thing: a sentence that opens with a later year and has one tells the past. */
const DONE = [
  "新增", "新建", "新设", "出台", "印发", "制定", "修订", "提高到", "提高至", "提升到", "提升至", "调整为", "调整到", "达到", "建成", "落成", "启用", "投用", "挂牌",
  "成立", "通过", "评定", "验收", "获批", "救助", "发放", "投入", "受理", "慰问", "走访", "惠及",
];
const FUTURE = ["将", "拟", "明年", "下一年", "计划", "预计", "力争", "争取", "目标", "规划", "打算", "确保", "下一步", "今后", "未来", "届时", "预期", "展望", "设想", "远景", "期间", "以后", "之后"];
const PLAN_HORIZON = 2100;
/** Years this far past the report's year cannot be a plan's near date when the sentence says it is done. */
const FAR_YEARS = 5;
/** After a year that opens a sentence: a characterisation or a start, not a fact (`2024年是…`, `2024年起`). */
const NOT_A_FACT_AFTER = /^(?:度)?(?:是|为|作为|将|要|起|开始|以来|以后|之后|以前|之前|前)/;

/** After a year: the annual filing it names (2023年度社会组织年报, 2023年度年检). */
const FILING_AFTER = /^度?[\u4e00-\u9fff]{0,8}?(?:年报|年检|年度报告|年度检查)/;

/** Verbs that start a filing: one of the report's year is started in the first months of the next. */
const STARTS_FILING = /(?:启动|部署|布置|筹备|安排)$/;

/** Full-width digits and date separators as ASCII (`２０２３．９．２６` → `2023.9.26`), one for one. */
const toAsciiDigits = (s: string): string => s.replace(/[０-９．－／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const CN_MONTHS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
/** A month straight after a year (`2021年9月`, `２０２１年９月`, `2021年九月`). */
const MONTH_AFTER_YEAR = /^ ?([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月/;
/** A date written with separators: `2023.9.26`, `2023-09-26`. */
const SEPARATED_DATE = /^((?:19|20)\d{2})([-./])(\d{1,2})\2\d{1,2}(?!\d)/;
/** After a month: a deadline, a start or a span, not the time a thing was done (`9月底前`, `9月起`). */
const NOT_DONE_AFTER_MONTH = /^份?(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?(?:以?前|之前|起|开始|以后|之后|以来|前后)/;

/** In a sentence: the half to come, or a thing scheduled (`定于2021年9月召开`), not done. */
const SCHEDULED = /下半年|定于|预定|择期|准备|筹备|即将|有待|待定|年内|届时/;

/** The month a year mention is followed by, and where the date ends; null when none. */
function monthOf(text: string, m: Mention): { month: number; end: number } | null {
  if (m.kind !== "year") {
    // (`2023.9.26` is read as the figure 2023.9 and the figure 26.)
    const d = SEPARATED_DATE.exec(toAsciiDigits(text.slice(m.offset, m.offset + 12)));
    return d && (m.kind === "date" || d[2] === ".") ? { month: Number(d[3]), end: m.offset + d[0].length } : null;
  }
  if (m.text.endsWith("度")) return null;
  const after = text.slice(m.offset + m.length, m.offset + m.length + 4);
  const a = MONTH_AFTER_YEAR.exec(after);
  if (!a) return null;
  const digits = toAsciiDigits(a[1]);
  const month = /^\d+$/.test(digits) ? Number(digits) : CN_MONTHS.indexOf(a[1]);
  return { month, end: m.offset + m.length + a[0].length };
}

/** Verbs whose object a year straight after them qualifies (`完成2025年部门预算编制`, `获批2025年中央预算内投资项目`). */
const OBJECT_VERBS = ["完成", "获批", "下达", "编制", "申报", "争取", "谋划", "储备", "安排", "开展", "启动", "部署", "做好", "筹备"];

/**
 * A year inside its sentence that names a thing's year, not when something happened: `2025年度养老服务
 * 补贴` (年度 before a noun), or the object of a verb (`获批2025年中央预算内投资项目`): next year's
 * budget, projects and plans are prepared this year.
 */
function namesAThing(text: string, yearOffset: number, yearEnd: number): boolean {
  if (text[yearEnd - 1] === "度" && isHan(text.charCodeAt(yearEnd))) return true;
  return OBJECT_VERBS.some((w) => yearOffset >= w.length && text.startsWith(w, yearOffset - w.length));
}

/** The year stands first in its sentence: after spaces, a section number (（一）, 1.) and 自/从/于/在 at most. */
function opensSentence(text: string, sentenceStart: number, yearOffset: number): boolean {
  if (yearOffset - sentenceStart > 8) return false;
  const head = text.slice(sentenceStart, yearOffset);
  return /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*[自从于在]?$/.test(head);
}

/** Which kinds of word a sentence holds, read once per sentence (a long sentence full of years stays linear). */
interface SentenceWords {
  past: boolean;
  done: boolean;
  future: boolean;
  /** The half to come or a thing scheduled (read when asked). */
  scheduled?: boolean;
}

const PAST_WORDS = new WordList(PAST);
const DONE_WORDS = new WordList(DONE);
const FUTURE_WORDS = new WordList(FUTURE);

function sentenceWords(cache: Map<number, SentenceWords>, text: string, span: { offset: number; length: number }): SentenceWords {
  let w = cache.get(span.offset);
  if (!w) {
    const sentence = text.slice(span.offset, span.offset + span.length);
    w = { past: PAST_WORDS.inside(sentence), done: DONE_WORDS.inside(sentence), future: FUTURE_WORDS.inside(sentence) };
    cache.set(span.offset, w);
  }
  return w;
}

function isFutureContext(text: string, words: SentenceWords, yearOffset: number, yearEnd: number): boolean {
  if (words.future) return true;
  const before = text.slice(Math.max(0, yearOffset - 2), yearOffset);
  if ((before.endsWith("到") || before.endsWith("至")) && !before.endsWith("截至")) return true;
  const after = text.slice(yearEnd, yearEnd + 6);
  return /^(?:度)?(?:底|末|年底|年末|上半年|下半年)?(?:以?前|之前)/.test(after);
}

const PLACEHOLDER = "xXＸｘ_＿";
const isPlaceholder = codeSet(PLACEHOLDER);

/** `XX年`, `20XX年`, `XX 年`: digits and placeholder letters, at least two letters or a digit, before 年. */
function placeholderYears(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isPlaceholder(text.charCodeAt(i)) || (i > 0 && (PLACEHOLDER.includes(text[i - 1]) || isAsciiLetter(text.charCodeAt(i - 1))))) continue;
    let start = i;
    while (start > 0 && isDigit(text.charCodeAt(start - 1)) && i - start < 4) start--;
    let end = i;
    let letters = 0;
    while (end < text.length && end - start < 6 && (PLACEHOLDER.includes(text[end]) || isDigit(text.charCodeAt(end)))) {
      if (PLACEHOLDER.includes(text[end])) letters++;
      end++;
    }
    let k = end;
    while (k < end + 2 && isSpace(text[k])) k++;
    if (text[k] !== "年" || isAsciiLetter(text.charCodeAt(end)) || (start > 0 && isDigit(text.charCodeAt(start - 1)))) continue;
    if (letters < 2 && start === i) continue;
    if (isShielded(doc, start)) continue;
    const value = text.slice(start, k + 1);
    hits.push(hitAt({ offset: start, length: k + 1 - start }, { key: "yearPlaceholder", params: { value } }, value));
    i = k;
  }
  return hits;
}

/** Letters typed for digits: O for 0, l or I for 1. */
const isDigitLookalike = codeSet("OoIl");

/** `2O21年`, `20l9年`: a year of four with a letter typed for a digit (two digits at least, 1 or 2 first). */
function letterYears(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  for (let j = text.indexOf("年", 4); j >= 0; j = text.indexOf("年", j + 1)) {
    const start = j - 4;
    let digits = 0;
    let letters = 0;
    for (let k = start; k < j; k++) {
      const c = text.charCodeAt(k);
      if (isDigit(c)) digits++;
      else if (isDigitLookalike(c)) letters++;
    }
    const first = text[start];
    if (letters === 0 || digits < 2 || digits + letters !== 4 || (first !== "1" && first !== "2")) continue;
    if (start > 0 && (isDigit(text.charCodeAt(start - 1)) || isAsciiLetter(text.charCodeAt(start - 1)))) continue;
    if (isShielded(doc, start)) continue;
    const value = text.slice(start, j + 1);
    hits.push(hitAt({ offset: start, length: 5 }, { key: "yearLetter", params: { value } }, value));
  }
  return hits;
}

// (Not 年度: 对象年度复核, 社会组织年度检查 — an annual thing, written so with no year.)
const AFTER_NIAN = ["工作", "上半年", "下半年", "总结", "计划", "民政"];
/**
 * What the year was lost after: the body that reports (市民政局年工作总结, 某县年上半年). A campaign
 * named for its year (作风建设年工作, 质量提升年) ends in another word.
 */
const REPORTING_BODY = "局厅委府市县区省州盟旗镇乡街办处室部院站所会科";
const isReportingBody = codeSet(REPORTING_BODY);
const AFTER_NIAN_WORDS = new WordList(AFTER_NIAN);

/** A 年 after a reporting body and before what it reports (`局年工作`): where a year may have been lost. */
function lostYearAt(text: string, i: number): boolean {
  return isReportingBody(text.charCodeAt(i - 1)) && AFTER_NIAN_WORDS.startingAt(text, i + 1) !== undefined;
}

/** In the title and the headings: 年 with its number gone (`市民政局年工作总结`). */
function missingYears(doc: TextDocument): Hit[] {
  const { text, index } = doc;
  const hits: Hit[] = [];
  // Nothing to find unless some 年 of the text stands where a year was lost (most texts: none).
  let any = false;
  for (let i = text.indexOf("年"); i >= 0 && !any; i = text.indexOf("年", i + 1)) any = lostYearAt(text, i);
  if (!any) return hits;
  const lines = [...doc.headings];
  if (doc.titleLine !== null && !doc.headings.has(doc.titleLine)) lines.push(doc.titleLine);
  for (const l of lines) {
    const span = index.lineSpan(l);
    const line = text.slice(span.offset, span.offset + span.length);
    if (line.indexOf("年") < 0) continue;
    const head = headingText(line) ?? line;
    const from = span.offset + line.indexOf(head.trimStart().slice(0, 1));
    const to = from + head.trim().length;
    for (let i = text.indexOf("年", Math.max(span.offset + 1, from + 1)); i >= 0 && i < to; i = text.indexOf("年", i + 1)) {
      if (!lostYearAt(text, i)) continue;
      if (isShielded(doc, i)) continue;
      const value = text.slice(i - 1, i + 1);
      hits.push(hitAt({ offset: i, length: 1 }, { key: "yearMissing", params: { value: text.slice(Math.max(span.offset, i - 3), i + 3) } }, value));
    }
  }
  return hits;
}

/**
 * A date of the report's year in a month after its period's end (the month after aside) told as
 * done: `2021年9月组织…开展现场教学` in a 2021 half-year report. Null when it is none, or a plan.
 */
function monthAfterPeriod(doc: TextDocument, bySentence: Map<number, SentenceWords>, m: Mention, part: YearPart, signed: number | undefined): Hit | null {
  if (m.line === signed || m.line === doc.titleLine || doc.planLines[m.line]) return null;
  if (m.kind === "year" && (m.years?.length !== 1 || m.years[0] !== doc.reportYear)) return null;
  if (m.kind !== "year" && (m.offset !== m.numberOffset || Number(toAsciiDigits(doc.text.slice(m.offset, m.offset + 4))) !== doc.reportYear)) return null;
  const date = monthOf(doc.text, m);
  if (!date || date.month < part.end + 2 || date.month > 12) return null;
  const { text } = doc;
  if (NOT_DONE_AFTER_MONTH.test(text.slice(date.end, date.end + 8))) return null;
  const words = sentenceWords(bySentence, text, m.sentence);
  if (!(words.past || words.done) || isFutureContext(text, words, m.offset, m.offset + m.length)) return null;
  words.scheduled ??= SCHEDULED.test(text.slice(m.sentence.offset, m.sentence.offset + m.sentence.length));
  if (words.scheduled) return null;
  // (`截至2021年9月底` is a figure counted past the period: period-mismatch says so.)
  if (/截[至止][,\uFF0C]?$/.test(text.slice(Math.max(0, m.offset - 3), m.offset))) return null;
  const value = text.slice(m.offset, date.end);
  return hitAt({ offset: m.offset, length: date.end - m.offset }, { key: "monthAfterPeriod", params: { value, period: part.word } }, value, part.word);
}

/** `20227月1日起`: a year and its month run together, the 年 between them lost (2022 and 7月). */
function isFusedYearMonth(text: string, m: Mention): boolean {
  if ((m.digits.length !== 5 && m.digits.length !== 6) || !/^(?:19|20)\d{2}/.test(m.digits) || text[m.offset + m.length - 1] !== "月") return false;
  const month = Number(m.digits.slice(4));
  return month >= 1 && month <= 12 && m.digits[4] !== "0";
}

/** Dimensions of a tally: things, people, households, money, land (not a rate, a standard or a duration). */
const TALLIED: ReadonlySet<Dimension> = new Set<Dimension>(["money", "persons", "households", "count", "area", "length", "weight"]);
/** After a figure: compared with the year before (同比增长, 较上年增加, 比去年减少). */
const AGAINST_LAST_YEAR = new RegExp(`同比|[较比](?:${alternation(LAST_YEAR)})`);
/** Before a figure: a tally (共办理, 累计发放, 合计, 全年); not 公共, 共同, 共享, 共建, 共治. */
const TALLY = /(?<!公)共(?![同享建治])|累计|合计|全年/;
/** A target's words: a plain count with one (`达到800家`, `不少于`) may be a goal. */
const TARGET_WORDS = /达到|不低于|不少于|超过|控制在|保持在|以上|左右/;

/** The tallied figures of the sentence of the mention at `i`, after it (`712家`, `2.36亿元`; not `8.7%`); the first only when `first`. */
function talliedAfter(mentions: readonly Mention[], i: number, first: boolean): Mention[] {
  const m = mentions[i];
  const end = m.sentence.offset + m.sentence.length;
  const out: Mention[] = [];
  for (let k = i + 1; k < mentions.length && mentions[k].offset < end; k++) {
    const q = mentions[k];
    if (q.kind === "quantity" && q.unit && TALLIED.has(q.unit.dimension)) out.push(q);
    if (first && out.length > 0) break;
  }
  return out;
}

/**
 * A sentence opening with a year that counts what was done in it, by its shape rather than its verb:
 * a tallied figure compared with the year before (`2026年,全县慈善组织募集款物2.36亿元,同比增长8.7%`),
 * one after a tally word (`2026年,全年共办理…1862对`), or the sentence a single clause ending in its
 * one figure (`2026年,全县登记社会组织712家。`) with no target's words (达到, 不少于, 以上). A
 * plan or target says so (将, 力争, 目标, 到2026年): the caller holds those back.
 */
function countedInYear(text: string, m: Mention, tallied: readonly Mention[]): boolean {
  if (tallied.length === 0) return false;
  const yearEnd = m.offset + m.length;
  const end = m.sentence.offset + m.sentence.length;
  // (Each read once over the sentence: a comparison after its first figure, a tally word before its last.)
  const firstFigure = tallied[0];
  if (AGAINST_LAST_YEAR.test(text.slice(firstFigure.offset + firstFigure.length, end))) return true;
  const lastFigure = tallied[tallied.length - 1];
  if (TALLY.test(text.slice(yearEnd, lastFigure.offset))) return true;
  if (tallied.length !== 1) return false;
  const q = tallied[0];
  const clause = text.slice(yearEnd, q.offset);
  return /^[,\uFF0C][^,\uFF0C;\uFF1B:\uFF1A\d%]{2,24}$/.test(clause) && !TARGET_WORDS.test(clause + q.text) && /^[。;!\uFF1B\uFF01]?\s*$/.test(text.slice(q.offset + q.length, end));
}

/** Before a base year: 由, 较, 比 (同比, 相比), 与. */
const BASE_BEFORE = /(?:由|较|比|与|从)$/;
/** After it: what is compared (`的3680张`, `增加`, `同期`, `末`, `相比`), told within a few words. */
const BASE_AFTER = /^(?:度|底|末|同期|全年)?(?:的\d|[^\d,,。;;]{0,6}?(?:增加|增长|减少|下降|提高|提升|降低|多|少|相比|持平))/;

/** A forecast's or a target's words: the base it is compared with may be a year still to come. */
const FORECAST_WORDS = new WordList(["将", "拟", "预计", "力争", "争取", "确保", "预期", "届时", "明年"]);
/** A plan's nouns, which a done sentence also uses (`完成年度目标的105%`): a forecast's only with no past word. */
const PLAN_NOUNS = new WordList(["计划", "目标", "规划"]);
/** A target year: `到2027年`, `至2030年` (not 截至), the year it is to be reached by. */
const TARGET_BEFORE = /(?:^|[^截])[到至]$/;

/**
 * The base at `m` (of year `y`) is a forecast's or a target's: `到2027年,…达到800个,比2026年增加200个`,
 * `力争到2030年,…比2026年提高10个百分点`, `预计…较2026年增长` in a 2025 report, or any base in a plan
 * document (`…养老服务体系建设规划`). 计划, 目标 and 规划 say so only in a sentence with no past word
 * (`完成年度目标的105%,较2026年增加` is done, its base a typo). A target year named in the sentence must come after the base
 * (`到2027年…比2028年` is a typo), and with none named the base stays within FAR_YEARS of the report.
 */
function forecastBase(doc: TextDocument, targets: Map<number, { target: number; forecast: boolean }>, m: Mention, y: number, reportYear: number): boolean {
  // (Read once per sentence: a long one full of bases stays linear.)
  let t = targets.get(m.sentence.offset);
  if (!t) {
    const sentence = doc.text.slice(m.sentence.offset, m.sentence.offset + m.sentence.length);
    let target = -1;
    for (const a of yearMentions(sentence)) {
      if (TARGET_BEFORE.test(sentence.slice(Math.max(0, a.index - 2), a.index))) target = Math.max(target, a.year);
    }
    const planned = FORECAST_WORDS.inside(sentence) || (PLAN_NOUNS.inside(sentence) && !PAST_WORDS.inside(sentence));
    t = { target, forecast: doc.planDocument || planned };
    targets.set(m.sentence.offset, t);
  }
  if (t.target >= 0) return y < t.target;
  return t.forecast && y <= reportYear + FAR_YEARS;
}

/** A document number's year: 民发〔2023〕12号, 〔20191〕31号, [2027]7号. Bounded, linear. */
const DOCUMENT_NUMBER = /[〔[【]\s{0,2}(\d{3,6})\s{0,2}[〕\]】]\s{0,2}\d{1,4}\s{0,2}号/g;

/**
 * Years of document numbers: not four digits (`〔20191〕`), or after the document itself could cite
 * them (a part-year report cites documents of its year at the latest; a year's report those of the
 * year after too, when it is written; a later publication date moves the limit on).
 */
function documentNumberYears(doc: TextDocument): Hit[] {
  const hits: Hit[] = [];
  const { text } = doc;
  if (!text.includes("号")) return hits;
  DOCUMENT_NUMBER.lastIndex = 0;
  for (let m = DOCUMENT_NUMBER.exec(text); m; m = DOCUMENT_NUMBER.exec(text)) {
    const digits = m[1];
    const at = m.index + m[0].indexOf(digits);
    if (digits.length !== 4) {
      hits.push(hitAt({ offset: at, length: digits.length }, { key: "yearDigits", params: { value: digits } }, digits));
      continue;
    }
    if (doc.reportYear === null) continue;
    const y = Number(digits);
    const limit = Math.max(doc.latestYear ?? doc.reportYear, titlePart(doc) ? doc.reportYear : doc.reportYear + 1);
    if (y > limit) hits.push(hitAt({ offset: at, length: 4 }, { key: "yearAfterReport", params: { year: y, reportYear: doc.reportYear } }, digits, String(doc.reportYear)));
  }
  return hits;
}

export const rule: TextRule = {
  code: "suspicious-year",
  check(doc: TextDocument): Hit[] {
    const { text } = doc;
    // Pushed, not spread into a new array: four spreads per text were garbage for every note cell.
    // (placeholderYears's array is its own, made per call.)
    const hits: Hit[] = placeholderYears(doc);
    for (const h of missingYears(doc)) hits.push(h);
    for (const h of letterYears(doc)) hits.push(h);
    for (const h of documentNumberYears(doc)) hits.push(h);
    // The caches by sentence are made at their first use: most texts (every note cell) have no year to read.
    let bySentence: Map<number, SentenceWords> | null = null;
    let targets: Map<number, { target: number; forecast: boolean }> | null = null;
    // A part-year report's period (上半年, 一季度, 1-N月) and its signature's line.
    const part = doc.reportYear !== null && (doc.titleReviewYears[0] ?? doc.titleYears[0]) === doc.reportYear ? titlePart(doc) : null;
    const signed = part ? signatureLine(doc)?.line : undefined;
    for (let i = 0; i < doc.mentions.length; i++) {
      const m = doc.mentions[i];
      if (part && (m.kind === "date" || m.kind === "year" || m.kind === "bare") && !isShielded(doc, m.offset)) {
        const hit = monthAfterPeriod(doc, (bySentence ??= new Map()), m, part, signed);
        if (hit) {
          hits.push(hit);
          continue;
        }
      }
      if (m.kind === "date" && isFusedYearMonth(text, m) && !isShielded(doc, m.offset)) {
        hits.push(hitAt(m, { key: "yearMonthFused", params: { value: m.text } }, m.text));
        continue;
      }
      if (m.kind !== "year" || isShielded(doc, m.offset)) continue;
      if (m.digits.length !== 4) {
        hits.push(hitAt(m, { key: "yearDigits", params: { value: m.text } }, m.text));
        continue;
      }
      const years = m.years ?? [Number(m.digits)];
      const broken = years.find((y) => y > PLAN_HORIZON);
      if (broken !== undefined) {
        hits.push(hitAt(m, { key: "yearImpossible", params: { value: m.text } }, m.text));
        continue;
      }
      if (doc.reportYear === null || years.length > 1) continue;
      const y = years[0];
      const limit = Math.max(doc.reportYear, doc.latestYear ?? doc.reportYear);
      // An annual filing (年报, 年检) of a year is made in the year after: one told as done cannot be
      // of a year after the report's, even one the report plans for (`开展2023年度社会组织年检` in a 2022 report).
      const filingWords = FILING_AFTER.exec(text.slice(m.offset + m.length, m.offset + m.length + 14));
      const filing = filingWords !== null;
      // One of the report's own year, named as a filing's (`2025年度年检`, `2021年度社会组织年报`; not
      // `2025年完成年检`, when it was done): told as done, it is a slip for the year before.
      if (filing && y === doc.reportYear && m.text.endsWith("度") && !doc.planLines[m.line]) {
        const gap = filingWords[0].slice(0, -2);
        const words = sentenceWords((bySentence ??= new Map()), text, m.sentence);
        const started = (doc.latestYear ?? y) > y && STARTS_FILING.test(text.slice(Math.max(0, m.offset - 2), m.offset));
        // (A sentence dated in the year after tells of that year: `2025年3月,我局完成了2024年度…年检`.)
        const datedAfter = doc.mentions.some((d) => d.sentence.offset === m.sentence.offset && d !== m && (d.kind === "year" || d.kind === "date") && (d.years ?? [Number(d.digits)]).includes(y + 1));
        if (!datedAfter && !PAST_WORDS.inside(gap) && !DONE_WORDS.inside(gap) && !started && (words.past || words.done) && !isFutureContext(text, words, m.offset, m.offset + m.length)) {
          hits.push(hitAt(m, { key: "filingOfReportYear", params: { year: y, reportYear: doc.reportYear } }, m.text, String(doc.reportYear - 1)));
        }
        continue;
      }
      if (filing && y > doc.reportYear && y <= limit && !doc.planLines[m.line]) {
        const words = sentenceWords((bySentence ??= new Map()), text, m.sentence);
        if ((words.past || words.done) && !isFutureContext(text, words, m.offset, m.offset + m.length)) {
          hits.push(hitAt(m, { key: "yearAfterReport", params: { year: y, reportYear: doc.reportYear } }, m.text, String(doc.reportYear - 1)));
        }
        continue;
      }
      // A year the document reached only by being published in it (发布时间: 2025-01-16 under a 2024
      // report) is the writing's, not the report's: a thing done in it is told with its early months
      // (2025年1月, 2025年以来), checked below; a bare 2025年 told as done is a slip.
      const reached = Math.max(doc.reportYear, ...doc.titleYears);
      // The base a figure is compared with (`由2026年的3680张提高到`, `较2026年增加`) is of a year
      // reviewed or before it, in a plan too: a later one is a typo.
      if (y > reached && BASE_BEFORE.test(text.slice(Math.max(0, m.offset - 2), m.offset)) && BASE_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 12))) {
        // A forecast's or a target's base may be a year to come, and is no time a thing was done
        // (`到2028年,…完成率比2026年提高40个百分点`).
        if (forecastBase(doc, (targets ??= new Map()), m, y, doc.reportYear)) continue;
        hits.push(hitAt(m, { key: "yearAfterReport", params: { year: y, reportYear: doc.reportYear } }, m.text, String(doc.reportYear)));
        continue;
      }
      if (y <= reached || doc.planLines[m.line]) continue;
      const words = sentenceWords((bySentence ??= new Map()), text, m.sentence);
      const { past, done } = words;
      const opens = opensSentence(text, m.sentence.offset, m.offset);
      const factAfter = !NOT_A_FACT_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 4));
      const far = y > doc.reportYear + FAR_YEARS;
      // The past: a past word anywhere; a done thing (or a review section) after a year that opens
      // the sentence; a done thing anywhere for a year too far on to be a plan's near date.
      // A counted figure tells a done thing too: after a year that opens the sentence, by its shape
      // (同比, a tally, a bare count); after an annual filing's year, any (`参加2022年度年检的社会组织653家`
      // in a 2021 report: a filing of a later year has no count yet).
      const counted = (opens && factAfter) || filing ? talliedAfter(doc.mentions, i, !(opens && factAfter)) : [];
      const told = past || (opens && factAfter && (done || doc.reviewLines[m.line] || countedInYear(text, m, counted))) || (far && done) || (filing && counted.length > 0);
      // A thing's year (`2025年度养老服务补贴`) five or more years on is no budget or plan prepared
      // early but a typo: `入选2034年度首批全省…品牌` in a 2024 report.
      // (An annual filing done for a later year than the report's is no thing prepared early.)
      const thing = !opens && !filing && y < doc.reportYear + FAR_YEARS && namesAThing(text, m.offset, m.offset + m.length);
      if (!told || thing) continue;
      if (y <= limit + 1 && /^(?:[1-3]月|[一二三]月|初|元旦|春节|以来)/.test(text.slice(m.offset + m.length, m.offset + m.length + 3))) continue;
      if (isFutureContext(text, words, m.offset, m.offset + m.length)) continue;
      // (A filing's year is the one before the report's, as above.)
      hits.push(hitAt(m, { key: "yearAfterReport", params: { year: y, reportYear: doc.reportYear } }, m.text, String(filing ? doc.reportYear - 1 : doc.reportYear)));
    }
    return hits;
  },
};
