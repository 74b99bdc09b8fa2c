import type { Locale } from "../findings/types";

/**
 * Wording the narrative needs beyond the shared message files (src/core/i18n, which this module
 * does not own): how a figure stands against a threshold target (≥95%, 2700人以上, 不少于500).
 * Same placeholders in both languages, filled with `fill` like the messages.
 */
const ZH = {
  /** A rate above its target rate: 高于95%的年度目标. */
  aboveTarget: "高于{value}的{target}",
  /** A rate short of its target rate, or a figure short of a threshold: 低于95%的年度目标. */
  belowTarget: "低于{value}的{target}",
  /** A count or amount past its threshold: 超过2700人的年度目标. */
  exceedsTarget: "超过{value}的{target}",
  /** A ‰ rate's change: 下降0.5个千分点 (never 个百分点, ten times as much). */
  permilleFigure: "{points}个千分点",
  /** A stock's net rise (特困人员9318人,增加16人): 新增 is a flow of its own (新增低保对象). */
  netUp: "增加{diff}",
};

const EN: typeof ZH = {
  aboveTarget: "above the {target} of {value}",
  belowTarget: "below the {target} of {value}",
  exceedsTarget: "exceeding the {target} of {value}",
  permilleFigure: "{points} per-mille points",
  netUp: "{diff} more",
};

export type NarrativeWords = typeof ZH;

export function narrativeWords(locale: Locale | undefined): NarrativeWords {
  return locale === "en-US" ? EN : ZH;
}
