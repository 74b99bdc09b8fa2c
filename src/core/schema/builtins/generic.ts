import type { SchemaInput } from "../spec";
import { STANDARD_COLUMNS } from "./columns";

/**
 * `generic`: any indicator table. Columns only, no catalogue: the checks that need no knowledge
 * of the indicators (header mapping, quantities, growth, completion, sums of numbered rows, scale)
 * all apply; missing-indicator and unknown-indicator do not.
 */
export const GENERIC: SchemaInput = {
  id: "generic",
  name: { zh: "通用指标表", en: "Generic indicator table" },
  description: {
    zh: "任意指标表:按表头识别列,校核数值、单位、增幅、完成率、合计与量级,不含指标目录。",
    en: "Any indicator table: columns by header; figures, units, growth, completion, sums and scale are checked; no indicator catalogue.",
  },
  columns: STANDARD_COLUMNS.map((c) => ({ ...c, aliases: [...c.aliases] })),
};
