import { cnUnitExp, decodeChinese, isCnNumeralChar, SHU } from "./chinese";
import type { Bound, Quantity, QuantityProblem, UnitInfo } from "./types";
import { lookupUnit, MAX_UNIT_LENGTH, PARSE_UNITS } from "./units";

/**
 * parseQuantity: one cell's figure as a clerk writes it, read by a hand-written scanner.
 *
 * Why hand-written: no library reads the mix (`1.6万余个`, `近百万元`, `6—12个月`, `百分之六十`),
 * and a single left-to-right pass over the text is linear by construction (no regex
 * backtracking), which the fuzz tests and the benchmark check.
 *
 * Grammar, in order: [prefix words: 约 近 超 逾 不少于 不足 … 共 达; change words: 增长 下降 …]
 * [sign: - − – 负 +] [百分之|千分之|¥|￥] number [余|多] [scale: 十 百 千 万 亿 and runs such as 千万] [余|多]
 * ( [unit] range-separator number … )? [unit] [suffix: 左右 上下 以上 以下 以内 余 多].
 */

// Plain numbers (the common cell): `123`, `-4.5`. Tested first, no allocation beyond the result.
const PLAIN = /^-?\d+(?:\.\d+)?$/;
// Only when present: full-width forms become ASCII before scanning (１２３ ，．－＋％～).
const FULLWIDTH = /[\uff01-\uff5e\u3000]/;

const PREFIXES: readonly [string, Bound | null][] = [
  // Longest first within a shared start.
  ["大约", "about"], ["约为", "about"], ["约合", "about"], ["约", "about"], ["大概", "about"],
  ["将近", "under"], ["接近", "under"], ["近", "under"], ["不足", "under"], ["不到", "under"], ["未满", "under"],
  ["不超过", "under"], ["少于", "under"], ["低于", "under"],
  ["超过", "over"], ["超", "over"], ["逾", "over"], ["不少于", "over"], ["不低于", "over"], ["多于", "over"], ["高于", "over"], ["上", "over"],
  // Signs as targets write them: ≥60%, >1000, ≤5‰.
  [">=", "over"], [">", "over"], ["≥", "over"], ["≧", "over"], ["<=", "under"], ["<", "under"], ["≤", "under"], ["≦", "under"],
  ["共计", null], ["合计", null], ["累计", null], ["总计", null], ["共", null], ["计", null], ["达到", null], ["达", null], ["为", null],
  ["完成", null], ["实现", null], ["占", null],
];
/** Words of change in growth cells: 下降3.2% is −3.2%, 增长5% is +5% (but 下降至5% is a level). */
const CHANGE_WORDS: readonly [string, 1 | -1][] = [
  ["同比增长", 1], ["同比增加", 1], ["同比上升", 1], ["同比提高", 1], ["同比下降", -1], ["同比减少", -1], ["同比降低", -1],
  ["增长", 1], ["增加", 1], ["上升", 1], ["提高", 1], ["提升", 1], ["下降", -1], ["减少", -1], ["降低", -1], ["回落", -1],
];
const SUFFIXES: readonly [string, Bound][] = [
  ["左右", "about"], ["上下", "about"], ["许", "about"],
  ["及以上", "over"], ["以上", "over"], ["有余", "over"], ["余", "over"], ["多", "over"],
  ["及以下", "under"], ["以下", "under"], ["以内", "under"], ["之内", "under"],
];

// First characters of the prefix words and last characters of the suffixes: most cells start
// with a digit and end with a unit, so one Set lookup skips the word lists.
const PREFIX_STARTS: ReadonlySet<number> = new Set([...PREFIXES, ...CHANGE_WORDS].map(([w]) => w.charCodeAt(0)));
const SUFFIX_ENDS: ReadonlySet<number> = new Set(SUFFIXES.map(([w]) => w.charCodeAt(w.length - 1)));

// Including the thin and narrow no-break spaces some locales group digits with (1 234).
const SPACES = /[ \t\u00a0\r\n\u2009\u202f]/;
const SPACES_ALL = /[ \t\u00a0\r\n\u2009\u202f]+/g;

const YU = 0x4f59; // 余
const DUO = 0x591a; // 多

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isRangeSep(c: number): boolean {
  return (
    c === 0x2d || // -
    c === 0x7e || // ~ (full-width ～ is normalized to it)
    c === 0x2014 || // —
    c === 0x2013 || // –
    c === 0x2015 || // ―
    c === 0x2212 || // −
    c === 0x301c || // 〜
    c === 0x81f3 || // 至
    c === 0x5230 // 到
  );
}

/** Full-width ASCII (０-９ ， ． － ％ ～) and the ideographic space to their half-width forms. */
function toHalfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // ％ stays: it is a unit in its own right (with canonical %); ，is a separator, → ",".
    if (c >= 0xff01 && c <= 0xff5e && c !== 0xff05) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x202f;
}

interface Num {
  /** The figure before any scale word. */
  value: number;
  /** Digits of the written figure without point and separators (Arabic only), for exact scaling. */
  digits: string | null;
  decimals: number;
  /** The scale folded into a Chinese numeral (三十万 → 4) — already applied to value. */
  cnScaleExp: number;
  cnScaleWord: string | null;
  range: [number, number] | null;
  end: number;
}

/** An Arabic figure at i: digits, `,` separators in groups of three, a decimal point. */
function readArabic(s: string, i: number): Num | "malformed" | null {
  const n = s.length;
  let j = i;
  while (j < n && isDigit(s.charCodeAt(j))) j++;
  if (j === i) return null;
  let digits = s.slice(i, j);
  let grouped = false;
  // Thousands separators: `1,234,567`; anything else with a comma is malformed (`12,34`).
  while (j < n && s.charCodeAt(j) === 0x2c && j + 1 < n && isDigit(s.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < n && isDigit(s.charCodeAt(k))) k++;
    if (k - j - 1 !== 3 || (!grouped && digits.length > 3)) return "malformed";
    grouped = true;
    digits += s.slice(j + 1, k);
    j = k;
  }
  let decimals = 0;
  if (j < n && s.charCodeAt(j) === 0x2e) {
    let k = j + 1;
    while (k < n && isDigit(s.charCodeAt(k))) k++;
    if (k === j + 1) return "malformed";
    decimals = k - j - 1;
    digits += s.slice(j + 1, k);
    j = k;
    if (j < n && s.charCodeAt(j) === 0x2e && j + 1 < n && isDigit(s.charCodeAt(j + 1))) return "malformed"; // 1.2.3
  }
  // Scientific notation, as Excel displays large numbers in narrow columns: 1.23457E+11.
  if (j < n && (s.charCodeAt(j) === 0x65 || s.charCodeAt(j) === 0x45)) {
    let k = j + 1;
    const neg = s.charCodeAt(k) === 0x2d;
    if (neg || s.charCodeAt(k) === 0x2b) k++;
    const from = k;
    while (k < n && isDigit(s.charCodeAt(k))) k++;
    if (k > from && k - from <= 3) {
      const e = Number(s.slice(from, k)) * (neg ? -1 : 1);
      if (e >= decimals) {
        digits += "0".repeat(e - decimals);
        decimals = 0;
      } else decimals -= e;
      j = k;
    }
  }
  const value = decimals === 0 ? Number(digits) : Number(`${digits}e-${decimals}`);
  return { value, digits, decimals, cnScaleExp: 0, cnScaleWord: null, range: null, end: j };
}

function readChinese(s: string, i: number): Num | "malformed" | "scale-only" | null {
  const n = s.length;
  let j = i;
  // 数 is a figure only in front of a unit: 数十, 数万 (not 人数).
  if (s.charCodeAt(j) === SHU && cnUnitExp(s.charCodeAt(j + 1)) > 0) j++;
  while (j < n && isCnNumeralChar(s.charCodeAt(j))) j++;
  if (j === i) return null;
  // 点 only between numerals: 三点五; a trailing 点 is not part of the figure (`5个点`).
  if (s.charCodeAt(j - 1) === 0x70b9) j--;
  const r = decodeChinese(s, i, j);
  if (r.kind === "invalid") return "malformed";
  if (r.kind === "scale-only") return "scale-only";
  const word = r.scaleExp > 0 ? s.slice(r.scaleStart, j) : null;
  if (r.kind === "range") {
    return { value: NaN, digits: null, decimals: 0, cnScaleExp: r.scaleExp, cnScaleWord: word, range: [r.low, r.high], end: j };
  }
  return { value: r.value, digits: null, decimals: r.decimals, cnScaleExp: r.scaleExp, cnScaleWord: word, range: null, end: j };
}

/** A run of scale words after an Arabic figure (万, 亿, 千万, 百万 …): its power of ten. */
function readScale(s: string, i: number): number {
  let j = i;
  let exp = 0;
  while (j < s.length) {
    const e = cnUnitExp(s.charCodeAt(j));
    if (e === 0) break;
    exp += e;
    j++;
  }
  return j - i === 0 ? 0 : exp;
}

function scaled(num: Num, exp: number): number {
  if (exp === 0) return num.value;
  if (num.digits !== null) return Number(`${num.digits}e${exp - num.decimals}`);
  return num.value * 10 ** exp;
}

function startsWith(s: string, i: number, word: string): boolean {
  return s.startsWith(word, i);
}

function result(
  input: string,
  number: number | null,
  unit: UnitInfo | null,
  unitText: string | null,
  scale: number,
  scaleWord: string | null,
  bound: Bound,
  range: [number, number] | null,
  decimals: number,
  problems: QuantityProblem[],
): Quantity {
  return { input, number, unit: unit ? unit.unit : unitText, dimension: unit ? unit.dimension : null, scale, scaleWord, bound, range, decimals, problems };
}

function notANumber(input: string): Quantity {
  return result(input, null, null, null, 1, null, "exact", null, 0, ["not-a-number"]);
}

/** The unit text after a figure: known unit, `个多月` (3个多月 = over 3 months), or unknown. */
function readUnit(text: string): { info: UnitInfo | null; over: boolean } {
  const info = PARSE_UNITS.get(text);
  if (info) return { info, over: false };
  // 3个多月, 1年多: 多/余 inside the unit.
  if (text.length >= 3 && text.charCodeAt(0) === 0x4e2a && (text.charCodeAt(1) === DUO || text.charCodeAt(1) === YU)) {
    const inner = PARSE_UNITS.get("个" + text.slice(2));
    if (inner) return { info: inner, over: true };
  }
  return { info: null, over: false };
}

/** Reads one cell's figure. Never throws: what is wrong comes back in `problems`. */
export function parseQuantity(text: string): Quantity {
  const input = text;
  if (typeof text !== "string") return notANumber(String(input));
  // Fast path: a plain number (most table cells).
  if (PLAIN.test(text)) {
    const dot = text.indexOf(".");
    const n = Number(text);
    if (n === Infinity || n === -Infinity) return notANumber(input); // 400 digits are not a figure
    return result(input, n === 0 ? 0 : n, null, null, 1, null, "exact", null, dot < 0 ? 0 : text.length - dot - 1, []);
  }
  try {
    const q = parseSlow(input);
    if ((q.number !== null && !Number.isFinite(q.number)) || (q.range && !(Number.isFinite(q.range[0]) && Number.isFinite(q.range[1])))) return notANumber(input);
    return q;
  } catch {
    // Defensive only: the scanner is written not to throw; a bug must not reach a user as a crash.
    return notANumber(input);
  }
}

/** (1,234) and （1,234） are negatives, as accounting formats display them (full width is already ASCII here). */
function accountingNegative(input: string, s: string): Quantity | null {
  if (s.charCodeAt(s.length - 1) !== 0x29 || s.length < 3) return null;
  // One level only: ((((1)))) must not recurse once per bracket (quadratic on a 32,767-char cell).
  const inner = parseNormalized(input, s.slice(1, -1), false);
  if (inner.number === null || inner.number < 0 || inner.problems.length > 0 || inner.bound !== "exact") return null;
  return { ...inner, input, number: inner.number === 0 ? 0 : -inner.number };
}

function parseSlow(input: string): Quantity {
  let s = FULLWIDTH.test(input) ? toHalfWidth(input) : input;
  // Trim, and drop spaces entirely (`1 234`, `4.48 亿元`) — spaces carry no meaning in a figure.
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return result(input, null, null, null, 1, null, "exact", null, 0, []);
  s = s.slice(start, end);
  // Inside too: `1 234`, `4.48 亿元`, and a line break typed into the cell (Alt+Enter).
  if (SPACES.test(s)) s = s.replace(SPACES_ALL, "");
  return parseNormalized(input, s, true);
}

/** A footnote mark at the end of a figure: asterisks, ※, ① to ⑳, 注1, [1]. */
const FOOTNOTE = /(?:\*{1,3}|※|[\u2460-\u2473]|注\d{1,2}|\[\d{1,2}\])$/;

/**
 * A trailing remark in brackets, as submissions add them: `325(含新增12户)` is 325 with a remark;
 * `1099.52(万元)` is a unit in brackets. Read only when the part before is a clean figure.
 */
function withRemark(input: string, s: string): Quantity | null {
  const open = s.lastIndexOf("(");
  if (open <= 0) return null;
  const content = s.slice(open + 1, -1);
  const main = s.slice(0, open);
  if (content.length > 0 && content.length <= MAX_UNIT_LENGTH && lookupUnit(content)) {
    const q = parseNormalized(input, main + content, false);
    return q.problems.length === 0 && (q.number !== null || q.range) ? q : null;
  }
  const q = parseNormalized(input, main, false);
  const clean = q.problems.length === 0 && (q.number !== null || q.range !== null);
  // 亿元(待定): the unit still lacks its number, whatever the remark says.
  const unitOnly = q.problems.length === 1 && q.problems[0] === "unit-without-number";
  if (!clean && !unitOnly) return null;
  if (content) q.remark = content;
  return q;
}

/** Reads s: trimmed, half-width, without spaces. Brackets are looked into only when `outer`: one level deep, never more. */
function parseNormalized(input: string, s: string, outer: boolean): Quantity {
  if (outer && s.charCodeAt(0) === 0x28) {
    const neg = accountingNegative(input, s);
    if (neg) return neg;
  }
  if (outer && s.charCodeAt(s.length - 1) === 0x29) {
    const q = withRemark(input, s);
    if (q) return q;
  }
  if (outer) {
    // Excel's text prefix typed into a CSV: '8.9 is 8.9.
    if (s.charCodeAt(0) === 0x27 && s.length > 1) return parseNormalized(input, s.slice(1), false);
    // A footnote mark after the figure (41560*, 1763①, 8350注1, 12[2]): the figure, with the mark as its remark.
    const mark = FOOTNOTE.exec(s);
    if (mark && mark.index > 0) {
      const q = parseNormalized(input, s.slice(0, mark.index), false);
      if (q.problems.length === 0 && (q.number !== null || q.range !== null)) {
        q.remark = mark[0];
        return q;
      }
    }
  }

  let bound: Bound = "exact";
  let i = 0;
  let sign = 1;
  let changeWord = false; // 下降 before a range negates both ends: 下降3-5% is −5…−3
  // Prefix words, at most four (共约, 累计达, 同比下降约).
  for (let round = 0; round < 4 && PREFIX_STARTS.has(s.charCodeAt(i)); round++) {
    let matched = false;
    for (const [w, dir] of CHANGE_WORDS) {
      if (startsWith(s, i, w)) {
        i += w.length;
        if (s.charCodeAt(i) === 0x4e86 /* 了 */) i++;
        const c = s.charCodeAt(i);
        // 下降至5%, 提高到1100元/月: a level, not a change.
        if (c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */ || c === 0x4e3a /* 为 */) i++;
        else {
          sign = dir;
          changeWord = true;
        }
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const [w, b] of PREFIXES) {
      if (startsWith(s, i, w)) {
        // 上 only in 上万, 上千 (上百人): not before digits.
        if (w === "上" && cnUnitExp(s.charCodeAt(i + 1)) === 0) continue;
        i += w.length;
        if (b) bound = b;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }

  // Suffix qualifiers, from the end.
  let tailEnd = s.length;
  if (SUFFIX_ENDS.has(s.charCodeAt(tailEnd - 1))) for (const [w, b] of SUFFIXES) {
    if (tailEnd - w.length > i && s.endsWith(w, tailEnd)) {
      tailEnd -= w.length;
      bound = b;
      break;
    }
  }

  const c0 = s.charCodeAt(i);
  // (– en dash: what a word processor's autocorrect makes of a minus typed before a figure.)
  if (c0 === 0x2d || c0 === 0x2212 || c0 === 0x8d1f /* 负 */ || (c0 === 0x2013 && i + 1 < s.length && s.charCodeAt(i + 1) >= 0x30 && s.charCodeAt(i + 1) <= 0x39)) {
    sign = -sign;
    i++;
  } else if (c0 === 0x2b) i++;

  // 百分之六十, 千分之三; ¥1,000 and ￥5万 are yuan (the implied unit).
  let impliedUnit: string | null = null;
  const c1 = s.charCodeAt(i);
  if (c1 === 0xa5 || c1 === 0xffe5) {
    impliedUnit = "元";
    i++;
  } else if (startsWith(s, i, "百分之")) {
    impliedUnit = "%";
    i += 3;
  } else if (startsWith(s, i, "千分之")) {
    impliedUnit = "‰";
    i += 3;
  }

  const body = s.slice(0, tailEnd);
  const first = readFigure(body, i, bound);
  if (first === "none") {
    // No figure at all: a unit alone (亿元, 约亩, 万人次, ㎡) or plain text.
    if (sign === -1 || impliedUnit) return notANumber(input); // 负 or 百分之 with no figure
    let j = i;
    let scaleWord: string | null = null;
    let exp = 0;
    const e = readScale(body, j);
    if (e > 0) {
      let k = j;
      while (k < body.length && cnUnitExp(body.charCodeAt(k)) > 0) k++;
      scaleWord = body.slice(j, k);
      exp = e;
      j = k;
    }
    if (j < body.length && (body.charCodeAt(j) === YU || body.charCodeAt(j) === DUO)) j++;
    const unitText = body.slice(j);
    const u = unitText ? readUnit(unitText) : null;
    if (u && u.info) return result(input, null, u.info, null, 10 ** exp, scaleWord, bound, null, 0, ["unit-without-number"]);
    if (scaleWord && !unitText) return result(input, null, null, null, 10 ** exp, scaleWord, bound, null, 0, ["unit-without-number"]);
    return notANumber(input);
  }
  if (first === "malformed") return notANumber(input);

  const fig = first;
  let range: [number, number] | null = fig.range;
  let decimals = fig.decimals;
  let j = fig.end;

  // A range written with a separator: 6—12个月, 6-12, 6至12, 3～5万元, 6个月至12个月.
  const sepAt = findRangeSep(body, j);
  if (sepAt >= 0 && !range) {
    const lowUnitText = body.slice(j, sepAt);
    let k = sepAt + 1;
    while (k < body.length && isRangeSep(body.charCodeAt(k))) k++; // ——
    const second = readFigure(body, k, bound);
    if (second === "none" || second === "malformed" || second.range) return notANumber(input);
    const highUnitText = body.slice(second.end);
    const unitInfo = highUnitText ? readUnit(highUnitText) : { info: null, over: false };
    if (lowUnitText && lowUnitText !== highUnitText && !(fig.scaleWord && lowUnitText === fig.scaleWord)) {
      // 6个月至1年: units differ; a range needs one unit.
      return notANumber(input);
    }
    // The low end takes the high end's scale when it has none of its own (3-5万元 = 3万–5万),
    // unless that would put it above the high end (500-1万).
    let low = fig.number;
    if (fig.exp === 0 && second.exp > 0) {
      const lowScaled = scaled(fig.num, second.exp) * sign;
      if (lowScaled <= second.number) low = lowScaled;
      else low = fig.number * sign;
    } else low = fig.number * sign;
    let high = second.number;
    if (changeWord && sign < 0) {
      const magnitude = -low;
      low = -high;
      high = -magnitude;
    }
    if (fig.over || second.over) bound = "over";
    if (!(low <= high)) return notANumber(input);
    decimals = Math.max(fig.decimals, second.decimals);
    const problems: QuantityProblem[] = [];
    let unit: UnitInfo | null = null;
    let unitText: string | null = null;
    if (impliedUnit) unit = PARSE_UNITS.get(impliedUnit)!;
    if (highUnitText) {
      if (unitInfo.info && (!impliedUnit || highUnitText === impliedUnit)) unit = unitInfo.info;
      else {
        unit = null;
        unitText = highUnitText;
        problems.push("unknown-unit");
      }
    }
    const scale = second.exp > 0 ? 10 ** second.exp : 1;
    return result(input, null, unit, unitText, scale, second.scaleWord, bound, [low, high], decimals, problems);
  }

  // A single figure (or a Chinese approximate range 三四十).
  const unitText = body.slice(j);
  let unit: UnitInfo | null = null;
  let unknown: string | null = null;
  if (impliedUnit) {
    if (unitText && unitText !== impliedUnit) unknown = unitText;
    else unit = PARSE_UNITS.get(impliedUnit)!;
  } else if (unitText) {
    const u = readUnit(unitText);
    if (u.info) {
      unit = u.info;
      if (u.over) bound = "over";
    } else unknown = unitText;
  }
  if (fig.over) bound = "over";
  const problems: QuantityProblem[] = unknown ? ["unknown-unit"] : [];
  const scale = fig.exp > 0 ? 10 ** fig.exp : 1;
  if (range) {
    // The Chinese range already holds its own 万 (七八万); a scale after it (三四十多万) multiplies.
    const f = 10 ** (fig.exp - fig.num.cnScaleExp);
    const r: [number, number] = [range[0] * f, range[1] * f];
    if (sign < 0) {
      r[0] = -r[0];
      r[1] = -r[1];
      r.reverse();
    }
    range = r;
    return result(input, null, unit, unknown, scale, fig.scaleWord, bound, range, decimals, problems);
  }
  const number = fig.number === 0 ? 0 : fig.number * sign;
  return result(input, number, unit, unknown, scale, fig.scaleWord, bound, null, decimals, problems);
}

interface Figure {
  num: Num;
  /** The figure with every scale applied. */
  number: number;
  /** Total power of ten of the scale word (Chinese 万 included). */
  exp: number;
  scaleWord: string | null;
  decimals: number;
  range: [number, number] | null;
  /** 余/多 after the figure. */
  over: boolean;
  end: number;
}

/**
 * A figure at i: Arabic or Chinese, then [余|多] [scale] [余|多]. A bare 十/百/千 or 万/亿 is a
 * figure only where Chinese reads it so: 百万 and 千万 are 1e6 and 1e7; 近万人 and 上万 are 1e4;
 * 万元 alone is a unit without its number.
 */
function readFigure(s: string, i: number, bound: Bound): Figure | "none" | "malformed" {
  let num: Num | "malformed" | "scale-only" | null = readArabic(s, i);
  if (num === null) num = readChinese(s, i);
  if (num === "scale-only") {
    // 近万人, 超万户, 上亿元, 万余人: a bound word makes a bare 万/亿 a figure of one; 万元 alone is not.
    let k = i;
    while (k < s.length && cnUnitExp(s.charCodeAt(k)) > 0) k++;
    const yuAfter = s.charCodeAt(k) === YU || s.charCodeAt(k) === DUO;
    if (bound === "exact" && !yuAfter) return "none";
    num = { value: 1, digits: "1", decimals: 0, cnScaleExp: 0, cnScaleWord: null, range: null, end: i };
  }
  if (num === null) return "none";
  if (num === "malformed") return "malformed";
  let j = num.end;
  let over = false;
  const n = s.length;
  if (j < n && (s.charCodeAt(j) === YU || s.charCodeAt(j) === DUO)) {
    over = true;
    j++;
  }
  let exp = num.cnScaleExp;
  let scaleWord = num.cnScaleWord;
  // A unit that starts with a scale character (千米, 百分点, 千克) is a unit, not a scale:
  // 3千米 is 3 km, 5万千克 is 5万 kg. (Chinese numerals have already taken their 千: 三千米.)
  let k = j;
  while (k < n && cnUnitExp(s.charCodeAt(k)) > 0) {
    if ((k > j || num.digits !== null) && n - k <= MAX_UNIT_LENGTH && PARSE_UNITS.has(s.slice(k))) break;
    exp += cnUnitExp(s.charCodeAt(k));
    k++;
  }
  if (k > j) {
    scaleWord = (scaleWord ?? "") + s.slice(j, k);
    j = k;
  }
  // 3万5千, 1亿2000万: a smaller group after 万/亿 adds to the figure.
  let extra = 0;
  if (num.digits !== null && !over && exp >= 4 && j < n && isDigit(s.charCodeAt(j))) {
    const more = readArabic(s, j);
    if (more && more !== "malformed" && more.decimals === 0) {
      const e = readScale(s, more.end);
      if (e > 0 && e < exp - num.cnScaleExp) {
        let k = more.end;
        while (k < n && cnUnitExp(s.charCodeAt(k)) > 0) k++;
        extra = scaled(more, e);
        j = k;
      }
    }
  }
  if (j < n && !over && (s.charCodeAt(j) === YU || s.charCodeAt(j) === DUO)) {
    over = true;
    j++;
  }
  if (num.range) {
    return { num, number: NaN, exp, scaleWord, decimals: 0, range: num.range, over, end: j };
  }
  const number = (num.cnScaleExp === exp ? num.value : scaled(num, exp - num.cnScaleExp)) + extra;
  return { num, number, exp, scaleWord, decimals: num.decimals, range: null, over, end: j };
}

/** The first range separator at or after i that is followed by a figure, or -1. */
function findRangeSep(s: string, i: number): number {
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isRangeSep(c)) {
      let m = k + 1;
      while (m < s.length && isRangeSep(s.charCodeAt(m))) m++;
      if (m < s.length) {
        const d = s.charCodeAt(m);
        if (isDigit(d) || isCnNumeralChar(d)) return k;
      }
      return -1;
    }
  }
  return -1;
}
