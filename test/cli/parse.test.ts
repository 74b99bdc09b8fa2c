import { runCli } from "./run-cli";

const parse = (...argv: string[]) => runCli(["parse", ...argv]);

describe("jiaohe parse --format json (the contract of spec/cli.md)", () => {
  it("prints the spec's own example line byte for byte", async () => {
    const r = await parse("1.6万余个", "--format", "json");
    expect(r.out).toBe('{"input":"1.6万余个","number":16000,"unit":"个","dimension":"count","bound":"over","range":null,"problems":[]}\n');
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  it("prints one object a line, one line an argument, keys in the contract's order", async () => {
    const r = await parse("--format=json", "4.48亿元", "80%以上", "6—12个月", "亿元", "三四十", "-3.2%");
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    const objs = lines.map((l) => JSON.parse(l));
    for (const o of objs) expect(Object.keys(o)).toEqual(["input", "number", "unit", "dimension", "bound", "range", "problems"]);
    expect(objs[0]).toEqual({ input: "4.48亿元", number: 448000000, unit: "元", dimension: "money", bound: "exact", range: null, problems: [] });
    expect(objs[1]).toEqual({ input: "80%以上", number: 80, unit: "%", dimension: "rate", bound: "over", range: null, problems: [] });
    expect(objs[2]).toEqual({ input: "6—12个月", number: null, unit: "个月", dimension: "time", bound: "exact", range: [6, 12], problems: [] });
    expect(objs[3]).toEqual({ input: "亿元", number: null, unit: "元", dimension: "money", bound: "exact", range: null, problems: ["unit-without-number"] });
    expect(objs[4]).toEqual({ input: "三四十", number: null, unit: null, dimension: null, bound: "exact", range: [30, 40], problems: [] });
    // A figure starting with a dash stays a figure, not an option.
    expect(objs[5]).toEqual({ input: "-3.2%", number: -3.2, unit: "%", dimension: "rate", bound: "exact", range: null, problems: [] });
  });

  it("prints only JSON on stdout and exits 1 when a figure has an error-severity problem", async () => {
    const r = await parse("--format", "json", "12", "约亩", "abc");
    expect(r.code).toBe(1);
    const objs = r.out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(objs.map((o) => o.problems)).toEqual([[], ["unit-without-number"], ["not-a-number"]]);
    expect(r.err).toBe("");
  });

  it("exits 0 for an unknown unit (a warning) and keeps the unit as written", async () => {
    const r = await parse("--format", "json", "12斛");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ input: "12斛", number: 12, unit: "斛", dimension: null, bound: "exact", range: null, problems: ["unknown-unit"] });
  });

  it("reads arguments after -- as figures", async () => {
    const r = await parse("--format", "json", "--", "--5");
    expect(JSON.parse(r.out).problems).toEqual(["not-a-number"]);
  });
});

describe("jiaohe parse --format text", () => {
  it("is the default, in Chinese by default: number, unit, dimension, bound and the official writing", async () => {
    const r = await parse("1.6万余个", "10995200元");
    expect(r.out).toBe("1.6万余个  →  16000 个 (数量, 下限(以上), 量级 万, 小数 1 位)  规范写法:1.6万余个\n10995200元  →  10995200 元 (金额)  规范写法:1099.52万元\n");
    expect(r.code).toBe(0);
  });

  it("speaks English with --locale en-US", async () => {
    const r = await parse("1.6万余个", "10995200元", "--locale", "en-US");
    expect(r.out).toBe("1.6万余个  →  16000 个 (count, over, scale 万, decimals 1)  official: 1.6万余个\n10995200元  →  10995200 元 (money)  official: 1099.52万元\n");
  });

  it("names the problem instead of a number", async () => {
    const r = await parse("万人次", "--locale=en-US");
    expect(r.out).toBe("万人次  →  (no number) 人次 (persons, scale 万)  problems: unit-without-number\n");
    expect(r.code).toBe(1);
    const zh = await parse("约亩");
    expect(zh.out).toBe("约亩  →  (无数字) 亩 (面积, 约数)  问题:unit-without-number\n");
  });

  it("writes a range as low—high", async () => {
    const r = await parse("三四十人", "--locale", "en-US");
    expect(r.out).toBe("三四十人  →  30—40 人 (persons)  official: 30—40人\n");
  });
});

describe("jiaohe parse: user mistakes give one line and exit 2", () => {
  it("rejects an unknown format, in the chosen language", async () => {
    const r = await parse("--format", "xml", "12", "--locale", "en-US");
    expect(r.code).toBe(2);
    expect(r.err).toBe('jiaohe parse: --format must be text or json, not "xml"\n');
    expect(r.out).toBe("");
    const zh = await parse("--format", "xml", "12");
    expect(zh.err).toBe('jiaohe parse: --format 只能是 text 或 json,不能是 "xml"\n');
  });

  it("rejects an unknown locale", async () => {
    const r = await parse("--locale", "fr-FR", "12");
    expect(r.code).toBe(2);
    expect(r.err).toBe('jiaohe parse: --locale 只能是 zh-CN 或 en-US,收到“fr-FR”\n');
  });

  it("rejects a missing figure, an unknown option and an option without its value", async () => {
    const a = await parse("--format", "json", "--locale", "en-US");
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/^jiaohe parse: give at least one figure/);
    const b = await parse("--colour", "12", "--locale", "en-US");
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/^jiaohe parse: unknown option --colour; usage: jiaohe parse TEXT/);
    const c = await parse("12", "--format");
    expect(c.code).toBe(2);
    expect(c.err).toBe("jiaohe parse: --format 需要一个取值\n");
  });
});
