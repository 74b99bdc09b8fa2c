import { lintText } from "../../../src/core/text";

/**
 * Probe 54: township breakdowns of a 民生实事 item (a 、-list of areas whose first parts make the
 * total before the last ones pass it; the areas after 分布在 / 分别位于), and completion rates of a
 * planned count against the count done (`新建…12个,已建成9个,完成率R%`) or of a target 下达 by a
 * higher level (`完成省下达目标500个的R%`).
 */
const found = (text: string, code: string) =>
  lintText(text, { year: 2026 })
    .filter((f) => f.code === code)
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)}→${f.expected}`);
const all = (text: string) => lintText(text, { year: 2026 }).map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)}`);

describe("sum-mismatch: a 、-list of areas that goes on past its total", () => {
  test.each([
    // The first six make nine, the seventh passes it.
    ["建成助餐点9个,其中递铺街道3个、昌硕街道2个、孝丰镇1个、天子湖镇1个、梅溪镇1个、报福镇1个、杭垓镇1个。", "9个→10"],
    ["建成助餐点9个,其中递铺街道3个、昌硕街道2个、孝丰镇4个、天子湖镇1个。", "9个→10"],
    ["建成助餐点12个,其中递铺街道3个、昌硕街道2个、孝丰镇1个、天子湖镇1个、梅溪镇1个、报福镇1个、杭垓镇1个、章村镇1个、山川乡1个、上墅乡1个、鄣吴镇1个。", "12个→14"],
  ])("%s", (text, hit) => {
    expect(found(text, "sum-mismatch")).toEqual([hit]);
  });
});

describe("sum-mismatch: the areas after 分布在, 分别位于", () => {
  test.each([
    ["建成助餐点9个,分布在递铺街道3个、昌硕街道2个、孝丰镇5个。", "9个→10"],
    ["建成助餐点9个,分别位于递铺街道3个、昌硕街道2个、孝丰镇1个、天子湖镇1个、梅溪镇1个、报福镇1个、杭垓镇1个。", "9个→10"],
    ["已建成9个,完成率75%,分别位于递铺街道3个、昌硕街道2个、孝丰镇1个、天子湖镇4个。", "9个→10"],
  ])("%s", (text, hit) => {
    expect(found(text, "sum-mismatch")).toEqual([hit]);
  });
  test("the message names the words that opened the list", () => {
    const [f] = lintText("建成助餐点9个,分布在递铺街道3个、昌硕街道2个、孝丰镇5个。", { year: 2026 });
    expect(f.message).toContain("分布在");
  });
});

describe("completion-mismatch: a planned count, the count done, and 完成率", () => {
  test.each([
    ["新建老年食堂12个,已建成9个,完成率90%。", "90%→75.0"],
    ["新建认知障碍照护床位60张,已完成45张,完成率80%。", "80%→75.0"],
    // The item's heading in the sentence before, its count done opening the next.
    ["(一)新建老年食堂(助餐点)12个。已建成9个,完成率90%。", "90%→75.0"],
  ])("%s", (text, hit) => {
    expect(found(text, "completion-mismatch")).toEqual([hit]);
  });
});

describe("completion-mismatch: a target 下达 by a higher level", () => {
  test.each([
    ["建成老年助餐点612个,完成省下达目标500个的212.4%。", "212.4%→122.4"],
    ["建成老年助餐点612个,完成上级下达目标500个的212.4%。", "212.4%→122.4"],
    ["建成老年助餐点612个,为省下达目标500个的212.4%。", "212.4%→122.4"],
    ["建成老年助餐点612个,完成市下达任务500个的212.4%。", "212.4%→122.4"],
  ])("%s", (text, hit) => {
    expect(found(text, "completion-mismatch")).toEqual([hit]);
  });
});

describe("what stays silent", () => {
  test.each([
    // Breakdowns that make their total, or stop at a comma (another cut after it), or are no areas.
    "建成助餐点9个,其中递铺街道3个、昌硕街道2个、孝丰镇1个、天子湖镇1个、梅溪镇1个、报福镇1个。",
    "建成助餐点9个,其中递铺街道3个、昌硕街道2个、孝丰镇4个,天子湖镇新建1个。",
    "建成助餐点9个,分布在递铺街道3个、昌硕街道2个、孝丰镇4个。",
    "建成助餐点9个,分别位于递铺街道3个、昌硕街道2个、孝丰镇1个、天子湖镇1个、梅溪镇1个、报福镇1个。",
    "救助儿童9名,其中孤儿3名、事实无人抚养儿童6名、在校生3名。",
    // The list may be of the planned twelve, not the nine built: silent while it fits the larger.
    "新建老年食堂12个,已建成9个,分别位于递铺街道3个、昌硕街道4个、孝丰镇5个。",
    // Areas named some of them only; what the areas hold, not where the things are.
    "建成助餐点9个,分布在递铺街道3个、昌硕街道2个等地。",
    "新建床位分布在县社会福利中心30张、孝丰镇中心敬老院20张、天子湖镇颐养院19张。",
    // Completion rates that the figures give.
    "新建老年食堂12个,已建成9个,完成率75%。",
    "(一)新建老年食堂(助餐点)12个。已建成9个,完成率75%。",
    "建成老年助餐点612个,完成省下达目标500个的122.4%。",
    "建成老年助餐点612个,为上级下达目标500个的122.4%。",
    // Two pairs: which the rate is of, unsaid.
    "新建老年食堂12个、认知障碍床位60张,已建成9个、45张,完成率90%。",
    "新建老年食堂12个,改造助餐点8个,已建成9个,完成率90%。",
    // The done count in another unit, or a heading of two clauses, or a stock.
    "新建老年食堂12个,已建成床位90张,完成率90%。",
    "(一)新建老年食堂12个,改造助餐点8个。已建成9个,完成率90%。",
    "全县有老年食堂12个,已建成9个,完成率90%。",
  ])("no finding: %s", (text) => {
    expect(all(text)).toEqual([]);
  });
});
