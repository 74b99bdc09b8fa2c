import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

// A stock and its flows across the columns of one row: the closing stock is the opening stock
// plus what came in less what went out (年初数 | 本期新增 | 本期减少 | 期末数), or plus the net change.

const generic = getBuiltinSchema("generic")!;

function findings(rows: CellInput[][], locale: "zh-CN" | "en-US" = "zh-CN"): Finding[] {
  return checkGrid(grid(rows), generic, { locale }).findings;
}

function found(rows: CellInput[][]): string[] {
  return findings(rows).map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const PROBE: CellInput[][] = [
  ["指标", "单位", "年初数", "本期新增", "本期减少", "期末数"],
  ["社会团体", "个", 620, 35, 12, 643],
  ["民办非企业单位", "个", 1180, 96, 40, 1246],
  ["基金会", "个", 42, 3, 1, 44],
];

describe("a closing stock against its opening stock and flows", () => {
  it("年初数 | 本期新增 | 本期减少 | 期末数: the closing cell, with the figure it should be", () => {
    const f = findings(PROBE);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@F3"]);
    expect(f[0].message).toBe("期末数应为1236(年初1180+新增96−减少40),填报为1246");
    expect(f[0].expected).toBe("1236");
    expect(findings(PROBE, "en-US")[0].message).toBe("期末数 should be 1236 (年初1180+新增96−减少40), stated 1246");
  });

  it("上期末 | 迁入 | 迁出 | 本期末", () => {
    const rows: CellInput[][] = [["地区", "单位", "上期末", "迁入", "迁出", "本期末"], ["甲县", "户", 620, 35, 12, 643], ["乙县", "户", 1180, 96, 40, 1246]];
    expect(found(rows)).toEqual(["sum-mismatch@F3"]);
  });

  it("上年末数 | 新增 | 减少 | 截至6月底: and 减少 is no growth in percent", () => {
    const rows: CellInput[][] = [["指标", "单位", "上年末数", "新增", "减少", "截至6月底"], ["社会团体", "个", 620, 35, 12, 643], ["民办非企业单位", "个", 1180, 96, 40, 1246]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@F3"]);
    expect(f[0].message).toBe("截至6月底应为1236(上年末1180+新增96−减少40),填报为1246");
  });

  it("units in the header: 年初数(个) | 本期新增(个) | 本期减少(个) | 期末数(个)", () => {
    const rows: CellInput[][] = [["类别", "年初数(个)", "本期新增(个)", "本期减少(个)", "期末数(个)"], ["社会团体", 620, 35, 12, 643], ["基金会", 1180, 96, 40, 1246]];
    expect(found(rows)).toEqual(["sum-mismatch@E3"]);
  });

  it("年初(个) | 新成立(个) | 撤销(个) | 现有(个)", () => {
    const rows: CellInput[][] = [["类别", "年初(个)", "新成立(个)", "撤销(个)", "现有(个)"], ["社会团体", 620, 35, 12, 643], ["基金会", 1180, 96, 40, 1246]];
    expect(found(rows)).toEqual(["sum-mismatch@E3"]);
  });

  it("年初 | 本年新增 | 本年死亡 | 年末", () => {
    const rows: CellInput[][] = [["指标", "单位", "年初", "本年新增", "本年死亡", "年末"], ["特困人员", "人", 620, 35, 12, 643], ["孤儿", "人", 1180, 96, 40, 1246]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@F3"]);
    expect(f[0].message).toBe("年末应为1236(年初1180+新增96−死亡40),填报为1246");
  });

  it("the net change: 年初数(个) | 净增(个) | 年末数(个), and 上年末数 | 净增 | 本期末", () => {
    const a: CellInput[][] = [["类别", "年初数(个)", "净增(个)", "年末数(个)"], ["社会团体", 620, 23, 643], ["基金会", 1180, 56, 1246]];
    const f = findings(a);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@D3"]);
    expect(f[0].message).toBe("年末数应为1236(年初1180+净增56),填报为1246");
    const b: CellInput[][] = [["指标", "单位", "上年末数", "净增", "本期末"], ["社会团体", "个", 620, 23, 643], ["基金会", "个", 1180, 56, 1246]];
    expect(found(b)).toEqual(["sum-mismatch@E3"]);
  });

  it("万元 figures with one decimal, beyond their rounding", () => {
    const rows: CellInput[][] = [["项目", "年初数(万元)", "本期新增(万元)", "本期减少(万元)", "期末数(万元)"], ["福利彩票公益金", 62.5, 3.5, 1.2, 64.8], ["救助资金", 120.4, 30.2, 12.1, 140.5]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@E3"]);
    expect(f[0].expected).toBe("138.5");
  });
});

describe("stock-flow tables that stay silent", () => {
  const silent = (rows: CellInput[][]) => expect(found(rows).filter((c) => c.startsWith("sum-mismatch") || c.startsWith("growth"))).toEqual([]);

  it("the probe's table with the slip put right", () => {
    silent([PROBE[0], PROBE[1], ["民办非企业单位", "个", 1180, 96, 40, 1236], PROBE[3]]);
  });

  it("万元 figures with one decimal that add up within their rounding", () => {
    // 12.3 + 4.6 − 1.2 = 15.7: each figure rounded to one decimal, 15.8 may be right.
    silent([["项目", "年初数(万元)", "本期增加(万元)", "本期减少(万元)", "期末数(万元)"], ["福利彩票公益金", 12.3, 4.6, 1.2, 15.8], ["救助资金", 120.4, 30.2, 12.1, 138.5]]);
  });

  it("a blank, a dash or text in a flow cell leaves the row alone", () => {
    silent([PROBE[0], ["社会团体", "个", 620, null, 12, 643], ["民办非企业单位", "个", 1180, "—", 40, 1246], ["基金会", "个", 42, 3, "不详", 50]]);
  });

  it("新增 | 其中:新登记: a flow the identity cannot place", () => {
    silent([["指标", "单位", "年初数", "本期新增", "其中:新登记", "本期减少", "期末数"], ["社会团体", "个", 620, 35, 20, 12, 643], ["基金会", "个", 1180, 96, 50, 40, 1236]]);
  });

  it("本期新增 beside 本期新登记: the one may hold the other", () => {
    silent([["指标", "单位", "年初数", "本期新增", "本期新登记", "本期减少", "期末数"], ["社会团体", "个", 620, 35, 20, 12, 663], ["基金会", "个", 1180, 96, 50, 40, 1286]]);
  });

  it("the net change, correct", () => {
    silent([["类别", "年初数(个)", "净增(个)", "年末数(个)"], ["社会团体", 620, 23, 643], ["基金会", 1180, 56, 1236]]);
  });

  it("本期增加 | 本期减少 read as one column twice: the flow the table drops leaves the row alone", () => {
    silent([["项目", "年初数(万元)", "本期增加(万元)", "本期减少(万元)", "期末数(万元)"], ["福利彩票公益金", 62.5, 3.5, 1.2, 64.8], ["救助资金", 120.4, 30.2, 12.1, 138.5]]);
  });

  it("columns of different units in the header", () => {
    silent([["类别", "年初数(个)", "本期新增(人)", "本期减少(个)", "期末数(个)"], ["社会团体", 620, 35, 12, 650], ["基金会", 1180, 96, 40, 1246]]);
  });

  it("上年末数 | 新增 | 减少 | 截至6月底 in 万元, correct: no growth-mismatch on 减少 either", () => {
    silent([["指标", "单位", "上年末数", "新增", "减少", "截至6月底"], ["福利彩票公益金", "万元", 62.5, 3.5, 1.2, 64.8], ["社会团体", "个", 1180, 96, 40, 1236]]);
  });
});

describe("a 合计 row of stocks and flows", () => {
  const TOTAL: CellInput[][] = [
    ["机构", "上期末", "本期新增", "本期减少", "本期末"],
    ["市社会福利中心", 486, 52, 41, 497],
    ["城西区社会福利院", 168, 21, 9, 180],
    ["合计", 654, 73, 50, 677],
  ];
  const at = (r: number, c: number, v: CellInput) => TOTAL.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

  it("a right 合计 raises nothing", () => {
    expect(found(TOTAL)).toEqual([]);
  });

  it("a flow's 合计 off its rows' sum is that cell's slip, not the closing stock's", () => {
    const f = findings(at(3, 2, 83));
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["sum-mismatch@C4"]);
    expect(f[0].message).toBe("合计 83 与 2 个分项之和 73 不等");
    expect(f[0].expected).toBe("73");
  });

  it("a 合计 whose own stocks disagree with no column to blame is checked as any row", () => {
    // 本期末 677 is its rows' sum, 本期新增 too: the closing stock's identity fails on the opening total (654 → 664 by both).
    const rows = at(1, 1, 496).map((row, i) => (i === 1 ? ["市社会福利中心", 496, 52, 41, 497] : i === 3 ? ["合计", 664, 73, 50, 677] : row));
    expect(found(rows)).toEqual(["sum-mismatch@E2", "sum-mismatch@E4"]);
  });
});
