import type { Bound, Dimension, FormatStyle, Quantity } from "./types";
import { lookupUnit } from "./units";

/**
 * formatQuantity: a figure written back the way the seed reports and GB/T 15835 write it —
 * Arabic digits, no thousands separators, 万/亿 where the figure reads better so, and units in
 * their usual spelling (％ → %, ㎡ → 平方米).
 *
 * When 万/亿 is used (the rule, explicit):
 * - only for dimensions that the reports scale (money, persons, households, count, area,
 *   length, weight, money-per-period, or no unit, and hours: 32万小时); never for rates,
 *   rate points or other time units;
 * - only when |n| ≥ 1e4 (万) or ≥ 1e8 (亿), and only when n / 1e4 (or 1e8) is written exactly
 *   with at most `maxDecimals` (default 2) decimals: 448000000 → 4.48亿, 56000 → 5.6万,
 *   10995200 → 1099.52万, but 12345 stays 12345 (1.2345万 would need four decimals and
 *   rounding would change the figure);
 * - 亿 is preferred to 万 when both are exact (300000000 → 3亿, not 30000万);
 * - trailing zeros are dropped (2.50万 → 2.5万).
 * `style.unit` forces a target unit of the same dimension (万元 keeps a table's unit in the
 * narrative) and rounds to `maxDecimals` there: 10995200元 → 1099.52万元.
 */

const SCALABLE: ReadonlySet<Dimension | null> = new Set<Dimension | null>([
  "money", "persons", "households", "count", "area", "length", "weight", "money-per-period", null,
]);

/** What formatQuantity needs: a parsed Quantity, or just a number and a unit. */
export interface FormattableQuantity {
  number: number | null;
  unit: string | null;
  dimension?: Dimension | null;
  bound?: Bound;
  range?: [number, number] | null;
}

/** The decimal digits of a finite number without exponent: 1e21 → "1000…0", 1.5e-7 → "0.00000015". */
export function plainDigits(n: number): string {
  const s = String(n);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const neg = s.charCodeAt(0) === 45;
  const mant = s.slice(neg ? 1 : 0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mant.indexOf(".");
  const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  const pointAt = (dot < 0 ? mant.length : dot) + exp; // position of the decimal point in digits
  let out: string;
  if (pointAt <= 0) out = "0." + "0".repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + "0".repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + "." + digits.slice(pointAt);
  return (neg ? "-" : "") + out;
}

/** Moves the decimal point of a plain decimal string `k` places left, exactly (no float division). */
function shiftLeft(plain: string, k: number): string {
  const neg = plain.charCodeAt(0) === 45;
  const body = neg ? plain.slice(1) : plain;
  const dot = body.indexOf(".");
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? "" : body.slice(dot + 1);
  const padded = intPart.length <= k ? "0".repeat(k - intPart.length + 1) + intPart : intPart;
  const cut = padded.length - k;
  const out = trimZeros(stripLeadingZeros(padded.slice(0, cut)) + "." + padded.slice(cut) + frac);
  return (neg && out !== "0" ? "-" : "") + out;
}

function stripLeadingZeros(s: string): string {
  let i = 0;
  while (i < s.length - 1 && s.charCodeAt(i) === 48) i++;
  return s.slice(i);
}

/** "2.50" → "2.5", "3.00" → "3", "3." → "3". */
function trimZeros(s: string): string {
  if (s.indexOf(".") < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

function decimalsOf(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A number rounded to `maxDecimals` places, trailing zeros dropped; float noise (0.1+0.2) removed. */
export function formatNumber(n: number, maxDecimals = 2, separators = false): string {
  if (!Number.isFinite(n)) return String(n);
  let s: string;
  if (Number.isInteger(n)) s = plainDigits(n);
  else {
    // Round half away from zero on the decimal string, not on the binary value (1.005 → 1.01).
    const clean = plainDigits(Number(n.toPrecision(15)));
    s = roundDecimal(clean, maxDecimals);
  }
  if (s === "-0") s = "0";
  return separators ? group(s) : s;
}

function roundDecimal(plain: string, places: number): string {
  const dot = plain.indexOf(".");
  if (dot < 0 || plain.length - dot - 1 <= places) return trimZeros(plain);
  const neg = plain.charCodeAt(0) === 45;
  const body = neg ? plain.slice(1) : plain;
  const d = body.indexOf(".");
  const digits = body.slice(0, d) + body.slice(d + 1, d + 1 + places);
  const roundUp = body.charCodeAt(d + 1 + places) >= 53; // next digit ≥ 5
  let str = roundUp ? increment(digits) : digits;
  str = str.padStart(places + 1, "0");
  const out = places > 0 ? trimZeros(stripLeadingZeros(str.slice(0, str.length - places)) + "." + str.slice(str.length - places)) : stripLeadingZeros(str);
  return (neg && out !== "0" ? "-" : "") + out;
}

/** "129" → "130", "999" → "1000": decimal-string increment, exact at any length. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1);
}

function group(s: string): string {
  const neg = s.charCodeAt(0) === 45;
  const body = neg ? s.slice(1) : s;
  const dot = body.indexOf(".");
  const intPart = dot < 0 ? body : body.slice(0, dot);
  let out = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += ",";
    out += intPart[i];
  }
  return (neg ? "-" : "") + out + (dot < 0 ? "" : body.slice(dot));
}

/** The scale (万 4, 亿 8, or 0) under which every figure is written exactly within maxDecimals. */
function chooseScale(values: number[], dimension: Dimension | null, unit: string | null, maxDecimals: number): number {
  // Hours are scaled too: the reports total volunteer service as 32万小时.
  if (!SCALABLE.has(dimension) && unit !== "小时") return 0;
  const smallest = Math.min(...values.map(Math.abs));
  for (const exp of [8, 4]) {
    if (smallest < 10 ** exp) continue;
    if (values.every((v) => Number.isFinite(v) && decimalsOf(shiftLeft(plainDigits(v), exp)) <= maxDecimals)) return exp;
  }
  return 0;
}

const SCALE_WORD: Record<number, string> = { 4: "万", 8: "亿" };

/** Writes a figure in the official style. Never throws; a quantity without a number writes its unit. */
export function formatQuantity(q: FormattableQuantity | Quantity, style: FormatStyle = {}): string {
  const maxDecimals = style.maxDecimals ?? 2;
  const separators = style.separators ?? false;
  const info = q.unit ? lookupUnit(q.unit) : null;
  const dimension = q.dimension ?? info?.dimension ?? null;
  const values = q.range ? [q.range[0], q.range[1]] : q.number === null ? [] : [q.number];
  if (values.length === 0) return style.withoutUnit ? "" : (q.unit ?? "");

  // Variant spellings are written the usual way: ％ → %, ㎡ → 平方米, 個 → 个.
  let unitText = info?.canonical ?? q.unit ?? "";
  let scaleWord = "";
  let texts: string[];
  const target = style.unit ? lookupUnit(style.unit) : null;
  if (style.unit && target && info && target.dimension === info.dimension) {
    // Forced unit: convert exactly in decimal where the factors are powers of ten.
    const ratio = info.factor / target.factor;
    texts = values.map((v) => formatNumber(scaleValue(v, ratio), maxDecimals, separators));
    unitText = style.unit;
  } else {
    const exp = style.scaleWords === false || info?.scaled ? 0 : chooseScale(values, dimension, q.unit, maxDecimals);
    if (exp > 0) {
      scaleWord = SCALE_WORD[exp];
      texts = values.map((v) => shiftLeft(plainDigits(v), exp));
      if (separators) texts = texts.map(group);
    } else texts = values.map((v) => formatNumber(v, maxDecimals, separators));
  }
  if (style.withoutUnit) unitText = "";

  const figure = texts.length === 2 ? `${texts[0]}—${texts[1]}` : texts[0];
  const bound = style.bound === false ? "exact" : (q.bound ?? "exact");
  switch (bound) {
    case "about":
      return `约${figure}${scaleWord}${unitText}`;
    case "under":
      return `近${figure}${scaleWord}${unitText}`;
    case "over": {
      const yu = dimension === "money" || dimension === "persons" || dimension === "households" || dimension === "count";
      return yu ? `${figure}${scaleWord}余${unitText}` : `${figure}${scaleWord}${unitText}以上`;
    }
    default:
      return `${figure}${scaleWord}${unitText}`;
  }
}

/** v × ratio, exact in decimal when ratio is a power of ten (元 → 万元), else float with noise removed. */
export function scaleValue(v: number, ratio: number): number {
  if (ratio === 1) return v;
  const k = Math.round(Math.log10(ratio));
  if (k !== 0 && Math.abs(10 ** k - ratio) <= 1e-12 * ratio) {
    return k < 0 ? Number(shiftLeft(plainDigits(v), -k)) : Number(`${plainDigits(v)}e${k}`);
  }
  return Number((v * ratio).toPrecision(15));
}

/**
 * A value written in one unit, in another of the same dimension: 4.48 亿元 → 44800 万元,
 * 1500 米 → 1.5 公里. Null when either unit is unknown or they measure different things.
 */
export function convertValue(value: number, from: string, to: string): number | null {
  const a = lookupUnit(from);
  const b = lookupUnit(to);
  if (!a || !b || a.dimension !== b.dimension || !Number.isFinite(value)) return null;
  return scaleValue(value, a.factor / b.factor);
}
