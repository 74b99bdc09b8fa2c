import { getBuiltinSchema } from "../../../src/core/schema";
import { narrate } from "../../../src/core/narrative";
import { round } from "../../../src/core/narrative/facts";
import { tableOf, type RowSpec } from "./table";
import { checkGrid } from "../../../src/core/checks";
import { grid, type CellInput } from "../table/grid-helpers";

const generic = getBuiltinSchema("generic")!;
const say = (rows: RowSpec[], period?: { year: number; half?: 1 | 2; label: string }) =>
  narrate(tableOf(rows, period ? { period } : {}), [], generic).paragraphs.map((p) => p.text).join("\n");

describe("growth wording", () => {
  test("a rise is 增长 and a fall 下降, with the size positive: never 增长-6.9%", () => {
    expect(say([{ indicator: "低保资金支出", unit: "万元", value: 6664.1, previous: 5962.3, growth: 11.8 }])).toContain("同比增长11.8%");
    const down = say([{ indicator: "结婚登记", unit: "对", value: 2309, previous: 2480, growth: -6.9 }]);
    expect(down).toContain("同比下降6.9%");
    expect(down).not.toMatch(/增长-|增长−|下降-/);
  });

  test("a change that rounds to zero is 与上年持平; for a half year 与上年同期持平", () => {
    expect(say([{ indicator: "筹集公益金", unit: "亿元", value: 2.87, previous: 2.87, growth: 0 }])).toContain("筹集公益金2.87亿元,与上年持平");
    expect(say([{ indicator: "筹集公益金", unit: "亿元", value: 2.87, previous: 2.87 }], { year: 2024, half: 1, label: "2024年上半年" })).toContain(
      "与上年同期持平",
    );
  });

  test("the table's own tree groups its rows: a total named for its section takes it, its parts go with it", () => {
    const civil = getBuiltinSchema("civil-affairs")!;
    const rows: RowSpec[] = [
      { indicator: "一、民政事业费支出合计", unit: "万元", value: 30000, previous: 29000 },
      { indicator: "(一)社会救助支出", unit: "万元", value: 22686.2, previous: 21975, parentRow: 2, partKind: "numbered" },
      { indicator: "1.临时救助", unit: "万元", value: 865.3, previous: 912.4, parentRow: 3, partKind: "numbered" },
      { indicator: "2.残疾人两项补贴", unit: "万元", value: 5012.4, previous: 4798, parentRow: 3, partKind: "numbered" },
      { indicator: "(二)养老服务支出", unit: "万元", value: 7313.8, previous: 7025, parentRow: 2, partKind: "numbered" },
      { indicator: "1.高龄津贴", unit: "万元", value: 2586.4, previous: 2411, parentRow: 6, partKind: "numbered" },
    ];
    const n = narrate(tableOf(rows), [], civil);
    const byCategory = Object.fromEntries(n.paragraphs.map((p) => [p.category, p.text]));
    expect(byCategory["社会救助"]).toContain("社会救助支出");
    expect(byCategory["社会救助"]).toContain("残疾人两项补贴");
    expect(byCategory["养老服务"]).toContain("高龄津贴");
    expect(n.paragraphs.map((p) => p.category)).not.toContain("残疾人福利");
  });

  test("what was done in the period (火化遗体 in 具, 注销登记) is said with its figure, not 达到…新增", () => {
    const cremated = say([{ indicator: "火化遗体", unit: "具", value: 1902, previous: 1873 }]);
    expect(cremated).toContain("火化遗体1902具");
    expect(cremated).not.toMatch(/达到|新增/);
    expect(say([{ indicator: "注销登记社会组织", unit: "个", value: 21, previous: 14 }])).toContain("注销登记社会组织21个");
    // Bodies (具), cases (例), incidents (起) are counted as they happen, whatever the name.
    expect(say([{ indicator: "殡仪服务遗体", unit: "具", value: 1902, previous: 1873 }])).not.toMatch(/达到|新增/);
  });

  test("a name that starts with building (新改建, 改扩建) is an action: its figure follows it, no 达到", () => {
    const text = say([{ indicator: "新改建社区居家养老服务中心", unit: "家", value: 23, previous: 18 }]);
    expect(text).toContain("新改建社区居家养老服务中心23家");
    expect(text).not.toContain("达到");
  });

  test("a standard per person reads 元/月, as reports write it; per household stays", () => {
    expect(say([{ indicator: "城乡低保标准", unit: "元/人·月", value: 1100, previous: 1050, growth: 4.8 }])).toContain("城乡低保标准提高至1100元/月");
    expect(say([{ indicator: "特困人员基本生活标准", unit: "元/人·年", value: 20472, previous: 19536, growth: 4.8 }])).toContain("提高至20472元/年");
    expect(say([{ indicator: "取暖补贴标准", unit: "元/户·月", value: 120, previous: 100, growth: 20 }])).toContain("120元/户·月");
  });

  test("a level per head (每千名老年人拥有养老床位) rises as a standard does, its unit without the per-head part", () => {
    const text = say([{ indicator: "每千名老年人拥有养老床位", unit: "张/千人", value: 38.6, previous: 37.5, growth: 2.9 }]);
    expect(text).toContain("每千名老年人拥有养老床位提高至38.6张,同比增长2.9%");
    expect(text).not.toContain("新增");
    expect(text).not.toContain("/千人");
  });

  test("a change written in the growth column in the value's unit (减少13人) is the change: the growth is worked out", () => {
    const text = say([{ indicator: "孤儿", unit: "人", value: 412, previous: 425, growth: "减少13人" }]);
    expect(text).toContain("同比下降3.1%");
    expect(text).not.toContain("13%");
    expect(text).not.toContain("待核实");
  });

  test("growth is computed from value and previous when the growth cell is empty, and says where from", () => {
    const n = narrate(tableOf([{ indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050 }]), [], generic);
    expect(n.paragraphs[0].text).toBe("低保标准提高至1100元/月,同比增长4.8%。");
    const g = n.paragraphs[0].figures.find((f) => f.role === "growth")!;
    expect(g).toMatchObject({ text: "4.8%", cell: "D2", derivedFrom: ["D2", "E2"] });
  });

  test("+100% is 增长1倍; 翻一番 only when the value is exactly twice the previous", () => {
    expect(say([{ indicator: "慈善组织数量", unit: "家", value: 164, previous: 82, growth: 100 }])).toContain("比上年翻一番");
    // Stated +100% with figures that only round to it: 增长1倍, not 翻一番.
    const near = say([{ indicator: "慈善组织数量", unit: "家", value: 1999, previous: 1000, growth: 100 }]);
    expect(near).toContain("同比增长1倍");
    expect(near).not.toContain("翻一番");
    // +200% is three times: 增长2倍 (by), never 增长到2倍.
    expect(say([{ indicator: "减免群众丧葬费用", unit: "万元", value: 2700, previous: 900, growth: 200 }])).toContain("同比增长2倍");
  });

  test("增长 takes the size of the change, 提高至/达到 the new level: no 增长到 with a percentage", () => {
    const text = say([
      { indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050 },
      { indicator: "慈善募捐款物", unit: "亿元", value: 4.48, previous: 2.8, growth: 60 },
    ]);
    expect(text).toContain("提高至1100元/月");
    expect(text).toContain("慈善募捐款物达到4.48亿元,同比增长60%");
    expect(text).not.toMatch(/增长到\d+(\.\d+)?%/);
  });

  test("period on period (环比) when the growth column says so", () => {
    const t = tableOf([{ indicator: "低保资金支出", unit: "万元", value: 110, previous: 100, growth: 10 }], { headers: { growth: "环比增长(%)" } });
    expect(narrate(t, [], generic).paragraphs[0].text).toContain("环比增长10%");
  });

  test("a rate's change is in 个百分点 from value and previous, never in %", () => {
    const text = say([{ indicator: "规范服务率", unit: "%", value: 45, previous: 41.8, growth: 7.7 }]);
    expect(text).toBe("规范服务率达到45%,提高3.2个百分点。");
    expect(text).not.toContain("7.7");
    expect(say([{ indicator: "规范服务率", unit: "%", value: 40, previous: 41.5 }])).toContain("下降1.5个百分点");
    // Without a previous year: a growth cell in points is stated, one in % (relative or points?) is not.
    expect(say([{ indicator: "规范服务率", unit: "%", value: 45, growth: "3.2个百分点" }])).toBe("规范服务率达到45%,提高3.2个百分点。");
    expect(say([{ indicator: "规范服务率", unit: "%", value: 45, growth: 3.2 }])).toBe("规范服务率达到45%。");
  });

  test("a rate's growth cell holding the change in points is no disagreement", () => {
    expect(say([{ indicator: "节地生态安葬率", unit: "%", value: 60, previous: 55, growth: 5 }])).toBe("节地生态安葬率达到60%,提高5个百分点。");
    expect(say([{ indicator: "节地生态安葬率", unit: "%", value: 60, previous: 55, growth: 15 }])).toContain("【待核实");
  });

  test("a stated growth that disagrees with the figures is not stated, nor is the computed one", () => {
    const n = narrate(tableOf([{ category: "婚姻登记", indicator: "结婚登记", unit: "对", value: 2651, previous: 2480, growth: -6.9 }]), [], generic);
    const text = n.paragraphs[0].text;
    expect(text).toBe("【待核实:结婚登记与增幅不符】");
    expect(text).not.toMatch(/6\.9|2651/);
    expect(n.omitted).toEqual([{ row: 2, indicator: "结婚登记", reason: "与增幅不符", marked: true }]);
  });

  test("a stated growth within the rounding of its figures is accepted", () => {
    // 8.9/8.6 − 1 = 3.49%: stated 3.5 is the same figure rounded.
    expect(say([{ indicator: "两项补贴发放对象", unit: "万人", value: 8.9, previous: 8.6, growth: 3.5 }])).toContain("同比增长3.5%");
  });
});

describe("rounding", () => {
  test("half away from zero on the written decimal, not on the binary value", () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-1.005, 2)).toBe(-1.01);
    expect(round(4.85, 1)).toBe(4.9);
    expect(round(0.04, 1)).toBe(0);
    expect(round(36.58536585, 1)).toBe(36.6);
    expect(round(2.675, 2)).toBe(2.68);
  });
});

test("one task under two departments of a 处室-first table is no repeat: both are said, no 【待核实】", () => {
  const rows: CellInput[][] = [
    ["处室", "序号", "指标", "单位", "本期", "上期", "同比(%)"],
    ["社会救助处", 1, "低保对象", "人", 1880, 1930, -2.6],
    [null, 2, "开展业务培训", "人次", 320, 280, 14.3],
    ["养老服务处", 1, "养老机构", "家", 186, 179, 3.9],
    [null, 2, "开展业务培训", "人次", 560, 610, -8.2],
  ];
  const { table, findings } = checkGrid(grid(rows), generic);
  const text = narrate(table, findings, generic).paragraphs.map((p) => p.text).join("\n");
  expect(text).toContain("320人次");
  expect(text).toContain("560人次");
  expect(text).not.toContain("待核实");
});
