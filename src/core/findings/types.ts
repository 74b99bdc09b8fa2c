import type { FindingCode, Severity } from "./codes";

/** zh-CN is the default everywhere (spec: `message` is in the user's language). */
export type Locale = "zh-CN" | "en-US";

/**
 * One thing a reviewer must look at. Field names and meanings are a contract
 * (../shared/spec/findings.md): other tools read the JSON, so keep them exact.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** A1 address on the sheet; absent for a finding about a whole column or sheet. */
  cell?: string;
  /** The worksheet's own 1-based row; absent with `cell`. */
  row?: number;
  /** The column's header as the sheet writes it. */
  column?: string;
  indicator?: string;
  /** The flagged value as written. */
  value?: string;
  /** What the checker expected, language-neutral (a number or a short token). */
  expected?: string;
  message: string;
  /** Text findings: 1-based line (texts only), 0-based offset and length in UTF-16 units. */
  line?: number;
  offset?: number;
  length?: number;
  excerpt?: string;
  /** A verified warning's recorded reason; never on an error. */
  explanation?: string;
}

export interface SheetReport {
  name: string;
  findings: Finding[];
}

export interface TextReport {
  name: string;
  findings: Finding[];
}

export interface ReportSummary {
  error: number;
  warning: number;
  info: number;
  explained?: number;
}

/** The report, version 1: `sheets` for tables, `texts` for report text. */
export interface Report {
  version: 1;
  tool: "jiaohe";
  source: string;
  schema?: string;
  sheets?: SheetReport[];
  texts?: TextReport[];
  summary: ReportSummary;
}
