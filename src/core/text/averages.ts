import { codeSet, WordList } from "./chars";
import type { TextDocument } from "./document";
import { clauseStart, leadOf, segmentStart } from "./figures";
import { firstAtOrAfter, type Mention } from "./scan";

/**
 * Figures qualified as averages (`日均3.4万人次`, `人均2717元`, `月人均254元`, `平均每天3.8人次`,
 * `每人每月发放119元`): a rate over days, persons, households, months, not an amount of the period. Beside a total of the same
 * thing (`全年救助1386人次,日均3.8人次,较上年的1479人次下降6.3%`) a comparison after the average may be
 * about the total — its base a total too — and is then no comparison of the average (1479 → 3.8 is no
 * fall of 99.7%). Without a total before it (`日均接待35人次,较上年的31人次增长12.9%`), the average is
 * what the sentence compares. Bare 均 is no average word: `城乡低保标准均为650元` says both.
 */
const AVERAGE_WORDS = new WordList(["日均", "人均", "户均", "月均", "年均", "次均", "周均", "平均", "每人", "每户", "每月", "每日", "每天"]);
/** How long the words naming an average may be (`月人均发放`, `平均每人每月救助`). */
const MAX_LEAD = 12;
/** How far back, and over how many figures, the total of an average is looked for in its sentence. */
const TOTAL_REACH = 80;
const MAX_TOTAL_FIGURES = 4;
/** What `clauseStart` stops after (else it stopped at its reach, inside a clause). */
const isClauseMark = codeSet(",;:。\n、");

/** Whether the words right before `m` (back to its clause's start, ideographs only) name an average. */
export function isAverage(doc: TextDocument, m: Mention): boolean {
  const lead = leadOf(doc, m, MAX_LEAD);
  return lead !== "" && AVERAGE_WORDS.inside(lead);
}

/**
 * The total an average at `m` stands beside: the nearest figure before the average's clause, in the
 * same sentence (after its last semicolon), for which `like` holds (the caller's unit), itself no
 * average; null when `m` is no average that opens its clause, or no such figure stands there, or a
 * comparison (比, 较) stands from that figure's clause on (the figure may then be a base, not a total).
 */
export function averagedTotal(doc: TextDocument, m: Mention, like: (total: Mention) => boolean): Mention | null {
  const { text, mentions } = doc;
  if (!isAverage(doc, m)) return null;
  const start = clauseStart(text, m.offset, MAX_LEAD);
  // The average opens its clause: `,日均3.4万人次`, not `…1386人次日均3.8人次`.
  if (start === 0 || !isClauseMark(text.charCodeAt(start - 1)) || mentions[firstAtOrAfter(mentions, start)] !== m) return null;
  const from = Math.max(segmentStart(doc, start), start - TOTAL_REACH);
  let k = firstAtOrAfter(mentions, start) - 1;
  for (let read = 0; k >= 0 && mentions[k].offset >= from && read < MAX_TOTAL_FIGURES; k--, read++) {
    const t = mentions[k];
    if (!like(t) || isAverage(doc, t)) continue;
    // From the total's clause on: `较上年的1479人次下降6.3%,日均3.8人次` has a base there, not a total.
    const between = text.slice(clauseStart(text, t.offset, TOTAL_REACH), start);
    return between.includes("比") || between.includes("较") ? null : t;
  }
  return null;
}
