import { isListSeparator, isSentenceEnd, isSpace } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";
import type { Mention } from "../scan";

/**
 * missing-unit: a bare number in a list of figures whose siblings carry units —
 * `在册低保对象5647户,8204,` (8204 what? 人 was lost), and a figure left with only its scale word
 * while its sibling is written in full: `新增资金529.12万,总量达1099.52万元`.
 *
 * A bare number counts only when it stands alone between separators right after a figure with a
 * unit: `1、2月` (a unit shared by the list), `第6、第5位`, `1+3+3`, `“1261”`, dates, phone and file
 * numbers are other kinds of mention and never reach this rule.
 */

function nextNonSpace(text: string, at: number): number {
  let k = at;
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

/** The figure stops at a separator or the end of the sentence: nothing is counted after it. */
function endsClause(text: string, end: number): boolean {
  const k = nextNonSpace(text, end);
  if (k >= text.length) return true;
  const ch = text[k];
  return isListSeparator(ch) || isSentenceEnd(ch) || ch === "\r";
}

function unitOf(m: Mention): string | null {
  return m.quantity?.unit ?? m.unit?.unit ?? null;
}

export const rule: TextRule = {
  code: "missing-unit",
  check(doc: TextDocument): Hit[] {
    const { text, mentions } = doc;
    const hits: Hit[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.numeral !== "arabic" || isShielded(doc, m.offset) || doc.quotes.has(m.offset)) continue;
      const prev = mentions[k - 1];
      const sameSentence = !!prev && prev.sentence.offset === m.sentence.offset;
      if (m.kind === "bare" && prev && sameSentence && endsClause(text, m.offset + m.length)) {
        // `5647户,8204,`: the sibling ends right before one separator, and carries a unit.
        const sep = prev.offset + prev.length;
        const siblingUnit = prev.kind === "quantity" && prev.numeral === "arabic" ? unitOf(prev) : null;
        if (siblingUnit && sep < text.length && isListSeparator(text[sep]) && nextNonSpace(text, sep + 1) === m.offset) {
          const shared = text[m.offset + m.length] === "、" && mentions[k + 1]?.offset === m.offset + m.length + 1 && mentions[k + 1].kind !== "bare";
          if (!shared) hits.push(hitAt(m, { key: "missingUnit", params: { value: m.text, unit: siblingUnit } }, m.text, siblingUnit));
        }
        continue;
      }
      // `529.12万,` beside `1099.52万元`: a scale word where the sibling has scale and unit.
      const q = m.quantity;
      if (m.kind === "quantity" && q && q.scaleWord && !q.unit && !m.unit && endsClause(text, m.offset + m.length)) {
        const siblings = [mentions[k - 1], mentions[k + 1]].filter(
          (s): s is Mention => !!s && s.sentence.offset === m.sentence.offset && s.kind === "quantity" && !!s.quantity?.scaleWord && !!unitOf(s),
        );
        const sib = siblings.find((s) => s.quantity!.scaleWord === q.scaleWord) ?? siblings[0];
        if (sib) {
          const written = `${sib.quantity!.scaleWord}${unitOf(sib)}`;
          hits.push(hitAt(m, { key: "missingUnitAfterScale", params: { value: m.text, unit: written } }, m.text, written));
        }
      }
    }
    return hits;
  },
};
