import { BASE_UNIT, lookupUnit, PARSE_UNITS, parseQuantity, UNIT_CATALOGUE } from "../../../src/core/quantity";
import type { Dimension } from "../../../src/core/quantity/types";

describe("the unit catalogue", () => {
  it.each<[string, Dimension, number, boolean]>([
    ["元", "money", 1, false],
    ["万元", "money", 1e4, false],
    ["亿元", "money", 1e8, false],
    ["人", "persons", 1, true],
    ["名", "persons", 1, true],
    ["人次", "persons", 1, true],
    ["万人次", "persons", 1e4, false],
    ["户", "households", 1, true],
    ["个", "count", 1, true],
    ["家", "count", 1, true],
    ["所", "count", 1, true],
    ["处", "count", 1, true],
    ["张", "count", 1, true],
    ["件", "count", 1, true],
    ["条", "count", 1, true],
    ["场", "count", 1, true],
    ["次", "count", 1, true],
    ["对", "count", 1, true],
    ["座", "count", 1, true],
    ["块", "count", 1, true],
    ["套", "count", 1, true],
    ["支", "count", 1, true],
    ["台", "count", 1, true],
    ["项", "count", 1, true],
    ["批", "count", 1, true],
    ["届", "count", 1, true],
    ["床", "count", 1, true],
    ["具", "count", 1, true],
    ["卷", "count", 1, true],
    ["颗", "count", 1, true],
    ["枚", "count", 1, true],
    ["餐", "count", 1, true],
    ["顿", "count", 1, true],
    ["顶", "count", 1, true],
    ["双", "count", 1, true],
    ["盒", "count", 1, true],
    ["袋", "count", 1, true],
    ["平方米", "area", 1, false],
    ["㎡", "area", 1, false],
    ["亩", "area", 2000 / 3, false],
    ["公里", "length", 1000, false],
    ["米", "length", 1, false],
    ["小时", "time", 1 / 24, false],
    ["天", "time", 1, false],
    ["个月", "time", 30.4375, false],
    ["年", "time", 365.25, false],
    ["%", "rate", 1, false],
    ["％", "rate", 1, false],
    ["个百分点", "rate-points", 1, false],
    ["元/月", "money-per-period", 1, false],
    ["元/人·月", "money-per-period", 1, false],
    ["元/人/月", "money-per-period", 1, false],
    ["元/年", "money-per-period", 1 / 12, false],
  ])("%s is %s with factor %d (integral %s)", (unit, dimension, factor, integral) => {
    expect(lookupUnit(unit)).toMatchObject({ unit, dimension, factor, integral });
  });

  it("reads scaled units the same after many thousand other texts were asked about (its cache starts again, it does not grow)", () => {
    const before = lookupUnit("万条");
    expect(before).toMatchObject({ dimension: "count", factor: 1e4, scaled: true });
    for (let i = 0; i < 20_000; i++) lookupUnit(`万${String.fromCharCode(0x4e00 + (i % 20000))}${i % 7}`);
    expect(lookupUnit("万条")).toEqual(before);
    expect(lookupUnit("亿人次")).toMatchObject({ dimension: "persons", factor: 1e8 });
    expect(lookupUnit("万朵")).toBeNull();
  });

  it("gives the simplified spelling of variants", () => {
    expect(lookupUnit("％")?.canonical).toBe("%");
    expect(lookupUnit("㎡")?.canonical).toBe("平方米");
    expect(lookupUnit("個")?.canonical).toBe("个");
    expect(lookupUnit("萬元")?.canonical).toBe("万元");
    expect(lookupUnit("元")?.canonical).toBeUndefined();
  });

  it("marks the scale-fused header units, which the parser splits", () => {
    expect(lookupUnit("万元")?.scaled).toBe(true);
    expect(lookupUnit("元")?.scaled).toBeUndefined();
    expect(PARSE_UNITS.has("万元")).toBe(false);
    expect(PARSE_UNITS.has("元")).toBe(true);
    expect(parseQuantity("3万元")).toMatchObject({ number: 30000, unit: "元", scaleWord: "万" });
  });

  it("reads any catalogue unit with a scale word in front, as headers write them", () => {
    expect(lookupUnit("万条")).toEqual({ unit: "万条", dimension: "count", factor: 1e4, integral: false, scaled: true });
    expect(lookupUnit("亿人次")).toMatchObject({ dimension: "persons", factor: 1e8, scaled: true });
    expect(lookupUnit("千万元")).toMatchObject({ dimension: "money", factor: 1e7 });
    expect(lookupUnit("万㎡")).toMatchObject({ dimension: "area", factor: 1e4, canonical: "万平方米" });
    expect(lookupUnit("（万块）")).toMatchObject({ dimension: "count", factor: 1e4 });
    expect(lookupUnit("万%")).toBeNull();
    expect(lookupUnit("万斛")).toBeNull();
    expect(lookupUnit("万")).toBeNull();
  });

  it("reads a unit as a header writes it, in brackets and with spaces", () => {
    expect(lookupUnit("（万元）")?.unit).toBe("万元");
    expect(lookupUnit("(人)")?.unit).toBe("人");
    expect(lookupUnit(" 户 ")?.unit).toBe("户");
    expect(lookupUnit("（万元")).toBeNull();
    expect(lookupUnit("斛")).toBeNull();
    expect(lookupUnit("")).toBeNull();
  });

  it("has a base unit of factor 1 for every dimension it uses", () => {
    const dims = new Set([...UNIT_CATALOGUE.values()].map((u) => u.dimension));
    for (const d of dims) expect(lookupUnit(BASE_UNIT[d])).toMatchObject({ dimension: d, factor: 1 });
  });

  it("parses every unit it returns, after a figure, as that unit", () => {
    for (const [text, info] of PARSE_UNITS) {
      const q = parseQuantity(`12${text}`);
      expect({ text, number: q.number, unit: q.unit, dimension: q.dimension, problems: q.problems }).toEqual({ text, number: 12, unit: text, dimension: info.dimension, problems: [] });
    }
  });
});
