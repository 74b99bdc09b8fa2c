import { type TextDocument } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";

/**
 * missing-ordinal: 第 straight before its measure word, the number between them lost —
 * `继续运营第届公益创投活动`, `第批`, `第次`, also with a space (`第 届`, text out of a PDF) or a
 * placeholder where the number goes (`第X届`, `第__批`), and the counting words of ranks and
 * parties (`位居市直部门第位`, `第方`, `第季`). `第四次`, `第4`, `第N届` carry their number.
 * Words in which 第 is no ordinal prefix (次第, 门第, 府第, 宅第, 及第, 落第, 等第) are left alone —
 * but 部门第 and 专门第 end in 部门/专门, not 门第.
 */
const MEASURES = ["季度", "阶段", "部分", "批次", "届", "批", "次", "期", "轮", "季", "名", "位", "方", "章", "条", "款", "项", "号", "场", "站", "个", "家", "年", "天", "周", "册", "卷", "集", "节", "组", "类", "档", "级", "层", "排", "页"];
const NOT_ORDINAL_BEFORE = "次门府宅及落等科甲宾";
/** Where the number should be: spaces (PDF text), template placeholders (`第X届`, `第（ ）届`, `第○届`) and a `?` left by a lost character. */
const PLACEHOLDER = " \u3000xXＸｘ_＿()（）○□△?？*";
/** Words that rank: `排名全省第。` lost the rank with its measure word. */
const RANKED = ["排名", "位列", "位居", "名列", "排在", "居"];
const RANK_REACH = 10;

/** A ranking word shortly before `at`, in its clause. */
function ranks(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < RANK_REACH && !"。,,;;、\n".includes(text[from - 1])) from--;
  const clause = text.slice(from, at);
  return RANKED.some((w) => clause.includes(w));
}

export const rule: TextRule = {
  code: "missing-ordinal",
  check(doc: TextDocument): Hit[] {
    const { text } = doc;
    const hits: Hit[] = [];
    for (let i = text.indexOf("第"); i >= 0; i = text.indexOf("第", i + 1)) {
      const before = i > 0 ? text[i - 1] : "";
      // 门第 is a word, but 部门第位 (ranked … among the departments) and 专门第 are not it.
      if (before !== "" && NOT_ORDINAL_BEFORE.includes(before) && !(before === "门" && "部专".includes(text[i - 2] ?? "_"))) continue;
      if (doc.metaLines.has(doc.index.lineOf(i))) continue;
      let j = i + 1;
      while (j < text.length && j < i + 6 && PLACEHOLDER.includes(text[j])) j++;
      const measure = MEASURES.find((w) => text.startsWith(w, j));
      if (!measure) {
        // `连续3年排名全省第。`: a rank said, its number gone with the measure word.
        const end = text[j];
        if (j === i + 1 && (end === "。" || end === "," || end === ";" || end === "、") && ranks(text, i)) {
          hits.push(hitAt({ offset: i, length: 1 }, { key: "missingOrdinal", params: { text: "第", measure: "" } }, "第"));
        }
        continue;
      }
      const written = text.slice(i, j + measure.length);
      hits.push(hitAt({ offset: i, length: written.length }, { key: "missingOrdinal", params: { text: written, measure } }, written));
    }
    return hits;
  },
};
