import { lintText } from "../../../src/core/text";
import { firesEach, nothingIn } from "./flagging";

/**
 * A change of a rate in ‰ said in 千分点 (`人口自然增长率由3.2‰降至2.9‰,下降0.3个千分点`): read as 个百分点
 * between two percentages is (growth-mismatch, shape 8), in every pair shape. Points in one measure
 * between rates in the other (个百分点 between ‰, 个千分点 between %) are left alone.
 */
describe("growth-mismatch: 千分点 between two rates in ‰", () => {
  firesEach([
    ["人口自然增长率由3.2‰降至2.9‰,下降0.5个千分点。", "0.5个千分点", "0.3"],
    ["离婚率为2.1‰,比上年下降0.8个千分点(上年为2.5‰)。", "0.8个千分点", "0.4"],
    ["离婚率2.1‰,同比下降0.8个千分点,上年同期为2.5‰。", "0.8个千分点", "0.4"],
    ["结婚率为5.8‰,较上年的6.2‰下降0.6个千分点。", "0.6个千分点", "0.4"],
    ["离婚率下降0.8个千分点,由2.5‰下降到2.1‰。", "0.8个千分点", "0.4"],
    ["离婚率由2.5‰下降0.8个千分点至2.1‰。", "0.8个千分点", "0.4"],
    ["人口自然增长率由-0.5‰降至-1.2‰,下降0.2个千分点。", "0.2个千分点", "0.7"],
    ["结婚率、离婚率分别由6.1‰、2.5‰下降到5.4‰、2.1‰,分别下降0.7个千分点、0.6个千分点。", "0.6个千分点", "0.4"],
  ]);
  nothingIn([
    "人口自然增长率由3.2‰降至2.9‰,下降0.3个千分点。",
    "离婚率为2.1‰,比上年下降0.4个千分点(上年为2.5‰)。",
    "离婚率2.1‰,同比下降0.4个千分点,上年同期为2.5‰。",
    "结婚率为5.8‰,较上年的6.2‰下降0.4个千分点。",
    "人口自然增长率由-0.5‰降至-1.2‰,下降0.7个千分点。",
    "结婚率、离婚率分别由6.1‰、2.5‰下降到5.4‰、2.1‰,分别下降0.7个千分点、0.4个千分点。",
    // rounding: 2.5‰ to 2.1‰ may be 0.3 to 0.5
    "离婚率由2.5‰下降到2.1‰,下降0.5个千分点。",
    // points in the other measure: which unit slipped, the text does not say
    "人口自然增长率由3.2‰降至2.9‰,下降0.3个百分点。",
    "人口自然增长率由3.2‰降至2.9‰,下降0.8个百分点。",
    "人口自然增长率由3.2%降至2.9%,下降3个千分点。",
    "人口自然增长率由3.2%降至2.9%,下降0.8个千分点。",
    // a ‰ and a %: different units
    "人口自然增长率由3.2‰降至2.9%,下降0.8个千分点。",
    // a relative rate between rates in ‰: relative or points, unknowable (as for %)
    "离婚率由2.5‰下降到2.1‰,下降18%。",
    "离婚率为2.1‰,比上年下降0.8个千分点。",
    "离婚率由约2.5‰下降到2.1‰,下降0.8个千分点。",
  ]);

  test("the message says 千分点, in both languages", () => {
    const text = "人口自然增长率由3.2‰降至2.9‰,下降0.5个千分点。";
    expect(lintText(text).map((f) => f.message)).toEqual(["按文中两个比率,下降应为0.3个千分点,文中为0.5个千分点"]);
    expect(lintText(text, { locale: "en-US" }).map((f) => f.message)).toEqual(["the two rates give a fall of 0.3 per-mille points, but the text says 0.5个千分点"]);
    expect(lintText("火化率由91.2%下降到89.6%,下降2.6个百分点。").map((f) => f.message)).toEqual(["按文中两个比率,下降应为1.6个百分点,文中为2.6个百分点"]);
  });
});
