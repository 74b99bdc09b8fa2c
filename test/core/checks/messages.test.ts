import { checksEnUS } from "../../../src/core/i18n/checks.en-US";
import { checksZhCN } from "../../../src/core/i18n/checks.zh-CN";

describe("check messages", () => {
  it("has the same keys in zh-CN and en-US", () => {
    expect(Object.keys(checksEnUS).sort()).toEqual(Object.keys(checksZhCN).sort());
  });

  it("renders every message in both languages without leaving a placeholder", () => {
    const p = new Proxy({} as Record<string, unknown>, { get: (_t, k) => (k === "basis" ? "yoy" : k === "parts" || k === "row" || k === "limit" || k === "count" ? 3 : `«${String(k)}»`) });
    for (const table of [checksZhCN, checksEnUS]) {
      for (const [key, fn] of Object.entries(table)) {
        const text = (fn as (x: unknown) => string)(p);
        expect(typeof text).toBe("string");
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/undefined|\$\{/);
        expect(key).toMatch(/^[a-z][A-Za-z]+$/);
      }
    }
    expect(checksZhCN.growthMismatch({ basis: "yoy", expected: "42.9", stated: "60" })).toBe("同比增长应为42.9%,填报为60%");
    expect(checksEnUS.growthMismatch({ basis: "mom", expected: "42.9", stated: "60" })).toBe("period-on-period growth should be 42.9%, stated 60%");
  });
});
