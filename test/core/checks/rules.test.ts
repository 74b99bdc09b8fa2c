import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema, parseSchema, type Schema } from "../../../src/core/schema";
import { grid, HEADER, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

/** A schema with a small catalogue, as a schema file would give it. */
function catalogue(): Schema {
  const r = parseSchema({
    id: "test-catalogue",
    name: { zh: "测试", en: "Test" },
    columns: generic.columns,
    indicators: [
      { name: "低保对象", kind: "count", dimension: "persons", unit: "人", units: ["万人", "户"], integer: true, min: 0, max: 3000000, required: true },
      { name: "低保标准", kind: "standard", dimension: "money-per-period", unit: "元/月", min: 200, max: 3000, growth: { min: -10, max: 30 } },
      { name: "养老床位", kind: "count", dimension: "count", unit: "张", min: 0, max: 200000 },
      { name: "护理型床位", kind: "count", dimension: "count", unit: "张" },
      { name: "慈善募捐款物", kind: "amount", dimension: "money", unit: "万元", units: ["亿元", "元"], min: 0, max: 5000000 },
      { name: "孤儿", kind: "count", dimension: "persons", unit: "人" },
    ],
    sums: [{ total: "养老床位", parts: ["护理型床位"], relation: "at-most" }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.schema;
}

function run(rows: CellInput[][], schema: Schema = generic, year?: number): Finding[] {
  return checkGrid(grid(rows), schema, { year }).findings;
}

/** `code@cell` of every finding with this code (sheet-level findings as `code@-`). */
function at(findings: Finding[], code: string): string[] {
  return findings.filter((f) => f.code === code).map((f) => `${code}@${f.cell ?? "-"}`);
}

// One clean row: 1100 vs 1050 is +4.76%, written 4.8.
const CLEAN: CellInput[] = ["社会救助", "低保标准", "元/月", 1100, 1050, 4.8, null];

describe("a clean table has no findings", () => {
  it("is clean under generic and a catalogue", () => {
    expect(run([HEADER, CLEAN])).toEqual([]);
    expect(run([HEADER, CLEAN, ["社会救助", "低保对象", "人", 8204, 8100, 1.3, null]], catalogue()).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("table structure", () => {
  it("missing-column: fires without a value column, not with one", () => {
    expect(at(run([["指标名称", "单位"], ["低保", "人"]]), "missing-column")).toEqual(["missing-column@-"]);
    expect(at(run([HEADER, CLEAN]), "missing-column")).toEqual([]);
  });

  it("duplicate-column: two value headers, but not 同比 beside 环比", () => {
    expect(at(run([["指标", "本期", "完成数"], ["a", 1, 1]]), "duplicate-column")).toEqual(["duplicate-column@C1"]);
    expect(at(run([["指标", "本期", "上年同期", "上月", "同比%", "环比%"], ["a", 110, 100, 100, 10, 10]]), "duplicate-column")).toEqual([]);
  });

  it("missing-indicator: a required catalogue indicator that no row gives", () => {
    const cat = catalogue();
    expect(run([HEADER, CLEAN], cat).filter((f) => f.code === "missing-indicator").map((f) => f.expected)).toEqual(["低保对象"]);
    expect(at(run([HEADER, CLEAN, ["社会救助", "(一)低保对象:", "人", 10, 10, 0, null]], cat), "missing-indicator")).toEqual([]);
  });

  it("duplicate-indicator: same name in one section on the later row, not across sections", () => {
    const f = run([HEADER, CLEAN, ["社会救助", "(一)低 保 标 准", "元/月", 1100, 1050, 4.8, null]]);
    expect(at(f, "duplicate-indicator")).toEqual(["duplicate-indicator@B3"]);
    expect(at(run([HEADER, CLEAN, ["城市", "低保标准", "元/月", 1100, 1050, 4.8, null]]), "duplicate-indicator")).toEqual([]);
  });

  it("duplicate-indicator: a 处室 column before the indicators makes each department a section; a 责任处室 column after the figures does not", () => {
    const byDepartment = (department: string | null): CellInput[][] => [
      ["处室", "序号", "指标", "单位", "本期", "上期", "同比(%)"],
      ["社会救助处", 1, "低保对象", "人", 1880, 1930, -2.6],
      [null, 2, "开展业务培训", "人次", 320, 280, 14.3],
      [department, 1, "养老机构", "家", 186, 179, 3.9],
      [null, 2, "开展业务培训", "人次", 560, 610, -8.2],
    ];
    expect(at(run(byDepartment("养老服务处")), "duplicate-indicator")).toEqual([]);
    expect(at(run(byDepartment(null)), "duplicate-indicator")).toEqual(["duplicate-indicator@C5"]);
    const answering = [
      ["指标", "单位", "本期", "上期", "同比(%)", "责任处室"],
      ["开展业务培训", "人次", 320, 280, 14.3, "社会救助处"],
      ["开展业务培训", "人次", 560, 610, -8.2, "养老服务处"],
    ];
    expect(at(run(answering), "duplicate-indicator")).toEqual(["duplicate-indicator@A3"]);
  });

  it("unknown-indicator: only with a catalogue, as info", () => {
    const f = run([HEADER, CLEAN, ["x", "善居工程完成户数", "户", 325, null, null, null]], catalogue());
    expect(f.filter((x) => x.code === "unknown-indicator").map((x) => [x.cell, x.severity])).toEqual([["B3", "info"]]);
    expect(at(run([HEADER, CLEAN, ["x", "善居工程完成户数", "户", 325, null, null, null]]), "unknown-indicator")).toEqual([]);
  });
});

describe("one cell", () => {
  it("empty-value: blank or a placeholder in the value column, not in sections, code rows or optional columns", () => {
    const f = run([HEADER, ["a", "临时救助", "人次", null, 391, null, null], ["a", "孤儿", "人", "—", 3, null, null], ["a", "特困", "人", "待填", 3, null, null]]);
    expect(at(f, "empty-value")).toEqual(["empty-value@D2", "empty-value@D3", "empty-value@D4"]);
    expect(at(run([HEADER, ["甲", "乙", "丙", 1, 2, 3, "丁"], [null, "一、综合", null, null, null, null, null], CLEAN, ["a", "县级联合体", "家", 10, null, null, null]]), "empty-value")).toEqual([]);
    const lenient = { ...generic, allowNotApplicable: true };
    expect(at(run([HEADER, ["a", "孤儿", "人", "—", 3, null, null]], lenient), "empty-value")).toEqual([]);
  });

  it("unit-without-number: a lone unit or scale in a value cell", () => {
    expect(at(run([HEADER, ["a", "筹集民生保障资金", "亿元", "亿元", null, null, null], ["a", "面积", "㎡", "㎡", null, null, null]]), "unit-without-number")).toEqual(["unit-without-number@D2", "unit-without-number@D3"]);
    expect(at(run([HEADER, ["a", "筹集民生保障资金", "亿元", "4.48亿元", null, null, null]]), "unit-without-number")).toEqual([]);
  });

  it("not-a-number: text that is no figure, but not placeholders or approximate figures", () => {
    expect(at(run([HEADER, ["a", "低保", "人", "见附件", null, null, null]]), "not-a-number")).toEqual(["not-a-number@D2"]);
    expect(at(run([HEADER, ["a", "低保", "人", "4500余", "约100", null, null], ["a", "孤儿", "人", "x", null, null, null]]), "not-a-number")).toEqual([]);
  });

  it("value-in-wrong-column: a figure in a spacer column with no header, beside the blank cell it belongs in", () => {
    const rows = (prev: CellInput, stray: CellInput): CellInput[][] => [
      ["指标", "单位", "本期", null, "上期", "同比增减(%)"],
      ["结婚登记", "对", 2651, null, 2480, 6.9],
      ["离婚登记", "对", 811, stray, prev, -10.2],
      ["补领结婚证", "对", 580, null, 512, 13.3],
    ];
    expect(at(run(rows(null, 903)), "value-in-wrong-column")).toEqual(["value-in-wrong-column@D3"]);
    expect(at(run(rows(903, null)), "value-in-wrong-column")).toEqual([]);
    // Its own cell filled: a note or a remark beside it, not a figure that lost its column.
    expect(at(run(rows(903, 12)), "value-in-wrong-column")).toEqual([]);
    // A column of figures throughout has lost its header, and is no slip of one row.
    const unnamed: CellInput[][] = [["指标", "单位", "本期", null, "上期"], ["甲", "人", 10, 4, 9], ["乙", "人", 20, 7, null]];
    expect(at(run(unnamed), "value-in-wrong-column")).toEqual([]);
  });

  it("value-in-wrong-column: a number in the unit column, the previous value in the growth column", () => {
    const f = run([HEADER, ["a", "低保标准", 1100, 1050, 4.8, null, null], ["a", "低保对象", "人", 8204, 8100, 8100, null], ["a", "结婚登记", "对", 10, 9, "5人", null]]);
    expect(at(f, "value-in-wrong-column")).toEqual(["value-in-wrong-column@C2", "value-in-wrong-column@F3", "value-in-wrong-column@F4"]);
    expect(at(f, "growth-mismatch")).toEqual([]);
    expect(at(run([HEADER, CLEAN, ["a", "低保对象", "人", 8204, 8100, 1.3, null]]), "value-in-wrong-column")).toEqual([]);
    // The previous figure typed one cell right: its cell blank, the growth of the value's own size.
    const shifted = run([HEADER, ["a", "临时救助", "人次", 426, null, 398, null]]);
    expect(at(shifted, "value-in-wrong-column")).toEqual(["value-in-wrong-column@F2"]);
    expect(at(shifted, "growth-implausible")).toEqual([]);
    expect(at(run([HEADER, ["a", "临时救助", "人次", 426, null, 12.5, null]]), "value-in-wrong-column")).toEqual([]);
  });

  it("not-a-number: targets and completions stated in words or with signs (全年完成, 已完成, ≥60%, >1000) are no damaged figures", () => {
    const rows = (unit: string, target: CellInput, done: CellInput, rate: CellInput): CellInput[][] => [["重点工作", "计量单位", "年度目标", "上半年完成", "完成率(%)"], ["救助流浪乞讨人员", unit, target, done, rate]];
    expect(run(rows("人次", "全年完成", 426, "—"))).toEqual([]);
    expect(run(rows("人次", "按计划推进", 426, "已完成"))).toEqual([]);
    expect(run(rows("%", "≥60%", 65, 108.3))).toEqual([]);
    expect(run(rows("张", ">1000", 1200, 120))).toEqual([]);
    // In the figure column a word is still no figure.
    expect(at(run(rows("人次", 400, "已完成", 106.5)), "not-a-number")).toEqual(["not-a-number@D2"]);
    // A letter typed for a digit: 8O% (80%), 1O5 (105) were read as 8 and 1.
    expect(at(run(rows("%", "8O%以上", 85, 106.3)), "not-a-number")).toEqual(["not-a-number@C2"]);
    expect(at(run(rows("户", 100, "1O5户", 105)), "not-a-number")).toEqual(["not-a-number@D2"]);
    expect(at(run(rows("户", 100, "105户", 105)), "not-a-number")).toEqual([]);
  });

  it("not-a-number: letters typed into a figure; a date is fine in a row named for a date; 不适用 is a placeholder", () => {
    const f = run([["指标", "单位", "本期", "上年同期"], ["监测对象", "人", "1x4", 120], ["统计截止日期", null, "2024-06-30", "2023-06-30"], ["殡仪馆改造", "个", "不适用", null], ["救助站", "个", "见附件", null]]);
    expect(at(f, "not-a-number")).toEqual(["not-a-number@C2", "not-a-number@C5"]);
    expect(at(f, "empty-value")).toEqual(["empty-value@C4"]);
  });

  it("value-in-wrong-column: the previous figure shifted into the growth column, or the whole row shifted right", () => {
    const f = run([HEADER, ["a", "低保资金", "万元", 6664.1, null, 6120.5, null], ["a", "临时救助", "人次", null, 391, 436, null], ["a", "低保对象", "人", 8204, null, 12.5, null], ["a", "新增床位", "张", null, 40, 150, null]]);
    expect(at(f, "value-in-wrong-column")).toEqual(["value-in-wrong-column@F2", "value-in-wrong-column@F3"]);
  });

  it("value-in-wrong-column: the target or the value repeated in the completion column, a count there with no target", () => {
    const head = ["指标", "单位", "上半年完成", "全年目标", "完成进度(%)"];
    const f = run([head, ["散葬坟墓治理", "座", 6613, 8000, 8000], ["救助站", "个", 1200, null, 1200], ["公墓", "座", 6613, null, 8000], ["农村幸福院", "处", 763, 800, 95.4], ["新建公墓", "个", 100, 100, 100], ["养老床位", "张", 150, null, 150]]);
    expect(at(f, "value-in-wrong-column")).toEqual(["value-in-wrong-column@E2", "value-in-wrong-column@E3", "value-in-wrong-column@E4", "value-in-wrong-column@E7"]);
    expect(at(f, "completion-mismatch")).toEqual([]);
  });

  it("cell-error: Excel error values anywhere in the table", () => {
    expect(at(run([HEADER, ["a", "助餐", "个", 1094, { value: null, text: "#N/A", error: "#N/A" }, null, null]]), "cell-error")).toEqual(["cell-error@E2"]);
    expect(at(run([HEADER, CLEAN]), "cell-error")).toEqual([]);
  });

  it("formula-without-result: a formula with no cached value is reported, never guessed", () => {
    expect(at(run([HEADER, ["a", "助餐", "个", { value: null, text: "", formulaWithoutResult: true }, 1000, null, null]]), "formula-without-result")).toEqual(["formula-without-result@D2"]);
    expect(at(run([HEADER, CLEAN]), "formula-without-result")).toEqual([]);
  });

  it("unit-mismatch: persons for money, a cell unit disagreeing with the unit column", () => {
    expect(at(run([HEADER, ["a", "慈善募捐款物", "人", 100, null, null, null]], catalogue()), "unit-mismatch")).toEqual(["unit-mismatch@C2"]);
    expect(at(run([HEADER, ["a", "救助资金", "万元", "300人", null, null, null]]), "unit-mismatch")).toEqual(["unit-mismatch@D2"]);
    expect(at(run([HEADER, ["a", "救助资金", "人", 300, null, null, null]]), "unit-mismatch")).toEqual(["unit-mismatch@C2"]);
    expect(at(run([HEADER, ["a", "人均救助资金", "元/人", 300, null, null, null]]), "unit-mismatch")).toEqual([]);
    // Two measures beside a unit column: the column naming its own unit (金额(万元)) is in it; the
    // unit column is the other measure's. A 合计 naming no unit may hold — where the units differ.
    const two = (total: CellInput): CellInput[][] => [
      ["项目", "计量单位", "本期 / 数量", "本期 / 金额(万元)"],
      ["城乡低保", "万人", 18.8, 61280.5],
      ["临时救助", "人次", 7201, 1864.3],
      ["合计", null, total, 63144.8],
    ];
    expect(run(two("—")).filter((f) => f.severity !== "info")).toEqual([]);
    expect(at(run(two(null)), "empty-value")).toEqual(["empty-value@C4"]);
    // A fund is also counted (社区慈善基金 12支, 冠名基金 8个), while 公益金 in 人 is still wrong.
    expect(at(run([HEADER, ["a", "社区慈善基金", "支", 12, null, null, null], ["a", "企业捐赠专项冠名基金", "个", 8, null, null, null]]), "unit-mismatch")).toEqual([]);
    expect(at(run([HEADER, ["a", "筹集公益金", "人", 1.45, null, null, null]]), "unit-mismatch")).toEqual(["unit-mismatch@C2"]);
    // …金 is money too (公益金, 救助金), said in words a clerk reads; 基金会 is an organisation
    const fund = run([HEADER, ["a", "筹集公益金", "人", 14500, null, null, null], ["a", "基金会", "个", 25, null, null, null]]);
    expect(at(fund, "unit-mismatch")).toEqual(["unit-mismatch@C2"]);
    expect(fund[0].message).toBe("“筹集公益金”不能用“人”计量,应为金额单位(元、万元、亿元)");
    expect(at(run([HEADER, ["a", "慈善募捐款物", "万元", "4.48亿元", null, null, null], ["a", "低保对象", "户", 300, null, null, null]], catalogue()), "unit-mismatch")).toEqual([]);
  });

  it("sum-mismatch: a wide table's 合计 row adds up in every indicator column", () => {
    // (share and per-head columns are not added up: 覆盖率 2.8, 月人均补助 691)
    const rows = (c: number): CellInput[][] => [["地区", "低保户数", "低保人数", "低保资金(万元)", "覆盖率(%)", "月人均补助(元)"], ["湾里街道", 820, 1190, 967.5, 2.5, 680], ["官陡街道", 1105, 1604, 1302.6, 3.1, 700], ["合计", 1925, c, 2270.1, 2.8, 691]];
    expect(at(run(rows(2894)), "sum-mismatch")).toEqual(["sum-mismatch@C4"]);
    expect(at(run(rows(2794)), "sum-mismatch")).toEqual([]);
  });

  it("duplicate-indicator: each category's 小计 is no repeated indicator", () => {
    const rows: CellInput[][] = [["项目", "单位", "2024年上半年"], ["低保资金", "万元", 100], ["小计", "万元", 100], ["高龄津贴", "万元", 30], ["小计", "万元", 30], ["高龄津贴", "万元", 30]];
    expect(at(run(rows), "duplicate-indicator")).toEqual(["duplicate-indicator@A6"]);
  });

  it("unit-mismatch: a programme's name in money is its funds (a sibling entry, or no entry), never its recipients", () => {
    const civil = getBuiltinSchema("civil-affairs");
    const rows: CellInput[][] = [
      HEADER,
      ["a", "残疾人两项补贴", "万元", 988.796, null, null, null], // → 残疾人两项补贴资金
      ["a", "高龄津贴", "万元", 1085.36, null, null, null], // no money entry: not the recipients' entry
      ["a", "高龄津贴", "人", 5200, null, null, null],
      ["a", "临时救助", "万元", 238, null, null, null], // → 临时救助资金
    ];
    const found = run(rows, civil);
    expect(at(found, "unit-mismatch")).toEqual([]);
    expect(at(found, "unknown-indicator")).toEqual([]);
    // a name that is people stays people, and a name that says 资金 stays money
    expect(at(run([HEADER, ["a", "低保对象", "万元", 1085.36, null, null, null], ["a", "残疾人两项补贴资金", "人", 988, null, null, null]], civil), "unit-mismatch")).toEqual(["unit-mismatch@C2", "unit-mismatch@C3"]);
  });

  it("scale-suspect: 10⁴ off the previous value or the catalogue range", () => {
    expect(at(run([HEADER, ["a", "救助资金", "万元", 52000000, 5100, null, null]]), "scale-suspect")).toEqual(["scale-suspect@D2"]);
    expect(at(run([HEADER, ["a", "低保标准", "元/月", 11000000, null, null, null]], catalogue()), "scale-suspect")).toEqual(["scale-suspect@D2"]);
    expect(at(run([HEADER, ["a", "救助资金", "万元", 5200, 5100, 2, null], ["a", "覆盖率", "%", 118, null, null, null]], catalogue()), "scale-suspect")).toEqual([]);
  });

  it("checks every figure column of a wide table against its header's unit", () => {
    const f = run([["地区", "社会组织总数(万个)", "低保对象(人)", "覆盖率(%)"], ["甲区", 1.2, 5200.5, 99], ["乙区", 0.8, 4100, 101]]);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["non-integer-count@C2", "percent-out-of-range@D3"]);
  });

  it("non-integer-count: a fraction of persons in a base unit, not in 万人", () => {
    expect(at(run([HEADER, ["a", "重度残疾人护理补贴对象", "名", 14.3, null, null, null]]), "non-integer-count")).toEqual(["non-integer-count@D2"]);
    expect(at(run([HEADER, ["a", "残疾人两项补贴对象", "万人", 8.9, null, null, null], ["a", "户均人数", "人", 2.5, null, null, null]]), "non-integer-count")).toEqual([]);
  });

  it("negative-value: a negative count, not a negative change", () => {
    expect(at(run([HEADER, ["a", "养老床位", "张", -5, 100, null, null]]), "negative-value")).toEqual(["negative-value@D2"]);
    expect(at(run([HEADER, ["a", "床位净增加", "张", -5, 100, null, null], ["a", "户籍人口增长率", "%", -0.5, null, null, null]]), "negative-value")).toEqual([]);
  });

  it("percent-out-of-range: a coverage above 100%, but not a completion rate above 100%", () => {
    expect(at(run([HEADER, ["a", "居家养老服务覆盖率", "%", 118, null, null, null]]), "percent-out-of-range")).toEqual(["percent-out-of-range@D2"]);
    expect(at(run([HEADER, ["a", "养老服务人才培训完成率", "%", 158.5, null, null, null], ["a", "覆盖率", "%", 99.5, null, null, null]]), "percent-out-of-range")).toEqual([]);
  });

  it("percent-out-of-range: a share by name with no unit anywhere (no unit column, a 单位:个、% line) is a percentage", () => {
    const rows = (rate: number): CellInput[][] => [["指标", "本期", "上期"], ["社会组织年检率", rate, 96.2], ["社会组织总数", 1260, 1200]];
    expect(at(run(rows(107.5)), "percent-out-of-range")).toEqual(["percent-out-of-range@B2"]);
    expect(at(run(rows(97.5)), "percent-out-of-range")).toEqual([]);
    expect(at(run([["单位:个、%"], ...rows(107.5)]), "percent-out-of-range")).toEqual(["percent-out-of-range@B3"]);
    // A count above 100 is no share; a rate in a unit of its own (‰, 人) is not read as one.
    expect(at(run([["指标", "单位", "本期"], ["社会组织总数", "", 1260], ["千人拥有床位率", "张", 150]]), "percent-out-of-range")).toEqual([]);
  });

  it("out-of-range: beyond the catalogue's minimum or maximum", () => {
    expect(at(run([HEADER, ["a", "低保标准", "元/月", 150, null, null, null]], catalogue()), "out-of-range")).toEqual(["out-of-range@D2"]);
    expect(at(run([HEADER, ["a", "低保对象", "万人", 8.9, null, null, null]], catalogue()), "out-of-range")).toEqual([]);
  });
});

describe("between cells", () => {
  it("growth-mismatch: the sign flipped, on the growth cell, with the expected growth", () => {
    const f = run([HEADER, ["婚姻", "结婚登记", "对", 2651, 2480, -6.9, null]]);
    expect(f.filter((x) => x.code === "growth-mismatch").map((x) => [x.cell, x.expected, x.value, x.message])).toEqual([["F2", "6.9", "-6.9", "同比增长应为6.9%,填报为-6.9%"]]);
  });

  it("growth-mismatch: tolerates the rounding of the growth and of its inputs", () => {
    // 5.6 / 4.1 = +36.59%; but 5.55..5.65 over 4.05..4.15 allows 33.7%..39.5%.
    expect(at(run([HEADER, ["a", "服务惠及困难群众", "万人次", 5.6, 4.1, 36.6, null], ["a", "b", "万人次", 5.6, 4.1, 39, null]]), "growth-mismatch")).toEqual([]);
    expect(at(run([HEADER, ["a", "服务惠及困难群众", "万人次", 5.6, 4.1, 42, null]]), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
    // Exact inputs, one decimal: 1099.52 / 570.4 = 92.76% → 92.8 fits, 92.6 does not.
    expect(at(run([HEADER, ["a", "备案资金", "万元", 1099.52, 570.4, 92.8, null]]), "growth-mismatch")).toEqual([]);
    expect(at(run([HEADER, ["a", "备案资金", "万元", 1099.52, 570.4, 92.6, null]]), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
  });

  it("growth-mismatch: growth written in words, and in percentage points for rates", () => {
    expect(at(run([HEADER, ["a", "结婚登记", "对", 2480, 2651, "下降6.4%", null], ["a", "离婚登记", "对", 900, 900, "持平", null]]), "growth-mismatch")).toEqual([]);
    expect(at(run([HEADER, ["a", "结婚登记", "对", 2480, 2651, "增长6.4%", null]]), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
    expect(at(run([HEADER, ["a", "养老机构入住率", "%", 60.5, 58.4, "2.1个百分点", null]]), "growth-mismatch")).toEqual([]);
    expect(at(run([HEADER, ["a", "养老机构入住率", "%", 60.5, 58.4, "下降2.1个百分点", null]]), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
    // two rates' change written as a bare number in the (%) column: points are accepted too
    expect(at(run([HEADER, ["a", "节地生态安葬率", "%", 60, 55, 5.0, null], ["a", "火化率", "%", 98.5, 97.2, 1.3, null]]), "growth-mismatch")).toEqual([]);
    expect(at(run([HEADER, ["a", "节地生态安葬率", "%", 60, 55, 15.0, null]]), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
    // counts are not rates: their growth is relative only
    expect(at(run([HEADER, ["a", "结婚登记", "对", 60, 55, 5.0, null]]), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
  });

  it("a table-wide unit above the header (单位:万元) applies to figure columns", () => {
    const rows: CellInput[][] = [["某区民政局2024年上半年资金情况", null, "单位:万元"], ["指标名称", "本期", "上年同期"], ["救助资金", 5200, 5100], ["慈善资金", 52000000, 5100]];
    const f = checkGrid(grid(rows), generic).findings;
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["scale-suspect@B4"]);
    expect(checkGrid(grid(rows), generic).table.columns[1].headerUnit).toBe("万元");
  });

  it("a scale word repeated from the unit column counts once: 3.5万 in a 万人 column", () => {
    expect(run([HEADER, ["a", "低保对象", "万人", "3.5万", 3.4, 2.9, null]])).toEqual([]);
  });

  it("growth-mismatch: works in English too, language-neutral expected", () => {
    const f = checkGrid(grid([HEADER, ["a", "慈善募捐款物", "亿元", 4.48, 3.14, 60, null]]), generic, { locale: "en-US" }).findings;
    expect(f.find((x) => x.code === "growth-mismatch")).toMatchObject({ expected: "42.7", message: "year-on-year growth should be 42.7%, stated 60%" });
  });

  it("growth-implausible: above +100% on the stated growth, or on the value when none is stated", () => {
    expect(at(run([HEADER, ["a", "减免丧葬费用", "万元", 2700, 900, 200, null]]), "growth-implausible")).toEqual(["growth-implausible@F2"]);
    expect(at(run([["指标", "单位", "本期", "上期"], ["减免丧葬费用", "万元", 2700, 900]]), "growth-implausible")).toEqual(["growth-implausible@C2"]);
    expect(at(run([HEADER, ["a", "慈善募捐款物", "亿元", 4.48, 2.8, 60, null]]), "growth-implausible")).toEqual([]);
    // The catalogue's own limits: a standard rising 40% is implausible, 4.8% is not.
    expect(at(run([HEADER, ["a", "低保标准", "元/月", 1470, 1050, 40, null], CLEAN.map((v, i) => (i === 1 ? "(一)低保标准" : i === 0 ? "b" : v))], catalogue()), "growth-implausible")).toEqual(["growth-implausible@F2"]);
  });

  it("completion-mismatch: on the completion cell; over-fulfilment is fine", () => {
    const rows = (c: number): CellInput[][] => [["序号", "工作任务", "计量单位", "上半年完成", "全年目标", "完成进度(%)"], [1, "临时救助", "人次", 1960, 3000, c]];
    expect(at(run(rows(75.3)), "completion-mismatch")).toEqual(["completion-mismatch@F2"]);
    expect(at(run(rows(65.3)), "completion-mismatch")).toEqual([]);
    expect(at(run([["工作任务", "上半年完成", "全年目标", "完成率"], ["安装空调", 330, 289, 114.2]]), "completion-mismatch")).toEqual([]);
    // the ratio written as a fraction: still wrong as written, and said so with the percent it means
    const fraction = run(rows(0.653)).find((x) => x.code === "completion-mismatch");
    expect(fraction).toMatchObject({ cell: "F2", expected: "65.3", message: "完成率填的是小数 0.653,应写作 65.3%" });
    expect(run(rows(75.3)).find((x) => x.code === "completion-mismatch")?.message).toBe("完成率应为65.3%,填报为75.3%");
  });

  it("sum-mismatch: numbered parts must add up, 其中 parts must not exceed, declared sums hold", () => {
    const tree = (a: number): CellInput[][] => [
      ["指标名称", "单位", "本期"],
      ["(一)社会组织总数", "个", 1407],
      ["1.社会团体", "个", 600],
      ["2.民办非企业单位", "个", 780],
      ["3.基金会", "个", a],
    ];
    expect(at(run(tree(37)), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
    expect(at(run(tree(27)), "sum-mismatch")).toEqual([]);
    const ofWhich = (x: number): CellInput[][] => [["指标名称", "单位", "本期"], ["社会组织总数", "个", 1280], ["其中:社会团体", "个", 600], ["#基金会", "个", x]];
    expect(at(run(ofWhich(700)), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
    expect(at(run(ofWhich(25)), "sum-mismatch")).toEqual([]);
    const listed = (x: number): CellInput[][] => [["指标名称", "单位", "本期"], ["甲街道", "人", 120], ["乙街道", "人", 80], ["合 计", "人", x]];
    expect(at(run(listed(210)), "sum-mismatch")).toEqual(["sum-mismatch@C4"]);
    expect(at(run(listed(200)), "sum-mismatch")).toEqual([]);
    const declared = (x: number): CellInput[][] => [["指标名称", "单位", "本期"], ["养老床位", "张", 1000], ["护理型床位", "张", x]];
    expect(at(run(declared(1200), catalogue()), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
    expect(at(run(declared(600), catalogue()), "sum-mismatch")).toEqual([]);
  });

  it("sum-mismatch: 其中 on the first of serials 1, 2, 3 labels the list; the serials make them one breakdown", () => {
    const marriage = (x: number): CellInput[][] => [
      ["序号", "指标", "计量单位", "本期"],
      ["一", "婚姻登记总办件", "件", 4145],
      [1, "其中:结婚登记", "对", 2651],
      [2, "离婚登记", "对", 811],
      [3, "补领结婚证", "对", 580],
      [4, "补领离婚证", "对", x],
    ];
    expect(at(run(marriage(103)), "sum-mismatch")).toEqual([]);
    expect(at(run(marriage(100)), "sum-mismatch")).toEqual(["sum-mismatch@D2"]);
  });

  it("sum-mismatch: a 合计 under sections adds up every section, and a 总计 adds up the 小计 rows", () => {
    // 合计 at the foot of a table in sections 一、二、: all four items, not the last section's two.
    const sections = (x: number): CellInput[][] => [
      ["序号", "指标名称", "单位", "本期"],
      ["一", "社会救助", null, null],
      [1, "低保对象", "人", 1200],
      [2, "特困人员", "人", 300],
      ["二", "养老服务", null, null],
      [1, "养老机构入住老人", "人", 800],
      [2, "居家养老服务对象", "人", 500],
      [null, "合计", "人", x],
    ];
    expect(at(run(sections(2800)), "sum-mismatch")).toEqual([]);
    expect(at(run(sections(2900)), "sum-mismatch")).toEqual(["sum-mismatch@D8"]);
    // 小计 per section, then 总计: the 小计 rows are its parts; each 小计 its section's rows.
    const subtotals = (x: number, y: number): CellInput[][] => [
      ["指标名称", "单位", "本期"],
      ["社会救助", null, null],
      ["低保对象", "人", 1200],
      ["特困人员", "人", 300],
      ["小计", "人", y],
      ["养老服务", null, null],
      ["养老机构入住老人", "人", 800],
      ["居家养老服务对象", "人", 500],
      ["小计", "人", 1300],
      ["总计", "人", x],
    ];
    expect(at(run(subtotals(2800, 1500)), "sum-mismatch")).toEqual([]);
    expect(at(run(subtotals(2900, 1500)), "sum-mismatch")).toEqual(["sum-mismatch@C10"]);
    // A wrong 小计 is reported once: the 总计 that adds it up would only repeat it.
    expect(at(run(subtotals(2800, 1400)), "sum-mismatch")).toEqual(["sum-mismatch@C5"]);
    // A 合计 closing each section is that section's total.
    const closing = (x: number): CellInput[][] => [
      ["指标名称", "单位", "本期"],
      ["一、社会救助", null, null],
      ["低保对象", "人", 1200],
      ["特困人员", "人", 300],
      ["合计", "人", 1500],
      ["二、养老服务", null, null],
      ["养老机构入住老人", "人", 800],
      ["居家养老服务对象", "人", 500],
      ["合计", "人", x],
    ];
    expect(at(run(closing(1300)), "sum-mismatch")).toEqual([]);
    expect(at(run(closing(1400)), "sum-mismatch")).toEqual(["sum-mismatch@C9"]);
  });

  it("growth-mismatch: an absolute 增减 beside 增减幅度(%) must be value − previous; the % stays the row's growth", () => {
    const table = (change: number, pct: number): CellInput[][] => [
      ["指标名称", "单位", "本年", "上年", "增减", "增减幅度(%)"],
      ["临时救助", "人次", 3053, 2876, change, pct],
      ["慈善募捐款物", "亿元", 4.48, 2.8, 1.68, 60],
    ];
    expect(run(table(177, 6.2))).toEqual([]);
    const wrong = run(table(117, 6.2));
    expect(at(wrong, "growth-mismatch")).toEqual(["growth-mismatch@E2"]);
    expect(wrong[0]).toMatchObject({ expected: "177", value: "117" });
    expect(at(run(table(177, 8.2)), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
    // The model: the % column is the growth every reader takes first; the change is listed after.
    const { table: model } = checkGrid(grid(table(177, 6.2)), generic);
    expect(model.columns.filter((c) => c.role === "growth").map((c) => [c.header, c.change])).toEqual([
      ["增减幅度(%)", undefined],
      ["增减", "absolute"],
    ]);
    expect(model.rows[0].cells.growth?.raw.value).toBe(6.2);
  });

  it("growth-mismatch: 同比增减(百分点) beside 同比增长(%) holds the rates' change in points, and is no duplicate column", () => {
    const table = (points: number, count: number): CellInput[][] => [
      ["指标名称", "计量单位", "2024年上半年", "2023年上半年", "同比增长(%)", "同比增减(百分点)"],
      ["临时救助", "人次", 7201, 6634, count, null],
      ["节地生态安葬率", "%", 60, 55.4, null, points],
    ];
    expect(run(table(4.6, 8.5))).toEqual([]);
    // 8.3 is the relative change put in the points column; −2.5 a sign slip.
    expect(at(run(table(8.3, 8.5)), "growth-mismatch")).toEqual(["growth-mismatch@F3"]);
    expect(at(run(table(-4.6, 8.5)), "growth-mismatch")).toEqual(["growth-mismatch@F3"]);
    expect(at(run(table(4.6, 5.8)), "growth-mismatch")).toEqual(["growth-mismatch@E2"]);
  });

  it("growth-mismatch: a header naming the change as a quantity (增减额, 增减量) is read as value − previous", () => {
    const table = (change: number): CellInput[][] => [
      ["指标名称", "单位", "本期", "上年同期", "增减额", "同比(%)"],
      ["基本救助支出", "万元", 31700, 29800, change, 6.4],
    ];
    expect(run(table(1900))).toEqual([]);
    expect(at(run(table(1090)), "growth-mismatch")).toEqual(["growth-mismatch@E2"]);
  });

  it("sum-mismatch and scale-suspect: 一季度 | 二季度 beside 上半年合计 are its parts", () => {
    const table = (q1: number, q2: number, half: number): CellInput[][] => [
      ["序号", "指标", "单位", "一季度", "二季度", "上半年合计", "上年同期", "同比%"],
      [1, "临时救助", "人次", 820, 1140, 1960, 1712, 14.5],
      [2, "留守老人上门服务", "人次", 3650, 4420, half, 7530, 7.2],
      [3, "临时救助资金", "万元", 96.5, q2, 238, 205.3, 15.9],
      [4, "新增农村特困供养对象", "人", q1, 22, 39, 45, -13.3],
    ];
    expect(run(table(17, 141.5, 8070))).toEqual([]);
    expect(at(run(table(17, 141.5, 8700)), "sum-mismatch")).toEqual(["sum-mismatch@F3"]);
    // A 万 added to a quarter: on the quarter's cell, and the row's sum is not reported again.
    const scaled = run(table(17, 1415000, 8070));
    expect(at(scaled, "scale-suspect")).toEqual(["scale-suspect@E4"]);
    expect(at(scaled, "sum-mismatch")).toEqual([]);
    expect(at(run(table(-17, 141.5, 8070)), "negative-value")).toEqual(["negative-value@D5"]);
    // The model: 上半年合计 stays the value every reader takes first.
    const { table: model } = checkGrid(grid(table(17, 141.5, 8070)), generic);
    expect(model.columns.filter((c) => c.role === "value").map((c) => [c.header, c.quarter])).toEqual([
      ["上半年合计", undefined],
      ["一季度", 1],
      ["二季度", 2],
    ]);
  });

  it("sum-mismatch: the previous and target columns add up too, and a total named for what it adds (项目投资合计)", () => {
    // 上期's 合计 is 2,500 + 1,300 = 3,800; its growth follows from the wrong total and is not reported again.
    const previous = (total: number, part: number, growth: number): CellInput[][] => [
      ["指标名称", "单位", "本期", "上期", "同比%"],
      ["低保资金", "万元", 2800, part, 12],
      ["特困资金", "万元", 1400, 1300, 7.7],
      ["合计", "万元", 4200, total, growth],
    ];
    expect(at(run(previous(3800, 2500, 10.5)), "sum-mismatch")).toEqual([]);
    const wrongTotal = run(previous(3600, 2500, 10.5));
    expect(at(wrongTotal, "sum-mismatch")).toEqual(["sum-mismatch@D4"]);
    expect(at(wrongTotal, "growth-mismatch")).toEqual([]);
    // A part's previous figure off (2,300 for 2,500): its own growth says so; the total is not blamed.
    const wrongPart = run(previous(3800, 2300, 10.5));
    expect(at(wrongPart, "growth-mismatch")).toEqual(["growth-mismatch@E2"]);
    expect(at(wrongPart, "sum-mismatch")).toEqual([]);
    // 年度目标 of a section's 项目投资合计 (the other section counts households: not added in).
    const targets = (total: number): CellInput[][] => [
      ["序号", "工作任务", "单位", "年度目标", "上半年完成", "完成率(%)"],
      ["一", "民生保障任务", null, null, null, null],
      [1, "新增农村低保对象", "户", 400, 211, 52.8],
      [2, "临时救助", "人次", 3500, 1960, 56],
      ["二", "重点项目投资", null, null, null, null],
      [1, "民政事业园一期", "万元", 6000, 2150, 35.8],
      [2, "市殡仪服务中心综合楼", "万元", 500, 180, 36],
      [3, "龙湾殡仪馆改扩建", "万元", 1600, 0, 0],
      [null, "项目投资合计", "万元", total, 2330, 27.4],
    ];
    expect(at(run(targets(8100)), "sum-mismatch")).toEqual([]);
    const wrongTarget = run(targets(8500));
    expect(at(wrongTarget, "sum-mismatch")).toEqual(["sum-mismatch@D9"]);
    expect(at(wrongTarget, "completion-mismatch")).toEqual([]);
  });

  it("sum-mismatch: a 其中 pair that splits its total (男 | 女, 城市 | 农村) must add up to it; other 其中 lists only stay within it", () => {
    const pair = (women: number, a = "其中:男", b = "女"): CellInput[][] => [
      ["指标", "单位", "本期"],
      ["孤儿", "人", 500],
      [a, "人", 250],
      [b, "人", women],
    ];
    expect(at(run(pair(250)), "sum-mismatch")).toEqual([]);
    expect(at(run(pair(240)), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
    expect(at(run(pair(240, "其中:城市孤儿", "农村孤儿")), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
    // 公办 | 民办 leave out 公建民营; a list of one part, or two that are not a split, may fall short.
    expect(at(run(pair(240, "其中:公办", "民办")), "sum-mismatch")).toEqual([]);
    expect(at(run(pair(240, "其中:散居", "  机构养育")), "sum-mismatch")).toEqual([]);
    expect(at(run(pair(260, "其中:散居", "  机构养育")), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
  });

  it("sum-mismatch: a 其中 list continued by bare or indented lines (其中:男 | 女), and two such lists under one total", () => {
    const continued = (women: number): CellInput[][] => [
      ["指标", "单位", "本期"],
      ["城乡低保对象", "人", 8204],
      ["其中:男", "人", 4490],
      ["      女", "人", women],
      ["特困供养对象", "人", 1781],
      ["其中:男", "人", 1032],
      ["女", "人", 749],
    ];
    // 女 is a part of its total, not an indicator repeated from the first list.
    expect(run(continued(3714))).toEqual([]);
    expect(at(run(continued(3814)), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
    // A form that indents every name alike: the next indicator after a 其中 line is no part of it.
    const alike = run([["指标", "单位", "本期"], ["  城乡低保对象", "人", 8204], ["  其中:城市", "人", 3000], ["  特困供养对象", "人", 5300]]);
    expect(at(alike, "sum-mismatch")).toEqual([]);
    // 集中 | 分散, then 男 | 女: each list adds up to the total by itself.
    const twoCuts = (x: number): CellInput[][] => [["指标", "单位", "本期"], ["特困供养对象", "人", 1781], ["其中:集中供养", "人", 500], ["分散供养", "人", 1281], ["其中:男", "人", x], ["女", "人", 749]];
    expect(run(twoCuts(1032))).toEqual([]);
    expect(at(run(twoCuts(1132)), "sum-mismatch")).toEqual(["sum-mismatch@C2"]);
  });

  it("sum-mismatch: a table by place — 全市 above or below its 县, 合计 as well; whole counts add up exactly", () => {
    const above = (x: number): CellInput[][] => [["县(市、区)", "低保户数(户)", "低保人数(人)"], ["全市", x, 28], ["甲县", 10, 20], ["乙县", 5, 8]];
    expect(run(above(15))).toEqual([]);
    // One household off: counted figures carry no rounding.
    expect(at(run(above(16)), "sum-mismatch")).toEqual(["sum-mismatch@B2"]);
    const below = (x: number): CellInput[][] => [["地区", "低保户数(户)", "低保人数(人)"], ["甲县", 10, 20], ["乙县", 5, 8], ["全市合计", x, 28]];
    expect(run(below(15))).toEqual([]);
    expect(at(run(below(16)), "sum-mismatch")).toEqual(["sum-mismatch@B4"]);
    // 全市 first and 合计 last: neither counts the other as a part.
    expect(run([["地区", "低保户数(户)"], ["全市", 15], ["甲县", 10], ["乙县", 5], ["合计", 15]])).toEqual([]);
  });

  it("scale-suspect: in a table by place, a figure about 10⁴ times its column's median (a 万 dropped or added)", () => {
    const rows = (x: number): CellInput[][] => [
      ["县(市、区)", "低保户数(户)", "基本救助支出(万元)"],
      ["吴兴区", 3120, 6420.5],
      ["南浔区", 2870, 5810.3],
      ["德清县", 2450, 5230.8],
      ["长兴县", 3390, 7150.6],
      ["安吉县", 2610, x],
    ];
    expect(run(rows(5488.9))).toEqual([]);
    expect(at(run(rows(54889000)), "scale-suspect")).toEqual(["scale-suspect@C6"]);
    // Ten times the others is a big place, not a slip.
    expect(run(rows(54889))).toEqual([]);
  });

  it("sum-mismatch: 类别 城市 | 农村 | 合计 over the same indicator", () => {
    const rows = (x: number): CellInput[][] => [["类别", "指标", "单位", "本期"], ["城市", "低保户数", "户", 1320], ["农村", "低保户数", "户", 4327], ["合计", "低保户数", "户", x], ["城市", "低保人数", "人", 2100], ["农村", "低保人数", "人", 7400], ["合计", "低保人数", "人", 9500]];
    expect(run(rows(5647))).toEqual([]);
    expect(at(run(rows(5674)), "sum-mismatch")).toEqual(["sum-mismatch@D4"]);
  });

  it("增减 beside 增减幅度(%): the percent is the growth checked, the number beside it no duplicate column", () => {
    const rows = (pct: number): CellInput[][] => [["指标", "单位", "本期", "上年同期", "增减", "增减幅度(%)"], ["临时救助", "人次", 7201, 6850, 351, pct]];
    expect(run(rows(5.1))).toEqual([]);
    expect(at(run(rows(15.1)), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
  });

  it("a monthly report's 同比 compares the year so far with last year's (not this month's figure)", () => {
    const rows = (g: number): CellInput[][] => [["指标名称", "单位", "本月", "本年累计", "上年同期累计", "同比增长(%)"], ["临时救助", "人次", 35, 320, 300, g]];
    expect(run(rows(6.7))).toEqual([]);
    expect(at(run(rows(9.9)), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
  });

  it("two tables stacked under the same header: no finding on the second header, each 合计 adds up its own table", () => {
    const stacked = (x: number): CellInput[][] => [
      ["指标名称", "单位", "2024年", "2023年", "同比增长(%)"],
      ["低保对象", "人", 1200, 1100, 9.1],
      ["特困人员", "人", 300, 290, 3.4],
      ["合计", "人", 1500, 1390, 7.9],
      [null, null, null, null, null],
      ["指标名称", "单位", "2024年", "2023年", "同比增长(%)"],
      ["养老机构入住老人", "人", 800, 760, 5.3],
      ["居家养老服务对象", "人", 500, 480, 4.2],
      ["合计", "人", x, 1240, 4.8],
    ];
    expect(run(stacked(1300))).toEqual([]);
    expect(at(run(stacked(1400)), "sum-mismatch")).toEqual(["sum-mismatch@C9"]);
  });

  it("period-mismatch: a title that alone gives the period against the date on the form (填报日期, 截至)", () => {
    const form = (title: string, line: string, footer: string): CellInput[][] => [
      [title, null, null, null, null],
      ["填报单位:某市民政局", null, null, line, null],
      ["指标名称", "单位", "本期", "上期", "同比增长(%)"],
      ["低保标准", "元/月", 1100, 1050, 4.8],
      [null, null, null, null, null],
      ["填报人:王芳", null, "审核人:李卫东", footer, null],
    ];
    expect(at(run(form("某市民政局2024年上半年主要指标", "截至2024年6月30日", "填报日期:2024年7月10日")), "period-mismatch")).toEqual([]);
    expect(at(run(form("某市民政局2023年主要指标", "", "报出日期:2024年1月15日")), "period-mismatch")).toEqual([]);
    // A title not updated since 2020 (or updated, over a form kept from 2020).
    expect(at(run(form("某市民政局2024年上半年主要指标", "截至2020年6月30日", "填报日期:2020年7月10日")), "period-mismatch")).toEqual(["period-mismatch@A1"]);
    expect(at(run(form("某市民政局2024年上半年主要指标", "", "填报日期:2025年9月1日")), "period-mismatch")).toEqual(["period-mismatch@A1"]);
    // A date that is no date of the form (a policy's) says nothing.
    expect(at(run(form("某市民政局2024年上半年主要指标", "依据2019年5月文件", "")), "period-mismatch")).toEqual([]);
  });

  it("a change in the value's unit under 同比增减 (减少13人) is the change: checked as value − previous, not called a shifted column", () => {
    const rows = (change: string): CellInput[][] => [
      ["指标名称", "单位", "2025年上半年", "2024年上半年", "同比增减"],
      ["低保标准", "元/月", 1100, 1050, "增长4.8%"],
      ["孤儿", "人", 412, 425, change],
    ];
    const found = (change: string) => run(rows(change)).filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.cell}:${f.expected ?? ""}`);
    expect(found("减少13人")).toEqual([]);
    expect(found("减少13人")).toEqual([]);
    // In base units: 1300人 less beside 4.12 and 4.25 万人.
    const scaled: CellInput[][] = [
      ["指标名称", "单位", "2025年上半年", "2024年上半年", "同比增减"],
      ["城乡低保对象", "万人", 4.12, 4.25, "减少1300人"],
    ];
    expect(run(scaled).filter((f) => f.severity !== "info")).toEqual([]);
    expect(found("减少31人")).toEqual(["growth-mismatch@E3:-13"]);
  });

  it("completion said in words: 超额完成(105%) reads its figure; 超额完成 or 已完成 of 43% is a completion-mismatch", () => {
    const rows = (said: string, done = 5250): CellInput[][] => [
      ["工作任务", "单位", "全年计划数", "上半年完成数", "完成率"],
      ["持证社会工作者", "人", 5000, done, said],
    ];
    const found = (said: string, done?: number) => run(rows(said, done)).filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.cell}:${f.expected ?? ""}`);
    expect(found("超额完成(105%)")).toEqual([]);
    expect(found("超额完成")).toEqual([]);
    expect(found("超额完成(150%)")).toEqual(["completion-mismatch@E2:105"]);
    // In full-width brackets as well.
    expect(found("超额完成（105%）")).toEqual([]);
    expect(found("超额完成（150%）")).toEqual(["completion-mismatch@E2:105"]);
    expect(found("超额完成", 2150)).toEqual(["completion-mismatch@E2:43"]);
    expect(found("已完成", 2150)).toEqual(["completion-mismatch@E2:43"]);
    expect(found("已完成", 5000)).toEqual([]);
    // Words that claim no rate stay unread.
    expect(found("按计划推进", 2150)).toEqual([]);
  });

  it("a row shifted by one column: the figure in the wrong column is the finding, not the growth worked out from the shifted figures", () => {
    const rows: CellInput[][] = [
      ["指标名称", "单位", "本期", "上期", "同比增长(%)"],
      ["低保标准", "元/月", 1100, 1050, 4.8],
      ["每千名老年人拥有养老床位", 38.6, 37.5, 2.9, null],
    ];
    const found = run(rows).filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.cell}`);
    expect(found).toEqual(["value-in-wrong-column@B3"]);
  });

  it("a line of signature fields is the form's footer whatever its first word (填报单位, 处室负责人, 制表, 单位(盖章)), not a row of figures", () => {
    const signed = (line: CellInput[]): CellInput[][] => [
      ["指标名称", "单位", "本期", "上期", "同比增长(%)"],
      ["低保标准", "元/月", 1100, 1050, 4.8],
      [null, null, null, null, null],
      line,
    ];
    const alarms = (rows: CellInput[][]) => run(rows).filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.cell}`);
    expect(alarms(signed(["填报单位:××市民政局办公室", null, "填报人:陈敏", "联系电话:0572-2231045", null]))).toEqual([]);
    expect(alarms(signed(["处室负责人:马丽", null, "制表:高远", null, "报送日期:2025年7月12日"]))).toEqual([]);
    expect(alarms(signed(["单位(盖章):", null, "汇总人:李", "分管领导:王", null]))).toEqual([]);
    // An indicator with a colon and figures, or a text that is no field, stays a row of the table.
    expect(alarms(signed(["其中:男", "人", 52, 48, 8.3]))).toEqual([]);
    expect(alarms(signed(["新建站点", "个", "已完成:12", "待填", null])).length).toBeGreaterThan(0);
  });

  it("period-mismatch: a date cell beside its 填报日期 label is the form's date; the finding stands on the title line, not on 附件2 above it", () => {
    const form = (date: string): CellInput[][] => [
      ["附件2", null, null, null],
      ["某市殡葬管理处2024年上半年工作完成情况", null, null, null],
      [null, null, "填报日期:", date],
      ["指标", "单位", "本期", "上期"],
      ["火化遗体", "具", 3126, 3050],
    ];
    // (The CLI reads an Excel date cell as 2023-07-08.)
    expect(at(run(form("2023-07-08")), "period-mismatch")).toEqual(["period-mismatch@A2"]);
    expect(at(run(form("2024-07-08")), "period-mismatch")).toEqual([]);
    // A date beside a label that says nothing of the form's date is not the form's date.
    const other: CellInput[][] = [["某市殡葬管理处2024年上半年工作完成情况", null, null], [null, "依据:", "2019-05-01"], ["指标", "单位", "本期"], ["火化遗体", "具", 3126]];
    expect(at(run(other), "period-mismatch")).toEqual([]);
  });

  it("period-mismatch: a target column of an earlier year than the period (2023年全年任务 in 2024); a later one is a plan", () => {
    const rows = (target: string): CellInput[][] => [["某市福彩中心2024年上半年工作完成情况"], ["指标", "单位", "本期", target, "完成进度(%)"], ["福彩销售", "亿元", 4.7, 9, 52.2]];
    expect(at(run(rows("2023年全年任务")), "period-mismatch")).toEqual(["period-mismatch@D2"]);
    expect(at(run(rows("2024年全年任务")), "period-mismatch")).toEqual([]);
    expect(at(run(rows("2025年目标")), "period-mismatch")).toEqual([]);
  });

  it("period-mismatch: title against header; a given year against the title", () => {
    const rows = (title: string): CellInput[][] => [[title], ["序号", "工作任务", "计量单位", "2020年上半年完成"], [1, "临时救助", "人次", 1960]];
    expect(at(run(rows("潜江市民政局2024年上半年重点工作完成情况")), "period-mismatch")).toEqual(["period-mismatch@D2"]);
    expect(at(run(rows("潜江市民政局2020年上半年重点工作完成情况")), "period-mismatch")).toEqual([]);
    expect(at(run(rows("潜江市民政局2020年上半年重点工作完成情况"), generic, 2021), "period-mismatch")).toEqual(["period-mismatch@A1", "period-mismatch@D2"]);
    // months so far: a 1-9月 header under a 1-10月 title is a different period
    const cumulative = (header: string): CellInput[][] => [["鸠江区民政局2022年1-10月主要指标"], ["指标名称", "单位", header, "上年同期"], ["低保资金", "万元", 6664.1, 6120.5]];
    expect(at(run(cumulative("本期(2022年1-9月)")), "period-mismatch")).toEqual(["period-mismatch@C2"]);
    expect(at(run(cumulative("本期(2022年1-10月)")), "period-mismatch")).toEqual([]);
  });

  it("period-mismatch: a 同比 base two years back", () => {
    const rows = (before: string): CellInput[][] => [["金华市民政局2024年上半年重点指标"], ["指标", "单位", "2024年上半年", before, "同比(%)"], ["低保标准", "元/月", 1100, 1050, 4.8]];
    const f = run(rows("2022年上半年")).find((x) => x.code === "period-mismatch");
    expect(f).toMatchObject({ cell: "D2", expected: "2023年上半年" });
    expect(at(run(rows("2023年上半年")), "period-mismatch")).toEqual([]);
  });

  it("period-mismatch: every title line, a period line under the title included; a date line is no period", () => {
    const form = (...title: string[]): CellInput[][] => [...title.map((t) => [t]), ["指标名称", "计量单位", "本期", "上年同期"], ["农村幸福院", "处", 763, 741]];
    expect(at(run(form("临沂市2024年上半年民政事业统计表", "2023年1-6月")), "period-mismatch")).toEqual(["period-mismatch@A2"]);
    expect(at(run(form("临沂市2024年上半年民政事业统计表", "2024年1-6月")), "period-mismatch")).toEqual([]);
    expect(at(run(form("临沂市2024年民政事业统计表", "填报日期:2025年1月10日")), "period-mismatch")).toEqual([]);
  });

  it("a figure already doubted in itself is not reported again through the growth or completion worked out from it", () => {
    const f = run([HEADER, ["a", "孤儿生活补贴", "万元", 706650, 68.2, 3.6, null], ["a", "在册孤儿", "人", -60, 62, -3.2, null], ["a", "服务老人", "人", 10.44, 98760, 5.7, null]]);
    expect(at(f, "scale-suspect")).toEqual(["scale-suspect@D2", "scale-suspect@D4"]);
    expect(at(f, "negative-value")).toEqual(["negative-value@D3"]);
    expect(f.filter((x) => x.code === "growth-mismatch" || x.code === "growth-implausible")).toEqual([]);
    // a share above 100%: the completion worked out from it is not reported again
    const share = run([["指标名称", "计量单位", "全年目标", "1-10月完成", "完成率(%)"], ["社会工作者持证率", "%", 30, 130, 100.0]]);
    expect(share.map((x) => `${x.code}@${x.cell}`)).toEqual(["percent-out-of-range@D2"]);
    // a total that does not add up because one part is doubted (元 among 万元): the part's finding says it
    const head = ["序号", "项目", "本期", "上年同期", "同比增长(%)"];
    const doubtedPart = run([head, ["一", "社会救助资金", 1200, 1100, 9.1], [1, "低保资金", 1000, 950, 5.3], [2, "临时救助资金", 2000000, 150, 33.3]]);
    expect(doubtedPart.map((x) => `${x.code}@${x.cell}`)).toEqual(["scale-suspect@C4"]);
    // a total that does not add up, one part of which disagrees with its own previous figure: that part is named
    const slip = run([head, ["一", "老年人意外伤害保险", 61.38, 57.9, 6.0], ["", "其中:低保、特困老人", 31.16, 12.5, 5.3], ["", "其中:80周岁以上老人", 48.22, 45.4, 6.2]]);
    expect(slip.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@C2"]);
    expect(slip[0].message).toContain("第 3 行的增幅与其上年数也不符");
    // …unless that part's figure, as its growth gives it, would not close the total's gap: two slips, two findings
    const two = run([head, ["一", "婚姻登记总办件", 4245, 3991, 6.4], [1, "结婚登记", 2651, 2480, 6.9], [2, "离婚登记", 811, 903, -10.2], [3, "补领结婚证", 580, 512, -13.3], [4, "补领离婚证", 103, 96, 7.3]]);
    expect(two.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@C2", "growth-mismatch@E5"]);
    expect(two[0].message).not.toContain("第 5 行");
    // a figure nobody doubts keeps its growth-mismatch
    expect(at(run([HEADER, ["a", "在册孤儿", "人", 60, 62, 3.2, null]]), "growth-mismatch")).toEqual(["growth-mismatch@F2"]);
    // a unit the indicator cannot have: the whole-count test of its figures says nothing more
    const lottery = run([HEADER, ["a", "福彩销售", "人", 4.7, 3.98, 18.1, null]], getBuiltinSchema("civil-affairs"));
    expect(lottery.map((x) => `${x.code}@${x.cell}`)).toEqual(["unit-mismatch@C2"]);
  });
});

describe("note cells go through lintText", () => {
  it("so do the 注: lines under the form, and the numbered lines after them", () => {
    const f = run([["指标", "单位", "本期"], ["特困人员", "万人", 3.8], ["注:1.特困人员共3.8万人。"], ["2. 第届慈善博览会期间筹集资金亿元。"], ["填报人:张三"]], generic, 2024);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["missing-ordinal@A4", "unit-without-number@A4"]);
  });

  it("reports text findings with cell, row, indicator, offset and length", () => {
    const f = run([HEADER, ["a", "善居工程", "户", 325, null, null, "完成325户,第届公益创投同步开展"]], generic, 2024);
    const ord = f.find((x) => x.code === "missing-ordinal");
    expect(ord).toMatchObject({ cell: "G2", row: 2, column: "备注", indicator: "善居工程" });
    expect("完成325户,第届公益创投同步开展".slice(ord!.offset!, ord!.offset! + ord!.length!)).toContain("第届");
  });

  it("checks a growth the note states against the row's figures, with the note's previous figure or the row's", () => {
    const note = (text: string, previous: CellInput = null) => run([HEADER, ["福彩", "福利彩票销售", "亿元", 4.7, previous, null, text]], generic, 2024);
    expect(at(note("上年同期3.98亿元,同比增长18.1%"), "growth-mismatch")).toEqual([]);
    const wrong = note("上年同期3.98亿元,同比增长30%");
    expect(at(wrong, "growth-mismatch")).toEqual(["growth-mismatch@G2"]);
    expect(wrong[0]).toMatchObject({ expected: "18.1", value: "30%", row: 2, indicator: "福利彩票销售" });
    expect("上年同期3.98亿元,同比增长30%".slice(wrong[0].offset!, wrong[0].offset! + wrong[0].length!)).toBe("30%");
    // No previous figure in the note: the row's; and 较上年同期 must say what it compares with.
    expect(at(note("较上年同期增长52%", 3.98), "growth-mismatch")).toEqual(["growth-mismatch@G2"]);
    expect(at(note("较上年同期增长18.1%", 3.98), "growth-mismatch")).toEqual([]);
    // Another figure, another unit, two rates: the growth may be another thing's.
    expect(at(note("其中即开型0.9亿元,同比增长30%", 3.98), "growth-mismatch")).toEqual([]);
    expect(at(note("上年同期3.98万人,同比增长30%"), "growth-mismatch")).toEqual([]);
    expect(at(note("同比增长18.1%,其中即开型增长30%", 3.98), "growth-mismatch")).toEqual([]);
  });

  it("does not ask for a unit the table already gives (529.12万 beside 529.12 in 万元)", () => {
    expect(run([HEADER, ["慈善", "慈善信托新增资金", "万元", 529.12, null, null, "慈善信托新增资金529.12万,备案资金总量达1099.52万元"]], generic, 2024)).toEqual([]);
  });
});

describe("linear in rows", () => {
  it("checks 20,000 generated rows and finds exactly the planted defects", () => {
    const rows: CellInput[][] = [HEADER];
    for (let i = 0; i < 20000; i++) rows.push(["社会救助", `指标${i}`, "人", 1000 + (i % 500), 1000, i % 1000 === 7 ? 99 : (i % 500) / 10, null]);
    const f = run(rows);
    expect(f.every((x) => x.code === "growth-mismatch")).toBe(true);
    expect(f).toHaveLength(20);
  });
});

describe("growth and change cells as clerks write them (probe 18)", () => {
  const alarms = (rows: CellInput[][]) =>
    run(rows)
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.code}@${f.cell}`);
  it("an arrow after the figure (5.2↑, 2.1▼, 5.3%↗) gives the direction", () => {
    const rows = (growth: string): CellInput[][] => [
      ["指标名称", "单位", "本期", "上年同期", "同比(%)"],
      ["结婚登记", "对", 2309, 2480, growth],
    ];
    expect(alarms(rows("6.9↓"))).toEqual([]);
    expect(alarms(rows("6.9%▼"))).toEqual([]);
    expect(alarms(rows("6.9↑"))).toEqual(["growth-mismatch@E2"]);
  });
  it("净减少, 净增, 负增长, 降 and 多 are words of change", () => {
    const rows = (change: string, growth: string): CellInput[][] => [
      ["指标名称", "单位", "本期", "上年同期", "增减", "同比(%)"],
      ["城乡低保对象", "户", 4862, 5273, change, growth],
    ];
    expect(alarms(rows("净减少411", "负增长7.8%"))).toEqual([]);
    expect(alarms(rows("净减411", "降7.8%"))).toEqual([]);
    expect(alarms(rows("净增411", "7.8"))).toEqual(["growth-mismatch@E2", "growth-mismatch@F2"]);
  });
  it("a change beside figures written with their scale word (0.35万元) is in that unit", () => {
    const rows = (change: number): CellInput[][] => [
      ["指标名称", "单位", "本期", "上年同期", "增减", "同比(%)"],
      ["慈善信托新增资金", null, "0.35万元", "0.30万元", change, 16.7],
      ["福彩销售", null, "12.6亿元", "11.8亿元", 0.8, 6.8],
    ];
    expect(alarms(rows(0.05))).toEqual([]);
    expect(alarms(rows(0.5))).toEqual(["growth-mismatch@E2"]);
  });
  it("a 合计 of — whose unit cell is — as well: its rows' units differ, no sum to write", () => {
    const rows: CellInput[][] = [
      ["指标名称", "单位", "本期", "上年同期", "同比(%)"],
      ["低保对象", "人", 8204, 8000, 2.6],
      ["低保资金", "万元", 6664.1, 6380.0, 4.5],
      ["合计", "—", "—", "—", "—"],
    ];
    expect(alarms(rows)).toEqual([]);
  });
});

describe("catalogue ranges and growth limits on real sizes (probe 20)", () => {
  const civil = getBuiltinSchema("civil-affairs")!;
  const codes = (rows: CellInput[][]) =>
    checkGrid(grid(rows), civil)
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.code}@${f.cell}`);
  const HEAD: CellInput[] = ["类别", "指标名称", "单位", "2024年", "2023年", "同比增长(%)", "备注"];
  it("a figure just past the catalogue's maximum is a big place (out-of-range), not a 万 slipped", () => {
    expect(codes([HEAD, ["社会救助", "城乡低保对象", "万人", 312.6, 305.4, 2.4, null]])).toEqual(["out-of-range@D2"]);
  });
  it("a count of a few moves by big rates: 2 → 5 asks nothing; a note that gives the reason answers it", () => {
    expect(codes([HEAD, ["养老服务", "养老机构", "家", 5, 2, 150, null]])).toEqual([]);
    expect(codes([HEAD, ["养老服务", "家庭养老床位", "张", 12850, 6420, 100.2, "纳入国家居家和社区基本养老服务提升行动项目"]])).toEqual([]);
    expect(codes([HEAD, ["养老服务", "家庭养老床位", "张", 12850, 6420, 100.2, null]])).toEqual(["growth-implausible@F2"]);
  });
});

describe("headers of quarterly and task tables (probe 23)", () => {
  const alarms = (rows: CellInput[][]) =>
    run(rows)
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.code}@${f.cell ?? "-"}`);
  it("全年 beside 一季度…四季度 is the year's figure: the target is met by it, not by 四季度", () => {
    const rows = (year: string): CellInput[][] => [
      ["指标", "单位", "一季度", "二季度", "三季度", "四季度", year, "年度目标", "完成率"],
      ["低保新增对象", "人", 120, 135, 142, 153, 550, 500, "110.0%"],
      ["临时救助", "人次", 860, 910, 1020, 1110, 3900, 4000, "97.5%"],
    ];
    expect(alarms(rows("全年"))).toEqual([]);
    expect(alarms(rows("1-12月"))).toEqual([]);
  });
  it("任务 and 重点工作任务 name the rows; 年度任务 is a target", () => {
    const rows: CellInput[][] = [
      ["序号", "重点工作任务", "单位", "年度任务", "上半年完成", "完成率"],
      [1, "新增养老床位", "张", 2000, 1100, "55.0%"],
    ];
    expect(alarms(rows)).toEqual([]);
  });
});
