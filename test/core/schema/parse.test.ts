import { parseSchema, type SchemaProblem } from "../../../src/core/schema";

/** A small valid schema file; each test breaks one thing in a copy. */
function valid(): Record<string, any> {
  return {
    $schema: "../schemas/jiaohe-schema.json",
    id: "test-form",
    name: { zh: "测试表", en: "Test form" },
    columns: [
      { key: "indicator", role: "indicator", aliases: ["指标名称"], required: true },
      { key: "unit", role: "unit", aliases: ["单位"] },
      { key: "value", role: "value", aliases: ["本期"], required: true },
      { key: "previous", role: "previous", aliases: ["上期"] },
    ],
    period: { year: 2024, half: 1 },
    categories: [{ name: "社会救助" }],
    indicators: [
      { name: "低保标准", kind: "standard", dimension: "money-per-period", unit: "元/月", category: "社会救助", min: 300, max: 3000 },
      { name: "低保对象", aliases: ["城乡低保对象"], kind: "count", dimension: "persons", unit: "人", integer: true },
      { name: "城市低保对象", kind: "count", dimension: "persons", unit: "人" },
      { name: "农村低保对象", kind: "count", dimension: "persons", unit: "人" },
    ],
    sums: [{ total: "低保对象", parts: ["城市低保对象", "农村低保对象"] }],
  };
}

function problems(json: unknown, locale?: "zh-CN" | "en-US"): SchemaProblem[] {
  const r = parseSchema(json, { locale });
  if (r.ok) throw new Error("expected the schema to be refused");
  return r.problems;
}
const lines = (ps: SchemaProblem[]) => ps.map((p) => `${p.path}: ${p.message}`);
const at = (ps: SchemaProblem[], path: string) => ps.filter((p) => p.path === path);

describe("parseSchema accepts a valid file", () => {
  test("defaults are applied and nothing is invented", () => {
    const r = parseSchema(valid());
    if (!r.ok) throw new Error(lines(r.problems).join("\n"));
    expect(r.schema.tolerances).toEqual({
      growthFloor: 0.1,
      completionFloor: 0.1,
      growthHigh: 100,
      growthLow: -50,
      scaleFactors: [1e4, 1e8],
      scaleBand: 3,
      sumFloor: 0,
    });
    expect(r.schema.allowNotApplicable).toBe(false);
    expect(r.schema.indicators[0].aliases).toEqual([]);
    expect(r.schema.indicators[1].integer).toBe(true);
    expect(r.schema.indicators[2].integer).toBe(false);
    expect(r.schema.sums[0].relation).toBe("equal");
    expect(r.schema.columns[1].required).toBe(false);
  });

  test("partial tolerances keep the other defaults", () => {
    const r = parseSchema({ ...valid(), tolerances: { growthHigh: 300 } });
    expect(r.ok && r.schema.tolerances.growthHigh).toBe(300);
    expect(r.ok && r.schema.tolerances.growthLow).toBe(-50);
  });

  test("a schema of columns only needs no catalogue", () => {
    const { indicators: _i, sums: _s, categories: _c, ...rest } = valid();
    const r = parseSchema(rest);
    expect(r.ok && r.schema.indicators).toEqual([]);
  });
});

describe("parseSchema refuses a broken file with every problem by JSON path", () => {
  test("not an object at all", () => {
    expect(lines(problems([]))).toEqual([": 应为对象,实为数组"]);
    expect(problems("x")[0].code).toBe("wrongType");
  });

  test("missing required fields, one problem each", () => {
    const ps = problems({ id: "x" });
    expect(at(ps, "name")[0].code).toBe("missing");
    expect(at(ps, "columns")[0].message).toBe("缺少必填项");
  });

  test("wrong types name what was expected and what was found", () => {
    const s = valid();
    s.indicators[1].integer = "yes";
    s.indicators[0].min = "300";
    const ps = problems(s);
    expect(at(ps, "indicators[1].integer")[0].message).toBe("应为布尔值(true/false),实为文本");
    expect(at(ps, "indicators[0].min")[0].message).toBe("应为数字,实为文本");
  });

  test("an unknown enum value lists the allowed ones", () => {
    const s = valid();
    s.indicators[2].kind = "ratio";
    s.columns[3].role = "last-year";
    const ps = problems(s);
    expect(at(ps, "indicators[2].kind")[0].message).toMatch(/^取值无效,应为以下之一:"amount", "count", "rate", "share", "standard", "completion"$/);
    expect(at(ps, "columns[3].role")[0].code).toBe("notOneOf");
  });

  test("unknown fields (typos) are reported at their own path", () => {
    const s = valid();
    s.indicators[0].catgory = "社会救助";
    s.colums = [];
    const ps = problems(s);
    expect(lines(at(ps, "indicators[0].catgory"))).toEqual(['indicators[0].catgory: 未知字段 "catgory"']);
    expect(at(ps, "colums")[0].code).toBe("unknownField");
  });

  test("empty names, empty alias lists and bad identifiers", () => {
    const s = valid();
    s.id = "Civil Affairs";
    s.name.zh = "  ";
    s.columns[0].aliases = [];
    s.columns[1].key = "单位";
    const ps = problems(s);
    expect(at(ps, "id")[0].message).toBe('标识 "Civil Affairs" 只能由小写字母、数字和“-”组成');
    expect(at(ps, "name.zh")[0].message).toBe("不能为空");
    expect(at(ps, "columns[0].aliases")[0].message).toBe("至少需要 1 项");
    expect(at(ps, "columns[1].key")[0].code).toBe("badIdentifier");
  });

  test("numbers out of their range", () => {
    const s = valid();
    s.period = { year: 2024, half: 3, month: 13 };
    s.tolerances = { growthFloor: -1, growthLow: 10, scaleBand: 1 };
    const ps = problems(s);
    expect(at(ps, "period.half")[0].message).toBe("取值无效,应为以下之一:1, 2");
    expect(at(ps, "period.month")[0].message).toBe("不能大于 12");
    expect(at(ps, "tolerances.growthFloor")[0].message).toBe("不能小于 0");
    expect(at(ps, "tolerances.growthLow")[0].message).toBe("不能大于 0");
    expect(at(ps, "tolerances.scaleBand")[0].message).toBe("必须大于 1");
  });

  test("a year must be a whole number, a list of scale factors must not be empty", () => {
    const s = valid();
    s.period = { year: 2024.5 };
    s.tolerances = { scaleFactors: [] };
    expect(lines(problems(s))).toEqual(["period.year: 应为整数,实为数字", "tolerances.scaleFactors: 至少需要 1 项"]);
  });

  test("a period may name only one of half, quarter and month", () => {
    const s = valid();
    s.period = { year: 2024, half: 1, quarter: 2 };
    expect(lines(problems(s))).toEqual(["period.quarter: 半年、季度和月份只能填写一项"]);
  });

  test("min above max, for values and for growth limits", () => {
    const s = valid();
    s.indicators[0].min = 5000;
    s.indicators[1].growth = { min: 20, max: -20 };
    const ps = problems(s);
    expect(at(ps, "indicators[0].min")[0].message).toBe("最小值 5000 大于最大值 3000");
    expect(at(ps, "indicators[1].growth.min")[0].code).toBe("minAboveMax");
  });

  test("a share cannot allow more than 100%", () => {
    const s = valid();
    s.indicators.push({ name: "火化率", kind: "share", dimension: "rate", unit: "%", max: 120 });
    expect(lines(problems(s))).toEqual(["indicators[4].max: 占比类指标的最大值不能超过 100%,填写为 120"]);
  });

  test("the kind and the dimension must fit", () => {
    const s = valid();
    s.indicators[1].dimension = "money";
    s.indicators[2].dimension = "money";
    s.indicators[3].dimension = "money";
    expect(lines(problems(s))).toEqual([
      "indicators[1].dimension: 类型 count 的指标不能以金额计量(应为:人数、户数、个数)",
      'indicators[1].unit: 单位 "人" 计量的是人数,与量纲“金额”不符',
      "indicators[2].dimension: 类型 count 的指标不能以金额计量(应为:人数、户数、个数)",
      'indicators[2].unit: 单位 "人" 计量的是人数,与量纲“金额”不符',
      "indicators[3].dimension: 类型 count 的指标不能以金额计量(应为:人数、户数、个数)",
      'indicators[3].unit: 单位 "人" 计量的是人数,与量纲“金额”不符',
    ]);
  });

  test("units must be known to the quantity engine: indicators[3].unit: 未知单位 \"万圆\"", () => {
    const s = valid();
    s.indicators[3].unit = "万圆";
    s.indicators[1].units = ["万人", "吨吨"];
    expect(lines(problems(s))).toEqual(['indicators[1].units[1]: 未知单位 "吨吨"', 'indicators[3].unit: 未知单位 "万圆"']);
  });

  test("the usual unit measures the declared dimension; other units may add a dimension the kind allows", () => {
    const s = valid();
    s.indicators[1].units = ["户", "万人"]; // 低保对象 in households too: fine for a count
    expect(parseSchema(s).ok).toBe(true);
    s.indicators[1].units = ["元"];
    s.indicators[2].unit = "户";
    s.indicators[0].unit = "万元";
    expect(lines(problems(s))).toEqual([
      'indicators[0].unit: 单位 "万元" 计量的是金额,与量纲“每期金额”不符',
      'indicators[1].units[0]: 单位 "元" 计量的是金额,与量纲“人数”不符',
      'indicators[2].unit: 单位 "户" 计量的是户数,与量纲“人数”不符',
    ]);
  });

  test("narrative templates may use only the known placeholders, with balanced braces", () => {
    const s = valid();
    s.indicators[0].narrative = "{name}提高至{value},增长{growht}。";
    s.indicators[1].narrative = "{name}共{value";
    s.indicators[2].narrative = "{name}{value},同比{growth},上年{previous},目标{target},完成{completion}";
    const ps = problems(s);
    expect(lines(ps)).toEqual([
      "indicators[0].narrative: 未知占位符 {growht},可用:{name} {value} {growth} {previous} {target} {completion}",
      "indicators[1].narrative: 花括号不成对",
    ]);
  });

  test("duplicate indicator names and aliases, after normalisation", () => {
    const s = valid();
    s.indicators[2].aliases = ["（一）城乡低保对象"];
    s.indicators[3].name = "低保标准 ";
    const ps = problems(s);
    expect(lines(ps)).toContain('indicators[2].aliases[0]: 指标 "（一）城乡低保对象" 与 indicators[1].aliases[0] 重复');
    expect(at(ps, "indicators[3].name")[0].code).toBe("duplicateIndicator");
  });

  test("categories: listed ones only, no duplicates", () => {
    const s = valid();
    s.indicators[1].category = "养老服务";
    s.categories.push({ name: "社会救助" });
    const ps = problems(s);
    expect(lines(at(ps, "indicators[1].category"))).toEqual(['indicators[1].category: 未列出的类别 "养老服务"(已列出:社会救助、社会救助)']);
    expect(at(ps, "categories[1].name")[0].code).toBe("duplicateCategory");
  });

  test("declared sums refer to catalogue indicators, not to themselves, each part once, one dimension", () => {
    const s = valid();
    s.sums.push(
      { total: "低保户", parts: ["城市低保对象"] },
      { total: "低保对象", parts: ["低保对象", "城市低保对象", "城市低保对象", "低保标准"] },
    );
    const ps = problems(s);
    expect(lines(ps)).toEqual([
      'sums[1].total: 目录中没有指标 "低保户"',
      'sums[2].parts[0]: 合计 "低保对象" 不能是自己的分项',
      'sums[2].parts[2]: 分项 "城市低保对象" 重复',
      "sums[2].parts[3]: 分项 \"低保标准\" 的量纲(每期金额)与合计的量纲(人数)不同,不能相加",
    ]);
  });

  test("a sum part given by an alias is found", () => {
    const s = valid();
    s.sums = [{ total: "城乡低保对象", parts: ["城市低保对象", "农村低保对象"] }];
    expect(parseSchema(s).ok).toBe(true);
  });

  test("columns: unique keys, one column per role, unambiguous aliases, indicator and value present", () => {
    const s = valid();
    s.columns.push({ key: "value", role: "growth", aliases: ["本 期"] }, { key: "prior", role: "previous", aliases: ["去年同期"] });
    const ps = problems(s);
    expect(lines(ps)).toEqual([
      'columns[4].key: 列标识 "value" 与 columns[2] 重复',
      'columns[4].aliases[0]: 表头别名 "本 期" 已用于 columns[2].aliases[0],无法确定对应哪一列',
      "columns[5].role: 列角色 previous 已由 columns[3] 使用,每种角色只能有一列",
    ]);
    const t = valid();
    t.columns = t.columns.filter((c: { role: string }) => c.role !== "value");
    expect(lines(problems(t))).toEqual(["columns: 缺少角色为 value 的列"]);
  });

  test("every problem of a file broken in many places is listed, in document order", () => {
    const s = valid();
    s.id = "";
    s.columns[2].aliases = "本期";
    s.indicators[0].kind = "money";
    s.indicators[1].max = -1;
    s.indicators[1].min = 0;
    s.indicators[3].narrative = "{x}";
    s.sums[0].parts.push("残疾人");
    const ps = problems(s);
    expect(ps.map((p) => p.path)).toEqual([
      "id",
      "columns[2].aliases",
      "indicators[0].kind",
      "indicators[1].min",
      "indicators[3].narrative",
      "sums[0].parts[2]",
    ]);
  });

  test("messages in English on request, same paths and codes", () => {
    const s = valid();
    s.indicators[0].catgory = "x";
    s.indicators[0].dimension = "persons";
    const zh = problems(s);
    const en = problems(s, "en-US");
    expect(en.map((p) => [p.path, p.code])).toEqual(zh.map((p) => [p.path, p.code]));
    expect(lines(en)).toEqual([
      'indicators[0].catgory: unknown field "catgory"',
      "indicators[0].dimension: an indicator of kind standard cannot be measured in persons (expected: money per period, money)",
      'indicators[0].unit: unit "元/月" measures money per period, not persons',
    ]);
  });

  test("keys that are not identifiers are quoted in the path", () => {
    const s = valid();
    s["weird key"] = 1;
    expect(lines(problems(s))).toEqual(['["weird key"]: 未知字段 "weird key"']);
  });
});
