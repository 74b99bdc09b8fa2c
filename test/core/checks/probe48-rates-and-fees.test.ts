import { type CellInput, withCell as edit } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Probe 48: a rate of money paid out against its plan (拨付率, 到位率, 兑现率, 发放率, 支出率) was read
 * as a share capped at 100% (over-fulfilment reported as an error) and, beside its plan and actual
 * columns, was not checked against them; a fee paid out (孤儿基本生活费发放) in 人 was not seen as
 * money.
 */
const both = (rows: CellInput[][]): string[][] => [
  found(rows),
  found(rows, "civil-affairs"),
];

const PAID: CellInput[][] = [
  ["县(市、区)", "补助资金计划(万元)", "实际拨付(万元)", "拨付率(%)"],
  ["莲都区", 96.0, 98.6, 102.7],
  ["龙泉市", 54.0, 46.2, 85.6],
  ["青田县", 78.0, 70.9, 90.9],
  ["合计", 228.0, 215.7, 94.6],
];

describe("a rate of what was paid out against its plan may pass 100%", () => {
  it("拨付率 102.7% beside its plan and actual raises nothing", () => {
    expect(both(PAID)).toEqual([[], []]);
  });
  it.each(["拨付率", "资金到位率", "政策兑现率", "补贴发放率", "预算支出率"])(
    "%s over 100% alone in its column raises nothing",
    (name) => {
      const rows: CellInput[][] = [
        ["县(市、区)", "养老床位(张)", `${name}(%)`],
        ["莲都区", 300, 104.0],
        ["龙泉市", 200, 98.0],
      ];
      expect(both(rows)).toEqual([[], []]);
    },
  );
  it("below 0% it is still wrong", () => {
    const rows: CellInput[][] = [
      ["县(市、区)", "养老床位(张)", "资金到位率(%)"],
      ["莲都区", 300, -4.0],
      ["龙泉市", 200, 98.0],
    ];
    expect(found(rows)).toContain("percent-out-of-range@C2");
  });
});

describe("a share over 100% is still an error", () => {
  it.each(["入住率", "覆盖率", "床位使用率", "参保率"])("%s 103.3%", (name) => {
    const rows: CellInput[][] = [
      ["县(市、区)", "养老床位(张)", `${name}(%)`],
      ["莲都区", 300, 103.3],
      ["龙泉市", 200, 75.0],
    ];
    expect(found(rows)).toEqual(["percent-out-of-range@C2"]);
  });
  it("入住率 over 100% where the counts say so too (more residents than beds)", () => {
    const rows: CellInput[][] = [
      ["县(市、区)", "床位数(张)", "入住人数(人)", "入住率(%)"],
      ["莲都区", 300, 310, 103.3],
      ["龙泉市", 200, 150, 75.0],
    ];
    expect(found(rows)).toEqual(["percent-out-of-range@D2"]);
  });
});

describe("a rate beside its plan and actual is checked against them", () => {
  it("拨付率 49.4 where 90.6 / 96.0 is 94.4%", () => {
    const rows: CellInput[][] = [
      ["县(市、区)", "补助资金计划(万元)", "实际拨付(万元)", "拨付率(%)"],
      ["莲都区", 96.0, 90.6, 49.4],
      ["龙泉市", 54.0, 46.2, 85.6],
      ["青田县", 78.0, 70.9, 90.9],
      ["合计", 228.0, 207.7, 91.1],
    ];
    expect(both(rows)).toEqual([
      ["completion-mismatch@D2"],
      ["completion-mismatch@D2"],
    ]);
    expect(found(edit(rows, 1, 3, 94.4))).toEqual([]);
  });
  it("到位率 under 下达资金 | 到位资金", () => {
    const rows: CellInput[][] = [
      [
        "县(市、区)",
        "计划下达资金(万元)",
        "实际到位资金(万元)",
        "资金到位率(%)",
      ],
      ["莲都区", 120.0, 110.4, 82.0],
      ["龙泉市", 80.0, 76.0, 95.0],
      ["青田县", 60.0, 63.0, 105.0],
    ];
    expect(found(rows)).toEqual(["completion-mismatch@D2"]);
    expect(found(edit(rows, 1, 3, 92.0))).toEqual([]);
  });
  it("a rate of something else after a plan and its actual is not compared with them", () => {
    const rows: CellInput[][] = [
      ["县(市、区)", "改造计划(户)", "实际完成(户)", "群众满意率(%)"],
      ["莲都区", 320, 336, 97.5],
      ["龙泉市", 180, 152, 96.0],
      ["青田县", 200, 190, 98.2],
    ];
    expect(found(rows)).toEqual([]);
  });
});

describe("a fee is money by its name", () => {
  const ROWS = (name: string, unit: string, value: number): CellInput[][] => [
    ["指标", "单位", "本期", "上年同期", "同比(%)"],
    [name, unit, value, 350, Math.round((value / 350 - 1) * 1000) / 10],
  ];
  it.each([
    ["孤儿基本生活费发放", "人"],
    ["孤儿基本生活费", "人"],
    ["困难残疾人护理费", "人"],
    ["特困人员丧葬费", "个"],
    ["临时救助资金拨付", "人次"],
  ])("%s in %s is a unit-mismatch", (name, unit) => {
    expect(found(ROWS(name, unit, 352))).toEqual(["unit-mismatch@B2"]);
  });
  it("352.5 人 of a fee is a wrong unit, not a count missing its 万", () => {
    expect(found(ROWS("孤儿基本生活费发放", "人", 352.5))).toEqual([
      "unit-mismatch@B2",
    ]);
  });
  it.each([
    ["孤儿基本生活费发放", "万元"],
    ["孤儿基本生活费发放人数", "人"],
    ["免除基本殡葬服务费", "人"],
    ["减免会费", "个"],
    ["社会组织会费", "个"],
    ["居民消费", "人"],
    ["物资发放", "件"],
  ])("%s in %s raises nothing", (name, unit) => {
    expect(found(ROWS(name, unit, 352))).toEqual([]);
  });
});
