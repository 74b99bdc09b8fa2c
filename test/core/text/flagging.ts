import { lintText } from "../../../src/core/text";

/** The findings of `text` as `code:flagged characters`, in order. */
export function flagged(text: string, options: { year?: number } = {}): string[] {
  return lintText(text, options).map((f) => `${f.code}:${text.slice(f.offset!, f.offset! + f.length!)}`);
}

/** Each text gets exactly one finding of `code`, on `chars`. */
export function flagsEach(code: string, cases: readonly (readonly [string, string])[]): void {
  test.each(cases)("%s → %s", (text, chars) => {
    expect(flagged(text)).toEqual([`${code}:${chars}`]);
  });
}

/** No text gets any finding. */
export function nothingIn(texts: readonly string[]): void {
  test.each(texts)("no finding: %s", (text) => {
    expect(flagged(text)).toEqual([]);
  });
}

/** The growth-mismatch findings of `text` as `flagged characters → expected`. */
export function growth(text: string): string[] {
  return lintText(text)
    .filter((f) => f.code === "growth-mismatch")
    .map((f) => `${text.slice(f.offset!, f.offset! + f.length!)} → ${f.expected}`);
}

/** Each text gets exactly one finding, a growth-mismatch on `chars` expecting `expected`; nothing else. */
export function firesEach(cases: readonly (readonly [string, string, string])[]): void {
  test.each(cases)("%s → %s, expected %s", (text, chars, expected) => {
    expect(flagged(text)).toEqual([`growth-mismatch:${chars}`]);
    expect(growth(text)).toEqual([`${chars} → ${expected}`]);
  });
}
