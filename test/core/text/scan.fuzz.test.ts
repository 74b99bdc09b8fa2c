import fc from "fast-check";
import { lintText, scanQuantities } from "../../../src/core/text";
import { bestOf, scalesLinearly as linear } from "../linear";

/**
 * The scanner and the rules walk user text by hand (no backtracking regexes over it), so they must
 * be total and linear. Strings up to Excel's 32,767-character cell limit, random over the
 * characters the rules react to, and adversarial repetitions of each trigger.
 */
const MAX = 32767;
const PIECES = [
  ..."0123456789０１２３４５６７８９.,,。、;:()()《》“”〔〕-—~至到+十xX×%％㎡ \n\r",
  "万", "亿", "元", "人", "户", "个", "名", "次", "届", "批", "第", "年", "月", "日", "号", "约", "近", "余", "多", "其中", "共", "率",
  "覆盖率", "完成率", "增长", "亩", "平方米", "周岁", "一", "两", "三", "四", "十", "百", "千", "工作总结", "2024年", "2020年", "计划", "已完成", "一、", "(一)",
  "现将", "如下", "累计", "共计", "以上", "满意度", "情况", "二〇二四年", "索引号", "_", "X",
  "补助", "较上年增加", "日均", "年报", "具", "双", "公办", "护理型",
  "残疾人", "批次", "对", "登记", "区级", "人人", "个人",
  "2032年", "新增", "出台", "提高到", "主要成效", "自", "年度", "获批",
  "余", "增幅", "和", "元/月", "部门", "方", "位", "入选", "2034年", "完成", "家", "张", "项", "之家",
];
const piece = fc.constantFrom(...PIECES);
const reportish = fc.array(piece, { maxLength: 4000 }).map((a) => a.join("").slice(0, MAX));

describe("scanner and lint over arbitrary text", () => {
  test("never throw; spans stay inside the text, in order, without overlap", () => {
    fc.assert(
      fc.property(fc.oneof(reportish, fc.string({ maxLength: MAX, unit: "grapheme" })), (text) => {
        const mentions = scanQuantities(text);
        let end = 0;
        for (const m of mentions) {
          expect(m.offset).toBeGreaterThanOrEqual(end);
          expect(m.length).toBeGreaterThan(0);
          expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
          end = m.offset + m.length;
        }
        expect(end).toBeLessThanOrEqual(text.length);
        for (const f of [...lintText(text), ...lintText(text, { year: 2024, locale: "en-US" })]) {
          expect(f.offset! + f.length!).toBeLessThanOrEqual(text.length);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(typeof f.message).toBe("string");
        }
      }),
      { numRuns: 60 },
    );
  });

  // Linear time (../linear): the whole lint, best of three on 32,767 characters against 8,191; a
  // run under half a second passes whatever the ratio.
  const scalesLinearly = (unit: string) => linear(unit, MAX, (text) => bestOf(3, () => lintText(text, { year: 2024 })), { floorMs: 0.5, passMs: 500 });
  const TRIGGERS = [
    "1", "1-", "1,", " 1", "1.", "万", "万元", "第", "其中", "其中1个", "《》", "《", "约", "x", "1x", "“1", "2024年", "202400件", "1人", "1个(其中", "、1", "率1000%", "亩", "9,共", "㎡7-3", "。\n一、2020年工作情况\n",
    "约万元", "万名党员进万家", "补助元", "其中1家、2家,3家", "1元、2、3元", "均1.2对,较上年增加1.2对", "\n2022年,", "2023年度年报", "1具", "护理型1张、公办1张",
    "困难残疾人1名,重度残疾人名", "市级1批次、区级批次、", "登记1对,登记对,",
    "\n一、主要成效\n2032年,新增", "自2032年7月1日起,提高到。", "获批2032年度", "2032年1", "组织万名志愿者,达万名", "(二)2032年工作打算\n",
    "增长%", ",%以上", "余个", "共计余人", "1元/月、元/月", "1元和元,", "1元(元)", "1X.02亿元", "70XX余套", "6x%", "1x.", "202400万元", "部门第位", "第方",
    "入选2034年度首批", "2023年工作总结和2023年工作思路\n", "完成个基层", "累计新增慈善组织家,", "新增“食堂”处。", "新增新增新增个", "组织组织家",
    "骨灰堂11、治丧点", "“会客厅”19、", "提高至1,", "登记54,管理2个", "第4,公益金2亿,",
    "男性占51%、女性占49%,", "有120%的村", "1家(含1家)、", "包括1个、", "共1名(1名、1名)", "二〇二四年", "二〇二二四年", "时长个工作日", "第（ ）届", "上年同期为2023年",
    "2023.9.26获评", "1—9月累计", "2020年是“十四五”规划收官之年", "1.2.4万元", "20227月", "4862户7315人,较上年减少126户,增长2.5%", "同比增长7.6%,较上年增加1万元",
    "民发〔20191〕31号", "〔2027〕7号", "〔 2027 〕", "由2026年的1张", "较2026年同期增加", "一季度1万元、二季度1万元,合计2万元", "1家、2家、3家(含", "1.3个、2.4个、", "同时属于重复计算", "1个乡镇、2个村,其中1个、", "人次达1.2万,", "每千户1名", "1户,为年度目标1户的9%", "目标(1张)的9%", "年度目标1户,完成率9%", "应参检1家,实际参检1家,参检率9%", "1元,1人,人均9元", "户均救助9元", "1户,完成率9%,年度目标1户", "完成率9%(目标1户)", "1户1人,1元,户均9元、人均9元、",
    "2023年1户、2024年2、", "5A级1家、4A级2、", "第1批1个、第2批2、", "(3张)的1%,其中1张、", "净增1张,其中新增2张、", "1亿元,其中1亿元、2亿元、", "1人次,其中1人次、1人次、", "(其中1人、2人;其中", "较上年的1个,其中",
    "1对,为上年的1%(上年1对)", "为上年1对的1%", "1对(上年同期1对),相当于上年同期的1%", "是上年的是上年的1%",
  ];
  test.each(TRIGGERS)("stays linear on %j repeated to 32,767 characters", (unit) => {
    expect(scalesLinearly(unit)).toMatchObject({ linear: true });
  });

  test("property: any text with a random trigger repeated scales linearly", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (units) => {
        expect(scalesLinearly(units.join(""))).toMatchObject({ linear: true });
      }),
      { numRuns: 12 },
    );
  });
});

describe("a long document with one slip repeated", () => {
  // Each rule's hits are gathered one by one: 150,000 of them spread into a push overflowed the stack.
  test.each([
    ["新增养老床位XX张,", 150_000],
    ["召开第届会议,", 150_000],
    ["重度残疾人14.3名,", 150_000],
  ])("%j × %d: one finding each, no stack overflow", (piece, times) => {
    expect(lintText(piece.repeat(times), { year: 2024 })).toHaveLength(times);
  });
});

describe("scanner finds figures wherever they stand", () => {
  const UNITS = ["元", "万元", "亿元", "人", "万人次", "户", "个", "家", "张", "%", "平方米", "元/月", "小时"];
  const FILLER = ["全市共有", "累计发放", ",", "。", "其中", "惠及困难群众", "达到", "\n", "新增", "目前"];
  test("every figure written with a unit comes back with its exact span and number", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...FILLER), fc.integer({ min: 1, max: 99999 }), fc.constantFrom(...UNITS)), { minLength: 1, maxLength: 30 }),
        (parts) => {
          let text = "";
          const expected: { offset: number; text: string; n: number }[] = [];
          for (const [filler, n, unit] of parts) {
            text += filler;
            expected.push({ offset: text.length, text: `${n}${unit}`, n });
            text += `${n}${unit}`;
          }
          const found = scanQuantities(text).filter((m) => m.kind === "quantity");
          expect(found.map((m) => ({ offset: m.offset, text: m.text }))).toEqual(expected.map(({ offset, text }) => ({ offset, text })));
          found.forEach((m, k) => expect(m.quantity!.number).toBe(expected[k].n * (m.quantity!.scale ?? 1)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
