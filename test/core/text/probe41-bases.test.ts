import { lintText } from "../../../src/core/text";

/**
 * Probe 41: a figure its clause dates to an earlier period (上年全年3900件) stands between the
 * current figure and its comparison. It is another base, not the current figure: the rule took it
 * for one and called a correct 7.5% wrong (应为103.1%). It now stays silent there; the plain shape
 * is still checked.
 */
const codes = (text: string) => lintText(text, { year: 2025 }).filter((f) => f.severity !== "info").map((f) => `${f.code}: ${f.message}`);

describe("a base of another period before the comparison", () => {
  it.each([
    "1-6月共受理殡葬补贴申请2064件,上年全年3900件,较上年同期1920件增长7.5%。",
    "上半年发放临时救助资金1260万元,去年全年2310万元,较上年同期1180万元增长6.8%。",
  ])("%s raises nothing", (text) => {
    expect(codes(text)).toEqual([]);
  });

  it("the comparison with the current figure right before it is still checked", () => {
    expect(codes("1-6月共受理殡葬补贴申请2064件,较上年同期1920件增长17.5%。")).toEqual(["growth-mismatch: 增幅应为7.5%,文中为17.5%"]);
  });
});
