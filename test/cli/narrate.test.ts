import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "./run-cli";
import { readTable } from "../../src/cli/read";
import { parseQuantity, lookupUnit } from "../../src/core/quantity";
import { lintText } from "../../src/core/text";

/**
 * `jiaohe narrate` on the two fixture submissions. The snapshots were read line by line against
 * the seed reports' register before they were committed: a changed draft must be read again.
 */

const FIXTURES = path.join(__dirname, "..", "fixtures");
const JINHUA = path.join(FIXTURES, "jinhua-2023.xlsx");
const QIANJIANG = path.join(FIXTURES, "qianjiang-2020h1.xlsx");

const run = (...argv: string[]) => runCli(["narrate", ...argv]);

interface Truth {
  defects: { cell: string; code: string }[];
}
const truth = (name: string): Truth => JSON.parse(readFileSync(path.join(FIXTURES, "tables", `${name}.truth.json`), "utf8"));

interface JsonDoc {
  sheets: {
    name: string;
    paragraphs: { heading: string; text: string; figures: { text: string; offset: number; length: number; cell: string; row: number; role: string }[] }[];
    omitted: { row: number; indicator: string; reason: string }[];
  }[];
}

describe("jiaohe narrate on the fixtures", () => {
  test.each([
    ["jinhua-2023", "civil-affairs"],
    ["jinhua-2023", "generic"],
    ["qianjiang-2020h1", "civil-affairs"],
    ["qianjiang-2020h1", "generic"],
  ])("%s with --schema %s: text snapshot", async (name, schema) => {
    const r = await run(path.join(FIXTURES, `${name}.xlsx`), "--schema", schema);
    expect(r.err).toBe("");
    // Both fixtures have errors planted: exit 1, as `check` does.
    expect(r.code).toBe(1);
    expect(r.out).toMatchSnapshot();
  });

  test("markdown snapshot", async () => {
    const r = await run(JINHUA, "--schema", "civil-affairs", "--format", "markdown", "--mark-warnings");
    expect(r.out).toMatchSnapshot();
  });

  test.each(["jinhua-2023", "qianjiang-2020h1"])("%s: JSON figures point at their text and read back to their cells; error rows are marked, not stated", async (name) => {
    const file = path.join(FIXTURES, `${name}.xlsx`);
    const r = await run(file, "--schema", "civil-affairs", "--format", "json");
    const doc = JSON.parse(r.out) as JsonDoc;
    const { grids } = await readTable(file);
    const grid = grids.find((g) => g.sheet === doc.sheets[0].name)!;
    const cellText = (a1: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const col = m[1].charCodeAt(0) - 65;
      return grid.rows[Number(m[2]) - 1 - grid.originRow]?.[col - grid.originCol]?.text ?? "";
    };
    // Both fixtures have the unit in column C.
    const unitOfRow = (row: number) => grid.rows[row - 1 - grid.originRow][2 - grid.originCol].text;
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    const sheet = doc.sheets[0];
    let values = 0;
    for (const p of sheet.paragraphs) {
      for (const f of p.figures) {
        expect(p.text.slice(f.offset, f.offset + f.length)).toBe(f.text);
        if (f.role !== "value") continue;
        values++;
        const said = parseQuantity(f.text);
        const cell = parseQuantity(cellText(f.cell));
        const unit = cell.unit ?? unitOfRow(f.row);
        // A unit the catalogue lacks may still carry a scale word: 万条 = 10⁴ 条.
        const factor = (u: string): number => lookupUnit(u)?.factor ?? (/^万./.test(u) ? 1e4 * factor(u.slice(1)) : /^亿./.test(u) ? 1e8 * factor(u.slice(1)) : 1);
        const base = (n: number, u: string | null) => n * (u ? factor(u) : 1);
        expect([f.cell, f.text, close(base(said.number!, said.unit), base(cell.number!, unit))]).toEqual([f.cell, f.text, true]);
      }
    }
    expect(values).toBeGreaterThan(5);
    // Every row the truth file says holds an error (value, growth or completion cells) is marked, never stated.
    const text = sheet.paragraphs.map((p) => p.text).join("\n");
    const stated = new Set(sheet.paragraphs.flatMap((p) => p.figures.map((f) => f.row)));
    for (const d of truth(name).defects) {
      if (!["empty-value", "unit-without-number", "growth-mismatch", "completion-mismatch", "sum-mismatch", "percent-out-of-range", "cell-error"].includes(d.code)) continue;
      if (!/^[DEF]/.test(d.cell)) continue; // note-column defects concern the remark, not the figures
      const row = Number(d.cell.slice(1));
      expect([d.cell, stated.has(row)]).toEqual([d.cell, false]);
      expect(sheet.omitted.map((o) => o.row)).toContain(row);
    }
    expect(text).toContain("【待核实:");
  });

  test("the draft passes lint-text, except where a warning row is narrated as the table has it", async () => {
    for (const file of [JINHUA, QIANJIANG]) {
      const r = await run(file, "--schema", "civil-affairs", "--format", "json");
      const doc = JSON.parse(r.out) as JsonDoc;
      for (const p of doc.sheets[0].paragraphs) {
        const found = lintText(p.text).map((f) => `${f.code}:${f.excerpt}`);
        // Jinhua D16 (14.3名) is a warning the check reports; the draft repeats the table's figure.
        expect(found.filter((f) => !f.startsWith("non-integer-count:") || !f.includes("14.3名"))).toEqual([]);
      }
    }
  });

  test("--omit-errors leaves error rows out of the text and still lists them", async () => {
    const r = await run(JINHUA, "--schema", "civil-affairs", "--omit-errors");
    const [body, omitted] = r.out.split("未作为事实写入的指标:");
    expect(body).not.toContain("【待核实");
    expect(body).not.toContain("结婚登记");
    expect(omitted).toContain("第23行 结婚登记:与增幅不符");
  });

  test("en-US rendering", async () => {
    const r = await run(JINHUA, "--schema", "civil-affairs", "--locale", "en-US");
    expect(r.out.split("\n")[0]).toMatch(/^1\. Social assistance\. Minimum living allowance standard rose to 1100元\/月/);
  });
});

describe("jiaohe narrate: bad input is one clear line, exit 2", () => {
  test("no file", async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^jiaohe narrate: 请给出要起草综述的文件/);
  });
  test("missing file names the file", async () => {
    const r = await run("nope.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("nope.xlsx");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
  test("bad format", async () => {
    const r = await run(JINHUA, "--format", "html");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format 只能是 text、json 或 markdown");
  });
  test("two files", async () => {
    const r = await run(JINHUA, QIANJIANG);
    expect(r.code).toBe(2);
    expect(r.err).toContain("一次只能为一个文件起草综述,收到 2 个");
  });
  test("unknown sheet", async () => {
    const r = await run(JINHUA, "--sheet", "没有这张表");
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有这张表");
  });
});

describe("jiaohe narrate: a sheet with nothing to narrate", () => {
  test("says why on stderr and exits 1 with the sheet's own problem", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "jiaohe-narrate-"));
    try {
      const file = path.join(dir, "nothing.csv");
      writeFileSync(file, "a,b\n1,2\n");
      const r = await run(file);
      expect(r.code).toBe(1);
      expect(r.err).toContain("工作表“nothing”没有可写入综述的指标行");
      expect(r.err).toContain("未找到表头");
      expect(r.err.trim().split("\n")).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
