import { type CellInput, withCell } from "../table/grid-helpers";
import { said as found } from "./found";

/**
 * A change column that is a number, not a percent: its header names a unit (比上年增减(人)), or it
 * names none and its figures are the value less the previous one (较上年末增减 under `单位:张`).
 * Such a column was read as a growth in percent (`同比增长应为5%,填报为70%` for a change of 70
 * where 60 was right), and two of them in different units were called one column written twice.
 */

const STOCKS: CellInput[][] = [
  ["2025年上半年各县(市、区)养老机构床位变动情况"],
  ["单位:张"],
  ["地区", "上年末", "本期新增", "本期减少", "本期末", "较上年末增减"],
  ["甲县", 1200, 80, 20, 1260, 60],
  ["乙县", 950, 40, 10, 980, 30],
  ["丙区", 2100, 150, 50, 2200, 100],
  ["合计", 4250, 270, 80, 4440, 190],
];

const COUNTIES: CellInput[][] = [
  ["地区", "低保人数(人)", "上年同期(人)", "比上年增减(人)", "低保标准(元/月)", "较上年提高(元)"],
  ["甲县", 5200, 5400, -200, 1050, 50],
  ["乙县", 3100, 3000, 100, 1000, 40],
  ["丙区", 4300, 4350, -50, 1100, 50],
];


describe("change columns in a unit", () => {
  it("a change beside the stocks, no unit or % in its header, is checked as value − previous", () => {
    expect(found(STOCKS)).toEqual([]);
    expect(found(withCell(STOCKS, 3, 5, 70))).toEqual(["growth-mismatch@F4: 增减应为60(本期减上期),填报为70"]);
  });

  it("a change whose header names its unit is a number, and a second measure's change is no duplicate column", () => {
    expect(found(COUNTIES)).toEqual([]);
    expect(found(withCell(COUNTIES, 1, 3, -300))).toEqual(["growth-mismatch@D2: 增减应为-200(本期减上期),填报为-300"]);
  });

  it("a column that is a rate in some rows stays a growth column", () => {
    const rows: CellInput[][] = [
      ["指标", "上年末", "本期末", "较上年末增减"],
      ["床位", 1200, 1260, 5],
      ["机构", 40, 42, 2],
      ["护理员", 300, 330, 30],
    ];
    expect(found(rows)).toEqual([]);
    expect(found(withCell(rows, 3, 3, 35))).toEqual(["growth-mismatch@D4: 同比增长应为10%,填报为35%"]);
  });
});
