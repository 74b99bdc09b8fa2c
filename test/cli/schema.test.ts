import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "./run-cli";
import { BUILTIN_SCHEMAS } from "../../src/core/schema";
import { loadSchemaArg } from "../../src/cli/commands/schema";
import { UserError } from "../../src/cli/io";

const run = (...argv: string[]) => runCli(["schema", ...argv]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "jiaohe-schema-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const GOOD = {
  $schema: "../schemas/jiaohe-schema.json",
  id: "my-form",
  name: { zh: "我的表", en: "My form" },
  columns: [
    { key: "indicator", role: "indicator", aliases: ["指标"] },
    { key: "value", role: "value", aliases: ["本期"] },
  ],
  indicators: [{ name: "结婚登记", kind: "count", dimension: "count", unit: "对" }],
};

describe("jiaohe schema list", () => {
  test("lists both built-ins with their names and catalogue size", async () => {
    const r = await run("list");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const civil = BUILTIN_SCHEMAS.find((s) => s.id === "civil-affairs")!;
    expect(r.out).toContain("generic");
    expect(r.out).toMatch(new RegExp(`civil-affairs\\s+民政事业指标 \\(${civil.indicators.length} 个指标\\)`));
    expect(r.out).toContain("仅列,无指标目录");
  });

  test("in English and as JSON", async () => {
    expect((await run("list", "--locale", "en-US")).out).toContain("Civil affairs indicators");
    const j = JSON.parse((await run("list", "--format", "json")).out);
    expect(j.map((s: { id: string }) => s.id)).toEqual(["generic", "civil-affairs"]);
  });
});

describe("jiaohe schema show", () => {
  test("prints the schema as JSON that passes its own check", async () => {
    const r = await run("show", "civil-affairs");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.id).toBe("civil-affairs");
    expect(json.indicators.length).toBeGreaterThanOrEqual(60);
    const again = await run("check", file("shown.json", r.out));
    expect([again.code, again.err]).toEqual([0, ""]);
  });

  test("an unknown id is one line naming the ones there are, exit 2", async () => {
    const r = await run("show", "civil");
    expect(r.code).toBe(2);
    expect(r.err).toBe('jiaohe schema: 没有内置模式 "civil"(可用:generic, civil-affairs)\n');
  });
});

describe("jiaohe schema check", () => {
  test("a valid file: exit 0 and ok", async () => {
    const p = file("good.json", JSON.stringify(GOOD, null, 2));
    const r = await run("check", p);
    expect(r).toEqual({ code: 0, out: `ok: ${p}(模式 my-form)\n`, err: "" });
  });

  test("a byte-order mark is accepted", async () => {
    const r = await run("check", file("bom.json", "\ufeff" + JSON.stringify(GOOD)));
    expect(r.code).toBe(0);
  });

  test("a broken file: exit 2, every problem by JSON path on stderr, one a line, nothing on stdout", async () => {
    const broken = {
      ...GOOD,
      id: "My Form",
      columns: [{ key: "indicator", role: "indicator", aliases: ["指标"] }],
      indicators: [
        { name: "结婚登记", kind: "count", dimension: "count", unit: "对", narrative: "{name}{vaule}" },
        { name: "火化率", kind: "share", dimension: "rate", unit: "%", max: 120, extra: true },
      ],
      sums: [{ total: "结婚登记", parts: ["离婚登记"] }],
    };
    const p = file("broken.json", JSON.stringify(broken, null, 2));
    const r = await run("check", p);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n").filter(Boolean)).toEqual([
      `${p}: id: 标识 "My Form" 只能由小写字母、数字和“-”组成`,
      `${p}: columns: 缺少角色为 value 的列`,
      `${p}: indicators[0].narrative: 未知占位符 {vaule},可用:{name} {value} {growth} {previous} {target} {completion}`,
      `${p}: indicators[1].extra: 未知字段 "extra"`,
      `${p}: indicators[1].max: 占比类指标的最大值不能超过 100%,填写为 120`,
      `${p}: sums[0].parts[0]: 目录中没有指标 "离婚登记"`,
    ]);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  test("problems in English with --locale en-US", async () => {
    const p = file("en.json", JSON.stringify({ ...GOOD, name: { zh: "我的表" } }));
    const r = await run("check", p, "--locale", "en-US");
    expect([r.code, r.err]).toEqual([2, `${p}: name.en: required\n`]);
  });

  test("text that is not JSON: file, line and column, and why", async () => {
    const p = file("syntax.json", '{\n  "id": "x",\n  "name": {"zh": "甲" "en": "A"}\n}\n');
    const r = await run("check", p);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${p}:3:22: 不是有效的 JSON(此处不应出现 """)\n`);
  });

  test.each([
    ['{"id": "x",}', 1, 12, "此处不应出现 \"}\""],
    ['{"id": tru}', 1, 8, "此处不应出现 \"t\""],
    ['{"id": "x"', 1, 11, "文件意外结束,可能缺少 } 或 ]"],
    ["", 1, 1, "文件意外结束,可能缺少 } 或 ]"],
    ['{"a": 01}', 1, 8, "此处不应出现 \"1\""],
    ['{"a": "x\ny"}', 1, 7, "字符串未正确结束或含有无效的转义"],
    ['{"a": 1} x', 1, 10, "JSON 已结束,后面多出了 \"x\""],
    ["// comment\n{}", 1, 1, "此处不应出现 \"/\""],
  ])("%j is located at line %d column %d", async (text, line, column, reason) => {
    const p = file("bad.json", text);
    const r = await run("check", p);
    expect([r.code, r.err]).toEqual([2, `${p}:${line}:${column}: 不是有效的 JSON(${reason})\n`]);
  });

  test("a missing file, a folder and a non-UTF-8 file are one clear line each", async () => {
    const missing = path.join(dir, "nope.json");
    expect(await run("check", missing)).toEqual({ code: 2, out: "", err: `jiaohe schema: 无法读取 ${missing}:文件不存在\n` });
    const folder = path.join(dir, "folder.json");
    mkdirSync(folder);
    expect((await run("check", folder)).err).toBe(`jiaohe schema: 无法读取 ${folder}:这是一个文件夹,不是文件\n`);
    const gbk = file("gbk.json", Buffer.from([0x7b, 0x22, 0xc3, 0xf1, 0xd5, 0xfe, 0x22, 0x7d])); // {"民政"} in GBK
    expect((await run("check", gbk)).err).toBe(`jiaohe schema: 无法读取 ${gbk}:不是 UTF-8 编码的文本\n`);
  });

  test("several files: each reported, exit 2 if any is broken", async () => {
    const good = file("a.json", JSON.stringify(GOOD));
    const bad = file("b.json", JSON.stringify({ ...GOOD, id: 1 }));
    const r = await run("check", good, bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe(`ok: ${good}(模式 my-form)\n`);
    expect(r.err).toBe(`${bad}: id: 应为文本,实为数字\n`);
  });
});

describe("usage mistakes", () => {
  test.each([[[]], [["frobnicate"]], [["show"]], [["check"]], [["list", "--bogus"]], [["list", "--locale", "fr"]]])("%j exits 2 with one line", async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^jiaohe schema: /);
  });
});

describe("loadSchemaArg (--schema ID|PATH for the other commands)", () => {
  test("a built-in by id, generic by default, a file by path", () => {
    expect(loadSchemaArg(undefined).id).toBe("generic");
    expect(loadSchemaArg("civil-affairs").indicators.length).toBeGreaterThanOrEqual(60);
    expect(loadSchemaArg(file("mine.json", JSON.stringify(GOOD))).id).toBe("my-form");
  });

  test("an unknown id, a broken file and bad JSON are UserErrors saying which and why", () => {
    expect(() => loadSchemaArg("civil")).toThrow(new UserError('没有内置模式 "civil"(可用:generic, civil-affairs)'));
    const p = file("broken2.json", JSON.stringify({ ...GOOD, id: "X", name: {} }));
    expect(() => loadSchemaArg(p)).toThrow(
      new UserError([`${p}: id: 标识 "X" 只能由小写字母、数字和“-”组成`, `${p}: name.zh: 缺少必填项`, `${p}: name.en: 缺少必填项`].join("\n")),
    );
    const q = file("syntax2.json", "{");
    expect(() => loadSchemaArg(q, "en-US")).toThrow(new UserError(`${q}:1:2: not valid JSON (unexpected end of file; a } or ] may be missing)`));
  });
});
