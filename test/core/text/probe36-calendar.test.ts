/** implausible-quantity: a day beyond its month's end (probe 36: `2024年2月30日` passed, only days above 31 were caught). */
import { lintText } from "../../../src/core/text";
import { flagged } from "./flagging";

describe("a day beyond its month's end", () => {
  test.each([
    ["2024年2月30日召开推进会。", "implausible-quantity:30日"],
    ["2023年2月29日召开推进会。", "implausible-quantity:29日"],
    ["各地于4月31日前报送材料。", "implausible-quantity:31日"],
    ["各地于9月31日前报送材料。", "implausible-quantity:31日"],
    ["各地于3月35日前报送材料。", "implausible-quantity:35日"],
  ])("%s", (text, found) => {
    expect(flagged(text, { year: 2024 })).toEqual([found]);
  });

  test("the message gives the month's last day", () => {
    expect(lintText("2024年2月30日召开推进会。", { year: 2024 })[0].message).toBe("“30日”:这个月的日期应在 1—29 之间");
    expect(lintText("2024年2月30日召开推进会。", { year: 2024, locale: "en-US" })[0].message).toBe('"30日": a day of this month must be 1 to 29');
  });

  test.each(["2024年2月29日召开推进会。", "2月29日召开推进会。", "各地于4月30日前报送材料。", "12月1日至12月31日开展集中排查。", "2000年2月29日", "1月31日、3月31日、5月31日各报一次。"])("%s passes", (text) => {
    expect(flagged(text, { year: 2024 })).toEqual([]);
  });
});
