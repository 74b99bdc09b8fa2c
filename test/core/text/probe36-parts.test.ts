/**
 * What a probe of four new reports (probe 36) found about 其中 parts: figures after a one-part 其中
 * that are no parts (another time, a target, an average, a comparison) added in by sum-mismatch, and
 * growth-mismatch taking the 其中 part, not the total, as the current value.
 */
import { flagged, growth } from "./flagging";

const inReport = (year: number, line: string) => flagged(`某县民政局${year}年工作总结\n\n${line}`, { year });

describe("sum-mismatch: a clause after the parts about another time, a target, an average or a comparison", () => {
  test.each([
    ["全县养老机构42家,其中民办37家,上年为35家。"],
    ["全县养老机构42家,其中民办37家,上年末为35家。"],
    ["全县养老机构42家,其中民办37家,上年同期35家。"],
    ["全县临时救助2368人次,其中急难型临时救助1520人次,去年同期为1830人次。"],
    ["全县发放低保资金6825万元,其中城市低保资金1350万元,2023年为6610万元。"],
    ["全县养老床位6180张,其中护理型床位3890张,年度目标为4000张。"],
    ["全县养老机构42家,其中公办5家,完成年度目标任务40家的105%。"],
    ["全县养老机构42家,其中民办37家,全省平均为35家。"],
    ["全县养老机构42家,其中民办37家,计划新增30家。"],
    ["全县养老机构42家,其中民办37家,上年为35家,今年新建7家。"],
    ["全县养老床位6180张,其中护理型床位3890张,较上年增长10.2%,上年为5610张。"],
  ])("%s passes", (line) => {
    expect(inReport(2024, line)).toEqual([]);
  });

  test.each([
    ["全县养老机构42家,其中民办37家,公办8家。", "42家"],
    ["全县养老机构42家,其中民办37家、公办8家,上年为35家。", "42家"],
    ["全县发放低保资金6825万元,其中城市低保资金5350万元,农村低保资金2610万元。", "6825万元"],
    // The first part's label is never screened: a breakdown may open with last year's carry-over.
    ["安排资金500万元,其中上年结转资金200万元,本年新增资金350万元。", "500万元"],
  ])("%s is still found", (line, chars) => {
    expect(inReport(2024, line)).toEqual([`sum-mismatch:${chars}`]);
  });

  test("parts cut by year are still added up", () => {
    expect(inReport(2023, "十四五以来共建成社区养老服务站120个,其中2021年30个,2022年40个,2023年60个。")).toEqual(["sum-mismatch:120个"]);
    expect(inReport(2023, "十四五以来共建成社区养老服务站130个,其中2021年30个,2022年40个,2023年60个。")).toEqual([]);
  });
});

describe("growth-mismatch: a 其中 part between the total and its comparison", () => {
  const g = (line: string) => growth(`安溪县民政局2021年工作总结\n\n${line}`);

  test.each([
    ["全县社会组织712家,其中社会团体298家,较上年末的689家增长3.3%。"],
    ["全县社会组织712家,其中社会团体298家,较上年末增加23家,增长3.3%。"],
    ["全县社会组织712家,其中社会团体298家,较上年末的689家增加23家,增长3.3%。"],
    ["全县养老床位6180张,其中护理型床位3890张,较上年增长10.2%,上年为5610张。"],
    ["全县养老床位6180张,其中护理型床位3890张,同比增长10.2%,上年同期为5610张。"],
    ["全县社会组织712家,其中社会团体298家、民办非企业单位406家、基金会8家,较上年末增加23家,增长3.3%。"],
    ["全县社会组织712家(其中社会团体298家),较上年末增加23家,增长3.3%。"],
    // The part may be meant as well: 214/202 − 1 = 5.9%.
    ["全县特困人员862人,其中集中供养214人,较上年增加12人,增长5.9%。"],
    ["全县募集善款2.86亿元(含定向捐赠1.2亿元),比上年的2.55亿元增长12.2%。"],
  ])("%s passes", (line) => {
    expect(g(line)).toEqual([]);
  });

  test.each([
    ["全县社会组织712家,其中社会团体298家,较上年末的689家增长5.3%。", "5.3% → 3.3"],
    ["全县社会组织712家,其中社会团体298家,较上年末的689家增加23家,增长5.3%。", "5.3% → 3.3"],
    ["全县养老床位6180张,其中护理型床位3890张,同比增长12.2%,上年同期为5610张。", "12.2% → 10.2"],
    // Neither fits: the reading nearer the stated rate is reported.
    ["全县特困人员862人,其中集中供养214人,较上年增加12人,增长9%。", "9% → 5.9"],
    // The last item of a 、-list cannot be meant (8 − 23 < 0): the total is.
    ["全县社会组织712家,其中社会团体298家、民办非企业单位406家、基金会8家,较上年末增加23家,增长3.6%。", "3.6% → 3.3"],
    // A bracket of parts after the total: the comparison after it is about the total.
    ["全县社会组织712家(其中社会团体298家),较上年末增加23家,增长3.6%。", "3.6% → 3.3"],
    ["全县募集善款2.86亿元(含定向捐赠1.2亿元),比上年的2.55亿元增长15.2%。", "15.2% → 12.2"],
  ])("%s → %s", (line, found) => {
    expect(g(line)).toEqual([found]);
  });

  test("a total without parts is judged as before", () => {
    expect(g("全县社会组织712家,较上年末增加23家,增长3.6%。")).toEqual(["3.6% → 3.3"]);
  });
});

describe("sum-mismatch: what is new this year cuts across the other parts", () => {
  test("其中民办37家,新增20家 is no breakdown of 42家", () => {
    expect(inReport(2024, "全县养老机构42家,其中民办37家,新增20家。")).toEqual([]);
    expect(inReport(2024, "全县养老机构42家,其中新增20家,改扩建25家。")).toEqual(["sum-mismatch:42家"]);
  });
});
