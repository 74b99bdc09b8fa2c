import type { UnitInfo } from "../quantity/types";
import type { IndicatorKind } from "../table/types";

/** A rate named as progress against a target: 完成率, 完成进度, 完成比例, 进度. */
export const COMPLETION_NAME = /(完成率|完成进度|完成比例|完成比率|进度)$/;
/** A rate that is part of a whole: 占比, 比重, 份额, 占…比例 (the last by indexOf: `占.*比例` would be quadratic on long names). */
const SHARE_NAME = /(占比|比重|份额)/;
function isShareName(name: string): boolean {
  if (SHARE_NAME.test(name)) return true;
  const at = name.indexOf("占");
  return at >= 0 && name.indexOf("比例", at + 1) >= 0;
}
const STANDARD_NAME = /标准/;
/**
 * A level per head or per household: 每千名老年人拥有养老床位, 每万人拥有社会组织数, 人均, 户均. It rises
 * and falls as a standard does (提高至38.6张), and has nothing 新增 as a stock of things has.
 */
export const PER_CAPITA_NAME = /^(?:每(?:十|百|千|万|十万)?(?:名|位|个|户|人)|人均|户均)/;
const AMOUNT_NAME = /(资金|金额|经费|款物|款|费用|收入|支出|投资|公益金|销售额?)$/;

/**
 * The kind of an indicator the schema's catalogue does not know, from its unit and name:
 * 元/月 → standard; 元, 万元, 亿元 → amount; % → completion (完成率/进度), share (占比/比重)
 * or rate (覆盖率 and any other rate); persons, households and things → count, or completion
 * when the row is a task measured against a target (a completion or target column with a figure).
 */
export function inferKind(name: string, unit: UnitInfo | null, againstTarget: boolean): IndicatorKind {
  const dim = unit?.dimension;
  if (dim === "money-per-period") return "standard";
  if (PER_CAPITA_NAME.test(name) && dim !== "rate" && dim !== "rate-points") return "standard";
  if (dim === "rate" || dim === "rate-points") {
    if (COMPLETION_NAME.test(name)) return "completion";
    if (isShareName(name)) return "share";
    return "rate";
  }
  if (againstTarget) return "completion";
  if (dim === "money") return "amount";
  if (dim) return "count";
  // No unit at all: the name is all there is.
  if (STANDARD_NAME.test(name)) return "standard";
  if (COMPLETION_NAME.test(name)) return "completion";
  if (/率$/.test(name)) return isShareName(name) ? "share" : "rate";
  if (AMOUNT_NAME.test(name)) return "amount";
  return "count";
}
