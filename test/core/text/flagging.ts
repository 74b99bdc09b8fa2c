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
