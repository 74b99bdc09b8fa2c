import { lintText } from "../../../src/core/text";
import { flagged } from "./flagging";

const lines = (...l: string[]) => l.join("\n\n");
const TITLE = "株洲市救助管理站2025年工作报告";
const OPENING =
  "2024年,市救助管理站在市民政局的正确领导下,各项工作取得新成效。";
const FIGURES = "全年共救助流浪乞讨人员1386人次。";

describe("period-mismatch: the opening paragraph under an addressee, a document number or a date", () => {
  test.each([
    ["市民政局:"],
    ["市人民政府:"],
    ["各县(市、区)民政局:"],
    ["各乡镇人民政府、街道办事处:"],
    ["各有关单位:"],
    ["株民发〔2025〕12号"],
    ["(2026年1月15日)"],
  ])("%s under the title: the opening year is still read", (preamble) => {
    expect(flagged(lines(TITLE, preamble, OPENING, FIGURES))).toEqual([
      "period-mismatch:2025年",
      "period-mismatch:2024年",
    ]);
  });
  test("with the report's year given, the opening alone is said", () => {
    expect(
      flagged(lines(TITLE, "市民政局:", OPENING, FIGURES), { year: 2025 }),
    ).toEqual(["period-mismatch:2024年"]);
  });
  test("a full-width colon, and an addressee with the opening's stated period", () => {
    expect(
      flagged(lines(TITLE, "市民政局:", `${OPENING}现将全年工作情况报告如下:`)),
    ).toEqual(["period-mismatch:2025年", "period-mismatch:2024年"]);
  });
  test("a title and one opening paragraph, nothing after it", () => {
    expect(flagged(lines(TITLE, OPENING))).toEqual([
      "period-mismatch:2025年",
      "period-mismatch:2024年",
    ]);
  });
  test("no title, the year given: the first of several paragraphs opens with the year before", () => {
    expect(
      flagged(
        lines(
          "2024年,市救助管理站各项工作取得新成效。",
          FIGURES,
          "护送返乡312人次。",
        ),
        { year: 2025 },
      ),
    ).toEqual(["period-mismatch:2024年"]);
  });

  describe("correct openings stay silent", () => {
    test.each([
      [
        lines(
          TITLE,
          "市民政局:",
          "2025年,市救助管理站在市民政局的正确领导下,各项工作取得新成效。",
          FIGURES,
        ),
      ],
      [
        lines(
          "沭阳县民政局2025年上半年工作总结",
          "县政府:",
          "2025年上半年,县民政局扎实推进各项工作。",
          "截至2025年6月底,全县低保对象9862户。",
        ),
      ],
      [
        lines(
          TITLE,
          "各县(市、区)民政局:",
          "2025年,全市救助管理工作稳步推进。",
          FIGURES,
        ),
      ],
      [
        lines(
          TITLE,
          "株民发〔2025〕12号",
          "2025年,市救助管理站各项工作取得新成效。",
          FIGURES,
        ),
      ],
      [
        lines(
          TITLE,
          "市民政局:",
          "2025年,救助站坚持以人民为中心。",
          "2024年,站内启动了寻亲服务改革,今年继续深化。",
        ),
      ],
      [lines(TITLE, "2025年,市救助管理站各项工作取得新成效。")],
      // A plan looks back on the year before: untitled, an opening that looks ahead is left alone.
      [
        lines(
          "2024年,全县民政工作取得新成效。2025年,我们将重点抓好以下工作。",
          "一是兜牢民生底线。",
          "二是发展养老服务。",
        ),
      ],
      [
        lines(
          "2025年,市救助管理站各项工作取得新成效。",
          FIGURES,
          "护送返乡312人次。",
        ),
      ],
    ])("%s", (text) => {
      expect(
        flagged(text, { year: 2025 }).filter((f) =>
          f.startsWith("period-mismatch"),
        ),
      ).toEqual([]);
      expect(
        flagged(text).filter((f) => f.startsWith("period-mismatch")),
      ).toEqual([]);
    });
    test("one sentence with the year given is not known to open a report: silent", () => {
      expect(
        flagged("2024年,市救助管理站各项工作取得新成效。", { year: 2025 }),
      ).toEqual([]);
    });
    test("a paragraph ending in a colon is no addressee: 现将有关情况报告如下:", () => {
      expect(
        flagged(
          lines(
            TITLE,
            "现将有关情况报告如下:",
            "2025年,市救助管理站各项工作取得新成效。",
            FIGURES,
          ),
        ),
      ).toEqual([]);
    });
  });
});

const Q3 = "关于2025年第三季度全市养老服务工作情况的通报";

describe("period-mismatch: a count dated before the part of the year the title reviews", () => {
  test("截至6月底 in a 第三季度 report, told as current", () => {
    const text = lines(Q3, "截至2025年6月底,全市共有养老机构268家。");
    expect(flagged(text)).toEqual(["period-mismatch:6月底"]);
    const f = lintText(text).find((x) => x.code === "period-mismatch")!;
    expect(f.severity).toBe("warning");
    expect(f.expected).toBe("9月底");
    expect(f.message).toContain("截至9月底");
  });
  test.each([
    [
      lines(
        Q3,
        "三季度全市养老服务稳步推进。",
        "截至6月底,全市共有养老床位1.2万张。",
      ),
    ],
    [
      lines(
        "2025年第四季度民政工作情况",
        "截至9月30日,全市共有养老机构268家。",
        "四季度新建助餐点12个。",
      ),
    ],
    [
      lines(
        "2025年下半年工作总结及2026年工作计划",
        "截至2025年5月底,全县低保对象9862户。",
        "下半年新增特困人员12人。",
      ),
    ],
  ])("%s", (text) => {
    expect(
      flagged(text).filter((f) => f.startsWith("period-mismatch")),
    ).toHaveLength(1);
  });
  test("last year's date at the period's end in a part-year report (截至2024年6月底 in 2025 上半年)", () => {
    const text = lines(
      "弥勒市民政局2025年上半年工作总结",
      "2025年上半年,市民政局各项工作稳步推进。",
      "截至2024年6月底,全市共有城乡低保对象9862户16540人。",
    );
    expect(flagged(text)).toEqual(["period-mismatch:2024年"]);
    expect(
      lintText(text).find((x) => x.code === "period-mismatch")!.expected,
    ).toBe("2025年");
  });

  describe("correct dates stay silent", () => {
    test.each([
      [lines(Q3, "截至2025年9月底,全市共有养老机构268家。")],
      [lines(Q3, "截至9月30日,全市共有养老机构268家,较截至6月底增加5家。")],
      [lines(Q3, "全市养老机构较截至6月底增加5家。")],
      [
        lines(
          Q3,
          "截至6月底全市共有养老机构268家,三季度新增5家,截至9月底达273家。",
        ),
      ],
      [lines(Q3, "养老机构由截至6月底的268家增加到273家。")],
      [lines(Q3, "截至6月底的268家养老机构,增至273家。")],
      [lines(Q3, "截至目前,全市共有养老机构268家,比年初增加12家。")],
      [lines(Q3, "截至2024年12月底,全市60周岁以上老年人口96.2万人。")],
      [
        lines(
          "沭阳县民政局2025年上半年工作总结",
          "截至2025年6月底,全县低保对象9862户。",
        ),
      ],
      [
        lines(
          "沭阳县民政局2025年上半年工作总结",
          "截至3月底,全面完成低保对象年度核查。",
        ),
      ],
      [
        lines(
          "沭阳县民政局2025年上半年工作总结",
          "截至2024年底,全县60周岁以上老年人口21.6万人。",
        ),
      ],
      [
        lines(
          "沭阳县民政局2025年上半年工作总结",
          "低保对象较截至2024年6月底减少120户。",
        ),
      ],
      [
        lines(
          "某市民政局2025年工作总结",
          "截至2025年12月底,全市共有养老机构268家。",
        ),
      ],
      [lines("某市民政局2025年工作总结", "截至年底,全市共有养老机构268家。")],
      [
        lines(
          "2025年下半年工作计划",
          "截至6月底,全市共有养老机构268家,下半年力争新增10家。",
        ),
      ],
      [
        lines(
          "2025年第三季度工作情况",
          "上季度末(截至6月底)全市共有养老机构268家。",
        ),
      ],
    ])("%s", (text) => {
      expect(
        flagged(text).filter((f) => f.startsWith("period-mismatch")),
      ).toEqual([]);
    });
  });
});
