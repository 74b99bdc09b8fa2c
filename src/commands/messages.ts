import type { Locale } from "../core/findings";

/** The ribbon's user-facing strings (the pane has its own resource files in src/taskpane/i18n). */
const MESSAGES = {
  "zh-CN": {
    checkTitle: "校核结果",
    checkCounts: (c: Counts) => `错误 ${c.error} 项，待核实 ${c.warning} 项，已核实 ${c.explained} 项，提示 ${c.info} 项。\n已在 ${c.marked} 个单元格上标注。`,
    narrateTitle: "情况综述",
    narrateDone: (n: number) => `已将 ${n} 段综述写入工作表“情况综述”。`,
    failedTitle: "操作未完成",
    ok: "确定",
  },
  "en-US": {
    checkTitle: "Check results",
    checkCounts: (c: Counts) => `Errors ${c.error}, to verify ${c.warning}, verified ${c.explained}, notes ${c.info}.\nMarked ${c.marked} cells.`,
    narrateTitle: "Summary",
    narrateDone: (n: number) => `Wrote ${n} paragraphs to the sheet 情况综述.`,
    failedTitle: "The action did not finish",
    ok: "OK",
  },
} as const;

export interface Counts {
  error: number;
  warning: number;
  explained: number;
  info: number;
  marked: number;
}

export function commandMessages(locale: Locale) {
  return MESSAGES[locale];
}
