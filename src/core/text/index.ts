import { defaultSeverity, type Finding, type Locale } from "../findings";
import { textEnUS } from "../i18n/text.en-US";
import { type TextMessages, textZhCN } from "../i18n/text.zh-CN";
import { prepareDocument, type TextDocument } from "./document";
import type { Hit, TextMessage } from "./rule";
import { TEXT_RULES } from "./rules";
import { type Mention, scanMentions } from "./scan";

export type { Mention, MentionKind } from "./scan";
export type { TextDocument } from "./document";
export type { Hit, TextRule } from "./rule";
export { prepareDocument } from "./document";
export { TEXT_RULES } from "./rules";

export interface LintTextOptions {
  /** The year the text reports on; else taken from its title or first lines. */
  year?: number;
  locale?: Locale;
}

const MESSAGES: Record<Locale, TextMessages> = { "zh-CN": textZhCN, "en-US": textEnUS };
/** Characters of context either side of the flagged ones in `excerpt`. */
const EXCERPT_CONTEXT = 5;

export function renderTextMessage(message: TextMessage, locale: Locale = "zh-CN"): string {
  const table = MESSAGES[locale] ?? textZhCN;
  return (table[message.key] as (p: typeof message.params) => string)(message.params);
}

/** Every figure in a text with its span, kind, line and sentence (see `Mention`). */
export function scanQuantities(text: string): Mention[] {
  return scanMentions(text);
}

function excerpt(doc: TextDocument, offset: number, length: number): string {
  const line = doc.index.lineSpan(doc.index.lineOf(offset));
  const from = Math.max(line.offset, offset - EXCERPT_CONTEXT);
  const to = Math.min(Math.max(line.offset + line.length, offset + length), offset + length + EXCERPT_CONTEXT);
  return doc.source.slice(from, to);
}

/**
 * Checks report text for damaged figures: every text code of the findings spec. Works on a whole
 * document and on one note cell alike; offsets are in UTF-16 units from the start of `text`.
 */
/** No options, shared (a default `{}` per call was garbage for every note cell). */
const NO_OPTIONS: LintTextOptions = Object.freeze({});

export function lintText(text: string, options: LintTextOptions = NO_OPTIONS): Finding[] {
  // (prepareDocument reads the year alone: the options are passed as they are, not copied per call.)
  const doc = prepareDocument(text, options);
  const locale = options.locale ?? "zh-CN";
  // Made at the first hit: most texts (every clean note cell) have none.
  let all: { hit: Hit; code: (typeof TEXT_RULES)[number]["code"] }[] | null = null;
  for (let r = 0; r < TEXT_RULES.length; r++) {
    const rule = TEXT_RULES[r];
    const hits = rule.check(doc);
    for (let h = 0; h < hits.length; h++) (all ??= []).push({ hit: hits[h], code: rule.code });
  }
  if (all === null) return [];
  // Codes are ASCII words and hyphens: compared by code unit, as localeCompare ordered them, without
  // a collator call per comparison.
  if (all.length > 1) all.sort((a, b) => a.hit.offset - b.hit.offset || a.hit.length - b.hit.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const out: Finding[] = [];
  let last: (typeof all)[number] | undefined;
  for (const entry of all) {
    const { hit, code } = entry;
    // Sorted by (offset, length, code): a repeat of the same finding stands right after the first.
    if (last && last.code === code && last.hit.offset === hit.offset && last.hit.length === hit.length) continue;
    last = entry;
    const f: Finding = {
      code,
      severity: defaultSeverity(code),
      message: renderTextMessage(hit.message, locale),
      line: doc.index.lineOf(hit.offset),
      offset: hit.offset,
      length: hit.length,
      excerpt: excerpt(doc, hit.offset, hit.length),
    };
    // (A value that is the flagged characters themselves is given as written.)
    if (hit.value !== undefined) f.value = doc.source !== doc.text && hit.value === doc.text.slice(hit.offset, hit.offset + hit.length) ? doc.source.slice(hit.offset, hit.offset + hit.length) : hit.value;
    if (hit.expected !== undefined) f.expected = hit.expected;
    out.push(f);
  }
  return out;
}
