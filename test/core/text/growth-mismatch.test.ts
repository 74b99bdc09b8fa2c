import { lintText } from "../../../src/core/text";
import { flagged, nothingIn } from "./flagging";

/** The growth-mismatch findings of `text` as `flagged characters → expected`. */
function growth(text: string): string[] {
  return lintText(text)
    .filter((f) => f.code === "growth-mismatch")
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)} → ${f.expected}`);
}

/** Each text gets exactly one finding, a growth-mismatch on `chars` expecting `expected`; nothing else. */
function firesEach(cases: readonly (readonly [string, string, string])[]): void {
  test.each(cases)("%s → %s, expected %s", (text, chars, expected) => {
    expect(flagged(text)).toEqual([`growth-mismatch:${chars}`]);
    expect(growth(text)).toEqual([`${chars} → ${expected}`]);
  });
}

describe("growth-mismatch: 由X提高至Y,增幅R% (previous → current, rate)", () => {
  firesEach([
    ["城乡低保标准由1050元/月提高至1100元/月,增幅5.2%。", "5.2%", "4.8"],
    ["城乡低保标准由1050元/月提高至1100元/月,增幅5.2％。", "5.2％", "4.8"],
    ["全市注册志愿者从3.2万人增加到4.1万人,增长45%。", "45%", "28.1"],
    ["困难残疾人生活补贴标准由每人每月80元提高到90元,增长15%。", "15%", "12.5"],
    ["慈善捐赠收入从9800万元增加到1.2亿元,增长35%。", "35%", "22.4"],
    ["低保对象由2023年的1250人下降到1180人,下降8.6%。", "8.6%", "5.6"],
    ["审批时限由20天压缩至5天,压缩60%。", "60%", "75.0"],
    // The figures go up, the text says down: the sign is the text's word.
    ["城乡低保标准由1050元/月提高至1100元/月,下降4.8%。", "4.8%", "-4.8"],
  ]);
  nothingIn([
    "城乡低保标准由1050元/月提高至1100元/月,增幅4.8%。",
    "全市注册志愿者从3.2万人增加到4.1万人,增长28.1%。",
    "困难残疾人生活补贴标准由每人每月80元提高到90元,增长12.5%。",
    "慈善捐赠收入从9800万元增加到1.2亿元,增长22.4%。",
    "低保对象由2023年的1250人下降到1180人,下降5.6%。",
    "审批时限由20天压缩至5天,压缩75%。",
    "床位由300张增至360张,同比增长20%。",
  ]);
});

describe("growth-mismatch: 比上年的X (current, then previous)", () => {
  firesEach([
    ["全年办理结婚登记3120对,比上年的3300对减少8%。", "8%", "5.5"],
    ["全年办理结婚登记3120对,比2023年的3300对减少8%。", "8%", "5.5"],
    ["全年办理结婚登记3120对,较上年同期的3300对增长5.5%。", "5.5%", "-5.5"],
  ]);
  nothingIn(["全年办理结婚登记3120对,比上年的3300对减少5.5%。", "养老床位1.28万张,较去年的1.16万张增长10.3%。"]);
});

describe("growth-mismatch: Y,比上年增加A,增长R% (current and the change)", () => {
  firesEach([
    ["全年办理结婚登记3120对,比上年减少180对,下降7.5%。", "7.5%", "5.5"],
    ["养老床位1.28万张,较上年增加1200张,增长15%。", "15%", "10.3"],
    ["救助3120人次,同比增加了120人次、增长8%。", "8%", "4.0"],
  ]);
  nothingIn(["全年办理结婚登记3120对,比上年减少180对,下降5.5%。", "全年办理结婚登记3120对,比上年增加120对,增长4%。", "养老床位1.28万张,较上年增加1200张,增长10.3%。", "低保对象3865户,较年初减少95户,下降2.4%。"]);
});

describe("growth-mismatch: 新增A、累计达到Y,同比增幅R% (the change and the new total)", () => {
  firesEach([
    ["慈善信托新增1530万元、累计达到6114万元,同比增幅45%。", "45%", "33.4"],
    ["新增志愿者3000人,累计达到5万人,同比增长20%。", "20%", "6.4"],
  ]);
  nothingIn([
    // Seed 003: 1530 / (6114 − 1530) = 33.4%, written 33%.
    "慈善新业态规模稳步壮大,慈善信托新增1530万元、累计达到6114万元,同比增幅33%,",
    // Part of a year: 新增 counts from January, 同比 compares with last June.
    "上半年新增志愿者3000人,累计达到5万人,同比增长20%。",
    "1-6月新增志愿者3000人,累计达到5万人,同比增长20%。",
    "2024年上半年工作总结\n新增志愿者3000人,累计达到5万人,同比增长20%。",
  ]);
});

describe("growth-mismatch: the tolerance is the rounding of what is written", () => {
  test("a rate with one decimal: ± 0.05, plus the rounding of 3.2万 and 4.1万 (24.6% to 31.7%)", () => {
    expect(growth("从3.2万人增加到4.1万人,增长31.7%。")).toEqual([]);
    expect(growth("从3.2万人增加到4.1万人,增长31.8%。")).toEqual(["31.8% → 28.1"]);
    expect(growth("从3.2万人增加到4.1万人,增长24.6%。")).toEqual([]);
    expect(growth("从3.2万人增加到4.1万人,增长24.5%。")).toEqual(["24.5% → 28.1"]);
  });
  test("an integer rate: ± 0.5 (33.4% may be written 33%, not 34%)", () => {
    expect(growth("慈善信托新增1530万元、累计达到6114万元,同比增幅33%。")).toEqual([]);
    expect(growth("慈善信托新增1530万元、累计达到6114万元,同比增幅34%。")).toEqual(["34% → 33.4"]);
    expect(growth("慈善信托新增1530万元、累计达到6114万元,同比增幅32%。")).toEqual(["32% → 33.4"]);
  });
  test("whole figures round too: 1100/1050 is 4.66% to 4.86%", () => {
    expect(growth("由1050元/月提高至1100元/月,增幅4.9%。")).toEqual([]);
    expect(growth("由1050元/月提高至1100元/月,增幅4.7%。")).toEqual([]);
    expect(growth("由1050元/月提高至1100元/月,增幅5.0%。")).toEqual(["5.0% → 4.8"]);
    expect(growth("由1050元/月提高至1100元/月,增幅4.6%。")).toEqual(["4.6% → 4.8"]);
  });
});

describe("growth-mismatch: where the text does not say both figures and the rate unambiguously, nothing", () => {
  nothingIn([
    // percentage points are not a growth rate; nor are the figures that are rates themselves
    "护理型床位占比由60.2%提高到62.3%,提高2.1个百分点。",
    "节地生态安葬率达到38.5%,比上年提高4.3个百分点。",
    "康复服务覆盖率由42%提高到61%,提升19个百分点。",
    "康复服务覆盖率由42%提高到61%,提高19%。",
    // different units
    "城乡低保标准由1050元/月提高至1100元,增幅14.8%。",
    "服务对象从3.2万人增加到4.1万人次,增长45%。",
    "低保对象由3200户增加到4100人,增长45%。",
    // two subjects, one rate (seed 000)
    "全市低保标准统一提高至1100元/月,全市特困基本生活平均标准提高至1706元/月,增幅均达到4.8%。",
    "城市低保标准由800元提高到850元,农村低保标准由600元提高到650元,增幅均为6.3%。",
    // only one figure
    "慈善募捐款物达到4.48亿元,较去年全年总量增长60%。",
    "城乡低保标准统一提高至每人每月1050元,同比增长5%。",
    "全年福利彩票销售9.2亿元、增幅4.7%。",
    // a list of rates, 分别, an average rate, a bound
    "销售福利彩票4.7亿元,筹集公益金1.45亿元,同比分别增长18%、30%。",
    "床位由300张增加到360张,增长20%、25%。",
    "床位由300张增加到360张,分别增长30%。",
    "床位由300张增加到360张,年均增长5%。",
    "床位由300张增加到360张,增长30%以上。",
    "床位由300张增加到360张,增长约30%。",
    // something else between the figures and the rate
    "由1050元/月提高至1100元/月,惠及1.2万人,增幅8%。",
    "由1050元/月提高至1100元/月。增幅8%。",
    // 同比 against a base dated years before
    "由2020年的800元提高到1100元,同比增长5%。",
    // 从 and 由 that open another word
    "从业人员3000人增加到3500人,增长30%。",
    "由于床位300张增加到360张,增长30%。",
    // no 由/从: which figure is the previous one?
    "床位300张增加到360张,增长30%。",
    // a 《title》
    "印发《关于城乡低保标准由1050元/月提高至1100元/月增幅8%的通知》。",
  ]);
});

describe("growth-mismatch: in the register of statistical bulletins and older reports", () => {
  firesEach([
    ["城镇低保从当时的月人均270元提高到目前的月人均465元,增加了62%。", "62%", "72.2"],
    ["居民低保标准从最初的每人每月 130 元提高到目前的 300 元,增长 110%。", "110%", "130.8"],
    ["社区居委会84689个,比上年增加1276个,增长了2.5%。", "2.5%", "1.5"],
  ]);
  nothingIn([
    "村委会59.9万个,比上年减少0.5万个,降低0.8%,村民小组480.5万个,比上年减少0.4万个;社区居委会84689个,比上年增加1276个,增长了1.5%。",
    "全年办理结婚登记1212.2万对,比上年增加113.9万对,增长10.4%。",
    "城镇低保从当时的月人均270元提高到目前的月人均465元,增加了72%。",
    "居民低保标准从最初的每人每月 130 元提高到目前的 300 元,增长 130.8%。",
    // 同比 against a value the qualifier dates otherwise (年初, 当时): another base
    "城乡低保标准由年初的800元提高到850元,同比增长10%。",
    "城镇低保从当时的270元提高到465元,比上年增长10%。",
  ]);
});

describe("growth-mismatch: the finding", () => {
  test("on the rate, with value and expected, zh-CN and en-US messages", () => {
    const text = "第一行。\n慈善信托新增1530万元、累计达到6114万元,同比增幅45%。";
    const [f] = lintText(text);
    expect(f).toMatchObject({ code: "growth-mismatch", severity: "error", line: 2, offset: text.indexOf("45%"), length: 3, value: "45%", expected: "33.4", excerpt: ",同比增幅45%。" });
    expect(f.message).toBe("增幅应为33.4%,文中为45%");
    expect(lintText(text, { locale: "en-US" })[0].message).toBe("the figures give a growth of 33.4%, but the text says 45%");
    expect(lintText("结婚登记3120对,比上年的3300对减少8%。")[0].message).toBe("降幅应为5.5%,文中为8%");
  });
  test("note cells without a percentage cost one search: nothing found", () => {
    expect(growth("较上年增加12345人")).toEqual([]);
    expect(growth("由1050元提高至1100元")).toEqual([]);
  });
});
