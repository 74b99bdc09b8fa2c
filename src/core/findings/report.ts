import type { Finding, Report, ReportSummary, SheetReport, TextReport } from "./types";

export function summarize(findings: readonly Finding[]): ReportSummary {
  const s: ReportSummary = { error: 0, warning: 0, info: 0 };
  let explained = 0;
  for (const f of findings) {
    if (f.explanation && f.severity === "warning") explained++;
    else s[f.severity]++;
  }
  if (explained > 0) s.explained = explained;
  return s;
}

export function sheetReport(source: string, schema: string, sheets: SheetReport[]): Report {
  return { version: 1, tool: "jiaohe", source, schema, sheets, summary: summarize(sheets.flatMap((s) => s.findings)) };
}

export function textReport(source: string, texts: TextReport[]): Report {
  return { version: 1, tool: "jiaohe", source, texts, summary: summarize(texts.flatMap((t) => t.findings)) };
}
