import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import { tableOf, type RowSpec } from "./table";

/**
 * The register, checked against the published reports: for figures taken from the seed reports,
 * the draft must contain the very words a report used for them. Each phrase is asserted in the
 * draft always, and in the seeds when ../shared/seeds is there (a fresh clone has none: then it
 * says so and checks the drafts only).
 */

const SEEDS = path.join(__dirname, "..", "..", "..", "..", "shared", "seeds");
const haveSeeds = existsSync(SEEDS);
const seedText = haveSeeds
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(path.join(SEEDS, f), "utf8"))
      .join("\n")
  : "";

const generic = getBuiltinSchema("generic")!;

const CASES: { rows: RowSpec[]; phrase: string; headers?: Record<string, string> }[] = [
  {
    rows: [
      { indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050, growth: 4.8 },
      { indicator: "特困基本生活平均标准", unit: "元/月", value: 1706, previous: 1628, growth: 4.8 },
    ],
    phrase: "提高至1706元/月",
  },
  { rows: [{ indicator: "慈善募捐款物", unit: "亿元", value: 4.48 }], phrase: "慈善募捐款物达到4.48亿元" },
  { rows: [{ indicator: "市慈善总会筹集抗疫资金", unit: "万元", value: "4500余" }], phrase: "市慈善总会筹集抗疫资金4500余万元" },
  { rows: [{ indicator: "建成农村幸福院", unit: "处", value: 763 }], phrase: "建成农村幸福院763处" },
  { rows: [{ indicator: "福彩销售", unit: "亿元", value: 10.02 }], phrase: "福彩销售10.02亿元" },
  { rows: [{ indicator: "服务惠及困难群众", unit: "万人次", value: 5.6 }], phrase: "服务惠及困难群众5.6万人次" },
  { rows: [{ indicator: "新增农村低保对象", unit: "户", value: 211 }], phrase: "新增农村低保对象211户" },
  { rows: [{ indicator: "临时救助", unit: "人次", value: 1960 }], phrase: "临时救助1960人次" },
  { rows: [{ indicator: "登记服务对象接受规范服务率", unit: "%", value: 45 }], phrase: "登记服务对象接受规范服务率达到45%" },
  { rows: [{ indicator: "养老机构", unit: "家", value: 17 }], phrase: "共有养老机构17家" },
  {
    rows: [
      { indicator: "保障城乡低保", unit: "万人", value: 18.8 },
      { indicator: "保障特困人员", unit: "万人", value: 3.8 },
    ],
    phrase: "保障城乡低保18.8万人,特困人员3.8万人",
  },
  { rows: [{ indicator: "发放低保资金", unit: "万元", value: 6664.1 }], phrase: "累计发放低保资金6664.1万元", headers: { value: "本年累计" } },
  {
    rows: [
      { indicator: "城乡最低生活保障标准", unit: "元/月", value: 1145, previous: 1100 },
      { indicator: "特困人员基本生活保障标准", unit: "元/月", value: 1950, previous: 1850 },
    ],
    phrase: "城乡最低生活保障标准、特困人员基本生活保障标准分别提高",
  },
  {
    rows: [
      { indicator: "销售福利彩票", unit: "亿元", value: 4.7, growth: 18 },
      { indicator: "筹集公益金", unit: "亿元", value: 1.45, growth: 30 },
    ],
    phrase: "销售福利彩票4.7亿元,筹集公益金1.45亿元,同比分别增长18%、30%",
  },
];

describe("the draft's wording is the reports' wording", () => {
  test.each(CASES.map((c) => [c.phrase, c] as const))("%s", (phrase, c) => {
    const text = narrate(tableOf(c.rows, { headers: c.headers ?? {} }), [], generic)
      .paragraphs.map((p) => p.text)
      .join("\n");
    expect(text).toContain(phrase);
    if (!haveSeeds) {
      console.warn(`seed corpus not found at ../shared/seeds (a fresh clone has none): "${phrase}" checked in the draft only`);
      return;
    }
    expect(seedText).toContain(phrase);
  });
});
