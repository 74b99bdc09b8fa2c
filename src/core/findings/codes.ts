/**
 * The finding codes every checker in the project speaks (../shared/spec/findings.md).
 * The spec lets the project add codes; it must never rename or drop these.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Each code with its default severity, as the spec's tables give it. */
export const FINDING_CODES = {
  // Table structure
  "missing-column": "error",
  "duplicate-column": "warning",
  "missing-indicator": "error",
  "duplicate-indicator": "warning",
  "unknown-indicator": "info",
  // One cell
  "empty-value": "error",
  "unit-without-number": "error",
  "not-a-number": "error",
  "value-in-wrong-column": "error",
  "cell-error": "error",
  "unit-mismatch": "error",
  "scale-suspect": "warning",
  "non-integer-count": "warning",
  "negative-value": "error",
  "percent-out-of-range": "error",
  "out-of-range": "warning",
  // Between cells
  "growth-mismatch": "error",
  "growth-implausible": "warning",
  "completion-mismatch": "error",
  "sum-mismatch": "error",
  "period-mismatch": "warning",
  // Text
  "missing-unit": "warning",
  "missing-ordinal": "warning",
  "suspicious-year": "error",
  "implausible-quantity": "warning",
  // Project additions
  "formula-without-result": "error",
  "unknown-unit": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(s: string): s is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODES, s);
}

export function defaultSeverity(code: FindingCode): Severity {
  return FINDING_CODES[code];
}
