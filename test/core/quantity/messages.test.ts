import { quantityEnUS } from "../../../src/core/i18n/quantity.en-US";
import { quantityZhCN } from "../../../src/core/i18n/quantity.zh-CN";
import { quantityMessages } from "../../../src/core/quantity";
import type { Bound, Dimension } from "../../../src/core/quantity/types";
import { BASE_UNIT } from "../../../src/core/quantity/units";

describe("quantity messages", () => {
  it("have the same keys in zh-CN and en-US", () => {
    expect(Object.keys(quantityEnUS).sort()).toEqual(Object.keys(quantityZhCN).sort());
  });

  it("name every dimension and bound in both languages", () => {
    const dims = Object.keys(BASE_UNIT) as Dimension[];
    const bounds: Bound[] = ["exact", "about", "over", "under"];
    for (const m of [quantityZhCN, quantityEnUS]) {
      for (const d of dims) expect(m.dimension(d)).toMatch(/\S/);
      for (const b of bounds) expect(m.bound(b)).toMatch(/\S/);
    }
    expect(new Set(dims.map(quantityZhCN.dimension)).size).toBe(dims.length);
  });

  it("default to Simplified Chinese", () => {
    expect(quantityMessages()).toBe(quantityZhCN);
    expect(quantityMessages("en-US")).toBe(quantityEnUS);
    expect(quantityMessages().noNumber()).toBe("(无数字)");
  });
});
