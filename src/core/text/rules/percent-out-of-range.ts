import { isClauseEnd, isHan, isSentenceEndCode, isSpace } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";

/**
 * percent-out-of-range: a share, coverage or proportion outside 0%–100% — `覆盖率达到180%`.
 * What the percentage measures is the nearest word before it in its clause:
 * - a share: a …率 (覆盖率, 持证率, 知晓率, 安葬率 …), 占比, 比例, 比重, 覆盖面, 占 → checked,
 *   except a 比例 of what was done (`完成比例为112%`, `完成年度任务的比例`), a completion;
 * - a change or a ratio that may pass 100%: 完成率, 增长率, 赔付率, 增长, 增幅, 提高, 同比, 较, and
 *   what was planned (目标, 任务, 计划, 预算) … → not checked (`培训完成率达158.5%` and
 *   `占年度目标任务的120%` are over-fulfilment, `增长60%` growth).
 * - a load against a rated capacity (负荷率, 负载率): over 100% is overload (`火化设备负荷率达到115%`);
 *   so is a use of beds (床位使用率: extra beds, 加床, count in the statistics of hospitals);
 *   not 入住率 (people in beds of a stock: at most all of them), 覆盖率, 持证率 …, which stay checked;
 * - `占…的` between two different flows of money (raised, allotted, spent: `支出3.62亿元,占当年筹集额的
 *   107.7%`): money carried over from past years, or raised beyond the plan, lets one pass the other,
 *   so the whole does not hold the part (see flowsApart). `占全市人口的`, `占民政支出的` of a 支出 stay
 *   checked.
 * `提高到`/`提升至` name the level reached, so the word before them decides.
 * Two shapes name no word in the percentage's own clause:
 * - a clause that only says the level reached (`…覆盖率较上年提高12.6个百分点,达到112.6%`): the
 *   rate of the clause before is its subject, past the change said of it;
 * - `有N%的村(社区)`: a part of a set, a share by its form.
 */
const SHARE_WORDS = ["占比", "比例", "比重", "覆盖面", "满意度", "知晓度", "占"];
// The last five name what was planned: 占年度目标任务的120%, 占计划的105% are over-fulfilment, not shares.
const CHANGE_WORDS = ["增长", "增幅", "增速", "增加", "提高", "提升", "上升", "下降", "降低", "减少", "同比", "环比", "较", "比上年", "超额", "完成", "翻", "目标", "任务", "计划", "预算", "指标"];
/** …率 that are not shares: they may exceed 100% or are not proportions of a whole. */
// (拨付, 到位, 兑现, 发放, 支出: money paid out against its plan or allocation, a completion — as the table checks read them.)
const NOT_SHARE_RATES = ["完成", "拨付", "到位", "兑现", "发放", "支出", "增长", "赔付", "回报", "收益", "执行", "达成", "效", "频", "汇", "利", "税", "倍", "功", "速", "费", "贡献", "拉动", "周转", "负债", "溢价", "换手", "产出", "增", "超额", "比", "使用", "提升", "提高", "下降", "降低", "减少", "变化", "变动", "节约", "替代", "负荷", "负载"];
const LOOKBACK = 40;

/**
 * Flows of money a 占…的 may set against each other, by what happens to the money: raised or received,
 * allotted (a plan of spending), spent. Two flows of different kinds are not part and whole: a year's
 * spending may pass its raising (balances carried over), the money received may pass what was allotted.
 * (预算, 计划 and 任务 are CHANGE_WORDS already: a plan over-fulfilled.)
 */
const MONEY_FLOWS: readonly (readonly string[])[] = [
  ["筹集", "募集", "筹措", "募捐", "收入", "收缴", "到位", "销售"],
  ["下达", "安排", "分配"],
  ["支出", "使用", "发放", "拨付", "用于", "支付", "兑付", "列支"],
];
/** How far back in its sentence the subject of a 占 may name its flow (bounded: linear). */
const SUBJECT_REACH = 60;

/** The kind (index in MONEY_FLOWS) of the last flow word that ends at or before `to`, from `from` on, or -1. */
function lastFlow(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) {
    const kind = MONEY_FLOWS.findIndex((ws) => ws.some((w) => text.startsWith(w, i) && i + w.length <= to));
    if (kind >= 0) return kind;
  }
  return -1;
}

/**
 * Whether the 占 at `at` sets a flow of money against a flow of another kind: the whole (between 占 and
 * the percentage at `end`) names one, and the subject (the nearest flow named before 占 in its sentence)
 * another — `福彩公益金支出3.62亿元,占当年筹集额的107.7%`. Either unnamed: a share, as before.
 */
function flowsApart(text: string, at: number, end: number): boolean {
  const whole = lastFlow(text, at + 1, end);
  if (whole < 0) return false;
  let from = at;
  while (from > 0 && at - from < SUBJECT_REACH && !isSentenceEndCode(text.charCodeAt(from - 1)) && text[from - 1] !== ";") from--;
  const subject = lastFlow(text, from, at);
  return subject >= 0 && subject !== whole;
}
/** Words that make a 比例 later in their clause the part of a plan done: 完成比例, 执行…的比例. */
const COMPLETED = ["完成", "执行", "达成", "兑现"];

type Subject = { kind: "share" | "change"; word: string } | null;

/** The nearest word before `end` (within the clause) that says what the percentage measures. */
function subjectBefore(text: string, start: number, end: number): Subject {
  for (let i = end - 1; i >= start; i--) {
    const ch = text[i];
    if (ch === "率" && text[i + 1] !== "先") {
      let w = i;
      while (w > start && i - w < 4 && isHan(text.charCodeAt(w - 1))) w--;
      const word = text.slice(w, i + 1);
      const stem = word.slice(0, -1);
      if (NOT_SHARE_RATES.some((r) => stem.endsWith(r))) return { kind: "change", word };
      return { kind: "share", word: word.length > 1 ? word : text.slice(Math.max(start, i - 2), i + 1) };
    }
    const change = CHANGE_WORDS.find((w) => text.startsWith(w, i) && i + w.length <= end);
    if (change) {
      const after = text[i + change.length];
      if ((after === "到" || after === "至") && change !== "较") continue; // 提高到: a level, keep looking
      return { kind: "change", word: change };
    }
    const share = SHARE_WORDS.find((w) => text.startsWith(w, i) && i + w.length <= end);
    // 完成比例, 完成年度任务的比例: the proportion of a plan done, a completion (may pass 100%).
    if (share && (share === "比例" || share === "比重") && COMPLETED.some((w) => text.slice(start, i).includes(w))) return { kind: "change", word: share };
    // 支出…占筹集额的: one flow of money against another, no part of it (may pass 100%).
    if (share === "占" && flowsApart(text, i, end)) return { kind: "change", word: share };
    if (share) return { kind: "share", word: share };
  }
  return null;
}


/** Words that open a clause saying only the level something reached (its subject in the clause before). */
const LEVEL_REACHED = ["达到", "提高到", "提高至", "提升到", "提升至", "上升到", "上升至", "升至", "增至", "达", "为"];

/** The rate or share named in the clause before `start` (a comma-ended clause of the same sentence), past the change said of it. */
function subjectOfClauseBefore(text: string, start: number): Subject {
  const comma = start - 1;
  if (comma < 0 || (text[comma] !== "," && text[comma] !== ",")) return null;
  let from = comma;
  while (from > 0 && comma - from < LOOKBACK && !isClauseEnd(text[from - 1])) from--;
  for (let i = comma - 1; i >= from; i--) {
    if (text[i] === "率" && text[i + 1] !== "先") return subjectBefore(text, from, i + 1);
    const share = SHARE_WORDS.find((w) => w.length > 1 && text.startsWith(w, i) && i + w.length <= comma);
    if (share) return { kind: "share", word: share };
  }
  return null;
}

/** `有N%的村`: the percentage counts a part of a set (the noun after 的). */
function partOfSet(text: string, m: { offset: number; length: number; text: string }): Subject {
  const end = m.offset + m.length;
  if (text[end] !== "的") return null;
  let k = m.offset - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  if (text[k] !== "有") return null;
  let n = end + 1;
  while (n < text.length && n - end <= 4 && isHan(text.charCodeAt(n))) n++;
  const noun = text.slice(end + 1, n);
  // (有120%的增长: a change, not a part.)
  if (noun === "" || CHANGE_WORDS.some((w) => noun.startsWith(w))) return null;
  return { kind: "share", word: `${m.text}的${noun}` };
}

export const rule: TextRule = {
  code: "percent-out-of-range",
  check(doc: TextDocument): Hit[] {
    const { text } = doc;
    const hits: Hit[] = [];
    for (const m of doc.mentions) {
      const q = m.quantity;
      if (m.kind !== "quantity" || !q || q.number === null || (q.unit !== "%" && q.unit !== "％")) continue;
      const values = q.range ? q.range : [q.number];
      if (values.every((v) => v >= 0 && v <= 100) || isShielded(doc, m.offset)) continue;
      let start = m.offset;
      while (start > 0 && m.offset - start < LOOKBACK && !isClauseEnd(text[start - 1])) start--;
      let subject = subjectBefore(text, start, m.offset);
      if (!subject) {
        const opening = text.slice(start, m.offset).trim();
        if (LEVEL_REACHED.includes(opening)) subject = subjectOfClauseBefore(text, start);
        else if (opening === "" || opening.endsWith("有")) subject = partOfSet(text, m);
      }
      if (!subject || subject.kind !== "share") continue;
      hits.push(hitAt(m, { key: "percentOutOfRange", params: { subject: subject.word, value: m.text } }, m.text, "0-100"));
    }
    return hits;
  },
};
