import type { FindingCode } from "../findings/codes";
import type { TextMessages } from "../i18n/text.zh-CN";
import type { TextDocument } from "./document";

/** A message by key with its parameters, rendered in the user's language at the end. */
export type TextMessage = { [K in keyof TextMessages]: { key: K; params: Parameters<TextMessages[K]>[0] } }[keyof TextMessages];

/** What a rule reports: where (offset and length in the whole text) and why. */
export interface Hit {
  offset: number;
  length: number;
  message: TextMessage;
  /** The flagged figure as written, when there is one. */
  value?: string;
  /** What the rule expected, language-neutral. */
  expected?: string;
}

/** One finding code's check over a prepared text (one file per code under rules/). */
export interface TextRule {
  code: FindingCode;
  check(doc: TextDocument): Hit[];
}

/** A hit covering a whole mention. */
export function hitAt(span: { offset: number; length: number }, message: TextMessage, value?: string, expected?: string): Hit {
  const h: Hit = { offset: span.offset, length: span.length, message };
  if (value !== undefined) h.value = value;
  if (expected !== undefined) h.expected = expected;
  return h;
}
