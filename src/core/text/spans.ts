import { isSentenceEndCode } from "./chars";

/** A stretch of the text: 0-based offset and length in UTF-16 code units, as JavaScript counts. */
export interface Span {
  offset: number;
  length: number;
}

/** Index of the last element of the sorted `starts` that is <= `at` (or -1). */
function floorIndex(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Lines and sentences of a text, built once in one pass so that every lookup afterwards is a
 * binary search (linting stays O(n log n) however many figures a text holds).
 */
export class TextIndex {
  readonly lineStarts: number[] = [0];
  readonly sentenceStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      if (isSentenceEndCode(c)) this.sentenceStarts.push(i + 1);
    }
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return floorIndex(this.lineStarts, offset) + 1;
  }

  /** The line (1-based) as a span, without its line break. */
  lineSpan(line: number): Span {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    let end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    if (end > start && this.text[end - 1] === "\r") end--;
    return { offset: start, length: Math.max(0, end - start) };
  }

  /** The line (1-based) as text, without its line break: `lineSpan`'s text, without making the span. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    let end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--; // \r
    return this.text.slice(start, Math.max(start, end));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The sentence holding an offset, up to and including its closing mark (not a line break). */
  sentenceOf(offset: number): Span {
    const k = floorIndex(this.sentenceStarts, offset);
    const start = this.sentenceStarts[Math.max(0, k)];
    const next = k + 1 < this.sentenceStarts.length ? this.sentenceStarts[k + 1] : this.text.length;
    let end = next;
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return { offset: start, length: end - start };
  }
}

/** Sorted, non-overlapping spans with a fast "is this offset inside one" test (never changed once made). */
export class SpanSet {
  private readonly starts: number[];
  constructor(readonly spans: readonly Span[]) {
    this.starts = spans.map((s) => s.offset);
  }
  /** The span containing `at`, if any. */
  find(at: number): Span | undefined {
    const k = floorIndex(this.starts, at);
    if (k < 0) return undefined;
    const s = this.spans[k];
    return at < s.offset + s.length ? s : undefined;
  }
  has(at: number): boolean {
    return this.find(at) !== undefined;
  }
}

/** The set of no spans, shared: most texts (every note cell but a few) have no 《title》 and no “quote”. */
export const NO_SPANS = new SpanSet([]);

/**
 * Spans between paired marks (《…》, “…”), innermost pairs ignored. An opening mark without its
 * closing one on the same line closes at the line's end, so one stray mark cannot hide the rest
 * of a document.
 */
export function pairedSpans(text: string, open: string, close: string): Span[] {
  const out: Span[] = [];
  let start = -1;
  let depth = 0;
  const openCode = open.charCodeAt(0);
  const closeCode = close.charCodeAt(0);
  // Nothing happens before the first opening mark (most texts, every note cell, have none).
  const first = text.indexOf(open);
  if (first < 0) return out;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === openCode) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === closeCode && depth > 0) {
      depth--;
      if (depth === 0) out.push({ offset: start, length: i + 1 - start });
    } else if (c === 10 && depth > 0) {
      out.push({ offset: start, length: i - start });
      depth = 0;
    }
  }
  if (depth > 0) out.push({ offset: start, length: text.length - start });
  return out;
}
