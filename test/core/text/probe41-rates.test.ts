import { lintText } from "../../../src/core/text";

/**
 * Probe 41: a completion rate whose target is named after it (`完成率26%,年度目标1000户`,
 * `完成率62%(年度目标1200户)`), and the second average of a 、-list (`户均2000元、人均8000元`),
 * which the rules read only in other shapes; and the look-alikes around them that must stay silent.
 */
const CODES = new Set(["completion-mismatch", "implausible-quantity"]);
const summary = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => CODES.has(f.code))
    .map((f) => `${f.code} ${f.value}→${f.expected}`);

describe("a rate or an average its sentence's figures do not give is found", () => {
  test.each([
    // the target in the next clause
    ["已完成改造620户,完成率26%,年度目标1000户。", "completion-mismatch 26%→62.0"],
    ["已完成改造620户,完成率26%,年度目标为1000户。", "completion-mismatch 26%→62.0"],
    ["已完成改造620户,完成率26%,年度改造目标1000户。", "completion-mismatch 26%→62.0"],
    // the target in brackets right after the rate
    ["完成改造620户,完成率62%(年度目标1200户)。", "completion-mismatch 62%→51.7"],
    // the second average of a list, over its own count
    ["临时救助1840户4600人,支出资金368万元,户均2000元、人均8000元。", "implausible-quantity 8000元→800"],
    ["临时救助1840户4600人,支出资金368万元,户均3000元、人均800元。", "implausible-quantity 3000元→2000"],
    ["临时救助1840户4600人,支出资金368万元,人均800元、户均3000元。", "implausible-quantity 3000元→2000"],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });
});

describe("the corrected sentences and their look-alikes raise nothing", () => {
  test.each([
    // corrected
    "已完成改造620户,完成率62%,年度目标1000户。",
    "完成改造620户,完成率51.7%(年度目标1200户)。",
    "临时救助1840户4600人,支出资金368万元,户均2000元、人均800元。",
    // a target after the rate that belongs to another item, or another year
    "已完成改造620户,完成率62%,助餐服务目标1500户。",
    "已完成改造620户,完成率62%,新建床位年度目标1500户。",
    "已完成改造620户,完成率62%,明年目标1500户。",
    // not the next clause, or not a clause of its own
    "已完成改造620户,完成率62%,其中城区300户,年度目标1500户。",
    "已完成改造620户,完成率62%,年度目标1500户的任务已下达各乡镇。",
    // two targets
    "已完成改造620户,完成率26%,年度目标1000户,三年目标3000户。",
    "年度目标800户,已完成改造620户,完成率77.5%,三年目标3000户。",
    // another unit, a bound, 分别, points, an inexact target, a stock
    "已完成改造620户,完成率62%,年度目标1500张。",
    "已完成改造620户,完成率超过90%,年度目标1000户。",
    "已完成改造620户,完成率约62%,年度目标1200户。",
    "已完成改造620户、新建床位300张,完成率分别为62%、30%,年度目标1000户。",
    "已完成改造620户,完成率提高26个百分点,年度目标1000户。",
    "已完成改造620户,完成率62%(年度目标约1200户)。",
    "全区有困难家庭620户,完成率62%,年度目标1200户。",
    // averages: a second total, a per-month average, another count
    "临时救助1840户4600人,支出资金368万元,其中中央资金200万元,户均2000元、人均8000元。",
    "临时救助1840户4600人,支出资金368万元,户均2000元、人均每月8000元。",
    "临时救助1840户4600人,支出资金368万元,户均2000元、月人均8000元。",
    "临时救助1840户4600人、800人次,支出资金368万元,户均2000元、人均8000元。",
  ])("%s", (text) => {
    expect(summary(text)).toEqual([]);
  });
});
