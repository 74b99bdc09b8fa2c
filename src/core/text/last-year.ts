/**
 * The words of "the year before" in report prose, in one place: every rule that reads a comparison
 * with last year (growth-mismatch, the multiples and net changes it reads, sum-mismatch's remarks,
 * per-capita's bases, the period and year checks) takes them from here, so a wording one rule
 * learns, all do. Reports write the year before as 上年 and 去年, and as often in the budget's
 * register: 上年度, 上一年度, 上个年度, 上一年, 前一年(度).
 *
 * Each list is longest first: a `WordList` returns the first word that matches, and 上年度同期
 * must win over 上年度, 上年度 over 上年.
 */
const longestFirst = (words: readonly string[]): readonly string[] => [...new Set(words)].sort((a, b) => b.length - a.length);

/** The year before, as a whole: `上年`, `去年`, `上年度`, `前一年` … */
export const LAST_YEAR: readonly string[] = longestFirst(["上一年度", "上个年度", "前一年度", "上年度", "上一年", "前一年", "上年", "去年"]);

/** The same period of the year before: `上年同期`, `上年度同期`, `去年同期` … */
export const LAST_YEAR_SAME_PERIOD: readonly string[] = longestFirst(LAST_YEAR.map((w) => w + "同期"));

/**
 * The end of the year before (what a stock is compared with): `上年末`, `上年底`, `上年年末`,
 * `去年年底`, `上年度末` … (年末/年底 only after a word that ends in 年: not `上年度年末`).
 */
export const LAST_YEAR_END: readonly string[] = longestFirst(
  LAST_YEAR.flatMap((w) => [w + "末", w + "底", ...(w.endsWith("年") ? [w + "年末", w + "年底"] : [])]),
);

/** Every word above: the year before, its same period, its end. */
export const LAST_YEAR_ANY: readonly string[] = longestFirst([...LAST_YEAR_SAME_PERIOD, ...LAST_YEAR_END, ...LAST_YEAR]);

/**
 * What `是…的N倍` is a multiple of when growth-mismatch reads it (`是上年同期的N倍`, `是上年度X的N倍`):
 * the year before, its same period, or 原来. ../multiples.ts leaves exactly these to it.
 */
export const RATIO_MULTIPLE_BASES: readonly string[] = longestFirst([...LAST_YEAR_SAME_PERIOD, ...LAST_YEAR, "原来"]);

/** A regular-expression alternation of `words` (literal ideographs: no character needs escaping), longest first. */
export const alternation = (words: readonly string[]): string => longestFirst(words).join("|");
