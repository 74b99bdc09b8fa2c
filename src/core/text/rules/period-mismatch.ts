import { headingLevel, headingText, partOf, periodsOfTitle, reviewedTitle, type TextDocument, writtenBy, yearMentions, yearsIn } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";
import { alternation, LAST_YEAR } from "../last-year";

/**
 * period-mismatch: the body reports a different period as its current one than the title (or
 * the report year given) — a 2024 title over `一、2020年上半年工作情况` (last year's report with a
 * new title, or a title copied from a template).
 *
 * The body states its period in its section headings, in a line that opens with a year
 * (`2020年上半年,全市…`) and in its opening paragraph (`现将2023年工作情况报告如下`); years may be
 * written in Chinese digits (`二〇二四年`). A review heading (工作情况, 工作总结, 完成情况, 上半年 …) must name a year
 * of the title; a plan heading (工作计划, 工作思路, 打算 …) must not name a year before the title's
 * (later targets are what plans are for). When the title says which year it reviews and which it
 * plans (`2023年工作总结和2024年工作思路`), review headings must name the reviewed year, and the
 * title's own years must follow on (`2019年工作总结及2023年工作计划` does not, and nor does
 * `2023年工作总结和2023年工作思路`: a plan for the year under review fits only a half-year title,
 * `2023年上半年工作总结和下半年工作计划`). Spans (`2022年以来`,
 * `2021—2025年`) are not a period. When no heading agrees with the title, the title's year is
 * flagged as well. A report year given (--year) that the title does not review flags the title's
 * year, and the body is then held to the year given (its bases of comparison and 上年同期 too:
 * `较2022年的1318对` under a 2022 title with --year 2023 is last year's, as it should be). Without a title year or a report year given, the rule is quiet.
 * The body's first paragraph after the title may state its period with a bare year (`2022年,县民政局…`);
 * there only a year before the reviewed one is flagged (a later one may open a plan). Later
 * paragraphs that open with a bare year tell history and are left alone, and so do those that open
 * with a period of an earlier year (`2024年度,`, `2024年全年,`, `2024年上半年,` in a 2025 report).
 * Annual reports and inspections (年报, 年检) of a year are done in the year after: a heading about
 * `2023年度社会组织年报` in a 2024 report agrees with it.
 * A part-year title (上半年, 一季度 to 三季度, 前三季度, 1-N月) also holds its review's figures to its
 * period: a count to a month two or more past its end (`截至9月底`, `1—9月累计发放`, `前三季度累计` in a
 * half-year report), a stock at the end of the month after (`截至4月底` in a 第一季度 report, unless
 * the report was out only after that end), or a range to the month after when the report was signed
 * or published before that month ended (`1—7月` in one signed 2021年7月12日). Plan sections, plans and
 * targets (预计, 力争, 下半年), deadlines (`1-9月底前`, `截至9月底前`), a day of the month after
 * (`截至4月8日`: the report's own date) and earlier periods compared with (`去年1-9月`, `上年同期`,
 * `2020年1-9月`) pass. A year's report is not read so: a summary written in spring may quote a
 * stock of the next year's first months.
 */
const REVIEW = ["情况", "总结", "成效", "回顾", "完成", "开展", "进展", "上半年", "全年", "年度"];
const PLAN = ["计划", "思路", "打算", "要点", "安排", "展望", "设想"];
/** How far into a document its opening paragraph may state the period (`现将…如下`). */
const STATED_PERIOD_LINES = 12;
/** Titles of reports given at the start of the year they name, about the year before. */
const START_OF_YEAR = /政府工作报告|工作会议/;

/**
 * Things a year may name in a heading without being the report's period: `(六)2022年度民生实事项目
 * 收尾情况`, `2025年重点项目谋划情况` tell of that year's projects, not of the period reviewed.
 */
const THING = /项目|工程|实事|活动|专项|资金|试点|考核|评估|规划|运动会|选举|换届/;

/**
 * A salutation under the title (`区人大常委会:`, `各位代表:`, `市委、市政府:`, `尊敬的各位领导、同志们:`)
 * or the addressee of a 报告, 汇报 or 请示 (主送机关: `市民政局:`, `市人民政府:`, `各县(市、区)民政局:`,
 * `各乡镇人民政府、街道办事处:`, `各有关单位:`): a short line of words ending in a colon after whom it
 * addresses — an organ (局, 厅, 委, 办, 政府, 办事处, 单位 …), a person or a body of them, or a list
 * opened by 各 that ends in its bracket (`各村(社区):`). Not the opening paragraph, which follows it.
 * The addressee's last word is required: `现将有关情况报告如下:` is no salutation.
 */
const SALUTATION =
  /^(?:各[\u4e00-\u9fff、()]{1,30}[)]|[\u4e00-\u9fff、()]{0,30}(?:常委会|委员会|人大|政协|代表|委员|政府|党委|[省市县区州旗]委|党组|领导|同志|同志们|主任|书记|[省市县区]长|各位|们|[局厅部委办院处科室所站]|中心|单位|部门|街道|办事处|管委会))[::]$/;
/** A document number under the title: `株民发〔2025〕12号`, `湘民函[2024]8号`. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔[(【]\s?(?:19|20)\d{2}\s?[〕\])】]\s?第?\d{1,4}号$/;
/** A date line under the title or its speaker (`(2025年1月15日)`, `二〇二五年一月十五日`): no paragraph. */
const DATE_LINE = /^[((]?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[))]?$/;

/** Whether a line under the title comes before its opening paragraph: an addressee, a document number, a date. */
function isPreamble(line: string): boolean {
  return SALUTATION.test(line) || DOCUMENT_NUMBER.test(line) || DATE_LINE.test(line);
}

/** In an opening paragraph: words of what is to come (a plan's opening looks back, then ahead). */
const AHEAD = /今年|明年|下一步|计划|打算|要点|思路|展望/;

/** Whether an opening paragraph looks ahead: names the year given or a later one, or a plan's words. */
function looksAhead(line: string, expected: readonly number[]): boolean {
  return AHEAD.test(line) || yearsIn(line).some((y) => y >= Math.min(...expected));
}

/**
 * A paragraph after the opening one that opens with a period of a year before the one reviewed
 * (`2024年度,全市应参加年报的社会组织1012家` in a 2025 report; `2024年全年,`, `2024年上半年,`) tells
 * history, as one with a bare year does: only the opening paragraph states the body's own period so.
 */
function tellsHistory(year: number, reviewed: readonly number[], bodyLines: number): boolean {
  return bodyLines > 1 && year < Math.min(...reviewed);
}

/**
 * An opening paragraph that opens with a year before the one reviewed and names the reviewed year
 * after it (`2024年,全市民政事业费支出24.6亿元;2025年支出26.4亿元,增长7.3%` under a 2025 title) sets
 * the two side by side, a figure of each: it states no period of its own. Not when it looks ahead
 * (`2024年,…稳步推进。2025年,我们将…`: last year's report under a new title).
 */
const FORWARD = /将|拟|力争|预计|争取|目标|计划|打算|要点|思路|展望|明年|下一步/;
/** A figure within a few words of a year, in its clause (`2025年支出26.4亿元`). Bounded. */
const FIGURE_AFTER = /^[^,,;;。]{0,10}\d/;
const FIGURE_REACH = 12;
function comparesYears(paragraph: string, year: number, reviewed: readonly number[]): boolean {
  if (year >= Math.min(...reviewed) || FORWARD.test(paragraph)) return false;
  return yearMentions(paragraph)
    .slice(1)
    .some((m) => reviewed.includes(m.year) && FIGURE_AFTER.test(paragraph.slice(m.index + 5, m.index + 5 + FIGURE_REACH)));
}

/** Whether the year at `at` in a heading names a thing (its words up to the review or plan word name one). */
function namesThing(head: string, at: number): boolean {
  let end = head.length;
  for (const w of [...REVIEW, ...PLAN]) {
    const k = head.indexOf(w, at + 5);
    if (k >= 0 && k < end) end = k;
  }
  return THING.test(head.slice(at + 5, end));
}

/** The whole year told as done, counted up with a verb of work done: 全年共办理, 全年累计发放. Bounded. */
const WHOLE_YEAR_DONE = /全年(?:共计|累计|共)(?:办理|发放|救助|完成|登记|火化|审批|受理|走访|培训|慰问|开展|帮扶|救治|接收|服务|实施|建成)/g;

/** `截至9月底` told as done: the month a figure counts to. */
const COUNTED_TO = /截[至止](?:目前|当前)?[,,]?\s*((?:19|20)\d{2}年)?(\d{1,2})月(?:底|末|份|\d{1,2}日)/g;

/**
 * A month range counted from January (`1—9月`, `1月至9月`, `１－９月`) or 前三季度, in running text.
 * Bounded: each quantifier is a `?`, a match is at most a dozen characters.
 */
const COUNTED_RANGE = /(?<![0-9０-９.．])[1１] ?月? ?(?:——|[-—–~～至到－]) ?([0-9０-９]{1,2}) ?月|前三个?季度/g;
/** Before a range: an earlier period it is compared with (`去年1-9月`, `上年同期`, `较上年`). */
const EARLIER = new RegExp(`${alternation(LAST_YEAR)}|同期|往年|历年`);
/**
 * In a range's sentence: a plan, a target, a requirement or the half to come (原定截至9月底完成的…,
 * 省厅要求截至9月底…, 截至9月底各乡镇须完成…, 截至9月底应完成的…: a deadline, not a count).
 */
const NOT_DONE = /将|拟|预计|计划|力争|争取|目标|确保|预期|下半年|明年|原定|要求|部署|须|应完成|应于|应当|应在|应达/;
const SENTENCE_STOP = /[。;!?\n\uFF1B\uFF01\uFF1F]/;
/** How far the words around a range are read. */
const RANGE_CONTEXT = 40;

/**
 * The counted ranges of a line that run past the period reviewed (ending `end`): a range to a month
 * two or more after its end (`1—9月` in a half-year report; the month after, `1—7月`, is when a
 * half-year report is written, so only when the report was out by that month, `writtenIn`), told as
 * this year's and done: not qualified by an earlier year (`去年1-9月`, `2020年1-9月`, `上年同期`), not
 * in a sentence of plans or targets (预计, 力争, 下半年), not a deadline (`1-9月底前`).
 */
function countedRanges(line: string, end: number, reviewed: readonly number[], writtenIn: number | null): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  if (!line.includes("月") && !line.includes("季度")) return out;
  COUNTED_RANGE.lastIndex = 0;
  for (let m = COUNTED_RANGE.exec(line); m; m = COUNTED_RANGE.exec(line)) {
    const month = m[1] ? Number(m[1].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))) : 9;
    if (month > 12 || month <= end || (month === end + 1 && (writtenIn === null || writtenIn > month))) continue;
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + RANGE_CONTEXT);
    if (/^份?(?:同期|底?(?:以|之)?前)/.test(after)) continue;
    let before = line.slice(Math.max(0, m.index - RANGE_CONTEXT), m.index);
    let stop = -1;
    for (const c of ["。", ";", "!", "?", "\uFF1B", "\uFF01", "\uFF1F"]) stop = Math.max(stop, before.lastIndexOf(c));
    before = before.slice(stop + 1);
    const closing = SENTENCE_STOP.exec(after);
    const sentence = before + m[0] + (closing ? after.slice(0, closing.index) : after);
    if (NOT_DONE.test(sentence)) continue;
    // The words bound to the range: back to the last comma.
    let comma = -1;
    for (const c of [",", "、", "\uFF0C"]) comma = Math.max(comma, before.lastIndexOf(c));
    const bound = before.slice(comma + 1).slice(-8);
    if (EARLIER.test(bound)) continue;
    const years = yearMentions(bound);
    const year = years[years.length - 1];
    if (year && !reviewed.includes(year.year)) continue;
    out.push({ word: m[0], index: m.index });
  }
  return out;
}

/** The opening paragraph's statement of its period (`现将2023年工作完成情况…报告如下`), or null. */
function statedPeriod(line: string): string | null {
  const k = line.indexOf("现将");
  if (k < 0) return null;
  const end = line.indexOf("如下", k);
  return line.slice(k, end > k ? end + 2 : Math.min(line.length, k + 40));
}

/** The five-year plans' first years: 十四五 is 2021–2025. */
const PLAN_START: Readonly<Record<string, number>> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031 };
/**
 * A five-year plan's name said of the year a sentence opens with (`2021年是“十三五”开局之年`), also
 * a few words on (`2020年是全面建成小康社会和“十四五”规划收官之年`) and with the year in Chinese digits.
 */
const PLAN_NAME = /[“"']?(十[一二三四五六]五)[”"']?(?:规划)?(?:的)?(开局之年|起步之年|开篇之年|收官之年|决胜之年|攻坚之年)/g;
/** How far after `YYYY年是` its plan's name may stand (up to another year, within the sentence). */
const PLAN_REACH = 40;
const ANOTHER_YEAR = /(?:19|20)\d{2}年|[〇零○一二三四五六七八九]{4}年/;

/** A year called a five-year plan's first (or last) year that is not: 2021年 and 十三五 (2016–2020). */
function planYears(doc: TextDocument): Hit[] {
  const hits: Hit[] = [];
  const { text } = doc;
  if (!text.includes("五")) return hits;
  for (const m of doc.mentions) {
    if (m.kind !== "year" || m.years?.length !== 1) continue;
    const from = m.offset + m.length;
    if (text[from] !== "是" && text[from] !== "为") continue;
    const sentenceEnd = m.sentence.offset + m.sentence.length;
    let window = text.slice(from + 1, Math.min(sentenceEnd, from + 1 + PLAN_REACH));
    const next = ANOTHER_YEAR.exec(window);
    if (next) window = window.slice(0, next.index);
    PLAN_NAME.lastIndex = 0;
    for (let p = PLAN_NAME.exec(window); p; p = PLAN_NAME.exec(window)) {
      const start = PLAN_START[p[1]];
      if (start === undefined) continue;
      const expected = p[2] === "收官之年" || p[2] === "决胜之年" ? start + 4 : p[2] === "攻坚之年" ? null : start;
      const year = m.years[0];
      if (expected === null || year === expected) continue;
      const at = from + 1 + p.index + p[0].indexOf(p[1]);
      hits.push(hitAt({ offset: at, length: p[1].length }, { key: "planNameYear", params: { plan: p[1], year, expected, which: p[2] } }, p[1], String(expected)));
    }
  }
  return hits;
}

/** Filings about the previous year, made in the report's year. */
const ANNUAL_FILINGS = ["年报", "年检", "年度报告", "年度检查"];

/**
 * The year the report is of: the year given (--year) when there is one (a title that disagrees
 * with it is the slip, flagged on its own, and must not move the period for the rest of the text),
 * else the year the title reviews, else the report year read from the text.
 */
function reportedYear(doc: TextDocument): number | null {
  if (doc.yearSource === "option" && doc.reportYear !== null) return doc.reportYear;
  return doc.titleReviewYears[0] ?? doc.reportYear;
}

/** `上年同期为`, `去年(`: what is said to be the year before, right before a year. */
const PREVIOUS_NAMED = new RegExp(`(?:${alternation(LAST_YEAR)})(?:同期)?(?:数据)?(?:为|是|即|指)?[((]?$`);

/**
 * `上年同期为2023年1-6月数据` in a 2025 report (a note under its table, a sentence): the year before
 * is named, and it is not the year before the one reported. Plan sections, which count from the
 * plan's year, are left alone.
 */
function previousYearNamed(doc: TextDocument): Hit[] {
  const hits: Hit[] = [];
  const reported = reportedYear(doc);
  if (reported === null || (!doc.text.includes("上") && !doc.text.includes("去") && !doc.text.includes("前"))) return hits;
  for (const m of doc.mentions) {
    if (m.kind !== "year" || m.years?.length !== 1 || doc.planLines[m.line]) continue;
    if (!PREVIOUS_NAMED.test(doc.text.slice(Math.max(0, m.offset - 8), m.offset))) continue;
    const y = m.years[0];
    if (y === reported - 1) continue;
    hits.push(hitAt(m, { key: "previousYearMismatch", params: { found: y, expected: reported - 1 } }, m.text, String(reported - 1)));
  }
  return hits;
}

/** Before a base of comparison: 较, 比, 与, 同 (`较2025年同期`, `比2024年的2.55亿元`). */
const COMPARED_WITH = /(?:较|比|与|同)$/;
/** After its year: the same period (同期) or a figure of it (`的2.55亿元`), not a part of the year (初, 一季度). */
const BASE_OF_YEAR = /^(?:同期|的\d)/;

/**
 * A base of comparison in the year reported (`较2025年同期减少94对` in a 2025 report; `比2024年的
 * 2.55亿元` in a 2024 one): the year half changed in a copy of last year's report. The same period
 * compared with is a year back. Plans (which count from the plan's year) are left alone.
 */
function baseOfReportYear(doc: TextDocument): Hit[] {
  const hits: Hit[] = [];
  const reported = reportedYear(doc);
  if (reported === null) return hits;
  for (const m of doc.mentions) {
    if (m.kind !== "year" || m.years?.length !== 1 || m.years[0] !== reported || doc.planLines[m.line]) continue;
    if (!COMPARED_WITH.test(doc.text.slice(Math.max(0, m.offset - 1), m.offset))) continue;
    if (!BASE_OF_YEAR.test(doc.text.slice(m.offset + m.length, m.offset + m.length + 3))) continue;
    hits.push(hitAt(m, { key: "baseOfReportYear", params: { found: reported, expected: reported - 1 } }, m.text, String(reported - 1)));
  }
  return hits;
}

/**
 * Whether a report of `year` (of a part of it when `part`) fits the date it was signed or published:
 * a part-year report is out within its year; a year's report in its last quarter or by June of the
 * year after.
 */
function writtenFor(written: { year: number; month: number }, year: number, part: boolean): boolean {
  if (part) return written.year === year;
  return (written.year === year && written.month >= 10) || (written.year === year + 1 && written.month <= 6);
}

/**
 * The year a plan-only title (`2025年工作要点`, `2025年工作计划`: its years all planned, none
 * reviewed) may look back on in a review heading: the year before its plan (`一、2024年工作回顾`
 * opens most plans). Only that year; null for any other title.
 */
function lookedBackOn(doc: TextDocument): number | null {
  if (doc.titleReviewYears.length > 0 || doc.titlePlanYears.length === 0) return null;
  if (doc.titleYears.some((y) => !doc.titlePlanYears.includes(y))) return null;
  return Math.min(...doc.titlePlanYears) - 1;
}

/**
 * The part of its year a title reviews, with its first and last month: 上半年 (1–6), 前三季度 (1–9),
 * 1-N月, 第一/二/三/四季度 (a quarter's three months), 下半年 (7–12); by the first period word of the
 * part reviewed (`2024年上半年工作总结和下半年工作计划` reviews 上半年). Null for a whole year or none.
 */
const TITLE_PART = /上半年|前三个?季度|(?<!前)第?([一二三四1-4])季度|下半年|全年|1\s?[-—–~至到]\s?(1[0-2]|[1-9])\s?月/;
const QUARTER_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

interface TitlePeriod {
  word: string;
  start: number;
  end: number;
}

function titlePeriod(reviewedPart: string): TitlePeriod | null {
  const m = TITLE_PART.exec(reviewedPart);
  if (!m) return null;
  const word = m[0];
  if (word === "上半年") return { word, start: 1, end: 6 };
  if (word === "下半年") return { word, start: 7, end: 12 };
  if (word.startsWith("前三")) return { word, start: 1, end: 9 };
  if (m[1]) {
    const q = QUARTER_NUMBER[m[1]];
    return { word, start: 3 * q - 2, end: 3 * q };
  }
  if (m[2]) return Number(m[2]) < 12 ? { word, start: 1, end: Number(m[2]) } : null;
  return null; // 全年
}

/** The sentence of `line` around the words at `at` (of `length`), without those words. */
function sentenceAround(line: string, at: number, length: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_STOP.test(line[from - 1])) from--;
  const rest = line.slice(at + length);
  const stop = SENTENCE_STOP.exec(rest);
  return line.slice(from, at) + (stop ? rest.slice(0, stop.index) : rest);
}

/**
 * The part of the year a title reviews when it names a quarter other than the first (partOf reads
 * 一季度 already): 第二季度 ends in June, 三季度 in September. Null for 第四季度 (the year's end) and
 * for anything else.
 */
function quarterOf(reviewedPart: string): { word: string; end: number; index: number } | null {
  const p = titlePeriod(reviewedPart);
  return p && p.word.endsWith("季度") && !p.word.startsWith("前") && p.end < 12 ? { word: p.word, end: p.end, index: -1 } : null;
}

/**
 * In a sentence with a date counted to (`截至6月底`): what makes that date a base the current figure
 * is set against rather than the figure's own date — a comparison just before it (`较截至6月底`,
 * `比`, `与`, `从`, `由`), or in its sentence a change up to a new figure (`增加到`, `增至`), the
 * current one (目前, 现有), a period named (`三季度新增`, `较年初`, `上年同期`) or another month.
 */
const BASE_BEFORE = /(?:较|比|与|同|从|由|相比|对比)$/;
const BASE_IN_SENTENCE = /[增减升降提]至|(?:增加|增长|上升|提高|下降|减少|降低|扩大)到|目前|现有|当前|现已|季度|年初|年底|年末|同期|上年|去年|上半年|\d月/;

/** Another date or the present in a sentence: its stock is not told as of the date counted to alone. */
const LATER_DATE = /\d月|目前|当前|现有|现已/;
/** How many clauses after a date counted to are read for a base compared with. */
const NEAR_CLAUSES = 2;

/** The text of `line` from `from` to the end of the NEAR_CLAUSES-th clause after it, within its sentence. */
function nearClauses(line: string, from: number): string {
  let clauses = 0;
  let i = from;
  // (The date's own clause ends at the first comma: `截至6月底,`.)
  for (; i < line.length && !SENTENCE_STOP.test(line[i]); i++) {
    if ((line[i] === "," || line[i] === "\uFF0C") && ++clauses > NEAR_CLAUSES) break;
  }
  return line.slice(from, i);
}

/** A stock told as current: 共有, 全区有, 在册, 达到 … (not a flow: 发放, 完成). */
const STOCK_WORDS = /共有|拥有|现存|[省市县区州旗镇乡村]有|在册|在保|在院|在养|总数|总量|保有|达到/;
/** Words that mark a figure as earlier data the report quotes: 据民政部通报, 最新统计, 半年度统计数据. */
const EARLIER_DATA = /据|最新|统计数据|统计报表|统计年报|半年度|年度统计|通报|公报|普查|快报/;

/**
 * A count dated before the part of the year a title reviews, in the review: last quarter's figure
 * told as current (`截至2025年6月底,全市共有养老机构268家` in a 第三季度 report: a date of the year
 * reviewed, or of no year, its month before the period's first), or last year's at the same point
 * (`截至2024年6月底,全市共有…` in a 2025 上半年 report: the year not changed in a copy). A base
 * compared with (`较截至6月底增加12家`, `截至6月底的268家增加到275家`) passes, and so do other dates of
 * earlier years (yearly statistics stand in part-year reports: 截至2024年底 老年人口). A year's report
 * is not read: its stock of the year before (截至2023年底 in a 2024 report) may be the latest yearly
 * statistics there are.
 * A period counted from January (上半年, 前三季度, 1-N月) holds a stock told as current to its end:
 * `截至2025年6月底,全区共有城乡低保对象3250人` in a 前三季度 report (countedBeforePeriodEnd). Only a
 * sentence with a stock's words (共有, 全区有, 在册, 达到 …): a date within the period is as often when a
 * thing was done (`截至3月底,已完成年审`). Bases (`较6月底增加`, 年初, another month in the sentence),
 * earlier data the sentence names (据…通报, 最新统计, 半年度统计数据) and other years pass.
 */
function countedBeforePeriod(doc: TextDocument, part: TitlePeriod, reviewed: readonly number[]): Hit[] {
  const hits: Hit[] = [];
  const { text, index } = doc;
  for (let l = 1; l <= index.lineCount; l++) {
    if (l === doc.titleLine || doc.metaLines.has(l) || doc.planLines[l]) continue;
    const span = index.lineSpan(l);
    const line = text.slice(span.offset, span.offset + span.length);
    if (!line.includes("截")) continue;
    COUNTED_TO.lastIndex = 0;
    for (let m = COUNTED_TO.exec(line); m; m = COUNTED_TO.exec(line)) {
      const month = Number(m[2]);
      const year = m[1] ? Number(m[1].slice(0, 4)) : null;
      const before = (year === null || reviewed.includes(year)) && month >= 1 && month < part.start;
      const yearBack = year !== null && part.end < 12 && reviewed.length === 1 && year === reviewed[0] - 1 && month === part.end;
      // A period counted from January (上半年, 前三季度, 1-N月): a date before its end.
      const beforeEnd = !before && part.start === 1 && part.end < 12 && (year === null || reviewed.includes(year)) && month >= 1 && month < part.end;
      if (!before && !yearBack && !beforeEnd) continue;
      if (BASE_BEFORE.test(line.slice(Math.max(0, m.index - 2), m.index))) continue;
      const sentence = sentenceAround(line, m.index, m[0].length);
      // A period counted from January: a base compared with is read in the stock's clause and the one
      // after it (`截至6月底,全区共有…,比年初减少15人`); a comparison clauses on is of another figure
      // (`…占户籍人口的3.6‰,较上年末下降0.3个千分点`). Another date anywhere in the sentence passes.
      const based = beforeEnd ? BASE_IN_SENTENCE.test(nearClauses(line, m.index + m[0].length)) || LATER_DATE.test(sentence) : BASE_IN_SENTENCE.test(sentence);
      if (based || NOT_DONE.test(sentence)) continue;
      // Within the period, a date is often just when a thing was done (截至3月底,已完成年审): only a
      // stock told as current, and not one the sentence says is earlier data (据…通报, 最新统计).
      if (beforeEnd && (!STOCK_WORDS.test(sentence) || EARLIER_DATA.test(sentence))) continue;
      const at = m.index + m[0].indexOf(`${m[2]}月`, m[1] ? m[1].length : 0);
      const word = line.slice(at, m.index + m[0].length);
      const found = line.slice(m.index + m[0].indexOf(m[1] ?? `${m[2]}月`), m.index + m[0].length);
      if (beforeEnd) hits.push(hitAt({ offset: span.offset + at, length: word.length }, { key: "countedBeforePeriodEnd", params: { found, period: part.word, end: part.end } }, word, `${part.end}月底`));
      else if (before) hits.push(hitAt({ offset: span.offset + at, length: word.length }, { key: "countedBeforePeriod", params: { found, period: part.word, start: part.start, end: part.end } }, word, `${part.end}月底`));
      else {
        const y = m.index + m[0].indexOf(m[1]!);
        hits.push(hitAt({ offset: span.offset + y, length: 5 }, { key: "countedYearBack", params: { found, period: part.word, expected: reviewed[0] } }, m[1]!, `${reviewed[0]}年`));
      }
    }
  }
  return hits;
}

export const rule: TextRule = {
  code: "period-mismatch",
  check(doc: TextDocument): Hit[] {
    const { text, index } = doc;
    const hits: Hit[] = planYears(doc);
    for (const h of previousYearNamed(doc)) hits.push(h);
    for (const h of baseOfReportYear(doc)) hits.push(h);
    const expected = doc.titleYears.length > 0 ? doc.titleYears : doc.yearSource === "option" && doc.reportYear !== null ? [doc.reportYear] : [];
    if (expected.length === 0) return hits;
    // A note cell or a pasted sentence has no sections: only numbered headings speak for a period there.
    // A title on its first line with a paragraph under it is a document too (a short report, the
    // opening of a longer one pasted).
    let nonEmpty = 0;
    let firstLine = 0;
    for (let l = 1; l <= index.lineCount && nonEmpty < 3; l++) {
      const span = index.lineSpan(l);
      if (span.length === 0 || text.slice(span.offset, span.offset + span.length).trim() === "") continue;
      if (nonEmpty++ === 0) firstLine = l;
    }
    const document = nonEmpty >= 3 || (nonEmpty === 2 && firstLine === doc.titleLine);
    // A report given at the start of its year (2025年政府工作报告, 2025年全市民政工作会议) reviews the year before.
    // The title line, read once: its span and text.
    const titleSpan = doc.titleLine !== null ? index.lineSpan(doc.titleLine) : null;
    const titleText = titleSpan ? text.slice(titleSpan.offset, titleSpan.offset + titleSpan.length) : "";
    const startOfYear = doc.titleReviewYears.length === 0 && doc.titleYears.length > 0 && START_OF_YEAR.test(titleText);
    let reviewed = doc.titleReviewYears.length > 0 ? doc.titleReviewYears : startOfYear ? expected.map((y) => y - 1) : expected;
    const lookedBack = lookedBackOn(doc);
    // The report year given (--year) against a title that reviews another: the title is said to be
    // wrong, and the body is judged against the year given.
    // (A note cell or a pasted sentence has no title: its first line is text.)
    if (document && doc.yearSource === "option" && doc.reportYear !== null && doc.titleYears.length > 0 && titleSpan && !reviewed.includes(doc.reportYear)) {
      const y = reviewed[0];
      const at = yearMentions(titleText).find((m) => m.year === y)?.index ?? 0;
      hits.push(hitAt({ offset: titleSpan.offset + at, length: 5 }, { key: "periodMismatch", params: { found: y, expected: String(doc.reportYear) } }, `${y}年`, String(doc.reportYear)));
      reviewed = [doc.reportYear];
    }
    let agreeing = 0;
    // The title's own years: a plan for the year after the one reviewed (or the same year's second half).
    if (titleSpan && doc.titleReviewYears.length === 1) {
      const r = doc.titleReviewYears[0];
      const span = titleSpan;
      const title = titleText;
      // A plan for the reviewed year itself fits only a half-year report (上半年总结和下半年打算).
      const halfYear = title.includes("上半年") || title.includes("下半年");
      for (const p of doc.titlePlanYears) {
        if (p === r + 1 || (p === r && halfYear)) continue;
        // The plan's year is the last of its value in the title (`2023年工作总结和2023年工作思路`).
        const written = yearMentions(title).filter((m) => m.year === p).pop()!;
        hits.push(hitAt({ offset: span.offset + written.index, length: 5 }, { key: "titleYearsDisagree", params: { reviewed: r, planned: p } }, `${p}年`, String(r + 1)));
      }
    }
    const titleHits = hits.length;
    const halfYearTitle = titleText.includes("上半年") || titleText.includes("下半年");
    let bodyLines = 0;
    for (let l = 1; l <= index.lineCount; l++) {
      if (l === doc.titleLine || doc.metaLines.has(l)) continue;
      const span = index.lineSpan(l);
      const line = text.slice(span.offset, span.offset + span.length);
      const trimmed = line.trim();
      // (An addressee, a document number or a date before the opening paragraph is not a paragraph of the body.)
      // Without a title, the year given (--year) says what the text reports, and its first paragraph is its opening.
      const inBody = doc.titleLine !== null ? l > doc.titleLine : doc.yearSource === "option";
      if (trimmed.length > 0 && inBody && !(bodyLines === 0 && isPreamble(trimmed))) bodyLines++;
      let head: string | null = null;
      let openingYear = false;
      if (doc.headings.has(l)) {
        const level = headingLevel(trimmed);
        if (level <= 2 && (document || level > 0)) head = headingText(line);
      }
      // A paragraph that opens with its period: `2020年上半年,全市…`; the first one after the title also `2022年,`.
      if (head === null && document) {
        const lead = /^((?:19|20)\d{2})年(上半年|下半年|全年|度|以来)?[,,]/.exec(trimmed);
        // (Untitled, the opening may be a plan's, which looks back on the year before: one looking ahead is left alone.)
        const opening = bodyLines === 1 && (doc.titleLine !== null || !looksAhead(trimmed, expected));
        const year = lead ? Number(lead[1]) : 0;
        const states = opening ? !comparesYears(trimmed, year, reviewed) : lead?.[2] !== undefined && !tellsHistory(year, reviewed, bodyLines);
        if (lead && states) {
          head = trimmed.slice(0, lead[0].length);
          openingYear = lead[2] === undefined;
        }
      }
      // The opening paragraph's stated period: `现将2023年工作完成情况及2024年工作计划报告如下`.
      if (head === null && document && l <= STATED_PERIOD_LINES) {
        head = statedPeriod(trimmed);
      }
      if (head === null) continue;
      const years = yearsIn(head);
      if (years.length === 0 || head.includes("以来") || /\d{4}\s*[-—–~～至到]+\s*\d{4}年/.test(head)) continue;
      const plan = PLAN.some((w) => head!.includes(w)) || doc.planLines[l];
      const review = openingYear || REVIEW.some((w) => head!.includes(w));
      if (!plan && !review) continue;
      const own = periodsOfTitle(head);
      const filing = ANNUAL_FILINGS.some((w) => head!.includes(w));
      for (const y of new Set(years)) {
        // Last year's 年检/年报 are filed this year: in a review, or in the plan for the year after it.
        if (filing && (reviewed.includes(y + 1) || (plan && (reviewed.includes(y) || doc.titlePlanYears.includes(y + 1))))) continue;
        // (`(三)上年同期为2022年全年数据`: the year compared with, which previousYearNamed reads.)
        const mentioned = yearMentions(head).find((m) => m.year === y)!.index;
        if (PREVIOUS_NAMED.test(head.slice(Math.max(0, mentioned - 8), mentioned))) continue;
        if (!openingYear && namesThing(head, yearMentions(head).find((m) => m.year === y)!.index)) continue;
        const planYear = own.plan.includes(y) || (plan && !own.review.includes(y)) || (openingYear && y > Math.min(...reviewed));
        // A title that names its plan's year (2023年工作总结和2024年工作计划) holds a plan heading to it:
        // `三、2023年工作计划` plans the year reviewed (a half-year title's second half aside).
        const planFixed = plan && !openingYear && doc.titlePlanYears.length > 0 && !halfYearTitle && reviewed.includes(y) && !doc.titlePlanYears.includes(y);
        const allowed = planFixed ? false : planYear ? y >= Math.min(...reviewed) : reviewed.includes(y) || y === lookedBack;
        if (allowed) {
          if (!planYear) agreeing++;
          continue;
        }
        const at = line.indexOf(head) + yearMentions(head).find((m) => m.year === y)!.index;
        const hit = planFixed
          ? hitAt({ offset: span.offset + at, length: 5 }, { key: "planYearMismatch", params: { found: y, planned: doc.titlePlanYears.join("、") } }, `${y}年`, doc.titlePlanYears.join(","))
          : hitAt({ offset: span.offset + at, length: 5 }, { key: "periodMismatch", params: { found: y, expected: reviewed.join("、") } }, `${y}年`, reviewed.join(","));
        hits.push(hit);
      }
    }
    // No review heading agrees with the title: the title is what was changed, so say it there too.
    // (With the report's year given and the title agreeing with it, the title is not what changed.)
    if (hits.length > titleHits && agreeing === 0 && titleSpan && doc.yearSource !== "option") {
      const span = titleSpan;
      const title = titleText;
      const y = reviewed[0];
      const at = yearMentions(title).find((m) => m.year === y)?.index ?? 0;
      const first = hits[titleHits].message;
      const found = first.key === "periodMismatch" ? first.params.found : y;
      // The date the report was signed or published bears the title out and not the body (an annual
      // report of 2019 out in January 2020, not one of 2018): the body's year is the slip, said there alone.
      const written = writtenBy(doc);
      const part = halfYearTitle || partOf(reviewedTitle(title)) !== null;
      const borneOut = !!written && writtenFor(written, y, part) && !writtenFor(written, found, part);
      if (!borneOut) hits.push(hitAt({ offset: span.offset + at, length: 5 }, { key: "titlePeriodMismatch", params: { title: y, found } }, `${y}年`, String(found)));
    }
    // A count dated before the part of the year reviewed (截至6月底 in a 第三季度 report,
    // 截至2024年6月底 in a 2025 上半年 one).
    if (document && titleSpan && doc.titleReviewYears.length === 1) {
      const period = titlePeriod(reviewedTitle(titleText));
      if (period) for (const h of countedBeforePeriod(doc, period, reviewed)) hits.push(h);
    }
    // The part of the year: a review heading or the opening's stated period (前三季度 under a
    // 上半年 title, 上半年 in a year's report), and a month figures count to past the period's
    // end (截至9月底 in a half-year report) outside the plan sections.
    if (document && titleSpan && doc.titleReviewYears.length <= 1) {
      // The title up to its plan's word (`2023年上半年工作总结和下半年工作打算`: the part reviewed).
      const reviewedPart = reviewedTitle(titleText);
      const named = partOf(reviewedPart) ?? (/总结|报告|情况/.test(reviewedPart) && !/季度|月/.test(reviewedPart) ? { word: "全年", end: 12, index: -1 } : null);
      // A later quarter (第二季度工作总结) holds the review's dates to its end too; its headings are
      // not compared (a quarter's report may well head its figures 上半年 or 1-6月).
      const quarter = named ? null : quarterOf(reviewedPart);
      const titlePart = named ?? quarter;
      if (titlePart) {
        // The month the report was out by (its signature or publication date), when in the year reviewed.
        const written = writtenBy(doc);
        const writtenIn = written && reviewed.includes(written.year) ? written.month : null;
        /** Whether the report was out only after the month `month` of the year reviewed. */
        const outAfter = (month: number): boolean => !!written && (written.year > Math.max(...reviewed) || (writtenIn !== null && writtenIn > month));
        /** Where a heading or the opening named another part of the year (said once). */
        const stated = new Set<number>();
        for (let l = 1; l <= index.lineCount; l++) {
          if (l === doc.titleLine || doc.metaLines.has(l) || doc.planLines[l]) continue;
          const span = index.lineSpan(l);
          const line = text.slice(span.offset, span.offset + span.length);
          const trimmed = line.trim();
          let head: string | null = null;
          if (doc.headings.has(l) && headingLevel(trimmed) <= 2) head = headingText(line);
          else if (l <= STATED_PERIOD_LINES) head = statedPeriod(trimmed);
          if (head !== null && !quarter && !PLAN.some((w) => head!.includes(w)) && REVIEW.some((w) => head!.includes(w))) {
            const part = partOf(head);
            // (A heading's 1-N月 speaks for a quarter's end only: `1-11月` heads a year's report written in December.)
            if (part && part.end !== titlePart.end && part.end % 3 === 0) {
              const at = line.indexOf(head) + part.index;
              stated.add(span.offset + at);
              hits.push(hitAt({ offset: span.offset + at, length: part.word.length }, { key: "partOfYearMismatch", params: { found: part.word, expected: titlePart.word } }, part.word, titlePart.word));
            }
          }
          if (titlePart.end < 12) {
            COUNTED_TO.lastIndex = 0;
            for (let m = COUNTED_TO.exec(line); m; m = COUNTED_TO.exec(line)) {
              if (m[1] && !reviewed.includes(Number(m[1].slice(0, 4)))) continue;
              const month = Number(m[2]);
              // The month after the period's end is when its report is written: a day in it (截至4月8日)
              // may be the report's own date, but its end (截至4月底 in a 第一季度 report) is past the
              // period, unless the report was out only after that end (its latest stock then: debatable).
              const nextEnd = month === titlePart.end + 1 && /[底末]$/.test(m[0]) && !outAfter(month);
              if ((month < titlePart.end + 2 && !nextEnd) || month > 12) continue;
              // A deadline (截至9月底前) or a target (力争截至9月底完成) is no count.
              if (/^(?:以|之)?前/.test(line.slice(m.index + m[0].length)) || NOT_DONE.test(sentenceAround(line, m.index, m[0].length))) continue;
              const at = m.index + m[0].indexOf(`${m[2]}月`);
              const word = line.slice(at, m.index + m[0].length);
              hits.push(hitAt({ offset: span.offset + at, length: word.length }, { key: "countedPastPeriod", params: { found: word, expected: titlePart.word } }, word, titlePart.word));
            }
            // `全年共办理结婚登记1126对` in a half-year report's review: the whole year told as done
            // (a year's budget, 全年共安排/下达, may stand in one; plans are left out above).
            WHOLE_YEAR_DONE.lastIndex = 0;
            for (let m = WHOLE_YEAR_DONE.exec(line); m; m = WHOLE_YEAR_DONE.exec(line)) {
              hits.push(hitAt({ offset: span.offset + m.index, length: 2 }, { key: "rangePastPeriod", params: { found: "全年", expected: titlePart.word } }, "全年", titlePart.word));
            }
            // `1—9月累计发放…`, `前三季度累计…` in a half-year report's review.
            for (const c of countedRanges(line, titlePart.end, reviewed, writtenIn)) {
              const at = span.offset + c.index;
              if (stated.has(at)) continue; // the stated period, said already
              hits.push(hitAt({ offset: at, length: c.word.length }, { key: "rangePastPeriod", params: { found: c.word, expected: titlePart.word } }, c.word, titlePart.word));
            }
          }
        }
      }
    }
    return hits;
  },
};
