import { lintText } from "../../../src/core/text";
import { LAST_YEAR, LAST_YEAR_END, LAST_YEAR_SAME_PERIOD } from "../../../src/core/text/last-year";

/**
 * Probe 59: the year before written in the budget's register (上年度, 上一年度, 上个年度, 前一年), a
 * breakdown announced by `N个Y中,` with no 其中, a share of a whole named with its figure
 * (`占户籍总人口276.5万人的R%`), and money spent against money allocated (`支出进度`, `拨付率`,
 * `预算执行率`, `占筹集资金的R%`).
 */
const found = (text: string, code: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.code === code)
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)}→${f.expected}`);
const alarms = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)}`);

describe("growth-mismatch: every word of the year before is a base", () => {
  test.each(LAST_YEAR)("较%s的X增长R%%", (w) => {
    expect(found(`全年救助5.62万人次,较${w}的4.28万人次增长7.9%。`, "growth-mismatch")).toEqual(["7.9%→31.3"]);
  });
  test.each(LAST_YEAR_SAME_PERIOD)("较%s的X%%提高N个百分点", (w) => {
    expect(found(`支出进度91.9%,较${w}的86.5%提高6.4个百分点。`, "growth-mismatch")).toEqual(["6.4个百分点→5.4"]);
  });
  test.each(LAST_YEAR_END)("较%s增加A,增长R%%", (w) => {
    expect(found(`全市共有社会组织712家,较${w}增加23家,增长4.3%。`, "growth-mismatch")).toEqual(["4.3%→3.3"]);
  });
});

describe("growth-mismatch: 上年度 and its kin in every shape", () => {
  test.each([
    ["全年救助5.62万人次,而上年度为4.28万人次,增长7.9%。", "7.9%→31.3"],
    ["全年救助5.62万人次,上一年度为4.28万人次,同比增长7.9%。", "7.9%→31.3"],
    ["全年救助5.62万人次,同比增长7.9%,上年度为4.28万人次。", "7.9%→31.3"],
    ["全年办理结婚登记3519对,比上一年度减少170对,下降5.6%。", "5.6%→4.6"],
    ["全年救助5.62万人次,为上年度4.28万人次的120.5%。", "120.5%→131.3"],
  ])("%s", (text, hit) => {
    expect(found(text, "growth-mismatch")).toEqual([hit]);
  });

  test.each([
    "全年救助5.62万人次,较上年度的4.28万人次增长31.3%。",
    "全年救助5.62万人次,而上年度为4.28万人次,增长31.3%。",
    "支出进度91.9%,较上年度同期的86.5%提高5.4个百分点。",
    "全市共有社会组织712家,较上年度末增加23家,增长3.3%。",
    "全年办理结婚登记3519对,比上一年度减少170对,下降4.6%。",
    "全年救助5.62万人次,为上年度4.28万人次的131.3%。",
    "全年救助5.62万人次,较前一年度的4.28万人次增长31.3%。",
  ])("no alarm: %s", (text) => {
    expect(alarms(text)).toEqual([]);
  });

  test("a 万 dropped from last year's figure is reported", () => {
    const codes = lintText("累计救助困难群众4.62万人次,比上年度的4.28人次增长7.9%。", { year: 2025 }).map((f) => f.code);
    expect(codes.some((c) => c === "growth-mismatch" || c === "non-integer-count")).toBe(true);
  });
});

describe("sum-mismatch: parts after `N个Y中,` (no 其中)", () => {
  test.each([
    ["全市1528个城乡社区中,城市社区386个、农村社区1242个。", "1528个→1628"],
    ["全市1528个城乡社区中,城市社区386个,农村社区1242个。", "1528个→1628"],
    ["在1528名困难群众中,男性886名、女性742名。", "1528名→1628"],
    ["在参评的120家社会组织中,5A级10家、4A级30家、3A级90家。", "120家→130"],
  ])("%s", (text, hit) => {
    expect(found(text, "sum-mismatch")).toEqual([hit]);
  });

  test("a breakdown's parts end before the clause of the next `N个Y中,` total, which has its own", () => {
    expect(found("全市1528个城乡社区中,城市社区386个、农村社区1142个,在386个城市社区中,老旧小区220个、新建小区266个。", "sum-mismatch")).toEqual(["386个→486"]);
    expect(alarms("全市1528个城乡社区中,城市社区386个,在700个农村社区中,平原社区400个、山区社区300个。")).toEqual([]);
    expect(alarms("全市1528个城乡社区,其中城市社区386个,在700个农村社区中,平原社区400个、山区社区300个。")).toEqual([]);
  });

  test("a 、-list of how far tasks have got is one partition, though its first parts reach the total", () => {
    // 4 + 7 = 11 already: the lagging one is one more stage of the same tasks, not a new breakdown.
    expect(found("年度11项重点指标中,已完成或超额完成4项、序时推进7项、进度滞后1项。", "sum-mismatch")).toEqual(["11项→12"]);
    expect(found("全年12项重点工作,其中已完成8项、序时推进4项、进度滞后1项。", "sum-mismatch")).toEqual(["12项→13"]);
    expect(alarms("年度11项重点指标中,已完成或超额完成4项、序时推进6项、进度滞后1项。")).toEqual([]);
    // A comma after the stages that reach the total opens another breakdown, as before.
    expect(alarms("年度11项重点指标中,已完成4项、序时推进7项,涉及养老服务的1项。")).toEqual([]);
  });

  test("the message names the words that announced the parts", () => {
    const [f] = lintText("全市1528个城乡社区中,城市社区386个、农村社区1242个。", { year: 2025 });
    expect(f.message).toContain("1528个城乡社区中");
  });

  test.each([
    "全市1528个城乡社区中,城市社区386个、农村社区1142个。",
    "在1528个社区中,有386个建成示范社区。",
    "全市1528个社区中,已有1200个建成综合服务站、800个建成养老服务站。",
    "全市1528个社区中,1200个建成综合服务站、800个配备儿童主任。",
    "在12个乡镇中,8个乡镇完成敬老院改造、5个乡镇建成区域养老服务中心。",
    "全县新建养老服务中心3个,其中2个已投用、1个正在建设中,另有2个、3个进入招标。",
    "在全省16个地市中,我市排名第3位。",
    "全市1528个社区中,城市社区386个,已建成儿童之家1200个。",
    "在1528名困难群众中,男性886名、女性642名,部分群众同时享受多项救助。",
  ])("no alarm: %s", (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("completion-mismatch: a share of a whole written in the phrase", () => {
  test.each([
    ["年末全市60周岁及以上户籍老年人口51.4万人,占户籍总人口276.5万人的19.6%。", "19.6%→18.6"],
    ["年末户籍老年人口51.4万人,占户籍总人口(276.5万人)的19.6%。", "19.6%→18.6"],
    ["全年发放救助金1.2亿元,占全市民生支出38.5亿元的4.1%。", "4.1%→3.1"],
    ["全县共筹集救助资金2186.4万元,已支出2008.6万元,占筹集资金的94.9%。", "94.9%→91.9"],
  ])("%s", (text, hit) => {
    expect(found(text, "completion-mismatch")).toEqual([hit]);
  });

  test.each([
    "年末全市60周岁及以上户籍老年人口51.4万人,占户籍总人口276.5万人的18.6%。",
    "特困人员2864人,占低保对象1.32万人的21.7%。",
    "低保对象4128户5963人,占户籍人口51.2万人的1.16%。",
    // The whole the sum of the list before, or the total before 其中.
    "全市60周岁以上老年人68.4万人,其中男性32.6万人、女性35.8万人,占户籍人口291万人的23.5%。",
    // 人次 are no share of 人; an approximate part is not checked.
    "受益群众5.6万人次,占全县人口45.3万人的22.4%。",
    "约51万人,占户籍人口276.5万人的19.6%。",
    "全市老年人口51.4万人,较上年的49.8万人增长3.2%,占户籍总人口276.5万人的18.6%。",
    // A noun that names no figure of the sentence: nothing to check against.
    "已支出2008.6万元,占筹集资金的94.9%。",
  ])("no alarm: %s", (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("completion-mismatch: a share off by a lost 万 is left to the rules of scale", () => {
  test("the head count that lost its 万 is flagged, not the share", () => {
    const text = "全区60周岁以上老年人6.42人,占户籍人口35.6万人的18.0%。";
    expect(found(text, "completion-mismatch")).toEqual([]);
    expect(found(text, "non-integer-count")).toEqual(["6.42人→undefined"]);
  });
  test("so with money allocated", () => {
    expect(found("下达资金2186.4元,已支出2008.6万元,支出进度91.9%。", "completion-mismatch")).toEqual([]);
  });
});

describe("completion-mismatch: money spent against money allocated", () => {
  test.each([
    ["下达资金2186.4万元,已支出2008.6万元,支出进度94.9%。", "94.9%→91.9"],
    ["下达资金2186.4万元,已支出2008.6万元,支出率94.9%。", "94.9%→91.9"],
    ["下达资金2186.4万元,已拨付2008.6万元,拨付率94.9%。", "94.9%→91.9"],
    ["年初预算2186.4万元,已支出2008.6万元,预算执行率为94.9%。", "94.9%→91.9"],
  ])("%s", (text, hit) => {
    expect(found(text, "completion-mismatch")).toEqual([hit]);
  });

  test("the message names the rate as written", () => {
    const f = lintText("年初预算2186.4万元,已支出2008.6万元,预算执行率为94.9%。", { year: 2025 }).find((x) => x.code === "completion-mismatch");
    expect(f?.message).toContain("预算执行率应为91.9%");
  });

  test.each([
    "下达资金2186.4万元,已支出2008.6万元,支出进度91.9%。",
    "下达资金2186.4万元,已支出2008.6万元,支出进度92%。",
    "截至9月底,全年预算2186.4万元,已支出1508.6万元,支出进度69.0%,高于序时进度。",
    // Two allocations: the whole may be their sum.
    "下达中央资金1000万元、省级资金500万元,已支出1300万元,支出进度86.7%。",
    // Allocated and passed on: which the rate is of, unsaid.
    "下达资金2186.4万元,已拨付2100万元,已支出2008.6万元,支出进度96.1%。",
    // What is not spent is no part spent.
    "下达资金2186.4万元,未支出178万元,支出进度91.9%。",
    "已支出资金2008.6万元,支出进度94.9%。",
  ])("no alarm: %s", (text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("the other rules read the year before from the same words", () => {
  const codes = (text: string, year?: number) => lintText(text, year === undefined ? {} : { year }).map((f) => f.code);

  test("period-mismatch: the year named as the year before (上年度同期为, 前一年同期为)", () => {
    expect(codes("上年度同期为2023年1-6月数据。", 2025)).toEqual(["period-mismatch"]);
    expect(codes("前一年同期为2023年1-6月数据。", 2025)).toEqual(["period-mismatch"]);
    expect(codes("上年度同期为2024年1-6月数据。", 2025)).toEqual([]);
  });

  test("period-mismatch: a month range of the year before is no count of the half year", () => {
    expect(codes("2025年上半年民政工作总结\n上个年度1—9月共办理结婚登记3519对。")).toEqual([]);
  });

  test("suspicious-year: a year's tally compared with 上个年度 is a count of that year", () => {
    expect(codes("2026年,全县慈善组织募集款物2.36亿元,较上个年度增长8.7%。", 2025)).toEqual(["suspicious-year"]);
  });

  test("sum-mismatch: a clause of the year before ends the parts after 其中", () => {
    expect(codes("全县社会组织712家,其中社会团体298家、民办非企业单位406家,上个年度为735家。", 2025)).toEqual([]);
  });

  test("sum-mismatch: a figure of the year before is no total of a partition", () => {
    expect(codes("前一年新建家庭养老床位620张,分区县看,越城区168张、柯桥区152张、上虞区400张。", 2025)).toEqual([]);
  });

  test("implausible-quantity: 上个年度全年 is a base, not the period of a monthly average", () => {
    expect(codes("上半年发放高龄津贴1520.6万元,惠及2.45万人,比上个年度全年增长5%,月人均153元。", 2025)).toEqual(["implausible-quantity"]);
    expect(codes("上半年发放高龄津贴1520.6万元,惠及2.45万人,比上个年度全年增长5%,月人均103元。", 2025)).toEqual([]);
  });
});
