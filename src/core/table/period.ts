import type { Period } from "./types";

/**
 * Periods as titles and headers write them: `2024年上半年`, `2023年1-6月` (`1月—6月`, `1月至6月`), `2022年1-10月`,
 * `2022年前三季度`, `2023年第一季度`, `2023年3月`, `2023年`, `2023年度`. Hand-written because the
 * wording is Chinese-report specific; the one regex is anchored on a four-digit year and has no
 * nested quantifiers (linear). A cumulative `1-N月` is the first half (N = 6), the first quarter
 * (N = 3), the whole year (N = 12), else the months up to N (`month: N`, as 前三季度 is month 9).
 */
const PERIOD = /((?:19|20)\d{2})\s*年(?:度)?\s*(上半年|下半年|前三季度|1\s*(?:月(?:1日)?\s*)?[-—–~至到]\s*(\d{1,2})\s*月(?:份)?(?:累计)?|第?([一二三四1-4])\s*季度|(\d{1,2})\s*月(?:份)?)?/u;

const PERIODS = new RegExp(PERIOD.source, "gu");

/** `text` with every period in it removed: `2022年1-9月 / 发放金额` → ` / 发放金额`. */
export function withoutPeriods(text: string): string {
  return text.replace(PERIODS, "");
}

const QUARTERS: Readonly<Record<string, 1 | 2 | 3 | 4>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** The first period written in `text`, or null. `label` is the matched text. */
export function findPeriod(text: string): (Period & { index: number }) | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const p: Period & { index: number } = { year, label: m[0].replace(/\s+/g, ""), index: m.index };
  const part = m[2];
  if (part) {
    if (part === "上半年") p.half = 1;
    else if (part === "下半年") p.half = 2;
    else if (part === "前三季度") p.month = 9;
    else if (m[3]) {
      // 1-N月: the months so far this year.
      const through = Number(m[3]);
      if (through === 6) p.half = 1;
      else if (through === 3) p.quarter = 1;
      else if (through >= 1 && through < 12) p.month = through;
    } else if (m[4]) p.quarter = QUARTERS[m[4]];
    else if (m[5]) {
      const month = Number(m[5]);
      if (month >= 1 && month <= 12) p.month = month;
      // A range of dates (`2025年4月1日—6月30日`): the quarter, half or months it spans.
      const to = DATE_RANGE_END.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      const end = to ? Number(to[1]) : 0;
      if (end > month && end <= 12) {
        p.label = `${p.label}—${end}月`;
        delete p.month;
        if (end - month === 2 && month % 3 === 1) p.quarter = ((month + 2) / 3) as 1 | 2 | 3 | 4;
        else if (end - month === 5 && (month === 1 || month === 7)) p.half = month === 1 ? 1 : 2;
        else p.month = end;
      }
    }
  }
  return p;
}

/** After `2025年4月`: `1日—6月30日`, the end of a range of dates. Anchored, bounded. */
const DATE_RANGE_END = /^\s{0,2}\d{1,2}\s{0,2}日\s{0,2}[-—–~至到]\s{0,2}(\d{1,2})\s{0,2}月/;

/** Every four-digit year (1900–2099) written as a year in `text`, in order. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  const re = /(?:19|20)\d{2}(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > 0 && /\d/.test(text[m.index - 1])) continue;
    out.push(Number(m[0]));
  }
  return out;
}

/** The start of a written range of months: `2024年1-9月`, `2024年4月—8月` (→ 1, 4). Anchored on 年, bounded. */
const RANGE_FROM = /年度?(\d{1,2})(?:月(?:1日|份)?)?[-—–~至到]/;

/**
 * The months a period covers, first and last (2024年上半年 → [1, 6], 2024年1-9月 and 前三季度 → [1, 9],
 * 2024年二季度 → [4, 6], 2024年9月 → [9, 9]); null for a whole or unstated year. `month` alone
 * cannot tell `1-9月` from `9月`: the label (as written) says which.
 */
export function monthSpan(p: Omit<Period, "year">): [number, number] | null {
  if (p.half) return p.half === 1 ? [1, 6] : [7, 12];
  if (p.quarter) return [p.quarter * 3 - 2, p.quarter * 3];
  if (!p.month) return null;
  const label = p.label.replace(/\s+/g, "");
  if (label.includes("前三季度")) return [1, p.month];
  const from = RANGE_FROM.exec(label);
  return from && Number(from[1]) <= p.month ? [Number(from[1]), p.month] : [p.month, p.month];
}

/** The period written the usual way: 2024年上半年. */
export function periodLabel(p: Omit<Period, "label">): string {
  if (p.half) return `${p.year}年${p.half === 1 ? "上" : "下"}半年`;
  if (p.quarter) return `${p.year}年第${"一二三四"[p.quarter - 1]}季度`;
  if (p.month) return `${p.year}年${p.month}月`;
  return `${p.year}年`;
}

/**
 * Whether two periods can describe the same reporting period. Years must agree; the finer parts
 * are compared only when both state them (a title `2024年上半年` and a header `2024年` agree).
 */
export function samePeriod(a: Omit<Period, "label">, b: Omit<Period, "label">): boolean {
  if (a.year !== b.year) return false;
  if (a.half && b.half && a.half !== b.half) return false;
  if (a.quarter && b.quarter && a.quarter !== b.quarter) return false;
  if (a.month && b.month && a.month !== b.month) return false;
  return true;
}

/**
 * A row label that is a period (1月, 12月份, 2024年1月, 7月上旬, 一季度, 第二季度, 第3周, 上半年,
 * 1-6月): the rows of a table told period by period. Anchored, no nested repetition.
 */
const PERIOD_ROW = /^(?:(?:19|20)\d{2}年度?)?(?:(?:\d{1,2}|[一二三四五六七八九十]|十[一二])月(?:份|[上中下]旬)?|第?[一二三四1-4]季度|第(?:\d{1,2}|[一二三四五六七八九十]{1,3})周|[上下]半年|1[-—–~至]\d{1,2}月)$/;
export function isPeriodLabel(key: string): boolean {
  return PERIOD_ROW.test(key);
}

/** A period row that spans several of the others (上半年, 下半年, 1-6月): a subtotal among them, no step of a run. */
const SPAN_ROW = /^(?:(?:19|20)\d{2}年度?)?(?:[上下]半年|1[-—–~至]\d{1,2}月)$/;
export function isPeriodSpan(key: string): boolean {
  return SPAN_ROW.test(key);
}

const CN_DIGITS = "一二三四五六七八九十";
function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "十") return 10;
  if (s.length === 2 && s[0] === "十") return 10 + CN_DIGITS.indexOf(s[1]) + 1;
  if (s.length === 2 && s[1] === "十") return (CN_DIGITS.indexOf(s[0]) + 1) * 10;
  if (s.length === 3 && s[1] === "十") return (CN_DIGITS.indexOf(s[0]) + 1) * 10 + CN_DIGITS.indexOf(s[2]) + 1;
  return CN_DIGITS.indexOf(s) + 1;
}

/**
 * Where a period row stands in its year, and of what kind (month, 旬, quarter, week): two rows
 * follow each other when they are of one kind and their places differ by one. Undefined for a
 * label of no such place (上半年, 1-6月).
 */
export function periodPlace(key: string): { kind: "month" | "dekad" | "quarter" | "week"; place: number } | undefined {
  const k = key.replace(/^(?:19|20)\d{2}年度?/, "");
  let m = /^(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?([上中下])旬$/.exec(k);
  if (m) return { kind: "dekad", place: (cnNumber(m[1]) - 1) * 3 + "上中下".indexOf(m[2]) + 1 };
  m = /^(\d{1,2}|[一二三四五六七八九十]{1,2})月份?$/.exec(k);
  if (m) return { kind: "month", place: cnNumber(m[1]) };
  m = /^第?([一二三四1-4])季度$/.exec(k);
  if (m) return { kind: "quarter", place: cnNumber(m[1]) };
  m = /^第(\d{1,2}|[一二三四五六七八九十]{1,3})周$/.exec(k);
  if (m) return { kind: "week", place: cnNumber(m[1]) };
  return undefined;
}
