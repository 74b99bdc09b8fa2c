import enUS from "../../src/taskpane/i18n/en-US.json";
import zhCN from "../../src/taskpane/i18n/zh-CN.json";
import { makeTranslate, pickLocale } from "../../src/taskpane/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the pane's resource files", () => {
  test("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  test("each string has the same placeholders in both languages, and none is empty", () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect([key, placeholders(enUS[key])]).toEqual([key, placeholders(zhCN[key])]);
      expect(zhCN[key].trim()).not.toBe("");
      expect(enUS[key].trim()).not.toBe("");
    }
  });

  test("every key the pane's code uses exists, and every key is used", () => {
    const { readdirSync, readFileSync, statSync } = jest.requireActual<typeof import("fs")>("fs");
    const { join } = jest.requireActual<typeof import("path")>("path");
    const dir = join(__dirname, "..", "..", "src", "taskpane");
    const files: string[] = [];
    const walk = (d: string) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : /\.tsx?$/.test(n) && files.push(join(d, n))));
    walk(dir);
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, "utf8").matchAll(/\bt\(\s*"([\w.]+)"/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !(k in zhCN))).toEqual([]);
    // and no string is dead (severity.* are looked up by the severity's name)
    expect(Object.keys(zhCN).filter((k) => !used.has(k) && !k.startsWith("severity."))).toEqual([]);
  });
});

describe("locale from Office.context.displayLanguage", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN-us", "en-US"],
    ["fr-FR", "zh-CN"],
    [undefined, "zh-CN"],
    ["", "zh-CN"],
  ])("%s → %s", (lang, locale) => {
    expect(pickLocale(lang)).toBe(locale);
  });

  test("translate fills placeholders and keeps unknown ones", () => {
    expect(makeTranslate("zh-CN")("clear.done", { count: 12 })).toBe("已恢复 12 个单元格的原格式。");
    expect(makeTranslate("en-US")("clear.done", { count: 12 })).toBe("Restored the original formats of 12 cells.");
    expect(makeTranslate("en-US")("findingsSheet.done", {})).toBe("Wrote the sheet {sheet}; each finding links to its cell.");
  });
});
