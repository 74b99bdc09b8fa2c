import { flagged } from "./flagging";

const report = (meta: string) =>
  ["某区民政局2019年工作总结", meta, "", "2018年,区民政局围绕底线民生,各项工作稳步推进。", "一、主要工作", "(一)社会救助。全年发放低保金1200万元。", "(二)养老服务。新建养老床位300张。"].join("\n");

describe("period-mismatch: the date a report is out by says whether its title or its body names the wrong year", () => {
  test("published in January 2020: the 2019 title is borne out, the body's 2018 is the slip, said there alone", () => {
    expect(flagged(report("发布时间:2020-01-08  来源:某区民政局"))).toEqual(["period-mismatch:2018年"]);
  });
  test("with no date the title is said too: either may be the one changed", () => {
    expect(flagged(report(""))).toEqual(["period-mismatch:2019年", "period-mismatch:2018年"]);
  });
  test("published in January 2019, as a report of 2018 would be: the title is said too", () => {
    expect(flagged(report("发布时间:2019-01-08"))).toEqual(["period-mismatch:2019年", "period-mismatch:2018年"]);
  });
});

describe("suspicious-year: the base of a comparison after the report's year", () => {
  test.each([
    ["养老机构床位由2026年的3680张提高到4520张。", "2026年"],
    ["养老床位较2026年增加300张。", "2026年"],
  ])("%s in a 2023 report", (text, chars) => {
    expect(flagged(text, { year: 2023 })).toEqual([`suspicious-year:${chars}`]);
  });
  test.each([["床位由2022年的3680张提高到4520张。"], ["到2026年,床位由3680张提高到5000张。"], ["较2023年初增加300张。"]])("%s passes", (text) => {
    expect(flagged(text, { year: 2023 })).toEqual([]);
  });
});

describe("suspicious-year: a document number's year", () => {
  test("not four digits: 〔20191〕", () => {
    expect(flagged("按照亭民〔20191〕31号文件要求,开展排查。", { year: 2019 })).toEqual(["suspicious-year:20191"]);
  });
  test("after the half-year report that cites it", () => {
    const text = ["某区民政局2026年上半年工作总结", "按照红民发〔2027〕7号文件,开通救助热线。", "一、主要工作", "(一)社会救助。发放低保金1086万元。"].join("\n");
    expect(flagged(text)).toEqual(["suspicious-year:2027"]);
    expect(flagged(text.replace("〔2027〕", "〔2026〕"))).toEqual([]);
  });
  test("a year's report is written in the year after: it may cite that year's documents", () => {
    expect(flagged("根据民发〔2024〕5号文件,做好年终总结。", { year: 2023 })).toEqual([]);
    expect(flagged("根据民发〔2025〕5号文件,做好年终总结。", { year: 2023 })).toEqual(["suspicious-year:2025"]);
  });
});

describe("non-integer-count: 个 of a list in 百分点", () => {
  test("分别提高6.3个、7.7个百分点 counts no things", () => {
    expect(flagged("城乡低保标准分别提高6.3个、7.7个百分点。", { year: 2021 })).toEqual([]);
  });
  test("6.3个、7.7个站点 does", () => {
    expect(flagged("新建6.3个、7.7个站点。", { year: 2021 })).toEqual(["non-integer-count:6.3个", "non-integer-count:7.7个"]);
  });
});

describe("probe 30: a sentence dated in the year after; a figure 折合", () => {
  test("2025年3月,…完成了2024年度…年检 in a 2024 report tells of 2025: no slip", () => {
    expect(flagged("2025年3月,我局完成了2024年度社会组织年检工作,参检9875家。", { year: 2024 })).toEqual([]);
    expect(flagged("我局完成了2024年度社会组织年检工作,参检9875家。", { year: 2024 })).toEqual(["suspicious-year:2024年度"]);
  });
  test("折合 a figure of whole things may be a fraction (full-time equivalents)", () => {
    expect(flagged("全年折合新增全日制岗位4.5个。", { year: 2024 })).toEqual([]);
    expect(flagged("全年新增全日制岗位4.5个。", { year: 2024 })).toEqual(["non-integer-count:4.5个"]);
  });
});
