import { textEnUS } from "../../../src/core/i18n/text.en-US";
import { textZhCN } from "../../../src/core/i18n/text.zh-CN";
import { renderTextMessage, TEXT_RULES } from "../../../src/core/text";
import { FINDING_CODES } from "../../../src/core/findings";
import { readdirSync } from "node:fs";
import path from "node:path";

describe("text messages and rule files", () => {
  test("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(textEnUS).sort()).toEqual(Object.keys(textZhCN).sort());
  });

  test("a message renders in either language", () => {
    const m = { key: "nonIntegerCount", params: { value: "14.3名", unit: "名" } } as const;
    expect(renderTextMessage(m)).toContain("14.3名");
    expect(renderTextMessage(m, "en-US")).toContain("whole things");
  });

  test("every text code of the spec has its rule, in a file named after the code", () => {
    const textCodes = ["unit-without-number", "missing-unit", "missing-ordinal", "suspicious-year", "implausible-quantity", "non-integer-count", "percent-out-of-range", "sum-mismatch", "period-mismatch", "growth-mismatch", "completion-mismatch"];
    expect(TEXT_RULES.map((r) => r.code).sort()).toEqual([...textCodes].sort());
    for (const c of textCodes) expect(Object.keys(FINDING_CODES)).toContain(c);
    const files = readdirSync(path.join(__dirname, "..", "..", "..", "src", "core", "text", "rules")).filter((f) => f !== "index.ts");
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...textCodes].sort());
  });
});
