import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lintText } from "../../../src/core/text";

/**
 * Reports are written with full-width punctuation (，；：！？（）) as often as with half-width; the
 * probe reports (test/fixtures/text/probe) are in half-width. The same report in either form gets
 * the same findings, at the same places, with its excerpts as written.
 */
const DIR = path.join(__dirname, "..", "..", "fixtures", "text", "probe");
const HALF_TO_FULL: Readonly<Record<string, string>> = { ",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）" };
const toFullWidth = (s: string) => s.replace(/[,;:!?()]/g, (c) => HALF_TO_FULL[c]);

const reports = readdirSync(DIR)
  .filter((f) => f.endsWith("_defect.txt"))
  .sort()
  .map((f) => ({ name: f, year: (JSON.parse(readFileSync(path.join(DIR, f.replace(/_.*$/, ".truth.json")), "utf8")) as { year: number }).year }));

describe.each(reports)("$name in full-width punctuation", ({ name, year }) => {
  test("the same findings at the same places", () => {
    const half = readFileSync(path.join(DIR, name), "utf8");
    const full = toFullWidth(half);
    const where = (text: string) => lintText(text, { year }).map((f) => `${f.code}@${f.offset}+${f.length}`);
    const found = where(half);
    expect(found.length).toBeGreaterThan(0);
    expect(where(full)).toEqual(found);
    // Excerpts are the text as written.
    for (const f of lintText(full, { year })) expect(full).toContain(f.excerpt!);
  });
});

test("a growth and a missing unit in text written with ，", () => {
  expect(lintText("销售6.82亿元，比上年的6.07亿元增长60%。").map((f) => `${f.code}:${f.expected ?? ""}`)).toEqual(["growth-mismatch:12.4"]);
  expect(lintText("低保5647户，8204，特困1781人。").map((f) => f.code)).toEqual(["missing-unit"]);
});
