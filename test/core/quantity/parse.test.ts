import { parseQuantity, roundingTolerance } from "../../../src/core/quantity";
import { BLANK_CASES, type Expected, SEED_CASES, TRICKY_CASES } from "./cases";

function project(text: string, e: Expected) {
  const q = parseQuantity(text);
  const got: Record<string, unknown> = { number: q.number, unit: q.unit, dimension: q.dimension, bound: q.bound, range: q.range, problems: q.problems };
  if ("scaleWord" in e) got.scaleWord = q.scaleWord;
  if ("decimals" in e) got.decimals = q.decimals;
  return got;
}

describe("parseQuantity over the seed reports' figures", () => {
  it.each(SEED_CASES)("%s", (text, expected) => {
    expect(project(text, expected)).toEqual(expected);
  });
});

describe("parseQuantity over the tricky forms", () => {
  it.each(TRICKY_CASES)("%s", (text, expected) => {
    expect(project(text, expected)).toEqual(expected);
  });
});

describe("parseQuantity: what it always gives", () => {
  it("keeps the input as given", () => {
    expect(parseQuantity(" 4.48 亿元 ").input).toBe(" 4.48 亿元 ");
  });

  it.each(BLANK_CASES)("reads a blank cell %j as no number and no problem", (text) => {
    expect(parseQuantity(text)).toMatchObject({ number: null, unit: null, range: null, problems: [] });
  });

  it("scales by decimal arithmetic: no float noise", () => {
    // 4.48 * 1e8 is 448000000.00000006 in binary floating point; 0.07 * 1e8 is 7000000.000000001.
    expect(4.48 * 1e8).not.toBe(448000000);
    expect(parseQuantity("4.48亿元").number).toBe(448000000);
    expect(parseQuantity("0.07亿元").number).toBe(7000000);
    expect(parseQuantity("1.1万").number).toBe(11000);
  });

  it("records the scale factor and word", () => {
    expect(parseQuantity("4.48亿元")).toMatchObject({ scale: 1e8, scaleWord: "亿" });
    expect(parseQuantity("3千万")).toMatchObject({ scale: 1e7, scaleWord: "千万" });
    expect(parseQuantity("1100元/月")).toMatchObject({ scale: 1, scaleWord: null });
  });

  it("reads a figure with a footnote mark after it (41560*, 1763①, 8350注1, 12[2]) and Excel's text prefix ('8.9)", () => {
    expect(parseQuantity("41560*")).toMatchObject({ number: 41560, problems: [], remark: "*" });
    expect(parseQuantity("1763①")).toMatchObject({ number: 1763, problems: [], remark: "①" });
    expect(parseQuantity("8350注1")).toMatchObject({ number: 8350, problems: [], remark: "注1" });
    expect(parseQuantity("12[2]")).toMatchObject({ number: 12, problems: [], remark: "[2]" });
    expect(parseQuantity("1763.5*")).toMatchObject({ number: 1763.5, decimals: 1 });
    expect(parseQuantity("'8.9")).toMatchObject({ number: 8.9, problems: [] });
    // A mark with no figure before it is no figure; a mark inside one is not a footnote.
    expect(parseQuantity("注1").number).toBeNull();
    expect(parseQuantity("3*4").problems).toContain("unknown-unit");
  });

  it("keeps a trailing remark in brackets apart from a clean figure", () => {
    expect(parseQuantity("325（含新增12户）")).toMatchObject({ number: 325, unit: null, problems: [], remark: "含新增12户" });
    expect(parseQuantity("4500余(其中市本级3000)")).toMatchObject({ number: 4500, bound: "over", problems: [], remark: "其中市本级3000" });
    expect(parseQuantity("6—12个月(视情况)")).toMatchObject({ range: [6, 12], unit: "个月", remark: "视情况" });
    expect(parseQuantity("325户")).not.toHaveProperty("remark");
    expect(parseQuantity("亿元(待定)")).toMatchObject({ number: null, unit: "元", problems: ["unit-without-number"], remark: "待定" });
    // Not when the part before is not a clean figure: the whole text is read as usual.
    expect(parseQuantity("abc(待定)")).toMatchObject({ number: null, problems: ["not-a-number"] });
    expect(parseQuantity("1(2)(3)")).toMatchObject({ number: 1, unit: "(2)(3)", problems: ["unknown-unit"] });
  });

  it("never returns -0", () => {
    expect(Object.is(parseQuantity("-0").number, 0)).toBe(true);
    expect(Object.is(parseQuantity("负0元").number, 0)).toBe(true);
  });

  it("does not throw on non-strings handed in from untyped callers", () => {
    expect(parseQuantity(undefined as unknown as string).problems).toEqual(["not-a-number"]);
    expect(parseQuantity(12 as unknown as string).problems).toEqual(["not-a-number"]);
  });
});

describe("the evidence has the size the issue asks", () => {
  it("covers at least 150 strings with exact expected results", () => {
    const inputs = new Set([...SEED_CASES, ...TRICKY_CASES].map(([s]) => s));
    expect(inputs.size).toBe(SEED_CASES.length + TRICKY_CASES.length); // no duplicates
    expect(inputs.size).toBeGreaterThanOrEqual(150);
  });
});

describe("roundingTolerance", () => {
  it.each<[string, number]>([
    ["4.48亿元", 500000],
    ["1100", 0.5],
    ["5.6万人次", 500],
    ["80%", 0.5],
    ["4.8%", 0.05],
    ["1099.52万元", 50],
    ["三十万", 5000],
    ["0.07亿元", 500000],
  ])("%s → ±%d", (text, tolerance) => {
    expect(roundingTolerance(parseQuantity(text))).toBe(tolerance);
  });
});
