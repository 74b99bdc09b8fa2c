import { isClauseEnd, isCnNumeral, isDigit } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";

/**
 * non-integer-count: a count of whole things with a fraction and no scale word —
 * `重度残疾人14.3名` (14.3万名 was meant). `8.9万人` is fine (a scale word), and so are averages and
 * ratios, which the clause announces before the figure (`每万名老年人拥有护理员24.56人`,
 * `户均2.5人`, `人均`) or after it (`2.5人/户`). The change of an average is an average too: a
 * clause of change (`较上年增加1.2对`, `比上年减少0.12人`) right after a clause that states an average
 * in the same unit (`日均办理结婚登记13.3对,`).
 */
const RATIO_WORDS = ["每", "人均", "户均", "平均", "场均", "日均", "月均", "年均", "均", "率", "比", "倍", "折合", "折算"];
/** Per-N bases are ratio words too (`千人床位数3.5张`), unless a figure owns them (`8.2万名`). */
const PER_N = ["百人", "千人", "万人", "百名", "千名", "万名", "百户", "千户", "万户"];
/** Units that number editions or generations rather than count things: `“添翼计划”2.0版`. */
const NOT_COUNTS = ["版", "代", "期", "级", "星"];
const LOOKBACK = 40;
/** After `6.3个`: more items of a list (、7.7个、…) ending in 个百分点. Bounded. */
const POINTS_LIST_AFTER = /^(?:[、和及与]\d{1,4}(?:\.\d{1,3})?个){1,6}百分点/;
/** Words that make a clause state a change: `较上年增加1.2对`, `同比下降0.3人`. */
const CHANGE_LEADS = ["较", "比", "同比", "环比"];
const CHANGE_WORDS = ["增加", "减少", "增长", "下降", "提高", "降低", "上升", "多", "少"];

/** The clause before the one that starts at `start` (same sentence: only a comma or semicolon between). */
function previousClause(text: string, start: number): string {
  const sep = text[start - 1];
  if (sep !== "," && sep !== "," && sep !== ";" && sep !== ";") return "";
  let k = start - 1;
  while (k > 0 && start - k < LOOKBACK && !isClauseEnd(text[k - 1])) k--;
  return text.slice(k, start - 1);
}

function isRatioClause(clause: string): boolean {
  return RATIO_WORDS.some((w) => clause.includes(w)) || PER_N.some((w) => perBase(clause, w));
}

function perBase(clause: string, word: string): boolean {
  for (let at = clause.indexOf(word); at >= 0; at = clause.indexOf(word, at + 1)) {
    const before = clause[at - 1] ?? "";
    if (before === "" || !(isDigit(before.charCodeAt(0)) || isCnNumeral(before) || before === "余" || before === "多")) return true;
  }
  return false;
}

export const rule: TextRule = {
  code: "non-integer-count",
  check(doc: TextDocument): Hit[] {
    const { text } = doc;
    const hits: Hit[] = [];
    for (const m of doc.mentions) {
      const q = m.quantity;
      if (m.kind !== "quantity" || !q || !m.unit || !m.unit.integral || q.scaleWord || q.decimals <= 0) continue;
      // Ages and durations (岁, 年) may be averages: `平均年龄75.6岁` reads as an age, not a count.
      if (NOT_COUNTS.includes(m.unit.unit) || m.unit.dimension === "time" || isShielded(doc, m.offset)) continue;
      const after = text[m.offset + m.length];
      if (after === "/" || after === "每") continue;
      // `分别提高6.3个、7.7个百分点`: the 个 of a list whose last item is in 百分点 is that unit's.
      if (m.unit.unit === "个" && POINTS_LIST_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 40))) continue;
      let start = m.offset;
      while (start > 0 && m.offset - start < LOOKBACK && !isClauseEnd(text[start - 1])) start--;
      const clause = text.slice(start, m.offset);
      if (isRatioClause(clause)) continue;
      const unit = q.unit ?? m.unit.unit;
      const change = CHANGE_LEADS.some((w) => clause.startsWith(w)) || CHANGE_WORDS.some((w) => clause.endsWith(w));
      if (change) {
        const before = previousClause(text, start);
        if (before.includes(unit) && isRatioClause(before)) continue;
      }
      hits.push(hitAt(m, { key: "nonIntegerCount", params: { value: m.text, unit } }, m.text));
    }
    return hits;
  },
};
