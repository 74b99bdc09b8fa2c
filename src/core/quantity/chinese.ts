/**
 * Chinese numerals (中文数字), hand-written rather than taken from `nzh`, the best-known library:
 * nzh decodes `两千三百` as 300 and `二〇二三` as 223 (see scripts/bench/10-quantity.mjs, which
 * runs both side by side), knows nothing of approximate ranges such as `三四十` (30–40), and
 * works on whole strings, while the parser needs to decode a run in place without slicing.
 *
 * Handles: 零/〇, 一…九 and 两, 大写 壹贰叁肆伍陆柒捌玖拾佰仟, traditional 萬 億 兩 貳 參 陸,
 * 十二 and 一十二, 一百零五, 一亿二千万, 三点五万 (decimal point 点), digit-by-digit years
 * 二〇二三 → 2023, and adjacent-digit ranges 三四十 → [30, 40], 十五六 → [15, 16], 七八万.
 */

/** Digit value of a numeral character, or -1. 零/〇 are 0. */
export function cnDigit(c: number): number {
  switch (c) {
    case 0x96f6: // 零
    case 0x3007: // 〇
      return 0;
    case 0x4e00: // 一
    case 0x58f9: // 壹
    case 0x5f0c: // 弌
      return 1;
    case 0x4e8c: // 二
    case 0x4e24: // 两
    case 0x5169: // 兩
    case 0x8d30: // 贰
    case 0x8cb3: // 貳
      return 2;
    case 0x4e09: // 三
    case 0x53c1: // 叁
    case 0x53c3: // 參
    case 0x53c2: // 参
      return 3;
    case 0x56db: // 四
    case 0x8086: // 肆
      return 4;
    case 0x4e94: // 五
    case 0x4f0d: // 伍
      return 5;
    case 0x516d: // 六
    case 0x9646: // 陆
    case 0x9678: // 陸
      return 6;
    case 0x4e03: // 七
    case 0x67d2: // 柒
      return 7;
    case 0x516b: // 八
    case 0x634c: // 捌
      return 8;
    case 0x4e5d: // 九
    case 0x7396: // 玖
      return 9;
    default:
      return -1;
  }
}

/** Power of ten of a unit character (十 → 1, 百 → 2, 千 → 3, 万 → 4, 亿 → 8), or 0. */
export function cnUnitExp(c: number): number {
  switch (c) {
    case 0x5341: // 十
    case 0x62fe: // 拾
      return 1;
    case 0x767e: // 百
    case 0x4f70: // 佰
      return 2;
    case 0x5343: // 千
    case 0x4edf: // 仟
      return 3;
    case 0x4e07: // 万
    case 0x842c: // 萬
      return 4;
    case 0x4ebf: // 亿
    case 0x5104: // 億
      return 8;
    default:
      return 0;
  }
}

export const CN_POINT = 0x70b9; // 点

/** True for characters a Chinese numeral run may contain. */
export function isCnNumeralChar(c: number): boolean {
  return cnDigit(c) >= 0 || cnUnitExp(c) > 0 || c === CN_POINT || c === JI;
}

/** 几 (十几, 几十, 几百) and 数 (数十, 数万): "some" digit — a vague figure, read as a range. */
export const JI = 0x51e0; // 几
export const SHU = 0x6570; // 数
function isVague(c: number): boolean {
  return c === JI || c === SHU;
}

export type CnResult =
  | { kind: "number"; value: number; decimals: number; scaleExp: number; scaleStart: number }
  | { kind: "range"; low: number; high: number; scaleExp: number; scaleStart: number }
  /** Only scale words (万, 亿, 万亿): no figure. */
  | { kind: "scale-only"; scaleExp: number }
  | { kind: "invalid" };

/**
 * Decodes s[start, end) as a whole numeral, honouring 万/亿 grouping. `skip` leaves out one
 * character (used for ranges: 三四十 is 三十 and 四十). Returns NaN when malformed.
 */
function decodeInteger(s: string, start: number, end: number, skip: number, vague = -1): number {
  let total = 0; // completed 亿 groups
  let wan = 0; // the current 亿 group's 万 part
  let section = 0; // below 万
  let digit = -1; // a digit waiting for its unit
  let lastSmallExp = 9; // guard: 十百千 must descend within a section
  let prevUnitExp = 0; // the unit right before the current character, 0 after a digit or 零
  for (let i = start; i < end; i++) {
    if (i === skip) continue;
    const c = s.charCodeAt(i);
    const d = isVague(c) ? vague : cnDigit(c);
    if (isVague(c) && vague < 0) return NaN;
    if (d >= 0) {
      if (d === 0) {
        if (digit > 0) return NaN; // 五零 inside a unit numeral
        digit = -1;
        prevUnitExp = 0;
        continue;
      }
      if (digit >= 0) return NaN; // two digits in a row (ranges are handled by the caller)
      digit = d;
      // 两万五, 三千五, 一百五, 三千五万: a digit that ends its group right after a unit counts in
      // the next unit down (25000, 3500, 150, 3500万), as people say and write them; 一万零五
      // keeps its 零 and is 10005.
      if (prevUnitExp >= 2) {
        let next = i + 1;
        if (next === skip) next++;
        const nextExp = next < end ? cnUnitExp(s.charCodeAt(next)) : -1;
        if (nextExp === -1 || (prevUnitExp <= 3 && (nextExp === 4 || nextExp === 8))) digit = d * 10 ** (prevUnitExp - 1);
      }
      prevUnitExp = 0;
      continue;
    }
    const e = cnUnitExp(c);
    prevUnitExp = e;
    if (e >= 1 && e <= 3) {
      if (e >= lastSmallExp) return NaN; // 十百, 百百
      section += (digit < 0 ? 1 : digit) * 10 ** e;
      digit = -1;
      lastSmallExp = e;
    } else if (e === 4) {
      const g = section + (digit < 0 ? 0 : digit);
      if (g === 0) return NaN;
      wan += g * 1e4;
      section = 0;
      digit = -1;
      lastSmallExp = 9;
    } else if (e === 8) {
      const g = wan + section + (digit < 0 ? 0 : digit);
      if (g === 0) return NaN;
      total = (total + g) * 1e8;
      wan = 0;
      section = 0;
      digit = -1;
      lastSmallExp = 9;
    } else {
      return NaN;
    }
  }
  return total + wan + section + (digit < 0 ? 0 : digit);
}

/** The trailing run of 万/亿 (and a 千/百/十 just before it when no digit precedes: 千万 alone). */
function trailingScale(s: string, start: number, end: number): { exp: number; at: number } {
  let exp = 0;
  let at = end;
  while (at > start) {
    const e = cnUnitExp(s.charCodeAt(at - 1));
    if (e !== 4 && e !== 8) break;
    exp += e;
    at--;
  }
  return { exp, at };
}

/** Decodes the numeral run s[start, end) (only numeral characters). */
export function decodeChinese(s: string, start: number, end: number): CnResult {
  if (end <= start) return { kind: "invalid" };
  let point = -1;
  let hasUnit = false;
  let digits = 0;
  let vagueAt = -1;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isVague(c)) {
      if (vagueAt >= 0) return { kind: "invalid" };
      vagueAt = i;
    }
    if (c === CN_POINT) {
      if (point >= 0) return { kind: "invalid" };
      point = i;
    } else if (cnUnitExp(c) > 0) hasUnit = true;
    else digits++;
  }
  // Only 万/亿: a scale word without a figure (万元, 亿元).
  if (digits === 0 && point < 0) {
    let onlyBig = true;
    let exp = 0;
    for (let i = start; i < end; i++) {
      const e = cnUnitExp(s.charCodeAt(i));
      if (e !== 4 && e !== 8) onlyBig = false;
      exp += e;
    }
    if (onlyBig) return { kind: "scale-only", scaleExp: exp };
  }
  if (point >= 0) return vagueAt >= 0 ? { kind: "invalid" } : decodeDecimal(s, start, point, end);
  const scale = trailingScale(s, start, end);
  if (vagueAt >= 0) return decodeVague(s, start, end, vagueAt, hasUnit, scale);
  if (!hasUnit) {
    // Digit by digit: 二〇二三 → 2023; two successive digits are an approximate range: 三四 → 3–4.
    const n = end - start;
    if (n === 2) {
      const a = cnDigit(s.charCodeAt(start));
      const b = cnDigit(s.charCodeAt(start + 1));
      if (a > 0 && b === a + 1) return { kind: "range", low: a, high: b, scaleExp: 0, scaleStart: end };
    }
    let v = 0;
    for (let i = start; i < end; i++) v = v * 10 + cnDigit(s.charCodeAt(i));
    return { kind: "number", value: v, decimals: 0, scaleExp: 0, scaleStart: end };
  }
  // Adjacent non-zero digits inside a unit numeral: an approximate range (三四十, 十五六, 七八万).
  let pair = -1;
  let prevDigit = -1;
  for (let i = start; i < end; i++) {
    const d = cnDigit(s.charCodeAt(i));
    if (d > 0 && prevDigit > 0) {
      if (pair >= 0 || d !== prevDigit + 1) return { kind: "invalid" };
      pair = i;
    }
    prevDigit = d;
  }
  if (pair >= 0) {
    const low = decodeInteger(s, start, end, pair);
    const high = decodeInteger(s, start, end, pair - 1);
    if (!(low > 0) || !(high > low)) return { kind: "invalid" };
    return { kind: "range", low, high, scaleExp: scale.exp, scaleStart: scale.at };
  }
  const v = decodeInteger(s, start, end, -1);
  if (Number.isNaN(v)) return { kind: "invalid" };
  return { kind: "number", value: v, decimals: 0, scaleExp: scale.exp, scaleStart: scale.at };
}

/**
 * 几/数 as a multiplier (几十, 数万) is 2–9 of that unit; as the last digit (十几, 二十几) it is 1–9:
 * 几十人 → [20, 90], 十几人 → [11, 19], 数万 → [20000, 90000], 几 alone → [2, 9].
 */
function decodeVague(s: string, start: number, end: number, at: number, hasUnit: boolean, scale: { exp: number; at: number }): CnResult {
  if (!hasUnit) return end - start === 1 ? { kind: "range", low: 2, high: 9, scaleExp: 0, scaleStart: end } : { kind: "invalid" };
  for (let i = start + 1; i < end; i++) {
    if (cnDigit(s.charCodeAt(i)) > 0 && cnDigit(s.charCodeAt(i - 1)) > 0) return { kind: "invalid" }; // 三四 and 几 together
  }
  const multiplier = at + 1 < end && cnUnitExp(s.charCodeAt(at + 1)) > 0;
  const low = decodeInteger(s, start, end, -1, multiplier ? 2 : 1);
  const high = decodeInteger(s, start, end, -1, 9);
  if (!(low > 0) || !(high > low)) return { kind: "invalid" };
  return { kind: "range", low, high, scaleExp: scale.exp, scaleStart: scale.at };
}

/** 一百二十三点四五 → 123.45; 三点五万 → 35000 (exact decimal arithmetic via the number's string). */
function decodeDecimal(s: string, start: number, point: number, end: number): CnResult {
  if (point === start) return { kind: "invalid" };
  const intPart = decodeInteger(s, start, point, -1);
  if (Number.isNaN(intPart)) return { kind: "invalid" };
  let frac = "";
  let i = point + 1;
  for (; i < end; i++) {
    const d = cnDigit(s.charCodeAt(i));
    if (d < 0) break;
    frac += d;
  }
  if (frac.length === 0) return { kind: "invalid" };
  let exp = 0;
  const scaleStart = i;
  for (; i < end; i++) {
    const e = cnUnitExp(s.charCodeAt(i));
    if (e === 0) return { kind: "invalid" };
    exp += e;
  }
  const value = Number(`${intPart}${frac}e${exp - frac.length}`);
  return { kind: "number", value, decimals: frac.length, scaleExp: exp, scaleStart };
}
