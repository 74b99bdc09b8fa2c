/**
 * implausible-quantity: more people, households or couples than the place a report speaks for has
 * (probe 36: a 万 or 亿 added to a count, with nothing beside it to compare with).
 */
import { lintText } from "../../../src/core/text";
import { flagged } from "./flagging";

const CITY = "杭州市民政局2024年工作总结\n";
const PROVINCE = "浙江省民政厅2024年工作总结\n";

/** The findings of the body under a title, as `code:flagged characters`. */
function under(title: string, body: string): string[] {
  const text = title + body;
  return flagged(text).filter((f) => !f.startsWith("period-mismatch"));
}

describe("a count beyond the people of the place the report speaks for", () => {
  test.each([
    ["全市城乡低保对象11.26亿人。", CITY, "implausible-quantity:11.26亿人"],
    ["全年办理婚姻登记1862万对。", CITY, "implausible-quantity:1862万对"],
    ["全市共有低保家庭3210万户。", CITY, "implausible-quantity:3210万户"],
    ["全省城乡低保对象11.26亿人。", PROVINCE, "implausible-quantity:11.26亿人"],
    ["全国城乡低保对象40亿人。", "", "implausible-quantity:40亿人"],
  ])("%s", (body, title, found) => {
    expect(under(title, body)).toEqual([found]);
  });

  test("the message says which place and asks about 万 or 亿", () => {
    const [f] = lintText(CITY + "全市城乡低保对象11.26亿人。");
    expect(f.message).toBe("“11.26亿人”超过了一个市县所能有的数目,是否多写了“万”或“亿”?");
    expect(lintText(CITY + "全市城乡低保对象11.26亿人。", { locale: "en-US" })[0].message).toBe('"11.26亿人" is more than a city or county can have: a 万 or 亿 too many?');
  });
});

describe("counts the place can have pass", () => {
  test.each([
    ["全市户籍人口986万人,城乡低保对象3.2万人。", CITY],
    ["全年服务老年人1200万人次。", CITY],
    ["全国共有低保对象4000万人,我市占比较小。", CITY],
    ["我国60岁以上老年人口达2.97亿人。", CITY],
    ["全省户籍人口5000万人,办理结婚登记32.6万对。", PROVINCE],
    ["全国办理结婚登记768万对。", ""],
  ])("%s", (body, title) => {
    expect(under(title, body)).toEqual([]);
  });
});

describe("a growth that a 万 or 亿 slipped in one figure explains says so (probe 36)", () => {
  test("9.65亿元 against 8.71万元: the two figures differ about 10⁴ times", () => {
    const [f] = lintText("福利彩票销售9.65亿元,较上年的8.71万元增长10.8%。", { year: 2024 });
    expect(f.code).toBe("growth-mismatch");
    expect(f.message).toBe("增幅应为1107821.9%,文中为10.8%:两个数相差约1万倍,是否漏写或多写了“万”?");
  });
  test("a plain wrong rate keeps the plain message", () => {
    const [f] = lintText("福利彩票销售9.65亿元,较上年的8.71亿元增长19.8%。", { year: 2024 });
    expect(f.message).toBe("增幅应为10.8%,文中为19.8%");
  });
});
