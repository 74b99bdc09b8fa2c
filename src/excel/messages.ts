/** The Excel layer's user-facing text, in the user's language, and its error type. */
import type { Locale } from "../core/findings";
import { excelEnUS } from "../core/i18n/excel.en-US";
import { type ExcelMessages, excelZhCN } from "../core/i18n/excel.zh-CN";

/* global Office */

export type ExcelText = ExcelMessages;

/** zh-CN unless Office says the user reads English. */
export function currentLocale(): Locale {
  try {
    const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return lang && /^en\b/i.test(lang) ? "en-US" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

export function excelText(locale: Locale = currentLocale()): ExcelText {
  return locale === "en-US" ? excelEnUS : excelZhCN;
}

/**
 * A problem the user can fix (empty sheet, too large an area, a deleted sheet): the message is
 * meant to be shown as it is, without a stack trace.
 */
export class ExcelUserError extends Error {
  readonly isUserError = true;
  constructor(message: string) {
    super(message);
    this.name = "ExcelUserError";
  }
}

export function userError(message: string): ExcelUserError {
  return new ExcelUserError(message);
}

/** Host errors that mean "too much at once", turned into a message the user can act on. */
export function friendlyHostError(e: unknown, text: ExcelText, sheet = ""): unknown {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit") {
    return userError(text.tooLargeForHost({ sheet }));
  }
  if (code === "InvalidSelection") return userError(text.multipleAreas());
  return e;
}
