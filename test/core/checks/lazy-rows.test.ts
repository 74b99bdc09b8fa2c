import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readTableSheets } from "../../../src/cli/read";
import { buildContext, type CheckContext } from "../../../src/core/checks/context";
import { checksMessages } from "../../../src/core/checks/messages";
import { noteFindings } from "../../../src/core/checks/notes";
import { CHECK_RULES } from "../../../src/core/checks/rules";
import type { Finding } from "../../../src/core/findings";
import { getBuiltinSchema, type Schema } from "../../../src/core/schema";
import { buildTable } from "../../../src/core/table/build";
import type { Grid } from "../../../src/core/table/grid";
import { GridRow } from "../../../src/core/table/rows";
import type { TableModel } from "../../../src/core/table/types";

/**
 * The table model's rows make their cells when first asked (GridRow) and the check context reads
 * their figures from the grid; a table model whose rows are plain objects (as it reads back from
 * JSON) takes the context's other path, through row.cells. Both must give the same findings, and
 * the checks must leave the model as it was — on every table fixture, under both schemas.
 */
const DIR = join(__dirname, "../../fixtures/tables");
const FILES = [
  ...readdirSync(DIR).filter((f) => /\.(csv|xlsx)$/.test(f)),
  ...readdirSync(join(DIR, "made"))
    .filter((f) => /\.(csv|xlsx)$/.test(f))
    .map((f) => join("made", f)),
];

function allFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of CHECK_RULES) out.push(...rule.check(ctx));
  out.push(...noteFindings(ctx));
  return out;
}

function check(table: TableModel, schema: Schema): Finding[] {
  return allFindings(buildContext(table, schema, "zh-CN", checksMessages("zh-CN")));
}

describe.each(["generic", "civil-affairs"])("lazy rows under %s", (schemaId) => {
  const schema = getBuiltinSchema(schemaId)!;
  test.each(FILES)("%s: same findings from GridRows as from plain rows; the model unchanged", async (file) => {
    const grids: Grid[] = await readTableSheets(join(DIR, file), schema, { skipped: () => undefined });
    expect(grids.length).toBeGreaterThan(0);
    for (const grid of grids) {
      const { table } = buildTable(grid, schema);
      if (table.columns.length === 0) continue;
      expect(table.rows.every((r) => r instanceof GridRow)).toBe(true);
      const plain = JSON.parse(JSON.stringify(table)) as TableModel;
      expect(plain.rows.some((r) => r instanceof GridRow)).toBe(false);
      const lazy = check(table, schema);
      expect(lazy).toEqual(check(plain, schema));
      expect(JSON.parse(JSON.stringify(table))).toEqual(plain);
    }
  });
});

test("a GridRow makes its cells only when asked, and once", () => {
  const schema = getBuiltinSchema("generic")!;
  const cell = (v: string | number) => ({ value: v, text: String(v) });
  const grid: Grid = {
    sheet: "s",
    originRow: 0,
    originCol: 0,
    rows: [
      ["指标", "单位", "2024年", "2023年", "同比增长(%)"].map(cell),
      ["低保对象", "人", 105, 100, 5].map(cell),
    ],
  };
  const { table } = buildTable(grid, schema);
  const row = table.rows[0];
  expect(row).toBeInstanceOf(GridRow);
  expect((row as GridRow).rawAt(2)).toBe(grid.rows[1][2]);
  const cells = row.cells;
  expect(row.cells).toBe(cells);
  expect(cells.value?.quantity?.number).toBe(105);
  expect(cells.value?.address).toBe("C2");
  expect(cells.growth?.quantity?.number).toBe(5);
});
