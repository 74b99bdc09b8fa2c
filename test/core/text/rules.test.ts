import { lintText, scanQuantities } from "../../../src/core/text";
import { flagged, flagsEach, nothingIn } from "./flagging";

describe("unit-without-number", () => {
  flagsEach("unit-without-number", [
    ["全市共筹集民生保障资金亿元,惠及困难群众30万人次。", "亿元"],
    ["民政事业园计划投资亿元,分二期建设。", "亿元"],
    ["规划建筑面积㎡。", "㎡"],
    ["全市实名注册志愿者人数达万人,完成注册。", "万人"],
    ["占地面积约亩,建筑面积约39600㎡。", "约亩"],
    ["可满足城区万个旧坟搬迁。", "万个"],
    ["为330名对象免除基本殡葬服务费万元。", "万元"],
    ["万元", "万元"],
    ["城乡低保标准提高到元/月。", "元/月"],
    ["今年以来累计救助人次,发放资金238万元。", "人次"],
  ]);

  test.each([
    "服务时长累计约100多万小时。",
    "慈善募捐款物达到4.48亿元。",
    "全市近万人参与,数万元善款,上亿元投资,超万人次。",
    "每万名老年人拥有持证养老护理员数达到24.56人。",
    "走进千家万户,不再是万元户。",
    "金额(万元)",
    "单位:万元",
    "均价5000元/平方米,每平方米补贴100元。",
    "发放补贴两万元,救助十万人次,投入近百万元。",
    "亩均效益提升,每亩补贴。",
    "芜湖万丰园殡葬管理服务有限公司。",
    "深化“万人助万企”活动,入选国家万人计划,建成万亩茶园。",
    "一、民政事业费累计支出亿元30.4\n养老机构床位万张11.3\n最低生活保障平均标准元/人·月1,245.0",
    "他们约定时间,约谈负责人。",
    "单笔万元以上支出须集体决策,亿元级项目另行审批。",
    "全年筹集资金3.2\n亿元,惠及群众。",
    "共有人员12名,达人秀,为人民服务,累计人次数,新增户籍人口。",
  ])("no finding: %s", (text) => {
    expect(flagged(text).filter((f) => f.startsWith("unit-without-number"))).toEqual([]);
  });
});

describe("unit-without-number: money after a grant's verb, 约 before 万元, slogans", () => {
  flagsEach("unit-without-number", [
    ["每人每月补助元。", "元"],
    ["人均减免元,", "元"],
    ["按标准资助元/人。", "元/人"],
    ["项目总投资约万元。", "约万元"],
    ["总投资大约亿元,", "约亿元"],
    ["投入238万元帮扶万户。", "万户"],
    ["注册志愿者达万名,服务时长10万小时。", "万名"],
    ["全市共有党员万名。", "万名"],
  ]);
  nothingIn([
    "发放元旦慰问金,奖励元宵活动获奖者,补助元月份。",
    "投资约1万元,约3亿元。",
    "签约亿元项目3个,签约万元以上项目5个。",
    "开展万名党员进万家活动,组织万名干部联系万户群众。",
    "开展“万名党员进社区”以外,还组织万名志愿者结对帮扶困难老人。",
    "今年组织万名党员干部下基层走访困难群众。",
  ]);
});

describe("unit-without-number: an office's name is no count (救助处, 治理处, 救助所)", () => {
  nothingIn(["市民政局社会救助处处长2024年度述职报告", "我带领社会救助处全体同志,完成了全年任务。", "由社区治理处、安置处牵头,救助所配合。", "社会救助处负责统筹。"]);
  flagsEach("unit-without-number", [
    ["今年新增床位张,", "张"],
    ["新增“孝善食堂”处,", "处"],
  ]);
});

describe("unit-without-number: a list item that kept its name and count unit but lost its number", () => {
  flagsEach("unit-without-number", [
    ["全县共有困难残疾人4020名,重度残疾人名。", "名"],
    ["困难残疾人4020名,其中重度残疾人名,发放补贴120万元。", "名"],
    ["全年开展抽查,市级4批次、区级批次。", "批次"],
    ["全年办理结婚登记3120对,离婚登记对。", "对"],
    ["结婚登记3120对、离婚登记对、补领婚姻登记证537对。", "对"],
    ["特困人员集中供养120人,分散供养人;", "人"],
    ["城市低保1200户,农村低保户。", "户"],
  ]);
  nothingIn([
    "慰问老人300人,关爱孤寡老人。",
    "服务12次,提升层次。",
    "培训个人30人,表彰个人。",
    "新增低保1200户,走访低保户。",
    "服务老人12人,惠及人人。",
    "救助3次,服务人次。",
    "结婚登记3120对、离婚登记1208对。",
    "建成站点12个,覆盖各个。",
    "救助困难群众1200人,其中残疾人。",
    "帮扶困难家庭300户,低收入户。",
    "城市低保对象1200户,农村低保户。",
    "覆盖老年人1200人,受益老年人。",
    "重度残疾人名单已公示,困难残疾人4020名。",
    "困难残疾人4020名。重度残疾人名。",
    "新建幸福院20个,对象为老人,名为“幸福家”。",
  ]);
});

describe("missing-unit", () => {
  test("the last item joined by 和/及, as by 、: 分别惠及5126人和7382", () => {
    expect(flagged("分别惠及5126人和7382。")).toEqual(["missing-unit:7382"]);
    expect(flagged("低保标准每人每月780元及660。")).toEqual(["missing-unit:660"]);
    expect(flagged("分别惠及5126人和7382人,评为2021和2023年度先进。")).toEqual([]);
  });
  test("a bare number after a figure with a unit, alone between separators", () => {
    expect(flagged("2022年10月全区在册低保对象5647户,8204,1--10月累计发放低保资金6664.1万元。")).toEqual(["missing-unit:8204"]);
  });
  test("a scale word without the unit its sibling carries", () => {
    expect(flagged("慈善信托新增资金529.12万,备案资金总量达1099.52万元。")).toEqual(["missing-unit:529.12万"]);
  });
  test("a 、-list whose first figure carries its unit does not share the unit written at the end", () => {
    expect(flagged("照料护理标准分别为180元、720、1440元。")).toEqual(["missing-unit:720"]);
    expect(flagged("结婚登记3120对、离婚登记1208、补领婚姻登记证537对。")).toEqual(["missing-unit:1208"]);
    expect(flagged("照料护理标准分别为180元、720元、1440元。")).toEqual([]);
    expect(flagged("照料护理标准分别为180、720、1440元。")).toEqual([]);
    expect(flagged("开展检查12、15次,发放资金238万元。")).toEqual([]);
    expect(flagged("发放资金238万元、1、2月份完成。")).toEqual([]);
  });
  nothingIn([
    "1、2月份,共开展3、4次检查。",
    "位居市直部门第6、第5位。",
    "健全“1+3+3” 模范机关建设模式。",
    "认真落实“1261”行动计划,打造“12345”工作机制。",
    "服务热线12345,电话0728-6221234,手机13800138000。",
    "鄂防指发〔2020〕22号、66号、97号等文件。",
    "发布时间: 2024-01-02 15:57,2022年1-9月。",
    "向全市8.9万对象发放,20余万群众受益。",
    "全市在册城乡低保对象2918户5295人、9364户21141人。",
    "给予6—12个月的减退期,实行24小时值守。",
  ]);
});

describe("missing-ordinal", () => {
  test("the message quotes what was written (第__届), not a tidied 第届", () => {
    expect(lintText("举办第__届慈善文化节。").map((f) => f.message)).toEqual(["“第__届”缺少序数,应为“第N届”"]);
  });
  test.each(["第届", "第批", "第次", "第期"])("%s", (w) => {
    expect(flagged(`继续运营鸠江区${w}公益创投活动。`)).toEqual([`missing-ordinal:${w}`]);
  });
  test.each(["第 届", "第X届", "第__批"])("%s: a space or a placeholder where the number goes", (w) => {
    expect(flagged(`开展${w}活动。`)).toEqual([`missing-ordinal:${w}`]);
  });
  nothingIn(["召开第四次全体会议", "排名全省第4", "第N届大会", "依次第展开", "书香门第", "第三方机构", "第二批市级清廉建设"]);
});

describe("suspicious-year: years in Chinese digits, and the year a report was published in", () => {
  test("a year in Chinese digits is a year: told as done after the report's year, it is flagged", () => {
    expect(flagged("二〇二四年四月,县民政局牵头完成养老机构消防改造验收。", { year: 2023 })).toEqual(["suspicious-year:二〇二四年"]);
    expect(flagged("二○二三年四月,县民政局牵头完成养老机构消防改造验收。", { year: 2023 })).toEqual([]);
  });
  const published = "市民政局2024年工作总结\n发布时间:2025-01-16 10:12\n";
  test("a year reached only by the publication date: a bare year told as done is a slip, its early months are not", () => {
    expect(flagged(published + "2019年、2021年、2025年三次获评全省先进单位。", { year: 2024 })).toEqual(["suspicious-year:2025年"]);
    expect(flagged(published + "2025年1月,我局获评全省先进单位。2025年以来,已发放救助金120万元。", { year: 2024 })).toEqual([]);
  });
});

describe("suspicious-year", () => {
  test("a letter typed for a digit in a year (2O21年, 20l9年)", () => {
    expect(flagged("2O21年是中国共产党成立100周年,20l9年以来持续推进。")).toEqual(["suspicious-year:2O21年", "suspicious-year:20l9年"]);
    expect(flagged("2021年是开局之年,产品型号A2O21年产500台。")).toEqual([]);
  });
  test("two years run together, or a digit too many", () => {
    expect(flagged("202324年工作总结")).toEqual(["suspicious-year:202324年"]);
    expect(flagged("20234年,全市完成")).toEqual(["suspicious-year:20234年"]);
    expect(flagged("202年度考核")).toEqual(["suspicious-year:202年度"]);
    expect(flagged("2204年3月,完成验收。")).toEqual(["suspicious-year:2204年"]);
  });
  test("a year after the report's year in a sentence about the past", () => {
    expect(flagged("2026年5月,已建成养老服务中心3家。", { year: 2024 })).toEqual(["suspicious-year:2026年"]);
    expect(flagged("2025年5月,已建成养老服务中心3家。", { year: 2024 })).toEqual(["suspicious-year:2025年"]);
    // Without a report year the check is quiet.
    expect(flagged("2026年5月,已建成养老服务中心3家。")).toEqual([]);
  });
  test.each([
    "按照《专项行动计划(2021—2025年)》要求,已完成。",
    "力争到2026年建成养老服务中心3家。",
    "2026年底前完成全部改造。",
    "2023年,全市完成改造。",
    "将于2026年完成。",
    "2025年1月,已完成年度考核。",
    "2025年初,已召开总结会。",
  ])("no finding for a 2024 report: %s", (text) => {
    expect(flagged(text, { year: 2024 })).toEqual([]);
  });
  test("a sentence that opens with a later year and states a done thing, without a past-tense word", () => {
    const text = [
      "某县民政局2023年工作总结",
      "一、2023年工作完成情况",
      "2032年,全县新增养老床位1200张,新建区域养老服务中心3家。",
      "2032年6月,县民政局出台《县特困人员供养服务实施办法》。",
      "自2032年7月1日起,城乡低保标准提高到每人每月1050元。",
      "2032年全县救助流浪乞讨人员325人次。",
      "2032年9月,县福利院通过省级三级养老机构评定。",
    ].join("\n");
    expect(flagged(text)).toEqual(Array(5).fill("suspicious-year:2032年"));
    // A done thing with no review heading over it, and in a review section with no done word.
    expect(flagged("2026年,全县新增养老床位1200张。", { year: 2024 })).toEqual(["suspicious-year:2026年"]);
    expect(flagged("一、主要成效\n2026年,全县养老服务体系更加健全。", { year: 2024 })).toEqual(["suspicious-year:2026年"]);
  });
  test("a year far beyond the report's (more than five years) in a sentence telling what was done, wherever it stands", () => {
    expect(flagged("县福利院于2032年通过省级三级养老机构评定。", { year: 2023 })).toEqual(["suspicious-year:2032年"]);
    // Within five years, the same sentence may be a target: it needs a past word or the year first.
    expect(flagged("县福利院于2026年通过省级三级养老机构评定。", { year: 2023 })).toEqual([]);
  });
  test.each([
    "2025年,全县新增养老床位将达到1500张。",
    "2025年,力争新建区域养老服务中心3家。",
    "2025年计划出台《养老服务条例》实施细则。",
    "到2030年,全县养老床位达到3000张。",
    "2025年是“十四五”规划收官之年,全县新增养老床位目标为1200张。",
    "自2025年起,城乡低保标准提高到每人每月1100元。",
    "2025年1月,县民政局出台《县特困人员供养服务实施办法》。",
    "明年全县新增养老床位500张。2025年新建区域养老服务中心3家,明年投入使用。",
    "已完成2025年度养老服务补贴资金预算编制,获批2025年中央预算内投资项目2个。",
    "全年已提前下达2025年度困难群众救助补助资金3800万元,完成2025年部门预算编制。",
    "全县于2026年新增养老床位1200张。",
  ])("no finding for a 2024 report: %s", (text) => {
    expect(flagged(text, { year: 2024 })).toEqual([]);
  });
  test("a plan heading inside a review section ends it", () => {
    const text = "市民政局2024年工作总结\n一、2024年工作完成情况\n(一)养老服务\n全年新增床位1200张。\n(二)2025年工作打算\n2025年,全县新增养老床位500张。";
    expect(flagged(text)).toEqual([]);
    expect(flagged("市民政局2023年工作总结\n一、2023年工作完成情况\n2024年以来,已走访困难群众1200户。")).toEqual([]);
  });
  test("a review section ends at a plan heading", () => {
    const text = "市民政局2024年工作总结\n一、2024年工作完成情况\n全年新增床位1200张。\n二、2025年工作打算\n2025年,全县养老服务体系更加健全。\n2026年,新建区域养老服务中心3家。";
    expect(flagged(text)).toEqual([]);
  });
  test("a plan section may name later years", () => {
    const text = "市民政局2024年工作总结\n一、2024年工作情况\n全年完成改造。\n二、2025年工作计划\n2026年完成了试点验收。";
    expect(flagged(text)).toEqual([]);
  });
});

describe("implausible-quantity", () => {
  test("fewer people than households (N户M人): a household has at least one", () => {
    expect(flagged("认定低收入家庭1026户968人。")).toEqual(["implausible-quantity:1026户968人"]);
    // A 、 between them may part two things (低保、特困分别为3865户、1376人).
    expect(flagged("低保、特困分别为3865户、1376人。")).toEqual([]);
    expect(flagged("低保对象5647户8204人,特困人员1781户1781人。")).toEqual([]);
    // Rounded, 人次, or apart: nothing certain.
    expect(flagged("低保对象1.2万户1.15万人,临时救助20户18人次,惠及120户,服务98人。")).toEqual([]);
  });
  test("the damage of a find-and-replace of the year", () => {
    expect(flagged("为困难群众发放棉衣202400件。", { year: 2024 })).toEqual(["implausible-quantity:202400件"]);
    expect(flagged("完成12024户改造。", { year: 2024 })).toEqual(["implausible-quantity:12024户"]);
    // Another year, a scale word or no report year: quiet.
    expect(flagged("完成12024户改造,投入12024万元。", { year: 2022 })).toEqual([]);
    expect(flagged("完成12024户改造。")).toEqual([]);
    // A year no report can have is ignored rather than matched inside every figure.
    expect(flagged("完成12024户改造,发放20400件。", { year: 0 })).toEqual([]);
  });
  test("a figure holding the year that its sentence's arithmetic bears out is no find-and-replace", () => {
    // 135 × 150 = 20250; 8000 + 12250 = 20250: a replaced digit would break the equation.
    expect(flagged("为135名困难老人每人发放慰问金150元,合计20250元。", { year: 2025 })).toEqual([]);
    expect(flagged("城区8000元、农村12250元,合计20250元。", { year: 2025 })).toEqual([]);
    // Nothing to bear it out, or the equation off: still the damage it may be.
    expect(flagged("每人发放慰问金150元,合计20250元。", { year: 2025 })).toEqual(["implausible-quantity:20250元"]);
    expect(flagged("为136名困难老人每人发放慰问金150元,合计20250元。", { year: 2025 })).toEqual(["implausible-quantity:20250元"]);
    // A factor that holds the year was replaced with it (2024 × 10 = 20240 before): no witness.
    expect(flagged("为2025名老人每人发放10元,合计20250元。", { year: 2025 })).toEqual(["implausible-quantity:20250元"]);
  });
  test("placeholder letters inside a figure", () => {
    expect(flagged("救助1x5户困难家庭,发放xx万元。")).toEqual(["implausible-quantity:1x5户", "implausible-quantity:xx万元"]);
    expect(flagged("提供7×24小时服务,场地3×4米。")).toEqual([]);
  });
  test("two figures for one thing glued together", () => {
    expect(flagged("发放补贴3.5万元2.1万元。")).toEqual(["implausible-quantity:3.5万元2.1万元"]);
    expect(flagged("监测对象104户243人,低保对象2918户5295人。")).toEqual([]);
  });
  test("counts that cannot be", () => {
    expect(flagged("为180周岁以上老人发放津贴。")).toEqual(["implausible-quantity:180周岁以上"]);
    expect(flagged("2022年13月完成。")).toEqual(["implausible-quantity:13月"]);
    expect(flagged("3月35日召开。")).toEqual(["implausible-quantity:35日"]);
    expect(flagged("80周岁以上(含79-80岁)老人,60日内办结,12月31日前完成。")).toEqual([]);
  });
});

describe("non-integer-count", () => {
  test("a fraction of whole things without a scale word", () => {
    expect(flagged("保障困难残疾人8.2万名、重度残疾人14.3名。")).toEqual(["non-integer-count:14.3名"]);
  });
  test("the change of an average is an average; the change of a count is a count", () => {
    expect(flagged("日均办理结婚登记13.3对,较上年增加1.2对。")).toEqual([]);
    expect(flagged("户均1.53人,较上年减少0.12人。")).toEqual([]);
    expect(flagged("保障困难残疾人8.2万名,较上年增加14.3名。")).toEqual(["non-integer-count:14.3名"]);
    expect(flagged("户均1.53人,新增残疾人14.3名。")).toEqual(["non-integer-count:14.3名"]);
    expect(flagged("户均1.53户,较上年减少0.12人。")).toEqual(["non-integer-count:0.12人"]);
  });
  nothingIn([
    "向全市8.9万人发放。",
    "每万名老年人拥有持证养老护理员数达到24.56人。",
    "户均2.5人,人均1.5次。",
    "推出“添翼计划”2.0版。",
    "提高4.8个百分点,增幅4.8%。",
    "给予2.5个月的过渡期。",
    "入住老人平均年龄75.6岁。",
    "千人养老床位数达到35.2张。",
  ]);
});

describe("counts in the less common classifiers (具 卷 颗 枚 餐 顿 顶 双 盒 袋)", () => {
  test.each([
    ["火化遗体3256.5具。", "non-integer-count:3256.5具"],
    ["整理档案3200.5卷。", "non-integer-count:3200.5卷"],
    ["更换界桩12.5颗。", "non-integer-count:12.5颗"],
    ["火化遗体XX具。", "implausible-quantity:XX具"],
  ])("%s", (text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });
  test("a year pasted into a count of 具", () => {
    expect(flagged("全年火化遗体12024具。", { year: 2024 })).toEqual(["implausible-quantity:12024具"]);
  });
  test("a figure missing its unit among 顶、双、袋 siblings", () => {
    expect(flagged("发放帐篷200顶,1200,大米800袋。")).toEqual(["missing-unit:1200"]);
  });
  nothingIn([
    "发放帐篷200顶、棉鞋1200双、大米800袋、药品30盒,助餐3万餐,界碑3枚。",
    "进一步统一具体标准,完善3具体措施,5具有资质的机构。",
    "开展双拥工作,实现“双百”目标,推行双随机检查,签订一双方协议,2023年双拥模范城创建。",
    "每人一袋米,一双手,整顿3顿饭。",
  ]);
  test("双 is a unit after digits only", () => {
    expect(scanQuantities("棉鞋1200双,一双手,3双拥").map((m) => m.text)).toEqual(["1200双", "3"]);
  });
});

describe("percent-out-of-range", () => {
  test.each([
    ["镇街社工站覆盖率达到180%。", "180%"],
    ["持证率达到130%以上。", "130%以上"],
    ["老年人占比120%。", "120%"],
    ["群众满意度达到105%。", "105%"],
    ["完成任务的人数占比120%。", "120%"],
  ])("%s", (text, chars) => {
    expect(flagged(text)).toEqual([`percent-out-of-range:${chars}`]);
  });
  nothingIn([
    "新增床位1200张,占年度目标任务的120%。",
    "低保资金支出占年度预算的103.5%,发放资金占计划的105%。",
    "培训完成率达158.5%。",
    "较去年全年总量增长60%。",
    "同比分别增长18%、130%。",
    "新一轮意外险赔付率达180.49%。",
    "覆盖率提高120%。",
    "在全省率先实现150%的增长。",
    "覆盖率均达到100%。",
    "病床使用率达到105%。",
  ]);
  test("a clause saying only the level reached takes its subject from the clause before", () => {
    expect(flagged("老年人能力评估覆盖率较上年同期提高12.6个百分点,达到112.6%。")).toEqual(["percent-out-of-range:112.6%"]);
    expect(flagged("培训完成率较上年提高12.6个百分点,达到112.6%。")).toEqual([]);
    expect(flagged("资金较上年增长15%,达到120%。")).toEqual([]);
    expect(flagged("覆盖率较上年提高2.6个百分点,达到92.6%。")).toEqual([]);
  });
  test("有N%的… counts a part of a set", () => {
    expect(flagged("全市有120%的村(社区)建成服务站。")).toEqual(["percent-out-of-range:120%"]);
    expect(flagged("全市有95%的村建成服务站。")).toEqual([]);
    expect(flagged("有120%的增长,完成了120%的任务。")).toEqual([]);
  });
});

describe("sum-mismatch", () => {
  // Attributes of people cut a total across each other: never added up.
  nothingIn([
    "村委会成员1856人,其中女性成员412人、党员1320人、35周岁以下486人。",
    "全县特困人员4260人,其中60周岁以上老年人3520人、残疾人1860人。",
    "农村低保对象8.95万人,其中老年人3.21万人、残疾人2.16万人、未成年人0.95万人、重病患者1.02万人。",
    "特困人员3.18万人,其中集中供养0.86万人、分散供养2.32万人,老年特困人员2.65万人、残疾特困人员1.12万人。",
  ]);
  test("parts on one axis of people still add up: 老年 and 未成年 are apart", () => {
    expect(flagged("全县特困人员4260人,其中老年人3520人、未成年人860人。")).toEqual(["sum-mismatch:4260人"]);
  });
  test("parts listed after 其中 that exceed the total", () => {
    expect(flagged("共建成服务站5个(其中城区3个,农村4个)。")).toEqual(["sum-mismatch:5个"]);
    expect(flagged("备案社区社会组织数量320个。其中成立登记54个,备案管理286个。")).toEqual(["sum-mismatch:320个"]);
  });
  test("parts within the total pass, whatever their number", () => {
    expect(flagged("共开展5批次401人培训(其中市级四批次,区级一批次)。")).toEqual([]);
    expect(flagged("共有监测对象104户243人,其中享受最低生活保障113人,特困供养5人。")).toEqual([]);
    expect(flagged("共1000人,其中城市600人,较上年增加500人。")).toEqual([]);
    // Several candidate totals: the parts must exceed the largest (here 1.2万张, not 新增3000张).
    expect(flagged("全市床位1.2万张,新增床位3000张,其中护理型床位8000张。")).toEqual([]);
    expect(flagged("全市床位1.2万张,新增床位3000张,其中护理型床位9000张、普通床位4000张。")).toEqual(["sum-mismatch:1.2万张"]);
    // An approximate figure may be the total: quiet.
    expect(flagged("共约100人,其中城市60人,农村50人。")).toEqual([]);
    // 人 and 名 count the same people; 人次 and 人 do not add up.
    expect(flagged("服务老人19772人。其中享受政府补贴10710人,自费服务9062名。")).toEqual([]);
    expect(flagged("服务老人19772人。其中享受政府补贴10710人,自费服务10062名。")).toEqual(["sum-mismatch:19772人"]);
    expect(flagged("救助3000人次,其中低保对象2000人,特困人员1500人。")).toEqual([]);
  });
  test("several breakdowns after one 其中 are added up one by one", () => {
    // A comma after a 、-list opens a new breakdown; parts that reach the total close theirs.
    expect(flagged("全市共有养老机构64家,其中公办31家、民办33家,护理型机构28家。")).toEqual([]);
    expect(flagged("全区在册孤儿97名,其中男孩52名、女孩45名,6周岁以下23名。")).toEqual([]);
    expect(flagged("全区在册孤儿97名,其中男孩52名,女孩45名,6周岁以下23名。")).toEqual([]);
    expect(flagged("全市共有养老机构64家,其中公办31家、民办35家,护理型机构28家。")).toEqual(["sum-mismatch:64家"]);
    // Parts labelled on different cuts (care level, ownership) are not one breakdown.
    expect(flagged("全市床位1.28万张,其中护理型床位7980张、公办机构床位6500张。")).toEqual([]);
    expect(flagged("全市床位1.28万张,其中护理型床位7980张、普通床位6500张。")).toEqual(["sum-mismatch:1.28万张"]);
  });
  test("a whole count written in full has no rounding: one too many is found", () => {
    expect(flagged("全县共5个街道(其中城区3个,开发区3个)。")).toEqual(["sum-mismatch:5个"]);
    expect(flagged("养老机构5家,其中公办3家、民办3家")).toEqual(["sum-mismatch:5家"]);
    expect(flagged("养老机构5家,其中公办3家、民办2家")).toEqual([]);
    // 1.28万 may stand for up to 12,849: 12,800 + 40 is within its rounding.
    expect(flagged("床位1.28万张,其中护理型床位8000张、普通床位4840张。")).toEqual([]);
  });
  test("a list with its own total (…,合计N; …,共N; N,分别为…) must add up to it exactly", () => {
    expect(flagged("集中养育孤儿18名、社会散居孤儿96名、事实无人抚养儿童298名,合计402名。")).toEqual(["sum-mismatch:402名"]);
    expect(flagged("全县辖4个街道、3个镇、4个乡,共10个乡镇(街道),行政村67个。")).toEqual(["sum-mismatch:10个"]);
    expect(flagged("社会组织5362家,分别为社会团体2186家、民办非企业单位3258家、基金会18家。")).toEqual(["sum-mismatch:5362家"]);
    // Lists that add up, and figures that are no list of the total (a comma between them, another unit).
    expect(flagged("集中养育孤儿18名、社会散居孤儿96名、事实无人抚养儿童298名,合计412名。")).toEqual([]);
    expect(flagged("全县辖4个街道、3个镇、4个乡,共11个乡镇(街道)。社会组织5462家,分别为社会团体2186家、民办非企业单位3258家、基金会18家。")).toEqual([]);
    expect(flagged("全市有社会组织1200个,新增社会团体50个、基金会3个,合计53个。购买保险,共计3290人,13.16万元。")).toEqual([]);
    // 分别为 with more after a comma: the list may go on; something else after the comma closes it.
    expect(flagged("社会组织5462家,分别为社会团体2186家、民办非企业单位3258家,基金会18家。")).toEqual([]);
    expect(flagged("社会组织5362家,分别为社会团体2186家、民办非企业单位3258家、基金会18家,每万人拥有社会组织10.9个。")).toEqual(["sum-mismatch:5362家"]);
  });
  test("money in the message as reports write it: 15.342亿元, not 1534200000元", () => {
    const [f] = lintText("全市募集善款14.62亿元,其中企业捐赠10.2亿元、个人捐赠5.142亿元。");
    expect(f.message).toBe("“其中”各项合计 15.342亿元,超过总数 14.62亿元");
  });
  test("parts that name properties of the total's members may overlap: not added up", () => {
    // The count first, a verb phrase after it: what some of them have, not a class they fall in.
    expect(flagged("全县共有村(社区)327个,其中186个建成养老服务站、327个配备儿童主任。")).toEqual([]);
    // A relative clause (…的62家) after a first breakdown that already reached the total.
    expect(flagged("养老机构96家,其中公办58家、民办38家,其中通过等级评定的62家、医养结合机构36家。")).toEqual([]);
    // 为 after the count still names a class: a partition that exceeds the total is found.
    expect(flagged("养老机构96家,其中58家为公办、40家为民办。")).toEqual(["sum-mismatch:96家"]);
  });
  test("a count after a list of titles that disagrees with the list", () => {
    expect(flagged("制定《甲清单》《乙清单》《丙清单》2个清单。")).toEqual(["sum-mismatch:2个"]);
    expect(flagged("制定《甲清单》《乙清单》《丙清单》3个清单,《丁》《戊》等4个文件。")).toEqual([]);
    // The count names something else than the titles: not a count of them.
    expect(flagged("依据《条例》《办法》出台15项措施,落实《甲方案》《乙方案》12项任务。")).toEqual([]);
  });
  test("a bracket after a part (含…, 其中…) breaks that part down: its figures are not added with the parts", () => {
    expect(flagged("全市登记社会组织1286家,其中社会团体486家(含行业协会商会112家)、民办非企业单位782家、基金会18家。")).toEqual([]);
    expect(flagged("发放资金386.5万元,其中省级以上资金286.5万元(含中央资金186.5万元)、市县资金100万元。")).toEqual([]);
    expect(flagged("全市登记社会组织1286家,其中社会团体486家(其中行业协会商会112家)、民办非企业单位782家、基金会18家。")).toEqual([]);
    // The parts still exceed the total without the bracket's figures: 586+782+18 = 1386.
    expect(flagged("全市登记社会组织1286家,其中社会团体586家(含行业协会商会112家)、民办非企业单位782家、基金会18家。")).toEqual(["sum-mismatch:1286家"]);
    expect(flagged("全市登记社会组织1286家,其中社会团体586家(其中行业协会商会112家)、民办非企业单位782家、基金会18家。")).toEqual(["sum-mismatch:1286家"]);
    // The bracket's own parts are checked against the part they follow.
    expect(flagged("孤儿42名,其中集中养育6名(城市4名、农村3名)、社会散居36名。")).toEqual(["sum-mismatch:6名"]);
  });
  test("parts labelled by thresholds open at the same end nest: not added up", () => {
    expect(flagged("全区60周岁以上老年人12.6万人,其中65周岁以上9.2万人、70周岁以上6.1万人、80周岁以上1.9万人。")).toEqual([]);
    expect(flagged("高龄老人3.2万人,其中80周岁以上3.2万人、90周岁以上0.56万人、100周岁以上126人。")).toEqual([]);
    expect(flagged("示范社区30个,其中县级以上20个、市级以上16个。")).toEqual([]);
    // Opposite ends split the total, and one threshold alone is still a part of it.
    expect(flagged("参训人员100人,其中60岁以下30人、60岁以上80人。")).toEqual(["sum-mismatch:100人"]);
    expect(flagged("高龄老人3.2万人,其中80周岁以上3.5万人。")).toEqual(["sum-mismatch:3.2万人"]);
  });
  test("包括, 包含, 分为 open parts as 其中 does; so does a bracket right after the total", () => {
    expect(flagged("全区共有社区(村)78个,包括城市社区52个、村36个。")).toEqual(["sum-mismatch:78个"]);
    expect(flagged("社会组织1286家,分为社会团体586家、民办非企业单位782家。")).toEqual(["sum-mismatch:1286家"]);
    expect(flagged("共268名(孤儿42名、事实无人抚养儿童262名)")).toEqual(["sum-mismatch:268名"]);
    expect(flagged("发放资金386.5万元(含中央资金186.5万元、省级资金250万元)。")).toEqual(["sum-mismatch:386.5万元"]);
    expect(flagged("共有社区(村)78个,包括城市社区42个、村36个。")).toEqual([]);
    expect(flagged("共268名(孤儿42名、事实无人抚养儿童226名)")).toEqual([]);
    // 涵盖 counts what is covered, not parts of the total.
    expect(flagged("建成站点50个,涵盖街道12个、社区86个。")).toEqual([]);
    // What the total leaves out need not fit within it.
    expect(flagged("全区共有社区(村)78个,不包括城市社区52个、村36个。")).toEqual([]);
    expect(flagged("共268名(不含孤儿42名、事实无人抚养儿童262名)")).toEqual([]);
    // A bracket that remarks on the figure, or holds one figure, lists no parts.
    expect(flagged("救助312人次(同比增长5%)。建成站点28个(其中新建6个)。登记社会组织1286家(含112家)。")).toEqual([]);
    expect(flagged("共268名(上年242名、前年230名)。共268名(2023年242名、2022年230名)。")).toEqual([]);
  });
  test("shares of one whole held by labels that exclude each other add up to at most 100%", () => {
    expect(flagged("在册低保对象中,农村低保对象占83.6%、城市低保对象占26.4%。")).toEqual(["sum-mismatch:83.6%、城市低保对象占26.4%"]);
    expect(flagged("其中男性占52.1%,女性占48.2%。")).toEqual(["sum-mismatch:52.1%,女性占48.2%"]);
    expect(flagged("在册低保对象中,农村低保对象占83.6%、城市低保对象占16.4%。其中男性占51.2%,女性占48.9%。")).toEqual([]);
    // Nested cuts, different cuts, different wholes: not parts of one whole that exclude each other.
    expect(flagged("60岁以上占22%、80岁以上占94%。女性占52%、党员占60%。农村低保对象占83.6%,城市特困人员占30%。")).toEqual([]);
  });
});

describe("period-mismatch", () => {
  test("a 2024 title over a body about 2020", () => {
    const text = "市民政局2024年上半年工作总结及下半年工作计划\n今年以来,全市推进。\n一、2020年上半年工作情况\n上半年完成。\n二、下半年工作计划\n继续推进。";
    // Said at the heading, and at the title: no heading agrees with it, so the title was changed.
    expect(flagged(text)).toEqual(["period-mismatch:2024年", "period-mismatch:2020年"]);
  });
  test("a report given at the start of its year (政府工作报告) reviews the year before", () => {
    const report = (reviewed: number) => `2025年平江县人民政府工作报告(民政部分摘编)\n一、${reviewed}年工作回顾\n过去一年,民生保障水平稳步提高。\n二、2025年工作安排\n新增养老床位500张。`;
    expect(flagged(report(2024))).toEqual([]);
    expect(flagged(report(2023))).toEqual(["period-mismatch:2025年", "period-mismatch:2023年"]);
  });
  test("a year called a five-year plan's first or last year that is not (2021年是“十三五”开局之年)", () => {
    expect(flagged("2021年是“十三五”开局之年。")).toEqual(["period-mismatch:十三五"]);
    expect(flagged("2021年是“十四五”开局之年,2020年是十三五规划收官之年,2023年是“十四五”攻坚之年。")).toEqual([]);
  });
  test("the part of the year: 前三季度 or 截至9月底 under a 上半年 title, 上半年 in a year's report", () => {
    const half = "某市民政局2024年上半年工作总结\n现将前三季度工作情况报告如下:\n一、主要工作完成情况\n截至9月底,全市低保对象1.2万人。\n二、下半年工作计划\n力争截至10月底完成。";
    // (The plan's 截至10月底 is a target, not a count.)
    expect(flagged(half)).toEqual(["period-mismatch:前三季度", "period-mismatch:9月底"]);
    expect(flagged("某市民政局2024年工作总结\n一、上半年工作完成情况\n完成。\n二、2025年工作计划\n推进。")).toEqual(["period-mismatch:上半年"]);
    // 年度重点工作 in a half-year report is the year's work reviewed so far; 截至7月10日 is when it was written.
    expect(flagged("某市民政局2024年上半年工作总结\n一、2024年度重点工作推进情况\n截至6月底,低保对象1.2万人,截至7月10日,完成。\n二、下半年工作打算\n推进。")).toEqual([]);
    expect(flagged("某市民政局2024年工作总结\n一、全年工作完成情况\n截至12月底完成。上半年,低保对象1.2万人。")).toEqual([]);
  });
  test("a plan heading holds to the plan year the title names (2023年工作总结和2024年工作计划: not 三、2023年工作计划)", () => {
    const report = (plan: number) => `凤台县民政局2023年工作总结和2024年工作计划\n一、2023年工作完成情况\n完成。\n三、${plan}年工作计划\n推进。`;
    expect(flagged(report(2023))).toEqual(["period-mismatch:2023年"]);
    expect(flagged(report(2024))).toEqual([]);
    // A half-year title plans the rest of its own year.
    expect(flagged("某局2024年上半年工作总结和下半年工作计划\n一、2024年上半年工作情况\n完成。\n二、2024年下半年工作计划\n推进。")).toEqual([]);
  });
  test("a heading whose year names a thing (that year's projects), not the period, is no period-mismatch", () => {
    expect(flagged("某县民政局2023年工作总结\n一、2023年工作完成情况\n完成。\n(六)2022年度民生实事项目收尾情况\n完成。")).toEqual([]);
    expect(flagged("某县民政局2024年工作总结\n一、2024年工作完成情况\n完成。\n(七)2025年重点项目谋划情况\n谋划。")).toEqual([]);
    // 重点工作 is the period's work: still compared.
    expect(flagged("某县民政局2024年工作总结\n一、2020年度重点工作完成情况\n完成。\n二、工作举措\n推进。")).toEqual(["period-mismatch:2024年", "period-mismatch:2020年"]);
  });
  test("the report year given on the command line, against a heading", () => {
    expect(flagged("一、2022年工作开展情况\n完成。", { year: 2024 })).toEqual(["period-mismatch:2022年"]);
  });
  test("a summary with next year's plan is consistent", () => {
    const text = "金华市民政局2023年工作总结和2024年工作思路\n一、2023年度重点工作完成情况\n完成。\n四、2024年工作思路\n2024年,市民政局将继续。";
    expect(flagged(text)).toEqual([]);
    expect(flagged("市民政局2024年工作总结\n一、2024年工作情况\n二、2025年工作计划\n")).toEqual([]);
  });
  test("spans and later targets are no period; an earlier plan year is", () => {
    const ok = "市民政局2023年工作总结\n一、2022年以来工作回顾\n二、2024—2025年工作打算\n三、到2027年的目标安排\n";
    expect(flagged(ok)).toEqual([]);
    expect(flagged("市民政局2023年工作总结\n一、2023年工作情况\n二、2021年工作计划\n")).toEqual(["period-mismatch:2021年"]);
  });
  test("years in Chinese digits, and the opening paragraph's stated period", () => {
    expect(flagged("某市民政局二〇二四年工作总结\n今年以来,全市推进。\n一、二〇二〇年工作情况\n完成。\n")).toEqual([
      "period-mismatch:二〇二四年",
      "period-mismatch:二〇二〇年",
    ]);
    const stated = "市民政局2024年工作总结\n今年以来,全市民政系统扎实工作。现将2023年工作完成情况及2024年工作计划报告如下:\n一、主要工作\n完成。\n";
    expect(flagged(stated)).toEqual(["period-mismatch:2024年", "period-mismatch:2023年"]);
    const agreeing = "市民政局2023年工作总结\n今年以来,全市民政系统扎实工作。现将2023年工作完成情况及2024年工作计划报告如下:\n一、主要工作\n完成。\n";
    expect(flagged(agreeing)).toEqual([]);
  });
  test("the year of annual reports (年报, 年检) filed in the report's year is the year before", () => {
    const text = "市民政局2024年上半年社会组织工作总结\n一、上半年工作开展情况\n(一)2023年度社会组织年报工作开展情况。全市完成562家。\n(二)2024年上半年登记工作开展情况\n完成。\n";
    expect(flagged(text)).toEqual([]);
    const stale = "市民政局2024年上半年社会组织工作总结\n一、上半年工作开展情况\n(一)2022年度社会组织年报工作开展情况。全市完成562家。\n(二)2024年上半年登记工作开展情况\n完成。\n";
    expect(flagged(stale)).toEqual(["period-mismatch:2022年"]);
  });
  test("the first paragraph after the title opening with an earlier bare year", () => {
    const text = "某县民政局2023年工作总结\n\n2022年,县民政局紧紧围绕重点任务开展工作。\n\n一、婚姻登记工作\n\n全年共办理婚姻登记4865对。\n";
    expect(flagged(text)).toEqual(["period-mismatch:2023年", "period-mismatch:2022年"]);
    expect(flagged(text.replace("2022年,", "2023年,"))).toEqual([]);
    // A later paragraph that opens with a bare year tells history.
    const history = "某县民政局2023年工作总结\n今年以来,全县扎实推进。\n一、2023年工作情况\n完成。\n2019年,县福利院建成投用。\n";
    expect(flagged(history)).toEqual([]);
  });
  test("a note cell that mentions another year is no heading", () => {
    expect(flagged("2022年度完成情况良好", { year: 2023 })).toEqual([]);
    expect(flagged("2022年上半年,已完成验收", { year: 2023 })).toEqual([]);
  });
});

describe("lintText on note cells and the finding's shape", () => {
  test("a single-line note: line 1, offsets within the cell, excerpt, zh-CN message", () => {
    const [f] = lintText("计划投资亿元");
    expect(f).toMatchObject({ code: "unit-without-number", severity: "error", line: 1, offset: 4, length: 2, excerpt: "计划投资亿元" });
    expect(f.message).toBe("“亿元”前缺少数字");
  });
  test("line numbers and document-wide offsets; en-US messages", () => {
    const text = "第一行没有问题。\r\n第二行:计划投资亿元。";
    const [f] = lintText(text, { locale: "en-US" });
    expect(f.line).toBe(2);
    expect(text.slice(f.offset!, f.offset! + f.length!)).toBe("亿元");
    expect(f.message).toBe('no number before "亿元"');
  });
  test("empty and unit-free text", () => {
    expect(lintText("")).toEqual([]);
    expect(lintText("今年以来,全市民政系统深入贯彻党的二十大精神,“十四五”规划稳步推进。")).toEqual([]);
  });
});

describe("more forms from published reports", () => {
  test("figures with spaces from PDF text keep their units", () => {
    expect(flagged("城市低保 6639 户、13228 人;重度残疾人 14.3 名。")).toEqual(["non-integer-count:14.3 名"]);
    expect(flagged("全县共调出城乡低保 4025 人,调进 4132 人,第 1 页 共 9 页")).toEqual([]);
  });
  test("a year placeholder never filled in", () => {
    expect(flagged("一、XX 年上半年工作总结")).toEqual(["suspicious-year:XX 年"]);
    expect(flagged("20XX年工作计划,xx年度")).toEqual(["suspicious-year:20XX年", "suspicious-year:xx年"]);
    expect(flagged("XX区城市特困人员65人,X社区食堂,5G基站,3A级社会组织")).toEqual([]);
  });
  test("a title whose plan year does not follow its review year", () => {
    const text = "民政局2019年工作总结及2023年工作计划\n一、2023年工作总结\n完成。\n二、2023年工作计划\n";
    expect(flagged(text)).toEqual(["period-mismatch:2019年", "period-mismatch:2023年", "period-mismatch:2023年"]);
  });
  test("the damage of replacing 20 by 2023, with the report year given", () => {
    const text = "安排棉被202300床发放到乡镇,市政府安排我县12023户建设任务,其中新建150户。";
    expect(flagged(text, { year: 2023 })).toEqual(["implausible-quantity:202300床", "implausible-quantity:12023户"]);
  });
});

describe("templates and breakdowns in published reports", () => {
  test("single placeholder letters where the figures should be", () => {
    expect(flagged("全市平均为X元,较上年增长X%,实施X个月的渐退期。")).toEqual([
      "implausible-quantity:X元",
      "implausible-quantity:X%",
      "implausible-quantity:X个月",
    ]);
    expect(flagged("为X经济社会发展做出贡献,X市方案,X光检查,B超3次。")).toEqual([]);
    expect(flagged("我区自____年推行殡葬改革,火化率保持在__%以上。")).toEqual(["suspicious-year:____年", "implausible-quantity:__%"]);
  });
  test("a year deleted from a title or heading", () => {
    expect(flagged("2022年市民政局年工作总结\n正文。\n")).toEqual(["suspicious-year:年"]);
    expect(flagged("民政局上年工作总结和下年工作计划\n一、全年工作情况\n二、明年工作计划\n(一)老年工作\n")).toEqual([]);
    expect(flagged("一般疾病的年度医疗救助封顶线达40000元。")).toEqual([]);
    expect(flagged("某县民政局年上半年工作总结\n一、主要工作\n")).toEqual(["suspicious-year:年"]);
    // 年度 is a word of its own (an annual review, inspection, report); a campaign is named for its year.
    for (const heading of ["1.11月20日前完成全区低保、特困对象年度复核", "(二)社会组织年度检查和年度报告", "三、深入开展作风建设年工作", "(一)质量提升年总结"])
      expect(flagged(`市民政局2024年工作总结\n${heading}\n全年完成。`, { year: 2024 })).toEqual([]);
  });
  test("breakdowns: semicolons and the next breakdown's total end the parts", () => {
    const text =
      "全市五保对象2719人,其中集中供养973人,分散供养1746人,本级五保对象161人,其中集中供养63人,分散供养98人。" +
      "城市低保对象33087户57374人,其中市本级23502户41878人,双矿集团6273户11381人;农村低保对象25070户42469人,其中市本级3127户4539人。";
    expect(flagged(text)).toEqual([]);
    expect(flagged("全市五保对象2719人,其中集中供养1973人,分散供养1746人。")).toEqual(["sum-mismatch:2719人"]);
  });
  test("a part larger than the whole belongs to another breakdown", () => {
    expect(flagged("共有自治组织68.2万个,其中:村委会58.5万个,村民小组470.4万个。")).toEqual([]);
    expect(flagged("共有自治组织68.2万个,其中村委会70.1万个。")).toEqual(["sum-mismatch:68.2万个"]);
  });
});

describe("missing-unit beside one parallel figure, or in a 、-list of labelled items", () => {
  test.each([
    ["其中成立登记54,备案管理266个。", "54"],
    ["享受最低生活保障113人,特困供养5。", "5"],
    ["提拔干部5名,晋升职级1,平级调整4名。", "1"],
    ["建立社会工作服务站1,社会工作室2个。", "1"],
    ["争创省级引领型农村社区25个、市级完善型农村社区154。", "154"],
    ["建成骨灰堂11、集中治丧点8个。", "11"],
    ["打造省级社区服务综合体27、“居民会客厅”19个。", "27"],
    ["打造省级社区服务综合体27个、“居民会客厅”19、康养联合体20个。", "19"],
    ["全市低保标准统一提高至1100,全市特困基本生活平均标准提高至1706元/月。", "1100"],
    ["累计新增慈善组织30家,慈善组织数量达到112。", "112"],
    ["福彩销售10.02亿,排名全省第4,为国家筹集公益金2.87亿元。", "10.02亿"],
  ])("%s → %s", (text, chars) => {
    expect(flagged(text).filter((f) => f.startsWith("missing-unit"))).toEqual([`missing-unit:${chars}`]);
  });

  test.each([
    "其中公办45、民办75家。", // short labels: the unit at the end is shared
    "全市共有养老机构120家,其中城区3、农村5个。",
    "全省出生人口性别比107,较上年下降2个百分点。",
    "排名全省前10,获评先进单位3个。",
    "详见附件1,共涉及资金238万元。",
    "沿国道205,新建驿站12个。",
    "服务时长12小时,服务对象人数1200。",
    "2022年至2024,累计投入资金300万元。",
    "调整为1至3,发放资金238万元。",
    "全省第1,获评先进单位3个。",
    "综合考核得分98,走访群众3000人。",
    "覆盖率达到95%,服务1200。", // the only sibling is a percentage
    "福利彩票销售站点净增11,完成97个站点升级改造。", // the sibling counts the word after it
    "开展“双11”活动,发放资金238万元。",
  ])("no finding: %s", (text) => {
    expect(flagged(text).filter((f) => f.startsWith("missing-unit"))).toEqual([]);
  });
});

describe("missing-unit led by a word", () => {
  test("the only bare figure of a sentence whose other figures carry units", () => {
    expect(flagged("实施临时救助1860,发放资金238万元,惠及困难群众3000人。")).toEqual(["missing-unit:1860"]);
    expect(flagged("完成投资3.2亿元,占年度计划的85,新增床位300张。")).toEqual(["missing-unit:85"]);
  });
  nothingIn([
    "开通养老服务热线12349,服务老人3000人次,回访200人次。",
    "综合考核得分98,发放资金238万元,惠及3000人。",
    "按照1:1比例配套,投入资金238万元,惠及3000人。",
    "2022年1-9,发放资金238万元,惠及3000人。",
    "实施临时救助1860,其余80,发放资金238万元,惠及3000人。", // two bare figures: not one lost unit
    "截至2024,发放资金238万元,惠及3000人。", // a bare year
    "版本号2.0,发放资金238万元,惠及3000人。",
  ]);
});
