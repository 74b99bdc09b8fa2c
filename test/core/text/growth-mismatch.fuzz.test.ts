import fc from "fast-check";
import { lintText, prepareDocument, TEXT_RULES } from "../../../src/core/text";
import { bestOf, scalesLinearly as linear } from "../linear";

/**
 * growth-mismatch reads the words around every percentage by hand, each look bounded: it must be
 * total, linear on any input, silent on every sentence whose rate follows from its figures (however
 * they are rounded), and it must find a rate that is off by more than the rounding allows.
 */
const rule = TEXT_RULES.find((r) => r.code === "growth-mismatch")!;
const growthFindings = (text: string) => lintText(text).filter((f) => f.code === "growth-mismatch");

/** A figure as a report writes it: whole (`1234人`) or in 万 with one or two decimals (`3.2万人`), and the value written. */
const written = (n: number, unit: string, wan: 0 | 1 | 2): { text: string; value: number } => {
  if (wan === 0 || n < 1000) return { text: `${n}${unit}`, value: n };
  const w = (n / 1e4).toFixed(wan);
  return { text: `${w}万${unit}`, value: Number(w) * 1e4 };
};
const unit = fc.constantFrom("元", "人", "户", "张", "对");
const wan = fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2);
const decimals = fc.constantFrom(0, 1, 2);

describe("growth-mismatch: consistent sentences, however rounded, raise nothing", () => {
  test("由X提高到Y / 由X下降到Y, 增长 / 下降 R%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), unit, wan, wan, decimals, (x, y, u, wx, wy, d) => {
        const X = written(x, u, wx);
        const Y = written(y, u, wy);
        if (X.value <= 0 || Y.value <= 0 || X.value === Y.value) return;
        const g = (Y.value / X.value - 1) * 100;
        const [verb, word] = g > 0 ? ["提高到", "增长"] : ["下降到", "下降"];
        const text = `全市由${X.text}${verb}${Y.text},${word}${Math.abs(g).toFixed(d)}%。`;
        expect([text, growthFindings(text)]).toEqual([text, []]);
      }),
      { numRuns: 400 },
    );
  });

  test("Y,比上年增加A,增长R% and 新增A、累计达到Y,同比增长R%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), unit, wan, wan, decimals, (y, a, u, wy, wa, d) => {
        const Y = written(y, u, wy);
        const A = written(a, u, wa);
        if (A.value >= Y.value) return;
        const g = (A.value / (Y.value - A.value)) * 100;
        const changed = `共${Y.text},比上年增加${A.text},增长${g.toFixed(d)}%。`;
        const added = `新增${A.text}、累计达到${Y.text},同比增长${g.toFixed(d)}%。`;
        const fell = `共${Y.text},比上年减少${A.text},下降${((A.value / (Y.value + A.value)) * 100).toFixed(d)}%。`;
        for (const text of [changed, added, fell]) expect([text, growthFindings(text)]).toEqual([text, []]);
      }),
      { numRuns: 400 },
    );
  });
});

describe("growth-mismatch: a rate off by more than the rounding is found", () => {
  test("whole figures from 1000 up, the rate off by 1 to 20 points", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1_000_000 }), fc.double({ min: 0.5, max: 2, noNaN: true }), fc.double({ min: 1, max: 20, noNaN: true }), fc.boolean(), unit, (x, f, off, above, u) => {
        const y = Math.round(x * f);
        if (y === x) return;
        const g = (y / x - 1) * 100;
        const stated = +(g + (above ? off : -off)).toFixed(1);
        const [word, shown] = stated >= 0 ? ["增长", stated] : ["下降", -stated];
        const text = `全市由${x}${u}调整为${y}${u},${word}${shown.toFixed(1)}%。`;
        const found = growthFindings(text);
        expect([text, found.map((h) => text.slice(h.offset!, h.offset! + h.length!))]).toEqual([text, [`${shown.toFixed(1)}%`]]);
        expect(Number(found[0].expected)).toBeCloseTo(stated >= 0 ? g : -g, 1);
      }),
      { numRuns: 400 },
    );
  });
});

/** Pieces of growth sentences, for texts that come close to every shape the rule reads. */
const PIECES = [
  ..."0123456789.,,、。;%％ \n",
  "由", "从", "到", "至", "为", "提高", "增加", "下降", "减少", "增长", "增幅", "降幅", "同比", "比上年", "较上年的", "的", "了", "均", "分别",
  "新增", "累计达到", "万", "亿", "元", "人", "户", "元/月", "个百分点", "2023年", "上半年", "1-6月", "《", "》", "由于", "从业", "年均", "以上", "约",
];
const piece = fc.constantFrom(...PIECES);

describe("growth-mismatch over arbitrary text", () => {
  test("never throws; every finding stands on a percentage and carries its expected rate", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 3000 }).map((a) => a.join("")), fc.string({ maxLength: 2000 })), (text) => {
        for (const f of growthFindings(text)) {
          const chars = text.slice(f.offset!, f.offset! + f.length!);
          expect(chars).toMatch(/^-?[0-9.]+[%％]$/);
          expect(f.value).toBe(chars);
          expect(Number.isFinite(Number(f.expected))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  // Linear time, measured as scaling (the machine is shared): the rule alone on a prepared text, the
  // best of three runs on 50,000 characters against the best of three on 12,500. Linear work gives
  // a ratio near 4 (n log n a little more), quadratic near 16; the bound is 12, and a run under
  // 200 ms passes whatever the ratio. The whole lint of the long text stays within a second.
  const LONG = 50_000;
  function ms(text: string): number {
    const doc = prepareDocument(text);
    return bestOf(3, () => rule.check(doc));
  }
  const scalesLinearly = (unit: string) => linear(unit, LONG, ms, { floorMs: 0.25, passMs: 200 });
  const TRIGGERS = [
    "1%", "1%1", "增长1%", "增长增长增长1%", "1元,增长1%", "由1元提高至2元,增长1%", "由由由由由1元提高至2元,增长9%", "由1元提高至提高至提高至2元,增长9%",
    "由的的的的的的的的1元提高至的的的的的的的的2元,增长9%", "由2023年2023年2023年1元提高至2元,增长9%", "比上年的1对减少9%", "的的的的1对减少9%", "3对,比上年增加1对,增长9%",
    "比上年比上年比上年增加1对,增长9%", "新增1人、累计达到2人,同比增长9%", "新增新增新增1人、累计累计达到2人,同比增长9%", "1-6月新增1人、累计达到2人,同比增长9%",
    "、,、,、,1%", "同比同比同比同比同比同比同比1%", "1元1元1元1元增长1%", "1%、2%", "《由1元提高至2元,增长9%", "123456789.123456789%",
  ];
  test.each(TRIGGERS)("stays linear on %j repeated to 50,000 characters", (unit) => {
    expect(scalesLinearly(unit)).toMatchObject({ linear: true });
  });

  test("property: any mix of growth pieces repeated to 50,000 characters scales linearly", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (units) => {
        expect(scalesLinearly(units.join(""))).toMatchObject({ linear: true });
      }),
      { numRuns: 25 },
    );
  });

  test("the whole lint of 50,000 characters of growth sentences, wrong ones included, stays within a second", () => {
    const text = "由1050元/月提高至1100元/月,增幅5.2%。新增1530万元、累计达到6114万元,同比增幅45%。".repeat(1000).slice(0, LONG);
    let best = Infinity;
    let findings = 0;
    for (let r = 0; r < 3; r++) {
      const started = performance.now();
      findings = growthFindings(text).length;
      best = Math.min(best, performance.now() - started);
    }
    expect(findings).toBeGreaterThan(1500);
    expect(best).toBeLessThan(1000);
  });
});
