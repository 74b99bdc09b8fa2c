import { type CellInput } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Probe 51: 其中 (or #) written again on each line names a subset of its own (女 | 35岁以下 | 党员 |
 * 大专及以上学历 overlap): each line is within the total, the lines are not added up. A list opened
 * once by 其中 and continued by bare lines is one list whose parts are added; so are repeated lines
 * whose labels exclude each other (#城市 | #农村, 社会团体 | 基金会), and repeated lines that add up
 * exactly to the total in another column (a partition written with 其中 on every line).
 */
const sums = (rows: CellInput[][], schemaId = "generic") => found(rows, schemaId).filter((f) => f.startsWith("sum-mismatch"));

const HEAD: CellInput[] = ["指标", "单位", "本期", "上年同期", "同比(%)"];
/** 社区工作者 with two overlapping subsets, each marked by `mark` (其中: or #). */
const workers = (mark: string, young = 2315): CellInput[][] => [
  HEAD,
  ["社区工作者", "人", 6842, 6517, 5.0],
  [`${mark}35岁以下`, "人", young, 2104, Number(((young / 2104 - 1) * 100).toFixed(1))],
  [`${mark}大专及以上学历`, "人", 5126, 4761, 7.7],
];

describe("repeated 其中 / # lines are subsets of their own", () => {
  it("does not add up overlapping lines that each write 其中 or #", () => {
    for (const schema of ["generic", "civil-affairs"]) {
      expect(sums(workers("其中:"), schema)).toEqual([]);
      expect(sums(workers("#"), schema)).toEqual([]);
    }
    // # in the serial column, as statistical forms write it
    const serial: CellInput[][] = [["序号", ...HEAD], [1, "社区工作者", "人", 6842, 6517, 5.0], ["#", "35岁以下", "人", 2315, 2104, 10.0], ["#", "大专及以上学历", "人", 5126, 4761, 7.7]];
    expect(sums(serial)).toEqual([]);
    // four overlapping cuts of one total, each within it
    const four: CellInput[][] = [
      HEAD,
      ["社区工作者", "人", 6842, 6517, 5.0],
      ["其中:女", "人", 4710, 4480, 5.1],
      ["其中:35岁以下", "人", 2315, 2104, 10.0],
      ["其中:党员", "人", 3980, 3702, 7.5],
      ["其中:大专及以上学历", "人", 5126, 4761, 7.7],
    ];
    expect(sums(four)).toEqual([]);
  });

  it("still finds one line over its total by itself", () => {
    expect(sums(workers("其中:", 7000))).toEqual(["sum-mismatch@C2"]);
    expect(sums(workers("#", 7000))).toEqual(["sum-mismatch@C2"]);
  });

  it("adds up a list opened once by 其中 and continued by bare lines", () => {
    const continued = (home: number): CellInput[][] => [
      HEAD,
      ["养老服务对象", "人", 5200, 4900, 6.1],
      ["其中:居家养老", "人", home, 2900, Number(((home / 2900 - 1) * 100).toFixed(1))],
      ["      社区养老", "人", 2100, 1800, 16.7],
    ];
    expect(sums(continued(3000))).toEqual([]);
    expect(sums(continued(3400))).toEqual(["sum-mismatch@C2"]);
    // 其中:男 | 女 must make the whole; then a 其中 line of its own is checked alone
    const cuts = (women: number, disabled: number): CellInput[][] => [
      HEAD,
      ["低保对象", "人", 8204, 8530, -3.8],
      ["其中:男", "人", 4390, 4571, -4.0],
      ["      女", "人", women, 3959, Number(((women / 3959 - 1) * 100).toFixed(1))],
      ["其中:残疾人", "人", disabled, 1802, Number(((disabled / 1802 - 1) * 100).toFixed(1))],
    ];
    expect(sums(cuts(3814, 1710))).toEqual([]);
    expect(sums(cuts(3900, 1710))).toEqual(["sum-mismatch@C2"]);
    expect(sums(cuts(3814, 8300))).toEqual(["sum-mismatch@C2"]);
  });

  // (Last year's figures left out or not adding up: the labels alone say the lines are one list.)
  it("adds up repeated lines whose labels exclude each other", () => {
    const cityRural = (rural: number): CellInput[][] => [
      HEAD,
      ["低保对象", "人", 8204, 8530, -3.8],
      ["#城市低保对象", "人", 2100, null, null],
      ["#农村低保对象", "人", rural, null, null],
    ];
    expect(sums(cityRural(6104))).toEqual([]);
    expect(sums(cityRural(6304))).toEqual(["sum-mismatch@C2"]);
  });

  it("adds up repeated lines naming the kinds of 社会组织", () => {
    const kinds = (foundations: number): CellInput[][] => [
      HEAD,
      ["社会组织总数", "个", 1280, 1230, 4.1],
      ["其中:社会团体", "个", 600, 580, 3.4],
      ["其中:民办非企业单位", "个", 660, 630, 4.8],
      ["其中:基金会", "个", foundations, 18, Number(((foundations / 18 - 1) * 100).toFixed(1))],
    ];
    expect(sums(kinds(20))).toEqual([]);
    expect(sums(kinds(25))).toEqual(["sum-mismatch@C2"]);
  });

  it("adds up repeated lines that make the total exactly in another column", () => {
    const insured = (poor: number): CellInput[][] => [
      HEAD,
      ["老年人意外伤害保险", "万元", 61.38, 57.9, 6.0],
      ["其中:低保、特困老人", "万元", poor, 12.5, Number(((poor / 12.5 - 1) * 100).toFixed(1))],
      ["其中:80周岁以上老人", "万元", 48.22, 45.4, 6.2],
    ];
    expect(sums(insured(13.16))).toEqual([]);
    expect(sums(insured(31.16))).toEqual(["sum-mismatch@C2"]);
    // (the same lines not adding up in any column are two subsets: each within the total, no sum)
    const overlapping = insured(31.16).map((r, i) => (i === 2 ? [r[0], r[1], r[2], 15.5, Number(((31.16 / 15.5 - 1) * 100).toFixed(1))] : r));
    expect(sums(overlapping)).toEqual([]);
  });
});
