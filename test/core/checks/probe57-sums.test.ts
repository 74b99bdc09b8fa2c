import { type CellInput } from "../table/grid-helpers";
import { found, said } from "./found";

// Probe 57: sums that are none (a rate by quarter beside 1-9月累计) and a 其中 list's bare second line.

const sums = (rows: CellInput[][], schemaId = "generic"): string[] => found(rows, schemaId, "sum-mismatch");

describe("quarter columns beside a span's figure add up only in a flow row", () => {
  const QUARTERS: CellInput[] = ["指标", "单位", "一季度", "二季度", "三季度", "1-9月累计", "上年同期", "同比(%)"];
  const table = (row: CellInput[], cremated = 20740, header = QUARTERS): CellInput[][] => [header, ["火化遗体", "具", 8312, 6501, 5927, cremated, 20089, 3.2], row];

  it("a rate, an average or a standard by quarter is no part of the nine months' figure", () => {
    const rows: CellInput[][] = [
      ["火化率", "%", 99.8, 99.8, 99.8, 99.8, 99.8, "—"],
      ["节地生态安葬率", "%", 69.4, 75.0, 66.6, 71.0, 67.8, "—"],
      ["平均每具减免金额", "元", 585, 582, 576, 582, 565, 3.0],
      ["人均基本殡葬服务补贴", "元", 1200, 1200, 1200, 1200, 1100, 9.1],
    ];
    for (const row of rows) for (const schema of ["generic", "civil-affairs"]) expect(sums(table(row), schema)).toEqual([]);
  });

  it("the rate's unit in its name (火化率(%)), and a 上半年合计 after two quarters, alike", () => {
    const named: CellInput[][] = [
      ["指标", "一季度", "二季度", "三季度", "1-9月累计", "上年同期", "同比(%)"],
      ["火化遗体(具)", 8312, 6501, 5927, 20740, 20089, 3.2],
      ["火化率(%)", 99.8, 99.8, 99.8, 99.8, 99.8, "—"],
    ];
    expect(sums(named)).toEqual([]);
    const half: CellInput[][] = [
      ["指标", "单位", "一季度", "二季度", "上半年合计", "上年同期", "同比(%)"],
      ["火化遗体", "具", 8312, 6501, 14813, 14200, 4.3],
      ["火化率", "%", 99.8, 99.8, 99.8, 99.7, "—"],
    ];
    expect(sums(half)).toEqual([]);
  });

  it("a count of places at each quarter's end (公益性公墓 412 | 418 | 423, 423 since) is a stock", () => {
    expect(sums(table(["公益性公墓", "个", 412, 418, 423, 423, 401, 5.5]))).toEqual([]);
    expect(sums(table(["养老机构", "家", 86, 88, 88, 88, 80, 10.0]))).toEqual([]);
    expect(sums(table(["月末在院人数", "人", 1320, 1356, 1371, 1371, 1300, 5.5]))).toEqual([]);
  });

  it("a flow's slip is still found, in 具 as in 个 (新登记社会组织 12 | 15 | 9 is 36, not 40)", () => {
    expect(sums(table(["火化率", "%", 99.8, 99.8, 99.8, 99.8, 99.8, "—"], 20470))).toEqual(["sum-mismatch@F2"]);
    expect(sums(table(["新登记社会组织", "个", 12, 15, 9, 40, 30, 33.3]))).toEqual(["sum-mismatch@F3"]);
    // A 万 dropped from a 万元 quarter's sum, beside a rate that is left alone.
    expect(sums(table(["惠民殡葬减免金额", "万元", 486.2, 378.5, 341.7, 1260.4, 1135.8, 11.0]))).toEqual(["sum-mismatch@F3"]);
  });
});

describe("a bare line after a 其中 line goes on with the list when the total says so", () => {
  const HEADER: CellInput[] = ["捐赠来源", "款物合计", "上年同期", "同比(%)"];

  it("一、企业捐赠 | 其中:民营企业 | 国有企业 | 二、个人捐赠: 国有企业 is inside 企业捐赠, not a third part", () => {
    const rows: CellInput[][] = [HEADER, ["合计", 600, 500, 20.0], ["一、企业捐赠", 400, 300, 33.3], ["其中:民营企业", 300, 200, 50.0], ["国有企业", 100, 100, 0.0], ["二、个人捐赠", 200, 200, 0.0]];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows, "civil-affairs")).toEqual([]);
    // The 合计 at the bottom, and sections with no numbers.
    expect(sums([HEADER, ...rows.slice(2), rows[1]])).toEqual([]);
    expect(sums([HEADER, rows[1], ["企业捐赠", 400, 300, 33.3], rows[3], rows[4], ["个人捐赠", 200, 200, 0.0]])).toEqual([]);
    // Two bare lines (国有企业 | 港澳台及外资企业) and a list under the second part too.
    const longer: CellInput[][] = [
      HEADER,
      ["合计", 800, 700, 14.3],
      ["企业捐赠", 400, 300, 33.3],
      ["其中:民营企业", 250, 150, 66.7],
      ["国有企业", 100, 100, 0.0],
      ["港澳台及外资企业", 50, 50, 0.0],
      ["个人捐赠", 200, 200, 0.0],
      ["社会组织捐赠", 200, 200, 0.0],
      ["其中:基金会", 150, 150, 0.0],
      ["慈善会", 50, 50, 0.0],
    ];
    expect(sums(longer)).toEqual([]);
  });

  it("a bare line the total needs is a part of its own (企业捐赠 | 其中:民营企业 | 个人捐赠)", () => {
    const rows = (total: number): CellInput[][] => [HEADER, ["合计", total, 500, 20.0], ["企业捐赠", 400, 300, 33.3], ["其中:民营企业", 300, 200, 50.0], ["个人捐赠", 200, 200, 0.0]];
    expect(sums(rows(600))).toEqual([]);
    expect(sums(rows(610))).toEqual(["sum-mismatch@B2"]);
    // With no total to tell, nothing is concluded from the list.
    expect(sums(rows(600).filter((r) => r[0] !== "合计"))).toEqual([]);
  });

  it("a slip in the 合计 is still found, told with the list read as the reader reads it", () => {
    const rows: CellInput[][] = [HEADER, ["合计", 610, 500, 20.0], ["一、企业捐赠", 400, 300, 33.3], ["其中:民营企业", 300, 200, 50.0], ["国有企业", 100, 100, 0.0], ["二、个人捐赠", 200, 200, 0.0]];
    expect(said(rows).filter((s) => s.startsWith("sum-mismatch"))).toEqual(["sum-mismatch@B2: 合计 610 与 2 个分项之和 600 不等"]);
  });

  it("a line answering its list's owner (城市低保 after 农村低保's 其中:女) is a part of its own", () => {
    const rows = (total: number): CellInput[][] => [
      ["指标", "本期", "上年同期", "同比(%)"],
      ["合计", total, 500, 20.0],
      ["农村低保对象", 400, 300, 33.3],
      ["其中:女", 210, 160, 31.3],
      ["城市低保对象", 150, 150, 0.0],
      ["特困供养对象", 50, 50, 0.0],
    ];
    expect(sums(rows(600))).toEqual([]);
    // 150 would fit within 农村低保对象 with 女, yet it names the other half of 城乡: still a part.
    expect(said(rows(610)).filter((s) => s.startsWith("sum-mismatch"))).toEqual(["sum-mismatch@B2: 合计 610 与 3 个分项之和 600 不等"]);
  });
});

describe("the bare lines a total reads as a 其中 list's are checked against its owner with it", () => {
  const H: CellInput[] = ["指标", "单位", "本期"];
  const orgs = (total: number, privateUnits: number): CellInput[][] => [
    H,
    ["合计", "个", total],
    ["社会组织总数", "个", 1200],
    ["其中:社会团体", "个", 700],
    ["民办非企业单位", "个", privateUnits],
    ["养老机构", "个", 300],
  ];

  it("社会团体 700 and 民办非企业单位 650, both in 社会组织总数 1200 as the 合计 reads them, exceed it", () => {
    expect(said(orgs(1500, 650)).filter((s) => s.startsWith("sum-mismatch"))).toEqual(["sum-mismatch@C3: “其中” 2 项之和 1350 超过总数 1200"]);
    // The 合计 at the bottom alike.
    expect(sums([H, ...orgs(1500, 650).slice(2), ["合计", "个", 1500]])).toEqual(["sum-mismatch@C2"]);
    // In the donations' columns, beside last year's figures and the growth.
    const gifts: CellInput[][] = [
      ["捐赠来源", "款物合计", "上年同期", "同比(%)"],
      ["合计", 600, 500, 20.0],
      ["一、企业捐赠", 400, 300, 33.3],
      ["其中:民营企业", 300, 200, 50.0],
      ["国有企业", 150, 100, 50.0],
      ["二、个人捐赠", 200, 200, 0.0],
    ];
    expect(sums(gifts)).toEqual(["sum-mismatch@B3"]);
  });

  it("lines within their owner, or a line the 合计 counts as a part of its own, raise nothing", () => {
    expect(sums(orgs(1500, 450))).toEqual([]);
    expect(sums(orgs(1500, 500))).toEqual([]);
    // 2150 = 1200 + 650 + 300: 民办非企业单位 is no line of the list, 650 is not within 1200.
    expect(sums(orgs(2150, 650))).toEqual([]);
    // With no total to tell, a bare line may be a row of its own: not guessed.
    expect(sums(orgs(1500, 650).filter((r) => r[0] !== "合计"))).toEqual([]);
  });

  it("a line within the 合计's rounding tells nothing: it may be a part of its own", () => {
    // 1000.0 is 400.0 + 0.2 + 4 × 150.0 within the six parts' rounding, as it is 400.0 + 600.0.
    const rows: CellInput[][] = [
      H,
      ["合计", "万元", "1000.0"],
      ["一、企业捐赠", "万元", "400.0"],
      ["其中:民营企业", "万元", "400.0"],
      ["国有企业", "万元", "0.2"],
      ["二、个人捐赠", "万元", "150.0"],
      ["三、社会组织捐赠", "万元", "150.0"],
      ["四、其他", "万元", "150.0"],
      ["五、境外捐赠", "万元", "150.0"],
    ];
    expect(sums(rows)).toEqual([]);
  });

  it("two bare lines that split the owner (男 | 女 after 其中:城市 | 农村) must make it", () => {
    const rows = (women: number): CellInput[][] => [
      H,
      ["合计", "人", 150],
      ["低保对象", "人", 100],
      ["其中:城市", "人", 40],
      ["农村", "人", 60],
      ["男", "人", 55],
      ["女", "人", women],
      ["特困人员", "人", 50],
    ];
    expect(sums(rows(45))).toEqual([]);
    expect(said(rows(40)).filter((s) => s.startsWith("sum-mismatch"))).toEqual(["sum-mismatch@C3: 合计 100 与 2 个分项之和 95 不等"]);
  });
});
