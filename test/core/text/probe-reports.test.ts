import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lintText } from "../../../src/core/text";
import { missedDefects, troubledCleanQuantities, type Truth, unlistedAlarms } from "./truth";

/**
 * Six reports a probe of this project wrote in the seeds' register (test/fixtures/text/probe: not
 * real reports; their cities are none of the seeds'), each with a clean version and one with
 * eleven planted slips, linted with the report's year as `jiaohe lint-text --year` gives it:
 * - every planted slip is reported with its code over its excerpt, except those listed below;
 * - no error or warning stands anywhere else, and none of the clean quantities is flagged;
 * - the clean version raises no error or warning at all.
 * Known misses, kept in the truth and asserted as misses so that a fix shows here:
 * - r6 `截至2021年12月底` in a 2022 report: a date in the review a year early (a baseline of the
 *   year before reads the same way).
 */
const DIR = path.join(__dirname, "..", "..", "fixtures", "text", "probe");
const KNOWN_MISSES: Record<string, string[]> = { r6: ["period-mismatch 截至2021年12月底"] };

const reports = readdirSync(DIR)
  .filter((f) => f.endsWith(".truth.json"))
  .sort()
  .map((f) => ({ name: f.replace(/\.truth\.json$/, ""), truth: JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as Truth & { year: number } }));

describe.each(reports)("probe report $name", ({ name, truth }) => {
  const text = readFileSync(path.join(DIR, path.basename(truth.textFile)), "utf8");
  const findings = lintText(text, { year: truth.year });

  test("reports every planted slip (known misses aside), and nothing else", () => {
    expect(missedDefects(text, findings, truth)).toEqual(KNOWN_MISSES[name] ?? []);
    expect(unlistedAlarms(text, findings, truth)).toEqual([]);
    expect(troubledCleanQuantities(text, findings, truth)).toEqual([]);
  });

  test("raises nothing on the clean version", () => {
    const clean = readFileSync(path.join(DIR, path.basename(truth.textFile).replace("_defect.txt", "_clean.txt")), "utf8");
    expect(lintText(clean, { year: truth.year }).filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.excerpt}`)).toEqual([]);
  });
});

test("the probe reports are there: six, with at least 60 planted slips", () => {
  expect(reports).toHaveLength(6);
  expect(reports.reduce((n, r) => n + r.truth.defects.length, 0)).toBeGreaterThanOrEqual(60);
});
