import { checkGrid } from "../../src/core/checks";
import { getBuiltinSchema } from "../../src/core/schema";
import { checkActiveSheet, clearMarks, MARK_FILLS, STORE_SHEET } from "../../src/excel";
import { FakeWorkbook } from "../host/fake-excel";
import { fixtureGrid, fixtureWorkbook, largeSubmission } from "./fixtures";
import { snapshot, useHost, workbookFromGrid } from "./harness";

const schema = getBuiltinSchema("civil-affairs")!;
const check = (mark = true) => checkActiveSheet({ schema, schemaId: "civil-affairs", locale: "zh-CN", mark });

describe("checkActiveSheet", () => {
  it("finds on the workbook exactly what the engine finds on the same .xlsx, and marks each flagged cell", async () => {
    const grid = await fixtureGrid("jinhua-2023");
    const expected = checkGrid(grid, schema, { locale: "zh-CN" }).findings;
    const wb = await fixtureWorkbook("jinhua-2023");
    const h = useHost(wb);
    const out = await check();
    expect(out.findings).toEqual(expected);
    expect(out.report).toMatchObject({ version: 1, tool: "jiaohe", source: "jinhua-2023.xlsx", schema: "civil-affairs" });
    expect(out.report.sheets![0].name).toBe("填报表");
    expect(h.syncs()).toBeLessThanOrEqual(4);

    const sheet = wb.sheet("填报表")!;
    const cells = new Set(expected.filter((f) => f.cell).map((f) => f.cell!));
    expect(out.marked).toBe(cells.size);
    expect(out.markMode).toBe("notes");
    // Every finding's message is in its cell's note; a cell takes the fill of its worst finding.
    for (const f of expected.filter((x) => x.cell)) expect(sheet.notes.get(f.cell!)).toContain(f.message);
    expect(sheet.cell("D21").fill).toMatchObject({ color: MARK_FILLS.error.color, pattern: "Solid" });
    expect(sheet.cell("H6").fill).toMatchObject({ color: MARK_FILLS.warning.color });
    for (const severity of ["error", "warning", "info"] as const) {
      const only = expected.filter((f) => f.cell && expected.filter((g) => g.cell === f.cell).every((g) => g.severity === severity));
      for (const f of only) expect(sheet.cell(f.cell!).fill?.color).toBe(MARK_FILLS[severity].color);
    }
    // Nothing else was touched.
    sheet.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        const a = `${String.fromCharCode(65 + col)}${r + 1}`;
        if (!cells.has(a)) expect(c?.fill).toBeUndefined();
      }),
    );
    // The originals are kept in a very hidden sheet.
    expect(wb.sheet(STORE_SHEET)!.visibility).toBe("VeryHidden");
    expect(wb.active).toBe("填报表");
  });

  it("reads a selection away from A1 and marks the cells where they are on the sheet", async () => {
    const grid = await fixtureGrid("jinhua-2023");
    const base = checkGrid(grid, schema, { locale: "zh-CN" }).findings;
    const wb = workbookFromGrid({ ...grid, originRow: 4, originCol: 2 });
    const right = String.fromCharCode(65 + 2 + grid.rows[0].length - 1);
    wb.selection = { sheet: grid.sheet, address: `C5:${right}${4 + grid.rows.length}` };
    useHost(wb);
    const out = await check();
    const shift = (a: string) => `${String.fromCharCode(a.charCodeAt(0) + 2)}${Number(a.slice(1)) + 4}`;
    expect(out.address).toBe(wb.selection.address);
    expect(out.findings.map((f) => [f.code, f.cell])).toEqual(base.map((f) => [f.code, f.cell && shift(f.cell)]));
    expect(wb.sheet(grid.sheet)!.cell(shift("D17")).fill?.color).toBe(MARK_FILLS.error.color);
    expect(wb.sheet(grid.sheet)!.notes.get(shift("D17"))).toContain("unit-without-number");
  });

  it("never writes a value of the submission, and writes with events off and screen updating suspended", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    const contents = () =>
      JSON.stringify(
        wb.sheet("填报表")!.rows.map((r) =>
          [...r].map((c) => {
            const v = [c?.value, c?.error, c?.text, c?.numberFormat, c?.formula];
            return v.every((x) => x === undefined || x === null) ? null : v;
          }),
        ),
      );
    const values = contents();
    const h = useHost(wb);
    await check();
    expect(contents()).toBe(values);
    expect(h.host.stats.writesWithEventsOn).toBe(0);
    expect(h.host.eventsEnabled).toBe(true);
    expect(h.host.stats.screenUpdatingSuspended).toBe(1);
  });

  it("with mark: false reads in 2 syncs and changes nothing", async () => {
    const wb = await fixtureWorkbook("qianjiang-2020h1");
    const before = JSON.stringify(wb.toJSON());
    const h = useHost(wb);
    const out = await check(false);
    expect(out.findings.length).toBeGreaterThan(0);
    expect(out.marked).toBe(0);
    expect(h.syncs()).toBe(2);
    expect(JSON.stringify(wb.toJSON())).toBe(before);
  });

  it("checks and marks a 50,000-row sheet in at most 4 syncs, with short getRanges lists and small property reads", async () => {
    const wb = FakeWorkbook.fromRows("填报表", largeSubmission(50_000));
    const h = useHost(wb);
    const seen: number[] = [];
    const out = await checkActiveSheet({ schema, schemaId: "civil-affairs", locale: "zh-CN", onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(out.unmarked).toBe(new Set(out.findings.filter((f) => f.cell).map((f) => f.cell)).size - out.marked);
    expect(out.findings.filter((f) => f.code === "growth-mismatch").length).toBeGreaterThanOrEqual(4500);
    expect(out.marked).toBe(5000);
    expect(out.unmarked).toBeGreaterThan(0);
    expect(h.host.stats.longestGetRangesAddress).toBeGreaterThan(4000); // the lists were chunked, not tiny
    expect(h.syncs()).toBeLessThanOrEqual(4);
    expect(h.host.stats.syncs).toBe(h.syncs());
    expect(h.host.stats.longestGetRangesAddress).toBeLessThanOrEqual(8192);
    expect(h.host.stats.largestCellPropertiesArea).toBeLessThan(100);
    expect(h.host.stats.writesWithEventsOn).toBe(0);
  });
});

describe("mark → clear round trip", () => {
  async function prepared() {
    const wb = await fixtureWorkbook("jinhua-2023");
    const sheet = wb.sheet("填报表")!;
    // The user's own formats and notes on flagged and unflagged cells.
    sheet.cell("D21").fill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0, patternTintAndShade: 0.2 };
    sheet.cell("F23").fill = { color: "#92D050", pattern: "Solid", patternColor: "#000000", tintAndShade: -0.25, patternTintAndShade: 0 };
    sheet.cell("A1").fill = { color: "#D9D9D9", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
    sheet.notes.set("D26", "张三：临时救助数据待财政确认");
    sheet.notes.set("C3", "单位口径见说明");
    return wb;
  }

  it("leaves every value, format and note exactly as it was", async () => {
    const wb = await prepared();
    const before = snapshot(wb, "填报表");
    const h = useHost(wb);
    await check();
    expect(snapshot(wb, "填报表")).not.toEqual(before);
    expect(wb.sheet("填报表")!.notes.get("D26")).toMatch(/^张三：临时救助数据待财政确认\n\n校核：/);
    h.resetSyncs();
    const { restored } = await clearMarks();
    expect(restored).toBeGreaterThan(10);
    expect(snapshot(wb, "填报表")).toEqual(before);
    expect(wb.sheet(STORE_SHEET)).toBeUndefined();
    expect(h.syncs()).toBeLessThanOrEqual(4);
    expect(h.host.stats.writesWithEventsOn).toBe(0);
  });

  it("lets the user's newer edits win", async () => {
    const wb = await prepared();
    const before = snapshot(wb, "填报表") as { cells: ({ fill?: unknown } | null)[][]; notes: [string, string][] };
    const h = useHost(wb);
    await check();
    const sheet = wb.sheet("填报表")!;
    // After the marks: the user recolours D17 and rewrites the note on H6.
    const userFill = { color: "#00B050", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
    sheet.cell("D17").fill = { ...userFill };
    sheet.notes.set("H6", "已与处室核对：第十届");
    await clearMarks();
    void h;
    const expected = JSON.parse(JSON.stringify(before)) as typeof before;
    expected.cells[16][3] = { ...(expected.cells[16][3] as object), fill: userFill };
    expected.notes = [...expected.notes, ["H6", "已与处室核对：第十届"] as [string, string]].sort();
    expect(snapshot(wb, "填报表")).toEqual(expected);
  });

  it("restores the first originals after checking twice, also after save and reopen", async () => {
    const wb = await prepared();
    const before = snapshot(wb, "填报表");
    useHost(wb);
    await check();
    // The user fixes D26 (no longer empty): the second check takes its mark off.
    wb.sheet("填报表")!.cell("D26").value = 400;
    const fixedBefore = JSON.parse(JSON.stringify(before)) as { cells: { value?: unknown }[][] };
    fixedBefore.cells[25][3] = { ...fixedBefore.cells[25][3], value: 400 };
    await check();
    expect(wb.sheet("填报表")!.notes.get("D26")).toBe("张三：临时救助数据待财政确认");
    const reopened = FakeWorkbook.fromJSON(wb.toJSON());
    const h2 = useHost(reopened);
    const { restored } = await clearMarks();
    expect(restored).toBeGreaterThan(10);
    expect(snapshot(reopened, "填报表")).toEqual(fixedBefore);
    expect(h2.syncs()).toBeLessThanOrEqual(4);
  });
});

describe("degrades by requirement set, never fails", () => {
  it.each([
    ["1.18", "notes"],
    ["1.12", "comments"],
    ["1.9", "fill"],
    ["1.8", "list"],
  ] as const)("ExcelApi %s → %s, and the round trip stays clean", async (sets, mode) => {
    const wb = await fixtureWorkbook("jinhua-2023");
    wb.addComment("填报表", "D16", "王五：请核对人数"); // a user's comment on a flagged cell
    const before = snapshot(wb, "填报表");
    const h = useHost(wb, { sets });
    const out = await check();
    expect(out.markMode).toBe(mode);
    expect(out.findings.length).toBeGreaterThan(10);
    const sheet = wb.sheet("填报表")!;
    if (mode === "list") {
      expect(out.marked).toBe(0);
      expect(snapshot(wb, "填报表")).toEqual(before);
      expect(h.syncs()).toBe(2);
      return;
    }
    expect(sheet.cell("D17").fill?.color).toBe(MARK_FILLS.error.color);
    expect(sheet.notes.size).toBe(mode === "notes" ? out.marked : 0);
    const ours = wb.comments.filter((c) => c.content.startsWith("校核："));
    expect(ours.length).toBe(mode === "comments" ? out.marked - 1 : 0);
    expect(wb.comments.find((c) => c.address === "D16")?.content).toBe("王五：请核对人数");
    // A second check over the first marks changes nothing and keeps the first originals.
    const marked = snapshot(wb, "填报表");
    await check();
    expect(snapshot(wb, "填报表")).toEqual(marked);
    await clearMarks();
    expect(snapshot(wb, "填报表")).toEqual(before);
  });
});

describe("safety", () => {
  it("two actions started together (a live re-check and 检查) run one after the other, so the originals stay true", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    const before = snapshot(wb, "填报表");
    useHost(wb);
    await Promise.all([check(), check(), clearMarks(), check()]);
    await clearMarks();
    expect(snapshot(wb, "填报表")).toEqual(before);
  });

  it("turns events back on when the write batch fails part-way", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    const notes = wb.sheet("填报表")!.notes;
    notes.set = () => {
      throw new Error("the host failed while writing a note");
    };
    const h = useHost(wb);
    await expect(check()).rejects.toThrow("the host failed while writing a note");
    expect(h.host.eventsEnabled).toBe(true);
  });

  it("lists the findings without marking a protected sheet, and says why", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    wb.sheet("填报表")!.protected = true;
    const before = JSON.stringify(wb.toJSON());
    const h = useHost(wb);
    const out = await check();
    expect(out).toMatchObject({ markMode: "list", marked: 0 });
    expect(out.notice).toContain('工作表"填报表"受保护');
    expect(out.findings.length).toBeGreaterThan(10);
    expect(JSON.stringify(wb.toJSON())).toBe(before);
    expect(h.syncs()).toBe(2);
  });

  it("clears the other sheets and keeps the marks of a sheet protected since, to clear later", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    const before = snapshot(wb, "填报表");
    useHost(wb);
    await check();
    const marked = snapshot(wb, "填报表");
    wb.sheet("填报表")!.protected = true;
    expect(await clearMarks()).toEqual({ restored: 0, protectedSheets: ["填报表"] });
    expect(snapshot(wb, "填报表")).toEqual(marked);
    wb.sheet("填报表")!.protected = false;
    expect((await clearMarks()).restored).toBeGreaterThan(10);
    expect(snapshot(wb, "填报表")).toEqual(before);
  });

  it("never takes over a sheet of the user's that happens to be called Jiaohe_Marks", async () => {
    const wb = await fixtureWorkbook("jinhua-2023");
    const mine = wb.addSheet(STORE_SHEET);
    mine.at(0, 0).value = "我的笔记";
    const before = snapshot(wb, STORE_SHEET);
    const submission = snapshot(wb, "填报表");
    useHost(wb);
    const out = await check();
    expect(out.markMode).toBe("list");
    expect(out.notice).toContain('已有名为"Jiaohe_Marks"的工作表');
    expect(out.findings.length).toBeGreaterThan(10);
    expect(await clearMarks()).toEqual({ restored: 0 });
    expect(snapshot(wb, STORE_SHEET)).toEqual(before);
    expect(snapshot(wb, "填报表")).toEqual(submission);
  });
});
