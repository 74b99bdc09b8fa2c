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

  it("the benchmark named first (比序时进度快, 较时间进度快, 落后于序时进度, 快于时间进度): the same signed figure", () => {
    expect(read("比序时进度快4.0个百分点")).toEqual({ number: 4, unit: "个百分点", decimals: 1, input: "比序时进度快4.0个百分点" });
    expect(read("较时间进度快50.0个百分点")?.number).toBe(50);
    expect(read("比序时进度快7.2")?.number).toBe(7.2);
    expect(read("比序时慢8.3")?.number).toBe(-8.3);
    expect(read("较序时进度低3.1个百分点")?.number).toBe(-3.1);
    expect(read("比时间进度落后2百分点")?.number).toBe(-2);
    expect(read("落后于序时进度4.0个百分点")).toMatchObject({ number: -4, unit: "个百分点", decimals: 1 });
    expect(read("快于时间进度2.1个百分点")?.number).toBe(2.1);
    expect(read("领先于序时进度1.5")?.number).toBe(1.5);
    expect(read("滞后于进度0.8%")?.number).toBe(-0.8);
    expect(read("低于时间进度3.1个百分点")?.number).toBe(-3.1);
    expect(read("超时间进度7.2个百分点")?.number).toBe(7.2);
  });

  it("与序时进度持平 (or 与时间进度持平) is zero as 持平 is", () => {
    for (const t of ["与序时进度持平", "与时间进度持平", "与序时持平"]) expect(read(t)).toEqual({ number: 0, unit: null, decimals: 0, input: t });
  });

  it("持平 is zero, and 快0 or 慢0 no negative zero", () => {
    expect(read("持平")).toEqual({ number: 0, unit: null, decimals: 0, input: "持平" });
    expect(Object.is(read("慢0")?.number, 0)).toBe(true);
  });

  it("anything else is no difference: a sign after the word, a bound, another unit, a scale, two figures, other words", () => {
    for (const t of ["慢-3.1", "快+7.2", "快约7.2", "快7.2个百分点左右", "超7人", "超7.2万", "快7.2-8.3", "快", "超额完成", "基本持平", "快7.2慢1", "7.2", "-8.3", "快7.2.3", "快序时进度序时7.2", `快${"1".repeat(12)}`, "比上年快7.2", "较上月慢1.1", "比序时进度快", "比序时进度快约4", "比序时进度快-4.0", "比序时进度高于4.0", "较时间进度快4.0个百分点以上", "比快4.0", "与序时进度基本持平", "与上年持平", "比序时进度持平", "进度偏慢", "按计划推进", "年底前完成"]) {
      expect([t, pointsInWords(t)]).toEqual([t, undefined]);
    }
  });
});
