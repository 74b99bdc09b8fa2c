import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PARSE_UNITS, parseQuantity } from "../../../src/core/quantity";
import { SEED_CASES } from "./cases";

// The five published reports live beside the repository (../shared/seeds); a fresh clone has none.
const SEEDS = path.join(__dirname, "..", "..", "..", "..", "shared", "seeds");
const present = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith(".txt"));
const corpus = present
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(path.join(SEEDS, f), "utf8"))
      .join("\n")
  : "";

if (!present) {
  describe("seed corpus", () => {
    it("is absent (../shared/seeds not found): the corpus checks below did not run", () => {
      // Said plainly rather than failing: the exact-result cases in parse.test.ts still run.
      expect(present).toBe(false);
    });
  });
} else {
  describe("the seed cases come from the seed reports", () => {
    it.each(SEED_CASES.map(([s]) => s))("%s occurs verbatim in the corpus", (text) => {
      expect(corpus.includes(text)).toBe(true);
    });

    // The reports' own defects, in their context: the figure was left out before the unit.
    it.each([
      ["计划投资亿元", "亿元"],
      ["计划筹资亿元", "亿元"],
      ["计划投资万元", "万元"],
      ["占地面积约亩", "约亩"],
      ["规划建筑面积㎡", "㎡"],
      ["人数达万人", "达万人"],
    ])("%s: %s is a unit without its number", (context, figure) => {
      expect(corpus.includes(context)).toBe(true);
      expect(parseQuantity(figure).problems).toEqual(["unit-without-number"]);
    });
  });

  describe("every Arabic figure with a catalogue unit in the corpus", () => {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const units = [...PARSE_UNITS.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
    // No nested quantifiers: linear on the corpus.
    const MENTION = new RegExp(`(\\d+(?:\\.\\d+)?)([余多]?)(万|亿|千万)?([余多]?)(${units})`, "g");
    const mentions = [...corpus.matchAll(MENTION)];

    it("is found in numbers (the sweep is not empty)", () => {
      expect(mentions.length).toBeGreaterThan(300);
      expect(new Set(mentions.map((m) => m[5])).size).toBeGreaterThan(20); // many different units
    });

    it("parses to its unit, its exact scaled figure and its bound, with no problem", () => {
      const wrong: string[] = [];
      for (const m of mentions) {
        const [text, mantissa, yu1, scale, yu2, unit] = m;
        const exp = scale === "亿" ? 8 : scale === "千万" ? 7 : scale === "万" ? 4 : 0;
        const q = parseQuantity(text);
        const ok =
          q.number === Number(`${mantissa}e${exp}`) &&
          q.unit === unit &&
          q.dimension === PARSE_UNITS.get(unit)!.dimension &&
          q.bound === (yu1 || yu2 ? "over" : "exact") &&
          q.problems.length === 0;
        if (!ok) wrong.push(`${text} → ${JSON.stringify(q)}`);
      }
      expect(wrong).toEqual([]);
    });
  });
}
