import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "./run-cli";

const run = (argv: string[], stdin?: string) => runCli(["lint-text", ...argv], stdin);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "jiaohe-lint-text-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const REPORT = "市民政局2024年上半年工作总结\n上半年,全市共筹集民生保障资金亿元,惠及困难群众30万人次。\n在册低保对象5647户,8204,发放资金238万元。\n";

describe("jiaohe lint-text", () => {
  test("JSON report in the spec's shape; exit 1 when an error is found", async () => {
    const p = file("report.txt", REPORT);
    const r = await run([p, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ version: 1, tool: "jiaohe", source: p, summary: { error: 1, warning: 1, info: 0 } });
    expect(report.texts).toHaveLength(1);
    expect(report.texts[0].name).toBe(p);
    const [uwn, mu] = report.texts[0].findings;
    expect(uwn).toMatchObject({ code: "unit-without-number", severity: "error", line: 2, length: 2, message: "“亿元”前缺少数字" });
    expect(REPORT.slice(uwn.offset, uwn.offset + uwn.length)).toBe("亿元");
    expect(uwn.excerpt).toContain("资金亿元");
    expect(uwn.cell).toBeUndefined();
    expect(mu).toMatchObject({ code: "missing-unit", severity: "warning", line: 3, value: "8204" });
  });

  test("text output: FILE:LINE:COLUMN, severity, code, message and excerpt, then the totals", async () => {
    const p = file("report2.txt", REPORT);
    const r = await run([p]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toBe(`${p}:2:16: 错误 unit-without-number: “亿元”前缺少数字`);
    expect(lines[1]).toContain("资金亿元");
    expect(lines.at(-1)).toBe("合计:错误 1 个,警告 1 个,提示 0 个");
  });

  test("warnings alone exit 0; a clean text says so; en-US messages", async () => {
    expect((await run([file("warn.txt", "低保对象5647户,8204,")])).code).toBe(0);
    const clean = await run([file("clean.txt", "今年以来,全市发放资金238万元,覆盖率达到100%。")]);
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.out).toContain("未发现问题");
    const en = await run([file("en.txt", "计划投资亿元。"), "--locale", "en-US"]);
    expect(en.out).toContain('error unit-without-number: no number before "亿元"');
  });

  test("--year sets the report's year for the year checks", async () => {
    const p = file("year.txt", "完成12024户困难家庭改造。");
    expect(JSON.parse((await run([p, "--format", "json"])).out).texts[0].findings).toEqual([]);
    const withYear = JSON.parse((await run([p, "--year", "2024", "--format", "json"])).out);
    expect(withYear.texts[0].findings.map((f: { code: string }) => f.code)).toEqual(["implausible-quantity"]);
  });

  test("standard input with -", async () => {
    const r = await run(["-", "--format", "json"], "重度残疾人14.3名。");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.source).toBe("stdin");
    expect(report.texts[0].findings[0]).toMatchObject({ code: "non-integer-count", offset: 5, length: 5 });
  });

  test("a UTF-8 BOM is not part of the text: offsets count from the first character", async () => {
    const r = await run([file("bom.txt", "\uFEFF计划投资亿元"), "--format", "json"]);
    expect(JSON.parse(r.out).texts[0].findings[0]).toMatchObject({ offset: 4, length: 2 });
  });

  test.each([
    ["a missing file", () => path.join(dir, "nope.txt"), "文件不存在"],
    ["a folder", () => (mkdirSync(path.join(dir, "folder"), { recursive: true }), path.join(dir, "folder")), "文件夹"],
    ["GB18030 bytes", () => file("gbk.txt", Buffer.from([0xc3, 0xf1, 0xd5, 0xfe, 0xbe, 0xd6])), "UTF-8"],
    ["a .docx", () => file("report.docx", Buffer.from("PK\u0003\u0004rest-of-zip")), ".docx"],
    ["a binary file", () => file("bin.txt", Buffer.from([0x41, 0x00, 0x42])), "不是文本文件"],
  ])("exit 2 with one line naming the file for %s", async (_what, make, reason) => {
    const p = make();
    const r = await run([p]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(p);
    expect(r.err).toContain(reason);
  });

  test.each([
    [["--year", "24", "x.txt"], "--year"],
    [["--year", "0000", "x.txt"], "--year"],
    [["--format", "html", "x.txt"], "--format"],
    [["--locale", "fr", "x.txt"], "--locale"],
    [[], "-"],
    [["a.txt", "b.txt"], "-"],
    [["--bogus", "a.txt"], "bogus"],
  ])("exit 2 on bad arguments %j", async (argv, mention) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(mention);
  });

  test("stdin that was not UTF-8 is refused", async () => {
    const r = await run(["-"], "abc\uFFFDdef");
    expect(r.code).toBe(2);
    expect(r.err).toContain("UTF-8");
  });
});

test("the sample report end to end: every finding inside the text, exit 1, summary matching the findings", async () => {
  const file = path.join(__dirname, "..", "fixtures", "text", "sample-report.txt");
  const r = await run([file, "--format", "json"]);
  expect(r.code).toBe(1);
  const report = JSON.parse(r.out);
  const findings = report.texts[0].findings as { severity: string; code: string; line: number }[];
  expect(findings.length).toBeGreaterThanOrEqual(12);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  expect(report.summary).toEqual({ error: count("error"), warning: count("warning"), info: count("info") });
  expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(8);
});
