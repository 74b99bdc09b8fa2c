import type { QuantityMessages } from "./quantity.zh-CN";

/** User-facing text of the quantity engine and `jiaohe parse`, in English. */
export const quantityEnUS: QuantityMessages = {
  dimension: (d) => d,
  bound: (b) => b,
  noNumber: () => "(no number)",
  scaleWord: (p) => `scale ${p.word}`,
  decimals: (p) => `decimals ${p.n}`,
  official: (p) => `official: ${p.text}`,
  problems: (p) => `problems: ${p.codes}`,
  cliBadFormat: (p) => `--format must be text or json, not "${p.value}"`,
  cliNeedsValue: (p) => `${p.option} needs a value`,
  cliUnknownOption: (p) => `unknown option ${p.option}; usage: ${p.usage}`,
  cliNoFigures: () => `give at least one figure to read, e.g. jiaohe parse 4.48亿元 "80%以上"`,
};
