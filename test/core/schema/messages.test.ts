import { schemaEnUS } from "../../../src/core/i18n/schema.en-US";
import { schemaZhCN } from "../../../src/core/i18n/schema.zh-CN";

/** Sample parameters that satisfy every message's signature. */
const SAMPLE = {
  expected: "x",
  received: "y",
  values: "a, b",
  minimum: 1,
  maximum: 2,
  inclusive: true,
  value: "v",
  key: "k",
  unit: "kg",
  unitDimension: "persons",
  dimension: "money",
  kind: "count",
  allowed: "a",
  min: 1,
  max: 2,
  placeholder: "p",
  name: "n",
  first: "f",
  category: "c",
  totalDimension: "t",
  role: "value",
  items: ["a", "b"],
  type: "string",
  char: "}",
  file: "f.json",
  id: "generic",
  count: 2,
  known: "generic",
  reason: "r",
  line: 1,
  column: 2,
  locale: "fr",
};

describe("schema messages", () => {
  test("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(schemaEnUS).sort()).toEqual(Object.keys(schemaZhCN).sort());
  });

  test.each(Object.keys(schemaZhCN))("%s gives text in both languages, Chinese in zh-CN and none in en-US", (key) => {
    const zh = (schemaZhCN as Record<string, (p: unknown) => string>)[key](SAMPLE);
    const en = (schemaEnUS as Record<string, (p: unknown) => string>)[key](SAMPLE);
    expect(zh.trim().length).toBeGreaterThan(0);
    expect(en.trim().length).toBeGreaterThan(0);
    // Dimension and type names pass through unknown values; "list" joins; the rest are sentences.
    if (!["list", "typeName", "dimensionName", "cliOk"].includes(key)) expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
