import { type CellInput } from "../table/grid-helpers";
import { found } from "./found";

/**
 * A county table whose one measure is headed by a count alone (人数 | 上年同期 | 同比, the unit in the
 * title line), and measure groups so headed (户数 | 上年同期 | 同比 | 支出 | 上年同期 | 同比): 人数 and 户数
 * named no column, so the table had no 本期 (missing-column) or its 支出 was paired with 户数's 上年同期.
 * And 上年同期 beside 保障人数 (its unit 人 named by the header) had no unit: the growth between the two
 * went unchecked.
 */

describe("a count alone heads a value column", () => {
  it("人数 | 上年同期 | 同比(%)", () => {
    const rows: CellInput[][] = [["县(市、区)", "人数", "上年同期", "同比(%)"], ["东城区", 1826, 1903, -4.0], ["西城区", 1200, 1100, 9.1]];
    expect(found(rows)).toEqual([]);
    expect(found(rows.map((r, i) => (i === 2 ? ["西城区", 1200, 1100, 19.1] : r)))).toEqual(["growth-mismatch@D3"]);
  });

  it("上年同期 beside 保障人数 is in 人: its growth is checked", () => {
    const rows: CellInput[][] = [["县(市、区)", "保障人数", "上年同期", "同比(%)"], ["东城区", 1826, 1903, -4.0], ["西城区", 1200, 1100, 19.1]];
    expect(found(rows)).toEqual(["growth-mismatch@D3"]);
  });

  it("户数 | 上年同期 | 同比 | 支出 | 上年同期 | 同比: two groups", () => {
    const rows: CellInput[][] = [["县(市、区)", "户数", "上年同期", "同比(%)", "支出", "上年同期", "同比(%)"], ["东城区", 1826, 1903, -4.0, 1396.4, 1402.8, -0.5], ["西城区", 1200, 1100, 9.1, 980.0, 900.0, 8.9]];
    expect(found(rows)).toEqual([]);
  });
});
