import { type CellInput } from "../table/grid-helpers";
import { found } from "./found";

// Numbered rows, each with unnumbered sub-rows of the same names (1 | 低保对象 | 城市 | 农村, then
// 2 | 特困人员 | 城市 | 农村): 城市 under 低保对象 and 城市 under 特困人员 are two indicators.

const dup = (rows: CellInput[][]) =>
  found(rows, "generic", "duplicate-indicator");
const FIGURES: Record<string, CellInput[]> = {
  低保对象: ["人", 1000, 900, 11.1],
  低保城市: ["人", 400, 380, 5.3],
  低保农村: ["人", 600, 520, 15.4],
  特困人员: ["人", 300, 290, 3.4],
  特困城市: ["人", 100, 95, 5.3],
  特困农村: ["人", 200, 195, 2.6],
};
const H = ["序号", "指标", "单位", "2024年", "2023年", "同比(%)"];
/** Serial column, then the indicator: `1 | 低保对象`, ` | 城市`. */
const serial = (sub = (name: string) => name): CellInput[][] => [
  H,
  [1, "低保对象", ...FIGURES.低保对象],
  ["", sub("城市"), ...FIGURES.低保城市],
  ["", sub("农村"), ...FIGURES.低保农村],
  [2, "特困人员", ...FIGURES.特困人员],
  ["", sub("城市"), ...FIGURES.特困城市],
  ["", sub("农村"), ...FIGURES.特困农村],
];
/** The numbering in the name: `1.低保对象`, `城市` (or as `sub` writes it). */
const inName = (sub: (name: string, i: number) => string): CellInput[][] => [
  H.slice(1),
  ["1.低保对象", ...FIGURES.低保对象],
  [sub("城市", 1), ...FIGURES.低保城市],
  [sub("农村", 2), ...FIGURES.低保农村],
  ["2.特困人员", ...FIGURES.特困人员],
  [sub("城市", 1), ...FIGURES.特困城市],
  [sub("农村", 2), ...FIGURES.特困农村],
];

describe("the same sub-row names under two numbered rows are no duplicates", () => {
  it("with a serial column", () => {
    expect(dup(serial())).toEqual([]);
    expect(
      dup(
        serial().map((r, i) =>
          i > 0 && typeof r[0] === "number" ? [String(r[0]), ...r.slice(1)] : r,
        ),
      ),
    ).toEqual([]);
  });

  it("with the numbering in the name, the sub-rows bare, indented, (1) numbered or under 其中", () => {
    expect(dup(inName((n) => n))).toEqual([]);
    expect(dup(inName((n) => `    ${n}`))).toEqual([]);
    expect(dup(inName((n, i) => `(${i})${n}`))).toEqual([]);
    expect(dup(inName((n, i) => (i === 1 ? `其中:${n}` : n)))).toEqual([]);
    expect(dup(serial((n) => (n === "城市" ? `其中:${n}` : n)))).toEqual([]);
  });

  it("with a category column written on its first row only, and under a numbered section", () => {
    const withCategory = serial().map((r, i) => [
      i === 0 ? "类别" : i === 1 ? "社会救助" : "",
      ...r,
    ]);
    expect(dup(withCategory)).toEqual([]);
    const underSection = [
      H,
      ["一", "社会救助", "", null, null, null],
      ...serial().slice(1),
    ];
    expect(dup(underSection)).toEqual([]);
  });
});

describe("a name twice under one owner, at the top level, or a copied row still is a duplicate", () => {
  it("the same sub-row twice under one numbered row", () => {
    const rows = [...serial(), ["", "城市", "人", 120, 110, 9.1]];
    expect(dup(rows)).toEqual(["duplicate-indicator@B8"]);
    const named = [...inName((n) => n), ["城市", "人", 120, 110, 9.1]];
    expect(dup(named)).toEqual(["duplicate-indicator@A8"]);
  });

  it("a numbered row named again at the top level", () => {
    const rows = [...serial(), [3, "低保对象", "人", 1100, 900, 22.2]];
    expect(dup(rows)).toEqual(["duplicate-indicator@B8"]);
  });

  it("a sub-row copied, figures and all, under the next numbered row", () => {
    const rows = serial().map((r, i) =>
      i === 5 ? ["", "城市", ...FIGURES.低保城市] : r,
    );
    expect(dup(rows)).toEqual(["duplicate-indicator@B6"]);
  });

  it("a numbered row copied without its number onto the next row, in a table of no sections", () => {
    const rows: CellInput[][] = [
      H,
      [6, "死亡人数", "人", 7125, 6980, 2.1],
      ["", "死亡人数", "人", 7125, 6980, 2.1],
      [7, "火化遗体", "具", 7034, 6893, 2.0],
    ];
    expect(dup(rows)).toEqual(["duplicate-indicator@B3"]);
  });
});
