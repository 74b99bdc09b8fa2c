import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;

function findings(rows: CellInput[][], locale: "zh-CN" | "en-US" = "zh-CN"): Finding[] {
  return checkGrid(grid(rows), generic, { locale }).findings;
}

function found(rows: CellInput[][]): string[] {
  return findings(rows).map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const HEADER: CellInput[] = ["指标", "单位", "本期", "上年同期", "同比(%)"];

describe("a growth stated beside a previous figure left blank or a placeholder (probe 35)", () => {
  it("the previous cell is an empty value: the growth has nothing to be checked against", () => {
    const rows: CellInput[][] = [HEADER, ["结婚登记", "对", 1126, "—", 6.4], ["离婚登记", "对", 412, "x", -9.5], ["收养登记", "件", 36, null, 12.5]];
    expect(found(rows)).toEqual(["empty-value@D2", "empty-value@D3", "empty-value@D4"]);
    const [placeholder, , blank] = findings(rows);
    expect(placeholder.message).toBe("“上年同期”填的是占位符“—”,“同比(%)”填报的6.4%无从核对,应填写上年同期的数字");
    expect(placeholder.value).toBe("—");
    expect(blank.message).toBe("“上年同期”未填写,“同比(%)”填报的12.5%无从核对,应填写上年同期的数字");
    expect(findings(rows, "en-US")[0].message).toBe('"上年同期" holds the placeholder "—", so the 6.4% stated in "同比(%)" cannot be checked: "上年同期" needs its figure');
  });

  it("not when the growth is blank or a placeholder too (a new item), nor when the note says why", () => {
    const rows: CellInput[][] = [
      [...HEADER, "备注"],
      ["结婚登记", "对", 1126, "—", "—", null],
      ["收养登记", "件", 36, null, null, null],
      ["离婚登记", "对", 412, "—", -9.5, "上年同期不统计"],
      ["婚姻家庭辅导", "次", 58, 52, 11.5, null],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("so too a target left a placeholder beside a completion stated (a budget `/` beside 预算执行率)", () => {
    const rows: CellInput[][] = [
      ["项目", "年初预算", "1-6月支出", "预算执行率(%)"],
      ["城乡低保资金", 12000, 6120.5, 51.0],
      ["殡葬惠民资金", "/", 1030.4, 51.5],
      ["临时救助资金", null, 412.6, null],
    ];
    expect(found(rows)).toEqual(["empty-value@B3"]);
    expect(findings(rows)[0].message).toBe("“年初预算”填的是占位符“/”,“预算执行率(%)”填报的51.5%无从核对,应填写年初预算的数字");
  });

  it("not for an absolute 增减 column (a new item's change is its whole figure)", () => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本期", "上年同期", "增减", "增减(%)"],
      ["新建儿童之家", "个", 12, "—", 12, "—"],
      ["婚姻家庭辅导", "次", 58, 52, 6, 11.5],
    ];
    expect(found(rows)).toEqual([]);
  });
});

describe("a name that ends in who is counted, measured in money (probe 35)", () => {
  it("护理员, 儿童, 孤儿, 对象 in 万元 are a unit-mismatch on the unit cell, under the generic schema too", () => {
    const rows: CellInput[][] = [
      HEADER,
      ["培训养老护理员", "万元", 3450, 3000, 15],
      ["事实无人抚养儿童", "万元", 1356, 1290, 5.1],
      ["集中供养孤儿", "万元", 86, 92, -6.5],
      ["残疾人两项补贴对象", "万元", 8.9, 8.6, 3.5],
    ];
    expect(found(rows)).toEqual(["unit-mismatch@B2", "unit-mismatch@B3", "unit-mismatch@B4", "unit-mismatch@B5"]);
    expect(findings(rows)[0].message).toBe("“培训养老护理员”不能用“万元”计量,应为人数或户数单位(人、人次、户)");
  });

  it("counted in 人, 人次, 户 or 万人 they pass; so do money names and a money table's parts named by who receives it", () => {
    const rows: CellInput[][] = [
      HEADER,
      ["培训养老护理员", "人次", 3450, 3000, 15],
      ["城乡低保对象", "户", 5647, 5500, 2.7],
      ["残疾人两项补贴对象", "万人", 8.9, 8.6, 3.5],
      ["高龄津贴", "万元", 96.4, 90.7, 6.3],
      ["其中:80周岁以上老人", "万元", 48.22, 45.4, 6.2],
      ["孤儿基本生活费", "万元", 86, 92, -6.5],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("a sheet's 单位:万元 line says what a table of money is in: its rows may be named by who receives it", () => {
    const rows: CellInput[][] = [
      ["某区2024年上半年民政资金发放情况表"],
      ["填报单位:某区民政局", null, null, "单位:万元"],
      ["项目", "本期", "上年同期", "同比(%)"],
      ["困境儿童", 56.2, 50.1, 12.2],
      ["集中供养孤儿", 18.5, 17.6, 5.1],
    ];
    expect(found(rows)).toEqual([]);
  });
});

describe("totals across a row's columns (probe 35)", () => {
  const COUNTY: CellInput[][] = [
    ["县(市、区)", "城市低保对象(人)", "农村低保对象(人)", "低保对象合计(人)"],
    ["婺城区", 1250, 5420, 6670],
    ["兰溪市", 1340, 6780, 8210],
    ["东阳市", 1620, 7120, 8740],
    ["义乌市", 2010, 5230, 7240],
    ["永康市", 130, 10360, 10490],
  ];

  it("columns of one unit, each an indicator, the last named 合计: it holds the others' sum", () => {
    expect(found(COUNTY)).toEqual(["sum-mismatch@D3"]);
    expect(findings(COUNTY)[0].message).toBe("合计 8210 与 2 个分项之和 8120 不等");
  });

  it("the 合计 column first works as well; with the row right, nothing", () => {
    const first = COUNTY.map((r) => [r[0], r[3], r[1], r[2]]);
    expect(found(first)).toEqual(["sum-mismatch@B3"]);
    const right = COUNTY.map((r) => [...r]);
    right[2][3] = 8120;
    expect(found(right)).toEqual([]);
  });

  it("a value column named 合计 with 其中 columns after it: they may not exceed it", () => {
    const rows: CellInput[][] = [
      ["序号", "指标", "单位", "本期合计", "其中:城市", "农村", "上年同期", "同比(%)"],
      [1, "低保对象", "人", 48216, 13384, 36832, 50132, -3.8],
      [2, "低保户数", "户", 27105, 6921, 20184, 27986, -3.1],
      [3, "低保标准", "元/月", 1030, 1030, 1030, 980, 5.1],
    ];
    expect(found(rows)).toEqual(["sum-mismatch@D2"]);
    expect(findings(rows)[0].message).toBe("“其中” 2 项之和 50216 超过总数 48216");
  });
});

describe("a total's sum beside a part doubted in another column (probe 35)", () => {
  it("a sign slipped in a part's previous figure leaves the value column's sum to be reported", () => {
    const rows: CellInput[][] = [
      ["序号", "项目", "单位", "本期", "上年同期", "同比增长(%)"],
      ["(一)", "社会救助资金", "万元", 9029.1, 8526.2, 5.9],
      [1, "城乡低保资金", "万元", 6210.5, 5830.2, 6.5],
      [2, "特困人员供养资金", "万元", 2496.0, 2310.4, 8.0],
      [3, "临时救助资金", "万元", 412.6, -385.6, 7.0],
      ["(二)", "养老服务资金", "万元", 2862.3, 2719.2, 5.3],
      [4, "居家养老服务补贴", "万元", 1710.0, 1620.5, 5.5],
      [5, "养老机构运营补助", "万元", 1152.3, 1098.7, 4.9],
    ];
    const got = found(rows);
    expect(got).toContain("negative-value@E5");
    expect(got).toContain("sum-mismatch@D2");
    // The previous column's own sum only repeats the part's slip: not reported.
    expect(got).not.toContain("sum-mismatch@E2");
  });
});

describe("a wrong unit does not hide the row's growth (probe 37)", () => {
  it("临时救助资金 in 人次 with 98.6: the unit is wrong, the fraction says nothing, the growth is still checked", () => {
    const rows: CellInput[][] = [
      ["指标名称", "计量单位", "本月", "本年累计", "上年同期累计", "同比增减(%)"],
      ["临时救助人次", "人次", 862, 4915, 4380, 12.2],
      ["临时救助资金", "人次", 98.6, 562.4, 498.7, 21.8],
    ];
    expect(found(rows)).toEqual(["unit-mismatch@B3", "growth-mismatch@F3"]);
  });
});

describe("a period over its categories and their 合计 (probe 37)", () => {
  const TABLE: CellInput[][] = [
    ["指标", "单位", "2024年1-6月", null, null, "2023年1-6月", null, null, "同比增长(%)"],
    [null, null, "城市", "农村", "合计", "城市", "农村", "合计", null],
    ["低保对象", "人", 4320, 17850, 22170, 4590, 18630, 23220, -4.5],
    ["特困人员", "人", 620, 2480, 3100, 650, 2510, 3160, -1.9],
    ["低保标准", "元/月", 1030, 850, "—", 980, 800, "—", "—"],
  ];

  it("the correct table raises nothing: the 合计 are the figures, a standard's 合计 may be —", () => {
    expect(found(TABLE)).toEqual([]);
  });

  it("a 合计 that is not the sum of its period's categories is a sum-mismatch on it", () => {
    const rows = TABLE.map((r) => [...r]);
    rows[3][4] = 3200;
    rows[3][8] = 1.3; // its growth follows the wrong total: only the sum gives it away
    expect(found(rows)).toEqual(["sum-mismatch@E4"]);
    expect(findings(rows)[0].message).toBe("合计 3200 与 2 个分项之和 3100 不等");
  });

  it("a 合计 left — where its categories are blank is still an empty value", () => {
    const rows = TABLE.map((r) => [...r]);
    rows[4][2] = null;
    rows[4][3] = null;
    expect(found(rows)).toContain("empty-value@E5");
  });
});

describe("a bilingual table's totals (probe 37)", () => {
  const TABLE: CellInput[][] = [
    ["序号 No.", "指标 Indicator", "单位 Unit", "2024年上半年 H1 2024", "2023年上半年 H1 2023", "增长% Growth%"],
    ["(一)", "城乡低保对象 Recipients", "人", 22170, 23220, -4.5],
    ["(二)", "特困人员 Persons in extreme poverty", "人", 3100, 3160, -1.9],
    [null, "小计 Subtotal", "人", 25270, 26380, -4.2],
  ];

  it("小计 Subtotal is a 小计: its parts must add up to it", () => {
    expect(found(TABLE)).toEqual([]);
    const rows = TABLE.map((r) => [...r]);
    rows[3][3] = 25720;
    rows[3][5] = -2.5;
    expect(found(rows)).toEqual(["sum-mismatch@D4"]);
  });

  it("not where a part's unit cell holds a number (a row shifted by one): what it adds is unknown", () => {
    const rows: CellInput[][] = [
      ["序号", "指标", "单位", "本期", "上年同期", "同比(%)"],
      ["(一)", "低保资金", 5953.4, 5953.4, 5765.7, 3.3],
      ["(二)", "特困供养资金", "万元", 1860.2, 1742.8, 6.7],
      ["(三)", "孤儿基本生活费", "万元", 223.2, 225.7, -1.1],
      [null, "小计", "万元", 8036.8, 7734.2, 3.9],
    ];
    expect(found(rows)).toEqual(["value-in-wrong-column@C2"]);
  });
});
