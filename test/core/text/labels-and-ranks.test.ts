import { flagged } from "./flagging";

describe("unit-without-number: a unit named as the unit of what follows is no figure", () => {
  test.each([["(文中金额单位除注明外均为万元。)"], ["计量单位为万元。"], ["标准单位为元/人·月。"], ["以万元为单位统计。"]])("%s", (text) => {
    expect(flagged(text)).toEqual([]);
  });
  test("a unit whose number was lost is still found beside them", () => {
    expect(flagged("单位为万元。全市共筹集民生保障资金亿元。")).toEqual(["unit-without-number:亿元"]);
    expect(flagged("发放资金万元,单位负责人签字。")).toEqual(["unit-without-number:万元"]);
  });
});

describe("missing-ordinal: template brackets, circles and lost characters where the number goes; a rank that lost its number", () => {
  test.each([
    ["筹办第（ ）届慈善晚会。", "第（ ）届"],
    ["开展第( )届评选。", "第( )届"],
    ["开展第○届评选。", "第○届"],
    ["开展第?轮督查。", "第?轮"],
    ["连续3年排名全省第。", "第"],
    ["综合考评位居全市第,受到表彰。", "第"],
  ])("%s → %s", (text, chars) => {
    expect(flagged(text)).toEqual([`missing-ordinal:${chars}`]);
  });
  test.each([["开展第(一)届评选。"], ["居全省第一。"], ["位居全市第1。"], ["次第展开。"], ["第二○届。"]])("%s", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

test("单位 naming an organisation's members is no unit label: 成员单位增至个 lost its number", () => {
  expect(flagged("设立市老龄委,成员单位增至个。")).toEqual(["unit-without-number:个"]);
});

describe("unit-without-number: a duration, a length or a multiple whose number was lost", () => {
  test.each([
    ["平均受理时长个工作日。", "个工作日"],
    ["检查界线长度公里。", "公里"],
    ["办理时限缩短至个工作日。", "个工作日"],
    ["是上年的倍。", "倍"],
  ])("%s → %s", (text, chars) => {
    expect(flagged(text)).toEqual([`unit-without-number:${chars}`]);
  });
  test.each([["平均受理时长5个工作日,缩短至3个工作日以内。"], ["界线长度12公里。"], ["是上年的2倍。"], ["是3的倍数。"], ["统计办理时限天数。"], ["时长1小时。"]])("%s", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe("period-mismatch: a five-year plan's name said of a year a few words on, or of a year in Chinese digits", () => {
  test.each([
    ["2020年是全面建成小康社会和“十四五”规划收官之年。", "十四五"],
    ["二〇二五年是“十五五”规划开局之年。", "十五五"],
    ["2021年是“十三五”开局之年。", "十三五"],
  ])("%s → %s", (text, chars) => {
    expect(flagged(text)).toEqual([`period-mismatch:${chars}`]);
  });
  test.each([
    ["2021年是建党100周年,是“十四五”开局之年。"],
    ["2020年是“十三五”规划收官之年,2021年是“十四五”开局之年。"],
    ["2025年是“十四五”规划收官之年,也是谋划“十五五”的关键之年。"],
    ["二〇二〇年是全面建成小康社会和“十三五”规划收官之年。"],
  ])("%s", (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

test("suspicious-year: a year of five digits in Chinese digits (二〇二二四年)", () => {
  expect(flagged("二〇二二四年,市民政局坚持以人民为中心。", { year: 2024 })).toEqual(["suspicious-year:二〇二二四年"]);
  expect(flagged("二〇二四年,市民政局坚持以人民为中心。", { year: 2024 })).toEqual([]);
});

test("implausible-quantity: a figure with two decimal points (1.2.4万元); dates and section numbers are not", () => {
  expect(flagged("发放慰问金1.2.4万元。")).toEqual(["implausible-quantity:1.2.4万元"]);
  expect(flagged("1.2.4 养老服务。于2023.9.26获评。版本2.0.1发布。")).toEqual([]);
});

test("suspicious-year: a year and its month run together (20227月)", () => {
  expect(flagged("自20227月1日起,提高低保标准。", { year: 2022 })).toEqual(["suspicious-year:20227月"]);
  expect(flagged("自2022年7月1日起,提高低保标准。共服务12345人。", { year: 2022 })).toEqual([]);
});

test("period-mismatch: the year before named as another year (上年同期为2023年… in a 2025 report)", () => {
  expect(flagged("注:上年同期为2023年1-6月数据。", { year: 2025 })).toEqual(["period-mismatch:2023年"]);
  expect(flagged("注:上年同期为2024年1-6月数据。较上年(2024年)增长5%。", { year: 2025 })).toEqual([]);
});

describe("false alarms of report text (probe 19)", () => {
  test("last year's 年检/年报 in a one-sentence plan item, and 上年同期为 a year, are no period of the heading", () => {
    const text = "某县民政局2023年工作总结和2024年工作计划\n一、2023年工作完成情况\n(一)社会救助。全年发放救助资金1.2亿元。\n(二)上年同期为2022年全年数据。\n二、2024年工作计划\n(一)3月底前完成2023年度社会组织年检,全年新增养老床位500张。\n";
    expect(flagged(text)).toEqual([]);
    expect(flagged(text.replace("(一)3月底前完成2023年度", "(一)3月底前完成2021年度"))).toEqual(["period-mismatch:2021年"]);
  });
  test("a count in 户 beside its count in 人 at a plausible size of household is no year replaced", () => {
    expect(flagged("全区共有低保对象12020户18956人。", { year: 2020 })).toEqual([]);
    expect(flagged("全区共有低保对象12020户。", { year: 2020 })).toEqual(["implausible-quantity:12020户"]);
  });
  test("约 at the end of a word is no 约 before a lost number", () => {
    expect(flagged("困难老人签约家庭医生实现全覆盖,预约人数达到230人,村规民约人人知晓,节约用地。")).toEqual([]);
    expect(flagged("占地面积约亩。")).toEqual(["unit-without-number:约亩"]);
  });
  test("shares of 女性 in two different wholes (城市低保对象中…, 农村低保对象中…) are not added", () => {
    expect(flagged("城市低保对象中女性占55%,农村低保对象中女性占52%。")).toEqual([]);
    expect(flagged("在册低保对象中,农村低保对象占83.6%、城市低保对象占26.4%。")).toEqual(["sum-mismatch:83.6%、城市低保对象占26.4%"]);
  });
});

test("a unit after a full-width colon or bracket is a label (金额单位：万元, （万人）)", () => {
  expect(flagged("金额单位：万元。数据口径：万人。（万人）")).toEqual([]);
  expect(flagged("筹集民生保障资金亿元。")).toEqual(["unit-without-number:亿元"]);
});
