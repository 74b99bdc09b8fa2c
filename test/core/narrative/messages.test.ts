import { narrativeEnUS } from "../../../src/core/i18n/narrative.en-US";
import { narrativeZhCN } from "../../../src/core/i18n/narrative.zh-CN";
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import { tableOf } from "./table";

const placeholders = (s: string) => [...s.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]).sort();

describe("narrative messages", () => {
  test("zh-CN and en-US have the same keys", () => {
    expect(Object.keys(narrativeEnUS).sort()).toEqual(Object.keys(narrativeZhCN).sort());
  });

  test("each template has the same placeholders in both languages", () => {
    for (const key of Object.keys(narrativeZhCN) as (keyof typeof narrativeZhCN)[]) {
      expect([key, placeholders(narrativeEnUS[key])]).toEqual([key, placeholders(narrativeZhCN[key])]);
    }
  });

  test("an en-US rendering uses the catalogue's English names and English wording", () => {
    const civil = getBuiltinSchema("civil-affairs")!;
    const n = narrate(tableOf([{ category: "社会救助", indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050 }]), [], civil, { locale: "en-US" });
    expect(n.paragraphs[0].heading).toBe("1. Social assistance.");
    expect(n.paragraphs[0].text).toBe("Minimum living allowance standard rose to 1100元/月, up 4.8% year on year.");
  });
});
