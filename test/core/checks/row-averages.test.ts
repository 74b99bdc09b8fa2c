import { checkGrid } from "../../../src/core/checks";
import { monthsDivisor, rowAverages } from "../../../src/core/checks/row-averages";
import { getBuiltinSchema } from "../../../src/core/schema";
import type { TableColumn } from "../../../src/core/table/types";
import { bestOf, scalesLinearly } from "../linear";
import { grid, withCell, type CellInput } from "../table/grid-helpers";

// An average per person, household or 人次 beside the total and the count it is worked out from,
// in one row: 发放资金(万元) ÷ 保障人数(人) ÷ the months of the table's period = 人均补助(元/月).

const generic = getBuiltinSchema("generic")!;
const civil = getBuiltinSchema("civil-affairs")!;

function found(rows: CellInput[][], schema = generic): string[] {
  return checkGrid(grid(rows), schema)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}

// 417.0万元 ÷ 871人 ÷ 6 = 797.9; 户均人数 871 ÷ 538 = 1.62. (417.0 as typed, as a CSV gives it: the number 417 is 417万 ± 0.5万.)
const HALF_YEAR: CellInput[][] = [
  ["2024年上半年各乡镇(街道)城乡低保保障情况", null, null, null, null, null],
  ["乡镇(街道)", "保障户数(户)", "保障人数(人)", "发放资金(万元)", "户均人数(人)", "人均补助(元/月)"],
  ["城关镇", 842, 1395, 657.9, 1.66, 786],
  ["城东街道", 611, 1004, 489.1, 1.64, 812],
  ["城西街道", 538, 871, "417.0", 1.62, 798],
  ["河口镇", 725, 1266, 562.9, 1.75, 741],
  ["石桥镇", 463, 812, 367.8, 1.75, 755],
];

describe("an average against its row's total and count", () => {
  it("a clean table raises nothing, under either schema", () => {
    expect(found(HALF_YEAR)).toEqual([]);
    expect(found(HALF_YEAR, civil)).toEqual([]);
  });

  it("a per-month average worked out over the wrong count is a completion-mismatch on its cell", () => {
    // 417.0万元 ÷ 538户 ÷ 6 = 1292: over the households, not the persons.
    const f = checkGrid(grid(withCell(HALF_YEAR, 4, 5, 1292)), generic).findings.filter((x) => x.severity !== "info");
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["completion-mismatch@F5"]);
    expect(f[0].expected).toBe("797.9");
    expect(f[0].message).toBe("人均补助应为797.9(发放资金÷保障人数÷6个月),填报为1292");
  });

  it("says the same in English", () => {
    const f = checkGrid(grid(withCell(HALF_YEAR, 4, 5, 1292)), generic, { locale: "en-US" }).findings.filter((x) => x.code === "completion-mismatch");
    expect(f.map((x) => x.message)).toEqual(["人均补助 should be 797.9 (发放资金 ÷ 保障人数 ÷ 6 months), stated 1292"]);
  });

  it("户均人数 is 人数 over 户数", () => {
    expect(found(withCell(HALF_YEAR, 5, 4, 1.12))).toEqual(["completion-mismatch@E6"]);
  });

  it("a per-month average with the total's 万 dropped (0.08 for 797.9) is found, as the slip of scale it also is", () => {
    // (The average's completion-mismatch is dropped as a repeat of the scale-suspect on its cell: consequential.ts.)
    expect(found(withCell(HALF_YEAR, 4, 5, 0.08))).toEqual(["scale-suspect@F5"]);
    const rows = HALF_YEAR.slice(0, 5);
    expect(found(withCell(rows, 4, 5, 0.08))).toEqual(["completion-mismatch@F5"]);
  });

  it("a per-month average over several months may miss by the caseload's drift (a tenth), not more", () => {
    // 797.9 from the 6月末 count; a caseload 10% larger or smaller through the months gives 725–887.
    expect(found(withCell(HALF_YEAR, 4, 5, 760))).toEqual([]);
    expect(found(withCell(HALF_YEAR, 4, 5, 880))).toEqual([]);
    expect(found(withCell(HALF_YEAR, 4, 5, 900))).toEqual(["completion-mismatch@F5"]);
    expect(found(withCell(HALF_YEAR, 4, 5, 700))).toEqual(["completion-mismatch@F5"]);
  });

  it("a per-month average needs the table's period: without it nothing is said", () => {
    const undated = withCell(withCell(HALF_YEAR, 0, 0, "各乡镇(街道)城乡低保保障情况"), 4, 5, 1292);
    expect(found(undated)).toEqual([]);
    // A year given by the caller says nothing of the months the table covers.
    expect(checkGrid(grid(undated), generic, { year: 2024 }).findings.filter((f) => f.code === "completion-mismatch")).toEqual([]);
  });

  it("over 1-9月 the total is divided by nine months", () => {
    // 2250.0万元 ÷ 3000人 ÷ 9 = 833.3.
    const rows: CellInput[][] = [
      ["2024年1-9月低保资金发放情况", null, null, null],
      ["县(市、区)", "保障人数(人)", "发放资金(万元)", "月人均补助水平(元)"],
      ["甲县", 3000, 2250.0, 833],
      ["乙县", 2000, 1566.0, 870],
      ["丙县", 2500, 1800.0, 900],
    ];
    expect(found(rows)).toEqual(["completion-mismatch@D5"]);
  });

  it("a per-month average computed month by month (1-2% off total ÷ count ÷ 9) is let pass", () => {
    const rows: CellInput[][] = [
      ["2024年1-9月各县(市、区)低保保障水平", null, null, null],
      ["县(市、区)", "月均保障人数(人)", "发放资金(万元)", "月人均补助(元)"],
      ["甲县", 5120, 3862.4, 852],
      ["乙县", 4388, 3305.1, 846],
      ["丙区", 2965, 2330.6, 883],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("人次均 is over the 人次 and 人均 over the persons, in a year's table", () => {
    const rows: CellInput[][] = [
      ["2024年度社会救助分类发放情况", null, null, null, null, null],
      ["救助类别", "救助人数(人)", "救助人次(人次)", "救助金额(万元)", "人均救助(元)", "人次均救助(元)"],
      ["最低生活保障", 11916, 139870, 5368.2, 4505, 383.8],
      ["特困人员供养", 1812, 21744, 2642.7, 14584, 1251.4],
      ["临时救助", 1498, 1733, 412.6, 2574, 2380.8],
      ["医疗救助", 4170, 9652, 1835.9, 4403, 1902.1],
    ];
    expect(found(rows).sort()).toEqual(["completion-mismatch@E5", "completion-mismatch@F4"]);
  });

  it("a whole-total average: within the rounding of the written figures silent, beyond it reported", () => {
    // 412.6万元 ÷ 1498人 = 2754.3; 412.6 may be 412.55–412.65万: 2754.0–2754.7.
    const rows = (stated: CellInput, total: CellInput = "412.6"): CellInput[][] => [
      ["2024年度社会救助情况", null, null, null],
      ["救助类别", "救助人数(人)", "救助金额(万元)", "人均救助(元)"],
      ["最低生活保障", 11916, "5368.2", 4505],
      ["特困人员供养", 1812, "2642.7", 14584],
      ["临时救助", 1498, total, stated],
    ];
    expect(found(rows(2754))).toEqual([]);
    expect(found(rows(2755))).toEqual([]);
    expect(found(rows(2754.6))).toEqual([]);
    expect(found(rows(2754.9))).toEqual(["completion-mismatch@D5"]);
    expect(found(rows(2756))).toEqual(["completion-mismatch@D5"]);
    // 413万元 may be 412.5–413.5万 (2753.7–2760.3): 2758 passes.
    expect(found(rows(2758, "413"))).toEqual([]);
  });

  it("a per-month figure under a header that does not say so agrees in no row: nothing is said", () => {
    const monthly = withCell(HALF_YEAR, 1, 5, "人均补助(元)");
    expect(found(withCell(monthly, 4, 5, 1292))).toEqual([]);
  });

  it("a per-year average over half a year is not checked; over a whole year it is", () => {
    const rows = (title: string): CellInput[][] => [
      [title, null, null, null],
      ["救助类别", "救助人数(人)", "救助金额(万元)", "人均救助(元/人·年)"],
      ["最低生活保障", 11916, 5368.2, 4505],
      ["特困人员供养", 1812, 2642.7, 14584],
      ["临时救助", 1498, 412.6, 2574],
    ];
    expect(found(rows("2024年度社会救助情况"))).toEqual(["completion-mismatch@D5"]);
    expect(found(rows("2024年上半年社会救助情况"))).toEqual([]);
  });
});

describe("rowAverages", () => {
  const col = (c: number, header: string, headerUnit?: string): TableColumn => ({ col: c, header, role: "value", key: "value", ...(headerUnit ? { headerUnit } : {}) });
  const read = (columns: TableColumn[]) => rowAverages(columns).map((a) => [a.average.col, a.total.col, a.count.col, a.per]);

  it("reads the total by name or as the only money paid out, the count by what the average is per", () => {
    const cols = [col(1, "户数(户)", "户"), col(2, "人数(人)", "人"), col(3, "资金(万元)", "万元"), col(4, "户均人数(人)", "人"), col(5, "人均资金(元)", "元")];
    expect(read(cols)).toEqual([
      [4, 2, 1, null],
      [5, 3, 2, null],
    ]);
    expect(read([col(1, "保障人数(人)", "人"), col(2, "发放资金(万元)", "万元"), col(3, "人均补助(元/月)", "元/月")])).toEqual([[3, 2, 1, "month"]]);
  });

  it("two money columns for a 补助 the header does not name: none", () => {
    expect(read([col(1, "保障人数(人)", "人"), col(2, "基本生活费(万元)", "万元"), col(3, "护理补贴(万元)", "万元"), col(4, "人均补助(元/月)", "元/月")])).toEqual([]);
  });

  it("a count not in what the average is per (人均 over 人次 only, 户均 over 人 only): none", () => {
    expect(read([col(1, "救助人次(人次)", "人次"), col(2, "救助金额(万元)", "万元"), col(3, "人均救助(元)", "元")])).toEqual([]);
    expect(read([col(1, "保障人数(人)", "人"), col(2, "发放资金(万元)", "万元"), col(3, "户均资金(元)", "元")])).toEqual([]);
  });

  it("two counts of the kind (保障人数 | 新增人数): none", () => {
    expect(read([col(1, "保障人数(人)", "人"), col(2, "新增人数(人)", "人"), col(3, "发放资金(万元)", "万元"), col(4, "人均补助(元)", "元")])).toEqual([]);
  });

  it("a standard, income of the population, or 月 and a per-year unit: none", () => {
    const base = [col(1, "保障人数(人)", "人"), col(2, "发放资金(万元)", "万元")];
    expect(read([...base, col(3, "人均补助标准(元/月)", "元/月")])).toEqual([]);
    expect(read([...base, col(3, "城乡居民人均可支配收入(元)", "元")])).toEqual([]);
    expect(read([...base, col(3, "月人均补助(元/人·年)", "元/人·年")])).toEqual([]);
    expect(read([...base, col(3, "人均补助")])).toEqual([]);
    // A unit per household under a name per person: one of the two is wrong.
    expect(read([...base, col(3, "人均补助(元/户·月)", "元/户·月")])).toEqual([]);
    expect(read([...base, col(3, "人均补助(元/人·月)", "元/人·月")])).toEqual([[3, 2, 1, "month"]]);
  });

  it("words before 人均 must name the total or the count (低保 of 低保人均补助)", () => {
    expect(read([col(1, "低保对象(人)", "人"), col(2, "低保资金支出(万元)", "万元"), col(3, "低保月人均补助水平(元)", "元")])).toEqual([[3, 2, 1, "month"]]);
    expect(read([col(1, "保障人数(人)", "人"), col(2, "发放资金(万元)", "万元"), col(3, "特困月人均补助(元)", "元")])).toEqual([]);
  });
});

describe("monthsDivisor", () => {
  it("the months of the period for a per-month average, 1 for a whole total, none without a period", () => {
    expect(monthsDivisor("month", { half: 1, label: "2024年上半年" })).toBe(6);
    expect(monthsDivisor("month", { month: 9, label: "2024年1-9月" })).toBe(9);
    expect(monthsDivisor("month", { month: 9, label: "2024年前三季度" })).toBe(9);
    expect(monthsDivisor("month", { month: 5, label: "2024年5月" })).toBe(1);
    expect(monthsDivisor("month", { label: "2024年度" })).toBe(12);
    expect(monthsDivisor("month", undefined)).toBeNull();
    expect(monthsDivisor(null, undefined)).toBe(1);
    expect(monthsDivisor("year", { label: "2024年" })).toBe(1);
    expect(monthsDivisor("year", { half: 1, label: "2024年上半年" })).toBeNull();
  });
});

describe("an average's header words over typed text", () => {
  test.each(["人均", "月人均补助", "人次均户均", "低保人均资金(元)"])("stay linear on %j repeated to 32,767 characters in a header", (unit) => {
    const rows = (text: string): CellInput[][] => [
      ["2024年上半年"],
      ["乡镇", "保障人数(人)", "发放资金(万元)", text],
      ["甲镇", 871, "417.0", 798],
      ["乙镇", 1004, "489.1", 812],
    ];
    const r = scalesLinearly(unit, 32767, (text) => bestOf(2, () => checkGrid(grid(rows(text)), generic)), { floorMs: 0.25, passMs: 200 });
    expect(r).toMatchObject({ linear: true });
  });
});
