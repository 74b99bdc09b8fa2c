/**
 * The narrative of the made tables (test/fixtures/tables/made), as `jiaohe narrate --schema
 * civil-affairs` writes it: the wording a review of 26 clean tables (2026-12-02) asked for, each
 * asserted on the real output of a real table (or a small table built here where no made table
 * has the case).
 */
import { narrate } from "../../../src/core/narrative";
import { getBuiltinSchema } from "../../../src/core/schema";
import { narrated, text } from "./made-tables";
import { tableOf } from "./table";

const schema = getBuiltinSchema("civil-affairs")!;

/** The paragraph of one category (its text), across sheets. */
async function paragraph(file: string, category: string): Promise<string> {
  const found = (await narrated(file)).flatMap((n) => n.paragraphs).filter((p) => p.category === category);
  return found.map((p) => p.text).join("\n");
}

describe("the category of rows whose names lack the catalogue's word: what the table says", () => {
  test("a 处室 column places its rows: 养老服务处 → 养老服务, 儿童福利处 → 儿童福利 (s5)", async () => {
    const all = await text("s5-dept-first.clean.csv");
    expect(all).not.toContain("其他工作");
    expect(await paragraph("s5-dept-first.clean.csv", "社会救助")).toContain("开展业务培训320人次,同比增长14.3%");
    const elderly = await paragraph("s5-dept-first.clean.csv", "养老服务");
    expect(elderly).toContain("每千名老年人拥有养老床位提高至38.6张");
    expect(elderly).toContain("开展业务培训560人次,同比下降8.2%");
    const children = await paragraph("s5-dept-first.clean.csv", "儿童福利");
    expect(children).toContain("孤困儿童6333人");
    expect(children).toContain("未成年人关爱保护帮扶基金200万元");
  });

  test("the words of a name place it: 社会组织年检率, 5A级社会组织数, 养老机构入住率 (u01); 老年人口, 联办婚姻登记, 3A级 (u02)", async () => {
    expect(await text("u01-formula-growth.clean.xlsx")).not.toContain("其他工作");
    const orgs = await paragraph("u01-formula-growth.clean.xlsx", "社会组织");
    expect(orgs).toContain("社会组织年检率达到92.1%");
    expect(orgs).toContain("5A级社会组织数达到9个");
    expect(orgs).toContain("撤销登记社会组织2个");
    expect(await paragraph("u01-formula-growth.clean.xlsx", "养老服务")).toContain("养老机构入住率达到58.3%");
    expect(await paragraph("u02-signed-growth.clean.csv", "养老服务")).toContain("60周岁以上老年人口21.36万人");
    expect(await paragraph("u02-signed-growth.clean.csv", "婚姻登记")).toContain("“一件事”联办婚姻登记1185件");
    expect(await paragraph("u02-signed-growth.clean.csv", "社会组织")).toContain("3A级以上社会组织达到57个");
    // What no word places stays under 其他工作.
    expect(await text("u02-signed-growth.clean.csv")).toContain("(五)其他工作。“12349”热线接听量5326人次");
  });

  test("a name with a digit or letter after the catalogue's name goes with it (低保对象2, 临时救助14), and a table of one section has its heading (u15, u16)", async () => {
    expect(await text("u16-net-words.clean.csv")).not.toContain("其他工作");
    expect(await paragraph("u16-net-words.clean.csv", "社会救助")).toContain("低保对象2为18762人");
    expect(await text("u15-arrow-variants.clean.csv")).toMatch(/^\(一\)社会救助。临时救助1为1181人次/);
  });

  test("a title naming two sections places nothing; 生态安葬 is 殡葬管理 by its words (u03)", async () => {
    expect(await paragraph("u03-monthly.clean.xlsx", "殡葬管理")).toContain("生态安葬83例");
    expect(await text("u03-monthly.clean.xlsx")).toContain("(三)其他工作。“12349”咨询81次");
  });

  test("a sheet named for one department places what its rows' names do not (s9 养老服务处; a built table)", async () => {
    const s9 = await text("s9-dept-sheets.clean.xlsx");
    expect(s9).not.toContain("其他工作");
    expect(await paragraph("s9-dept-sheets.clean.xlsx", "养老服务")).toContain("养老服务“六助”680万人次");
    const table = tableOf([
      { indicator: "开展业务培训", unit: "人次", value: 560, previous: 610 },
      { indicator: "城乡低保对象", unit: "人", value: 8204, previous: 8517 },
    ]);
    table.sheet = "养老服务处";
    const n = narrate(table, [], schema);
    expect(n.paragraphs.map((p) => p.heading + p.text)).toEqual(["(一)养老服务。开展业务培训560人次,同比下降8.2%。", "(二)社会救助。城乡低保对象8204人,减少313人,同比下降3.7%。"]);
  });

  test("a total over several sections opens the text, without its 合计 and without a heading (s8)", async () => {
    const [n] = await narrated("s8-fund-tree.clean.xlsx");
    expect(n.paragraphs[0]).toMatchObject({ category: "", heading: "", text: "民政事业费支出29494.3万元,同比增长4.2%。" });
    expect(n.paragraphs[1].heading).toBe("(一)社会救助。");
    expect(n.paragraphs.map((p) => p.heading)).not.toContain("(四)其他工作。");
  });
});

describe("benefits and spending items take their verb", () => {
  test("an allowance counted in persons is 发放 or 享受 by whom its name names (u10)", async () => {
    const t = await text("u10-age-bands.clean.csv");
    expect(t).toContain("发放高龄津贴31208人,同比增长2.6%,其中80-89周岁26105人");
    expect(t).toContain("享受经济困难老年人补贴2715人");
    expect(t).not.toContain("高龄津贴达到");
  });

  test("in money an allowance is 发放 and an aid programme what it spent (s8)", async () => {
    const t = await text("s8-fund-tree.clean.xlsx");
    expect(t).toContain("临时救助支出865.3万元,同比下降5.2%");
    expect(t).toContain("发放高龄津贴2586.4万元");
    expect(t).toContain("特困人员救助供养支出3521.6万元");
    expect(t).toContain("发放孤儿基本生活费512.6万元");
    expect(t).not.toMatch(/高龄津贴达到|临时救助865/);
  });
});

describe("threshold targets (≥95%, 90%以上, 2700人以上) say whether they are met", () => {
  test("a rate short of its threshold says so, and one above it says that (u05)", async () => {
    const t = await text("u05-targets.clean.xlsx");
    expect(t).toContain("社会组织年检率为92.1%,低于95%的年度目标");
    expect(t).toContain("居家养老服务覆盖率为92.3%,高于90%的年度目标");
    expect(t).toContain("低保金按时足额发放率为100%,达到年度目标");
  });

  test("no 完成率 of a rate against a rate; a count past its threshold exceeds it (u12)", async () => {
    const t = await text("u12-threshold-targets.clean.xlsx");
    expect(t).toContain("低保金按时足额发放率为96.2%,高于95%的年度目标");
    expect(t).not.toContain("完成率101.3%");
    expect(t).toContain("农村留守老年人关爱服务覆盖率为98.5%,低于100%的年度目标");
    expect(t).toContain("享受经济困难老年人补贴2715人,超过2700人的年度目标");
    expect(t).toContain("养老护理员培训260人次,完成年度目标的52%");
  });
});

describe("parts are told as parts", () => {
  test("numbered parts after their total open with 其中 and never share its growth as peers (s8)", async () => {
    const t = await text("s8-fund-tree.clean.xlsx");
    expect(t).toContain("社会救助支出22686.2万元,同比增长3.2%;其中最低生活保障支出13286.9万元,特困人员救助供养支出3521.6万元,同比分别增长3.2%、3.9%");
    expect(t).toContain("儿童福利支出751万元,同比增长4.3%;其中发放孤儿基本生活费512.6万元");
    expect(t).not.toContain("分别增长3.2%、3.2%");
  });

  test("rows the catalogue says add up to a total above them fold into it as 其中 (s5, u08)", async () => {
    expect(await text("s5-dept-first.clean.csv")).toContain(
      "社会组织总数达到8421个,增加146个,同比增长1.8%,其中社会团体3610个、民办非企业单位4702个、基金会109个,同比分别增长1.2%、2.2%、0.9%",
    );
    expect(await text("u08-netchange.clean.xlsx")).toContain("社会组织总数1286个,减少15个,同比下降1.2%,其中社会团体512个、民办非企业单位762个、基金会12个");
  });

  test("growths that read the same are 均, not 分别增长5.3%、5.3% (u15)", async () => {
    const t = await text("u15-arrow-variants.clean.csv");
    expect(t).toContain("临时救助1为1181人次,临时救助2为1181人次,同比均增长5.3%");
    expect(t).not.toContain("5.3%、5.3%");
  });
});

describe("names and figures as a report prints them", () => {
  test("a name ending in a digit or a Latin letter is not glued to its figure (u14, u16)", async () => {
    expect(await text("u14-absdiff-scaled.clean.csv")).toContain("慈善信托新增资金A为3500元");
    const u16 = await text("u16-net-words.clean.csv");
    expect(u16).toContain("低保对象8为18762人");
    expect(u16).not.toMatch(/低保对象\d{6}/);
  });

  test("traditional characters in names and categories come out simplified; figures keep their cells (u07)", async () => {
    const [n] = await narrated("u07-traditional.clean.xlsx");
    expect(n.paragraphs.map((p) => p.heading)).toEqual(["(一)社会救助。", "(二)养老服务。", "(三)儿童福利。"]);
    expect(n.paragraphs[0].text).toBe("城乡低保对象18762人,减少411人,同比下降2.1%;特困人员3812人,增加22人,同比增长0.6%。临时救助资金186万元,同比增长7.2%。");
    for (const p of n.paragraphs) for (const f of p.figures) expect(p.text.slice(f.offset, f.offset + f.length)).toBe(f.text);
  });

  test("a list of the table's growths keeps the one decimal the table writes (u09: 7.0)", async () => {
    expect(await text("u09-amounts.clean.csv")).toContain("福彩销售12.6亿元,筹集公益金3.82亿元,同比分别增长6.8%、7.0%");
  });
});
