/**
 * Character classes for scanning Chinese report text.
 *
 * The scanner walks the text by hand instead of using regular expressions: every loop moves
 * forward, so linting stays linear in the length of the text (no backtracking), which the
 * fuzz tests check on strings of Excel's 32,767-character cell limit.
 */

/** ASCII or full-width digit. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The digit's value, for ASCII and full-width digits. */
export function digitValue(c: number): number {
  return c >= 0xff10 ? c - 0xff10 : c - 0x30;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** A CJK ideograph (the basic block and extension A are enough for report text). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Chinese numerals that carry a digit value (not the scale words alone). */
export const CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
/** Chinese scale words. */
export const CN_SCALES = "十拾百佰千仟万萬亿億";

/**
 * A set of characters as a lookup table by UTF-16 code: hot loops test codes (`charCodeAt`)
 * instead of one-character strings, which V8 allocates for every CJK character read.
 */
export function codeSet(chars: string): (c: number) => boolean {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  // NaN (read past either end of a text) is in no set. Tested first: a typed array read with NaN
  // is a lookup by name, and every set shares this lookup's feedback in the engine, so one such
  // read made them all slow.
  return (c) => c >= 0 && table[c] === 1;
}

const cnNumeralCode = codeSet(CN_DIGITS + CN_SCALES);
/** `isCnNumeral` by code; false for NaN (reading before the text's start). */
export function isCnNumeralCode(c: number): boolean {
  return cnNumeralCode(c);
}

const sentenceEndCode = codeSet("。!?\n");
export function isSentenceEndCode(c: number): boolean {
  return sentenceEndCode(c);
}

export function isCnDigit(ch: string): boolean {
  return ch.length === 1 && CN_DIGITS.includes(ch);
}

export function isCnNumeral(ch: string): boolean {
  return ch.length === 1 && (CN_DIGITS.includes(ch) || CN_SCALES.includes(ch));
}

/**
 * Ends a sentence in running text. (The rules read text with its full-width punctuation in half-width
 * forms, prepareDocument's halfWidthPunctuation: ！ is !, ， is ,.)
 */
export function isSentenceEnd(ch: string): boolean {
  return ch === "。" || ch === "!" || ch === "?" || ch === "\n";
}

/** Ends a clause: a sentence end, or a comma, semicolon or colon. */
export function isClauseEnd(ch: string): boolean {
  return isSentenceEnd(ch) || ch === "," || ch === ";" || ch === ":";
}

/** Separates items of a list of figures. */
export function isListSeparator(ch: string): boolean {
  return ch === "," || ch === "、" || ch === ";";
}

/** Dashes and words that join the two ends of a range: 6—12个月, 1--10月, 6至12. */
export function rangeJoinerLength(text: string, i: number): number {
  // By code: asked after every figure, and most are followed by no joiner.
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0x7e || c === 0xff5e || c === 0x81f3 || c === 0x5230) {
    // - — – ~ ～ 至 到; a doubled dash (--, ——) is one joiner
    if ((c === 0x2d || c === 0x2014) && text.charCodeAt(i + 1) === c) return 2;
    return 1;
  }
  return 0;
}

export function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0";
}

/** `isSpace` by code (NaN, past the text's end, is none). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/** `codeSet` in a bit per code (8 KB instead of 64), for the many small sets of word lists. */
function bitSet(chars: string): Uint32Array {
  const bits = new Uint32Array(0x800);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    bits[c >>> 5] |= 1 << (c & 31);
  }
  return bits;
}

/** Whether code `c` is in a `bitSet` (NaN, past either end of a text, reads as code 0, in no list). */
function inBits(bits: Uint32Array, c: number): boolean {
  return ((bits[c >>> 5] >>> (c & 31)) & 1) === 1;
}

/**
 * A list of words looked up by the character each starts (or ends) with: one table lookup per
 * character read, and only the few words with that character compared, instead of one search of
 * the whole string per word (`words.some((w) => s.includes(w))`), which dominated short texts.
 * (The tables are fields read by the methods, not closures: one call site calling every list's own
 * closure was too many targets for the engine to inline.)
 */
export class WordList {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  private readonly first: Uint32Array;
  private readonly last: Uint32Array;

  constructor(readonly words: readonly string[]) {
    for (const w of words) {
      const f = w.charCodeAt(0);
      const l = w.charCodeAt(w.length - 1);
      this.byFirst.set(f, [...(this.byFirst.get(f) ?? []), w]);
      this.byLast.set(l, [...(this.byLast.get(l) ?? []), w]);
    }
    this.first = bitSet(words.map((w) => w[0]).join(""));
    this.last = bitSet(words.map((w) => w[w.length - 1]).join(""));
  }

  /** `words.some((w) => s.includes(w))`, in one pass over `s`. */
  inside(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!inBits(this.first, c)) continue;
      for (const w of this.byFirst.get(c)!) if (s.startsWith(w, i)) return true;
    }
    return false;
  }

  /** The first word, in the list's order, that starts at `at` (0 or more): `words.find((w) => text.startsWith(w, at))`. */
  startingAt(text: string, at: number): string | undefined {
    const c = text.charCodeAt(at);
    if (!inBits(this.first, c)) return undefined;
    for (const w of this.byFirst.get(c)!) if (text.startsWith(w, at)) return w;
    return undefined;
  }

  /** The first word, in the list's order, that ends at `end`: `words.find((w) => end - w.length >= 0 && text.startsWith(w, end - w.length))`. */
  endingAt(text: string, end: number): string | undefined {
    const c = text.charCodeAt(end - 1);
    if (!inBits(this.last, c)) return undefined;
    for (const w of this.byLast.get(c)!) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w;
    return undefined;
  }

  /** `words.some((w) => end - w.length >= 0 && text.startsWith(w, end - w.length))`: a word ends at `end`. */
  endsAt(text: string, end: number): boolean {
    const c = text.charCodeAt(end - 1);
    if (!inBits(this.last, c)) return false;
    for (const w of this.byLast.get(c)!) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return true;
    return false;
  }
}
