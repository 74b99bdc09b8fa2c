import { parseQuantity } from "../quantity";
import type { Quantity } from "../quantity/types";

/**
 * A difference in percentage points written in words, as clerks fill the 差额(百分点) / 快慢 column
 * after 完成率(%) | 序时进度(%): `快7.2`, `慢3.1`, `超7.2个百分点`, `落后8.3个百分点`,
 * `超序时进度7.2个百分点`, `低于序时3.1个百分点`, `持平`; or with the benchmark named first, as a
 * comparison: `比序时进度快4.0个百分点`, `较时间进度慢2.1`, `落后于序时进度4.0个百分点`, `与序时进度持平`.
 * Read only in a column the table already knows to be such a difference (TableColumn.difference):
 * elsewhere 快 or 超 before a figure says nothing of a sign.
 */

/** Ahead of the benchmark (positive): 快, 超, 超出, 超过, 领先, 高于, 快于, 领先于. */
const AHEAD = "快于|快|超出|超过|超|领先于|领先|高于";
/** Behind it (negative): 慢, 落后, 低于, 滞后, 慢于, 落后于, 滞后于. */
const BEHIND = "慢于|慢|落后于|落后|低于|滞后于|滞后";
/**
 * The words after a comparison with the benchmark (比序时进度快, 较时间进度低): ahead or behind. 高 and
 * 低 alone say so only there (快于 and 低于 before the benchmark are the words above).
 */
const COMPARED_AHEAD = "快|超出|超过|领先|高";
const COMPARED_BEHIND = "慢|落后|滞后|低";
/** The benchmark by its name: the share of the year gone (序时进度, 时间进度, 序时, 进度). */
const BENCHMARK = "序时进度|时间进度|序时|进度";
/** A comparison with the benchmark named first: 比序时进度, 较时间进度. */
const COMPARED_WITH = `(?:比|较)(?:${BENCHMARK})`;
/** An unsigned figure (digits, a decimal point, digits; ASCII or full-width) and a unit in points or none. */
const FIGURE = "[0-9０-９]{1,9}(?:[.．][0-9０-９]{1,9})?\\s?(?:个百分点|百分点|%|％)?";
/**
 * The whole cell: a direction word, the benchmark it is measured against or none, then the figure;
 * or the benchmark compared first (比序时进度, 较时间进度), then a direction word and the figure. The
 * direction word is group 1 or 2, the figure group 3. Anchored, each part a fixed alternation or a
 * bounded run of one class, the two branches told apart by their first character (比/较 start no
 * direction word): linear, at most a few dozen characters matched.
 */
export const POINTS_IN_WORDS = new RegExp(`^(?:${COMPARED_WITH}(${COMPARED_AHEAD}|${COMPARED_BEHIND})|(${AHEAD}|${BEHIND})(?:${BENCHMARK})?)\\s?(${FIGURE})$`);
const BEHIND_WORD = new RegExp(`^(?:${BEHIND}|${COMPARED_BEHIND})$`);
/** Level with the benchmark: 持平, or 与序时进度持平 (the benchmark named first). */
const LEVEL = new RegExp(`^(?:与(?:${BENCHMARK}))?持平$`);
/** The units a figure in points may carry: none, 个百分点, 百分点, %. */
const POINTS_UNIT = /^(?:个?百分点|%|％)$/;
/** Longer than any difference written so (the longest above is some 20 characters): not one. */
const MAX_WORDED = 40;

/**
 * The signed figure in points a worded difference states: ahead words positive, behind words
 * negative, 持平 zero; with the figure's decimals and unit as written. Undefined for anything else
 * (a sign after the word, `快约7`, `超7人`, `快7.2个百分点左右`): such a cell stays unread.
 */
export function pointsInWords(text: string): Quantity | undefined {
  if (text.length > MAX_WORDED) return undefined;
  if (LEVEL.test(text)) return { input: text, number: 0, unit: null, dimension: null, scale: 1, scaleWord: null, bound: "exact", range: null, decimals: 0, problems: [] };
  const m = POINTS_IN_WORDS.exec(text);
  if (!m) return undefined;
  const figure = parseQuantity(m[3]);
  // (The shape above allows no more than this; checked so that the parser's reading is the one meant.)
  if (figure.number === null || figure.number < 0 || figure.bound !== "exact" || figure.range !== null || figure.scale !== 1 || figure.problems.length > 0) return undefined;
  if (figure.unit !== null && !POINTS_UNIT.test(figure.unit)) return undefined;
  const sign = BEHIND_WORD.test(m[1] ?? m[2]) ? -1 : 1;
  return { ...figure, input: text, number: figure.number === 0 ? 0 : sign * figure.number };
}
