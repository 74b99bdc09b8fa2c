/** User-facing text of the schema layer and `jiaohe schema`, in Simplified Chinese (the default). */
export const schemaZhCN = {
  // Structural problems (from zod issues)
  missing: () => "缺少必填项",
  wrongType: (p: { expected: string; received: string }) => `应为${p.expected},实为${p.received}`,
  notOneOf: (p: { values: string }) => `取值无效,应为以下之一:${p.values}`,
  emptyText: () => "不能为空",
  tooFewItems: (p: { minimum: number }) => `至少需要 ${p.minimum} 项`,
  tooSmall: (p: { minimum: number; inclusive: boolean }) => (p.inclusive ? `不能小于 ${p.minimum}` : `必须大于 ${p.minimum}`),
  tooBig: (p: { maximum: number; inclusive: boolean }) => (p.inclusive ? `不能大于 ${p.maximum}` : `必须小于 ${p.maximum}`),
  badIdentifier: (p: { value: string }) => `标识 "${p.value}" 只能由小写字母、数字和“-”组成`,
  unknownField: (p: { key: string }) => `未知字段 "${p.key}"`,
  invalidValue: () => "取值无效",
  // Semantic problems
  unknownUnit: (p: { unit: string }) => `未知单位 "${p.unit}"`,
  unitDimension: (p: { unit: string; unitDimension: string; dimension: string }) =>
    `单位 "${p.unit}" 计量的是${p.unitDimension},与量纲“${p.dimension}”不符`,
  kindDimension: (p: { kind: string; dimension: string; allowed: string }) =>
    `类型 ${p.kind} 的指标不能以${p.dimension}计量(应为:${p.allowed})`,
  minAboveMax: (p: { min: number; max: number }) => `最小值 ${p.min} 大于最大值 ${p.max}`,
  shareOver100: (p: { max: number }) => `占比类指标的最大值不能超过 100%,填写为 ${p.max}`,
  unknownPlaceholder: (p: { placeholder: string; allowed: string }) => `未知占位符 {${p.placeholder}},可用:${p.allowed}`,
  unbalancedBrace: () => "花括号不成对",
  duplicateIndicator: (p: { name: string; first: string }) => `指标 "${p.name}" 与 ${p.first} 重复`,
  unknownCategory: (p: { category: string; allowed: string }) => `未列出的类别 "${p.category}"(已列出:${p.allowed})`,
  duplicateCategory: (p: { name: string; first: string }) => `类别 "${p.name}" 与 ${p.first} 重复`,
  unknownSumIndicator: (p: { name: string }) => `目录中没有指标 "${p.name}"`,
  sumSelf: (p: { name: string }) => `合计 "${p.name}" 不能是自己的分项`,
  sumPartRepeated: (p: { name: string }) => `分项 "${p.name}" 重复`,
  sumDimension: (p: { name: string; dimension: string; totalDimension: string }) =>
    `分项 "${p.name}" 的量纲(${p.dimension})与合计的量纲(${p.totalDimension})不同,不能相加`,
  duplicateColumnKey: (p: { key: string; first: string }) => `列标识 "${p.key}" 与 ${p.first} 重复`,
  duplicateColumnRole: (p: { role: string; first: string }) => `列角色 ${p.role} 已由 ${p.first} 使用,每种角色只能有一列`,
  duplicateAlias: (p: { alias: string; first: string }) => `表头别名 "${p.alias}" 已用于 ${p.first},无法确定对应哪一列`,
  missingRole: (p: { role: string }) => `缺少角色为 ${p.role} 的列`,
  periodConflict: () => "半年、季度和月份只能填写一项",
  list: (p: { items: readonly string[] }) => p.items.join("、"),
  // Dimension names, as a clerk says them
  dimensionName: (p: { dimension: string }) =>
    (
      ({
        money: "金额",
        persons: "人数",
        households: "户数",
        count: "个数",
        area: "面积",
        length: "长度",
        weight: "重量",
        time: "时间",
        rate: "比率",
        "rate-points": "百分点",
        "money-per-period": "每期金额",
      }) as Record<string, string>
    )[p.dimension] ?? p.dimension,
  // Type names for wrongType
  typeName: (p: { type: string }) =>
    (
      ({
        string: "文本",
        number: "数字",
        int: "整数",
        boolean: "布尔值(true/false)",
        object: "对象",
        array: "数组",
        null: "null",
        undefined: "空",
      }) as Record<string, string>
    )[p.type] ?? p.type,
  // JSON syntax
  jsonEnd: () => "文件意外结束,可能缺少 } 或 ]",
  jsonUnexpected: (p: { char: string }) => `此处不应出现 "${p.char}"`,
  jsonBadString: () => "字符串未正确结束或含有无效的转义",
  jsonBadNumber: () => "数字格式无效",
  jsonTrailing: (p: { char: string }) => `JSON 已结束,后面多出了 "${p.char}"`,
  // jiaohe schema
  cliSummary: () => "列出内置目标模式,显示其 JSON,或校验一个模式文件",
  cliOk: (p: { file: string; id: string }) => `ok: ${p.file}(模式 ${p.id})`,
  cliInvalid: (p: { file: string; count: number }) => `${p.file}: 模式无效,共 ${p.count} 处问题`,
  cliUnknownSchema: (p: { id: string; known: string }) => `没有内置模式 "${p.id}"(可用:${p.known})`,
  cliCannotRead: (p: { file: string; reason: string }) => `无法读取 ${p.file}:${p.reason}`,
  cliBadJson: (p: { file: string; line: number; column: number; reason: string }) =>
    `${p.file}:${p.line}:${p.column}: 不是有效的 JSON(${p.reason})`,
  cliNotFound: () => "文件不存在",
  cliIsDirectory: () => "这是一个文件夹,不是文件",
  cliNoPermission: () => "没有读取权限",
  cliNotUtf8: () => "不是 UTF-8 编码的文本",
  cliNotRegular: () => "不是普通文件(是管道、设备或套接字)",
  cliLinkLoop: () => "符号链接形成循环",
  cliNoFormat: (p: { value: string }) => `schema check 只输出文字结果,不支持 --format ${p.value}(--format json 仅用于 schema list)`,
  cliUnknownSubcommand: (p: { name: string }) => `未知的子命令 "${p.name}"`,
  cliUsage: () => "用法:jiaohe schema list | show ID | check PATH... [--locale zh-CN|en-US]",
  cliListHeader: () => "内置目标模式:",
  cliIndicators: (p: { count: number }) => (p.count ? `${p.count} 个指标` : "仅列,无指标目录"),
};

export type SchemaMessages = typeof schemaZhCN;
