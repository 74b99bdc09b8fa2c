import { lintText } from "../../../src/core/text";

/** The sum-mismatch findings of `text` as `flagged characters→expected: message`. */
const sums = (text: string) =>
  lintText(text, { year: 2025 })
    .filter((f) => f.code === "sum-mismatch")
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)}→${f.expected}: ${f.message}`);

/** Every finding of `text`, any code. */
const all = (text: string) => lintText(text, { year: 2025 }).map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)}`);

describe("sum-mismatch: a total that lost its 万 under parts that kept it", () => {
  test("412.6元 over parts of 236.8万元 and 98.5万元: the total, read as 412.6万元, holds them", () => {
    const found = sums("全年支出救助经费412.6元,其中生活救助和医疗救治费用236.8万元、护送返乡费用98.5万元。");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^412\.6元→4126000: /);
    expect(found[0]).toContain("335.3万元");
    expect(found[0]).toContain("应为 412.6万元");
  });
  test("the same with 亿", () => {
    expect(sums("全年筹集资金3.2元,其中中央资金1.8亿元、省级资金0.9亿元。")).toHaveLength(1);
  });
});

describe("sum-mismatch: parts counted in different classifiers of things", () => {
  test("分别为 道路街巷86条、住宅小区43个、桥梁16座 of 127条", () => {
    const found = sums("全年审核地名127条,分别为道路街巷86条、住宅小区43个、桥梁16座。");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^127条→145: .*145条/);
  });
  test("after a list of the nouns it counts (道路、桥梁、住宅小区等地名127条)", () => {
    expect(sums("全年审核命名、更名道路、桥梁、住宅小区等地名127条,分别为道路街巷86条、住宅小区43个、桥梁16座。")).toHaveLength(1);
  });
  test("found once when the parts in the total's classifier exceed it already", () => {
    expect(sums("全年审核地名127条,其中道路街巷86条、住宅小区43个、背街小巷50条。")).toHaveLength(1);
  });
  test("the same with 其中", () => {
    const found = sums("全年审核地名127条,其中道路街巷86条、住宅小区43个、桥梁16座。");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^127条→145: .*145条/);
  });
});

describe("sum-mismatch: a partition announced by 分区县看, 按…分", () => {
  test("分区县看, six areas adding up to 720张 of 620张", () => {
    const found = sums("第三季度新建家庭养老床位620张,分区县看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张、嵊州市50张、新昌县40张。");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^620张→720: .*分区县看.*720张/);
  });
  test("the partition opens the sentence after its total's", () => {
    expect(sums("第三季度新建家庭养老床位620张。从区域看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张。")).toHaveLength(1);
  });
  test("the partition cuts a part named after 其中 in its sentence", () => {
    const found = sums("前三季度全市累计新建家庭养老床位1560张。其中第三季度新建620张,较二季度的500张环比增长24%;分区县看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张、嵊州市50张、新昌县40张。");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^620张→720: /);
  });
  test("按生活自理能力分, after a 其中 of the same total", () => {
    const found = sums("特困供养人员3416人,其中集中供养986人、分散供养2430人;按生活自理能力分,全自理2104人、半护理857人、全护理555人。");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^3416人→3516: /);
  });
});

/** The text with full-width commas, semicolons and colons, as most reports write them. */
const fullWidth = (text: string) => text.replace(/,/g, "\uff0c").replace(/;/g, "\uff1b").replace(/:/g, "\uff1a");

describe("the same with full-width punctuation", () => {
  test.each([
    "全年支出救助经费412.6元,其中生活救助和医疗救治费用236.8万元、护送返乡费用98.5万元。",
    "全年审核地名127条,分别为道路街巷86条、住宅小区43个、桥梁16座。",
    "全年审核地名127条,其中:道路街巷86条、住宅小区43个、桥梁16座。",
    "第三季度新建家庭养老床位620张,分区县看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张、嵊州市50张、新昌县40张。",
    "特困供养人员3416人,其中集中供养986人、分散供养2430人;按生活自理能力分,全自理2104人、半护理857人、全护理555人。",
  ])("one finding: %s", (text) => {
    expect(sums(fullWidth(text))).toHaveLength(1);
  });
});

describe("breakdowns that add up, or do not claim to, stay silent", () => {
  test.each([
    // Lost scale: the total has its 万, or the parts are of another order, or a standard per head.
    "全年支出救助经费412.6万元,其中生活救助和医疗救治费用236.8万元、护送返乡费用98.5万元。",
    "全年筹集资金3.2亿元,其中中央资金18000万元、省级资金9000万元。",
    "全市低保标准提高到每人每月820元,其中城市低保资金1.2亿元、农村低保资金2.3亿元。",
    "发放资金2.86亿元,其中中央资金1.12亿元、省级资金9800万元、县级资金7600万元。",
    // Classifiers: under the total, or things the members hold, or persons and households.
    "全年审核地名127条,分别为道路街巷76条、住宅小区35个、桥梁16座。",
    "全年审核地名127条,其中道路街巷68条、住宅小区33个。",
    "全市建成居家养老服务中心86个,其中配备床位1200张、助餐点45个。",
    "全县建成村级综合服务中心268个,其中配套建设文化广场156处、卫生室142所。",
    "全市登记社会组织128家,其中社会团体86家、民办非企业单位45个以上。",
    "全县低保对象4128户,其中城市低保1230户、农村低保5963人。",
    "全区有养老机构32家,其中公办机构18家、床位2860张、护理员346名。",
    "全年审核地名127条,其中道路街巷86条、住宅小区约43个、桥梁16座。",
    "全区8个乡镇、96个村,其中建制村78个、社区18个、街道8个、镇5座。",
    // Partitions: areas that add up exactly, under the total, or approximate; thresholds that nest.
    "第三季度新建家庭养老床位720张,分区县看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张、嵊州市50张、新昌县40张。",
    "第三季度新建家庭养老床位620张,分区县看,越城区168张、柯桥区152张、上虞区136张等。",
    "第三季度新建家庭养老床位约620张,分区县看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张。",
    "全市养老床位5.2万张,其中新建620张,分区县看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张。",
    "全市养老床位较上年增加620张,分区县看,越城区168张、柯桥区152张、上虞区136张、诸暨市174张。",
    "全市新建助餐点312个,从区域看,越城区新建86个、柯桥区72个、上虞区64个,其余分布在诸暨、嵊州、新昌。",
    "全市发放补贴2.3亿元,分区县看,越城区5600万元、柯桥区4800万元、上虞区4200万元、诸暨市5100万元、嵊州市1800万元、新昌县1500万元。",
    "全市老年人口128.6万人,按年龄分,60周岁以上128.6万人、70周岁以上62.3万人、80周岁以上19.5万人。",
    "特困供养人员3416人,其中集中供养986人、分散供养2430人;按生活自理能力分,全自理2104人、半护理757人、全护理555人。",
    "第三季度新建家庭养老床位620张,分区县看,越城区168张,同比增长12%;柯桥区较上年增加152张。",
    "全市共有社区456个,分区县看,越城区新建养老服务站86个、柯桥区72个、上虞区64个,覆盖率达78%。",
    "前三季度全市累计新建家庭养老床位1560张,其中第三季度新建620张;分区县看,越城区468张、柯桥区352张、上虞区336张、诸暨市374张。",
    "全市新建家庭养老床位620张,分区县看,越城区共有床位3200张、柯桥区2800张、上虞区2600张。",
    "全年审核地名127条,其中道路街巷86条、住宅小区43个、覆盖村庄212个。",
    // The partition's total is before a sentence of parts (其中…), not among them.
    "全市共有登记社会组织2846家,较上年末增加68家。其中社会团体1182家、民办非企业单位1598家、基金会66家。按登记层级分,市级登记1036家、镇街登记1810家。",
    "全市百岁老人412人,每10万名老年人中约有56.7名百岁老人。其中,90—99岁老年人1.86万人,占80岁以上高龄老年人的17.4%。从性别看,女性老年人38.9万人、男性33.7万人。",
  ])("no finding: %s", (text) => {
    expect(all(text)).toEqual([]);
    expect(all(fullWidth(text))).toEqual([]);
  });
});
