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
/**
 * Whether `shown` is `exact` said to one decimal: within half a step, the half itself included
 * (31.25 is said 31.3; toBeCloseTo's strict bound refused exactly that, one draw in tens of thousands).
 */
const roundsTo = (shown: number, exact: number) => Math.abs(shown - exact) <= 0.05 + 1e-9;

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

describe("growth-mismatch: consistent sentences in the other shapes raise nothing", () => {
  test("Y,同比增长R%,上年同期为X; 由X增长R%至Y; 提高R%,由X提高到Y; Y,比上年(X)减少A,下降R%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), unit, wan, wan, decimals, (x, y, u, wx, wy, d) => {
        const X = written(x, u, wx);
        const Y = written(y, u, wy);
        if (X.value <= 0 || Y.value <= 0 || X.value === Y.value) return;
        const g = (Y.value / X.value - 1) * 100;
        const [word, verb] = g > 0 ? ["增长", "提高到"] : ["下降", "下降到"];
        const R = `${Math.abs(g).toFixed(d)}%`;
        const texts = [`全年${Y.text},同比${word}${R},上年同期为${X.text}。`, `由上年的${X.text}${word}${R}至${Y.text}。`, `保障标准${word}${R},由${X.text}${verb}${Y.text}。`];
        // probe 40: the base in brackets, before the rate, or right after 比上年
        texts.push(`全年${Y.text},同比${word}${R}(上年${X.text})。`, `全年${Y.text},上年同期为${X.text},同比${word}${R}。`, `全年${Y.text}(上年同期${X.text}),同比${word}${R}。`, `共${Y.text},比上年${X.text}${word}${R}。`);
        if (wx === 0 && wy === 0) {
          // whole figures: the change A is exact, so the three figures agree
          const A = `${Math.abs(Y.value - X.value)}${u}`;
          texts.push(`共${Y.text},比上年(${X.text})${g > 0 ? "增加" : "减少"}${A},${word}${R}。`, `共${Y.text},比上年的${X.text}${g > 0 ? "增加" : "减少"}${A},${word}${R}。`);
        }
        for (const text of texts) expect([text, growthFindings(text)]).toEqual([text, []]);
      }),
      { numRuns: 300 },
    );
  });

  test("multiples: 由X增加到Y,增长N倍 and 是上年的N倍, however rounded", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 1.05, max: 30, noNaN: true }), unit, wan, wan, decimals, (x, f, u, wx, wy, d) => {
        const X = written(x, u, wx);
        const Y = written(Math.round(x * f), u, wy);
        if (X.value <= 0 || Y.value <= X.value) return;
        const r = Y.value / X.value;
        const texts = [`由${X.text}增加到${Y.text},增长${(r - 1).toFixed(d)}倍。`, `由${X.text}增至${Y.text},是上年同期的${r.toFixed(d)}倍。`, `共${Y.text},是上年${X.text}的${r.toFixed(d)}倍。`];
        for (const text of texts) expect([text, growthFindings(text)]).toEqual([text, []]);
      }),
      { numRuns: 300 },
    );
  });

  test("percentage points between percentages written to 0, 1 or 2 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), decimals, decimals, (x, y, dx, d) => {
        if (x === y) return;
        const X = (x / 100).toFixed(dx);
        const Y = (y / 100).toFixed(dx);
        const diff = Number(Y) - Number(X);
        if (diff === 0) return;
        const [verb, word] = diff > 0 ? ["提高到", "提高"] : ["下降到", "下降"];
        const N = `${Math.abs(diff).toFixed(d)}个百分点`;
        const texts = [`占比由${X}%${verb}${Y}%,${word}${N}。`, `占比${Y}%,同比${word}${N},上年同期为${X}%。`, `占比由${X}%${word}${N}至${Y}%。`, `占比${word}${N},由${X}%${verb}${Y}%。`];
        texts.push(`占比${Y}%,较2022年底${word}${N}(2022年底为1163张,占${X}%)。`, `占比${Y}%(2022年底为${X}%),较2022年底${word}${N}。`);
        for (const text of texts) expect([text, growthFindings(text)]).toEqual([text, []]);
      }),
      { numRuns: 300 },
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
        expect(roundsTo(Number(found[0].expected), stated >= 0 ? g : -g)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test("the same off rate after the base, between the figures and before them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1_000_000 }), fc.double({ min: 0.5, max: 2, noNaN: true }), fc.double({ min: 1, max: 20, noNaN: true }), fc.boolean(), unit, (x, f, off, above, u) => {
        const y = Math.round(x * f);
        if (y === x) return;
        const g = (y / x - 1) * 100;
        const stated = +(g + (above ? off : -off)).toFixed(1);
        const [word, shown] = stated >= 0 ? ["增长", stated] : ["下降", -stated];
        const R = `${shown.toFixed(1)}%`;
        const shapes = [`全年${y}${u},同比${word}${R},上年同期为${x}${u}。`, `由上年的${x}${u}${word}${R}至${y}${u}。`, `保障标准${word}${R},由${x}${u}调整为${y}${u}。`];
        shapes.push(`全年${y}${u},同比${word}${R}(上年${x}${u})。`, `全年${y}${u},上年同期为${x}${u},同比${word}${R}。`, `共${y}${u},比上年${x}${u}${word}${R}。`);
        for (const text of shapes) {
          const found = growthFindings(text);
          expect([text, found.map((h) => text.slice(h.offset!, h.offset! + h.length!))]).toEqual([text, [R]]);
          expect(roundsTo(Number(found[0].expected), stated >= 0 ? g : -g)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("a multiple off by 0.2 or more, a count of points off by 0.2 or more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1_000_000 }), fc.double({ min: 1.2, max: 10, noNaN: true }), fc.double({ min: 0.2, max: 3, noNaN: true }), fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 1, max: 999 }), (x, f, off, p, dp) => {
        const y = Math.round(x * f);
        const r = y / x;
        const times = +(r + off).toFixed(1);
        const text = `由${x}元增至${y}元,是上年同期的${times.toFixed(1)}倍。`;
        const found = growthFindings(text);
        expect([text, found.map((h) => h.value)]).toEqual([text, [`${times.toFixed(1)}倍`]]);
        expect(roundsTo(Number(found[0].expected), r)).toBe(true);
        const X = (p / 100).toFixed(1);
        const Y = ((p + dp) / 100).toFixed(1);
        const diff = Number(Y) - Number(X);
        const points = +(diff + off).toFixed(1);
        const pointsText = `占比由${X}%提高到${Y}%,提高${points.toFixed(1)}个百分点。`;
        expect([pointsText, growthFindings(pointsText).map((h) => h.value)]).toEqual([pointsText, [`${points.toFixed(1)}个百分点`]]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Pieces of growth sentences, for texts that come close to every shape the rule reads. */
const PIECES = [
  ..."0123456789.,,、。;%％ \n",
  "由", "从", "到", "至", "为", "提高", "增加", "下降", "减少", "增长", "增幅", "降幅", "同比", "比上年", "较上年的", "的", "了", "均", "分别",
  "新增", "累计达到", "万", "亿", "元", "人", "户", "元/月", "个百分点", "2023年", "上半年", "1-6月", "《", "》", "由于", "从业", "年均", "以上", "约",
  "倍", "是上年同期的", "上年同期为", "上年为", "5月份为", "6月份", "上月为", "环比", "(", ")", "(", ")", "标准", "占比", "多",
  "和", "分别由", "分别增长", "一季度", "二季度", "第", "本月", "上月", "分季度", "四季度", "比一季度的", "结婚登记", "较上年的", "其中",
  // probe 40: bases in brackets, before the rate, dated comparisons, 提供
  "(上年", "上年同期", "上年末", "较上年末", "较2022年底", "2022年底为", "占", "提供", "比上年",
];
const piece = fc.constantFrom(...PIECES);

describe("growth-mismatch over arbitrary text", () => {
  test("never throws; every finding stands on a percentage and carries its expected rate", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 3000 }).map((a) => a.join("")), fc.string({ maxLength: 2000 })), (text) => {
        for (const f of growthFindings(text)) {
          const chars = text.slice(f.offset!, f.offset! + f.length!);
          expect(chars).toMatch(/^-?[0-9.]+(?:[%％]|倍|个百分点|百分点)$/);
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
    "1倍", "增长1倍", "由1元增至2元,增长9倍", "由1元增至2元,是上年同期的9倍", "2元,是上年同期1元的9倍", "是上年的的的的9倍",
    "2元,同比增长9%,上年同期为1元", "6月份2对,环比增长9%,5月份为1对", "2023年为1元,", "增长9%,上年同期为1元,增长9%,上年同期为1元",
    "由上年的1元增长9%至2元", "由1元增长9%至2元增长9%至3元", "标准提高9%,由1元提高到2元", "标准标准标准标准提高9%,", "提高提高提高提高9%,由",
    "2对,比上年(1对)减少1对,下降9%", "比上年的1对减少1对,下降9%", "((((1对)减少1对,下降9%", "由1%提高到2%,提高9个百分点", "提高9个百分点,由1%提高到2%",
    // 分别 lists, labelled periods, a list by period, a name repeated
    "分别由1元、2元提高到3元、4元,分别增长9%、9%", "1元、", "9%、", "1元、2元,较上年的3元、4元分别增长9%、9%", "较上年的1元、1元、1元、1元分别增长9%、9%",
    "甲由1元提高到2元,", "甲由1元提高到2元,乙由3元提高到4元,分别增长9%、9%", "一季度1人次,二季度2人次,环比增长9%", "一季度1人次,", "一季度一季度一季度",
    "分季度1人次、2人次、3人次、4人次,四季度环比增长9%", "分季度1人次、", "2人次,比一季度的1人次增长9%", "2人次,比一季度增加1人次,增长9%",
    "结婚登记1对、离婚登记1对,结婚登记较上年的1对下降9%", "结婚登记1对、", "登记登记登记登记登记登记登记较上年的1对下降9%",
    // probe 40: the base after or before the rate, in brackets or not; a dated comparison; 提供
    "2具,同比增长9%(上年1具)", "2具,同比增长9%(上年为1具,占1%,1具,1具)", "2具,同比增长9%,上年1具", "(上年(上年(上年1具", "上年上年上年上年1具",
    "2人次,上年同期为1人次,同比增长9%", "2人次(上年同期1人次),同比增长9%", ",上年为1具,上年为1具,同比增长9%", "((((1具),同比增长9%",
    "2%,较2022年底提高9个百分点(2022年底为1张,占1%)", "2%(2022年底为1%),较2022年底提高9个百分点", "较2022年底较2022年底较2022年底提高9%",
    "2具,比上年1具增长9%", "比上年比上年1具增长9%", "提供提供提供提供2人次,同比增长9%,上年同期为1人次", "2家,较上年末增长9%(上年末1家)",
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
