import fc from "fast-check";
import { formatQuantity, lookupUnit, PARSE_UNITS, parseQuantity } from "../../../src/core/quantity";
import type { Bound, Quantity } from "../../../src/core/quantity/types";

const UNITS = [...PARSE_UNITS.keys()];
const BOUNDS: Bound[] = ["exact", "about", "over", "under"];

/** Figures as tables hold them: integers of every size and decimals with up to two places. */
const figure = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.integer({ min: 0, max: 9_007_199_254_740 }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10),
  fc.constantFrom(10000, 56000, 448000000, 10995200, 16000, 99999, 100000000),
);

function check(q: Quantity, expected: { number: number | null; unit: string | null; dimension: unknown; bound: Bound; range: [number, number] | null }) {
  expect({ number: q.number, unit: q.unit, dimension: q.dimension, bound: q.bound, range: q.range, problems: q.problems }).toEqual({ ...expected, problems: [] });
}

describe("parse(format(q)) gives back q", () => {
  it("for single figures with any unit and bound", () => {
    fc.assert(
      fc.property(figure, fc.constantFrom(...UNITS), fc.constantFrom(...BOUNDS), (number, unit, bound) => {
        const q = { number: number === 0 ? 0 : number, unit, dimension: PARSE_UNITS.get(unit)!.dimension, bound, range: null };
        const text = formatQuantity(q);
        // Variant spellings come back in their usual spelling (％ → %).
        check(parseQuantity(text), { ...q, unit: PARSE_UNITS.get(unit)!.canonical ?? unit });
      }),
      { numRuns: 3000 },
    );
  });

  it("for figures without a unit", () => {
    fc.assert(
      fc.property(figure, (number) => {
        const q = { number: number === 0 ? 0 : number, unit: null, dimension: null, bound: "exact" as Bound, range: null };
        check(parseQuantity(formatQuantity(q)), q);
      }),
      { numRuns: 2000 },
    );
  });

  it("for ranges", () => {
    const ends = fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 })).filter(([a, b]) => a < b);
    fc.assert(
      fc.property(ends, fc.integer({ min: 0, max: 2 }), fc.constantFrom(...UNITS), fc.constantFrom<Bound>("exact", "about"), ([a, b], places, unit, bound) => {
        const low = a / 10 ** places;
        const high = b / 10 ** places;
        const q = { number: null, unit, dimension: PARSE_UNITS.get(unit)!.dimension, bound, range: [low, high] as [number, number] };
        check(parseQuantity(formatQuantity(q)), { ...q, unit: PARSE_UNITS.get(unit)!.canonical ?? unit });
      }),
      { numRuns: 2000 },
    );
  });

  it("for forced units: the figure written in 万元 reads back as the same amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        const yuan = cents * 100; // whole hundreds of yuan: exact in 万元 with two decimals
        const text = formatQuantity({ number: yuan, unit: "元" }, { unit: "万元" });
        expect(text.endsWith("万元")).toBe(true);
        expect(parseQuantity(text)).toMatchObject({ number: yuan, unit: "元", dimension: "money" });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatQuantity never throws", () => {
  it("for any number (NaN and infinities included), unit text, bound, range and style", () => {
    const unit = fc.option(fc.oneof(fc.constantFrom(...UNITS, "万元", "亿元", "万人次"), fc.string({ maxLength: 6 })));
    const style = fc.record(
      { scaleWords: fc.boolean(), maxDecimals: fc.integer({ min: 0, max: 6 }), separators: fc.boolean(), withoutUnit: fc.boolean(), unit: fc.constantFrom("万元", "元", "人", "斛"), bound: fc.boolean() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.option(fc.double()), unit, fc.constantFrom(...BOUNDS), fc.option(fc.tuple(fc.double(), fc.double())), style, (number, u, bound, range, st) => {
        expect(typeof formatQuantity({ number, unit: u, bound, range }, st)).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });
});

describe("scale words are applied by decimal arithmetic", () => {
  it("X万 / X亿 / X千万 equals the decimal value exactly, never 4.48 × 1e8 in binary", () => {
    const mantissa = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }));
    const scale = fc.constantFrom<[string, number]>(["万", 4], ["亿", 8], ["千万", 7], ["萬", 4], ["百万", 6], ["千", 3]);
    fc.assert(
      fc.property(mantissa, scale, ([int, frac, places], [word, exp]) => {
        const m = places === 0 ? String(int) : `${int}.${String(frac).padStart(4, "0").slice(0, places)}`;
        const q = parseQuantity(`${m}${word}元`);
        expect(q.number).toBe(Number(`${m}e${exp}`)); // the correctly rounded decimal value
        expect(q.decimals).toBe(places);
        expect(q.scale).toBe(10 ** exp);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Characters that mean something to the scanner, to build adversarial strings from. */
const MEANINGFUL = [..."0123456789.,，-−—~～至到万亿千百十余多约近超逾以上下左右元人次户个%％零〇一二两三四五六七八九点负百分之 ", "个月", "平方米", "元/月", "(", ")", "（", "）", "E", "e+", "¥", "下降", "同比", "了", "至"];

/** Invariants of every result, whatever the input. */
function assertWellFormed(q: Quantity, input: string) {
  const blank = input.trim() === "";
  const ok =
    q.input === input &&
    (q.number === null || Number.isFinite(q.number)) &&
    (q.range === null || (q.number === null && Number.isFinite(q.range[0]) && q.range[0] <= q.range[1])) &&
    BOUNDS.includes(q.bound) &&
    Array.isArray(q.problems) &&
    // A known dimension comes from the catalogue entry of the unit it names.
    (q.dimension === null || lookupUnit(q.unit ?? "")?.dimension === q.dimension) &&
    // Something non-blank is read as a figure, a range, or it says what is wrong.
    (blank || q.number !== null || q.range !== null || q.problems.length > 0);
  if (!ok) throw new Error(`ill-formed result for ${JSON.stringify(input.slice(0, 80))}: ${JSON.stringify(q).slice(0, 300)}`);
}

describe("no input throws, and every parse is linear", () => {
  it("random strings of any characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        assertWellFormed(parseQuantity(s), s);
      }),
      { numRuns: 5000 },
    );
  });

  it("random strings of the scanner's own characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MEANINGFUL), { maxLength: 60 }), (parts) => {
        const s = parts.join("");
        assertWellFormed(parseQuantity(s), s);
      }),
      { numRuns: 10000 },
    );
  });

  // A guard against catastrophic backtracking or quadratic scans only; the real speed is in
  // `npm run bench` (scripts/bench/10-quantity.mjs). A linear parse of 32,767 chars takes < 5 ms.
  const GUARD_MS = 200;
  const EXCEL_CELL_LIMIT = 32767;

  /** The best of three runs: a pause of the shared machine or the GC slows one run; a quadratic scan slows all three. */
  function timed(s: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      assertWellFormed(parseQuantity(s), s);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  it("strings of 32,767 characters, random", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: EXCEL_CELL_LIMIT, maxLength: EXCEL_CELL_LIMIT }), (s) => {
        expect(timed(s)).toBeLessThan(GUARD_MS);
      }),
      { numRuns: 20 },
    );
  });

  it("strings of 32,767 characters, adversarial", () => {
    const repeat = (unit: string, prefix = "", suffix = "") => (prefix + unit.repeat(Math.ceil(EXCEL_CELL_LIMIT / unit.length))).slice(0, EXCEL_CELL_LIMIT - suffix.length) + suffix;
    const cases = [
      repeat("1"),
      repeat("1", "", "x"),
      repeat("万"),
      repeat("万", "1"),
      repeat("万", "1", "元"),
      repeat("1,"),
      repeat("1,000"),
      repeat("1."),
      repeat("—"),
      repeat("6—"),
      repeat("一二"),
      repeat("三四十"),
      repeat("〇"),
      repeat("约"),
      repeat("余"),
      repeat("多"),
      repeat(" "),
      repeat("以上"),
      repeat("百分之"),
      repeat("1万5"),
      repeat("点五"),
      repeat("负"),
      repeat("元"),
      repeat("9", "", "亿元"),
      repeat("零"),
      repeat("(", "", ")"),
      "(".repeat(16383) + ")".repeat(16384),
      repeat("（1", "", "）"),
    ];
    for (const s of cases) {
      expect(s.length).toBe(EXCEL_CELL_LIMIT);
      expect({ head: s.slice(0, 8), ms: timed(s) < GUARD_MS }).toEqual({ head: s.slice(0, 8), ms: true });
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MEANINGFUL), { minLength: 1, maxLength: 8 }), (parts) => {
        expect(timed(repeat(parts.join("")))).toBeLessThan(GUARD_MS);
      }),
      { numRuns: 100 },
    );
  });
});
