import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";
import { readTable } from "../../src/cli/read";
import { checkGrid } from "../../src/core/checks";
import type { Report } from "../../src/core/findings";
import { getBuiltinSchema } from "../../src/core/schema";

const TABLES = join(__dirname, "../fixtures/tables");
const LO = join(TABLES, "libreoffice");

const cli = (...argv: string[]) => runCli(["check", ...argv]);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "jiaohe-check-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function workbook(file: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const path = join(tmp, file);
  await wb.xlsx.writeFile(path);
  return path;
}

const codesAt = (r: Report) => r.sheets!.flatMap((s) => s.findings.map((f) => `${f.code}@${f.cell ?? "-"}`));

describe("jiaohe check on the fixtures", () => {
  it("text: exit 1 with errors, each finding with its cell and message", async () => {
    const r = await cli(join(TABLES, "jinhua-2023.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).toContain("F23");
    expect(r.out).toContain("同比增长应为6.9%,填报为-6.9%");
  });

  it("json: one report in the findings.md shape", async () => {
    const r = await cli(join(TABLES, "qianjiang-2020h1.xlsx"), "--format", "json");
    const report = JSON.parse(r.out) as Report;
    expect(report).toMatchObject({ version: 1, tool: "jiaohe", schema: "generic", summary: { error: 8, warning: 1, info: 0 } });
    expect(report.sheets![0].name).toBe("填报表");
    expect(codesAt(report)).toContain("period-mismatch@D2");
    expect(codesAt(report)).toContain("completion-mismatch@F8");
    const f = report.sheets![0].findings.find((x) => x.cell === "F8")!;
    expect(f).toMatchObject({ row: 8, column: "完成进度(%)", indicator: "临时救助", value: "75.3", expected: "65.3" });
  });

  it("a folder: one JSON report per line, in file-name order", async () => {
    const dir = join(tmp, "batch");
    mkdirSync(dir);
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), join(dir, "b.xlsx"));
    copyFileSync(join(TABLES, "qianjiang-2020h1.csv"), join(dir, "a.csv"));
    writeFileSync(join(dir, "notes.txt"), "not a table");
    const r = await cli(dir, "--format", "json", "--schema", "civil-affairs");
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as Report);
    expect(lines.map((l) => l.source)).toEqual([join(dir, "a.csv"), join(dir, "b.xlsx")]);
    expect(lines.every((l) => l.schema === "civil-affairs")).toBe(true);
    expect(r.code).toBe(1);
  });

  it("html: a standalone page grouped by sheet and severity, everything escaped", async () => {
    const path = await workbook("xss.xlsx", (wb) => {
      const ws = wb.addWorksheet("<b>表<b>");
      ws.addRow(["指标名称", "单位", "本期"]);
      ws.addRow(['<script>alert("x")</script>', "人", "见<img src=x>附件"]);
    });
    const out = join(tmp, "report.html");
    const r = await cli(path, "--format", "html", "--out", out);
    expect(r.code).toBe(1);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|https?:|url\(/i);
    expect(html).toContain("&#60;script&#62;");
    expect(html).toContain("工作表:&#60;b&#62;表&#60;b&#62;");
    expect(html).toContain('<span class="error">错误 1</span>');
    expect(html).toContain("not-a-number");
  });

  it("exit 0 for a table with warnings only; --locale en-US", async () => {
    const path = await workbook("warn.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["指标名称", "单位", "本期", "上期", "同比增长(%)"]);
      ws.addRow(["减免丧葬费用", "万元", 2700, 900, 200]);
    });
    const r = await cli(path, "--locale", "en-US");
    expect(r.code).toBe(0);
    expect(r.out).toContain("year-on-year growth of 200% is outside the plausible range");
  });
});

describe("the reader", () => {
  it("reads LibreOffice-written .xlsx as the CSV it came from gives the same findings", async () => {
    for (const name of ["errors-2023", "outline-2024h1", "traditional-bilingual", "county-form-2024h1"]) {
      const schema = getBuiltinSchema("generic")!;
      const fromXlsx = (await readTable(join(LO, `${name}.xlsx`))).grids.flatMap((g) => checkGrid(g, schema).findings.map((f) => `${f.code}@${f.cell}`));
      const fromCsv = (await readTable(join(LO, `${name}.csv`))).grids.flatMap((g) => checkGrid(g, schema).findings.map((f) => `${f.code}@${f.cell}`));
      expect(fromXlsx).toEqual(fromCsv);
    }
    const errors = (await readTable(join(LO, "errors-2023.xlsx"))).grids.flatMap((g) => checkGrid(g, getBuiltinSchema("generic")!).findings.map((f) => `${f.code}@${f.cell}`));
    // (the growth worked out from C7's negative value is not reported again: negative-value says it)
    expect(errors).toEqual(["non-integer-count@C3", "unit-without-number@C4", "percent-out-of-range@C5", "growth-mismatch@E6", "negative-value@C7"]);
  });

  it("raises no error or warning on clean forms (column codes, sections, 其中, 个百分点, footer)", async () => {
    for (const name of ["outline-2024h1", "county-form-2024h1"]) {
      for (const id of ["generic", "civil-affairs"]) {
        const serious = (await readTable(join(LO, `${name}.xlsx`))).grids.flatMap((g) => checkGrid(g, getBuiltinSchema(id)!).findings.filter((f) => f.severity !== "info"));
        expect(serious).toEqual([]);
      }
    }
  });

  it("what LibreOffice writes differs: \"1,407\" becomes a number, numbered names stay text", async () => {
    const [g] = (await readTable(join(LO, "outline-2024h1.xlsx"))).grids;
    expect(g.rows[5][3]).toMatchObject({ value: 1407 }); // the CSV's "1,407"
    expect(g.rows[4][0]).toMatchObject({ value: "(一)行政区划", text: "(一)行政区划" }); // rich text in exceljs, read as cell.text
    const [c] = (await readTable(join(LO, "outline-2024h1.csv"))).grids;
    expect(c.rows[5][3]).toMatchObject({ value: "1,407" });
  });

  it("reads CSV in GB18030 and in UTF-8 with a BOM", async () => {
    const gb = await readTable(join(TABLES, "errors-2023.gb18030.csv"));
    expect(gb.grids[0].rows[1][0].text).toBe("低保标准");
    const bom = join(tmp, "bom.csv");
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(LO, "errors-2023.csv"))]));
    const b = await readTable(bom);
    expect(b.grids[0].rows[0][0].text).toBe("指标名称");
  });

  it("reads cached formula results, error values, and reports a formula without a result", async () => {
    const path = await workbook("formulas.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["指标名称", "单位", "本期", "上期", "同比增长(%)"]);
      ws.addRow(["低保标准", "元/月", 1100, 1050, { formula: "ROUND((C2/D2-1)*100,1)", result: 4.8 }]);
      ws.addRow(["特困标准", "元/月", { formula: "C2*2" }, 1050, null]);
      ws.addRow(["助餐", "个", 1094, { formula: "1/0", result: { error: "#DIV/0!" } }, null]);
    });
    const r = JSON.parse((await cli(path, "--format", "json")).out) as Report;
    expect(codesAt(r)).toEqual(["formula-without-result@C3", "cell-error@D4"]);
  });

  it("reads a formula whose cached result is 0 as 0, not as a formula without a result", async () => {
    const path = await workbook("zero.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["指标名称", "单位", "本期", "上期", "增减", "同比增长(%)"]);
      ws.addRow(["养老机构", "家", 17, 17, null, null]);
      // Written through the cell's model: exceljs's `cell.value = {formula, result: 0}` drops the 0 as
      // its reader does, while Excel and LibreOffice write <v>0</v>.
      for (const [address, formula] of [["E2", "C2-D2"], ["F2", "ROUND((C2/D2-1)*100,1)"]]) {
        const cell = ws.getCell(address);
        // (exceljs, not Office.js: the office-addins rule takes getCell for Excel's.)
        // eslint-disable-next-line office-addins/call-sync-before-read
        cell.model = { ...cell.model, type: ExcelJS.ValueType.Formula, formula, result: 0 } as ExcelJS.CellModel;
      }
    });
    expect(readFileSync(path).length).toBeGreaterThan(0);
    const { grids } = await readTable(path);
    expect(grids[0].rows[1][5]).toMatchObject({ value: 0 });
    expect(grids[0].rows[1][5].formulaWithoutResult).toBeUndefined();
    const r = JSON.parse((await cli(path, "--format", "json")).out) as Report;
    expect(codesAt(r)).toEqual([]);
  });

  it("reads a formatted number as Excel shows it: a formula's growth in 0.0 is written 92.8, not 92.76297335203365", async () => {
    const path = await workbook("formatted.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["指标名称", "单位", "本期", "上期", "同比增长(%)"]);
      ws.addRow(["慈善信托备案资金", "万元", 1099.52, 570.4, { formula: "(C2/D2-1)*100", result: (1099.52 / 570.4 - 1) * 100 }]);
      ws.addRow(["城乡低保对象", "人", 188000, 195600, -3.885480572597137]);
      ws.addRow(["护理型床位占比", "%", 0.623, 0.581, null]);
      ws.addRow(["低保资金", "万元", 66641.37, 60000, null]);
      ws.getCell("E2").numFmt = "0.0";
      ws.getCell("C4").numFmt = "0.0%";
      ws.getCell("D4").numFmt = "0.0%";
      ws.getCell("C5").numFmt = '#,##0.00"万元"';
    });
    const { grids } = await readTable(path);
    const rows = grids[0].rows;
    expect(rows[1][4]).toMatchObject({ value: (1099.52 / 570.4 - 1) * 100, text: "92.8", numberFormat: "0.0" });
    expect(rows[3][2]).toMatchObject({ value: 0.623, text: "62.3%" });
    expect(rows[4][2]).toMatchObject({ value: 66641.37, text: "66,641.37万元" });
    // A General cell shows the number itself.
    expect(rows[2][4]).toEqual({ value: -3.885480572597137, text: "-3.885480572597137" });
    const r = JSON.parse((await cli(path, "--format", "json")).out) as Report;
    expect(codesAt(r)).toEqual([]);
    const draft = (await runCli(["narrate", path])).out;
    expect(draft).toContain("同比增长92.8%");
    // A General cell's fifteen decimals are a formula's, not the writer's: said to one.
    expect(draft).toContain("同比下降3.9%");
    expect(draft).not.toMatch(/\d\.\d{5,}%/);
  });

  it("a unit or a scale carried by the number format counts as what the cell says", async () => {
    const path = await workbook("format-units.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["指标名称", "单位", "本期", "上期"]);
      ws.addRow(["福彩销售站点", "个", 1203, 1180]);
      ws.addRow(["社区社会组织", "个", 97.5, 95]);
      ws.addRow(["投入慈善资金", "万元", 80830000, 7650.2]);
      ws.getCell("C2").numFmt = '#,##0"万元"';
      ws.getCell("C3").numFmt = '#,##0.0"个"';
      ws.getCell("C4").numFmt = "0!.0,";
    });
    const { grids } = await readTable(path);
    expect(grids[0].rows[3][2]).toMatchObject({ value: 80830000, text: "8083.0" });
    const r = JSON.parse((await cli(path, "--format", "json", "--schema", "civil-affairs")).out) as Report;
    // 万元 on a count of stations, and half an organisation; the 万 idiom's 8083.0万元 is no scale slip.
    expect(codesAt(r)).toEqual(["unit-mismatch@C2", "non-integer-count@C3"]);
  });

  it("a ‰ in the format is written, not scaled, as Excel shows it: 2.1 in 0.0‰ is 2.1‰, and 0.0021 shows 0.0‰", async () => {
    const path = await workbook("permille.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["指标名称", "单位", "本期", "上期", "同比增长(%)"]);
      ws.addRow(["离婚率", "", 2.1, 2.5, -16]);
      ws.addRow(["某比率", "", 0.0021, 0.0025, -16]);
      for (const a of ["C2", "D2", "C3", "D3"]) ws.getCell(a).numFmt = "0.0‰";
    });
    const rows = (await readTable(path)).grids[0].rows;
    expect(rows[1][2]).toMatchObject({ value: 2.1, text: "2.1‰" });
    expect(rows[2][2]).toMatchObject({ value: 0.0021, text: "0.0‰" });
    const r = JSON.parse((await cli(path, "--format", "json")).out) as Report;
    // Row 2 agrees (2.1‰ against 2.5‰ is −16%); row 3 reads 0.0‰ against 0.0‰, which no growth follows from.
    expect(codesAt(r).filter((c) => c.endsWith("@E2"))).toEqual([]);
    const draft = (await runCli(["narrate", path])).out;
    expect(draft).toContain("2.1‰");
  });

  it("never writes to the input, and refuses --out onto it", async () => {
    const path = join(tmp, "input.xlsx");
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), path);
    const before = createHash("sha256").update(readFileSync(path)).digest("hex");
    const mtime = statSync(path).mtimeMs;
    await cli(path, "--format", "html", "--out", join(tmp, "out.html"));
    const r = await cli(path, "--out", path);
    expect(r.code).toBe(2);
    expect(createHash("sha256").update(readFileSync(path)).digest("hex")).toBe(before);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });
});

describe("bad input: one clear line, never a crash", () => {
  const oneLine = (err: string) => expect(err.trim().split("\n")).toHaveLength(1);

  it("a missing file", async () => {
    const r = await cli(join(tmp, "nope.xlsx"));
    expect(r).toMatchObject({ code: 2, out: "" });
    oneLine(r.err);
    expect(r.err).toContain("nope.xlsx:文件不存在");
  });

  it("a corrupt .xlsx (random bytes, and a truncated zip)", async () => {
    const junk = join(tmp, "junk.xlsx");
    writeFileSync(junk, "this is not a spreadsheet at all");
    let r = await cli(junk);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("不是有效的 .xlsx 文件");
    const cut = join(tmp, "cut.xlsx");
    const bytes = readFileSync(join(TABLES, "jinhua-2023.xlsx"));
    writeFileSync(cut, bytes.subarray(0, bytes.length >> 1));
    r = await cli(cut);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("cut.xlsx");
  });

  it("a password-protected .xlsx (an OLE container holding EncryptionInfo, as Excel writes one)", async () => {
    // No encryptor is available offline here; this is the container's signature and stream name,
    // which is what the reader looks at (see sniffXlsx).
    const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = Buffer.alloc(4096);
    Buffer.from("EncryptionInfo", "utf16le").copy(body, 1024);
    Buffer.from("EncryptedPackage", "utf16le").copy(body, 1152);
    const path = join(tmp, "locked.xlsx");
    writeFileSync(path, Buffer.concat([head, body]));
    const r = await cli(path);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("密码保护");
  });

  it("a hidden sheet and a visible list of drop-down options are passed over, each said why; --sheet still checks a hidden one", async () => {
    const path = await workbook("lists.xlsx", (wb) => {
      const data = wb.addWorksheet("填报表");
      data.addRow(["指标", "单位", "本期", "上年同期", "同比(%)"]);
      data.addRow(["临时救助", "人次", 391, 436, -10.3]);
      const options = wb.addWorksheet("下拉选项");
      options.addRow(["单位", "类别"]);
      options.addRow(["人", "社会救助"]);
      options.addRow(["户", "养老服务"]);
      const hidden = wb.addWorksheet("旧表", { state: "hidden" });
      hidden.addRow(["指标", "单位", "本期"]);
      hidden.addRow(["临时救助", "人次", "亿元"]);
    });
    const r = await cli(path, "--format", "json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Report).sheets!.map((s) => s.name)).toEqual(["填报表"]);
    expect(r.err).toContain("工作表“下拉选项”没有可识别的表头,已跳过");
    expect(r.err).toContain("工作表“旧表”是隐藏的,已跳过");
    const named = await cli(path, "--sheet", "旧表", "--format", "json");
    expect(codesAt(JSON.parse(named.out) as Report)).toEqual(["unit-without-number@C2"]);
  });

  it("an empty sheet, and a sheet with no recognisable header", async () => {
    const empty = await workbook("empty.xlsx", (wb) => void wb.addWorksheet("空表"));
    let r = await cli(empty);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("所有工作表都是空的");
    r = await cli(empty, "--sheet", "空表");
    expect(r.err).toContain("工作表“空表”是空的");
    r = await cli(empty, "--sheet", "别的");
    expect(r.err).toContain("没有名为“别的”的工作表");
    const prose = await workbook("prose.xlsx", (wb) => {
      const ws = wb.addWorksheet("说明");
      ws.addRow(["本表由各处室填写"]);
      ws.addRow(["请于7月5日前报送"]);
    });
    r = await cli(prose, "--format", "json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(report.sheets![0].findings.map((f) => f.code)).toEqual(["missing-column", "missing-column"]);
    expect(report.sheets![0].findings[0].message).toContain("未找到表头");
  });

  it("a 32,767-character cell, in the note column and in the value column", async () => {
    const long = "完成325户低保家庭善居工程,".repeat(2400).slice(0, 32767);
    const path = await workbook("long.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["指标名称", "单位", "本期", "备注"]);
      ws.addRow(["善居工程", "户", 325, long]);
      ws.addRow(["善居工程2", "户", long, null]);
    });
    const r = await cli(path, "--format", "json");
    const report = JSON.parse(r.out) as Report;
    expect(codesAt(report)).toContain("not-a-number@C3");
    expect(r.code).toBe(1);
  });

  it(
    "a 1,000,000-row sheet: a clear error within seconds, not a minute of reading",
    async () => {
      const path = join(tmp, "million.xlsx");
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
      const ws = wb.addWorksheet("big");
      ws.addRow(["指标名称", "本期"]).commit();
      for (let i = 1; i < 1_000_000; i++) ws.addRow([`指标${i}`, i]).commit();
      await ws.commit();
      await wb.commit();
      const r = await cli(path);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain("超过 250000 行");
    },
    180_000,
  );
});
