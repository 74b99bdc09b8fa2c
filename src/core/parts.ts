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

/** Whether two labels answer each other by one of the pairs (男 and 女, 城市低保对象 and 农村低保对象). */
export function labelsAnswer(a: string, b: string, pairs: readonly (readonly [string, string])[] = PAIRED_LABELS): boolean {
  return pairs.some(([x, y]) => (a.includes(x) && b.includes(y) && !b.includes(x)) || (a.includes(y) && b.includes(x) && !b.includes(y)));
}

/**
 * Kinds that exclude each other beyond pairs: the three legal forms of 社会组织 (社会团体, 民办非企业单位
 * now 社会服务机构, 基金会). No 其中 list of two of them is the whole (the third is left out), so they
 * are not among PAIRED_LABELS (splitsTotal), but parts so named never overlap.
 */
const EXCLUSIVE_KINDS: readonly (readonly string[])[] = [["社会团体", "民办非企业", "社会服务机构", "基金会"]];

/** Whether two labels name parts that cannot overlap: a pair that answers (男 | 女) or two kinds of one set (社会团体 | 基金会). */
export function labelsExclude(a: string, b: string): boolean {
  if (labelsAnswer(a, b)) return true;
  return EXCLUSIVE_KINDS.some((kinds) => {
    const ka = kinds.findIndex((k) => a.includes(k));
    const kb = kinds.findIndex((k) => b.includes(k));
    return ka >= 0 && kb >= 0 && ka !== kb && !b.includes(kinds[ka]);
  });
}
