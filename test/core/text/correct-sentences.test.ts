import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lintText } from "../../../src/core/text";

/**
 * Correct sentences written by probes to catch false alarms (test/fixtures/text/sentences): shapes
 * a careless rule would flag — 翻了一番 with figures that do double, 净增 that follows, 环比 beside
 * 同比, 分别 lists, averages beside totals, rates rounded to integers, ranges and approximations.
 * Each raises no error or warning, read alone and read as one text. (The sentences speak of several
 * years and no report dates them: the codes that judge a year against the report's are left out.)
 */
const DIR = path.join(__dirname, "..", "..", "fixtures", "text", "sentences");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt"));
const alarms = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info" && f.code !== "period-mismatch" && f.code !== "suspicious-year")
    .map((f) => `${f.code} ${f.excerpt}`);

describe.each(files)("%s", (file) => {
  const text = readFileSync(path.join(DIR, file), "utf8");
  const lines = text.split("\n").filter((l) => l.trim() !== "");

  test("has sentences", () => {
    expect(lines.length).toBeGreaterThanOrEqual(40);
  });

  test("no sentence alone raises an error or warning", () => {
    expect(lines.filter((l) => alarms(l).length > 0).map((l) => `${l} → ${alarms(l).join("; ")}`)).toEqual([]);
  });

  test("nor do they as one text", () => {
    expect(alarms(text)).toEqual([]);
  });
});
