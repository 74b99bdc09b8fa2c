/** User-facing text of the Excel layer (src/excel), in Chinese. Same keys as ./excel.en-US. */
export const excelZhCN = {
  emptySheet: (p: { sheet: string }) => `工作表"${p.sheet}"是空的，没有可检查的内容。`,
  emptySelection: (p: { sheet: string; address: string }) => `工作表"${p.sheet}"选中的区域 ${p.address} 没有内容。请选中要检查的表格，或只选一个单元格以检查整张表。`,
  multipleAreas: () => "选中了多个不相连的区域。请只选中一个区域，或只选一个单元格以检查整张表。",
  tooManyCells: (p: { sheet: string; address: string; cells: number; max: number }) =>
    `工作表"${p.sheet}"的区域 ${p.address} 有 ${p.cells.toLocaleString("zh-CN")} 个单元格，超过 Excel 一次读取的上限 ${p.max.toLocaleString("zh-CN")} 个。请选中要检查的表格区域后再检查。`,
  tooLargeForHost: (p: { sheet: string }) => `工作表"${p.sheet}"的读取区域超出了 Excel 单次请求的大小上限。请选中要检查的表格区域（不要整列）后再检查。`,
  sheetProtected: (p: { sheet: string }) => `工作表"${p.sheet}"受保护，无法标记；检查结果只在列表中显示。撤销保护后再检查即可在单元格上标记。`,
  storeTaken: (p: { store: string }) => `工作簿中已有名为"${p.store}"的工作表（不是本加载项建立的），为免改动它，本次只在列表中显示结果。`,
  noSuchSheet: (p: { sheet: string }) => `找不到工作表"${p.sheet}"，它可能已被删除或改名。`,
  badAddress: (p: { address: string }) => `"${p.address}"不是有效的单元格地址。`,
  onlyWarnings: (p: { code: string }) => `"${p.code}"是强制性错误，不能以核实说明放行；只有核实性警告可以说明。`,
  emptyExplanation: () => "核实说明不能为空。",
  selectionNotEmpty: (p: { address: string }) => `${p.address} 已有内容，为免覆盖，请选中空白单元格后再插入综述。`,
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<"error" | "warning" | "info", string>,
  explained: "已核实",
  /** First line of every note or comment the add-in writes. */
  noteTitle: "校核：",
  narrativeSheet: "情况综述",
  findingsSheet: "校核结果",
  findingsHeader: ["级别", "代码", "工作表", "单元格", "指标", "问题", "核实说明"],
};

export type ExcelMessages = typeof excelZhCN;
