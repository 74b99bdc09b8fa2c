import type { Finding } from "../../../src/core/findings";
import { checkGrid } from "../../../src/core/checks";
import { isBlank } from "../../../src/core/table/cells";
import { getBuiltinSchema } from "../../../src/core/schema";
import { grid } from "./grid-helpers";

describe("a cell with nothing visible is blank", () => {
  it.each([[" \u200b "], ["\u200b"], ["\u200c\u200d"], ["\u2060"], ["\u3000"], ["\ufeff"]])("%j", (text) => {
    expect(isBlank({ value: text, text })).toBe(true);
  });
  it.each([["\u200b1"], ["人"], ["0"]])("%j is written", (text) => {
    expect(isBlank({ value: text, text })).toBe(false);
  });
  it("a value cell of a zero-width space is an empty value, not a figure that cannot be read", () => {
    const rows = [["指标", "单位", "本期", "上年同期"], ["低保对象", "人", "\u200b ", 1200]];
    const codes = checkGrid(grid(rows), getBuiltinSchema("generic")!).findings.map((f: Finding) => `${f.code}@${f.cell}`);
    expect(codes).toEqual(["empty-value@C2"]);
  });
});
