import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";

/**
 * Awkward inputs a reviewer's folder holds (from the robustness probe of the CLI): each gets one
 * clear line naming the file and why, the spec's exit code, no hang, and nothing the user wrote
 * is lost. Every test runs the CLI on real files.
 */

const TABLES = join(__dirname, "../fixtures/tables");
const HEADER = ["类别", "指标名称", "单位", "2023年", "2022年", "同比增长(%)"];
/** One row whose stated growth (40%) is wrong: 1100 over 1050 is 4.8%. */
const BAD_ROW = ["社会救助", "低保标准", "元/月", "1100", "1050", "40"];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "jiaohe-robust-"));
});
afterAll(() => {
  try {
    chmodSync(join(tmp, "locked"), 0o755);
  } catch {
    // not made
  }
  rmSync(tmp, { recursive: true, force: true });
});

async function workbook(path: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

function dir(name: string): string {
  const d = join(tmp, name);
  mkdirSync(d, { recursive: true });
  return d;
}

/** A zip archive with one empty entry and no workbook inside (a renamed .docx or .zip looks like this). */
function emptyZip(entry: string): Buffer {
  const name = Buffer.from(entry);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length, 16);
  return Buffer.concat([local, name, central, name, end]);
}

describe("jiaohe check --format html on a folder", () => {
  it("good.xlsx and good.csv get a report each, and stderr names both", async () => {
    const d = dir("same-name");
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), join(d, "good.xlsx"));
    copyFileSync(join(TABLES, "qianjiang-2020h1.csv"), join(d, "good.csv"));
    const out = join(tmp, "same-name-html");
    const r = await runCli(["check", d, "--format", "html", "--out", out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["good.csv.html", "good.xlsx.html"]);
    expect(readFileSync(join(out, "good.csv.html"), "utf8")).toContain("good.csv");
    expect(readFileSync(join(out, "good.xlsx.html"), "utf8")).toContain("good.xlsx");
    expect(r.err).toContain(`已写入 ${join(out, "good.csv.html")}\n`);
    expect(r.err).toContain(`已写入 ${join(out, "good.xlsx.html")}\n`);
  });

  it("--out naming an existing file is refused with exit 2 and a reason, the file untouched", async () => {
    const d = dir("html-eexist");
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), join(d, "a.xlsx"));
    copyFileSync(join(TABLES, "qianjiang-2020h1.csv"), join(d, "b.csv"));
    const out = join(tmp, "reports.jsonl");
    writeFileSync(out, "{}\n");
    const r = await runCli(["check", d, "--format", "html", "--out", out, "--locale", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot write ${out}: it is a file; html reports of several files need a folder for --out`);
    expect(readFileSync(out, "utf8")).toBe("{}\n");
  });
});

describe("jiaohe check --out FILE", () => {
  it("when every input fails, an existing file stays as it was", async () => {
    const bad = join(tmp, "trunc.xlsx");
    writeFileSync(bad, readFileSync(join(TABLES, "jinhua-2023.xlsx")).subarray(0, 3000));
    const out = join(tmp, "keep.txt");
    writeFileSync(out, "precious\n");
    const r = await runCli(["check", bad, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("trunc.xlsx");
    expect(readFileSync(out, "utf8")).toBe("precious\n");
  });

  it("replaces the file whole when there is a report, leaving no temporary file", async () => {
    const d = dir("out-replace");
    const out = join(d, "report.json");
    writeFileSync(out, "old\n");
    const r = await runCli(["check", join(TABLES, "jinhua-2023.xlsx"), "--format", "json", "--out", out]);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ version: 1, tool: "jiaohe" });
    expect(readdirSync(d)).toEqual(["report.json"]);
  });

  it.each([
    ["a folder", () => tmp, "it is a folder; give a file name"],
    ["a missing folder", () => join(tmp, "no-such-folder", "r.txt"), "the folder does not exist"],
  ])("--out naming %s: exit 2, the path and the reason in words", async (_what, out, reason) => {
    const r = await runCli(["check", join(TABLES, "jinhua-2023.xlsx"), "--out", out(), "--locale", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`jiaohe check: cannot write ${out()}: ${reason}\n`);
  });

  it("the reason is in the user's language", async () => {
    const out = join(tmp, "nope", "r.txt");
    const r = await runCli(["check", join(TABLES, "jinhua-2023.xlsx"), "--out", out]);
    expect(r.err).toBe(`jiaohe check: 无法写入 ${out}:所在文件夹不存在\n`);
  });
});

describe("CSV reading", () => {
  it("an unbalanced quote is exit 2 with the file and the line where the field opened, not a clean report", async () => {
    const file = join(tmp, "unbalanced.csv");
    writeFileSync(file, `${HEADER.join(",")}\n社会救助,"低保标准,元/月,1100,1050,4.8\n社会救助,临时救助,人次,500,400,40\n`);
    for (const command of ["check", "narrate"]) {
      const r = await runCli([command, file, "--locale", "en-US"]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain(`${file}: line 2: the quoted field that opens with "低保标准,元/月,1100,1… is never closed`);
    }
  });

  it.each([
    ["tab", "\t"],
    ["semicolon", ";"],
  ])("a %s-separated file is read as such although figures hold commas", async (name, sep) => {
    const file = join(tmp, `${name}.csv`);
    const row = sep === "\t" ? ["社会救助", "低保标准", "元/月", "1,100", "1,050", "40"] : BAD_ROW;
    writeFileSync(file, `${HEADER.join(sep)}\n${row.join(sep)}\n社会救助${sep}临时救助${sep}人次${sep}"2,500"${sep}"2,000"${sep}25\n`);
    const r = await runCli(["check", file, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.sheets[0].findings.map((f: { code: string; cell?: string }) => `${f.code}@${f.cell}`)).toEqual(["growth-mismatch@F2"]);
  });
});

describe("hidden sheets", () => {
  it("a workbook over 2 MB (streamed) skips its hidden sheet with the same note as a small one", async () => {
    const file = await workbook(join(tmp, "big-hidden.xlsx"), (wb) => {
      const v = wb.addWorksheet("填报");
      v.addRow(HEADER);
      v.addRow(["社会救助", "低保标准", "元/月", 1100, 1050, 4.8]);
      const h = wb.addWorksheet("下拉选项");
      h.state = "hidden";
      h.addRow(HEADER);
      for (let i = 0; i < 60000; i++) h.addRow(["x", `指标${i}`, "个", i + 1, i, Math.random() * 1000]);
    });
    expect(statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    const r = await runCli(["check", file, "--locale", "en-US"]);
    expect(r.err).toBe(`${file}: the sheet "下拉选项" is hidden; skipped (name it with --sheet to check it)\n`);
    expect(r.code).toBe(0);
    expect(r.out).toContain("no problems found");
  });
});

describe("folders", () => {
  it("takes .xlsm and says which entries it passed over and why", async () => {
    const d = dir("mixed");
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), join(d, "macro.xlsm"));
    copyFileSync(join(TABLES, "qianjiang-2020h1.csv"), join(d, "a.csv"));
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), join(d, "~$macro.xlsm"));
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), join(d, ".hidden.xlsx"));
    writeFileSync(join(d, "notes.txt"), "说明");
    mkdirSync(join(d, "sub"));
    const r = await runCli(["check", d, "--format", "json", "--locale", "en-US"]);
    expect(r.out.trim().split("\n").map((l) => JSON.parse(l).source)).toEqual([join(d, "a.csv"), join(d, "macro.xlsm")]);
    expect(r.err).toBe(
      [
        `${join(d, ".hidden.xlsx")}: a hidden file; skipped`,
        `${join(d, "notes.txt")}: not an .xlsx, .xlsm or .csv file; skipped`,
        `${join(d, "sub")}: a subfolder; not entered (name it to check it)`,
        `${join(d, "~$macro.xlsm")}: an Excel lock file (~$); skipped`,
        "",
      ].join("\n"),
    );
  });

  it("a folder that cannot be read: exit 2 and one line, not an internal error", async () => {
    const d = dir("locked");
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), join(d, "a.xlsx"));
    chmodSync(d, 0o000);
    chmodSync(tmp, 0o755); // nobody must reach the folder to be refused by it
    let r: { code: number | null; err: string };
    if (process.getuid?.() === 0) {
      // Root reads a chmod-000 folder anyway: run the CLI as nobody.
      const p = spawnSync(process.execPath, [join(__dirname, "run-as-nobody.cjs"), "check", d, "--locale", "en-US"], { encoding: "utf8", timeout: 30000 });
      r = { code: p.status, err: p.stderr };
    } else {
      const q = await runCli(["check", d, "--locale", "en-US"]);
      r = { code: q.code, err: q.err };
    }
    chmodSync(d, 0o755);
    expect(r.err).toBe(`jiaohe check: ${d}: permission denied\n`);
    expect(r.code).toBe(2);
  });
});

describe("messages that name the real cause", () => {
  it("a symbolic link loop", async () => {
    const link = join(tmp, "loop.xlsx");
    symlinkSync(link, link);
    const r = await runCli(["check", link, "--locale", "en-US"]);
    expect(r).toMatchObject({ code: 2, err: `jiaohe check: ${link}: the symbolic links form a loop; cannot open it\n` });
  });

  it("a zip archive that is not a workbook", async () => {
    const file = join(tmp, "other.xlsx");
    writeFileSync(file, emptyZip("readme.txt"));
    const r = await runCli(["check", file, "--locale", "en-US"]);
    expect(r).toMatchObject({ code: 2, err: `jiaohe check: ${file}: a zip archive but not an Excel workbook (it holds no worksheets)\n` });
  });

  it("a workbook given to lint-text", async () => {
    const r = await runCli(["lint-text", join(TABLES, "jinhua-2023.xlsx"), "--locale", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("this is an Excel workbook, not report text; check a table with jiaohe check");
  });

  it("an .xlsx renamed .csv", async () => {
    const file = join(tmp, "renamed.csv");
    copyFileSync(join(TABLES, "jinhua-2023.xlsx"), file);
    const r = await runCli(["check", file, "--locale", "en-US"]);
    expect(r).toMatchObject({ code: 2, err: `jiaohe check: ${file}: this is an Excel workbook (.xlsx) with a .csv name; rename it to .xlsx and check it again\n` });
  });

  it.each([
    ["LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER.join("\t")}\r\n`, "utf16le")])],
    ["BE", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${HEADER.join("\t")}\r\n`, "utf16le").swap16()])],
  ])("UTF-16 %s text: named, with the way to save it", async (name, bytes) => {
    const file = join(tmp, `utf16${name}.csv`);
    writeFileSync(file, bytes);
    const r = await runCli(["check", file]);
    expect(r).toMatchObject({ code: 2, err: `jiaohe check: ${file}:文本是 UTF-16 编码(Excel 的“Unicode 文本”),不是 CSV;请在 Excel 中另存为“CSV UTF-8(逗号分隔)”\n` });
  });

  it("a folder given to narrate", async () => {
    const d = dir("narrate-folder");
    const r = await runCli(["narrate", d, "--locale", "en-US"]);
    expect(r).toMatchObject({ code: 2, err: `jiaohe narrate: ${d}: this is a folder, not a file\n` });
  });

  it("an empty CSV (a CSV has no sheets)", async () => {
    const file = join(tmp, "zero.csv");
    writeFileSync(file, "");
    const r = await runCli(["check", file, "--locale", "en-US"]);
    expect(r).toMatchObject({ code: 2, err: `jiaohe check: ${file}: the file is empty\n` });
  });

  it("the en-US 'no header' message quotes the column names in English", async () => {
    const file = join(tmp, "onerow.csv");
    writeFileSync(file, "2023年民政事业统计\n");
    const r = await runCli(["check", file, "--locale", "en-US"]);
    expect(r.out).toContain('none of the first 30 rows names columns such as "指标", "本期"');
    expect(r.out).not.toMatch(/[“”]/);
  });
});

describe("option errors", () => {
  it("an unknown option: one localized line, no Node text", async () => {
    const r = await runCli(["check", join(TABLES, "jinhua-2023.xlsx"), "--frobnicate"]);
    expect(r).toMatchObject({ code: 2, err: "jiaohe check: 未知选项 --frobnicate;用法见 jiaohe check --help\n" });
  });

  it("a missing value, in English with --locale en-US", async () => {
    const r = await runCli(["narrate", join(TABLES, "jinhua-2023.xlsx"), "--locale", "en-US", "--sheet"]);
    expect(r).toMatchObject({ code: 2, err: "jiaohe narrate: the option --sheet needs a value; see jiaohe narrate --help\n" });
  });
});

describe("jiaohe schema check", () => {
  it("goes on past a file it cannot read", async () => {
    const ok = join(tmp, "s-ok.json");
    writeFileSync(ok, readFileSync(join(__dirname, "../../schemas/civil-affairs.json")));
    const missing = join(tmp, "s-missing.json");
    const r = await runCli(["schema", "check", missing, ok, "--locale", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`jiaohe schema: cannot read ${missing}: no such file\n`);
    expect(r.out).toBe(`ok: ${ok} (schema civil-affairs)\n`);
  });

  it("refuses --format json rather than printing text", async () => {
    const r = await runCli(["schema", "check", join(__dirname, "../../schemas/civil-affairs.json"), "--format", "json", "--locale", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("--format json is not available");
  });
});

describe("non-regular files", () => {
  const fifo = (name: string) => {
    const p = join(tmp, name);
    if (!existsSync(p)) execFileSync("mkfifo", [p]);
    return p;
  };

  it.each([
    ["check", "fifo.csv", "not a regular file (a pipe, device or socket); give a file saved on disk"],
    ["check", "fifo.xlsx", "not a regular file (a pipe, device or socket); give a file saved on disk"],
    ["lint-text", "fifo.txt", "not a regular file (a pipe, device or socket); give a file saved on disk, or - for standard input"],
    ["schema", "fifo.json", "not a regular file (a pipe, device or socket)"],
  ])("%s %s: refused at once, not waited on", async (command, name, reason) => {
    const p = fifo(name);
    // A writer that holds the pipe open for 3 s and closes it: a reader that opened the pipe (and
    // blocked the process, as a synchronous read does) gets an empty file then, not a hang of the test.
    const writer = spawn("sh", ["-c", `sleep 3 > '${p}'`], { stdio: "ignore" });
    try {
      const argv = command === "schema" ? ["schema", "check", p] : [command, p];
      const started = Date.now();
      const r = await runCli([...argv, "--locale", "en-US"]);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(r.code).toBe(2);
      expect(r.err).toContain(reason);
    } finally {
      writer.kill();
    }
  });
});
