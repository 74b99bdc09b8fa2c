import { readFileSync } from "node:fs";
import path from "node:path";
import { lintText } from "../../../src/core/text";
import { missedDefects, troubledCleanQuantities, type Truth, unlistedAlarms } from "./truth";

/**
 * A report written for the tests (test/fixtures/text/sample-report.txt), with at least one defect
 * of each kind among correct figures, so that the whole lint runs end to end in a fresh clone too
 * (the seed reports live outside the repository). Its truth file is score.mjs's shape.
 */
const DIR = path.join(__dirname, "..", "..", "fixtures", "text");
const text = readFileSync(path.join(DIR, "sample-report.txt"), "utf8");
const truth = JSON.parse(readFileSync(path.join(DIR, "sample-report.truth.json"), "utf8")) as Truth;
const findings = lintText(text);

describe("sample report", () => {
  test("has a defect of every text code but period-mismatch, and 30 clean figures", () => {
    const codes = new Set(truth.defects.map((d) => d.code));
    for (const c of ["unit-without-number", "missing-unit", "missing-ordinal", "suspicious-year", "implausible-quantity", "non-integer-count", "percent-out-of-range", "sum-mismatch"]) expect(codes).toContain(c);
    expect(truth.clean_quantities?.length).toBeGreaterThanOrEqual(30);
  });
  test("every defect is reported with its code", () => {
    expect(missedDefects(text, findings, truth)).toEqual([]);
  });
  test("no other alarm", () => {
    expect(unlistedAlarms(text, findings, truth)).toEqual([]);
  });
  test("no clean figure flagged, every digit figure scanned", () => {
    expect(troubledCleanQuantities(text, findings, truth)).toEqual([]);
  });
  test("the report year comes from the title: the same text without a year in its title and first heading loses the year checks' findings", () => {
    const retitled = lintText(text.replace("2024年上半年工作总结", "上半年工作总结").replace("一、2024年上半年", "一、上半年"));
    expect(retitled.some((f) => f.code === "suspicious-year")).toBe(false);
    expect(retitled.some((f) => f.value === "202400件")).toBe(false);
  });
});
