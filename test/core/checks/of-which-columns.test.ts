import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

// 其中 columns against the column they are parts of, in the same row: 合计 | 其中:城市 | 农村,
// 总人数(人) | 其中:女性(人), 特困供养人数 | 其中:集中供养 | 分散供养.

const generic = getBuiltinSchema("generic")!;

function findings(rows: CellInput[][]): Finding[] {
  return checkGrid(grid(rows), generic).findings;
}

function found(rows: CellInput[][]): string[] {
  return findings(rows).map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const CITY_RURAL: CellInput[] = ["指标", "单位", "合计", "其中:城市", "农村"];
const STAFF: CellInput[] = ["地区", "职工总数(人)", "其中:女性(人)", "35岁以下(人)", "党员(人)"];
const SUPPORTED: CellInput[] = ["地区", "特困供养人数(人)", "其中:集中供养(人)", "分散供养(人)"];

describe("其中 columns against their total in the same row", () => {
  it("合计 | 其中:城市 | 农村: the two split the total and must add up to it", () => {
    const rows: CellInput[][] = [CITY_RURAL, ["低保人数", "人", 100, 40, 60], ["特困人数", "人", 50, 20, 35]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@C3"]);
    // (An excess is said as the 合计 | 其中 columns always said it; a shortfall as a sum that differs.)
    expect(f[0].message).toBe("“其中” 2 项之和 55 超过总数 50");
  });

  it("a shortfall too, not only an excess (城市 + 农村 < 合计)", () => {
    const rows: CellInput[][] = [CITY_RURAL, ["低保人数", "人", 100, 40, 50], ["特困人数", "人", 50, 20, 30]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@C2"]);
    expect(f[0].message).toBe("合计 100 与 2 个分项之和 90 不等");
  });

  it("特困供养人数 | 其中:集中供养 | 分散供养 in a wide table", () => {
    const rows: CellInput[][] = [SUPPORTED, ["甲县", 100, 40, 60], ["乙县", 50, 20, 35]];
    expect(found(rows)).toEqual(["sum-mismatch@B3"]);
  });

  it("总数 | 其中:女性: a lone part above its total, found on the part", () => {
    const rows: CellInput[][] = [["指标", "总数", "其中:女性"], ["甲街道", 100, 140], ["乙街道", 50, 20]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@C2"]);
    expect(f[0].message).toBe("“其中”项 140 超过总数 100");
  });

  it("parts that overlap (其中:女性 | 其中:35岁以下 | 其中:党员) are each at most the total, not their sum", () => {
    const rows: CellInput[][] = [["地区", "职工总数(人)", "其中:女性(人)", "其中:35岁以下(人)", "其中:党员(人)"], ["甲县", 100, 60, 50, 30], ["乙县", 80, 30, 20, 90]];
    expect(found(rows)).toEqual(["sum-mismatch@E3"]);
  });

  it("其中:男 | 女 | 其中:党员: two cuts of one total, the pair adding up to it", () => {
    const rows: CellInput[][] = [["地区", "职工总数(人)", "其中:男(人)", "女(人)", "其中:党员(人)"], ["甲县", 100, 40, 50, 30], ["乙县", 80, 30, 50, 20]];
    expect(found(rows)).toEqual(["sum-mismatch@B2"]);
  });

  it("each indicator's own 其中 columns (低保户数 | 其中:城市 | 农村 | 低保人数 | 其中:城市 | 农村)", () => {
    const rows: CellInput[][] = [
      ["地区", "低保户数(户)", "其中:城市(户)", "农村(户)", "低保人数(人)", "其中:城市(人)", "农村(人)"],
      ["甲县", 100, 40, 60, 180, 70, 110],
      ["乙县", 80, 30, 50, 150, 60, 95],
    ];
    expect(found(rows)).toEqual(["sum-mismatch@E3"]);
  });

  describe("stays silent on correct tables of the same shapes", () => {
    it("城市 + 农村 = 合计, with a blank, a — and a standard that is no sum", () => {
      const rows: CellInput[][] = [
        CITY_RURAL,
        ["低保人数", "人", 100, 40, 60],
        ["低保标准", "元/人·月", null, 980, 820],
        ["特困人数", "人", "—", 20, 35],
        ["临时救助资金", "万元", 120.5, 40.2, 80.3],
        ["覆盖率", "%", 3.2, 2.1, 4.0],
      ];
      expect(found(rows).filter((f) => f.startsWith("sum-mismatch"))).toEqual([]);
    });

    it("amounts rounded to one decimal that add up within their rounding", () => {
      const rows: CellInput[][] = [CITY_RURAL, ["低保资金", "万元", 1432.6, 512.3, 920.4], ["特困资金", "万元", 305.0, 100.1, 204.9]];
      expect(found(rows)).toEqual([]);
    });

    it("集中 + 分散 = 特困供养人数, a county that reports none", () => {
      const rows: CellInput[][] = [SUPPORTED, ["甲县", 100, 40, 60], ["乙县", 50, 20, 30], ["丙县", 0, 0, 0], ["丁县", 12, 12, "—"]];
      expect(found(rows)).toEqual([]);
    });

    it("overlapping parts each within the total, their sum above it", () => {
      const rows: CellInput[][] = [["地区", "职工总数(人)", "其中:女性(人)", "其中:35岁以下(人)", "其中:党员(人)"], ["甲县", 100, 60, 50, 30], ["乙县", 80, 30, 20, 10], ["丙县", 40, 40, 12, 40]];
      expect(found(rows)).toEqual([]);
    });

    it("columns after a lone 其中 that name no part of it (女性 then 35岁以下, 党员) are left alone", () => {
      const rows: CellInput[][] = [STAFF, ["甲县", 100, 60, 50, 30], ["乙县", 80, 30, 20, 10]];
      expect(found(rows)).toEqual([]);
    });

    it("城市 | 农村 | 其他: the two are no longer the whole", () => {
      const rows: CellInput[][] = [["地区", "低保对象(人)", "其中:城市(人)", "农村(人)", "其他(人)"], ["甲县", 100, 40, 50, 10], ["乙县", 80, 30, 45, 5]];
      expect(found(rows)).toEqual([]);
    });

    it("rates and averages beside their 其中 columns are no sums", () => {
      const rows: CellInput[][] = [["地区", "参保率(%)", "其中:城市(%)", "农村(%)", "平均补助(元)", "其中:城市(元)", "农村(元)"], ["甲县", 95, 96, 94, 500, 600, 400]];
      expect(found(rows)).toEqual([]);
    });

    it("a total of another unit after the list (低保对象(人) | 其中:城市(人) | 农村(人) | 低保资金(万元))", () => {
      const rows: CellInput[][] = [["地区", "低保对象(人)", "其中:城市(人)", "农村(人)", "低保资金(万元)"], ["甲县", 100, 40, 60, 30.5], ["乙县", 80, 30, 50, 20.1]];
      expect(found(rows)).toEqual([]);
    });
  });
});
