import fc from "fast-check";
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import { tableOf } from "./table";

/**
 * Indicator names are user text: everything the narrative matches against them must stay linear.
 * Names up to 32,767 characters (Excel's cell limit) built from the characters the name rules look
 * at; with a quadratic pattern (`占.*比例`, `[:：]\s*$`) these runs would not finish.
 */

const generic = getBuiltinSchema("generic")!;
const PIECES = ["占", "比例", "比", "率", ":", "：", " ", "其中", "(", ")", "（", "万元", "数", "人数", "新增", "完成", "进度", "标准", "1", "、", "#", "资金", "a"];
const longName = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 32767 / 2 }).map((xs) => xs.join("").slice(0, 32767));

function check(name: string, unit: string) {
  const n = narrate(tableOf([{ indicator: name, unit, value: 45, previous: 41.8 }]), [], generic);
  for (const p of n.paragraphs) for (const f of p.figures) expect(p.text.slice(f.offset, f.offset + f.length)).toBe(f.text);
  return n;
}

describe("narrative on hostile names", () => {
  test("worst cases for the name rules finish and still narrate the figure", () => {
    for (const name of ["占".repeat(32766) + "率", ":".repeat(16000) + " ".repeat(16000) + "x", "(" + "数".repeat(32766), "1".repeat(32766) + "x", "其中" + " ".repeat(32760) + "：x"]) {
      for (const unit of ["%", "人", "万元"]) {
        const n = check(name, unit);
        expect(n.paragraphs[0].figures.some((f) => f.role === "value" && f.cell === "D2")).toBe(true);
      }
    }
  });

  test("random long names: no throw, figures where the offsets say", () => {
    fc.assert(
      fc.property(longName, fc.constantFrom("%", "人", "万元", "元/月", "个"), (name, unit) => {
        check(name, unit);
      }),
      { numRuns: 40 },
    );
  });
});
