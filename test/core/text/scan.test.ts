import { scanQuantities } from "../../../src/core/text";

/** kind:text of each mention. */
function kinds(text: string): string[] {
  return scanQuantities(text).map((m) => `${m.kind}:${m.text}`);
}

describe("scanQuantities", () => {
  test("figures with scale, bounds and units, spans in UTF-16 units", () => {
    const text = "慈善募捐款物达到4.48亿元,帮扶解决需求1.6万余个,服务时长累计约100多万小时。";
    const ms = scanQuantities(text);
    expect(ms.map((m) => m.text)).toEqual(["4.48亿元", "1.6万余个", "约100多万小时"]);
    for (const m of ms) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
    expect(ms[0].quantity).toMatchObject({ number: 448000000, unit: "元", scaleWord: "亿", decimals: 2 });
    expect(ms[2].quantity).toMatchObject({ unit: "小时" });
    expect(ms[2].quantity!.bound).not.toBe("exact");
  });

  test("ranges are one mention", () => {
    expect(kinds("给予6—12个月的减退期,79-80岁,争创1-2家,1--10月累计")).toEqual(["quantity:6—12个月", "quantity:79-80岁", "quantity:1-2家", "date:1--10月"]);
    expect(scanQuantities("给予6—12个月")[0].quantity!.range).toEqual([6, 12]);
  });

  test("years, dates and times of day", () => {
    expect(kinds("2022年10月,5月18日,发布时间:2024-01-02 15:57,《方案(2020-2022年)》")).toEqual([
      "year:2022年",
      "date:10月",
      "date:5月",
      "date:18日",
      "date:2024-01-02",
      "date:15:57",
      "year:2020-2022年",
    ]);
    // In Chinese digits, one character a digit: a year, not a figure of 2024 years.
    expect(kinds("二〇二四年,二○二三年度,一九九八年,两千三百人")).toEqual(["year:二〇二四年", "year:二○二三年度", "year:一九九八年", "quantity:两千三百人"]);
    expect(scanQuantities("二〇二四年")[0].years).toEqual([2024]);
    // Five digits with a 〇 among them: a year typed wrong, kept as one for suspicious-year.
    expect(scanQuantities("二〇二二四年")[0]).toMatchObject({ kind: "year", digits: "20224" });
    expect(kinds("一二三四五年")[0]).not.toMatch(/^year:/);
    const range = scanQuantities("(2021—2023年)")[0];
    expect(range.years).toEqual([2021, 2023]);
    expect(kinds("202324年,2023年度")).toEqual(["year:202324年", "year:2023年度"]);
  });

  test("names, codes and numbering are not quantities", () => {
    expect(kinds("鄂防指发〔2020〕22号、66号")).toEqual(["identifier:2020", "label:22号", "label:66号"]);
    expect(kinds("健全“1+3+3”模式,落实“1261”行动计划,“1+5+N”网络")).toEqual(["identifier:1+3+3", "identifier:1261", "identifier:1+5+N"]);
    expect(kinds("电话0728-6221234,手机13800138000")).toEqual(["identifier:0728-6221234", "identifier:13800138000"]);
    expect(kinds("1.落实各项政策\n2、推进工作(3)完成")).toEqual(["label:1.", "label:2、", "label:3)"]);
  });

  test("ordinals, Arabic and Chinese", () => {
    expect(kinds("召开第四次全体会议,排名全省第4,第二批")).toEqual(["ordinal:四次", "ordinal:4", "ordinal:二批"]);
  });

  test("Chinese numerals count only before a unit; slogans are no figures", () => {
    expect(kinds("市级四批次,两千三百人,“十四五”规划,一体推进")).toEqual(["quantity:四批次", "quantity:两千三百人"]);
    expect(scanQuantities("两千三百人")[0].quantity!.number).toBe(2300);
  });

  test("bare numbers and scale words without unit", () => {
    expect(kinds("在册低保对象5647户,8204,向全市8.9万对象发放")).toEqual(["quantity:5647户", "bare:8204", "quantity:8.9万"]);
    expect(scanQuantities("8.9万对象")[0].unit).toBeNull();
  });

  test("each mention knows its line and sentence", () => {
    const text = "第一句没有数。\n第二句有3个。";
    const [m] = scanQuantities(text);
    expect(m.line).toBe(2);
    expect(text.slice(m.sentence.offset, m.sentence.offset + m.sentence.length)).toBe("第二句有3个。");
  });

  test("full-width digits and thousands separators", () => {
    expect(kinds("共１２３人,资金1,407万元")).toEqual(["quantity:１２３人", "quantity:1,407万元"]);
    expect(scanQuantities("资金1,407万元")[0].quantity!.number).toBe(14070000);
  });
});
