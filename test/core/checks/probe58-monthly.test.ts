import { type CellInput, withCell } from "../table/grid-helpers";
import { found } from "./found";

/**
 * Probe 58: the usual 统计月报 layout, 本月 | 本月同比(%) | 本年累计 (| 累计同比(%)). The month's figure
 * and its growth were never read (only the year so far was the value), and `/` under the year so
 * far in a stock's row (月末在册数) was called a figure missing.
 */
const M1: CellInput[][] = [
  ["指标名称", "计量单位", "本月", "本月同比(%)", "本年累计"],
  ["城乡低保对象", "人", 1.19, -2.1, 11916],
  ["火化遗体", "具", 782.5, 1.8, 6240],
  ["火化率", "%", 101.3, "/", 98.7],
];

describe("the month's figure and its 同比 beside the year so far (probe 58)", () => {
  it("the month's figures get the checks of a value: a fractional count, a rate over 100%", () => {
    expect(found(M1)).toEqual([
      "non-integer-count@C2",
      "non-integer-count@C3",
      "percent-out-of-range@C4",
    ]);
  });

  it("the clean table raises nothing", () => {
    const clean = withCell(
      withCell(withCell(M1, 1, 2, 11916), 2, 2, 782),
      3,
      2,
      99.1,
    );
    expect(found(clean)).toEqual([]);
  });

  // 本期 780 against 770 a year before: +1.3%; the year so far 6240 against 6100: +2.3%.
  const PAIRS: CellInput[][] = [
    [
      "指标名称",
      "计量单位",
      "本期",
      "上年同期",
      "同比(%)",
      "本年累计",
      "上年同期累计",
      "累计同比(%)",
    ],
    ["火化遗体", "具", 780, 770, 1.3, 6240, 6100, 2.3],
    ["婚姻登记", "对", 412, 400, 3.0, 2310, 2205, 4.8],
  ];

  it("本期 | 上年同期 | 同比 | 本年累计 | 上年同期累计 | 累计同比: each growth against its own pair", () => {
    expect(found(PAIRS)).toEqual([]);
    expect(
      found(withCell(PAIRS, 1, 4, 2.3), "generic", "growth-mismatch"),
    ).toEqual(["growth-mismatch@E2"]);
    expect(
      found(withCell(PAIRS, 2, 7, 3.0), "generic", "growth-mismatch"),
    ).toEqual(["growth-mismatch@H3"]);
  });

  it.each([
    ["本月数", "同比(%)", "1-8月累计", "同比(%)"],
    ["8月", "同比(%)", "1-8月", "同比(%)"],
    ["本期", "本期同比(%)", "本年累计", "累计同比(%)"],
  ])(
    "%s | %s | %s | %s: no duplicate or missing column, the month's value checked",
    (...header) => {
      const rows: CellInput[][] = [
        ["指标名称", "计量单位", ...header],
        ["火化遗体", "具", 782, 1.8, 6240, 2.5],
        ["火化率", "%", 99.1, 0.2, 98.7, 0.4],
      ];
      expect(found(rows)).toEqual([]);
      expect(found(withCell(rows, 2, 2, 101.3))).toEqual([
        "percent-out-of-range@C3",
      ]);
    },
  );
});

const FA2: CellInput[][] = [
  ["指标名称", "计量单位", "本月", "1-8月累计", "累计同比(%)", "备注"],
  ["城乡低保对象", "人", 11916, "/", "/", "月末在册数"],
  ["低保资金支出", "万元", 452.6, 3573.5, 2.8, null],
];

describe("a mark under the year so far in a monthly report (probe 58)", () => {
  it("a stock's row (its month's figure written, 月末在册数): the year so far does not apply", () => {
    expect(found(FA2)).toEqual([]);
    // The note aside, the month's figure beside it says as much.
    expect(found(withCell(FA2, 1, 5, null))).toEqual([]);
    // So does the note or the row's name with no month's figure.
    expect(found(withCell(FA2, 1, 2, null), "generic", "empty-value")).toEqual(
      [],
    );
    expect(
      found(
        withCell(
          withCell(withCell(FA2, 1, 0, "月末在册低保对象"), 1, 2, null),
          1,
          5,
          null,
        ),
        "generic",
        "empty-value",
      ),
    ).toEqual([]);
  });

  it("the month's own column a group (本月 | 本月同比): a mark under either beside the other's figure", () => {
    const rows: CellInput[][] = [
      [
        "指标名称",
        "计量单位",
        "本月",
        "本月同比(%)",
        "1-8月累计",
        "累计同比(%)",
      ],
      ["城乡低保对象", "人", 11916, -2.1, "/", "/"],
      ["年度考核", "次", "/", "/", 3, null],
      ["低保资金支出", "万元", 452.6, 1.5, 3573.5, 2.8],
    ];
    expect(found(rows)).toEqual([]);
  });

  it("a mark with nothing beside it, or a blank, is still a figure missing", () => {
    expect(
      found(
        withCell(withCell(FA2, 1, 2, null), 1, 5, null),
        "generic",
        "empty-value",
      ),
    ).toEqual(["empty-value@D2"]);
    expect(found(withCell(FA2, 1, 3, null), "generic", "empty-value")).toEqual([
      "empty-value@D2",
    ]);
    // Not a monthly report: a mark under 本期 is missing, stock or not.
    const plain: CellInput[][] = [
      ["指标名称", "计量单位", "本期", "上年同期", "同比(%)"],
      ["城乡低保对象(月末在册)", "人", "/", 11600, null],
      ["低保资金支出", "万元", 452.6, 440, 2.9],
    ];
    expect(found(plain, "generic", "empty-value")).toEqual(["empty-value@C2"]);
  });
});
