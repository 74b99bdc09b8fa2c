import { lookupUnit } from "../../../src/core/quantity";
import { getBuiltinSchema } from "../../../src/core/schema";
import { inferKind, narrate } from "../../../src/core/narrative";
import { tableOf, type RowSpec } from "./table";

const generic = getBuiltinSchema("generic")!;
const civil = getBuiltinSchema("civil-affairs")!;
const say = (rows: RowSpec[], schema = generic, headers = {}) =>
  narrate(tableOf(rows, { headers }), [], schema)
    .paragraphs.map((p) => p.heading + p.text)
    .join("\n");

describe("standard (元/月)", () => {
  test("提高至 a level that rose, 调整为 one that fell, 为 one with nothing to compare", () => {
    expect(say([{ indicator: "特困基本生活平均标准", unit: "元/月", value: 1706, previous: 1628, growth: 4.8 }])).toBe(
      "特困基本生活平均标准提高至1706元/月,同比增长4.8%。",
    );
    expect(say([{ indicator: "农村低保标准", unit: "元/月", value: 500, previous: 526 }])).toBe("农村低保标准调整为500元/月,同比下降4.9%。");
    expect(say([{ indicator: "社会散居孤儿养育标准", unit: "元/月", value: 1380 }])).toBe("社会散居孤儿养育标准为1380元/月。");
  });

  test("parallel standards are said together, as the reports do", () => {
    expect(
      say([
        { indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050, growth: 4.8 },
        { indicator: "特困基本生活平均标准", unit: "元/月", value: 1706, previous: 1628, growth: 4.8 },
      ]),
    ).toBe("低保标准提高至1100元/月,特困基本生活平均标准提高至1706元/月,同比均增长4.8%。");
    expect(
      say([
        { indicator: "社会散居孤儿养育标准", unit: "元/月", value: 1380 },
        { indicator: "机构供养孤儿养育标准", unit: "元/月", value: 2208 },
      ]),
    ).toBe("社会散居孤儿养育标准、机构供养孤儿养育标准分别为1380元/月、2208元/月。");
  });

  test("standards that rose by different amounts: 分别提高至…,同比分别增长 (never one 均)", () => {
    const text = say([
      { indicator: "城乡最低生活保障标准", unit: "元/月", value: 1145, previous: 1100 },
      { indicator: "特困人员基本生活保障标准", unit: "元/月", value: 1950, previous: 1850 },
    ]);
    expect(text).not.toContain("同比均");
    expect(text).toBe("城乡最低生活保障标准、特困人员基本生活保障标准分别提高至1145元/月、1950元/月,同比分别增长4.1%、5.4%。");
    // One rose and one fell: each is said on its own.
    expect(
      say([
        { indicator: "低保标准", unit: "元/月", value: 1100, previous: 1050 },
        { indicator: "特困基本生活平均标准", unit: "元/月", value: 1500, previous: 1600 },
      ]),
    ).toBe("低保标准提高至1100元/月,同比增长4.8%;特困基本生活平均标准调整为1500元/月,同比下降6.3%。");
  });
});

describe("amount (元, 万元, 亿元)", () => {
  test("达到 after a noun, the figure straight after an action, in the unit the table used", () => {
    expect(say([{ indicator: "慈善募捐款物", unit: "亿元", value: 4.48 }])).toBe("慈善募捐款物达到4.48亿元。");
    expect(say([{ indicator: "慈善信托备案资金总量", unit: "万元", value: 1099.52 }])).toBe("慈善信托备案资金总量达到1099.52万元。");
    expect(say([{ indicator: "筹集公益金", unit: "亿元", value: 2.87 }])).toBe("筹集公益金2.87亿元。");
    expect(say([{ indicator: "福彩销售", unit: "亿元", value: 10.02 }])).toBe("福彩销售10.02亿元。");
    expect(say([{ indicator: "市慈善总会筹集抗疫资金", unit: "万元", value: "4500余" }])).toBe("市慈善总会筹集抗疫资金4500余万元。");
  });

  test("a figure in base units is written in the official style (4.48亿元), and keeps its decimals", () => {
    expect(say([{ indicator: "慈善募捐款物", unit: "元", value: 448000000 }])).toBe("慈善募捐款物达到4.48亿元。");
    expect(say([{ indicator: "低保资金", unit: "万元", value: "6664.10" }])).toBe("低保资金达到6664.1万元。");
    expect(say([{ indicator: "低保资金", unit: "万元", value: "6664.125" }])).toBe("低保资金达到6664.125万元。");
    // 10,000万元 and more in 亿元 when that is exact in two decimals; else as written
    expect(say([{ indicator: "销售福利彩票", unit: "万元", value: 47000 }])).toBe("销售福利彩票4.7亿元。");
    expect(say([{ indicator: "慈善募捐款物", unit: "万元", value: 44800 }])).toBe("慈善募捐款物达到4.48亿元。");
    expect(say([{ indicator: "低保资金", unit: "万元", value: 66641.37 }])).toBe("低保资金达到66641.37万元。");
  });

  test("a running total (本年累计) says 累计: 累计发放", () => {
    expect(say([{ indicator: "发放低保资金", unit: "万元", value: 6664.1 }], generic, { value: "本年累计" })).toBe("累计发放低保资金6664.1万元。");
    expect(say([{ indicator: "低保资金", unit: "万元", value: 6664.1 }], generic, { value: "累计完成" })).toBe("低保资金累计达到6664.1万元。");
  });
});

describe("count (人, 户, 个)", () => {
  test("standing counts share 共有: 共有A10家、B27个", () => {
    expect(
      say([
        { indicator: "县级社会救助联合体", unit: "家", value: 10 },
        { indicator: "省级社区服务综合体", unit: "个", value: 27 },
      ]),
    ).toBe("共有县级社会救助联合体10家、省级社区服务综合体27个。");
  });

  test("an action takes its figure directly: 新增, 建成, 临时救助391人次", () => {
    expect(say([{ indicator: "新增农村低保对象", unit: "户", value: 211 }])).toBe("新增农村低保对象211户。");
    expect(say([{ indicator: "建成农村幸福院", unit: "处", value: 763 }])).toBe("建成农村幸福院763处。");
    expect(say([{ indicator: "临时救助", unit: "人次", value: 391 }])).toBe("临时救助391人次。");
    expect(say([{ indicator: "服务惠及困难群众", unit: "万人次", value: 5.6 }])).toBe("服务惠及困难群众5.6万人次。");
    // The 户数 the unit already says is dropped: 善居工程完成325户.
    expect(say([{ indicator: "善居工程完成户数", unit: "户", value: 325 }])).toBe("善居工程完成325户。");
  });

  test("actions with the same verb share it: 新增A211户,B39人", () => {
    expect(
      say([
        { indicator: "新增农村低保对象", unit: "户", value: 211 },
        { indicator: "新增农村特困供养救助对象", unit: "人", value: 39 },
        { indicator: "新增城市低保对象", unit: "户", value: 20, previous: 10 },
      ]),
    ).toBe("新增农村低保对象211户,农村特困供养救助对象39人。新增城市低保对象20户,比上年翻一番。");
  });

  test("compared with last year: 达到, 增加 the difference, and the growth", () => {
    expect(say([{ indicator: "慈善组织数量", unit: "家", value: 112, previous: 82, growth: 36.6 }])).toBe(
      "慈善组织数量达到112家,增加30家,同比增长36.6%。",
    );
    // a count that fell is stated, not 达到
    expect(say([{ indicator: "社会组织总数", unit: "个", value: 1230, previous: 1280 }])).toBe("社会组织总数1230个,减少50个,同比下降3.9%。");
  });

  test("simple statements run on with `,`; two with a growth pair up with `;`", () => {
    const text = say([
      { indicator: "慈善组织数量", unit: "家", value: 112, previous: 82 },
      { indicator: "慈善募捐款物", unit: "亿元", value: 4.48, previous: 2.8 },
      { indicator: "福彩销售", unit: "亿元", value: 10.02, previous: 8.71 },
      { indicator: "建成农村幸福院", unit: "处", value: 763 },
      { indicator: "清理僵尸型社会组织", unit: "家", value: 146 },
    ]);
    expect(text).toBe(
      "慈善组织数量达到112家,增加30家,同比增长36.6%;慈善募捐款物达到4.48亿元,福彩销售10.02亿元,同比分别增长60%、15%。建成农村幸福院763处,清理僵尸型社会组织146家。",
    );
  });

  test("two figures that moved the same way share the growth: 同比分别增长18%、30%", () => {
    const both = narrate(
      tableOf([
        { indicator: "福利彩票销售", unit: "亿元", value: 9.2, growth: 18 },
        { indicator: "筹集福彩公益金", unit: "亿元", value: 1.45, growth: 30 },
      ]),
      [],
      generic,
    ).paragraphs[0];
    expect(both.text).toBe("福利彩票销售9.2亿元,筹集福彩公益金1.45亿元,同比分别增长18%、30%。");
    expect(both.figures.map((f) => `${f.cell}:${f.text}`)).toEqual(["D2:9.2亿元", "D3:1.45亿元", "F2:18%", "F3:30%"]);
    expect(
      say([
        { indicator: "结婚登记", unit: "对", value: 2309, growth: -6.9 },
        { indicator: "离婚登记", unit: "对", value: 900, growth: -3 },
      ]),
    ).toBe("结婚登记2309对,离婚登记900对,同比分别下降6.9%、3%。");
    // One up, one down: each keeps its own.
    expect(
      say([
        { indicator: "结婚登记", unit: "对", value: 2309, growth: -6.9 },
        { indicator: "福利彩票销售", unit: "亿元", value: 9.2, growth: 18 },
      ]),
    ).toBe("结婚登记2309对,同比下降6.9%;福利彩票销售9.2亿元,同比增长18%。");
  });
});

describe("rate and share (%)", () => {
  test("达到45%; 为55% for a share; changes in 个百分点", () => {
    expect(say([{ indicator: "登记服务对象接受规范服务率", unit: "%", value: 45 }])).toBe("登记服务对象接受规范服务率达到45%。");
    expect(say([{ indicator: "护理型床位占比", unit: "%", value: 55, previous: 52.9 }])).toBe("护理型床位占比为55%,提高2.1个百分点。");
  });
});

describe("completion", () => {
  test("a task against its target: 完成年度目标的52.8%, 全面完成, 超额完成", () => {
    expect(say([{ indicator: "新增农村低保对象", unit: "户", value: 211, target: 400, completion: 52.8 }])).toBe(
      "新增农村低保对象211户,完成年度目标的52.8%。",
    );
    expect(say([{ indicator: "农村福利院安装空调", unit: "台", value: 289, target: 289, completion: 100 }])).toBe(
      "农村福利院安装空调289台,全面完成年度目标。",
    );
    expect(say([{ indicator: "适老化改造", unit: "户", value: 250, target: 224 }])).toBe("适老化改造250户,超额完成年度目标,完成率111.6%。");
    expect(say([{ indicator: "临时救助", unit: "人次", value: 1960, target: 3000 }], generic, { target: "全年目标" })).toBe(
      "临时救助1960人次,完成全年目标的65.3%。",
    );
  });

  test("a completion rate itself: 培训完成年度目标的158.5%,超额完成任务", () => {
    expect(say([{ indicator: "养老服务人才培训完成率", unit: "%", value: 158.5 }])).toBe("养老服务人才培训完成年度目标的158.5%,超额完成任务。");
    expect(say([{ indicator: "养老服务人才培训完成率", unit: "%", value: 65.3 }])).toBe("养老服务人才培训完成年度目标的65.3%。");
  });
});

describe("kinds", () => {
  test("the catalogue's kind wins over the unit", () => {
    const n = narrate(tableOf([{ indicator: "城乡低保标准", unit: "元/月", value: 1100 }]), [], civil);
    expect(n.paragraphs[0].text).toBe("城乡低保标准为1100元/月。");
    expect(n.paragraphs[0].heading).toBe("(一)社会救助。");
  });

  test("inferred from unit and name when the catalogue does not know the indicator", () => {
    const u = (s: string) => lookupUnit(s);
    expect(inferKind("某某标准", u("元/月"), false)).toBe("standard");
    expect(inferKind("某某资金", u("万元"), false)).toBe("amount");
    expect(inferKind("某某资金", u("亿元"), false)).toBe("amount");
    expect(inferKind("某某对象", u("人"), false)).toBe("count");
    expect(inferKind("某某家庭", u("户"), false)).toBe("count");
    expect(inferKind("某某设施", u("个"), false)).toBe("count");
    expect(inferKind("覆盖率", u("%"), false)).toBe("rate");
    expect(inferKind("护理型床位占比", u("%"), false)).toBe("share");
    expect(inferKind("培训完成率", u("%"), false)).toBe("completion");
    expect(inferKind("安装空调", u("台"), true)).toBe("completion");
    expect(inferKind("救助资金", null, false)).toBe("amount");
  });
});

describe("units the catalogue does not know", () => {
  test("are kept as written, with no 万 of our own in front of them", () => {
    expect(say([{ indicator: "困境儿童帮扶需求", unit: "万条", value: 5.2 }])).toBe("共有困境儿童帮扶需求5.2万条。");
    expect(say([{ indicator: "困境儿童帮扶需求", unit: "万条", value: 12000 }])).toBe("共有困境儿童帮扶需求12000万条。");
  });
});

describe("what a report would not write (found by reviewing drafts of made tables)", () => {
  test("a completion short of its target is never 全面完成, however it rounds: 19990 of 20000 is 99.95%", () => {
    expect(say([{ indicator: "新增养老床位", unit: "张", value: 19990, target: 20000 }])).toBe("新增养老床位19990张,完成年度目标的99.95%。");
    // A stated 100 beside figures short of the target: the figures say it.
    expect(say([{ indicator: "新增养老床位", unit: "张", value: 19990, target: 20000, completion: 100 }])).toBe("新增养老床位19990张,完成年度目标的99.95%。");
    expect(say([{ indicator: "建设老年食堂", unit: "个", value: 50, target: 50 }])).toBe("建设老年食堂50个,全面完成年度目标。");
  });

  test("a rate against a target rate says the target, not a rate of a rate", () => {
    // (Review of 2026-12-02, item 5: 达到 hid a target missed and said 达到 twice; these read 达到45%,年度目标为60% and 达到100%,达到年度目标 before.)
    expect(say([{ indicator: "特困人员集中供养率", unit: "%", value: 45, target: 60 }])).toBe("特困人员集中供养率为45%,低于60%的年度目标。");
    expect(say([{ indicator: "县级敬老院覆盖率", unit: "%", value: 100, target: 100 }])).toBe("县级敬老院覆盖率为100%,达到年度目标。");
  });

  test("达到 only for a figure that rose: an amount or a rate that fell is stated as it is", () => {
    expect(say([{ indicator: "城乡低保资金", unit: "万元", value: 5800, previous: 6200 }])).toBe("城乡低保资金5800万元,同比下降6.5%。");
    expect(say([{ indicator: "救助站床位使用率", unit: "%", value: 45, previous: 50 }])).toBe("救助站床位使用率为45%,下降5个百分点。");
    expect(say([{ indicator: "救助站床位使用率", unit: "%", value: 55, previous: 50 }])).toBe("救助站床位使用率达到55%,提高5个百分点。");
    // A rate named by its change takes its figure directly.
    expect(say([{ indicator: "困难群众救助保障标准平均提高", unit: "%", value: 5.8 }])).toBe("困难群众救助保障标准平均提高5.8%。");
    expect(say([{ indicator: "入住老人", unit: "人", value: "约854", previous: 812 }])).not.toContain("达到约");
  });

  test("a count that moved is not also 持平: 增加1人 alone", () => {
    expect(say([{ indicator: "特困人员", unit: "人", value: 10001, previous: 10000 }])).toBe("特困人员10001人,增加1人。");
  });

  test("a net change below zero is 净减少, with no growth worked out from it", () => {
    expect(say([{ indicator: "在册低保户净增", unit: "户", value: -65, previous: 38 }])).toBe("在册低保户净减少65户。");
    expect(say([{ indicator: "净增社会组织", unit: "个", value: -3 }])).toBe("净减少社会组织3个。");
  });

  test("no change in points from a bound (80%以上 against 75%)", () => {
    expect(say([{ indicator: "节地生态安葬率", unit: "%", value: "80%以上", previous: 75 }])).toBe("节地生态安葬率为80%以上。");
  });

  test("a figure of 0 is no achievement: left out and listed", () => {
    const n = narrate(tableOf([{ indicator: "疫情防控期间临时价格补贴", unit: "万元", value: 0, previous: 120 }, { indicator: "低保资金", unit: "万元", value: 6664.1 }]), [], generic);
    expect(n.paragraphs[0].text).toBe("低保资金达到6664.1万元。");
    expect(n.omitted).toEqual([{ row: 2, indicator: "疫情防控期间临时价格补贴", reason: "本期为0", marked: false }]);
    // A rate of 0 is a fact.
    expect(say([{ indicator: "安全事故发生率", unit: "%", value: 0 }])).toBe("安全事故发生率为0%。");
  });

  test("an action with its verb inside the name takes its figure directly; 家次 counts events", () => {
    expect(say([{ indicator: "农村福利院安装空调", unit: "台", value: 289 }])).toBe("农村福利院安装空调289台。");
    expect(say([{ indicator: "检查服务机构", unit: "家次", value: 533 }])).toBe("检查服务机构533家次。");
    // A name of who or where keeps 共有, whatever verb it holds.
    expect(say([{ indicator: "困难残疾人生活补贴发放对象", unit: "人", value: 8200 }])).toBe("共有困难残疾人生活补贴发放对象8200人。");
  });

  test("a circled serial is no part of the name", () => {
    expect(say([{ indicator: "④ 县级社会救助联合体", unit: "家", value: 10 }])).toBe("共有县级社会救助联合体10家。");
  });

  test("a fraction of 万 or 亿 is said in the unit below: 500万元; a change beside its figure keeps the figure's 万 (增加0.3万人)", () => {
    expect(say([{ indicator: "残疾人两项补贴发放对象", unit: "万人", value: 8.9, previous: 8.6 }])).toBe("残疾人两项补贴发放对象8.9万人,增加0.3万人,同比增长3.5%。");
    expect(say([{ indicator: "慈善募捐款物", unit: "亿元", value: 0.05 }])).toBe("慈善募捐款物达到500万元。");
    expect(say([{ indicator: "困难群众", unit: "万人", value: 0.5 }])).toBe("共有困难群众5000人。");
  });

  test("其中 parts with growths of their own follow their total, their growths said together", () => {
    const rows: RowSpec[] = [
      { indicator: "城乡低保对象", unit: "人", value: 8204, previous: 8530 },
      { indicator: "其中:男", unit: "人", value: 4390, previous: 4571, parentRow: 2, partKind: "of-which" },
      { indicator: "女", unit: "人", value: 3814, previous: 3959, parentRow: 2, partKind: "of-which" },
    ];
    expect(say(rows)).toBe("城乡低保对象8204人,减少326人,同比下降3.8%,其中男4390人、女3814人,同比分别下降4%、3.7%。");
    // One part: its growth would read as the total's, and is not said.
    expect(say(rows.slice(0, 2))).toBe("城乡低保对象8204人,减少326人,同比下降3.8%,其中男4390人。");
  });

  test("parts that say more than their total are no 其中: each is stated on its own", () => {
    const rows: RowSpec[] = [
      { indicator: "低保资金支出", unit: "万元", value: 1 },
      { indicator: "其中:城市低保资金", unit: "万元", value: 3, parentRow: 2, partKind: "of-which" },
    ];
    expect(say(rows)).not.toContain("其中");
    expect(say(rows)).toContain("城市低保资金达到3万元");
  });

  test("two 其中 lists of one total each fold while each stays within it; parts with no category of their own go with their total", () => {
    const rows: RowSpec[] = [
      { indicator: "特困供养对象", unit: "人", value: 1781 },
      { indicator: "其中:集中供养", unit: "人", value: 402, parentRow: 2, partKind: "of-which" },
      { indicator: "分散供养", unit: "人", value: 1379, parentRow: 2, partKind: "of-which" },
      { indicator: "其中:男", unit: "人", value: 1032, parentRow: 2, partKind: "of-which" },
      { indicator: "女", unit: "人", value: 749, parentRow: 2, partKind: "of-which" },
    ];
    const grouped = tableOf(rows);
    grouped.rows.forEach((r, i) => {
      if (i > 0) r.partGroup = i < 3 ? 3 : 5;
    });
    const text = (schema = generic) =>
      narrate(grouped, [], schema)
        .paragraphs.map((p) => p.heading + p.text)
        .join("\n");
    expect(text()).toBe("共有特困供养对象1781人,其中集中供养402人、分散供养1379人、男1032人、女749人。");
    // The catalogue places the total under 社会救助; its parts (男, 女) are no other work.
    expect(text(civil)).toMatch(/^\(一\)社会救助。共有特困供养对象1781人,其中集中供养402人、分散供养1379人、男1032人、女749人。$/);
  });

  test("a bare 合计 with no figure (—) is left out without a marker", () => {
    const n = narrate(tableOf([{ indicator: "低保对象", unit: "人", value: 8204 }, { indicator: "合计", value: "—" }]), [], generic);
    expect(n.paragraphs.map((p) => p.text)).toEqual(["共有低保对象8204人。"]);
    expect(n.omitted).toEqual([{ row: 3, indicator: "合计", reason: "合计行,不单独成句", marked: false }]);
  });
});
