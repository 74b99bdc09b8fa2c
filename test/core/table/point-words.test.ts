import { pointsInWords } from "../../../src/core/table/point-words";

/**
 * A difference in percentage points written in words (快7.2, 落后8.3个百分点, 持平): the signed figure
 * it states, ahead words positive and behind words negative, with its decimals and unit as written.
 */
const read = (text: string) => {
  const q = pointsInWords(text);
  return q && { number: q.number, unit: q.unit, decimals: q.decimals, input: q.input };
};

describe("a difference in points in words", () => {
  it("ahead words (快, 超, 超出, 超过, 领先, 高于, 快于) read positive", () => {
    for (const w of ["快", "超", "超出", "超过", "领先", "高于", "快于"]) expect(read(`${w}7.2`)).toEqual({ number: 7.2, unit: null, decimals: 1, input: `${w}7.2` });
  });

  it("behind words (慢, 落后, 低于, 滞后, 慢于) read negative", () => {
    for (const w of ["慢", "落后", "低于", "滞后", "慢于"]) expect(read(`${w}3.1`)?.number).toBe(-3.1);
  });

  it("with the benchmark named (序时进度, 序时, 进度) and a unit in points (个百分点, 百分点, %)", () => {
    expect(read("超序时进度7.2个百分点")).toEqual({ number: 7.2, unit: "个百分点", decimals: 1, input: "超序时进度7.2个百分点" });
    expect(read("低于序时3.1个百分点")?.number).toBe(-3.1);
    expect(read("落后进度8.3百分点")?.number).toBe(-8.3);
    expect(read("落后8.3个百分点")?.number).toBe(-8.3);
    expect(read("快于序时进度12%")).toMatchObject({ number: 12, unit: "%", decimals: 0 });
    expect(read("慢 3.10 个百分点")).toMatchObject({ number: -3.1, decimals: 2 });
    expect(read("超７.２")?.number).toBe(7.2);
  });

  it("持平 is zero, and 快0 or 慢0 no negative zero", () => {
    expect(read("持平")).toEqual({ number: 0, unit: null, decimals: 0, input: "持平" });
    expect(Object.is(read("慢0")?.number, 0)).toBe(true);
  });

  it("anything else is no difference: a sign after the word, a bound, another unit, a scale, two figures, other words", () => {
    for (const t of ["慢-3.1", "快+7.2", "快约7.2", "快7.2个百分点左右", "超7人", "超7.2万", "快7.2-8.3", "快", "超额完成", "基本持平", "比序时进度快7.2", "快7.2慢1", "7.2", "-8.3", "快7.2.3", "快序时进度序时7.2", `快${"1".repeat(12)}`]) {
      expect([t, pointsInWords(t)]).toEqual([t, undefined]);
    }
  });
});
