import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;
const HEADER: CellInput[] = ["序号", "地区", "单位", "本期", "上年同期"];
const run = (rows: CellInput[][]) =>
  checkGrid(grid(rows), generic)
    .findings.filter((f: Finding) => f.code === "sum-mismatch")
    .map((f) => `${f.cell}→${f.expected}`);

describe("sum-mismatch across a header printed again on the next page", () => {
  const page1: CellInput[][] = [HEADER, [1, "甲县", "人", 100, 90], [2, "乙县", "人", 200, 180]];
  const page2 = (total: number): CellInput[][] => [HEADER, [3, "丙县", "人", 300, 270], [null, "合计", "人", total, 540]];
  it("a 合计 after the repeat adds up the rows of both pages (it added the last page's only)", () => {
    expect(run([...page1, ...page2(600)])).toEqual([]);
    expect(run([...page1, ...page2(650)])).toEqual(["D6→600"]);
  });
  it("a header after a total starts another table, with its own 合计", () => {
    const first: CellInput[][] = [...page1, [null, "合计", "人", 300, 270]];
    expect(run([...first, HEADER, [3, "丙县", "人", 300, 270], [4, "丁县", "人", 100, 90], [null, "合计", "人", 400, 360]])).toEqual([]);
  });
});

describe("probe 32: a section numbered 一、 under a catalogue indicator's name; reasons clerks write for a large growth", () => {
  const civil = getBuiltinSchema("civil-affairs")!;
  it("一、 | 养老床位 with no figures heads the rows below it: no empty value", () => {
    const rows: CellInput[][] = [
      ["序号", "指标", "单位", "年度目标", "1-6月完成", "完成率(%)"],
      ["一、", "养老床位", null, null, null, null],
      [1, "养老机构床位", "张", 12000, 11850, 98.8],
      [2, "家庭养老床位", "张", 2000, 1620, 81.0],
    ];
    expect(checkGrid(grid(rows), civil).findings.filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.cell}`)).toEqual([]);
  });
  it.each([["本期新建成13家并投入运营"], ["上年同期基数较低"], ["列入省级民生实事"]])("%s explains 11 → 24 家", (note) => {
    const rows: CellInput[][] = [
      ["指标", "单位", "本期", "上年同期", "同比增长(%)", "备注"],
      ["精神障碍社区康复服务机构", "家", 24, 11, 118.2, note],
    ];
    expect(checkGrid(grid(rows), generic).findings.map((f) => f.code)).toEqual([]);
  });
});
