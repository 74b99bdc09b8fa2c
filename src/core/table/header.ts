import { lookupUnit } from "../quantity";
import { findColumn, normalizeHeader, type Schema } from "../schema";
import { CLOSING } from "./stock-words";
import type { Grid, GridCell } from "./grid";
import { monthOrSoFarAlone } from "./month-words";
import { findPeriod, yearsIn } from "./period";
import type { ColumnRole, Period } from "./types";

/**
 * Finding the header of an indicator table and reading what each header says: which schema
 * column it is, a unit it names (`金额(万元)`), a period (`2023年`, `2020年上半年完成`), and for
 * previous and growth columns whether they compare with last year (同比) or the last period (环比).
 */

export interface HeaderClass {
  role: ColumnRole;
  /** Schema column key (the schema's first column with this role when matched by keyword). */
  key: string;
  /** True when matched by one of the schema's aliases (rather than by keyword). */
  byAlias: boolean;
  /** True when the header is only a period (`2023年`): value or previous is decided by the year. */
  byYear?: boolean;
  basis?: "yoy" | "mom";
  period?: Period;
  /** A unit named in brackets: `(万元)`. */
  unit?: string;
  /** The header says the column is in percent: `(%)`, `%`. */
  percent?: boolean;
  /** The header names its own indicator and what it counts (`低保户数`, `低保资金`): a wide table's column. */
  named?: boolean;
  /** A quarter named without a year (第二季度, 二季度, Q2, 4-6月): ordered by it. */
  quarter?: number;
  /** A growth header that names the change as a quantity (增减量, 增减额): value − previous. */
  absolute?: boolean;
  /** A column of periods naming the rows (月份, 时间, 期间, 季度): the label column when no other names them. */
  periodLabel?: boolean;
  /** The stock at the period's end (期末数, 年末数, 本期末): beside flows (本期新增 | 本期注销), the row's value. */
  closing?: boolean;
}

/** The header of a column of periods, one row per month or quarter (月份 | 当月 | 本年累计). */
const PERIOD_LABEL_HEADER = /^(?:月份|月|时间|期间|时期|时点|统计时点|季度|旬|周|周次|统计期|统计时间|统计月份|年月|报告期)$/;

/** A quarter without a year: 第一季度, 一季度, 1季度, Q1, 1-3月. */
const QUARTER = /^(?:第?([一二三四1-4])季度|[qQ]([1-4])|(\d{1,2})-(\d{1,2})月)$/;
const QUARTER_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function quarterOf(header: string): number | undefined {
  const m = QUARTER.exec(header);
  if (!m) return undefined;
  if (m[1] ?? m[2]) return QUARTER_DIGITS[(m[1] ?? m[2])!];
  const from = Number(m[3]);
  const to = Number(m[4]);
  return to - from === 2 && to % 3 === 0 && to <= 12 ? to / 3 : undefined;
}

/**
 * A comparison: 同比, 增幅, 比上年, and the size of a rise or fall said as 幅度 (提高幅度, 上升幅度,
 * 下降幅度) or in two characters (涨幅, 降幅, 升幅, 减幅). (提高 or 下降 alone may name a measure, 提高标准.)
 */
const GROWTH_WORDS = /同比|环比|增减|增长|增幅|增速|增加|减少|比上年|较上年|(?:提高|提升|上升|上涨|下降|降低|下调|上调)幅度|涨幅|降幅|升幅|减幅|growth|change|yoy|increase/;
/** A difference (差距, 差额, 差值, 相差, 快慢) from the share of the year gone, named in the header. */
const POINT_DIFFERENCE_FROM_BENCHMARK = /(?:序时进度|时间进度|时序进度).{0,4}(?:差距|差额|差值|相差|快慢)/;
const MOM_WORDS = /环比|上月|上季|上期|mom|previousperiod/;
// Keyword fallbacks, tried in this order after the schema's aliases fail. Order matters:
// 完成率 before 完成, 上年完成 (previous) before 完成 (value).
/** 指标代码, 项目编码: a statistical form's code column (its header, normalised). */
export const CODE_HEADER = /^(?:指标|项目|统计)?(?:代码|编码|代号)$/;

/** A budget (年初预算, 全年预算, 调整预算数), the spending's target; not 预算执行率 (read before), nor 预算单位. */
const BUDGET = /预算(?:数|额|金额|安排数?|指标)?$/;
/** Spending or execution in a period (1-6月支出, 支出数, 执行数, 拨付金额): a value. */
const SPENT = /(?:支出|拨付)(?:数|额|金额)?$|执行(?:数|额|金额)$/;

/**
 * A row-label header of places: 地区, 区域, 区划, 区县, 乡镇, 街道, 县(市、区), 县市区, 市(县、区), 镇(街道),
 * and villages with their communities: 村, 村居, 村(社区), 村(居), 社区(村). (classifyHeader reads it with
 * a trailing bracket dropped: 村(社区) as 村.)
 */
const PLACE_HEADER = /^(?:地区|区域|区划|区县|县区|乡镇|镇街|街道|街镇|社区|村|村居|村社区|村\((?:社区|居)\)|社区\(村\)|[县市区镇乡][(]?[县市区镇乡街道、,]*[)]?)(?:名称)?$/;

/** Whether a row-label column's header names places, not indicators (its rows are no catalogue's names). */
export function isPlaceHeader(header: string): boolean {
  return PLACE_HEADER.test(normalizeHeader(header));
}

/** What a count of things is headed by after their name: 乡镇(街道)数, 街道数量, 村(社区)个数, 社区总数. */
const COUNT_SUFFIX = /(?:个数|总数|数量|数)$/;

/**
 * A count of places (乡镇(街道)数, 街道数量, 村(社区)个数): the places' name, its own bracket dropped as
 * classifyHeader drops a trailing one, then a count. Not the places themselves: 乡镇(街道)数(个) beside
 * 已建成社工站(个) is a figure column, not a second column of names.
 */
function countsPlaces(rest: string): boolean {
  const m = COUNT_SUFFIX.exec(rest);
  if (!m || m.index === 0) return false;
  const name = rest.slice(0, m.index);
  return PLACE_HEADER.test(name) || PLACE_HEADER.test(name.replace(/\([^()]*\)$/, ""));
}

/**
 * A row-label header of institutions: 机构, 养老机构, 服务机构, 机构名称, 单位名称 — not a count of them
 * (机构数, 机构数量), nor a figure column in its unit (养老机构(个)), nor the unit column (单位).
 */
const INSTITUTION_HEADER = /^[\u4e00-\u9fff]{0,8}(?:机构(?:名称)?|单位名称)$/u;
/** 登记管理机关, 登记机关, 业务主管机关, 社团登记管理机关: the offices that register or oversee bodies, naming the rows. */
const REGISTRAR_HEADER = /^[\u4e00-\u9fff]{0,4}(?:登记|管理|主管)机关(?:名称)?$/u;

/** Whether a header names the rows as places or institutions: the label column of a table of them. */
export function isRowLabelHeader(header: string): boolean {
  const t = normalizeHeader(header);
  return PLACE_HEADER.test(t) || INSTITUTION_HEADER.test(t) || REGISTRAR_HEADER.test(t);
}

/** A label column's generic name: 项目, 指标, 项目名称, 指标名称 (what its rows are is read from them). */
const GENERIC_LABEL = /^(?:项目|指标)(?:名称)?$/;

/** A wide table's label column: places, institutions, periods (月份, 季度) or kinds (类型, 机构类型, 类别). */
function isWideLabelHeader(header: string): boolean {
  const t = normalizeHeader(header);
  return isRowLabelHeader(t) || PERIOD_LABEL_HEADER.test(t) || /^[\u4e00-\u9fff]{0,6}(?:类型|类别)$/u.test(t);
}

const FALLBACKS: readonly [RegExp, ColumnRole][] = [
  // A code column is never the indicator's name (before 指标 below).
  [CODE_HEADER, "serial"],
  [/完成率|完成进度|完成比例|执行率|进度|完成[^%]{0,30}%|完成.{0,30}百分比|占.{0,30}(?:目标|计划|任务)|completion|progress/, "completion"],
  [/上年|上期|去年|同期|上月|上季|previous|lastyear|prior/, "previous"],
  [/目标|计划|任务数|(?:年度|全年|上半年|下半年)任务|预期|target|plan/, "target"],
  // 年初预算, 全年预算, 预算数: a budget is what the spending is measured against (预算执行率 = 支出 ÷ 预算).
  [BUDGET, "target"],
  // 全年 beside 一季度…四季度 (and 1-12月, 1-4季度): the year's figure, the one its target is met by.
  [/本期|本年|本月|当月|当期|完成|累计|实际|截至|截止|数值|金额|数额|数量|总数|合计|全年|^1-12月$|^1-4季度$|^一至四季度$|value|actual|amount|total/, "value"],
  // 1-6月支出, 上半年支出, 1-6月执行数, 支出 (beside 预算): what was spent in the period. (Anchored at the
  // end: 支出项目, 支出科目 name the rows.) 上半年, 前三季度 alone: the period's figure.
  [SPENT, "value"],
  [/^(?:上半年|下半年|前三季度)$/, "value"],
  [/^(?:计量)?单位(?:units?)?$|^units?$/, "unit"],
  [/备注|说明|情况|remark|note|comment/, "note"],
  [/指标|项目|名称|事项|内容|地区|区域|区划|区县|乡镇|街道|^(?:重点)?(?:工作)?任务$|item|indicator|name|region|area/, "indicator"],
  // One row per place: 县(市、区), 县市区, 市(县、区), 镇(街道).
  [PLACE_HEADER, "indicator"],
  // One row per registering office (登记管理机关 | 社会团体 | 基金会 | 合计): its rows name offices, as places' do.
  [REGISTRAR_HEADER, "indicator"],
  // 年检类型, 机构类型: kinds of what the rows count, as 类别 are.
  [/类别|分类|领域|板块|类型$|category/, "category"],
  [/处室|科室|责任|牵头|部门|department|office/, "department"],
  [/序号|^no\.?$/, "serial"],
];

/** The words FALLBACKS finds anywhere in a header as the rows' label: 项目, 指标, 事项 and places. */
const LABEL_WORD = /指标|项目|事项|地区|区域|区划|区县|乡镇|街道/g;
/** What follows a label word when the column still holds text: 地区名称, 项目内容, 实施单位, 街道社区. */
const TEXT_TAIL = /名称|名单|明细|内容|情况|说明|备注|措施|地址|单位|部门|类别|类型|代码|编码|编号|社区|村|镇|乡/;
/** What a measure ends in: 地区生产总值, 区域面积, 项目资金, 项目数, 指标值. */
const MEASURE_END = /(?:总值|产值|增加值|人口|面积|收入|支出|资金|金额|总额|数|量|额|值)$/;

/**
 * 地区生产总值(亿元), 人均地区生产总值(元), 区域面积, 街道(乡镇)居家养老服务中心(个), 项目数: a label word
 * (地区, 街道, 项目) inside a longer name, followed by what is measured of it (a measure word, or any
 * name when the header gives a unit or %), names a figure column, not the rows' labels. Only a header
 * that ends in the label word (地区, 所属地区, 县(市、区), 救助项目) or goes on with text (地区名称,
 * 乡镇(街道)名称) labels the rows. `rest` is the header normalised, its trailing bracket dropped.
 */
function measureOfLabelled(rest: string, unitOrPercent: boolean): boolean {
  // (Bracketed alternatives, 街道(乡镇), are the label's own: read past them.)
  const plain = rest.replace(/\([^()]*\)/g, "");
  let end = -1;
  for (const m of plain.matchAll(LABEL_WORD)) end = m.index + m[0].length;
  if (end < 0) return false;
  const tail = plain.slice(end);
  if (!/^[\u4e00-\u9fff]+$/u.test(tail) || TEXT_TAIL.test(tail)) return false;
  return unitOrPercent || MEASURE_END.test(tail);
}

/**
 * A name (two characters or more) and what it counts or amounts to; or a count alone (人数 | 上年同期 |
 * 同比 under a county column: the table's one measure, its unit in the title line).
 */
const NAMED_FIGURE = /^(?:[\u4e00-\u9fff]{2,})?(户数|人数|个数|人次|户次|家数|资金|支出)$/u;
/**
 * A period or comparison word where NAMED_FIGURE wants a name: 本期支出, 上年同期支出, 上半年支出,
 * 年初预算资金 name no indicator; they are the table's value, previous or target column.
 */
const PERIOD_NAME = /^(?:本期|本年|本月|当期|当月|上期|上年|去年|同期|上年同期|去年同期|上半年|下半年|全年|年初|年度|累计|本年累计|上年累计|上年同期累计|前三季度|第?[一二三四]季度|实际|预算|年初预算|全年预算|年度预算)$/;
/** A rate named with its indicator (four characters or more before 率): 社区综合服务设施覆盖率. */
const NAMED_RATE = /^[\u4e00-\u9fff]{4,}率$/u;
const COUNT_UNIT: Readonly<Record<string, string>> = { 户数: "户", 人数: "人", 个数: "个", 人次: "人次", 户次: "户次", 家数: "家" };

function keyForRole(schema: Schema, role: ColumnRole): string {
  return schema.columns.find((c) => c.role === role)?.key ?? role;
}

function stripPeriod(t: string, p: { label: string; index: number } | null): string {
  return p ? (t.slice(0, p.index) + t.slice(p.index + p.label.length)).trim() : t;
}

/** An English rendering after the Chinese: letters, digits, spaces and plain punctuation only. */
const ENGLISH_TAIL = /^\s+[A-Za-z0-9 .,'/&%()\-–]+$/;

/**
 * A bilingual header (`2024年上半年 H1 2024`, `2023年 2023`): an English tail after the Chinese that
 * names only years the Chinese names (`2024年`) says the same period again, and is dropped — read
 * as a second year, the one year made a growth (`2023年比2022年`) or no column at all.
 */
function withoutEnglishYear(part: string): string {
  let last = -1;
  for (let i = part.length - 1; i >= 0; i--) {
    const c = part.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || c === 0xff09) {
      last = i;
      break;
    }
  }
  if (last < 0) return part;
  const tail = part.slice(last + 1);
  if (!ENGLISH_TAIL.test(tail)) return part;
  const years = yearsIn(tail.replace(/[A-Za-z]\d/g, " "));
  const head = part.slice(0, last + 1);
  return years.length > 0 && years.every((y) => head.includes(`${y}年`)) ? head : part;
}

/** Reads one header (or the parts of a two-row header, top first). Null when it names no column. */
export function classifyHeader(parts: readonly string[], schema: Schema): HeaderClass | null {
  let clean = parts.map((p) => withoutEnglishYear(p.trim())).filter((p) => p.length > 0);
  // `2024年 / 2024` (a bilingual second row repeating the year): the bare year adds nothing.
  clean = clean.filter((p) => !(/^(?:19|20)\d{2}$/.test(p) && clean.some((q) => q !== p && q.includes(`${p}年`))));
  if (clean.length === 0) return null;
  const joined = normalizeHeader(clean.join(""));
  const bareYear = /^(?:19|20)\d{2}$/.test(joined) ? Number(joined) : 0;
  const period = findPeriod(joined) ?? (bareYear ? { year: bareYear, label: joined, index: 0 } : null);
  const years = [...new Set(yearsIn(joined))];
  let unit: string | undefined;
  let percent = /%|百分比/.test(joined);
  const bracket = /\(([^()]{1,12})\)$/.exec(joined);
  if (bracket) {
    const inner = bracket[1].replace(/^单位[:,]?/, "");
    if (inner === "%" || inner === "百分比") percent = true;
    else if (lookupUnit(inner)) unit = inner;
  }
  // `城乡低保对象(人)` merged over 本期 | 上年同期 | 同比(%): the unit of the group above is its figures'
  // (not its growth's or completion's, which are percentages).
  let groupUnit: string | undefined;
  if (!unit && !percent && clean.length > 1) {
    for (const part of clean.slice(0, -1)) {
      const inner = /\(([^()]{1,12})\)$/.exec(normalizeHeader(part))?.[1].replace(/^单位[:,]?/, "");
      if (inner && inner !== "%" && lookupUnit(inner)) groupUnit = inner;
    }
  }
  const enrich = (role: ColumnRole, key: string, byAlias: boolean): HeaderClass => {
    const out: HeaderClass = { role, key, byAlias };
    if (period) out.period = { year: period.year, label: period.label, ...(period.half ? { half: period.half } : {}), ...(period.quarter ? { quarter: period.quarter } : {}), ...(period.month ? { month: period.month } : {}) };
    if (unit) out.unit = unit;
    else if (groupUnit && (role === "value" || role === "previous" || role === "target")) out.unit = groupUnit;
    if (percent) out.percent = true;
    if (role === "growth" || role === "previous") out.basis = MOM_WORDS.test(joined) ? "mom" : "yoy";
    // `2024年上半年` merged over 本期 | 上年同期: the period above is the current one; the previous
    // column's own is a year earlier (同比), or not said (环比).
    const bottom = clean[clean.length - 1];
    if (role === "previous" && period && out.period && clean.length > 1 && !findPeriod(bottom) && !/(?:19|20)\d{2}/.test(bottom)) {
      if (out.basis === "yoy") out.period = { ...out.period, year: period.year - 1, label: out.period.label.replace(String(period.year), String(period.year - 1)) };
      else delete out.period;
    }
    return out;
  };
  const quarter = years.length === 0 ? quarterOf(joined) : undefined;
  if (quarter !== undefined) return { ...enrich("value", keyForRole(schema, "value"), false), quarter };
  // 增减量, 增减额: the change as a quantity (value − previous), not a growth rate.
  if (/增减量|增加量|增长量|增减数|增减额|增减绝对/.test(joined)) return { ...enrich("growth", keyForRole(schema, "growth"), false), absolute: true };
  // Two years or a comparison word: a growth column (2023年比2022年增减%), whatever the aliases say.
  if (years.length >= 2 || (GROWTH_WORDS.test(joined) && !/完成/.test(joined))) {
    const spec = findColumn(schema, joined);
    if (!spec || spec.role === "growth") return enrich("growth", spec?.key ?? keyForRole(schema, "growth"), !!spec);
  }
  // Only a period (`2023年`, `2023年1-6月`, `2022年1-10月`, `2024年6月底`): value or previous, decided by the year
  // beside the other periods (an alias such as `1-6月` must not make two such headers both 本期).
  const rest = stripPeriod(joined, period).replace(/\([^()]*\)$/, "").replace(/%$/, "");
  if (period && PERIOD_TAIL.test(rest)) {
    const out = enrich("value", keyForRole(schema, "value"), false);
    out.byYear = true;
    return out;
  }
  // The schema's aliases: each part (bottom first), then the whole, each also without its period,
  // year, bracketed unit or trailing %.
  const candidates: string[] = [];
  for (const p of [...clean].reverse()) candidates.push(normalizeHeader(p));
  if (clean.length > 1) candidates.push(joined);
  for (const c of candidates) {
    const p = findPeriod(c);
    const variants = [c, stripPeriod(c, p), c.replace(/(?:19|20)\d{2}年度?/, "")];
    for (const v of variants) {
      for (const w of [v, v.replace(/\(?%\)?$/, ""), v.replace(/\([^()]*\)$/, "")]) {
        if (!w) continue;
        const spec = findColumn(schema, w);
        if (spec) return enrich(spec.role, spec.key, true);
      }
    }
  }
  // 完成全年目标的%: a share of the target is the completion rate, not the target.
  if (percent && /完成|占/.test(rest) && /目标|计划|任务/.test(rest)) return enrich("completion", keyForRole(schema, "completion"), false);
  // 年初数 | 本期新增 | 本期注销 | 期末数: the stock at the period's end is a value (the row's, beside flows).
  if (CLOSING.test(rest)) return { ...enrich("value", keyForRole(schema, "value"), false), closing: true };
  // 月份 | 当月销售额 | 本年累计: a column of periods (1月 … 6月, then 上半年合计) names the rows.
  if (PERIOD_LABEL_HEADER.test(rest)) return { ...enrich("indicator", keyForRole(schema, "indicator"), false), periodLabel: true };
  // 与序时进度差距(百分点), 比时间进度快慢(百分点): not the benchmark but a difference in points from it,
  // a column of figures as 差额(百分点) is (columns.ts marks it the rate's difference from the
  // benchmark when the two stand just before it).
  if (unit && /百分点/.test(unit) && POINT_DIFFERENCE_FROM_BENCHMARK.test(rest)) return enrich("value", keyForRole(schema, "value"), false);
  // 完成时间, 截止日期: when something is done, not how much; 时序进度: the share of the year gone;
  // 占比(%), 比重(%): each row's share of the total —
  // none is a column the checks read (and none is a second value, completion or growth column).
  if (/时间|日期|时限|期限|时序进度|时间进度|序时进度/.test(rest)) return null;
  if (/^(?:占比|比重|占总数|所占比例|构成)/.test(rest)) return null;
  // 指标解释, 统计口径, 计算方法: what an indicator means, not another column of names.
  if (/(?:解释|口径|含义|计算方法|定义)$|^指标说明$/.test(rest)) return null;
  // 乡镇(街道)数(个): how many places, a wide table's column (in 个 when its header names no unit), not
  // a column of names (乡镇 and 街道 name the rows below as FALLBACKS reads them).
  if (countsPlaces(rest)) {
    const out = enrich("value", keyForRole(schema, "value"), false);
    out.named = true;
    if (!out.unit && !percent) out.unit = "个";
    return out;
  }
  // 低保户数 | 低保人数 | 低保资金: a wide table's columns, each an indicator and what it counts.
  const counted = NAMED_FIGURE.exec(rest);
  // (资金 or 支出 alone names no measure the aliases do not: 支出 is a value column already.)
  if (counted && (rest.length > counted[1].length || COUNT_UNIT[counted[1]] !== undefined) && !PERIOD_NAME.test(rest.slice(0, rest.length - counted[1].length))) {
    const out = enrich("value", keyForRole(schema, "value"), false);
    out.named = true;
    const u = COUNT_UNIT[counted[1]];
    if (u && !out.unit) out.unit = u;
    return out;
  }
  const measure = measureOfLabelled(rest, !!unit || percent);
  for (const [re, role] of FALLBACKS) if (re.test(rest) && !(role === "indicator" && measure)) return enrich(role, keyForRole(schema, role), false);
  // An unknown header that names a unit is a column of figures in that unit: 社会组织总数(万个).
  if (unit || (percent && rest.length > 0)) return enrich("value", keyForRole(schema, "value"), false);
  // 社区综合服务设施覆盖率 | 养老服务设施覆盖率 (under a `单位:%` line, no % of their own): a rate that
  // names its indicator is a wide table's column of percentages. (A bare 覆盖率 or 参保率 names no
  // indicator; comparison and completion rates were read above.)
  if (NAMED_RATE.test(rest)) {
    const out = enrich("value", keyForRole(schema, "value"), false);
    out.percent = true;
    return out;
  }
  // 床位数(张) over 2025年末 | 2024年末: a group's column of one period is that period's figure of the
  // group's measure, as the period alone is (the latest year the value, an earlier one the previous).
  if (clean.length > 1 && periodOnlyPart(clean[clean.length - 1]) && clean.slice(0, -1).every((p) => !findPeriod(p))) {
    const out = enrich("value", keyForRole(schema, "value"), false);
    out.byYear = true;
    return out;
  }
  // 2025年1-6月销量, 2025年末床位数, 2025年末登记数 over 社会团体: a period, then what is measured in it.
  if (periodThenMeasure(clean)) return enrich("value", keyForRole(schema, "value"), false);
  return null;
}

/**
 * What may follow a period in a header that is only the period: nothing, its figure (数), 年度,
 * or its end (2025年末, 2025年底, 2025年6月末数).
 */
const PERIOD_TAIL = /^(?:数|度|底|末|年末|年底|底数|末数)?$/;

/** A header part that is a period and nothing more (2025年, 2025年末, 2025年6月底, 2025年1-6月). */
function periodOnlyPart(part: string): boolean {
  const t = normalizeHeader(part);
  const p = findPeriod(t);
  return !!p && p.index === 0 && PERIOD_TAIL.test(stripPeriod(t, p).replace(/\([^()]*\)$/, ""));
}

/** The end of the period a measure is taken at, written before it: 2025年末床位数, 2025年6月底人数. */
const PERIOD_END = /^(?:年末|年底|末|底)/;

/**
 * What names a text column, not figures (工作措施, 进展情况, 完成时间), or a rate or share whose
 * percent the header leaves unsaid: no measure of the period's figures.
 */
const NOT_A_MEASURE = /工作|措施|安排|要点|举措|进展|成效|问题|做法|情况|说明|备注|内容|名称|原因|依据|来源|方式|地址|日期|时间|时限|负责|责任|部门|单位|类别|类型|代码|编码|编号|电话|联系|目标|计划|任务|预算|率|比重|比例|占比|构成/;

/**
 * A header one part of which is a period followed by what is measured in it (2025年1-6月销量,
 * 2025年末登记数, 2025年底床位数(张)), and no other part names a period: the period's figure of that
 * measure. (The measure differs from table to table: 销量, 筹集公益金, 登记对数, 火化数 — any noun,
 * no list.) The period stands first in its part; a part above it names a group, one below it a
 * category (社会团体 | 基金会 | 合计). A part that is the period alone (2025年1-6月 over 城市) is none.
 */
function periodThenMeasure(parts: readonly string[]): boolean {
  let measured = false;
  for (const part of parts) {
    const t = normalizeHeader(part);
    const p = findPeriod(t);
    if (!p) continue;
    if (measured || p.index !== 0) return false;
    const what = stripPeriod(t, p).replace(/\([^()]*\)$/, "").replace(PERIOD_END, "");
    if (!/^[\u4e00-\u9fff]{1,12}$/u.test(what) || NOT_A_MEASURE.test(what)) return false;
    measured = true;
  }
  return measured;
}

/** The text of a cell as shown, with merged areas read from their top-left cell. */
export type TextAt = (r: number, c: number) => string;

export function cellText(cell: GridCell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return cell.text;
  return cell.value === null || cell.value === undefined ? "" : String(cell.value);
}

/** Whether a code unit is printable ASCII other than the space, or in the common CJK block: never trimmed. */
function untrimmable(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff);
}

/**
 * `cellText(cell).trim()`. For issue 3's 100,000-row check, which reads each row's first cells
 * so several times: a text that starts and ends with a character trim never removes is returned
 * as it is, without the call.
 */
export function trimmedText(cell: GridCell | undefined): string {
  const t = cellText(cell);
  return t.length === 0 || (untrimmable(t.charCodeAt(0)) && untrimmable(t.charCodeAt(t.length - 1))) ? t : t.trim();
}

/** A reader that sees merged areas (only those starting in the first `limit` rows) as filled. */
export function mergedTextAt(grid: Grid, limit: number): TextAt {
  const fill = new Map<number, { r: number; c: number }>();
  const width = 1 << 14;
  for (const m of grid.merges ?? []) {
    if (m.top >= limit) continue;
    for (let r = m.top; r <= Math.min(m.bottom, limit); r++)
      for (let c = m.left; c <= Math.min(m.right, m.left + 255); c++) if (r !== m.top || c !== m.left) fill.set(r * width + c, { r: m.top, c: m.left });
  }
  return (r, c) => {
    const src = fill.get(r * width + c);
    const cell = src ? grid.rows[src.r]?.[src.c] : grid.rows[r]?.[c];
    return cellText(cell).trim();
  };
}

/** Whether grid cell (r, c) lies inside a merged area, right of its left edge. */
function inMerge(grid: Grid, r: number, c: number): boolean {
  return (grid.merges ?? []).some((m) => r >= m.top && r <= m.bottom && c > m.left && c <= m.right);
}

export interface HeaderLayout {
  /** Grid row indices (0-based) of title rows above the header, and of the header rows. */
  titleRows: number[];
  headerRows: number[];
  /** The year of the first period the title rows name (`2024年上半年…情况表`), when they name one. */
  titleYear?: number;
  /** The month the title's period ends in, when it is part of a year (上半年 → 6, 2024年6月 → 6). */
  titleEndMonth?: number;
  /** A `单位:` line above the header lists % among its units (单位:人、%): some column may be in percent without saying so. */
  percentListed?: boolean;
  /** Per grid column: the header parts (top first) and what they say. */
  /**
   * Each column's header read (`text`: its rows joined with " / "). `asWritten` is set when the
   * header is read as less than it says: a period's 合计 under it (本月 over 城市 | 农村 | 合计) is
   * read as the period alone (本月), and keeps `本月 / 合计` for the table's columns and messages.
   */
  columns: { col: number; parts: string[]; text: string; cls: HeaderClass | null; mergedWith?: number; asWritten?: string }[];
}

const SCAN_ROWS = 30;
const YEAR = /^(?:19|20)\d{2}$/;
const PLAIN_NUMBER = /^[-+]?[\d,]+(?:\.\d+)?%?$/;

function isNumberCell(cell: GridCell | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.value === "number") return true;
  return PLAIN_NUMBER.test(cellText(cell).trim());
}

function rowWidth(grid: Grid, r: number): number {
  return grid.rows[r]?.length ?? 0;
}

/** Longer than this, a cell is a title or a sentence, not a column's name. */
const MAX_HEADER_CELL = 20;

/**
 * Whether a header cell can name a column: not a title or sentence (long, or ending in 。), not a
 * label (`填报说明:`), not a numbered note (`2.金额单位为万元`).
 */
function namesColumn(t: string): boolean {
  // (An English rendering of its period, `2024年1-6月 Jan-Jun 2024`, makes it no longer a name.)
  return withoutEnglishYear(t).length <= MAX_HEADER_CELL && !/[:：。]$/.test(t) && !/^\d{1,2}[.、．]\D/.test(t);
}

/** What one row says as a header: its written cells, those that name a column, and which kinds. */
interface HeaderRowStats {
  filled: number;
  named: number;
  /** An indicator or a figure column is named. */
  core: boolean;
  indicator: boolean;
  /** A value-like column (value, previous, growth, target, completion) is named. */
  figure: boolean;
  /** A plain number other than a year: a data row. */
  dataRow: boolean;
  /** Every written cell declares something about the form (单位:…, 统计截至:…, 填报单位:…): no header. */
  metadata: boolean;
}

/**
 * A declaration about the form, label and colon first: 单位:个、人、% (计量单位, 金额单位), 统计截至:2025年6月30日,
 * 填报日期, 填报单位, 填报人, 审核人. It names no column whatever it lists: `%` among the units made
 * `单位:个、人、%` read as a percent column, and its line as the header.
 */
const METADATA_CELL = /^(?:(?:计量|金额|数量|货币)?单位|统计(?:截至|截止)|截至|截止|(?:填报|填表|制表|报送|统计)(?:日期|时间|单位|人|机关)|审核人|负责人|联系人|联系电话|报告期|统计期)\s*[:：]/;

function headerRowStats(grid: Grid, r: number, schema: Schema, textAt: TextAt, width: number): HeaderRowStats {
  const s: HeaderRowStats = { filled: 0, named: 0, core: false, indicator: false, figure: false, dataRow: false, metadata: false };
  let declarations = 0;
  for (let c = 0; c < rowWidth(grid, r) || c < width; c++) {
    const t = textAt(r, c);
    // A merged area counts once: a title or period line merged across the table is one cell.
    if (!t || inMerge(grid, r, c)) continue;
    s.filled++;
    // A plain number other than a year: a data row (合计 | 1925 | 2794), whatever else it holds.
    if (isNumberCell(grid.rows[r]?.[c]) && !YEAR.test(t)) {
      s.dataRow = true;
      break;
    }
    // A label (`填报说明:`) or a sentence or title (`某市民政局2025年上半年主要指标完成情况表`) names no column.
    if (!namesColumn(t)) continue;
    if (METADATA_CELL.test(t)) {
      declarations++;
      continue;
    }
    const cls = classifyHeader([t], schema);
    if (!cls) continue;
    s.named++;
    // An indicator or a figure column (a list of 单位 | 类别 options is no table).
    if (cls.role === "indicator") s.indicator = true;
    if (cls.role === "value" || cls.role === "previous" || cls.role === "growth" || cls.role === "target" || cls.role === "completion") s.figure = true;
  }
  s.core = s.indicator || s.figure;
  s.metadata = declarations > 0 && declarations === s.filled;
  return s;
}

/**
 * The header: the first of the top rows where at least two cells name columns, most non-empty
 * cells name a column (a merged area counted once), and one of them is an indicator or a figure column. Rows above it are the
 * title. The next row joins it when all its cells are headers too (two-row headers, `项目 | Item`).
 */
export function findHeader(grid: Grid, schema: Schema): HeaderLayout | null {
  const limit = Math.min(grid.rows.length, SCAN_ROWS);
  const textAt = mergedTextAt(grid, limit + 2);
  const width = Math.max(0, ...grid.rows.slice(0, limit + 2).map((r) => r.length));
  for (let r = 0; r < limit; r++) {
    const s = headerRowStats(grid, r, schema, textAt, width);
    if (s.dataRow || s.metadata) continue;
    // (Group names over lost merges, 遗体火化 over 火化数(具) | 火化率(%), count as names of columns.)
    const lost = s.named >= 1 && s.named * 2 < s.filled ? lostMergeGroups(grid, r, schema, textAt, width) : 0;
    const plain = (s.named >= 2 && s.core && (s.named + lost) * 2 >= s.filled) || namesOverGroups(s, lost);
    // (A place's row of named figures that the usual test reads too, 乡镇 | 应享受人数 | 已享受人数 | 享受率,
    // is as wide: its unnamed 享受率 is a column all the same.)
    const wide = wideLabelAt(grid, r, schema, textAt, width, !plain);
    if (!plain && wide < 0) continue;
    const titleRows: number[] = [];
    for (let t = 0; t < r; t++) for (let c = 0; c < width; c++) if (textAt(t, c)) { titleRows.push(t); break; }
    const layout = layoutAt(grid, r, schema, textAt, width, titleRows);
    const units = unitsListed(titleRows, textAt, width);
    if (units.includes("%")) layout.percentListed = true;
    if (wide >= 0) readWideColumns(layout, wide, units, schema);
    const title = periodOfTitle(titleRows, textAt, width);
    if (title) {
      layout.titleYear = title.year;
      const end = title.month ?? (title.quarter ? title.quarter * 3 : title.half === 1 ? 6 : undefined);
      if (end !== undefined) layout.titleEndMonth = end;
    }
    return layout;
  }
  return null;
}

/**
 * 救助类别 | 城市 | (blank) | 农村 | (blank) over 户数(户) | 人数(人) under each: one column of names (its
 * header the only cell a role claims, no figure's) beside two groups or more over lost merges, every other
 * written cell one of them. The groups' columns named below are the figures (as a 合计 group
 * beside them would have said); the row is the header's top row.
 */
function namesOverGroups(s: HeaderRowStats, lost: number): boolean {
  return s.named === 1 && !s.figure && lost >= 2 && s.named + lost === s.filled;
}

/**
 * Group names over merges a .csv lost, in header row `r`: a cell no column role claims, of two
 * ideographs or more, with a blank cell right of it, and column names (headers) in the row below
 * under both (遗体火化 | (blank) over 火化数(具) | 火化率(%)). How many.
 */
function lostMergeGroups(grid: Grid, r: number, schema: Schema, textAt: TextAt, width: number): number {
  let n = 0;
  for (let c = 0; c + 1 < width; c++) {
    const t = textAt(r, c);
    if (!t || textAt(r, c + 1) || ideographs(t) < 2 || classifyHeader([t], schema)) continue;
    const a = textAt(r + 1, c);
    const b = textAt(r + 1, c + 1);
    if (!a || !b || isNumberCell(grid.rows[r + 1]?.[c]) || isNumberCell(grid.rows[r + 1]?.[c + 1])) continue;
    const named = (x: string) => !!classifyHeader([x], schema) || SHARE_NAME.test(normalizeHeader(x));
    if (named(a) && named(b)) n++;
  }
  return n;
}

/** How many ideographs a text holds. */
function ideographs(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * A wide table's header with plain indicator names (县市区 | 低保对象 | 特困人员 | 孤儿, under `单位:人`):
 * its first column (after any 序号) names places or institutions, every other written cell is a
 * name of two ideographs or more that no other role claims (a figure column at most: 合计), or a
 * change right after such a name (低保标准 | 较上年提高), two at least, and the first row below holds a text label and, in the other columns, figures (or
 * placeholders such as —) only, one at least. The label's grid column, or -1.
 * (Long tables, 指标 | 单位 | 本期 | 上期, are read by the usual test before this one is tried.)
 */
function wideLabelAt(grid: Grid, r: number, schema: Schema, textAt: TextAt, width: number, plainFailed: boolean): number {
  let label = -1;
  let names = 0;
  // Whether the cell before is a plain name (低保标准): a change right after it (较上年提高) is its change.
  let afterName = false;
  for (let c = 0; c < width; c++) {
    const t = textAt(r, c);
    if (!t || inMerge(grid, r, c)) continue;
    if (isNumberCell(grid.rows[r]?.[c])) return -1;
    const cls = namesColumn(t) && !METADATA_CELL.test(t) ? classifyHeader([t], schema) : undefined;
    if (label < 0) {
      if (cls?.role === "serial") continue;
      // 项目 | 结婚登记 | 离婚登记 over 本期 | 上年同期 | 增减: a generic label over plain names is a wide
      // table's too, where the usual test found no header (a long table, 项目 | 本期 | 上年同期, passes it).
      if (!isWideLabelHeader(t) && !(plainFailed && GENERIC_LABEL.test(normalizeHeader(t)))) return -1;
      label = c;
      continue;
    }
    // 县(市、区) | 低保标准 | 较上年提高: a name's change beside it (in the name's unit or in percent, as
    // the columns are read later) is a column of the wide table, not a sign of some other table.
    if (cls && cls.role === "growth" && afterName) {
      afterName = false;
      names++;
      continue;
    }
    // (After the label, a place's name (乡镇(街道), 村(社区), 社区) heads a count of such places: the
    // row below, all figures but its label, says so.)
    if (cls === undefined || ideographs(t) < 2 || (cls !== null && cls.role !== "value" && cls.role !== "indicator")) return -1;
    afterName = cls === null;
    names++;
  }
  if (label < 0 || names < 2) return -1;
  const next = r + 1;
  const first = textAt(next, label);
  if (!first || isNumberCell(grid.rows[next]?.[label])) return -1;
  let figures = 0;
  for (let c = label + 1; c < width; c++) {
    const t = textAt(next, c);
    if (!t) continue;
    if (isNumberCell(grid.rows[next]?.[c])) figures++;
    // A placeholder (—, /, -) in a cell with no figure; any word or digit is no figure of the table.
    else if (/[\d\u4e00-\u9fffA-Za-z]/.test(t)) return -1;
  }
  return figures > 0 ? label : -1;
}

/** The units a `单位:` line above the header lists: 单位:人 → [人]; 单位:人、% → [人, %]. Known units only. */
function unitsListed(titleRows: readonly number[], textAt: TextAt, width: number): string[] {
  for (const r of titleRows) {
    for (let c = 0; c < width; c++) {
      const m = /(?<![\u4e00-\u9fff])(?:计量)?单位\s*[:：]\s*([^\s;；()（）]+)/u.exec(textAt(r, c));
      if (!m) continue;
      const units = m[1].split(/[、,，/]/).filter((u) => u === "%" || (u !== "" && !!lookupUnit(u)));
      if (units.length > 0) return units;
    }
  }
  return [];
}

/**
 * A wide table's columns (wideLabelAt): the label column names the rows; each other header no role
 * claims is a figure column naming its indicator (as 低保户数 is: `named`). Its unit is the `单位:`
 * line's when the line names one unit besides any %; a rate (…率) is in percent (单位:人、%, or no
 * line at all). A total (合计) with no unit of its own takes that unit too.
 */
function readWideColumns(layout: HeaderLayout, label: number, units: readonly string[], schema: Schema): void {
  const counts = units.filter((u) => u !== "%");
  const unit = counts.length === 1 ? counts[0] : undefined;
  const allPercent = units.length === 1 && units[0] === "%";
  for (const e of layout.columns) {
    if (e.col === label) {
      if (!e.cls) e.cls = { role: "indicator", key: keyForRole(schema, "indicator"), byAlias: false };
      continue;
    }
    if (e.col < label || e.parts.length !== 1) continue;
    // A place's name after the label is a count of such places (县市区 | 乡镇(街道) | 村(社区) under 单位:个).
    if (e.cls && e.cls.role === "indicator") e.cls = null;
    if (e.cls && (e.cls.role !== "value" || e.cls.unit || e.cls.percent)) continue;
    const cls: HeaderClass = e.cls ?? { role: "value", key: keyForRole(schema, "value"), byAlias: false, named: true };
    // Rates and shares are in percent (…率, …占比, …比例, …比重).
    if (allPercent || /(?:率|占比|比例|比重|百分比)$/.test(normalizeHeader(e.text))) cls.percent = true;
    else if (unit) cls.unit = unit;
    e.cls = cls;
  }
}

/** What says when the form was filled in or sent, not the period it reports: 填报日期:2024年7月5日. */
const FILLED_ON = /日期|填报|填表|制表|报送|报出/;

/** The first period named in the title rows, a line saying when the form was filled in passed over. */
function periodOfTitle(titleRows: readonly number[], textAt: TextAt, width: number): ReturnType<typeof findPeriod> | undefined {
  for (const r of titleRows) {
    let before = "";
    for (let c = 0; c < width; c++) {
      const t = textAt(r, c);
      // (A merged cell's text stands in each of its cells.)
      if (!t || t === before) continue;
      before = t;
      if (FILLED_ON.test(t)) continue;
      const p = findPeriod(t);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * A header written below the first one, at grid row `r`: a second table stacked on the sheet
 * under headers of its own. The row reads as a header as the first one does (at least two cells
 * name columns, most of its written cells do, no figure), and names both an indicator column and
 * a figure column; a second header row joins it as under findHeader. It has no title rows.
 * `textAt` must see the merged areas that start in rows up to `r + 2`.
 */
export function headerBelow(grid: Grid, r: number, schema: Schema, textAt: TextAt = mergedTextAt(grid, r + 3)): HeaderLayout | null {
  const width = Math.max(rowWidth(grid, r), rowWidth(grid, r + 1));
  const s = headerRowStats(grid, r, schema, textAt, width);
  if (s.dataRow || s.metadata || s.named < 2 || !s.indicator || !s.figure || s.named * 2 < s.filled) return null;
  return layoutAt(grid, r, schema, textAt, width, []);
}

/** The label of a row of units: 单位, 计量单位. */
const UNIT_LABEL = /^(?:计量)?单位\s*[:：]?$/;

/** A row of units (`单位 | 人 | 户 | 万元 | 人次`): two units at least, every other written cell its label. */
function unitRow(grid: Grid, r: number, textAt: TextAt, width: number): boolean {
  let n = 0;
  for (let c = 0; c < width; c++) {
    const t = textAt(r, c);
    if (!t) continue;
    if (isNumberCell(grid.rows[r]?.[c])) return false;
    if (UNIT_LABEL.test(t)) continue;
    if (t !== "%" && !lookupUnit(t)) return false;
    n++;
  }
  return n >= 2;
}

/** A row of group names: two written cells at least, text only (no figure), not all of them column names. */
function groupRow(grid: Grid, r: number, textAt: TextAt, width: number): boolean {
  let n = 0;
  for (let c = 0; c < width; c++) {
    const t = textAt(r, c);
    if (!t || inMerge(grid, r, c)) continue;
    if (isNumberCell(grid.rows[r]?.[c])) return false;
    n++;
  }
  return n >= 2;
}

/** A row of column names: every written cell names a column, two at least, a figure column among them. */
function columnNameRow(grid: Grid, r: number, schema: Schema, textAt: TextAt, width: number): boolean {
  let n = 0;
  let figure = false;
  for (let c = 0; c < width; c++) {
    const t = textAt(r, c);
    if (!t) continue;
    if (isNumberCell(grid.rows[r]?.[c]) && !YEAR.test(t)) return false;
    const cls = classifyHeader([t], schema);
    if (!cls) return false;
    if (cls.role === "value" || cls.role === "previous" || cls.role === "growth") figure = true;
    n++;
  }
  return n >= 2 && figure;
}

/** A share column's own name under a group (节地生态安葬 over 安葬数(人) | 占比(%)). */
const SHARE_NAME = /^(?:占比|比重|比例|所占比例|构成)(?:\(%\)|%)?$/;

/** The header layout of the header found at grid row `r` (joined by the next row when that is a header row too). */
function layoutAt(grid: Grid, r: number, schema: Schema, textAt: TextAt, width: number, titleRows: number[]): HeaderLayout {
  const headerRows = [r];
  // A row of units under the names (`单位 | 人 | 户 | 万元`): each its column's unit.
  let units = -1;
  // A second header row: every non-empty cell is a header and none is a figure.
  const next = r + 1;
  if (next < grid.rows.length) {
    let n = 0;
    let ok = true;
    let differs = false;
    for (let c = 0; c < width; c++) {
      const t = textAt(next, c);
      if (!t) continue;
      // (A share, 占比(%), names a column the checks do not read, but a column all the same.)
      if ((isNumberCell(grid.rows[next]?.[c]) && !YEAR.test(t)) || (!classifyHeader([t], schema) && !SHARE_NAME.test(normalizeHeader(t)))) {
        ok = false;
        break;
      }
      if (t !== textAt(r, c)) differs = true;
      n++;
    }
    if (ok && n > 0 && differs) headerRows.push(next);
    // Three header rows: a row of group names (城乡低保户数 | 特困人员 | 孤儿, merged over their columns)
    // between the top row and a row of column names (本期 | 上年同期 | 同比(%)) under each group.
    else if (!ok && next + 1 < grid.rows.length && groupRow(grid, next, textAt, width) && columnNameRow(grid, next + 1, schema, textAt, width)) headerRows.push(next, next + 1);
    else if (!ok && unitRow(grid, next, textAt, width)) {
      headerRows.push(next);
      units = next;
    } else if (!ok && categoriesUnderPeriods(grid, r, schema, textAt, width)) headerRows.push(next);
  }
  const columns: HeaderLayout["columns"] = [];
  // A group over sub-columns whose merge was lost (a .csv: `2024年上半年,,` over `数量,金额(万元)`):
  // a blank upper cell over a named lower one carries on the group to its left, as the merge did.
  const groups = headerRows.map(() => "");
  const lower = headerRows[headerRows.length - 1];
  for (let c = 0; c < width; c++) {
    if (units >= 0) {
      // Name over unit: read as `低保对象(人)`; the row's own label (单位) names no column.
      const name = textAt(r, c);
      const unit = textAt(units, c);
      const parts = name ? [unit && !UNIT_LABEL.test(unit) ? `${name}(${unit})` : name] : [];
      if (parts.length > 0) columns.push({ col: c, parts, text: parts[0], cls: classifyHeader(parts, schema) });
      continue;
    }
    const parts: string[] = [];
    const below = textAt(lower, c);
    for (let i = 0; i < headerRows.length - 1; i++) {
      const upper = headerRows[i];
      const above = textAt(upper, c);
      if (above) groups[i] = below ? above : "";
      else if (!below || inMerge(grid, upper, c)) groups[i] = "";
      if (!above && below && groups[i]) parts.push(groups[i]);
      else if (above && parts[parts.length - 1] !== above) parts.push(above);
    }
    if (headerRows.length === 1) {
      const t = textAt(lower, c);
      if (t) parts.push(t);
    } else if (below && parts[parts.length - 1] !== below) parts.push(below);
    if (parts.length === 0) continue;
    // (A sentence or a label beside the header, `2.金额单位为万元,人数单位为人。`, names no column.)
    const named = parts.every(namesColumn);
    const entry: HeaderLayout["columns"][number] = { col: c, parts, text: parts.join(" / "), cls: named ? classifyHeader(parts, schema) : null };
    // The same header cell merged across columns, with nothing below to tell them apart.
    const prev = columns[columns.length - 1];
    if (prev && prev.col === c - 1 && prev.text === entry.text && headerRows.every((h) => inMerge(grid, h, c))) entry.mergedWith = prev.mergedWith ?? prev.col;
    columns.push(entry);
  }
  if (headerRows.length === 2 && units < 0) readCategoryTotals(columns, schema);
  labelInstitutions(columns, schema);
  labelPlainNames(grid, columns, headerRows[headerRows.length - 1] + 1, schema, textAt);
  return { titleRows, headerRows, columns };
}

/**
 * 机构 | 床位数(张) | 入住人数(人), 养老机构 | …: with no column of names, the first column (after any
 * 序号 or 类别) headed by institutions names the rows. Only the first: further right, 养老机构 is a
 * count of them in a table of places.
 */
function labelInstitutions(columns: HeaderLayout["columns"], schema: Schema): void {
  if (columns.some((e) => e.cls?.role === "indicator")) return;
  for (const e of columns) {
    if (e.cls?.role === "serial" || e.cls?.role === "category") continue;
    if (!e.cls && e.parts.length === 1 && isRowLabelHeader(e.text)) e.cls = { role: "indicator", key: keyForRole(schema, "indicator"), byAlias: false };
    return;
  }
}

/** How many rows below the header labelPlainNames reads. */
const NAME_SAMPLE_ROWS = 12;

/**
 * 登记管理机关 | 社会团体 | 合计, 单位 | 本期 | 上年同期 (a table of bodies, 单位 meaning the work unit):
 * with no column of names, the first column (after any 序号 or 类别) whose header no role claims,
 * or claims as the unit column, names the rows when what is written below it is plain names: two
 * at least, none a figure, none a unit (人, 个, 万元: then it is the unit column after all).
 */
function labelPlainNames(grid: Grid, columns: HeaderLayout["columns"], firstRow: number, schema: Schema, textAt: TextAt): void {
  if (columns.some((e) => e.cls?.role === "indicator")) return;
  const e = columns.find((x) => x.cls?.role !== "serial" && x.cls?.role !== "category");
  if (!e || e.parts.length !== 1 || e.mergedWith !== undefined || (e.cls && e.cls.role !== "unit") || !namesColumn(e.text)) return;
  let names = 0;
  for (let r = firstRow; r < Math.min(grid.rows.length, firstRow + NAME_SAMPLE_ROWS); r++) {
    const t = textAt(r, e.col);
    // (Blanks and placeholders, — or /, say nothing either way.)
    if (!/[\d\u4e00-\u9fffA-Za-z]/.test(t)) continue;
    if (isNumberCell(grid.rows[r]?.[e.col]) || lookupUnit(t)) return;
    if (ideographs(t) >= 2) names++;
  }
  if (names >= 2) e.cls = { role: "indicator", key: keyForRole(schema, "indicator"), byAlias: false };
}

/**
 * A period word as a header of its own, no measure named: the month (本月, 当月), the year so far
 * (本年累计, 累计), the period reported (本期) or the one a year before (上年同期, 上年同月, 上年同期累计).
 */
const PERIOD_WORD = /^(?:本月|当月|本期|当期|本年|当年|本年累计|年累计|累计|上月|上期|上年同期|去年同期|上年同月|去年同月|上年同期累计|上年累计|去年累计)数?$/;

/**
 * A header that is a period word or a month or the year up to one and nothing else (本月, 本年累计,
 * 本期, 上年同期, 6月, 1-6月累计, 2025年6月, 2025年1-6月): no measure, no category of its own.
 */
function periodWordOnly(t: string): boolean {
  const n = normalizeHeader(t).replace(/\s+/g, "");
  return PERIOD_WORD.test(n) || monthOrSoFarAlone(n) !== undefined;
}

/**
 * A header that is only a period (`2024年1-6月`, `2023年`, `本月`, `本年累计`, `上年同期`, `1-6月累计`),
 * or a period and its measure (`2025年末登记数`): the figures of that period.
 */
function periodOnly(t: string, schema: Schema): boolean {
  return datedPeriodOnly(t, schema) || undatedPeriodOnly(t, schema);
}

/** A period with its year, or a period and its measure (`2024年1-6月`, `2025年末登记数`). */
function datedPeriodOnly(t: string, schema: Schema): boolean {
  const cls = classifyHeader([t], schema);
  return cls?.byYear === true || (cls?.role === "value" && periodThenMeasure([t]));
}

/** A period word or a month alone (本月, 本年累计, 上年同期, 6月): 6月 is no column the schema names, 本月 and 上年同期 its value and previous. */
function undatedPeriodOnly(t: string, schema: Schema): boolean {
  const cls = classifyHeader([t], schema);
  return (!cls || cls.role === "value" || cls.role === "previous") && periodWordOnly(t);
}

/**
 * A second header row of categories under periods (`2024年1-6月` over 城市 | 农村 | 合计, then
 * `2023年1-6月` over the same; `2025年末登记数` over 社会团体 | 基金会 | 合计): text only, each
 * written cell under a period-only header (merged or
 * written over it, or blank to its right as a .csv loses the merge) or repeating the cell above it
 * (`指标` under `指标`); two categories at least, one of them no column name (城市), so that the row
 * is not read as a header by the usual test. Under an undated period (本月 | 本年累计, 6月 | 1-6月累计,
 * 本期 | 上年同期) a total among the categories (合计) too: with none, the row has no figure for the
 * period, and the second row is left as it was read.
 */
function categoriesUnderPeriods(grid: Grid, r: number, schema: Schema, textAt: TextAt, width: number): boolean {
  let period = false;
  let categories = 0;
  let unnamed = false;
  // (Under a period word, 本月 | 本年累计, only with a total: 城市 | 农村 | 合计, the 合计 the row's figure.)
  let undated = false;
  let total = false;
  for (let c = 0; c < width; c++) {
    const above = textAt(r, c);
    if (above) {
      const dated = datedPeriodOnly(above, schema);
      period = dated || undatedPeriodOnly(above, schema);
      if (period && !dated) undated = true;
    }
    const t = textAt(r + 1, c);
    if (!t) continue;
    if (isNumberCell(grid.rows[r + 1]?.[c])) return false;
    if (t === above) continue;
    if (!period || !namesColumn(t)) return false;
    categories++;
    if (!classifyHeader([t], schema)) unnamed = true;
    if (CATEGORY_TOTAL.test(normalizeHeader(t))) total = true;
  }
  return categories >= 2 && unnamed && (!undated || total);
}

/** A category's total (合计, 总计, 小计, 全市, 总数): the figure of the period above it as a whole. */
const CATEGORY_TOTAL = /^(?:合计|总计|小计|总数|共计|全[市县区省]|total)$/i;

/**
 * Categories under a period (城市 | 农村 | 合计 under `2024年1-6月`, `本月`, `本年累计`, `上年同期`,
 * `6月`, `1-6月累计`): the period's total is the row's figure for that period (the current one the
 * value, an earlier one the previous figure); the categories beside it are figures no column is
 * mapped to, read cell by cell (TableModel.figureExtras). Without a total, nothing is changed.
 *
 * A total under a period word (本月 / 合计, 本年累计 / 合计, 6月 / 合计) is read as that period's
 * header alone, as a one-row 本月 | 本年累计 header is (the month and the year so far, the current
 * period and the one a year before), its header as written kept (`asWritten`). A total under a
 * dated period (2024年1-6月 / 合计) keeps the class it has: its period is read from its header.
 */
function readCategoryTotals(columns: HeaderLayout["columns"], schema: Schema): void {
  const byPeriod = new Map<string, HeaderLayout["columns"]>();
  for (const e of columns) {
    if (e.parts.length !== 2 || !inPeriodGroup(e, schema)) continue;
    const list = byPeriod.get(e.parts[0]) ?? [];
    list.push(e);
    byPeriod.set(e.parts[0], list);
  }
  for (const [period, list] of byPeriod) {
    const totals = list.filter((e) => e.cls && CATEGORY_TOTAL.test(normalizeHeader(e.parts[1])));
    if (list.length < 2 || totals.length === 0) continue;
    for (const e of list) if (!CATEGORY_TOTAL.test(normalizeHeader(e.parts[1]))) e.cls = null;
    if (totals.length !== 1 || !periodWordOnly(period)) continue;
    const total = totals[0];
    // (6月 alone is no column the schema names: the total keeps the value's class `6月 / 合计` has.)
    const cls = classifyHeader([period], schema) ?? total.cls;
    Object.assign(total, { parts: [period], text: period, cls, asWritten: total.text });
  }
}

/**
 * A column of a period's group (`2024年1-6月 / 城市`, `本月 / 合计`, `上年同期 / 农村`): a value under a
 * dated period, or under a period word any column read as that period's own figures (of its role),
 * or none the schema names (城市 under 6月 or 2025年6月).
 */
function inPeriodGroup(e: HeaderLayout["columns"][number], schema: Schema): boolean {
  if (e.cls?.period && e.cls.role === "value") return true;
  if (!periodWordOnly(e.parts[0]) || !periodOnly(e.parts[0], schema)) return false;
  return !e.cls || e.cls.role === (classifyHeader([e.parts[0]], schema)?.role ?? "value");
}
