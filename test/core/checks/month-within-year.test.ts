import { csvGrid } from "../../../src/cli/read/csv";
import { checkGrid } from "../../../src/core/checks";
import { buildContext } from "../../../src/core/checks/context";
import { checksMessages } from "../../../src/core/checks/messages";
import { sumMismatch } from "../../../src/core/checks/rules/sum-mismatch";
import { buildTable, tablesOf } from "../../../src/core/table/build";
import type { TableModel } from "../../../src/core/table/types";
import type { Locale } from "../../../src/core/findings";
import { getBuiltinSchema } from "../../../src/core/schema";

/**
 * A 统计月报's month (本月, 当月, 6月) beside its year so far (本年累计, 1-6月累计, 1-6月): the year so
 * far holds the month, so a flow's month figure above it is a sum-mismatch (a part above its
 * total), on the year so far's cell. Stocks, rates, averages, standards and a blank or `/` year
 * so far are left alone; in January the two are equal.
 */
function check(csv: string, locale: Locale = "zh-CN") {
  return checkGrid(csvGrid("月报", csv), getBuiltinSchema("generic")!, { locale }).findings.filter((f) => f.severity !== "info");
}
const found = (csv: string) => check(csv).map((f) => `${f.code}@${f.cell}`);

// The month and its growth, then the year so far and its: two groups of the table.
const GROUPED = `××市民政事业统计月报(2025年6月),,,,,
指标,单位,本月,本月同比(%),本年累计,累计同比(%)
结婚登记,对,120,2.1,100,1.5
发放资金,万元,120.5,3.0,100.2,2.0
火化,具,120,1.0,100,1.0
离婚登记,对,168,-2.0,1042,-1.5
临时救助,人次,862,4.0,4915,3.0
`;

describe("a flow's month above its year so far (本月 | 本月同比 | 本年累计 | 累计同比)", () => {
  it("is a sum-mismatch on the year so far's cell of each such row, and of no other", () => {
    expect(found(GROUPED)).toEqual(["sum-mismatch@E3", "sum-mismatch@E4", "sum-mismatch@E5"]);
  });

  it("says what is wrong, in zh-CN and en-US, with the least the year so far can be", () => {
    const [zh] = check(GROUPED);
    expect(zh.message).toBe("本月 120 大于本年累计 100:累计数包含本月,流量指标的累计不应小于当月数");
    expect(zh).toMatchObject({ value: "100", expected: "120", column: "本年累计", indicator: "结婚登记" });
    const [, en] = check(GROUPED, "en-US");
    expect(en.message).toContain("120.5 (本月) is more than the year so far, 100.2 (本年累计)");
  });

  it("a correct table raises nothing", () => {
    const clean = GROUPED.replace("120,2.1,100,", "12,2.1,100,").replace("120.5,3.0,100.2", "20.5,3.0,100.2").replace("120,1.0,100", "100,1.0,100");
    expect(found(clean)).toEqual([]);
  });
});

describe("the month read from the other group's row", () => {
  it("the same from a table model read back from JSON (plain rows) as from the sheet's rows", () => {
    const schema = getBuiltinSchema("generic")!;
    const { table } = buildTable(csvGrid("月报", GROUPED), schema);
    const year = tablesOf(table)[0];
    const run = (t: TableModel) => sumMismatch.check(buildContext(t, schema, "zh-CN", checksMessages("zh-CN"))).map((f) => `${f.code}@${f.cell}`);
    expect(run(year)).toEqual(["sum-mismatch@E3", "sum-mismatch@E4", "sum-mismatch@E5"]);
    expect(run(JSON.parse(JSON.stringify(year)) as TableModel)).toEqual(run(year));
  });
});

describe("the other ways a 月报 writes its month and year so far", () => {
  it("本月 beside 本年累计 | 上年同期累计 | 同比 (the month a column of its own)", () => {
    const csv = `民政事业统计月报(2024年6月),,,,,
指标名称,计量单位,本月,本年累计,上年同期累计,同比增减(%)
结婚登记,对,412,390,3890,-90.0
火化遗体,具,812,5436,5310,2.4
`;
    expect(found(csv)).toEqual(["sum-mismatch@D3"]);
  });

  it.each([
    ["6月", "1-6月"],
    ["当月", "1-6月累计"],
    ["本期", "本年累计"],
  ])("%s beside %s", (month, soFar) => {
    const csv = `民政事业统计月报(2025年6月),,,
指标,单位,${month},${soFar}
收养登记,件,17,3
火化遗体,具,812,5436
`;
    expect(found(csv)).toEqual(["sum-mismatch@D3"]);
  });

  it("a unit in the indicator's name, no unit column: 结婚登记(对), 发放资金(万元)", () => {
    const csv = `民政事业统计月报(2025年6月),,
指标,本月,本年累计
结婚登记(对),120,100
发放资金(万元),120.5,100.2
在册低保对象(人),5230,5100
`;
    expect(found(csv)).toEqual(["sum-mismatch@C3", "sum-mismatch@C4"]);
  });
});

describe("rows where a month above the year so far is no slip", () => {
  // Each row's month above its 累计: a stock, a rate, an average, a standard, a net change, or no figure.
  const MIXED = `××市民政事业统计月报(2025年6月),,,,,
指标,单位,本月,本月同比(%),本年累计,累计同比(%)
在册低保对象,人,5230,-2.0,5100,-1.0
特困人员年末数,人,3105,1.0,3100,1.0
现有养老机构,家,86,0,85,0
养老床位,张,9120,1.0,9000,1.0
火化率,%,99.5,0.1,98.7,0.2
人均救助金额,元,520,1.0,480,1.0
城市低保标准,元/人·月,850,3.0,820,3.0
低保对象净增,人,40,1.0,12,1.0
结婚登记,对,120,2.1,/,
火化遗体,具,812,1.0,,
`;

  it("raises no sum-mismatch", () => {
    expect(check(MIXED).filter((f) => f.code === "sum-mismatch")).toEqual([]);
  });

  it("while a flow's row among them is still found (the table is read)", () => {
    expect(found(`${MIXED}收养登记,件,17,0,3,0\n`).filter((f) => f.startsWith("sum-mismatch"))).toEqual(["sum-mismatch@E13"]);
  });
});

describe("January: the year so far is the month alone", () => {
  const JANUARY = `民政事业统计月报(2025年1月),,,,
指标,单位,本月,本年累计,上年同期累计
结婚登记,对,120,130,118
火化遗体,具,812,812,800
城乡低保对象,人,5230,5100,5000
`;

  it("a flow's year so far other than its month is a sum-mismatch; a stock's is not", () => {
    expect(found(JANUARY)).toEqual(["sum-mismatch@D3"]);
    expect(check(JANUARY)[0].message).toBe("1月的本年累计 130 应等于本月 120(年初至今只有本月)");
  });

  it("in another month a year so far above the month is what it should be", () => {
    expect(found(JANUARY.replace("2025年1月", "2025年2月"))).toEqual([]);
  });
});

describe("a month and its year so far written as periods alone (6月份 | 1-6月累计, 9月 | 前三季度, 2025年6月 | 2025年1-6月)", () => {
  const table = (month: string, soFar: string, monthFigure: number) => `××市民政业务统计月报(2025年${month.includes("9") ? 9 : 6}月),,,,,
指标,单位,${month},同比(%),${soFar},同比(%)
结婚登记,对,${monthFigure},5.0,1000,2.0
低保对象在册人数,人,5000,1.0,4900,0.5
`;

  it("is a flow's month above its year so far, the stock row left alone", () => {
    expect(found(table("6月份", "1-6月累计", 1200))).toEqual(["sum-mismatch@E3"]);
    expect(found(table("9月", "前三季度", 1200))).toEqual(["sum-mismatch@E3"]);
    expect(found(table("2025年6月", "2025年1-6月", 1200))).toEqual(["sum-mismatch@E3"]);
  });

  it("raises nothing when the month stays within its year so far, or names a month the year so far does not reach", () => {
    expect(found(table("6月份", "1-6月累计", 180))).toEqual([]);
    expect(found(table("9月", "前三季度", 180))).toEqual([]);
    // 7月 beside 上半年: no pair, whatever the figures
    expect(found(table("7月", "上半年", 1200)).filter((f) => f.startsWith("sum-mismatch"))).toEqual([]);
  });
});
