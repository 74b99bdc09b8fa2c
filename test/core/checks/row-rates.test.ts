import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { ratePairs } from "../../../src/core/checks/row-rates";
import { getBuiltinSchema } from "../../../src/core/schema";
import type { TableColumn } from "../../../src/core/table/types";
import { grid, type CellInput } from "../table/grid-helpers";

// A rate column beside the two counts it is worked out from, in one row: 应参检数 | 实参检数 |
// 参检率(%), 应参保人数 | 已参保人数 | 参保率(%), 床位数(张) | 入住人数(人) | 入住率(%).

const generic = getBuiltinSchema("generic")!;

function findings(rows: CellInput[][]): Finding[] {
  return checkGrid(grid(rows), generic).findings;
}

function found(rows: CellInput[][]): string[] {
  return findings(rows).map((f) => `${f.code}@${f.cell ?? "-"}`);
}

const INSPECTION: CellInput[] = ["类别", "应参检数(家)", "实参检数(家)", "参检率(%)"];
const INSURED: CellInput[] = ["地区", "应参保人数(人)", "已参保人数(人)", "参保率(%)", "备注"];
const BEDS: CellInput[] = ["地区", "床位数(张)", "入住人数(人)", "入住率(%)"];

describe("a rate against its numerator and denominator in the same row", () => {
  it("应参检数 | 实参检数 | 参检率: a rate that is not 实/应 × 100", () => {
    const rows: CellInput[][] = [INSPECTION, ["社会团体", 120, 112, 93.3], ["民办非企业单位", 350, 328, 97.3], ["基金会", 15, 15, 100]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["completion-mismatch@D3"]);
    expect(f[0].message).toBe("参检率应为93.7%(实参检数÷应参检数),填报为97.3%");
    expect(f[0].expected).toBe("93.7");
  });

  it("应参保人数 | 已参保人数 | 参保率, with a note column after it", () => {
    const rows: CellInput[][] = [INSURED, ["甲县", 1200, 1150, 95.8, ""], ["乙县", 800, 790, 97.3, ""]];
    expect(found(rows)).toEqual(["completion-mismatch@D3"]);
  });

  it("the counts under a period's group (2024年上半年 over 应参检数 | 实参检数 | 参检率(%))", () => {
    const rows: CellInput[][] = [
      ["地区", "2024年上半年", null, null],
      [null, "应参检数", "实参检数", "参检率(%)"],
      ["甲县", 120, 112, 93.3],
      ["乙县", 350, 328, 97.3],
    ];
    expect(found(rows)).toEqual(["completion-mismatch@D4"]);
  });

  it("床位数 | 入住人数 | 入住率: paired by position, confirmed by the rows that agree", () => {
    const rows: CellInput[][] = [BEDS, ["甲县", 200, 150, 75], ["乙县", 100, 90, 80], ["丙县", 120, 60, 50]];
    const f = findings(rows);
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["completion-mismatch@D3"]);
    expect(f[0].message).toBe("入住率应为90%(入住人数÷床位数),填报为80%");
  });

  it("the two counts the other way round (入住人数 | 床位数 | 入住率)", () => {
    const rows: CellInput[][] = [["地区", "入住人数(人)", "床位数(张)", "入住率(%)"], ["甲县", 150, 200, 75], ["乙县", 90, 100, 80], ["丙县", 60, 120, 50]];
    expect(found(rows)).toEqual(["completion-mismatch@D3"]);
  });

  it("among other columns (养老机构数 | 床位数 | 入住人数 | 入住率 | 护理型床位 | 占比)", () => {
    const rows: CellInput[][] = [
      ["地区", "养老机构数(个)", "床位数(张)", "入住人数(人)", "入住率(%)", "护理型床位(张)", "护理型床位占比(%)"],
      ["甲县", 20, 2000, 1500, 75.0, 1200, 60.0],
      ["乙县", 10, 1000, 900, 80.0, 500, 50.0],
      ["丙县", 8, 640, 512, 80.0, 320, 50.0],
    ];
    expect(found(rows)).toEqual(["completion-mismatch@E3"]);
  });

  describe("stays silent on correct tables of the same shapes", () => {
    it("rates to one decimal, a 100% row and a 合计 row worked out from the totals", () => {
      const rows: CellInput[][] = [INSPECTION, ["社会团体", 120, 112, 93.3], ["民办非企业单位", 350, 328, 93.7], ["基金会", 15, 15, 100.0], ["合计", 485, 455, 93.8]];
      expect(found(rows)).toEqual([]);
    });

    it("rates rounded to whole percents", () => {
      const rows: CellInput[][] = [INSPECTION, ["社会团体", 120, 112, 93], ["民办非企业单位", 350, 328, 94], ["基金会", 15, 14, 93]];
      expect(found(rows)).toEqual([]);
    });

    it("blanks and — where nothing was due", () => {
      const rows: CellInput[][] = [INSURED, ["甲县", 1200, 1150, 95.8, ""], ["乙县", 0, 0, "—", "无应参保对象"], ["丙县", 800, null, null, "未报"], ["丁县", 640, 632, 98.8, ""]];
      expect(found(rows)).toEqual([]);
    });

    it("rates with their % written in the cell", () => {
      const rows: CellInput[][] = [BEDS, ["甲县", 200, 150, "75.0%"], ["乙县", 100, 90, "90.0%"], ["丙县", 120, 60, "50.0%"]];
      expect(found(rows)).toEqual([]);
    });

    it("a rate of something else than the two columns before it (城镇化率 of 城镇人口 and 户籍人口 by other figures)", () => {
      const rows: CellInput[][] = [["地区", "户籍人口(人)", "城镇人口(人)", "城镇化率(%)"], ["甲县", 1500, 600, 45.2], ["乙县", 900, 300, 38.1], ["丙县", 1200, 500, 41.0]];
      expect(found(rows)).toEqual([]);
    });

    it("a growth rate beside two counts is no ratio of them", () => {
      const rows: CellInput[][] = [["地区", "上年床位数(张)", "本年床位数(张)", "增长率(%)"], ["甲县", 200, 220, 10.0], ["乙县", 100, 130, 30.0]];
      expect(found(rows)).toEqual([]);
    });

    it("a rate written as a fraction (0.933 for 93.3%) says the same rate", () => {
      const rows: CellInput[][] = [INSPECTION, ["社会团体", 120, 112, 0.933], ["民办非企业单位", 350, 328, 0.937]];
      expect(found(rows).filter((f) => f.startsWith("completion-mismatch"))).toEqual([]);
    });

    it("床位数 | 入住人数 | 入住率 rounded to whole percents", () => {
      const rows: CellInput[][] = [BEDS, ["甲县", 200, 151, 76], ["乙县", 100, 90, 90], ["丙县", 120, 61, 51], ["丁县", 80, "—", "—"]];
      expect(found(rows)).toEqual([]);
    });
  });
});

describe("ratePairs", () => {
  const col = (col: number, header: string, headerUnit?: string): TableColumn => ({ col, header, role: "value", key: "value", ...(headerUnit ? { headerUnit } : {}) });

  it("pairs 应X | 实X with X率 by name, wherever they stand", () => {
    const pairs = ratePairs([col(1, "实参检数(家)", "家"), col(2, "备用(家)", "家"), col(3, "应参检数(家)", "家"), col(4, "参检率(%)", "%")]);
    expect(pairs.map((p) => [p.numerator.header, p.denominator.header, p.named])).toEqual([["实参检数(家)", "应参检数(家)", true]]);
  });

  it("pairs by position only the two columns right before the rate, neither a rate itself", () => {
    expect(ratePairs([col(1, "持证率(%)", "%"), col(2, "社工(人)", "人"), col(3, "覆盖率(%)", "%")])).toEqual([]);
    expect(ratePairs([col(1, "床位数(张)", "张"), col(3, "入住人数(人)", "人"), col(4, "入住率(%)", "%")])).toEqual([]);
    expect(ratePairs([col(1, "床位数(张)", "张"), col(2, "入住人数(人)", "人"), col(3, "入住率(%)", "%")]).map((p) => p.named)).toEqual([false]);
  });

  it("reads no change as a rate of two counts", () => {
    expect(ratePairs([col(1, "上年(人)", "人"), col(2, "本年(人)", "人"), col(3, "增长率(%)", "%")])).toEqual([]);
  });
});

describe("a rate two columns away from its counts, named by its stem", () => {
  const rows = (rate: number): CellInput[][] => [
    ["县(市、区)", "特困人员总数(人)", "集中供养人数(人)", "供养服务机构床位数(张)", "护理员数(人)", "集中供养率(%)"],
    ["南湖区", 412, 62, 120, 18, 15.0],
    ["秀洲区", 385, 102, 180, 26, rate],
    ["嘉善县", 468, 141, 260, 38, 30.1],
  ];
  it("集中供养率 is 集中供养人数 over the column before it, confirmed by the rows", () => {
    expect(found(rows(26.5))).toEqual([]);
    expect(found(rows(62.5))).toEqual(["completion-mismatch@F3"]);
  });
});
