import fc from "fast-check";
import {
  findCategory,
  schemaPeriod,
  parseSchema,
  findColumn,
  findIndicator,
  getBuiltinSchema,
  normalizeHeader,
  normalizeIndicator,
  stripNumbering,
  foldText,
  withoutTrailingParenthetical,
} from "../../../src/core/schema";

describe("normalizeIndicator", () => {
  test.each([
    ["低保对象", "低保对象"],
    ["一、社会救助", "社会救助"],
    ["十二、殡葬管理", "殡葬管理"],
    ["(一)低保对象", "低保对象"],
    ["（一）低保对象", "低保对象"],
    ["1.低保对象", "低保对象"],
    ["1、低保对象", "低保对象"],
    ["１．低保对象", "低保对象"],
    ["(1)低保对象", "低保对象"],
    ["（12）低保对象", "低保对象"],
    ["①低保对象", "低保对象"],
    ["A.低保对象", "低保对象"],
    ["其中:城市低保对象", "城市低保对象"],
    ["其中：城市低保对象", "城市低保对象"],
    ["  其中 城市低保对象", "城市低保对象"],
    ["#城市低保对象", "城市低保对象"],
    ["1.其中:城市低保对象", "城市低保对象"],
    ["低 保　对 象", "低保对象"],
    ["低保对象：", "低保对象"],
    ["低保對象", "低保对象"],
    ["養老機構", "养老机构"],
    ["社会组织总数【万个】", "社会组织总数(万个)"],
    ["护理型床位占比（%）", "护理型床位占比(%)"],
    ["Ｉｔｅｍ", "item"],
  ])("%s → %s", (input, key) => {
    expect(normalizeIndicator(input)).toBe(key);
  });

  test.each([
    ["2023年完成", "2023年完成"], // a year is not numbering
    ["1.5万元", "1.5万元"], // a decimal is not numbering
    ["一、", "一"], // numbering alone is kept as the name (only the trailing mark goes)
    ["一是低保", "一是低保"],
    ["十大民生实事", "十大民生实事"],
  ])("leaves %s alone where stripping would change the meaning", (input, key) => {
    expect(normalizeIndicator(input)).toBe(key);
  });

  test("reports the numbering it took off", () => {
    expect(stripNumbering(foldText("（一）1.其中：城市低保对象"))).toEqual({ numbering: "(一)1.其中:", rest: "城市低保对象" });
    expect(stripNumbering("低保对象")).toEqual({ numbering: "", rest: "低保对象" });
  });

  test("full-width forms and spaces never change the key", () => {
    const toFullWidth = (t: string) =>
      Array.from(t, (c) => (c === " " ? "\u3000" : c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("");
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(40), (s, at) => {
        const spaced = s.slice(0, at) + " " + s.slice(at);
        expect(normalizeIndicator(toFullWidth(s))).toBe(normalizeIndicator(s));
        expect(normalizeIndicator(spaced)).toBe(normalizeIndicator(s));
      }),
    );
  });

  test("stays linear on long hostile input (32,767 characters)", () => {
    const inputs = ["(一)".repeat(8191), "1.".repeat(16383), "其中:".repeat(10922), "#".repeat(32767), "(".repeat(32767), "一".repeat(32766) + "、", ":".repeat(32766) + "x", "低保" + "。".repeat(32765), " ".repeat(32767)];
    const started = Date.now();
    for (const s of inputs) normalizeIndicator(s);
    // A generous bound that only a quadratic or exponential regex would break.
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("never throws on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => void normalizeIndicator(s)));
  });
});

describe("normalizeHeader and findColumn", () => {
  const generic = getBuiltinSchema("generic")!;

  test("keeps years and numbers, folds forms and brackets", () => {
    expect(normalizeHeader(" 2023年 完成 ")).toBe("2023年完成");
    expect(normalizeHeader("同比增长（％）")).toBe("同比增长(%)");
  });

  test.each([
    ["指标", "indicator"],
    ["指标名称", "indicator"],
    ["工作任务", "indicator"],
    ["项目", "indicator"],
    ["Item", "indicator"],
    ["单位", "unit"],
    ["计量单位", "unit"],
    ["Unit", "unit"],
    ["本期", "value"],
    ["本年", "value"],
    ["完成值", "value"],
    ["2023年完成", "value"],
    ["上半年完成", "value"],
    ["Value", "value"],
    ["上期", "previous"],
    ["上年", "previous"],
    ["同期", "previous"],
    ["去年同期", "previous"],
    ["Previous", "previous"],
    ["同比", "growth"],
    ["同比增长(%)", "growth"],
    ["同比增长（%）", "growth"],
    ["同比增長(%)", "growth"],
    ["增幅", "growth"],
    ["增减%", "growth"],
    ["增減%", "growth"],
    ["环比", "growth"],
    ["目标", "target"],
    ["全年目标", "target"],
    ["年度目标", "target"],
    ["计划", "target"],
    ["Target", "target"],
    ["完成率", "completion"],
    ["完成进度(%)", "completion"],
    ["完成比例", "completion"],
    ["责任处室", "department"],
    ["处室", "department"],
    ["责任单位", "department"],
    ["备注", "note"],
    ["说明", "note"],
    ["进展情况", "note"],
    ["工作完成情况", "note"],
    ["Notes", "note"],
    ["类别", "category"],
    ["分类", "category"],
    ["领域", "category"],
    ["序号", "serial"],
    ["No.", "serial"],
  ])("%s → %s", (header, key) => {
    expect(findColumn(generic, header)?.key).toBe(key);
  });

  test("a header with a leading year maps by the rest; a bare year does not", () => {
    expect(findColumn(generic, "2020年上半年完成")?.key).toBe("value");
    expect(findColumn(generic, "2024年度目标")?.key).toBe("target");
    expect(findColumn(generic, "2022年同期")?.key).toBe("previous");
    expect(findColumn(generic, "2023年完成(万元)")?.key).toBe("value");
    expect(findColumn(generic, "2023年")).toBeUndefined();
    expect(findColumn(generic, "2023年比2022年增减%")).toBeUndefined();
  });

  test("a header with its unit in brackets still maps", () => {
    expect(findColumn(generic, "本期(万元)")?.key).toBe("value");
    expect(findColumn(generic, "社会组织总数(万个)")).toBeUndefined();
  });

  test("withoutTrailingParenthetical takes off only a trailing bracket", () => {
    expect(withoutTrailingParenthetical("社会组织总数(万个)")).toBe("社会组织总数");
    expect(withoutTrailingParenthetical("(一)低保")).toBe("(一)低保");
    expect(withoutTrailingParenthetical("低保")).toBe("低保");
  });
});

describe("findIndicator", () => {
  const civil = getBuiltinSchema("civil-affairs")!;

  test("finds by name or alias in any numbering, form or bracket", () => {
    expect(findIndicator(civil, "(三)福利彩票销售额")?.name).toBe("福彩销售");
    expect(findIndicator(civil, "2.低保对象(户)")?.name).toBe("低保对象");
    expect(findIndicator(civil, "其中：基金會")?.name).toBe("基金会");
  });

  test("does not guess: a longer or different name is unknown", () => {
    expect(findIndicator(civil, "困境儿童帮扶需求")).toBeUndefined();
    expect(findIndicator(civil, "低保")).toBeUndefined();
    expect(findIndicator(civil, "")).toBeUndefined();
  });

  test("a schema without a catalogue knows no indicator", () => {
    expect(findIndicator(getBuiltinSchema("generic")!, "低保对象")).toBeUndefined();
  });
});

describe("findCategory", () => {
  const civil = getBuiltinSchema("civil-affairs")!;
  test.each([
    ["一、社会救助", "社会救助"],
    ["(二)养老服务工作", "养老服务"],
    ["未成年人保护", "儿童福利"],
    ["基层政权建设", "基层治理"],
    ["殯葬管理", "殡葬管理"],
  ])("%s → %s", (text, name) => {
    expect(findCategory(civil, text)?.name).toBe(name);
  });
  test("an indicator is not a category", () => {
    expect(findCategory(civil, "低保对象")).toBeUndefined();
  });
});

describe("schemaPeriod", () => {
  const base = { id: "p", name: { zh: "甲", en: "A" }, columns: [{ key: "i", role: "indicator", aliases: ["指标"] }, { key: "v", role: "value", aliases: ["本期"] }] };
  const period = (p: object) => {
    const r = parseSchema({ ...base, period: p });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return schemaPeriod(r.schema);
  };
  test("writes the label the reports use", () => {
    expect(period({ year: 2024, half: 1 })).toEqual({ year: 2024, half: 1, label: "2024年上半年" });
    expect(period({ year: 2023 })).toEqual({ year: 2023, label: "2023年" });
    expect(period({ year: 2024, quarter: 3 })?.label).toBe("2024年第三季度");
    expect(period({ year: 2024, month: 6 })?.label).toBe("2024年6月");
    expect(period({ year: 2024, half: 2, label: "2024年下半年度" })?.label).toBe("2024年下半年度");
  });
  test("no period, none", () => {
    expect(schemaPeriod(getBuiltinSchema("generic")!)).toBeUndefined();
  });
});
