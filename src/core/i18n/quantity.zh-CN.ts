import type { Bound, Dimension } from "../quantity/types";

/** User-facing text of the quantity engine and `jiaohe parse`, in Simplified Chinese (the default). */
export const quantityZhCN = {
  dimension: (d: Dimension): string =>
    ({
      money: "金额",
      persons: "人数",
      households: "户数",
      count: "数量",
      area: "面积",
      length: "长度",
      weight: "重量",
      time: "时长",
      rate: "比率",
      "rate-points": "百分点",
      "money-per-period": "标准",
    })[d],
  bound: (b: Bound): string => ({ exact: "精确", about: "约数", over: "下限(以上)", under: "上限(不足)" })[b],
  noNumber: () => "(无数字)",
  scaleWord: (p: { word: string }) => `量级 ${p.word}`,
  decimals: (p: { n: number }) => `小数 ${p.n} 位`,
  official: (p: { text: string }) => `规范写法:${p.text}`,
  problems: (p: { codes: string }) => `问题:${p.codes}`,
  // `jiaohe parse` usage errors
  cliBadFormat: (p: { value: string }) => `--format 只能是 text 或 json,不能是 "${p.value}"`,
  cliNeedsValue: (p: { option: string }) => `${p.option} 需要一个取值`,
  cliUnknownOption: (p: { option: string; usage: string }) => `未知选项 ${p.option};用法:${p.usage}`,
  cliNoFigures: () => `请至少给出一个数字,例如 jiaohe parse 4.48亿元 "80%以上"`,
};

export type QuantityMessages = typeof quantityZhCN;
