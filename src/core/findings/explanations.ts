import type { Finding } from "./types";

/**
 * 核实 with an explanation: a warning (核实性) may stand once someone records why the figure is
 * right. Keyed by sheet, the row's indicator and the code, so it survives row moves and re-checks.
 * Errors (强制性) can never be explained away.
 */
export interface Explanation {
  sheet: string;
  indicator: string;
  code: string;
  text: string;
  /** Who recorded it and when (ISO), where known. */
  by?: string;
  at?: string;
}

export function explanationKey(sheet: string, indicator: string, code: string): string {
  return `${sheet}\u0000${indicator}\u0000${code}`;
}

/** Returns the findings with `explanation` set on every warning that has a recorded reason. */
export function applyExplanations(sheet: string, findings: readonly Finding[], explanations: readonly Explanation[]): Finding[] {
  if (explanations.length === 0) return findings.slice();
  const byKey = new Map(explanations.map((e) => [explanationKey(e.sheet, e.indicator, e.code), e.text]));
  return findings.map((f) => {
    if (f.severity !== "warning" || !f.indicator) return f;
    const text = byKey.get(explanationKey(sheet, f.indicator, f.code));
    return text && text.trim() ? { ...f, explanation: text.trim() } : f;
  });
}
