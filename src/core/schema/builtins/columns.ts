import type { z } from "zod";
import type { ColumnSpec } from "../spec";

/**
 * The columns of an indicator table as the departments' submissions write them. Shared by the
 * built-ins; a schema file may list its own. Aliases are matched after normalisation (full-width
 * forms, spaces, brackets, traditional characters), so `同比增长（%）` and `同比增長(%)` need
 * no entry of their own.
 */
export const STANDARD_COLUMNS = [
  { key: "serial", role: "serial", aliases: ["序号", "序", "编号", "No.", "No", "#"] },
  { key: "category", role: "category", aliases: ["类别", "分类", "领域", "板块", "工作类别", "业务类别", "Category"] },
  {
    key: "indicator",
    role: "indicator",
    required: true,
    aliases: ["指标", "指标名称", "工作任务", "项目", "重点工作", "工作内容", "主要指标", "统计指标", "名称", "Item", "Indicator"],
  },
  { key: "unit", role: "unit", aliases: ["单位", "计量单位", "Unit"] },
  {
    key: "value",
    role: "value",
    required: true,
    aliases: [
      "本期",
      "本年",
      "本期数",
      "本年累计",
      "完成值",
      "完成数",
      "实际完成",
      "累计完成",
      "上半年完成",
      "1-6月",
      "1-6月完成",
      "2023年完成",
      "数值",
      "数量",
      "Value",
      "Actual",
    ],
  },
  {
    key: "previous",
    role: "previous",
    aliases: ["上期", "上年", "上年同期", "同期", "去年同期", "上年同期数", "上月", "上季度", "Previous", "Last year"],
  },
  {
    key: "growth",
    role: "growth",
    aliases: ["同比", "同比增长", "同比增长(%)", "同比增减", "同比增减(%)", "增幅", "增幅(%)", "增减%", "增减(%)", "增长率", "环比", "环比增长(%)", "Growth", "YoY", "Change (%)"],
  },
  { key: "target", role: "target", aliases: ["目标", "全年目标", "年度目标", "目标值", "计划", "年度计划", "全年任务", "Target"] },
  {
    key: "completion",
    role: "completion",
    aliases: ["完成率", "完成进度", "完成进度(%)", "完成比例", "完成比例(%)", "完成率(%)", "进度", "Completion", "Completion (%)"],
  },
  { key: "department", role: "department", aliases: ["责任处室", "处室", "责任单位", "牵头处室", "牵头单位", "责任科室", "Department"] },
  {
    key: "note",
    role: "note",
    aliases: ["备注", "说明", "进展情况", "工作完成情况", "完成情况", "工作进展", "情况说明", "Notes", "Note", "Remarks"],
  },
] as const satisfies readonly z.input<typeof ColumnSpec>[];
