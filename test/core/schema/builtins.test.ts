import {
  BUILTIN_SCHEMAS,
  BUILTIN_SOURCES,
  findIndicator,
  getBuiltinSchema,
  indicatorAcceptsUnit,
  indicatorDimensions,
  parseSchema,
  normalizeIndicator,
} from "../../../src/core/schema";
import { lookupUnit } from "../../../src/core/quantity";

describe("built-in schemas are valid by the same rules as a file", () => {
  test.each(BUILTIN_SOURCES.map((s) => [s.id, s] as const))("%s passes parseSchema with no problem", (_id, source) => {
    // JSON round trip: the built-in must be expressible as a schema file, not only as TS data.
    const r = parseSchema(JSON.parse(JSON.stringify(source)));
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect(r.schema).toEqual(BUILTIN_SCHEMAS.find((b) => b.id === source.id));
  });

  test("getBuiltinSchema finds both by id and nothing else", () => {
    expect(getBuiltinSchema("generic")?.indicators).toEqual([]);
    expect(getBuiltinSchema("civil-affairs")?.name.zh).toBe("民政事业指标");
    expect(getBuiltinSchema("civil")).toBeUndefined();
  });
});

describe("the civil-affairs catalogue", () => {
  const schema = getBuiltinSchema("civil-affairs")!;

  test("has at least 60 indicators across the eleven areas of 民政 work", () => {
    expect(schema.indicators.length).toBeGreaterThanOrEqual(60);
    const areas = ["社会救助", "养老服务", "儿童福利", "残疾人福利", "慈善事业", "福利彩票", "社会组织", "基层治理", "区划地名", "婚姻登记", "殡葬管理"];
    expect(schema.categories.map((c) => c.name)).toEqual(areas);
    for (const area of areas) expect(schema.indicators.filter((i) => i.category === area).length).toBeGreaterThanOrEqual(3);
  });

  test("every indicator has an English name, and every kind is used", () => {
    expect(schema.indicators.filter((i) => !i.en).map((i) => i.name)).toEqual([]);
    expect(new Set(schema.indicators.map((i) => i.kind))).toEqual(new Set(["amount", "count", "share", "standard", "completion"]));
  });

  test("knows the indicators of the seed reports with the units they are written in", () => {
    const cases: [string, string, string, string][] = [
      // [as written in a submission, catalogue name, kind, unit]
      ["低保标准", "低保标准", "standard", "元/月"],
      ["特困基本生活平均标准", "特困人员基本生活标准", "standard", "元/月"],
      ["（一）城乡低保对象", "低保对象", "count", "人"],
      ["临时救助", "临时救助", "count", "人次"],
      ["残疾人两项补贴发放对象", "残疾人两项补贴", "count", "人"],
      ["养老机构", "养老机构", "count", "家"],
      ["护理型床位占比(%)", "护理型床位占比", "share", "%"],
      ["慈善组织数量", "慈善组织数量", "count", "家"],
      ["慈善募捐款物", "慈善募捐款物", "amount", "万元"],
      ["福利彩票销售", "福彩销售", "amount", "亿元"],
      ["筹集福彩公益金", "筹集公益金", "amount", "亿元"],
      ["社会组织总数", "社会组织总数", "count", "个"],
      ["其中:社会团体", "社会团体", "count", "个"],
      ["结婚登记", "结婚登记", "count", "对"],
      ["离婚登记", "离婚登记", "count", "对"],
      ["火化率", "火化率", "share", "%"],
      ["实名注册志愿者人数", "注册志愿者", "count", "人"],
      ["机构供养孤儿养育标准", "集中养育孤儿基本生活标准", "standard", "元/月"],
      ["养老服务人才培训完成率", "养老服务人才培训完成率", "completion", "%"],
      ["居家养老服务覆盖率", "居家养老服务覆盖率", "share", "%"],
      // The place before the name says whose, not what.
      ["全市低保标准", "低保标准", "standard", "元/月"],
      ["全区火化率", "火化率", "share", "%"],
    ];
    for (const [written, name, kind, unit] of cases) {
      const hit = findIndicator(schema, written);
      expect([written, hit?.name, hit?.kind, hit?.unit]).toEqual([written, name, kind, unit]);
    }
  });

  test("agrees with the figures of the two fixture submissions: units accepted, values in range, except the planted 118% coverage", () => {
    // [indicator, unit column, value] as the department submissions (test fixtures) write them.
    const rows: [string, string, number][] = [
      ["低保标准", "元/月", 1100],
      ["特困基本生活平均标准", "元/月", 1706],
      ["残疾人两项补贴发放对象", "万人", 8.9],
      ["县级社会救助联合体", "家", 10],
      ["慈善组织数量", "家", 112],
      ["慈善募捐款物", "亿元", 4.48],
      ["慈善信托备案资金总量", "万元", 1099.52],
      ["福彩销售", "亿元", 10.02],
      ["筹集公益金", "亿元", 2.87],
      ["省级社区服务综合体", "个", 27],
      ["动员社会力量捐款捐物", "万元", 3244.76],
      ["养老服务人才培训完成率", "%", 158.5],
      ["清理僵尸型社会组织", "家", 146],
      ["结婚登记", "对", 2651],
      ["减免群众丧葬费用", "万元", 2700],
      ["老年助餐服务设施", "个", 1094],
      ["低保资金支出", "万元", 6664.1],
      ["社会组织总数", "个", 1280],
      ["其中:民办非企业单位", "个", 660],
      ["志愿者参与疫情防控", "万人次", 3],
      ["新增农村低保对象", "户", 211],
      ["新增农村低保对象人数", "人", 485],
      ["临时救助", "人次", 1960],
      ["临时救助发放资金", "万元", 238],
      ["孤儿助学", "人", 4],
      ["留守老人上门服务", "人次", 8000],
      ["社会散居孤儿养育标准", "元/月", 1380],
      ["机构供养孤儿养育标准", "元/月", 2208],
      ["居家养老服务覆盖率", "%", 118],
    ];
    const outside: string[] = [];
    for (const [name, unit, value] of rows) {
      const spec = findIndicator(schema, name);
      expect([name, spec !== undefined]).toEqual([name, true]);
      expect([name, unit, indicatorAcceptsUnit(spec!, unit)]).toEqual([name, unit, true]);
      const inSpecUnit = (value * lookupUnit(unit)!.factor) / lookupUnit(spec!.unit)!.factor;
      if ((spec!.min !== undefined && inSpecUnit < spec!.min) || (spec!.max !== undefined && inSpecUnit > spec!.max)) outside.push(name);
    }
    expect(outside).toEqual(["居家养老服务覆盖率"]);
  });

  test("refuses units that cannot measure an indicator", () => {
    expect(indicatorAcceptsUnit(findIndicator(schema, "低保对象")!, "户")).toBe(true);
    expect(indicatorAcceptsUnit(findIndicator(schema, "低保对象")!, "万元")).toBe(false);
    expect(indicatorAcceptsUnit(findIndicator(schema, "慈善募捐款物")!, "人")).toBe(false);
    expect(indicatorAcceptsUnit(findIndicator(schema, "低保标准")!, "元/人·月")).toBe(true);
    expect(indicatorAcceptsUnit(findIndicator(schema, "低保标准")!, "万圆")).toBe(false);
    expect(indicatorDimensions(findIndicator(schema, "低保对象")!)).toEqual(["persons", "households"]);
  });

  test("shares and coverage rates stop at 100%, completion rates may exceed it", () => {
    for (const i of schema.indicators.filter((x) => x.kind === "share")) expect([i.name, i.max]).toEqual([i.name, 100]);
    expect(findIndicator(schema, "养老服务人才培训完成率")!.max).toBeGreaterThan(100);
  });

  test("standards have a floor that a dropped digit or a 万 in the wrong place falls through", () => {
    for (const i of schema.indicators.filter((x) => x.kind === "standard")) {
      expect(i.min).toBeGreaterThanOrEqual(100);
      expect(i.growth).toBeDefined();
    }
  });

  test("declares 社会组织 = 社会团体 + 民办非企业单位 + 基金会", () => {
    const sum = schema.sums.find((s) => s.total === "社会组织总数");
    expect(sum).toEqual({ total: "社会组织总数", parts: ["社会团体", "民办非企业单位", "基金会"], relation: "equal" });
  });

  test("no two indicators share a name or alias once normalised", () => {
    const keys = schema.indicators.flatMap((i) => [i.name, ...i.aliases].map(normalizeIndicator));
    expect(keys.length).toBe(new Set(keys).size);
  });

  test("nothing is required, so a department's partial table is not flooded with missing-indicator", () => {
    expect(schema.indicators.filter((i) => i.required)).toEqual([]);
  });
});
