import type { Locale } from "../../core/findings";
import enUS from "./en-US.json";
import zhCN from "./zh-CN.json";

/** The pane's strings; zh-CN is the reference set (a test checks both files have the same keys). */
export type MessageKey = keyof typeof zhCN;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const TABLES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, "en-US": enUS };

/** Office's display language ("en-US", "en-GB", "zh-CN", …) → the pane's locale; zh-CN by default. */
export function pickLocale(displayLanguage: string | undefined | null): Locale {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en-US" : "zh-CN";
}

export function makeTranslate(locale: Locale): Translate {
  const table = TABLES[locale];
  return (key, vars) => {
    const template = table[key] ?? TABLES["zh-CN"][key] ?? key;
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}
