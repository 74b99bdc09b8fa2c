import { type CellInput, withCell } from "../table/grid-helpers";
import { found } from "./found";

/**
 * A 上半年 row under 一季度 | 二季度 rows (1-6月 under 1月 … 6月, 全年 under 上半年 | 下半年) was added up
 * only when named 合计. Unnamed, it holds in a column of flows (money paid, 人次, 新增, 结婚登记 in 对)
 * the sum of its periods, and in a column of stocks (年末在册, 床位数, 现有) or rates, standards and
 * averages no sum: the column, not the row's name, says which.
 */

const FLOWS: CellInput[][] = [
  [
    "时期",
    "低保资金(万元)",
    "临时救助(人次)",
    "新增低保对象(人)",
    "结婚登记(对)",
    "火化遗体(具)",
  ],
  ["一季度", 250.1, 600, 120, 300, 500],
  ["二季度", 278.3, 762, 130, 310, 520],
  ["上半年", 528.4, 1362, 250, 610, 1020],
];

const STOCKS: CellInput[][] = [
  [
    "时期",
    "年末在册低保人数(人)",
    "养老床位数(张)",
    "现有养老机构(个)",
    "在院人数(人)",
    "低保标准(元/人·月)",
    "救助覆盖率(%)",
    "月人均补助(元)",
    "低保对象(人)",
    "发放高龄津贴(人)",
  ],
  ["一季度", 5000, 1200, 30, 800, 800, 95.0, 450, 5000, 9000],
  ["二季度", 5100, 1250, 31, 820, 820, 96.0, 460, 5100, 9100],
  ["上半年", 5100, 1260, 31, 810, 810, 95.5, 455, 5050, 9150],
];

describe("a period row spanning the period rows above it, in a column of flows", () => {
  it("right sums raise nothing", () => {
    expect(found(FLOWS)).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5])(
    "a wrong 上半年 in column %i is found on its cell",
    (col) => {
      const wrong = withCell(FLOWS, 3, col, (FLOWS[3][col] as number) + 7);
      expect(found(wrong)).toEqual([`sum-mismatch@${"ABCDEF"[col]}4`]);
    },
  );

  it("1-6月 under 1月 … 6月, dated halves, 前三季度, and 全年 under 上半年 | 下半年", () => {
    const months: CellInput[][] = [
      ["月份", "临时救助资金(万元)"],
      ["1月", 80],
      ["2月", 85],
      ["3月", 90],
      ["4月", 92],
      ["5月", 95],
      ["6月", 86],
      ["1-6月", 528],
    ];
    expect(found(months)).toEqual([]);
    expect(found(withCell(months, 7, 1, 582))).toEqual(["sum-mismatch@B8"]);
    const halves: CellInput[][] = [
      ["时期", "临时救助(人次)"],
      ["2025年三季度", 700],
      ["2025年四季度", 810],
      ["2025年下半年", 1510],
    ];
    expect(found(halves)).toEqual([]);
    expect(found(withCell(halves, 3, 1, 1501))).toEqual(["sum-mismatch@B4"]);
    const three: CellInput[][] = [
      ["时期", "新登记社会组织(个)"],
      ["一季度", 21],
      ["二季度", 18],
      ["三季度", 25],
      ["前三季度", 64],
    ];
    expect(found(three)).toEqual([]);
    expect(found(withCell(three, 4, 1, 46))).toEqual(["sum-mismatch@B5"]);
    const year: CellInput[][] = [
      ["时期", "医疗救助资金(万元)"],
      ["上半年", 1250.6],
      ["下半年", 1330.2],
      ["全年", 2580.8],
    ];
    expect(found(year)).toEqual([]);
    expect(found(withCell(year, 3, 1, 2508.8))).toEqual(["sum-mismatch@B4"]);
  });

  it("quarters with their months above them: the quarters are the parts", () => {
    const rows: CellInput[][] = [
      ["月份", "临时救助(人次)"],
      ["1月", 200],
      ["2月", 190],
      ["3月", 210],
      ["一季度", 600],
      ["4月", 250],
      ["5月", 260],
      ["6月", 252],
      ["二季度", 762],
      ["上半年", 1362],
    ];
    expect(found(rows)).toEqual([]);
    expect(found(withCell(rows, 9, 1, 1326))).toEqual(["sum-mismatch@B10"]);
  });
});

describe("no sum where the span may hold something else", () => {
  it("stocks, rates, standards, averages, and counts of persons that may count each once", () => {
    expect(found(STOCKS)).toEqual([]);
  });

  it("periods that do not cover the span exactly, or of another year", () => {
    const part: CellInput[][] = [
      ["月份", "临时救助资金(万元)"],
      ["4月", 92],
      ["5月", 95],
      ["6月", 86],
      ["上半年", 999],
    ];
    expect(found(part)).toEqual([]);
    const years: CellInput[][] = [
      ["时期", "临时救助(人次)"],
      ["2024年一季度", 600],
      ["2025年二季度", 762],
      ["2025年上半年", 999],
    ];
    expect(found(years)).toEqual([]);
  });
});
