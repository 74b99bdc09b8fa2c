import type { NarrativeMessages } from "../i18n/narrative.zh-CN";
import type { Fact, Issue } from "./facts";
import { fill, plain } from "./phrase";

/** Units that name what is counted, so that a missing figure reads 临时救助人次缺失. */
const MEASURE_UNITS = new Set(["人次", "户次", "件次", "场次", "人数", "户数"]);

function what(issue: Issue, msg: NarrativeMessages): string {
  switch (issue.role) {
    case "previous":
      return msg.whatPrevious;
    case "growth":
      return msg.whatGrowth;
    case "target":
      return msg.whatTarget;
    case "completion":
      return msg.whatCompletion;
    case "unit":
      return msg.whatUnit;
    default:
      return msg.whatValue;
  }
}

/** Why one finding keeps a row from being stated: 缺失, 与增幅不符, 单位有误 … */
export function reasonOf(issue: Issue, fact: Fact, msg: NarrativeMessages): string {
  const w = what(issue, msg);
  const t = (template: string, extra: Record<string, string> = {}) => plain(fill(template, { what: w, ...extra }));
  switch (issue.code) {
    case "empty-value":
      // 临时救助人次缺失: the counted thing is named in Chinese; English says "missing" alone.
      if (!w) return (fact.unit && MEASURE_UNITS.has(fact.unit) && !msg.space ? fact.unit : "") + msg.reasonMissing;
      return t(msg.reasonMissingOf);
    case "unit-without-number":
      return w + msg.reasonNoNumber;
    case "not-a-number":
      return w + msg.reasonNotANumber;
    case "cell-error":
      return t(msg.reasonCellError);
    case "formula-without-result":
      return t(msg.reasonFormula);
    case "unit-mismatch":
      return msg.reasonUnit;
    case "unknown-unit":
      return msg.reasonUnknownUnit;
    case "value-in-wrong-column":
      return msg.reasonWrongColumn;
    case "negative-value":
      return w + msg.reasonNegative;
    case "percent-out-of-range":
      return w + msg.reasonPercentRange;
    case "growth-mismatch":
      return msg.reasonGrowth;
    case "completion-mismatch":
      return msg.reasonCompletion;
    case "sum-mismatch":
      return msg.reasonSum;
    case "scale-suspect":
      return w + msg.reasonScale;
    case "non-integer-count":
      return w + msg.reasonNonInteger;
    case "out-of-range":
      return w + msg.reasonOutOfRange;
    case "growth-implausible":
      return msg.reasonGrowthImplausible;
    case "period-mismatch":
      return msg.reasonPeriod;
    case "duplicate-indicator":
      return issue.expected ? t(msg.reasonDuplicate, { row: issue.expected.replace(/^[A-Z]+/, "") }) : msg.reasonOther;
    default:
      return w + msg.reasonOther;
  }
}

/** All the reasons of a row's issues, each once, in the order found: 与增幅不符、增幅异常. */
export function reasonsOf(issues: readonly Issue[], fact: Fact, msg: NarrativeMessages): string {
  const seen: string[] = [];
  for (const i of issues) {
    const r = reasonOf(i, fact, msg);
    if (!seen.includes(r)) seen.push(r);
  }
  return seen.join(msg.listSep);
}
