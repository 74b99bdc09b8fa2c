import { getBuiltinSchema, normalizeIndicator } from "../../../src/core/schema";
import { buildTable, classifyHeader, findPeriod, numberingRank } from "../../../src/core/table";
import { type CellInput, grid, HEADER } from "./grid-helpers";

const generic = getBuiltinSchema("generic")!;
const roles = (g: ReturnType<typeof grid>) => buildTable(g, generic).table.columns.map((c) => c.role);

describe("header detection", () => {
  it("finds the header below title rows and takes the period from the title", () => {
    const { table, findings } = buildTable(
      grid([
        ["潜江市民政局2024年上半年重点工作完成情况"],
        ["填报单位:民政局", null, null, "单位:万元"],
        ["序号", "工作任务", "计量单位", "上半年完成", "全年目标", "完成进度(%)", "说明"],
        [1, "临时救助", "人次", 1960, 3000, 65.3, null],
      ]),
      generic,
    );
    expect(findings).toEqual([]);
    expect(table.headerRows).toEqual([3]);
    expect(table.title).toContain("潜江市民政局");
    expect(table.titleCell).toBe("A1");
    expect(table.period).toMatchObject({ year: 2024, half: 1, label: "2024年上半年" });
    expect(table.columns.map((c) => c.role)).toEqual(["serial", "indicator", "unit", "value", "target", "completion", "note"]);
    expect(table.rows[0]).toMatchObject({ row: 4, kind: "data", indicator: "临时救助" });
  });

  it("reads year headers as value, previous and growth", () => {
    const cols = buildTable(grid([["指标", "单位", "2023年", "2022年", "2023年比2022年增减%"], ["低保对象", "人", 10, 9, 11.1]]), generic).table.columns;
    expect(cols.map((c) => [c.role, c.period?.year])).toEqual([
      ["indicator", undefined],
      ["unit", undefined],
      ["value", 2023],
      ["previous", 2022],
      ["growth", 2023],
    ]);
  });

  it("a monthly report (本月 | 上月 | 本年累计 | 上年同期累计 | 环比 | 同比): the year so far is the value, this month's columns are left unread", () => {
    const g = grid([["指标名称", "单位", "本月", "上月", "本年累计", "上年同期累计", "环比(%)", "同比增长(%)"], ["临时救助", "人次", 35, 30, 320, 300, 16.7, 6.7]]);
    const { table, findings } = buildTable(g, generic);
    expect(table.columns.map((c) => `${c.header}:${c.role}`)).toEqual(["指标名称:indicator", "单位:unit", "本年累计:value", "上年同期累计:previous", "同比增长(%):growth"]);
    expect(findings).toEqual([]);
    // Without a 累计 column, 本月 | 上月 | 环比 are read as before.
    expect(roles(grid([["指标名称", "单位", "本月", "上月", "环比(%)"], ["临时救助", "人次", 35, 30, 16.7]]))).toEqual(["indicator", "unit", "value", "previous", "growth"]);
  });

  it("reads cumulative period headers by their year: 2023年1-6月 | 2022年1-6月, 2022年1-10月 | 2021年1-10月", () => {
    for (const [now, before] of [
      ["2023年1-6月", "2022年1-6月"],
      ["2022年1-10月", "2021年1-10月"],
      ["2022年前三季度", "2021年前三季度"],
    ]) {
      const { table, findings } = buildTable(grid([["指标名称", "单位", now, before, "同比增长(%)"], ["临时救助", "人次", 391, 436, -10.3]]), generic);
      expect(findings).toEqual([]);
      expect(table.columns.map((c) => [c.role, c.period?.year])).toEqual([
        ["indicator", undefined],
        ["unit", undefined],
        ["value", Number(now.slice(0, 4))],
        ["previous", Number(before.slice(0, 4))],
        ["growth", undefined],
      ]);
    }
  });

  it("tells value from previous by the year when two headers differ only in it (two-row: 2022年1-10月 / 发放金额)", () => {
    const rows = [
      ["序号", "项目", "2022年1-10月", "2021年1-10月", "同比"],
      [null, null, "发放金额", "发放金额", "增减(%)"],
      [1, "低保资金", 6664.1, 6120.5, 8.9],
    ];
    const { table, findings } = buildTable(grid(rows), generic);
    expect(findings).toEqual([]);
    expect(table.columns.filter((c) => c.period).map((c) => [c.role, c.period!.year])).toEqual([
      ["value", 2022],
      ["previous", 2021],
    ]);
    // a mistyped period (1-9月 for 1-10月) still makes the older year previous: period-mismatch says the rest
    const typo = buildTable(grid([["序号", "项目", "2022年1-9月", "2021年1-10月"], [null, null, "发放金额", "发放金额"], [1, "低保资金", 6664.1, 6120.5]]), generic);
    expect(typo.findings).toEqual([]);
    expect(typo.table.columns.filter((c) => c.period).map((c) => c.role)).toEqual(["value", "previous"]);
    // two different indicators of one year stay two value columns (a wide table)
    const wide = buildTable(grid([["地区", "2023年社会组织总数(个)", "2023年养老床位总数(张)"], ["甲区", 120, 3400]]), generic);
    expect(wide.table.columns.filter((c) => c.period).map((c) => c.role)).toEqual(["value", "value"]);
  });

  it("a unit line above the header: one unit for a table without a unit column; never a list, one kind's unit or the reporting body", () => {
    const above = (line: string, header: string[], row: CellInput[]) => buildTable(grid([[line], header, row]), generic).table.columns.filter((c) => c.role === "value").map((c) => c.headerUnit);
    expect(above("单位:万元", ["项目", "本期"], ["低保资金", 6664.1])).toEqual(["万元"]);
    expect(above("单位:人、处、万元", ["项目", "本期"], ["低保资金", 6664.1])).toEqual([undefined]);
    expect(above("金额单位:万元", ["项目", "本期"], ["农村幸福院", 763])).toEqual([undefined]);
    expect(above("填报单位:临沂市民政局", ["项目", "本期"], ["农村幸福院", 763])).toEqual([undefined]);
    // with a unit column, each row says its own
    expect(above("单位:万元", ["项目", "计量单位", "本期"], ["农村幸福院", "处", 763])).toEqual([undefined]);
  });

  it("reads a bilingual unit header (单位 Unit) as the unit column", () => {
    const { table } = buildTable(grid([["指标 Indicator", "单位 Unit", "本期 Current", "上期 Previous"], ["重度残疾人护理补贴", "名", 14.3, null]]), generic);
    expect(table.columns.map((c) => c.role)).toEqual(["indicator", "unit", "value", "previous"]);
  });

  it("a title or period line merged across the table is one cell, not a header row", () => {
    const rows = [["临沂市2024年上半年民政事业统计表", null, null, null], ["2024年1-6月", null, null, null], ["指标", "单位 Unit", "本期", "上年同期"], ["农村幸福院", "处", 763, 741]];
    const merges = [0, 1].map((r) => ({ top: r, left: 0, bottom: r, right: 3 }));
    const { table, findings } = buildTable(grid(rows, { merges }), generic);
    expect(findings).toEqual([]);
    expect(table.headerRows).toEqual([3]);
    expect(table.columns.map((c) => c.role)).toEqual(["indicator", "unit", "value", "previous"]);
  });

  it("reads period headers: 本期 | 上期 | 上月 | 上季度 | 同比% | 环比% without calling any a duplicate", () => {
    const { table, findings } = buildTable(grid([["项目", "本期", "上期", "上月", "上季度", "同比%", "环比%"], ["结婚登记", 10, 9, 8, 7, 11.1, 25]]), generic);
    expect(findings).toEqual([]);
    expect(table.columns.map((c) => `${c.role}:${c.growthBasis ?? ""}`)).toEqual(["indicator:", "value:", "previous:mom", "previous:mom", "previous:mom", "growth:yoy", "growth:mom"]);
  });

  it("joins a two-row header with merged cells and a bilingual second row", () => {
    const g = grid(
      [
        ["项目", "单位", "2024年", null, "增減%"],
        ["Item", "Unit", "本期", "上年同期", "Change (%)"],
        ["低保對象", "萬人", 8.9, 8.6, 3.5],
      ],
      { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] },
    );
    const { table } = buildTable(g, generic);
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns.map((c) => c.role)).toEqual(["indicator", "unit", "value", "previous", "growth"]);
    expect(table.columns[2].header).toBe("2024年 / 本期");
    expect(table.columns[2].period?.year).toBe(2024);
    expect(table.rows).toHaveLength(1);
  });

  it("reads one header merged over two columns as one column, 项目 over category and name", () => {
    const g = grid(
      [
        ["项目", null, "本期", "同比增长(%)"],
        ["社会救助", "低保对象", 100, 0],
      ],
      { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] },
    );
    const { table, findings } = buildTable(g, generic);
    expect(findings).toEqual([]);
    expect(table.columns.map((c) => [c.col, c.role])).toEqual([
      [0, "category"],
      [1, "indicator"],
      [2, "value"],
      [3, "growth"],
    ]);
    expect(table.rows[0]).toMatchObject({ indicator: "低保对象", category: "社会救助" });
  });

  it("reads a wide table (one indicator per column, units in the headers) without duplicates", () => {
    const { table, findings } = buildTable(
      grid([
        ["地区", "社会组织总数(万个)", "低保对象(人)", "慈善捐赠(万元)"],
        ["甲区", 1.2, 5200, 300.5],
      ]),
      generic,
    );
    expect(findings).toEqual([]);
    expect(table.columns.map((c) => [c.role, c.headerUnit])).toEqual([
      ["indicator", undefined],
      ["value", "万个"],
      ["value", "人"],
      ["value", "万元"],
    ]);
    expect(table.rows[0].indicator).toBe("甲区");
  });

  it("指标解释, 统计口径 and 计算方法 columns say what an indicator means: not a second column of names", () => {
    expect(roles(grid([["指标", "指标解释", "单位", "本期", "上期", "增长(%)"], ["低保对象", "享受低保的人数", "人", 1200, 1100, 9.1]]))).toEqual(["indicator", "unit", "value", "previous", "growth"]);
    expect(buildTable(grid([["指标名称", "统计口径", "单位", "本期"], ["低保对象", "年末数", "人", 1200]]), generic).findings).toEqual([]);
  });

  it("a table by place (县(市、区), 县市区, 镇(街道)) has its places as the indicator; a table of 类别 only has its categories", () => {
    for (const h of ["县(市、区)", "县市区", "县（市、区）", "镇(街道)"]) expect(roles(grid([[h, "低保户数(户)", "低保人数(人)"], ["甲县", 10, 20]]))[0]).toBe("indicator");
    const { table, findings } = buildTable(grid([["序号", "救助类别", "本期", "上年同期"], [1, "城乡低保", 8204, 8530]]), generic);
    expect(table.columns.map((c) => c.role)).toEqual(["serial", "indicator", "value", "previous"]);
    expect(findings).toEqual([]);
  });

  it("maps the headers forms write in their own words", () => {
    expect(roles(grid([["工作任务", "截至6月底", "全年目标", "完成全年目标的%", "比上年同期增长(%)"], ["a", 1, 2, 50, 0]]))).toEqual(["indicator", "value", "target", "completion", "growth"]);
    expect(roles(grid([["项目", "1-6月累计", "去年同期", "占全年任务"], ["a", 1, 1, 1]]))).toEqual(["indicator", "value", "previous", "completion"]);
  });

  it("maps headers after normalising full-width forms, spaces and brackets", () => {
    expect(roles(grid([["指 标 名 称", "计量单位", "本期数", "同比增长（％）", "完成进度【%】"], ["a", "人", 1, 1, 1]]))).toEqual(["indicator", "unit", "value", "growth", "completion"]);
    expect(classifyHeader(["金额(万元)"], generic)).toMatchObject({ role: "value", unit: "万元" });
    expect(classifyHeader(["社会组织总数(万个)"], generic)).toMatchObject({ role: "value", unit: "万个" });
  });

  it("reports missing and duplicate columns, and a sheet with no header", () => {
    const missing = buildTable(grid([["指标名称", "单位", "备注"], ["低保", "人", "x"]]), generic).findings;
    expect(missing.map((f) => f.code)).toEqual(["missing-column"]);
    expect(missing[0]).not.toHaveProperty("cell");
    const dup = buildTable(grid([["指标名称", "本期", "完成数", "单位"], ["低保", 1, 1, "人"]]), generic).findings;
    expect(dup).toEqual([expect.objectContaining({ code: "duplicate-column", cell: "C1", column: "完成数" })]);
    const none = buildTable(grid([["一些说明文字"], ["另一行说明"]]), generic).findings;
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((f) => f.code === "missing-column")).toBe(true);
  });
});

describe("rows", () => {
  it("keeps column-code rows and section rows out of the data", () => {
    const { table } = buildTable(
      grid([
        ["指标名称", "计量单位", "本期", "上年同期"],
        ["甲", "乙", 1, 2],
        ["一、综合", null, null, null],
        ["(一)行政区划", null, null, null],
        ["乡镇(街道)", "个", "1,407", "1,380"],
        [null, null, null, null],
        ["填报人:张三", null, "审核人:李四", null],
        ["注:本表数据截至6月30日", null, null, null],
      ]),
      generic,
    );
    expect(table.rows.map((r) => r.kind)).toEqual(["column-codes", "section", "section", "data", "blank", "footer", "footer"]);
    expect(table.rows[3].cells.value?.quantity?.number).toBe(1407);
    expect(table.rows[3].category).toBe("行政区划");
    for (const r of table.rows) expect(r.indicatorKey).toBe(normalizeIndicator(r.indicator));
  });

  it("a header written again below (a second table stacked on the sheet) is no data row, and the second table starts afresh", () => {
    const { table } = buildTable(
      grid([
        ["表1 社会救助", null, null, null],
        ["指标名称", "单位", "2024年", "2023年"],
        ["(一)低保对象", "人", 1200, 1100],
        ["1.城市", "人", 500, 480],
        [null, null, null, null],
        ["表2 养老服务", null, null, null],
        ["指标名称", "单位", "2024年", "2023年"],
        ["1.养老机构床位", "张", 5200, 5000],
      ]),
      generic,
    );
    expect(table.rows.map((r) => r.kind)).toEqual(["data", "data", "blank", "section", "header", "data"]);
    // 1.养老机构床位 is no part of (一)低保对象 across the repeated header.
    expect(table.rows[5].parentRow).toBeUndefined();
    expect(table.rows[1].parentRow).toBe(3);
    // One header cell repeated is a data row that happens to read so (a row named 单位 is not a header).
    const once = buildTable(grid([["指标名称", "单位", "2024年"], ["指标名称", "个", 3]]), generic).table;
    expect(once.rows.map((r) => r.kind)).toEqual(["data"]);
  });

  it("quarters without a year: alone the latest is the value and the earlier its 环比 base; beside 上半年合计 they are its parts, listed last", () => {
    expect(roles(grid([["指标", "单位", "第一季度", "第二季度", "环比(%)"], ["实施临时救助", "人次", 3420, 3781, 10.6]]))).toEqual(["indicator", "unit", "previous", "value", "growth"]);
    const { table, findings } = buildTable(grid([["指标", "单位", "第一季度", "第二季度", "上半年合计", "上年同期", "同比增长(%)"], ["临时救助", "人次", 3420, 3781, 7201, 6850, 5.1]]), generic);
    expect(table.columns.map((c) => `${c.header}:${c.role}${c.quarter ? `:q${c.quarter}` : ""}`)).toEqual(["指标:indicator", "单位:unit", "上半年合计:value", "上年同期:previous", "同比增长(%):growth", "第一季度:value:q1", "第二季度:value:q2"]);
    expect(findings).toEqual([]);
  });

  it("a two-row header whose merge was lost (.csv): a blank upper cell over a named one carries on the group to its left", () => {
    const { table, findings } = buildTable(
      grid([
        ["项目", "计量单位", "2024年上半年", null, "2023年上半年", null, "同比增长(%)", null],
        [null, null, "数量", "金额(万元)", "数量", "金额(万元)", "数量", "金额"],
        ["临时救助", "人次", 7201, 1864.3, 6634, 1702.1, 8.5, 9.5],
      ]),
      generic,
    );
    expect(findings).toEqual([]);
    expect(table.columns.map((c) => `${c.header}:${c.role}`)).toEqual([
      "项目:indicator",
      "计量单位:unit",
      "2024年上半年 / 数量:value",
      "2024年上半年 / 金额(万元):value",
      "2023年上半年 / 数量:previous",
      "2023年上半年 / 金额(万元):previous",
      "同比增长(%) / 数量:growth",
    ]);
  });

  it("a statistical form's 代码 column (A01 > A0101) is its outline", () => {
    const { table } = buildTable(
      grid([
        ["代码", "指标名称", "计量单位", "本期"],
        ["A01", "养老机构", "个", 186],
        ["A0101", "公办养老机构", "个", 72],
        ["A0102", "民办养老机构", "个", 114],
        ["A02", "养老床位", "张", 5200],
      ]),
      generic,
    );
    expect(table.columns[0].role).toBe("serial");
    expect(table.rows.map((r) => [r.numbering, r.parentRow, r.partKind])).toEqual([
      ["A01", undefined, undefined],
      ["A0101", 2, "numbered"],
      ["A0102", 2, "numbered"],
      ["A02", undefined, undefined],
    ]);
  });

  it("serials of two levels (1-1, 2.1) are parts of their item", () => {
    const { table } = buildTable(
      grid([
        ["序号", "项目", "单位", "本期"],
        [1, "社会救助资金", "万元", 9000],
        ["1-1", "低保资金", "万元", 6664.1],
        ["1-2", "特困供养金", "万元", 2335.9],
        [2, "养老服务资金", "万元", 1646.74],
        ["2.1", "高龄津贴", "万元", 1085.36],
      ]),
      generic,
    );
    expect(table.rows.map((r) => [r.numbering, r.parentRow, r.partKind])).toEqual([
      ["1.", undefined, undefined],
      ["1-1", 2, "numbered"],
      ["1-2", 2, "numbered"],
      ["2.", undefined, undefined],
      ["2.1", 5, "numbered"],
    ]);
  });

  it("builds the outline from numbering, 其中 and #", () => {
    const { table } = buildTable(
      grid([
        ["指标名称", "单位", "本期"],
        ["一、社会组织", null, null],
        ["(一)社会组织总数", "个", 10],
        ["1.社会团体", "个", 4],
        ["2.基金会", "个", 6],
        ["(二)低保对象", "人", 100],
        ["其中:城市", "人", 30],
        ["#农村", "人", 70],
      ]),
      generic,
    );
    const byRow = Object.fromEntries(table.rows.map((r) => [r.row, r]));
    expect(byRow[4]).toMatchObject({ parentRow: 3, partKind: "numbered", level: 2 });
    expect(byRow[5]).toMatchObject({ parentRow: 3, partKind: "numbered" });
    expect(byRow[3]).toMatchObject({ parentRow: 2 });
    expect(byRow[3].partKind).toBeUndefined(); // the parent is a section: nothing to add up
    expect(byRow[7]).toMatchObject({ parentRow: 6, partKind: "of-which" });
    expect(byRow[8]).toMatchObject({ parentRow: 6, partKind: "of-which" });
    expect(numberingRank("一、")).toBeLessThan(numberingRank("(一)") as number);
    expect(numberingRank("(1)")).toBeGreaterThan(numberingRank("1.") as number);
    expect(numberingRank("其中:")).toBe("of-which");
  });

  it("reads figures written as text, with separators, scale words and traditional units", () => {
    const { table } = buildTable(
      grid([
        HEADER,
        ["社会救助", "低保对象", "萬人", "8.9", "8.6", "3.5", null],
        ["慈善", "慈善募捐款物", "亿元", "4.48亿元", "2.8", "60", null],
        ["慈善", "慈善组织", "家", "1,407", "4500余", "x", null],
      ]),
      generic,
    );
    const q = (r: number, role: "value" | "previous") => table.rows[r].cells[role]?.quantity;
    expect(q(0, "value")).toMatchObject({ number: 8.9, decimals: 1 });
    expect(q(1, "value")).toMatchObject({ number: 448000000, unit: "元" });
    expect(q(2, "value")?.number).toBe(1407);
    expect(q(2, "previous")).toMatchObject({ number: 4500, bound: "over" });
  });

  it("a % only shown by the number format (0.0\"%\") is no percent format; letters typed into digits are no figure", () => {
    const { table } = buildTable(grid([["指标", "本期", "上期", "同比"], ["a", 110, 100, { value: 11.8, text: "11.8%", numberFormat: '0.0"%"' }], ["b", "1x4", "17x1", "39a"]]), generic);
    expect(table.rows[0].cells.growth?.quantity).toMatchObject({ number: 11.8, unit: null });
    expect(table.rows[1].cells.value?.quantity).toMatchObject({ number: null, problems: ["not-a-number"] });
    expect(table.rows[1].cells.growth?.quantity?.number).toBeNull();
  });

  it("完成时间 is no figure column, wherever it stands", () => {
    for (const header of [["指标", "完成时间", "本期"], ["指标", "本期", "完成时间"]]) {
      const { table, findings } = buildTable(grid([header, ["养老床位", "2024-06-30", 150]]), generic);
      expect(findings).toEqual([]);
      expect(table.columns.map((c) => c.role)).toEqual(["indicator", "value"]);
    }
  });

  it("a period merged over 本期 | 上年同期 is the current one: the previous column's is a year earlier", () => {
    const rows = [["指标", "2024年上半年", null, "同比(%)"], [null, "本期", "上年同期", null], ["临时救助", 391, 436, -10.3]];
    const { table } = buildTable(grid(rows, { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] }), generic);
    expect(table.columns.filter((c) => c.period).map((c) => [c.role, c.period!.label])).toEqual([
      ["value", "2024年上半年"],
      ["previous", "2023年上半年"],
    ]);
  });

  it("headers the checks do not read: 占比(%), 比重(%), 时序进度(%); 增减量 is the absolute change, after the %; a period at month end (2024年6月底) is a period", () => {
    const roles = (header: CellInput[], row: CellInput[]) => {
      const { table, findings } = buildTable(grid([header, row]), generic);
      expect(findings).toEqual([]);
      return table.columns.map((c) => c.role);
    };
    expect(roles(["指标", "单位", "本期", "占比(%)"], ["社会团体", "个", 600, 46.9])).toEqual(["indicator", "unit", "value"]);
    expect(roles(["指标", "单位", "本期", "比重(%)"], ["社会团体", "个", 600, 46.9])).toEqual(["indicator", "unit", "value"]);
    expect(roles(["指标", "年度目标", "上半年完成", "完成率(%)", "时序进度(%)"], ["养老床位", 300, 150, 50, 50])).toEqual(["indicator", "target", "value", "completion"]);
    expect(roles(["指标", "单位", "本期", "上年同期", "增减量", "增减(%)"], ["基金会", "个", 20, 22, -2, -9.1])).toEqual(["indicator", "unit", "value", "previous", "growth", "growth"]);
    expect(roles(["项目", "计量单位", "2024年6月底", "2023年6月末"], ["养老机构", "个", 23, 21])).toEqual(["indicator", "unit", "value", "previous"]);
  });

  it("a wide table whose headers name what they count (低保户数 | 低保人数 | 低保资金), its 合计 row no header", () => {
    const { table, findings } = buildTable(grid([["地区", "低保户数", "低保人数", "低保资金"], ["湾里街道", 820, 1190, 967.5], ["合计", 1925, 2794, 2270.1]]), generic);
    expect(findings).toEqual([]);
    expect(table.headerRows).toEqual([1]);
    expect(table.columns.map((c) => [c.role, c.indicator ?? "", c.headerUnit ?? ""])).toEqual([
      ["indicator", "", ""],
      ["value", "低保户数", "户"],
      ["value", "低保人数", "人"],
      ["value", "低保资金", ""],
    ]);
  });

  it("a 指标代码 column is the form's codes, not a second indicator column", () => {
    const { table, findings } = buildTable(grid([["指标代码", "指标", "单位", "本期"], ["A01", "低保对象", "人", 100], ["A02", "特困人员", "人", 50]]), generic);
    expect(table.columns.map((c) => [c.role, c.header])).toEqual([
      ["serial", "指标代码"],
      ["indicator", "指标"],
      ["unit", "单位"],
      ["value", "本期"],
    ]);
    expect(findings).toEqual([]);
    // Beside a 序号 column the codes are left unread, not a second serial column.
    const both = buildTable(grid([["序号", "指标", "指标代码", "单位", "本期"], ["一", "婚姻登记总办件", "MZ0300", "件", 4145]]), generic);
    expect(both.table.columns.map((c) => [c.role, c.header])).toEqual([
      ["serial", "序号"],
      ["indicator", "指标"],
      ["unit", "单位"],
      ["value", "本期"],
    ]);
    expect(both.findings).toEqual([]);
  });

  it("a list of drop-down options (单位 | 类别) is no table's header", () => {
    expect(buildTable(grid([["单位", "类别"], ["人", "社会救助"]]), generic).table.columns).toEqual([]);
  });

  it("reads percent-formatted numbers as percentages", () => {
    const { table } = buildTable(grid([["指标", "本期", "上期", "同比"], ["a", 110, 100, { value: 0.1, text: "10.0%", numberFormat: "0.0%" }]]), generic);
    expect(table.rows[0].cells.growth?.quantity).toMatchObject({ number: 10, unit: "%", decimals: 1 });
  });

  it("reads a number as its format shows it: a unit the format writes, and the 万 idiom that scales it", () => {
    const cell = (value: number, text: string, numberFormat: string) => ({ value, text, numberFormat });
    const { table } = buildTable(
      grid([
        ["指标", "单位", "本期", "上期"],
        ["福彩销售站点", "个", cell(1203, "1,203万元", '#,##0"万元"'), 1180],
        ["投入慈善资金", "万元", cell(80830000, "8083.0", "0!.0,"), 7650.2],
        ["社区社会组织", "", cell(97.5, "97.5个", '#,##0.0"个"'), 95],
        // A format that shows fewer decimals keeps the value, read with the decimals shown.
        ["入住率", "%", cell(48.56, "48.6", "0.0"), 45.2],
      ]),
      generic,
    );
    const q = (r: number) => table.rows[r].cells.value?.quantity;
    expect(q(0)).toMatchObject({ number: 12030000, unit: "元", dimension: "money", decimals: 0 });
    expect(q(1)).toMatchObject({ number: 8083, unit: null, decimals: 1 });
    expect(q(2)).toMatchObject({ number: 97.5, unit: "个", decimals: 1 });
    expect(q(3)).toMatchObject({ number: 48.56, unit: null, decimals: 1 });
  });
});

describe("periods", () => {
  it("reads the forms titles and headers use", () => {
    expect(findPeriod("潜江市民政局2024年上半年重点工作")).toMatchObject({ year: 2024, half: 1 });
    expect(findPeriod("2023年1-6月")).toMatchObject({ year: 2023, half: 1 });
    expect(findPeriod("2023年第三季度")).toMatchObject({ year: 2023, quarter: 3 });
    expect(findPeriod("2023年5月")).toMatchObject({ year: 2023, month: 5 });
    expect(findPeriod("2023年度")).toMatchObject({ year: 2023 });
    // cumulative months: 1-6月 is the first half, 1-3月 the first quarter, 1-12月 the year
    expect(findPeriod("2022年1-10月")).toMatchObject({ year: 2022, month: 10, label: "2022年1-10月" });
    expect(findPeriod("2022年1至9月累计")).toMatchObject({ year: 2022, month: 9 });
    expect(findPeriod("2022年前三季度")).toMatchObject({ year: 2022, month: 9 });
    expect(findPeriod("2022年1—3月")).toMatchObject({ year: 2022, quarter: 1 });
    expect(findPeriod("2022年1-12月")).toEqual({ year: 2022, label: "2022年1-12月", index: 0 });
    // A range with its first month's 月 written (统计时段:2025年1月—6月) ends where its last month does.
    expect(findPeriod("统计时段:2025年1月—6月")).toMatchObject({ year: 2025, half: 1, label: "2025年1月—6月" });
    expect(findPeriod("2025年1月至9月")).toMatchObject({ year: 2025, month: 9 });
    expect(findPeriod("2025年1月")).toEqual({ year: 2025, month: 1, label: "2025年1月", index: 0 });
    expect(findPeriod("没有年份")).toBeNull();
  });
});

describe("growth cells in words and arrows", () => {
  it("reads 增长/下降/持平 and ↑/↓ as signed percentages", () => {
    const { table } = buildTable(grid([["指标", "本期", "上期", "同比"], ["a", 1, 1, "下降2.1%"], ["b", 1, 1, "↑4.8%"], ["c", 1, 1, "持平"], ["d", 1, 1, "增长"]]), generic);
    expect(table.rows.map((r) => r.cells.growth?.quantity?.number ?? null)).toEqual([-2.1, 4.8, 0, null]);
  });
});
