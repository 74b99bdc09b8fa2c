import { readSubmission } from "../../src/excel";
import { FakeWorkbook } from "../host/fake-excel";
import { useHost } from "./harness";

function sample(): FakeWorkbook {
  const wb = FakeWorkbook.fromRows("填报表", [
    ["2024年上半年民政重点指标", null, null, null],
    ["指标名称", "单位", "2024年上半年", "同比增长(%)"],
    ["低保对象", "人", 1200, { value: 0.052, numberFormat: "0.0%" }],
    ["救助资金", "万元", { value: 1234.5, numberFormat: "#,##0.00" }, { error: "#DIV/0!" }],
  ]);
  wb.sheet("填报表")!.merges.push("A1:D1");
  return wb;
}

describe("readSubmission", () => {
  it("reads the used range when one cell is selected: values, displayed text, formats, error values, merges", async () => {
    const h = useHost(sample());
    const s = await readSubmission();
    expect(s).toMatchObject({ sheet: "填报表", address: "A1:D4", source: "used" });
    const g = s.grid;
    expect(g.originRow).toBe(0);
    expect(g.rows[2][2]).toEqual({ value: 1200, text: "1200" });
    expect(g.rows[2][3]).toEqual({ value: 0.052, text: "5.2%", numberFormat: "0.0%" });
    expect(g.rows[3][2]).toEqual({ value: 1234.5, text: "1,234.50", numberFormat: "#,##0.00" });
    expect(g.rows[3][3]).toEqual({ value: null, text: "#DIV/0!", error: "#DIV/0!" });
    expect(g.rows[0][1]).toEqual({ value: null, text: "" });
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(h.syncs()).toBe(2);
  });

  it("reads the selection when it spans more than one cell", async () => {
    const wb = sample();
    wb.selection = { sheet: "填报表", address: "B2:C3" };
    useHost(wb);
    const s = await readSubmission();
    expect(s).toMatchObject({ address: "B2:C3", source: "selection" });
    expect(s.grid.originRow).toBe(1);
    expect(s.grid.originCol).toBe(1);
    expect(s.grid.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["单位", "2024年上半年"],
      ["人", "1200"],
    ]);
  });

  it("reads only the part of a whole-column selection that has values", async () => {
    const wb = sample();
    wb.selection = { sheet: "填报表", address: "B1:C1048576" };
    const h = useHost(wb);
    const s = await readSubmission();
    expect(s).toMatchObject({ address: "B1:C4", source: "selection" });
    expect(h.host.stats.maxRequestBytes).toBeLessThan(1000);
    wb.selection = { sheet: "填报表", address: "F1:G1048576" };
    await expect(readSubmission()).rejects.toThrow("选中的区域 F1:G1048576 没有内容");
  });

  it("reads only the Excel table under a single selected cell", async () => {
    const wb = sample();
    const sheet = wb.sheet("填报表")!;
    sheet.at(9, 0).value = "另一张表";
    sheet.at(10, 0).value = "x";
    sheet.tables.push({ name: "表1", address: "A2:D4" });
    wb.selection = { sheet: "填报表", address: "B3" };
    const h = useHost(wb);
    const s = await readSubmission();
    expect(s).toMatchObject({ address: "A2:D4", source: "table" });
    expect(s.grid.rows).toHaveLength(3);
    expect(s.grid.rows[0][0].text).toBe("指标名称");
    expect(h.syncs()).toBe(2);
  });

  it("says clearly when the sheet is empty", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("空表");
    useHost(wb);
    await expect(readSubmission()).rejects.toThrow('工作表"空表"是空的');
    useHost(wb, { displayLanguage: "en-US" });
    await expect(readSubmission({ locale: "en-US" })).rejects.toThrow('Sheet "空表" is empty');
  });

  it("refuses an area over 5,000,000 cells before reading any cell", async () => {
    const wb = FakeWorkbook.fromRows("大表", [["a"]]);
    wb.sheet("大表")!.at(399, 16_383).value = 1; // 400 rows × 16,384 columns = 6,553,600 cells
    const h = useHost(wb);
    await expect(readSubmission()).rejects.toThrow(/6,553,600 个单元格，超过 Excel 一次读取的上限 5,000,000/);
    expect(h.host.stats.syncs).toBe(1);
  });

  it("reads a 50,000-row sheet in 2 syncs, every block request under 5 MB", async () => {
    const rows: (string | number)[][] = [["指标名称", "单位", "本期", "上期", "增长(%)", "处室", "备注", "甲", "乙", "丙"]];
    for (let i = 0; i < 50_000; i++) rows.push([`指标${i}`, "人", i, i + 1, 1.5, "社会救助处", "", i * 2, "乙乙乙", "丙"]);
    const h = useHost(FakeWorkbook.fromRows("大表", rows));
    const s = await readSubmission();
    expect(s.grid.rows).toHaveLength(50_001);
    expect(s.grid.rows[50_000][0].text).toBe("指标49999");
    expect(h.syncs()).toBe(2);
    expect(h.host.stats.syncs).toBe(2);
    expect(h.host.stats.maxRequestBytes).toBeGreaterThan(100_000);
    expect(h.host.stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("on Excel on the web, keeps every round trip under the 5 MB payload limit", async () => {
    const rows: string[][] = [];
    for (let i = 0; i < 50_000; i++) rows.push([`社会救助对象名册第${i}行`, "城乡居民最低生活保障对象", `备注说明文字${i}`, "民政局社会救助科"]);
    const h = useHost(FakeWorkbook.fromRows("名册", rows), { platform: "OfficeOnline" });
    const s = await readSubmission();
    expect(s.grid.rows).toHaveLength(50_000);
    expect(h.host.stats.maxPayloadBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    // The same read in one round trip would not fit: the web host would refuse it.
    expect(h.syncs()).toBeGreaterThan(2);
  });
});

describe("host limits become messages", () => {
  it("several separate areas selected: asks for one", async () => {
    const wb = sample();
    wb.selection = { sheet: "填报表", address: "A1:B2,D4" };
    useHost(wb);
    await expect(readSubmission()).rejects.toThrow("选中了多个不相连的区域");
  });

  it("on the web, a sheet far wordier than the estimate is read again in smaller blocks, never over 5 MB", async () => {
    const long = "城乡居民最低生活保障对象动态管理情况说明，".repeat(10); // 200 characters
    const rows: string[][] = [];
    for (let i = 0; i < 12_000; i++) rows.push([`${i}${long}`, long, long]);
    const h = useHost(FakeWorkbook.fromRows("说明", rows), { platform: "OfficeOnline" });
    const s = await readSubmission();
    expect(s.grid.rows).toHaveLength(12_000);
    expect(s.grid.rows[11_999][0].text.startsWith("11999")).toBe(true);
    expect(h.host.stats.refusedRoundTrips).toBe(1); // the first attempt, sized by the estimate
    expect(h.host.stats.maxAcceptedPayloadBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("a round trip the web host refuses says what to do instead of a RichApi error", async () => {
    const rows: string[][] = [];
    for (let i = 0; i < 2000; i++) rows.push([`社会救助对象名册第${i}行`, "城乡居民最低生活保障对象"]);
    // A host whose limit is far below what the plan assumes (as if the estimate were wrong).
    useHost(FakeWorkbook.fromRows("名册", rows), { platform: "OfficeOnline", payloadLimit: 20_000 });
    await expect(readSubmission()).rejects.toThrow('工作表"名册"的读取区域超出了 Excel 单次请求的大小上限');
  });
});
