import fc from "fast-check";
import { lintText } from "../../../src/core/text";
import { bestOf, scalesLinearly as linear } from "../linear";

/**
 * Fix f118: a ratio per so many people against its sentence's count and population
 * (implausible-quantity) and 千分点 between two rates in ‰ (growth-mismatch). Both read by hand,
 * each look bounded: silent on every consistent sentence however rounded, finding a figure off by
 * more than the rounding allows, and linear on any repetition of their words.
 */
const codes = (text: string, code: string) => lintText(text, { year: 2025 }).filter((f) => f.code === code);
/** The implausible-quantity findings on the ratio (not, say, a population that holds the year's digits: 2025000人). */
const onRatio = (text: string) => codes(text, "implausible-quantity").filter((f) => f.offset! > text.indexOf("每"));

/** A count as a report writes it: whole, or in 万 with one or two decimals; and the value written. */
const written = (n: number, unit: string, wan: 0 | 1 | 2): { text: string; value: number } => {
  if (wan === 0 || n < 10_000) return { text: `${n}${unit}`, value: n };
  const w = (n / 1e4).toFixed(wan);
  return { text: `${w}万${unit}`, value: Number(w) * 1e4 };
};
const wan = fc.constantFrom<0 | 1 | 2>(0, 1, 2);

/** The sentences of a ratio per people: over the old per thousand, over the whole population per ten thousand. */
const SHAPES = [
  { size: 1000, text: (p: string, c: string, r: string) => `全市60周岁以上老年人${p},养老床位${c},每千名老年人拥有养老床位${r}张。`, unit: "张" },
  { size: 10_000, text: (p: string, c: string, r: string) => `全市户籍人口${p},共有社会组织${c},每万人拥有社会组织${r}个。`, unit: "个" },
  { size: 10_000, text: (p: string, c: string, r: string) => `全市60周岁以上老年人${p},持证养老护理员${c},每万名老年人拥有持证养老护理员${r}人。`, unit: "人" },
];

describe("a ratio per people", () => {
  test("consistent sentences, however rounded, raise nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 5_000_000 }), fc.double({ min: 0.002, max: 0.08, noNaN: true }), wan, wan, fc.constantFrom(0, 1), fc.constantFrom(...SHAPES), (p, share, wp, wc, d, shape) => {
        const P = written(p, "人", wp);
        const C = written(Math.max(1, Math.round(p * share)), shape.unit, wc);
        const r = (C.value / P.value) * shape.size;
        if (r < 1) return;
        const text = shape.text(P.text, C.text, r.toFixed(d));
        expect([text, onRatio(text)]).toEqual([text, []]);
      }),
      { numRuns: 400 },
    );
  });

  test("a ratio off by a fifth or more is flagged once, with the ratio the figures give", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 5_000_000 }), fc.double({ min: 0.002, max: 0.08, noNaN: true }), fc.double({ min: 1.2, max: 3, noNaN: true }), fc.boolean(), fc.constantFrom(...SHAPES), (p, share, off, up, shape) => {
        const c = Math.max(1, Math.round(p * share));
        const r = (c / p) * shape.size;
        if (r < 2) return;
        const stated = (up ? r * off : r / off).toFixed(1);
        const text = shape.text(`${p}人`, `${c}${shape.unit}`, stated);
        const found = onRatio(text);
        expect([text, found.map((f) => f.value)]).toEqual([text, [`${stated}${shape.unit}`]]);
        expect(Math.abs(Number(found[0].expected) - r)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe("千分点 between two rates in ‰", () => {
  test("consistent changes raise nothing; one off by 0.2 or more is flagged", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 300 }), fc.integer({ min: -200, max: 300 }), fc.double({ min: 0.2, max: 3, noNaN: true }), (x, y, off) => {
        if (x === y) return;
        const X = (x / 10).toFixed(1);
        const Y = (y / 10).toFixed(1);
        const diff = Math.abs(Number(Y) - Number(X));
        const verb = y > x ? "提高" : "下降";
        const right = `人口自然增长率由${X}‰${verb}到${Y}‰,${verb}${diff.toFixed(1)}个千分点。`;
        expect([right, codes(right, "growth-mismatch")]).toEqual([right, []]);
        const wrong = `人口自然增长率由${X}‰${verb}到${Y}‰,${verb}${(diff + off).toFixed(1)}个千分点。`;
        expect([wrong, codes(wrong, "growth-mismatch").map((f) => f.value)]).toEqual([wrong, [`${(diff + off).toFixed(1)}个千分点`]]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("linear on any repetition of their words", () => {
  // The whole lint, best of three on 32,767 characters against 8,191 (../linear); under half a second passes.
  const MAX = 32767;
  const scalesLinearly = (unit: string) => linear(unit, MAX, (text) => bestOf(3, () => lintText(text, { year: 2025 })), { floorMs: 0.5, passMs: 500 });
  const TRIGGERS = [
    "每", "每千名", "每每每每每千名老年人拥有1张", "每千名老年人拥有养老床位1张", "老年人1万人,床位1张,每千名老年人拥有床位9张", "老年人1万人,",
    "每万人拥有拥有拥有拥有1个", "户籍人口1人,社会组织1个,每万人拥有社会组织9个,", "其中其中其中其中床位1张", "全市全市全市全市老年人1人", "每123456789千万万名",
    "60周岁以上老年人1人,", "2023年老年人1人,2024年床位1张,每千名老年人拥有床位9张", "到2025年每千名老年人拥有床位9张", "每千人口1张",
    "1‰", "1‰1", "由1‰降至2‰,下降9个千分点", "下降9个千分点,由1‰下降到2‰", "1‰,比上年下降9个千分点(上年为2‰)", "1‰、2‰,", "个千分点个千分点",
  ];
  test.each(TRIGGERS)("stays linear on %j repeated to 32,767 characters", (unit) => {
    expect(scalesLinearly(unit)).toMatchObject({ linear: true });
  });
});
