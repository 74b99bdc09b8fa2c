/**
 * The narrative's wording in Simplified Chinese (the default), in the register of the published
 * work reports (`全市低保标准统一提高至1100元/月,增幅均达到4.8%`).
 *
 * Sentence templates use `{placeholders}` that the narrative fills with figures or phrases, so that
 * every figure keeps its source cell; the en-US file has the same keys and the same placeholders
 * (test/core/narrative/messages.test.ts checks both). Punctuation follows the seed reports as
 * published: `,` `;` `:` half-width, `。` `、` full-width.
 */
export const narrativeZhCN = {
  // Punctuation and joining
  clauseSep: ",",
  complexSep: ";",
  listSep: "、",
  sentenceEnd: "。",
  /** Between words of a template (English needs a space; Chinese none). */
  space: "",
  /** "capitalize": a sentence starts with a capital letter (English); "" for Chinese. */
  sentenceCase: "",
  heading: "({ordinal}){category}。",
  otherCategory: "其他工作",

  // Growth: a change by a percentage (增长 = by), never a level (增长到 = to)
  growthUp: "{basis}增长{pct}",
  growthDown: "{basis}下降{pct}",
  growthFlat: "与{prior}持平",
  growthTimes: "{basis}增长{times}倍",
  doubled: "比{prior}翻一番",
  growthUpSame: "{basis}均增长{pct}",
  growthDownSame: "{basis}均下降{pct}",
  growthFlatSame: "均与{prior}持平",
  growthUpEach: "{basis}分别增长{pcts}",
  growthDownEach: "{basis}分别下降{pcts}",
  basisYoy: "同比",
  basisMom: "环比",
  priorYear: "上年",
  priorYearSamePeriod: "上年同期",
  priorPeriod: "上期",
  // A change of a rate or share, in percentage points (never %)
  pointsUp: "提高{points}",
  pointsDown: "下降{points}",
  pointsFlat: "与{prior}持平",
  pointsFigure: "{points}个百分点",
  // A change of a count, in its own unit
  diffUp: "新增{diff}",
  diffDown: "减少{diff}",

  // standard (元/月): 提高至 / 调整为
  standardRaised: "{name}提高至{value}",
  standardAdjusted: "{name}调整为{value}",
  standardKept: "{name}保持{value}",
  standardIs: "{name}为{value}",
  standardListRaised: "{names}分别提高至{values}",
  standardListAdjusted: "{names}分别调整为{values}",
  standardListIs: "{names}分别为{values}",
  standardListKept: "{names}分别保持{values}",

  // amount (元, 万元, 亿元): 达到 / 累计发放
  amountReached: "{name}达到{value}",
  amountVerb: "{name}{value}",
  /** An amount that fell or held: stated, not 达到. */
  amountIs: "{name}{value}",
  amountCumulativeReached: "{name}累计达到{value}",
  amountCumulativeVerb: "累计{name}{value}",

  // count (人, 户, 个): 共有 / 新增 / 建成
  countTotal: "共有{items}",
  countItem: "{name}{value}",
  countReached: "{name}达到{value}",
  countVerb: "{name}{value}",

  // rate and share (%): 达到 / 为, changes in 百分点
  rateReached: "{name}达到{value}",
  shareIs: "{name}为{value}",
  /** A rate named by its change (平均提高, 增幅): the figure follows the name. */
  rateOfChange: "{name}{value}",

  // completion: 完成年度目标的65.3% / 超额完成
  completionOf: "{name}完成{target}的{completion}",
  completionOfBare: "完成{target}的{completion}",
  completionOver: "超额完成{target}",
  completionFull: "全面完成{target}",
  completionOverRate: "超额完成{target},完成率{completion}",
  /** A rate or share that reached its target rate. */
  completionMet: "达到{target}",
  /** A rate or share short of its target rate: the target, not a rate of a rate. */
  targetIs: "{target}为{value}",
  annualTarget: "年度目标",
  fullYearTarget: "全年目标",
  taskTarget: "任务",

  // 其中 parts after their total
  ofWhich: "其中{parts}",

  // Findings
  markError: "【待核实:{indicator}{reason}】",
  markWarning: "【请留意:{indicator}{reason}】",
  reasonMissing: "缺失",
  reasonMissingOf: "{what}缺失",
  reasonNoNumber: "只有单位没有数字",
  reasonNotANumber: "不是数字",
  reasonCellError: "{what}为错误值",
  reasonFormula: "{what}公式无结果",
  reasonUnit: "单位有误",
  reasonWrongColumn: "填错列",
  reasonNegative: "为负数",
  reasonPercentRange: "超出0—100%",
  reasonGrowth: "与增幅不符",
  reasonCompletion: "与完成进度不符",
  reasonSum: "与分项合计不符",
  reasonScale: "数量级可疑",
  reasonNonInteger: "含小数",
  reasonOutOfRange: "超出常见范围",
  reasonGrowthImplausible: "增幅异常",
  reasonPeriod: "期间不符",
  reasonDuplicate: "重复填报(见第{row}行)",
  reasonDuplicateDiffers: "与第{row}行数据不一致",
  reasonUnknownUnit: "单位不明",
  reasonOther: "有误",
  reasonNoName: "没有指标名称",
  reasonTotalRow: "合计行,不单独成句",
  reasonZero: "本期为0",
  reasonPartOfSum: "所属合计与分项合计不符",
  whatValue: "",
  whatPrevious: "上年数",
  whatGrowth: "增幅",
  whatTarget: "目标值",
  whatCompletion: "完成进度",
  whatUnit: "单位",

  // Rendering
  omittedTitle: "未作为事实写入的指标:",
  omittedItem: "第{row}行 {indicator}:{reason}",
  sheetHeading: "【{sheet}】",

  // jiaohe narrate
  cliSummary: "按工作总结的写法,为一份填报表起草分类综述段落(有误的数据不作为事实写入)",
  cliUsage: "jiaohe narrate FILE [--schema ID|PATH] [--sheet NAME] [--format text|json|markdown] [--omit-errors] [--mark-warnings] [--locale zh-CN|en-US]",
  cliBadFormat: "--format 只能是 text、json 或 markdown,收到“{value}”",
  cliNoInput: "请给出要起草综述的文件",
  cliOneFile: "一次只能为一个文件起草综述,收到 {count} 个",
  cliNothing: "{file}:工作表“{sheet}”没有可写入综述的指标行",
} as const;

export type NarrativeKey = keyof typeof narrativeZhCN;
export type NarrativeMessages = Record<NarrativeKey, string>;
