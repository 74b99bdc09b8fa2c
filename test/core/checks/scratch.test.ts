import { checkGrid } from "../../../src/core/checks";
import { buildContext } from "../../../src/core/checks/context";
import { checksMessages } from "../../../src/core/checks/messages";
import { noteFindings } from "../../../src/core/checks/notes";
import { CHECK_RULES } from "../../../src/core/checks/rules";
import { pooledBytes, Scratch, withScratch } from "../../../src/core/checks/scratch";
import type { Finding } from "../../../src/core/findings";
import { getBuiltinSchema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import type { Grid, GridCell } from "../../../src/core/table/grid";

/**
 * checkGrid lends its contexts' figure arrays from a pool and takes them back (./scratch): a
 * check after another must read only its own figures, zeroed where it has none, and its findings
 * must be those of a context with arrays of its own.
 */
describe("Scratch", () => {
  it("lends zeroed arrays, also from a buffer a previous check wrote", () => {
    withScratch((s) => {
      const a = s.float64(20_000);
      a.fill(7.5);
      const b = s.uint32(20_000);
      b.fill(9);
      // Two arrays lent at once never share memory.
      expect(a.buffer).not.toBe(b.buffer);
    });
    withScratch((s) => {
      const a = s.float64(20_000);
      const b = s.uint32(30_000);
      expect(a.every((x) => x === 0)).toBe(true);
      expect(b.every((x) => x === 0)).toBe(true);
      expect(a.length).toBe(20_000);
      expect(b.length).toBe(30_000);
    });
  });

  it("refuses to lend after release, and keeps no more than its budget", () => {
    const s = new Scratch();
    s.float64(10);
    s.release();
    expect(() => s.float64(10)).toThrow(/after release/);
    // A table of two million rows' figures is let go, not kept for ever.
    withScratch((big) => {
      for (let i = 0; i < 3; i++) big.float64(2_000_000);
    });
    expect(pooledBytes()).toBeLessThanOrEqual(32 * 1024 * 1024);
  });
});

function cell(v: string | number | null): GridCell {
  return v === null ? { value: null, text: "" } : { value: v, text: String(v) };
}

/** A table of `n` rows; `blankEvery` leaves the figures of every k-th row blank, `slip` plants a wrong growth. */
function grid(n: number, blankEvery: number, slip: number): Grid {
  const rows: GridCell[][] = [["指标名称", "单位", "本期", "上期", "同比增长(%)"].map(cell)];
  for (let i = 0; i < n; i++) {
    const prev = 1000 + (i % 97);
    const value = prev + (i % 13);
    const growth = i === slip ? 50 : Math.round((value / prev - 1) * 1000) / 10;
    const blank = blankEvery > 0 && i % blankEvery === 0;
    rows.push([cell(`指标${i}`), cell("人"), cell(blank ? null : value), cell(blank ? null : prev), cell(blank ? null : growth)]);
  }
  return { sheet: "S", originRow: 0, originCol: 0, rows };
}

/** The findings of a context whose arrays are its own (no pool). */
function fresh(g: Grid): Finding[] {
  const schema = getBuiltinSchema("generic")!;
  const { table } = buildTable(g, schema);
  const ctx = buildContext(table, schema, "zh-CN", checksMessages("zh-CN"));
  const out: Finding[] = [];
  for (const rule of CHECK_RULES) out.push(...rule.check(ctx));
  out.push(...noteFindings(ctx));
  return out;
}

describe("contexts lent rows", () => {
  it("gives a context built while another holds the pool rows of its own", () => {
    const schema = getBuiltinSchema("generic")!;
    const a = buildTable(grid(50, 0, -1), schema).table;
    const b = buildTable(grid(40, 0, 7), schema).table;
    const msg = checksMessages("zh-CN");
    const s1 = new Scratch();
    const s2 = new Scratch();
    const ctxA = buildContext(a, schema, "zh-CN", msg, undefined, s1);
    const ctxB = buildContext(b, schema, "zh-CN", msg, undefined, s2);
    expect(ctxA.rows).toHaveLength(50);
    expect(ctxB.rows).toHaveLength(40);
    // Each context's rows read its own table.
    expect(ctxA.rows[7].row).toBe(a.rows.find((r) => r.indicator === "指标7"));
    expect(ctxB.rows[7].row).toBe(b.rows.find((r) => r.indicator === "指标7"));
    expect(ctxA.rows[7].figures.get(4)!.number).toBe(0.7);
    expect(ctxB.rows[7].figures.get(4)!.number).toBe(50);
    s2.release();
    s1.release();
    // Taken back: the lent rows no longer read the table.
    expect(() => ctxA.rows[7].row).toThrow();
  });
});

describe("checkGrid with pooled arrays", () => {
  it("finds in a table checked after a bigger one what a context of its own finds", () => {
    const schema = getBuiltinSchema("generic")!;
    // The first table fills every figure slot; the second leaves a third of its rows blank
    // where the first had figures, and slips in another row.
    const first = checkGrid(grid(12_000, 0, 5), schema).findings;
    expect(first.map((f) => [f.code, f.cell])).toContainEqual(["growth-mismatch", "E7"]);
    expect(pooledBytes()).toBeGreaterThan(0);
    const second = grid(9_000, 3, 4_001);
    const pooled = checkGrid(second, schema).findings;
    // (checkGrid drops repeats and sorts; the rules alone find each slip once here.)
    const own = fresh(second);
    expect(pooled.map((f) => `${f.code} ${f.cell}`).sort()).toEqual(own.map((f) => `${f.code} ${f.cell}`).sort());
    expect(pooled.map((f) => `${f.code} ${f.cell}`)).toContain("growth-mismatch E4003");
    // Nothing of the first table's row 7 (blank in the second: 6 is a multiple of 3).
    expect(pooled.some((f) => f.cell === "E7")).toBe(false);
  });
});
