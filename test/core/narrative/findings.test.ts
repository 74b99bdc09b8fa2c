import type { Finding } from "../../../src/core/findings/types";
import { narrate, renderNarrative } from "../../../src/core/narrative";
import { getBuiltinSchema, parseSchema } from "../../../src/core/schema";
import { tableOf, type RowSpec } from "./table";

const generic = getBuiltinSchema("generic")!;

const rows: RowSpec[] = [
  { category: "社会救助", indicator: "低保资金支出", unit: "万元", value: 6664.1, previous: 5962.3, growth: 11.8 },
  { category: "社会救助", indicator: "临时救助", unit: "人次", value: "", previous: 391 },
  { category: "社会救助", indicator: "重度残疾人护理补贴对象", unit: "名", value: 14.3 },
  { category: "社会救助", indicator: "县级社会救助联合体", unit: "家", value: 10 },
];
const findings: Finding[] = [
  { code: "empty-value", severity: "error", cell: "D3", row: 3, indicator: "临时救助", message: "本期数为空" },
  { code: "non-integer-count", severity: "warning", cell: "D4", row: 4, indicator: "重度残疾人护理补贴对象", value: "14.3", message: "人数含小数" },
];

describe("findings-aware", () => {
  test("a row with an error is a visible marker in place, saying why; omitted lists it", () => {
    const n = narrate(tableOf(rows), findings, generic);
    expect(n.paragraphs[0].text).toBe(
      "低保资金支出6664.1万元,同比增长11.8%。【待核实:临时救助人次缺失】【待核实:重度残疾人护理补贴对象含小数】共有县级社会救助联合体10家。",
    );
    expect(n.omitted).toEqual([
      { row: 3, indicator: "临时救助", reason: "人次缺失", marked: true },
      { row: 4, indicator: "重度残疾人护理补贴对象", reason: "含小数", marked: true },
    ]);
  });

  test('onError: "omit" leaves it out of the text but still lists it', () => {
    const n = narrate(tableOf(rows), findings, generic, { onError: "omit" });
    expect(n.paragraphs[0].text).not.toContain("临时救助");
    expect(n.paragraphs[0].text).not.toContain("【");
    expect(n.omitted).toEqual([
      { row: 3, indicator: "临时救助", reason: "人次缺失", marked: false },
      { row: 4, indicator: "重度残疾人护理补贴对象", reason: "含小数", marked: false },
    ]);
  });

  test("a warning that doubts the figure as written (14.3名: a 万 dropped) keeps it out until explained", () => {
    const text = narrate(tableOf(rows), findings, generic).paragraphs[0].text;
    expect(text).not.toContain("14.3名");
    // Once a reviewer records why the figure is right, it is a fact like any other.
    const explained = findings.map((f) => (f.severity === "warning" ? { ...f, explanation: "已核实" } : f));
    expect(narrate(tableOf(rows), explained, generic).paragraphs[0].text).toContain("共有重度残疾人护理补贴对象14.3名");
  });

  test("a warning that asks for a reason (a steep growth) is narrated; markWarnings adds a note after it", () => {
    const steep: RowSpec[] = [{ category: "殡葬管理", indicator: "减免群众丧葬费用", unit: "万元", value: 2700, previous: 900, growth: 200 }];
    const warned: Finding[] = [{ code: "growth-implausible", severity: "warning", cell: "F2", row: 2, indicator: "减免群众丧葬费用", message: "…" }];
    expect(narrate(tableOf(steep), warned, generic).paragraphs[0].text).toBe("减免群众丧葬费用2700万元,同比增长2倍。");
    const marked = narrate(tableOf(steep), warned, generic, { markWarnings: true }).paragraphs[0].text;
    expect(marked).toMatch(/^减免群众丧葬费用2700万元,同比增长2倍【请留意:[^】]+】。$/);
    // In English the note stands one space after its clause.
    const english = narrate(tableOf(steep), warned, generic, { markWarnings: true, locale: "en-US" }).paragraphs[0].text;
    expect(english).toMatch(/year on year \[Note: [^\]]+\]\.$/);
    // An explained warning is verified: no note.
    const explained = warned.map((f) => ({ ...f, explanation: "政策扩面" }));
    expect(narrate(tableOf(steep), explained, generic, { markWarnings: true }).paragraphs[0].text).not.toContain("请留意");
  });

  test("the reason names what is wrong: previous year's error value, growth mismatch, unit, sum", () => {
    const t = tableOf([
      { indicator: "老年助餐服务设施", unit: "个", value: 1094, previous: "#N/A" },
      { indicator: "结婚登记", unit: "对", value: 2651, previous: 2480, growth: -6.9 },
      { indicator: "低保资金", unit: "万人", value: 12 },
      { indicator: "社会组织总数", unit: "个", value: 1280 },
    ]);
    const f: Finding[] = [
      { code: "cell-error", severity: "error", cell: "E2", row: 2, message: "#N/A" },
      { code: "growth-mismatch", severity: "error", cell: "F3", row: 3, message: "…" },
      { code: "unit-mismatch", severity: "error", cell: "C4", row: 4, message: "…" },
      { code: "sum-mismatch", severity: "error", cell: "D5", row: 5, message: "…" },
    ];
    const reasons = narrate(t, f, generic).omitted.map((o) => `${o.indicator}${o.reason}`);
    expect(reasons).toEqual(["老年助餐服务设施上年数为错误值", "结婚登记与增幅不符", "低保资金单位有误", "社会组织总数与分项合计不符"]);
  });

  test("info findings and findings without a row do not hold a row back", () => {
    const f: Finding[] = [
      { code: "unknown-indicator", severity: "info", cell: "B2", row: 2, message: "…" },
      { code: "missing-column", severity: "error", message: "…" },
    ];
    const n = narrate(tableOf([{ indicator: "县级社会救助联合体", unit: "家", value: 10 }]), f, generic);
    expect(n.paragraphs[0].text).toBe("共有县级社会救助联合体10家。");
    expect(n.omitted).toEqual([]);
  });

  test("a value that cannot be read is never stated, even without a finding", () => {
    const n = narrate(
      tableOf([
        { indicator: "筹集民生保障资金", unit: "亿元", value: "亿元" },
        { indicator: "免除基本殡葬服务费", unit: "万元", value: "x" },
        { indicator: "护理型床位占比", unit: "%", value: 118 },
      ]),
      [],
      generic,
    );
    expect(n.paragraphs[0].text).toBe(
      "【待核实:筹集民生保障资金只有单位没有数字】【待核实:免除基本殡葬服务费不是数字】【待核实:护理型床位占比超出0—100%】",
    );
  });

  test("the same indicator twice in one category is said once; a second, different figure is marked", () => {
    const same = narrate(
      tableOf([
        { category: "慈善事业", indicator: "慈善组织数量", unit: "家", value: 112, previous: 82, growth: 36.6 },
        { category: "慈善事业", indicator: "慈善组织数量", unit: "家", value: 112, previous: 82, growth: 36.6 },
      ]),
      [],
      generic,
    );
    expect(same.paragraphs[0].text.match(/慈善组织数量/g)).toHaveLength(1);
    expect(same.omitted).toEqual([{ row: 3, indicator: "慈善组织数量", reason: "重复填报(见第2行)", marked: false }]);
    const differs = narrate(
      tableOf([
        { category: "慈善事业", indicator: "慈善组织数量", unit: "家", value: 112 },
        { category: "慈善事业", indicator: "慈善组织数量", unit: "家", value: 120 },
      ]),
      [],
      generic,
    );
    expect(differs.paragraphs[0].text).toBe("共有慈善组织112家。【待核实:慈善组织数量与第2行数据不一致】");
  });
});

describe("outline and parts", () => {
  test("one paragraph per category, in the table's order, with (一)(二) headings", () => {
    const n = narrate(
      tableOf([
        { category: "社会救助", indicator: "低保标准", unit: "元/月", value: 1100 },
        { category: "慈善事业", indicator: "慈善募捐款物", unit: "亿元", value: 4.48 },
        { category: "社会救助", indicator: "县级社会救助联合体", unit: "家", value: 10 },
        { indicator: "孤儿助学", unit: "人", value: 4 },
      ]),
      [],
      generic,
    );
    expect(n.paragraphs.map((p) => p.heading)).toEqual(["(一)社会救助。", "(二)慈善事业。", "(三)其他工作。"]);
    expect(n.paragraphs[0].text).toBe("低保标准为1100元/月,共有县级社会救助联合体10家。");
  });

  test("a table without categories is one paragraph without a heading", () => {
    const n = narrate(tableOf([{ indicator: "孤儿助学", unit: "人", value: 4 }]), [], generic);
    expect(n.paragraphs).toHaveLength(1);
    expect(n.paragraphs[0].heading).toBe("");
  });

  test("the same 其中 label under two totals (其中:男 | 女) is no repeated indicator", () => {
    const rows: RowSpec[] = [
      { indicator: "城乡低保对象", unit: "人", value: 8204 },
      { indicator: "其中:男", unit: "人", value: 4490, parentRow: 2, partKind: "of-which" },
      { indicator: "女", unit: "人", value: 3714, parentRow: 2, partKind: "of-which" },
      { indicator: "特困供养对象", unit: "人", value: 1781 },
      { indicator: "其中:男", unit: "人", value: 1032, parentRow: 5, partKind: "of-which" },
      { indicator: "女", unit: "人", value: 749, parentRow: 5, partKind: "of-which" },
    ];
    const n = narrate(tableOf(rows), [], generic);
    expect(n.paragraphs[0].text).toBe("共有城乡低保对象8204人,其中男4490人、女3714人;共有特困供养对象1781人,其中男1032人、女749人。");
    expect(n.omitted).toEqual([]);
  });

  test("其中 parts follow their stated total; when the total does not add up the parts are as much in doubt, and are not stated", () => {
    const parts: RowSpec[] = [
      { category: "社会组织", indicator: "社会组织总数", unit: "个", value: 1285 },
      { category: "社会组织", indicator: "其中:社会团体", unit: "个", value: 600, parentRow: 2, partKind: "of-which" },
      { category: "社会组织", indicator: "其中:基金会", unit: "个", value: 25, parentRow: 2, partKind: "of-which" },
    ];
    expect(narrate(tableOf(parts), [], generic).paragraphs[0].text).toBe("共有社会组织1285个,其中社会团体600个、基金会25个。");
    const doubt: Finding[] = [{ code: "sum-mismatch", severity: "error", cell: "D2", row: 2, message: "…" }];
    const marked = narrate(tableOf(parts), doubt, generic);
    expect(marked.paragraphs[0].text).toBe("【待核实:社会组织总数与分项合计不符】");
    expect(marked.omitted.map((o) => [o.row, o.reason, o.marked])).toEqual([
      [2, "与分项合计不符", true],
      [3, "所属合计与分项合计不符", false],
      [4, "所属合计与分项合计不符", false],
    ]);
    // Left out with --omit-errors, each is still listed with its reason.
    const omitted = narrate(tableOf(parts), doubt, generic, { onError: "omit" });
    expect(omitted.paragraphs).toEqual([]);
    expect(omitted.omitted.map((o) => o.row)).toEqual([2, 3, 4]);
  });
});

describe("templates from the schema", () => {
  const schemaWith = (narrative: string) => {
    const r = parseSchema({
      id: "t",
      name: { zh: "测试", en: "Test" },
      columns: generic.columns,
      indicators: [{ name: "低保标准", kind: "standard", dimension: "money-per-period", unit: "元/月", narrative }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.schema;
  };

  test("a per-indicator template overrides the kind's pattern, figures keep their cells", () => {
    const n = narrate(tableOf([{ indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050, growth: 4.8 }]), [], schemaWith("全市{name}统一提高至{value},{growth}"));
    expect(n.paragraphs[0].text).toBe("全市低保标准统一提高至1100元/月,同比增长4.8%。");
    expect(n.paragraphs[0].figures.map((f) => [f.text, f.cell])).toEqual([
      ["1100元/月", "D2"],
      ["4.8%", "F2"],
    ]);
  });

  test("a placeholder with nothing to fill is dropped with its comma; inside a clause, the kind's pattern is used", () => {
    const n = narrate(tableOf([{ indicator: "低保标准", unit: "元/月", value: 1100 }]), [], schemaWith("{name}由{previous}提高至{value},{growth}"));
    expect(n.paragraphs[0].text).toBe("低保标准为1100元/月。");
    const n1 = narrate(
      tableOf([{ indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050 }]),
      [],
      schemaWith("{name}由{previous}提高至{value},{growth}"),
    );
    expect(n1.paragraphs[0].text).toBe("低保标准由1050元/月提高至1100元/月,同比增长4.8%。");
    const n2 = narrate(tableOf([{ indicator: "低保标准", unit: "元/月", value: 1100 }]), [], schemaWith("全市{name}为{value},{growth},{target}"));
    expect(n2.paragraphs[0].text).toBe("全市低保标准为1100元/月。");
  });

  test("a row in error is marked even when it has a template", () => {
    const f: Finding[] = [{ code: "growth-mismatch", severity: "error", cell: "F2", row: 2, message: "…" }];
    const n = narrate(tableOf([{ indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050, growth: 4.8 }]), f, schemaWith("{name}提高至{value}"));
    expect(n.paragraphs[0].text).toBe("【待核实:低保标准与增幅不符】");
  });
});

describe("provenance and rendering", () => {
  test("every figure's offset and length point at its text in the paragraph", () => {
    const n = narrate(tableOf(rows), findings, generic, { markWarnings: true });
    for (const p of n.paragraphs) {
      expect(p.figures.length).toBeGreaterThan(0);
      for (const f of p.figures) expect(p.text.slice(f.offset, f.offset + f.length)).toBe(f.text);
    }
    expect(n.paragraphs[0].figures.map((f) => `${f.cell}:${f.text}`)).toEqual(["D2:6664.1万元", "F2:11.8%", "D5:10家"]);
  });

  test("text and markdown carry the headings, the paragraphs and what was left out", () => {
    const n = narrate(tableOf(rows), findings, generic);
    // The text for the report has only the paragraphs; the list of what was left out is asked for.
    expect(renderNarrative(n, "text")).toBe(`(一)社会救助。${n.paragraphs[0].text}\n`);
    const text = renderNarrative(n, "text", { omitted: true });
    expect(text.split("\n")[0]).toBe(`(一)社会救助。${n.paragraphs[0].text}`);
    expect(text).toContain("第3行 临时救助:人次缺失");
    const md = renderNarrative(n, "markdown", { omitted: true });
    expect(md.startsWith("**(一)社会救助。**低保资金支出")).toBe(true);
    expect(md).toContain("- 第3行 临时救助:人次缺失");
  });

  test("the same table gives the same text", () => {
    expect(narrate(tableOf(rows), findings, generic)).toEqual(narrate(tableOf(rows), findings, generic));
  });
});

describe("rows that are not statements", () => {
  test("a bare 合计 row and a row without a name are listed, not narrated", () => {
    const n = narrate(
      tableOf([
        { indicator: "城市低保对象", unit: "人", value: 2100 },
        { indicator: "农村低保对象", unit: "人", value: 6104 },
        { indicator: "合 计", unit: "人", value: 8204 },
        { indicator: "", unit: "家", value: 10 },
      ]),
      [],
      generic,
    );
    expect(n.paragraphs[0].text).toBe("共有城市低保对象2100人、农村低保对象6104人。");
    expect(n.omitted.map((o) => [o.row, o.reason])).toEqual([
      [4, "合计行,不单独成句"],
      [5, "没有指标名称"],
    ]);
  });
});

describe("parts and merging", () => {
  test("a total with its 其中 parts is never merged away with a neighbour", () => {
    const text = narrate(
      tableOf([
        { indicator: "筹集公益金", unit: "亿元", value: 1.45, growth: 30 },
        { indicator: "销售福利彩票", unit: "亿元", value: 4.7, growth: 18 },
        { indicator: "其中:即开型彩票", unit: "亿元", value: 1.2, parentRow: 3, partKind: "of-which" },
        { indicator: "新增养老机构", unit: "家", value: 3 },
        { indicator: "新增养老床位", unit: "张", value: 500 },
        { indicator: "其中:护理型床位", unit: "张", value: 300, parentRow: 6, partKind: "of-which" },
      ]),
      [],
      generic,
    ).paragraphs[0].text;
    expect(text).toContain("销售福利彩票4.7亿元,同比增长18%,其中即开型彩票1.2亿元");
    expect(text).toContain("新增养老床位500张,其中护理型床位300张");
    expect(text).toContain("1.2亿元");
    expect(text).toContain("300张");
  });
});
