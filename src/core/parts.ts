/**
 * Labels of parts that answer each other and exclude each other: no one is both 男 and 女, 城市 and
 * 农村, 集中 and 分散 供养. A table's 其中 list reads them to tell a list that goes on (`其中:男` then
 * `女`), and report text to know that their shares of one whole add up to at most 100%. Shared by
 * table/ and text/, which otherwise know nothing of each other.
 */
export const PAIRED_LABELS: readonly (readonly [string, string])[] = [
  ["男", "女"],
  ["城市", "农村"],
  ["城镇", "农村"],
  ["城镇", "乡村"],
  ["城区", "农村"],
  ["公办", "民办"],
  ["集中", "分散"],
];
