import type { Locale } from "../findings/types";
import { quantityEnUS } from "../i18n/quantity.en-US";
import { type QuantityMessages, quantityZhCN } from "../i18n/quantity.zh-CN";

/** The quantity engine's user-facing text in a locale (zh-CN by default). */
export function quantityMessages(locale: Locale = "zh-CN"): QuantityMessages {
  return locale === "en-US" ? quantityEnUS : quantityZhCN;
}
export type { QuantityMessages };
