import { checkGrid } from "../../../src/core/checks";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid, type CellInput } from "../table/grid-helpers";

/**
 * Probe 46 (correct tables aimed at the table reading added in the twelfth session): each raised
 * errors. Flows headed 本期增加 | 本期减少 (read as two growths) or 本期退出 between two stocks, shares
 * (…占比) and per-time averages (次均) added up in a 合计 row, wide tables labelled by 月份 or 年检类型,
 * and counts of places (乡镇(街道) | 村(社区)) taken for more label columns.
 */
function found(rows: CellInput[][], schemaId = "generic"): string[] {
  return checkGrid(grid(rows), getBuiltinSchema(schemaId)!)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.cell ?? "-"}`);
}
const edit = (rows: CellInput[][], r: number, c: number, v: CellInput): CellInput[][] => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

const FLOWS: CellInput[][] = [
  ["低保对象变动情况"],
  ["填报单位:市民政局", null, null, "单位:人"],
  ["县市区", "年初数", "本期增加", "本期减少", "期末数"],
  ["越城区", 5230, 212, 488, 4954],
  ["柯桥区", 3700, 186, 176, 3710],
  ["合计", 8930, 398, 664, 8664],
];
const FLOWS_YOY: CellInput[][] = [
  ["低保对象变动情况"],
  ["填报单位:市民政局", null, null, null, null, null, "单位:人"],
  ["指标", "年初数", "本期新增", "本期退出", "期末数", "上年同期", "同比(%)"],
  ["城市低保对象", 5230, 212, 488, 4954, 5680, -12.8],
  ["特困人员", 3700, 186, 176, 3710, 3650, 1.6],
];
const SHARES: CellInput[][] = [
  ["养老床位情况"],
  ["填报单位:市民政局", null, null, "单位:张、%"],
  ["县市区", "养老床位", "护理型床位", "护理型床位占比"],
  ["越城区", 3120, 1980, 63.5],
  ["柯桥区", 2860, 1740, 60.8],
  ["合计", 5980, 3720, 62.2],
];
const PER_TIME: CellInput[][] = [
  ["季度", "临时救助资金(万元)", "临时救助(人次)", "次均救助金额(元)"],
  ["一季度", 486.2, 1240, 3921],
  ["二季度", 512.8, 1315, 3900],
  ["合计", 999.0, 2555, 3910],
];
const KINDS: CellInput[][] = [
  ["社会组织年检"],
  ["单位:个"],
  ["年检类型", "应检数", "实检数", "合格数"],
  ["社会团体", 265, 251, 243],
  ["基金会", 41, 41, 40],
  ["合计", 306, 292, 283],
];
const PLACES: CellInput[][] = [
  ["各县行政区划基本情况"],
  ["填报单位:市民政局", null, null, null, "单位:个、人"],
  ["县市区", "乡镇(街道)", "村(社区)", "社区工作者", "户籍人口"],
  ["越城区", 12, 186, 1420, 486200],
  ["柯桥区", 16, 342, 1380, 712400],
  ["合计", 28, 528, 2800, 1198600],
];

describe("correct tables raise nothing", () => {
  it.each([
    ["本期增加 | 本期减少 between two stocks", FLOWS],
    ["本期退出 beside 上年同期 | 同比", FLOWS_YOY],
    ["a share column in a wide table's 合计 row", SHARES],
    ["a 次均 column in a 合计 row", PER_TIME],
    ["a wide table labelled by 年检类型", KINDS],
    ["counts of places after the label column", PLACES],
  ])("%s", (_name, rows) => {
    expect(found(rows)).toEqual([]);
    expect(found(rows, "civil-affairs")).toEqual([]);
  });
});

describe("their slips are found", () => {
  it("a closing stock off its flows", () => {
    expect(found(edit(FLOWS, 3, 4, 4964))).toContain("sum-mismatch@E4");
  });
  it("a 同比 off the closing stocks", () => {
    expect(found(edit(FLOWS_YOY, 4, 6, 11.6))).toEqual(["growth-mismatch@G5"]);
  });
  it("a 合计 off its parts in a wide table by kind and by place", () => {
    expect(found(edit(KINDS, 5, 2, 302))).toEqual(["sum-mismatch@C6"]);
    expect(found(edit(PLACES, 5, 2, 538))).toEqual(["sum-mismatch@C6"]);
  });
});

describe("a row of averages", () => {
  const AVERAGES: CellInput[][] = [
    ["低保户数及户均人数"],
    ["填报单位:市民政局", null, null, "单位:户、人"],
    ["县市区", "低保户数", "低保人数", "户均人数"],
    ["越城区", 3120, 4870, 1.56],
    ["柯桥区", 2860, 4415, 1.54],
    ["平均", "—", "—", 1.55],
  ];
  it("leaves its counts empty on purpose (— or blank): no empty-value", () => {
    expect(found(AVERAGES)).toEqual([]);
    expect(found(edit(edit(AVERAGES, 5, 1, null), 5, 2, null))).toEqual([]);
  });
  it("a placeholder in an ordinary row is still asked for", () => {
    expect(found(edit(AVERAGES, 4, 1, "—"))).toEqual(["empty-value@B5"]);
  });
});

describe("a two-row header with a share column under a group (probe 45)", () => {
  const FUNERAL: CellInput[][] = [
    ["县(市、区)", "死亡人数(人)", "遗体火化", null, "节地生态安葬", null],
    [null, null, "火化数(具)", "火化率(%)", "安葬数(人)", "占比(%)"],
    ["濂溪区", 1420, 1386, 97.6, 162, 11.4],
    ["浔阳区", 980, 975, 99.5, 118, 12.0],
  ];
  it("joins the second row (占比 names a column there): the clean table raises nothing", () => {
    expect(found(FUNERAL)).toEqual([]);
  });
  it("a 火化率 over 100% under its group is found", () => {
    expect(found(edit(FUNERAL, 3, 3, 103.2))).toContain("percent-out-of-range@D4");
  });
});

describe("a two-row header whose top row is mostly group names over lost merges (probe 45)", () => {
  const FUNERAL: CellInput[][] = [
    ["2024年上半年殡葬管理服务情况统计表"],
    ["县(市、区)", "2024年1-6月死亡人数(人)", "遗体火化", null, "公益性公墓", null, "节地生态安葬", null],
    [null, null, "火化数(具)", "火化率(%)", "已建成(个)", "其中:本期新建(个)", "安葬数(人)", "占比(%)"],
    ["濂溪区", 1420, 1386, 97.6, 6, 1, 162, 11.4],
    ["浔阳区", 980, 975, 99.5, 2, 0, 118, 12.0],
    ["全市合计", 2400, 2361, 98.4, 8, 1, 280, 11.7],
  ];
  it("is read from both rows: the clean table raises nothing", () => {
    expect(found(FUNERAL)).toEqual([]);
  });
  it("its 合计 row is checked", () => {
    expect(found(edit(FUNERAL, 5, 2, 2461))).toContain("sum-mismatch@C6");
  });
});
