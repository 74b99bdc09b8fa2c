/**
 * The wording two reviews of `jiaohe narrate` asked for (probe 25: eight new layouts; probe 22:
 * items still open), each asserted on the real output of a made table
 * (test/fixtures/tables/made) or of a small table built here where no made table has the case.
 */
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import type { TableModel } from "../../../src/core/table/types";
import { text } from "./made-tables";
import { type RowSpec, tableOf } from "./table";

const generic = getBuiltinSchema("generic")!;

function say(rows: RowSpec[], table?: TableModel): string {
  return narrate(table ?? tableOf(rows), [], generic)
    .paragraphs.map((p) => p.text)
    .join("\n");
}

describe("a rate in ‰ changes in 千分点 (probe 25, v2)", () => {
  test("粗结婚率 4.12‰ against 3.86‰ is 提高0.26个千分点, not 个百分点 (x2)", async () => {
    const all = await text("x2-marriage-layout.clean.xlsx");
    expect(all).toContain("粗结婚率达到4.12‰,提高0.26个千分点");
    expect(all).not.toMatch(/‰,(提高|下降)[0-9.]+个百分点/);
  });

  test("a ‰ rate that fell: 下降0.5个千分点; a % rate beside it keeps 个百分点", () => {
    const out = say([
      { indicator: "低保对象占户籍人口比例", unit: "‰", value: 12.4, previous: 12.9 },
      { indicator: "养老机构入住率", unit: "%", value: 58.3, previous: 55.6 },
    ]);
    expect(out).toContain("低保对象占户籍人口比例为12.4‰,下降0.5个千分点");
    expect(out).toContain("养老机构入住率达到58.3%,提高2.7个百分点");
  });
});

describe("the net change of a stock is 增加, in the figure's own scale (probe 25 item 5; probe 22 item 2)", () => {
  test("a stock that rose: 增加, never 新增 (新增 is a statistic of its own)", async () => {
    expect(await text("h04-jinhua-2023.clean.csv")).toContain("慈善组织数量达到112家,增加30家,同比增长36.6%");
    const out = say([
      { indicator: "志愿服务时长", unit: "万小时", value: 2316.8, previous: 1986.4 },
      { indicator: "新增低保对象", unit: "户", value: 642 },
    ]);
    expect(out).toContain("志愿服务时长达到2316.8万小时,增加330.4万小时");
    // A 新增 the table reports as its indicator stays as written.
    expect(out).toContain("新增低保对象642户");
  });

  test("a change beside a figure in 万人 is in 万人 too: 21.36万人,增加0.52万人 (u02); 18.8万人,减少0.5万人 (s5)", async () => {
    expect(await text("u02-signed-growth.clean.csv")).toContain("60周岁以上老年人口21.36万人,增加0.52万人,同比增长2.5%");
    expect(await text("s5-dept-first.clean.csv")).toContain("低保对象18.8万人,减少0.5万人,同比下降2.6%");
  });

  test("what was done in the period (新登记, events in 场) has no 达到 and no net change: 新登记社会组织58个 (s7)", async () => {
    const all = await text("s7-year-slip.clean.csv");
    expect(all).toContain("新登记社会组织58个,同比增长11.5%");
    expect(all).toContain("集体婚礼3场,同比增长50%");
    expect(all).not.toMatch(/新登记社会组织达到|集体婚礼达到|新增6个|新增1场/);
  });

  test("a caseload is stated alike whether it rose or fell: 特困人员3812人,增加22人 beside 低保对象18762人,减少411人 (u04)", async () => {
    const all = await text("u04-mixed-total.clean.csv");
    expect(all).toContain("低保对象18762人,减少411人,同比下降2.1%");
    expect(all).toContain("特困人员3812人,增加22人,同比增长0.6%");
    expect(all).not.toContain("特困人员达到");
  });
});

describe("names and levels as a report says them (probe 22 item 8)", () => {
  test("a breakdown in brackets goes before its indicator: 城市低保对象, 农村低保对象, 集中供养特困人员 (u02)", async () => {
    const all = await text("u02-signed-growth.clean.csv");
    expect(all).toContain("城市低保对象4126人,减少232人");
    expect(all).toContain("农村低保对象14636人,减少179人");
    expect(all).toContain("集中供养特困人员612人,减少28人");
    expect(all).not.toMatch(/[(（](城市|农村|集中供养)[)）]/);
  });

  test("a level that held is 为…,与上年同期持平, not 保持…,与上年同期持平 (s6)", async () => {
    const all = await text("s6-mixed-units.clean.xlsx");
    expect(all).toContain("城镇社区养老服务用房配建标准为20平方米/百户,与上年同期持平");
    expect(all).not.toContain("保持");
  });
});

describe("a table of places (分县区): where and what, the whole first (probe 25, v4)", () => {
  test("each place is said with the indicator of its column (p2-county), never 共有全市…", async () => {
    const all = await text("p2-county.clean.csv");
    expect(all).toContain("全市低保14440户,吴兴区低保3120户,南浔区低保2870户");
    expect(all).not.toContain("共有");
  });

  test("the 全市合计 row last in the table opens the text as the city's figure; each county names the indicator", () => {
    const rows: RowSpec[] = [
      { indicator: "城关区", value: 4120, previous: 4285, growth: -3.9 },
      { indicator: "高新区", value: 1386, previous: 1422, growth: -2.5 },
      { indicator: "安平县", value: 8934, previous: 9210, growth: -3 },
      { indicator: "全市合计", value: 14440, previous: 14917, growth: -3.2 },
    ];
    const table = tableOf(rows, { headers: { indicator: "县(市、区)", value: "城乡低保对象(人) / 本期", previous: "城乡低保对象(人) / 上年同期" } });
    table.columns = table.columns.filter((c) => c.role !== "unit" && c.role !== "category");
    for (const r of table.rows) for (const role of ["value", "previous"] as const) if (r.cells[role]) r.cells[role]!.quantity = { ...r.cells[role]!.quantity!, unit: "人" };
    const n = narrate(table, [], generic);
    const out = n.paragraphs.map((p) => p.text).join("\n");
    expect(out.startsWith("全市城乡低保对象14440人,减少477人,同比下降3.2%")).toBe(true);
    expect(out).toContain("城关区城乡低保对象4120人,减少165人,同比下降3.9%");
    expect(out).toContain("安平县城乡低保对象8934人");
    expect(n.omitted).toEqual([]);
  });
});

describe("one 分别增长 pairs only figures a reader takes together (probe 25 item 6; probe 22 item 8)", () => {
  test("persons beside money of another subject are two statements (s1: 救助流浪乞讨人员, 低保资金支出)", async () => {
    const all = await text("s1-monthly-cum.clean.csv");
    expect(all).toContain("救助流浪乞讨人员426人次,同比增长7%");
    expect(all).not.toContain("同比分别增长7%、3.2%");
  });

  test("one subject in two measures, or two figures of one measure, still share it", () => {
    const out = say([
      { indicator: "特困供养资金", unit: "万元", value: 6352.8, previous: 5986.1 },
      { indicator: "临时救助", unit: "人次", value: 6734, previous: 5912 },
      { indicator: "临时救助资金", unit: "万元", value: 1862.4, previous: 1703.5 },
    ]);
    expect(out).toContain("特困供养资金6352.8万元,同比增长6.1%;");
    expect(out).toContain("临时救助6734人次,临时救助资金1862.4万元,同比分别增长13.9%、9.3%");
  });
});
