import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getBuiltinSchema, normalizeIndicator } from "../../../src/core/schema";

// The five published reports the catalogue was drawn from. Not in a fresh clone: then say so.
const SEEDS = path.join(__dirname, "..", "..", "..", "..", "shared", "seeds");
const haveSeeds = existsSync(SEEDS);

describe("the civil-affairs catalogue against the seed reports", () => {
  const seedText = haveSeeds
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => normalizeIndicator(readFileSync(path.join(SEEDS, f), "utf8")))
        .join("\n")
    : "";

  test("most indicators are named, by name or alias, in the reports themselves", () => {
    if (!haveSeeds) {
      console.warn(`seed corpus not found at ${SEEDS} (a fresh clone has no ../shared): nothing checked`);
      return;
    }
    const schema = getBuiltinSchema("civil-affairs")!;
    const named = schema.indicators.filter((i) => [i.name, ...i.aliases].some((n) => seedText.includes(normalizeIndicator(n))));
    // The rest come from the 民政事业统计 forms (城市低保对象, 护理型床位占比, 火化率, …).
    console.log(`${named.length} of ${schema.indicators.length} catalogue indicators are named in the seed reports`);
    expect(named.length).toBeGreaterThanOrEqual(60);
    for (const area of ["社会救助", "养老服务", "慈善事业", "福利彩票", "社会组织", "婚姻登记", "殡葬管理"]) {
      expect([area, named.some((i) => i.category === area)]).toEqual([area, true]);
    }
  });
});
