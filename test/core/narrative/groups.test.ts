/**
 * Tables of indicator groups across the header are told group by group (the checks compare each
 * group as a table of its own: TableModel.groups): every group's figures, each named with its
 * group, and only a group's own slips keep its figures out. Asserted on the real output of made
 * tables (test/fixtures/tables/made).
 */
import { narrated, text } from "./made-tables";

describe("a table of indicator groups is told group by group", () => {
  test("every group of a county table is told, each county with the group's indicator (v4)", async () => {
    const all = await text("v4-county-groups.clean.xlsx");
    expect(all).toContain("全市城乡低保对象48216人,减少1332人,同比下降2.7%");
    expect(all).toContain("全市特困人员9318人,增加125人,同比增长1.4%");
    expect(all).toContain("龙溪市临时救助资金298.6万元");
    // One section, one heading: the groups' sentences follow one another in it.
    expect(all.match(/社会救助/g)).toHaveLength(1);
  });

  test("a slip in one group's cell keeps that group's figure of the row out, not the row's others (v4 defect)", async () => {
    const [n] = await narrated("v4-county-groups.defect.xlsx");
    const all = n.paragraphs.map((p) => p.text).join("");
    // D6: 高新区's 同比 of 城乡低保对象 is wrong; its 特困人员 and 临时救助资金 are not.
    expect(all).toContain("【待核实:高新区城乡低保对象与增幅不符】");
    expect(all).toContain("高新区特困人员158人");
    expect(all).toContain("高新区临时救助资金52.7万元");
    expect(n.omitted.map((o) => o.indicator)).not.toContain("高新区特困人员");
    // E9: 永和县's 特困人员 is blank; its 城乡低保对象 is stated.
    expect(all).toContain("【待核实:永和县特困人员缺失】");
    expect(all).toContain("永和县城乡低保对象9318人");
  });

  test("groups named on the row above a one-row header take those names (w03)", async () => {
    const all = await text("w03-groups-years.clean.xlsx");
    expect(all).toContain("全市结婚登记8665");
    expect(all).toContain("清河区离婚登记512");
    expect(all).toContain("全市火化遗体达到15712");
    expect(all).toContain("(二)殡葬管理。");
  });

  test("城市 | 农村 across the columns: each figure named with its breakdown (z01)", async () => {
    const all = await text("z01-city-country-groups.clean.xlsx");
    expect(all).toContain("城市低保对象8120人,减少300人,同比下降3.6%");
    expect(all).toContain("农村低保对象30112人,减少890人,同比下降2.9%");
    expect(all).toContain("农村低保标准提高至900元/月");
    expect(all).not.toMatch(/(^|[。;,])低保对象\d/);
  });

  test("the figures' links point into each group's own cells", async () => {
    const [n] = await narrated("z01-city-country-groups.clean.xlsx");
    const p = n.paragraphs[0];
    const rural = p.figures.find((f) => f.text === "30112人");
    expect(rural?.cell).toBe("F4");
    expect(p.text.slice(rural!.offset, rural!.offset + rural!.length)).toBe("30112人");
  });

  test("a name pasted with a zero-width space is told without it (w01)", async () => {
    const all = await text("w01-groups3.clean.xlsx");
    expect(all).toContain("临江县城乡低保对象11240人");
    expect(all).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
  });
});
