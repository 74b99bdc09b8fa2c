import type { Dimension, UnitInfo } from "./types";

/**
 * The unit catalogue: every unit the seed reports and indicator tables write, with what it
 * measures and its factor to the dimension's base unit (BASE_UNIT). Spelling variants (％, ㎡,
 * 個) carry `canonical`, the usual simplified spelling, so that callers can compare units.
 *
 * `scaled` entries (万元, 亿元, 万人次 …) are units with a scale word fused in, as table headers
 * write them (`单位：万元`). The parser never returns them: it splits `4.48亿元` into the scale
 * word 亿 and the unit 元. `lookupUnit` returns them for headers and column units.
 */
export const BASE_UNIT: Record<Dimension, string> = {
  money: "元",
  persons: "人",
  households: "户",
  count: "个",
  area: "平方米",
  length: "米",
  weight: "千克",
  time: "天",
  rate: "%",
  "rate-points": "个百分点",
  "money-per-period": "元/月",
};

interface Entry {
  units: readonly string[];
  dimension: Dimension;
  factor: number;
  integral: boolean;
  canonical?: string;
  scaled?: boolean;
}

// Classifiers for counted things (量词). Each is a unit of the `count` dimension, factor 1.
const COUNT_WORDS = [
  "个", "家", "所", "处", "张", "件", "条", "场", "次", "对", "座", "块", "套", "支", "台", "项", "批", "届",
  "床", "张床", "床位", "张床位", "个床位", "只", "辆", "间", "本", "份", "篇", "部", "起", "宗", "笔", "例", "种", "类", "期", "班", "轮",
  "棵", "株", "组", "队", "栋", "幢", "片", "处次", "场次", "批次", "件次", "家次", "台次", "架", "艘", "册",
  "门", "级", "项次", "封", "单", "面", "盏", "把", "口", "座次", "穴",
  // 遗体 (具), 档案 (卷), 界桩 (颗, 枚), 助餐 (餐, 顿, 人次 is above), 帐篷 (顶), 衣物 (双), 物资 (盒, 袋).
  "具", "卷", "颗", "枚", "餐", "顿", "顶", "双", "盒", "袋",
];
// Traditional spellings of the same classifiers.
const COUNT_TRADITIONAL: Record<string, string> = {
  個: "个", 處: "处", 張: "张", 條: "条", 場: "场", 對: "对", 塊: "块", 臺: "台", 項: "项", 屆: "届",
  輛: "辆", 間: "间", 類: "类", 組: "组", 隊: "队", 棟: "栋", 級: "级",
};

const ENTRIES: Entry[] = [
  // money (base 元)
  { units: ["元"], dimension: "money", factor: 1, integral: false },
  { units: ["千元"], dimension: "money", factor: 1e3, integral: false, scaled: true },
  { units: ["万元"], dimension: "money", factor: 1e4, integral: false, scaled: true },
  { units: ["萬元"], dimension: "money", factor: 1e4, integral: false, scaled: true, canonical: "万元" },
  { units: ["百万元"], dimension: "money", factor: 1e6, integral: false, scaled: true },
  { units: ["千万元"], dimension: "money", factor: 1e7, integral: false, scaled: true },
  { units: ["亿元"], dimension: "money", factor: 1e8, integral: false, scaled: true },
  { units: ["億元"], dimension: "money", factor: 1e8, integral: false, scaled: true, canonical: "亿元" },
  // persons (base 人)
  { units: ["人", "名", "位", "人次", "名次", "人/次"], dimension: "persons", factor: 1, integral: true },
  { units: ["万人", "万人次", "万名"], dimension: "persons", factor: 1e4, integral: false, scaled: true },
  { units: ["萬人", "萬人次"], dimension: "persons", factor: 1e4, integral: false, scaled: true },
  // households (base 户)
  { units: ["户", "户次", "个家庭", "户家庭"], dimension: "households", factor: 1, integral: true },
  { units: ["戶"], dimension: "households", factor: 1, integral: true, canonical: "户" },
  { units: ["万户"], dimension: "households", factor: 1e4, integral: false, scaled: true },
  // things
  { units: COUNT_WORDS, dimension: "count", factor: 1, integral: true },
  { units: ["万个", "万件", "万次", "万张", "万册", "万份"], dimension: "count", factor: 1e4, integral: false, scaled: true },
  // area (base 平方米)
  { units: ["平方米", "平米"], dimension: "area", factor: 1, integral: false },
  { units: ["㎡", "m²", "m2", "M2"], dimension: "area", factor: 1, integral: false, canonical: "平方米" },
  { units: ["万平方米"], dimension: "area", factor: 1e4, integral: false, scaled: true },
  { units: ["亩"], dimension: "area", factor: 2000 / 3, integral: false },
  { units: ["万亩"], dimension: "area", factor: 2e7 / 3, integral: false, scaled: true },
  { units: ["公顷"], dimension: "area", factor: 1e4, integral: false },
  { units: ["平方公里", "平方千米"], dimension: "area", factor: 1e6, integral: false },
  { units: ["k㎡", "km²", "km2"], dimension: "area", factor: 1e6, integral: false, canonical: "平方公里" },
  // length (base 米)
  { units: ["米"], dimension: "length", factor: 1, integral: false },
  { units: ["公里", "千米"], dimension: "length", factor: 1000, integral: false },
  { units: ["km"], dimension: "length", factor: 1000, integral: false, canonical: "公里" },
  // weight (base 千克)
  { units: ["千克", "公斤"], dimension: "weight", factor: 1, integral: false },
  { units: ["kg"], dimension: "weight", factor: 1, integral: false, canonical: "千克" },
  { units: ["吨"], dimension: "weight", factor: 1000, integral: false },
  { units: ["斤"], dimension: "weight", factor: 0.5, integral: false },
  // time (base 天; month and year are the calendar averages)
  { units: ["分钟"], dimension: "time", factor: 1 / 1440, integral: false },
  { units: ["小时"], dimension: "time", factor: 1 / 24, integral: false },
  { units: ["天", "日", "个工作日", "工作日"], dimension: "time", factor: 1, integral: false },
  { units: ["周", "个周"], dimension: "time", factor: 7, integral: false },
  { units: ["个月", "月"], dimension: "time", factor: 30.4375, integral: false },
  { units: ["个季度", "季度"], dimension: "time", factor: 91.3125, integral: false },
  { units: ["年"], dimension: "time", factor: 365.25, integral: false },
  { units: ["岁", "周岁"], dimension: "time", factor: 365.25, integral: true },
  { units: ["万小时"], dimension: "time", factor: 1e4 / 24, integral: false, scaled: true },
  // rates (base %)
  { units: ["%"], dimension: "rate", factor: 1, integral: false },
  { units: ["％"], dimension: "rate", factor: 1, integral: false, canonical: "%" },
  { units: ["‰"], dimension: "rate", factor: 0.1, integral: false },
  { units: ["个百分点", "百分点"], dimension: "rate-points", factor: 1, integral: false },
  // A rate in ‰ changes in 千分点 (离婚率2.1‰,下降0.2个千分点): a tenth of a percentage point.
  { units: ["个千分点", "千分点"], dimension: "rate-points", factor: 0.1, integral: false },
  // per-period standards (base 元/月)
  { units: ["元/月", "元/人·月", "元/人/月", "元/月/人", "元/月·人", "元/人.月", "元/人月", "元/户/月", "元/户·月", "元/床/月", "元/床·月"], dimension: "money-per-period", factor: 1, integral: false },
  { units: ["元/年", "元/人/年", "元/人·年", "元/年/人", "元/年·人", "元/户/年", "元/户·年", "元/床/年", "元/床·年"], dimension: "money-per-period", factor: 1 / 12, integral: false },
  { units: ["元/天", "元/日", "元/人/天", "元/人·天", "元/人/日", "元/人·日", "元/床/天", "元/床·天"], dimension: "money-per-period", factor: 30.4375, integral: false },
  { units: ["元/人", "元/户", "元/次", "元/人次", "元/人/次", "元/人·次", "元/床", "元/个", "元/平方米", "元/㎡"], dimension: "money-per-period", factor: 1, integral: false },
  { units: ["万元/年"], dimension: "money-per-period", factor: 1e4 / 12, integral: false, scaled: true },
];

/** Every unit the catalogue knows, by its written form. */
export const UNIT_CATALOGUE: ReadonlyMap<string, UnitInfo> = (() => {
  const m = new Map<string, UnitInfo>();
  for (const e of ENTRIES) {
    for (const u of e.units) {
      const info: UnitInfo = { unit: u, dimension: e.dimension, factor: e.factor, integral: e.integral };
      if (e.canonical) info.canonical = e.canonical;
      if (e.scaled) info.scaled = true;
      m.set(u, Object.freeze(info));
    }
  }
  for (const [trad, simp] of Object.entries(COUNT_TRADITIONAL)) {
    m.set(trad, Object.freeze({ unit: trad, dimension: "count", factor: 1, integral: true, canonical: simp }));
  }
  return m;
})();

/** Units the parser may return: the catalogue without the scale-fused ones (万元 is 万 + 元). */
export const PARSE_UNITS: ReadonlyMap<string, UnitInfo> = new Map([...UNIT_CATALOGUE].filter(([, v]) => !v.scaled));

/** The longest unit in the catalogue, in UTF-16 code units (for scanners). */
export const MAX_UNIT_LENGTH = Math.max(...[...UNIT_CATALOGUE.keys()].map((k) => k.length));

/**
 * The catalogue entry for a unit as written (`万元`, `人次`, `％`, `元/人·月`), or null. Tolerates
 * surrounding whitespace and one pair of brackets, as table headers write units (`（万元）`).
 */
export function lookupUnit(unitText: string): UnitInfo | null {
  const direct = UNIT_CATALOGUE.get(unitText);
  if (direct) return direct;
  let t = unitText.trim();
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  if ((first === 0x28 && last === 0x29) || (first === 0xff08 && last === 0xff09)) t = t.slice(1, -1).trim();
  return UNIT_CATALOGUE.get(t) ?? scaledUnit(t);
}

const SCALE_PREFIXES: readonly [string, number][] = [["千万", 1e7], ["百万", 1e6], ["十万", 1e5], ["万", 1e4], ["萬", 1e4], ["亿", 1e8], ["億", 1e8], ["千", 1e3]];
const synthesized = new Map<string, UnitInfo | null>();
/**
 * Texts scaledUnit is asked about come from the user's text (any short run after a figure): a
 * task pane open all season would keep every one. Past this many the cache starts again.
 */
const SYNTHESIZED_LIMIT = 4096;

/**
 * Any catalogue unit with a scale word in front, as headers write them (万条, 万块, 亿人次):
 * the catalogue lists the common ones, this covers the rest with the same meaning.
 */
function scaledUnit(t: string): UnitInfo | null {
  if (t.length < 2 || t.length > MAX_UNIT_LENGTH + 2) return null;
  const known = synthesized.get(t);
  if (known !== undefined) return known;
  let info: UnitInfo | null = null;
  for (const [word, factor] of SCALE_PREFIXES) {
    if (!t.startsWith(word)) continue;
    const base = PARSE_UNITS.get(t.slice(word.length));
    if (!base || base.dimension === "rate" || base.dimension === "rate-points") continue;
    info = { unit: t, dimension: base.dimension, factor: factor * base.factor, integral: false, scaled: true };
    if (base.canonical) info.canonical = word + base.canonical;
    Object.freeze(info);
    break;
  }
  if (synthesized.size >= SYNTHESIZED_LIMIT) synthesized.clear();
  synthesized.set(t, info);
  return info;
}
