import { WordList } from "./chars";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * A period a clause is labelled by (`一季度…2860人次,二季度3150人次`): a quarter (`一季度`, `第一季度`,
 * `1季度`), a month (`5月`, `5月份`, `五月`), a half year (`上半年`, `下半年`), or the period before
 * and the current one (`上月`/`本月`, `上季度`/`本季度`). `end` is where the label's words end.
 */
export interface PeriodLabel {
  kind: "quarter" | "month" | "half" | "month-rel" | "quarter-rel";
  /** 1–4 for a quarter, 1–12 for a month, 1–2 for a half year; 0 before, 1 current for the relative ones. */
  n: number;
  end: number;
}

/** The labels that are words, not figures, with what they name. */
const WORD_LABELS = new Map<string, Omit<PeriodLabel, "end">>([
  ["上半年", { kind: "half", n: 1 }],
  ["下半年", { kind: "half", n: 2 }],
  ["上个月", { kind: "month-rel", n: 0 }],
  ["上月", { kind: "month-rel", n: 0 }],
  ["本月", { kind: "month-rel", n: 1 }],
  ["当月", { kind: "month-rel", n: 1 }],
  ["上一季度", { kind: "quarter-rel", n: 0 }],
  ["上季度", { kind: "quarter-rel", n: 0 }],
  ["本季度", { kind: "quarter-rel", n: 1 }],
]);
const WORDS = new WordList([...WORD_LABELS.keys()].sort((a, b) => b.length - a.length));
const CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const CN_QUARTERS = "一二三四";

/** The number a quarter or month label's mention names (`一季度` 1, `5月份` 5, `十一月` 11); 0 when it is no label. */
function labelNumber(m: Mention, suffix: string, max: number, cn: readonly string[] | string): number {
  const t = m.text;
  if (!t.endsWith(suffix) || t.includes("个")) return 0;
  const head = t.slice(0, t.length - suffix.length);
  let n = 0;
  if (/^[0-9]{1,2}$/.test(head)) n = Number(head);
  else {
    for (let i = 0; i < cn.length; i++) if (cn[i] === head) n = i + 1;
  }
  return n >= 1 && n <= max ? n : 0;
}

/** The period label starting at `pos` (after spaces and a 第 before a quarter), or null. */
export function periodLabelAt(text: string, mentions: readonly Mention[], pos: number): PeriodLabel | null {
  const word = WORDS.startingAt(text, pos);
  if (word !== undefined) return { ...WORD_LABELS.get(word)!, end: pos + word.length };
  const at = text.charCodeAt(pos) === 0x7b2c ? pos + 1 : pos; // 第
  const k = firstAtOrAfter(mentions, at);
  const m = mentions[k];
  if (!m || m.offset !== at) return null;
  const end = m.offset + m.length;
  if (m.kind === "quantity" || m.kind === "ordinal") {
    const q = labelNumber(m, "季度", 4, CN_QUARTERS);
    if (q > 0) return { kind: "quarter", n: q, end };
  }
  if (m.kind === "date" || m.kind === "quantity") {
    const month = labelNumber(m, "月份", 12, CN_MONTHS) || labelNumber(m, "月", 12, CN_MONTHS);
    if (month > 0 && at === pos) return { kind: "month", n: month, end };
  }
  return null;
}

/** True when `cur` is the period right after `prev`: 一季度 → 二季度, 5月 → 6月, 12月 → 1月, 上月 → 本月, 上半年 → 下半年. */
export function isNextPeriod(prev: PeriodLabel, cur: PeriodLabel): boolean {
  if (prev.kind !== cur.kind) return false;
  if (prev.kind === "month") return cur.n === (prev.n % 12) + 1;
  return cur.n === prev.n + 1;
}
