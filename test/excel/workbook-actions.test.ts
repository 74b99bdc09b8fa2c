import { getBuiltinSchema } from "../../src/core/schema";
import {
  checkActiveSheet,
  EXPLANATIONS_KEY,
  ExcelUserError,
  loadExplanations,
  MARK_FILLS,
  removeExplanation,
  saveExplanation,
  selectCell,
  writeFindingsSheet,
  writeNarrativeSheet,
} from "../../src/excel";
import { FakeWorkbook } from "../host/fake-excel";
import { fixtureWorkbook } from "./fixtures";
import { useHost } from "./harness";

const schema = getBuiltinSchema("civil-affairs")!;
const check = () => checkActiveSheet({ schema, schemaId: "civil-affairs", locale: "zh-CN" });

describe("核实 explanations", () => {
  it("are kept in the workbook, survive save and reopen, and turn the warning into an explained one", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    useHost(wb);
    const first = await check();
    const warning = first.findings.find((f) => f.code === "growth-implausible")!;
    expect(warning).toMatchObject({ severity: "warning", cell: "F24", indicator: "减免群众丧葬费用" });
    await saveExplanation({ sheet: "填报表", indicator: warning.indicator!, code: warning.code, text: " 政策扩面,新增对象集中纳入 " });
    expect(wb.settings.has(EXPLANATIONS_KEY)).toBe(true);

    // Save, close, reopen: a new host over the saved workbook.
    const reopened = FakeWorkbook.fromJSON(wb.toJSON());
    const h = useHost(reopened);
    expect(await loadExplanations()).toEqual([{ sheet: "填报表", indicator: "减免群众丧葬费用", code: "growth-implausible", text: "政策扩面,新增对象集中纳入" }]);
    h.resetSyncs();
    const again = await check();
    expect(h.syncs()).toBeLessThanOrEqual(4);
    const explained = again.findings.find((f) => f.code === "growth-implausible")!;
    expect(explained.explanation).toBe("政策扩面,新增对象集中纳入");
    expect(again.report.summary.explained).toBe(1);
    expect(again.report.summary.warning).toBe(first.report.summary.warning - 1);
    const cell = reopened.sheet("填报表")!;
    expect(cell.cell("F24").fill?.color).toBe(MARK_FILLS.explained.color);
    expect(cell.notes.get("F24")).toContain("【已核实】");
    expect(cell.notes.get("F24")).toContain("政策扩面,新增对象集中纳入");

    await removeExplanation({ sheet: "填报表", indicator: "减免群众丧葬费用", code: "growth-implausible" });
    expect(await loadExplanations()).toEqual([]);
    expect(reopened.settings.has(EXPLANATIONS_KEY)).toBe(false);
  });

  it("replace an earlier one for the same key and are removed by (sheet, indicator, code)", async () => {
    useHost(FakeWorkbook.fromRows("表", [["a"]]));
    await saveExplanation({ sheet: "表", indicator: "临时救助", code: "out-of-range", text: "一" });
    await saveExplanation({ sheet: "表", indicator: "临时救助", code: "out-of-range", text: "二" });
    await saveExplanation({ sheet: "表", indicator: "结婚登记", code: "growth-implausible", text: "三" });
    expect((await loadExplanations()).map((e) => e.text)).toEqual(["二", "三"]);
    await removeExplanation("表", "临时救助", "out-of-range");
    expect((await loadExplanations()).map((e) => e.text)).toEqual(["三"]);
  });

  it("cannot explain an error away, nor be empty", async () => {
    const wb = FakeWorkbook.fromRows("表", [["a"]]);
    useHost(wb);
    await expect(saveExplanation({ sheet: "表", indicator: "结婚登记", code: "growth-mismatch", text: "有理由" })).rejects.toThrow(ExcelUserError);
    await expect(saveExplanation({ sheet: "表", indicator: "结婚登记", code: "growth-mismatch", text: "有理由" })).rejects.toThrow("强制性错误");
    await expect(saveExplanation({ sheet: "表", indicator: "x", code: "out-of-range", text: "  " })).rejects.toThrow("不能为空");
    expect(wb.settings.size).toBe(0);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const wb = FakeWorkbook.fromRows("甲", [["a"]]);
    wb.addSheet("乙").at(4, 2).value = 1;
    const h = useHost(wb);
    await selectCell("乙", "C5");
    expect(wb.active).toBe("乙");
    expect(wb.selection).toEqual({ sheet: "乙", address: "C5" });
    expect(h.syncs()).toBe(2);
  });
  it("says which sheet is missing, and refuses a bad address", async () => {
    useHost(FakeWorkbook.fromRows("甲", [["a"]]));
    await expect(selectCell("丙", "A1")).rejects.toThrow('找不到工作表"丙"');
    await expect(selectCell("甲", "1A")).rejects.toThrow('"1A"不是有效的单元格地址');
  });
});

describe("writeNarrativeSheet", () => {
  const paragraphs = [{ heading: "一、社会救助", text: "上半年全市低保对象1200人。" }, "=SUM(A1) 不是公式，是一段话。", { text: "二、养老服务持续推进。", heading: "二、养老服务" }];

  it("writes a new sheet 情况综述, one paragraph a row, wrapped, without touching the submission", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    const before = JSON.stringify(wb.sheet("填报表")!.rows);
    const h = useHost(wb);
    const out = await writeNarrativeSheet(paragraphs);
    expect(out).toEqual({ sheet: "情况综述", address: "A1:A4" });
    const s = wb.sheet("情况综述")!;
    expect(s.rows.map((r) => r[0]?.value)).toEqual(["一、社会救助", "上半年全市低保对象1200人。", "=SUM(A1) 不是公式，是一段话。", "二、养老服务持续推进。"]);
    expect(s.rows.every((r) => r[0]?.wrap === true && r[0]?.numberFormat === "@")).toBe(true);
    expect(s.rows[0][0]?.bold).toBe(true);
    expect(s.rows[1][0]?.bold).toBeUndefined();
    expect(wb.active).toBe("情况综述");
    expect(h.host.stats.writesWithEventsOn).toBe(0);
    expect(JSON.stringify(wb.sheet("填报表")!.rows)).toBe(before);
    // A second time: a new sheet beside the first, never overwriting it.
    expect((await writeNarrativeSheet(["再一次"])).sheet).toBe("情况综述 (2)");
  });

  it("writes at the selected cell on request, and refuses to overwrite content", async () => {
    const wb = FakeWorkbook.fromRows("表", [["标题"], [null], [null], [null], [null], ["已有内容"]]);
    wb.selection = { sheet: "表", address: "A2" };
    useHost(wb);
    const out = await writeNarrativeSheet(["第一段", "第二段"], { atSelection: true });
    expect(out).toEqual({ sheet: "表", address: "A2:A3" });
    expect(wb.sheet("表")!.cell("A3").value).toBe("第二段");
    wb.selection = { sheet: "表", address: "A4" };
    await expect(writeNarrativeSheet(["一", "二", "三"], { atSelection: true })).rejects.toThrow("A4:A6 已有内容");
    expect(wb.sheet("表")!.cell("A4").value).toBeUndefined();
  });
});

describe("writeFindingsSheet", () => {
  it("writes a large list in row spans, each round trip under 5 MB on the web", async () => {
    const findings = Array.from({ length: 30_000 }, (_, i) => ({
      code: "growth-mismatch" as const,
      severity: "error" as const,
      cell: `F${i + 2}`,
      indicator: `指标${i}`,
      message: `同比增长应为${i % 97}.5%,填报为-${i % 97}.5%,请核对本期与上年同期数据后重新填报`,
    }));
    const report = { version: 1 as const, tool: "jiaohe" as const, source: "x.xlsx", sheets: [{ name: "填报表", findings }], summary: { error: 30_000, warning: 0, info: 0 } };
    const wb = FakeWorkbook.fromRows("填报表", [["a"]]);
    const h = useHost(wb, { platform: "OfficeOnline" });
    await writeFindingsSheet(report, "zh-CN");
    const s = wb.sheet("校核结果")!;
    expect(s.rows).toHaveLength(30_001);
    expect(s.rows[30_000][3]?.formula).toBe(`=HYPERLINK("#'填报表'!F30001","F30001")`);
    expect(s.rows[30_000][5]?.value).toBe(findings[29_999].message);
    expect(h.host.stats.refusedRoundTrips).toBe(0);
    expect(h.syncs()).toBeGreaterThan(2);
    expect(h.host.stats.writesWithEventsOn).toBe(0);
    expect(h.host.eventsEnabled).toBe(true);
  });

  it("lists every finding with a HYPERLINK to its cell", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    useHost(wb);
    const out = await check();
    const { sheet } = await writeFindingsSheet(out.report, "zh-CN");
    expect(sheet).toBe("校核结果");
    const s = wb.sheet("校核结果")!;
    expect(s.rows[0].map((c) => c?.value)).toEqual(["级别", "代码", "工作表", "单元格", "指标", "问题", "核实说明"]);
    expect(s.rows).toHaveLength(out.findings.length + 1);
    const d17 = s.rows.find((r) => r[1]?.value === "unit-without-number")!;
    expect(d17[3]?.formula).toBe(`=HYPERLINK("#'填报表'!D17","D17")`);
    expect(d17[0]?.value).toBe("错误");
    expect(d17[5]?.value).toBe(out.findings.find((f) => f.code === "unit-without-number")!.message);
  });
});
