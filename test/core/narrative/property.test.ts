import fc from "fast-check";
import type { Finding } from "../../../src/core/findings/types";
import { narrate } from "../../../src/core/narrative";
import { lookupUnit, parseQuantity } from "../../../src/core/quantity";
import { getBuiltinSchema } from "../../../src/core/schema";
import { lintText } from "../../../src/core/text";
import { tableOf, type RowSpec } from "./table";

/**
 * Property: over generated tables of every kind, (1) every figure in the narrative, read back by
 * the quantity engine, equals its source cell after unit conversion; (2) a row with an error is
 * never stated: absent, or a marker; (3) the report-text linter finds nothing wrong in the text.
 */

const generic = getBuiltinSchema("generic")!;

// Indicator names as submissions write them, with the units they come in. Unique per table.
const POOL: [string, string[]][] = [
  ["低保标准", ["元/月"]],
  ["特困人员基本生活标准", ["元/月"]],
  ["孤儿基本生活费标准", ["元/月", "元/年"]],
  ["慈善募捐款物", ["亿元", "万元", "元"]],
  ["低保资金支出", ["万元"]],
  ["筹集公益金", ["亿元", "万元"]],
  ["福彩销售", ["亿元"]],
  ["慈善信托备案资金总量", ["万元"]],
  ["临时救助", ["人次", "万人次"]],
  ["县级社会救助联合体", ["家", "个"]],
  ["新增农村低保对象", ["户", "人"]],
  ["慈善组织数量", ["家"]],
  ["两项补贴发放对象", ["万人", "人"]],
  ["建成农村幸福院", ["处"]],
  ["规范服务率", ["%"]],
  ["护理型床位占比", ["%"]],
  ["养老服务人才培训完成率", ["%"]],
  ["农村福利院安装空调", ["台"]],
  ["适老化改造", ["户"]],
  ["结婚登记", ["对"]],
];
const CATEGORIES = ["社会救助", "慈善事业", "养老服务", undefined];
const ERROR_CODES = ["empty-value", "growth-mismatch", "unit-mismatch", "sum-mismatch", "cell-error", "negative-value"] as const;

/** A decimal figure with 0–2 decimals, as tables write them. */
const decimal = (max: number) =>
  fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 0, max: 2 })).map(([n, d]) => Number((n / 10 ** d).toFixed(d)));

interface GenRow {
  spec: RowSpec;
  error?: (typeof ERROR_CODES)[number];
}

const rowArb = (name: string, units: string[]) =>
  fc
    .record({
      unit: fc.constantFrom(...units),
      category: fc.constantFrom(...CATEGORIES),
      value: decimal(2_000_000),
      previous: fc.option(decimal(2_000_000), { nil: undefined }),
      statesGrowth: fc.boolean(),
      target: fc.option(decimal(2_000_000), { nil: undefined }),
      error: fc.option(fc.constantFrom(...ERROR_CODES), { nil: undefined, freq: 4 }),
    })
    .map((r): GenRow => {
      const isRate = r.unit === "%";
      // A valid table: whole numbers for whole things (人, 户, 家), shares and rates within 0–100%.
      const integral = lookupUnit(r.unit)?.integral ?? false;
      // In 万人, 万元 …, at most a few thousand: 200万万人 is more people than the country has (implausible-quantity).
      const sized = (x: number) => (r.unit.startsWith("万") ? Number((x % 5000).toFixed(2)) || 1 : x);
      const scale = (x: number) => (isRate ? Number((x % 100).toFixed(2)) || 1 : integral ? Math.max(1, Math.round(sized(x))) : sized(x));
      const spec: RowSpec = { indicator: name, unit: r.unit, value: scale(r.value) };
      if (r.category) spec.category = r.category;
      if (r.previous !== undefined) {
        spec.previous = scale(r.previous);
        if (r.statesGrowth && !isRate) spec.growth = Number(((Number(spec.value) / Number(spec.previous) - 1) * 100).toFixed(1));
      }
      if (r.target !== undefined && !isRate) spec.target = scale(r.target);
      const out: GenRow = { spec };
      if (r.error) out.error = r.error;
      return out;
    });

const tableArb = fc
  .uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 1, maxLength: 12 })
  .chain((idx) => fc.tuple(...idx.map((i) => rowArb(POOL[i][0], POOL[i][1]))));

/** A figure's number in its dimension's base unit (元, 人, %, 元/月). */
function base(n: number, unit: string | null): number {
  const info = unit ? lookupUnit(unit) : null;
  return info ? n * info.factor : n;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("narrative property", () => {
  test("figures read back to their cells; error rows absent or marked; lint-text finds nothing", () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom<"mark" | "omit">("mark", "omit"), fc.array(fc.boolean(), { maxLength: 12 }), (gen, onError, ofWhich) => {
        // Some rows become 其中 parts of the row before them (same category and unit, a smaller figure).
        const rows = gen.map((g, i) => {
          const prev = gen[i - 1]?.spec;
          if (!ofWhich[i] || !prev || prev.partKind || prev.unit !== g.spec.unit) return g.spec;
          const spec: RowSpec = { ...g.spec, indicator: `其中:${g.spec.indicator}`, parentRow: i + 1, partKind: "of-which" };
          if (prev.category) spec.category = prev.category;
          else delete spec.category;
          return spec;
        });
        const table = tableOf(rows);
        const findings: Finding[] = gen.flatMap((g, i) =>
          g.error ? [{ code: g.error, severity: "error" as const, cell: `D${i + 2}`, row: i + 2, message: "…" }] : [],
        );
        const n = narrate(table, findings, generic, { onError });
        const byCell = new Map<string, { spec: RowSpec; col: keyof RowSpec }>();
        rows.forEach((spec, i) => {
          for (const [col, letter] of [["value", "D"], ["previous", "E"], ["growth", "F"], ["target", "G"]] as const) byCell.set(`${letter}${i + 2}`, { spec, col });
        });
        const errorRows = new Set(findings.map((f) => f.row!));

        for (const p of n.paragraphs) {
          for (const f of p.figures) {
            expect(p.text.slice(f.offset, f.offset + f.length)).toBe(f.text);
            expect(errorRows.has(f.row)).toBe(false);
            const q = parseQuantity(f.text);
            expect(q.problems).toEqual([]);
            const src = byCell.get(f.cell)!;
            if (f.role === "value" || f.role === "previous" || f.role === "target") {
              const cell = Number(src.spec[f.role]);
              expect([f.text, close(base(q.number!, q.unit), base(cell, src.spec.unit!))]).toEqual([f.text, true]);
            } else if (f.role === "change") {
              // 新增30家 / 提高3.2个百分点: the difference of value and previous, in the table's unit.
              const v = Number(src.spec.value);
              const prev = Number(src.spec.previous);
              const unit = q.unit === "个百分点" ? src.spec.unit! : q.unit;
              expect([f.text, close(base(q.number!, unit), Math.abs(base(v, src.spec.unit!) - base(prev, src.spec.unit!)))]).toEqual([f.text, true]);
            } else if (f.role === "completion") {
              const pct = (Number(src.spec.value) / Number(src.spec.target)) * 100;
              expect([f.text, Math.abs(q.number! - pct) < 0.051]).toEqual([f.text, true]);
            } else if (f.role === "growth") {
              const v = Number(src.spec.value);
              const prev = Number(src.spec.previous);
              const g = src.spec.growth !== undefined ? Number(src.spec.growth) : Number((((base(v, src.spec.unit!) / base(prev, src.spec.unit!)) - 1) * 100).toFixed(1));
              const shown = f.text.endsWith("%") ? q.number! : q.number! * 100; // 增长2倍 = +200%
              // A growth computed here with binary floats may sit on the other side of a .x5 boundary
              // than the narrative's decimal rounding (7604331.25 → 7604331.3, toFixed gives .2): one step.
              const step = src.spec.growth !== undefined ? 0.051 : 0.1 + 1e-9;
              expect([f.text, close(shown, Math.abs(g)) || Math.abs(shown - Math.abs(g)) <= step]).toEqual([f.text, true]);
              // The sign is in the verb of its clause (增长4.8%, 分别下降3%、6.9%), never a minus.
              const head = p.text.slice(0, f.offset);
              const clause = head.slice(Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf("。")) + 1);
              expect(f.text.startsWith("-")).toBe(false);
              if (g < 0) expect([clause, clause.includes("下降") && !clause.includes("增长")]).toEqual([clause, true]);
              if (g > 0) expect([clause, clause.includes("增长") && !clause.includes("下降")]).toEqual([clause, true]);
            }
          }
        }

        // Every row without an error is stated: its value is among the figures, from its own cell;
        // except a part of a total that does not add up, which is listed as omitted.
        const statedValues = new Set(n.paragraphs.flatMap((p) => p.figures.filter((f) => f.role === "value").map((f) => f.cell)));
        const unsummed = new Set(findings.filter((f) => f.code === "sum-mismatch").map((f) => f.row!));
        rows.forEach((spec, i) => {
          if (errorRows.has(i + 2)) return;
          const doubted = spec.parentRow !== undefined && unsummed.has(spec.parentRow);
          expect([spec.indicator, statedValues.has(`D${i + 2}`)]).toEqual([spec.indicator, !doubted]);
          if (doubted) expect(n.omitted.some((o) => o.row === i + 2)).toBe(true);
        });

        const text = n.paragraphs.map((p) => p.heading + p.text).join("\n");
        gen.forEach((g, i) => {
          const name = rows[i].indicator.replace(/^其中:/, "");
          if (!g.error) return;
          const marker = `【待核实:${name}`;
          if (onError === "mark") expect(text).toContain(marker);
          else expect(text).not.toContain(name);
          expect(n.omitted.some((o) => o.row === i + 2)).toBe(true);
        });

        // Warnings from the linter would mean the narrative itself reads as damaged.
        expect(lintText(text).map((f) => `${f.code}: ${f.excerpt}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
