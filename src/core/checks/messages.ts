import type { Locale } from "../findings/types";
import { checksEnUS } from "../i18n/checks.en-US";
import { type ChecksMessages, checksZhCN } from "../i18n/checks.zh-CN";

const TABLES: Record<Locale, ChecksMessages> = { "zh-CN": checksZhCN, "en-US": checksEnUS };

/** The check messages in `locale` (zh-CN when unknown). */
export function checksMessages(locale: Locale = "zh-CN"): ChecksMessages {
  return TABLES[locale] ?? checksZhCN;
}
