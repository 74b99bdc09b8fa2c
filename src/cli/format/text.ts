import type { Finding, Locale, Report } from "../../core/findings";
import { checksMessages } from "../../core/checks/messages";

function line(f: Finding, severity: (s: string) => string, whole: string): string {
  const where = f.cell ?? whole;
  const who = f.indicator ? `${f.indicator}:` : "";
  const explained = f.explanation ? ` [${f.explanation}]` : "";
  return `  ${where.padEnd(6)} ${severity(f.severity)}  ${who}${f.message}  (${f.code})${explained}`;
}

/** A report for a terminal: per sheet, one finding a line (cell, severity, indicator, message, code), then totals. */
export function renderText(report: Report, locale: Locale = "zh-CN"): string {
  const msg = checksMessages(locale);
  const sev = (s: string) => (locale === "zh-CN" ? msg.severity({ severity: s }) : s);
  const out: string[] = [`${msg.reportTitle({ source: report.source })}  (${msg.reportSchema({ schema: report.schema ?? "" })})`];
  for (const sheet of report.sheets ?? []) {
    out.push(msg.reportSheet({ name: sheet.name }));
    if (sheet.findings.length === 0) out.push(`  ${msg.reportClean()}`);
    for (const f of sheet.findings) out.push(line(f, sev, msg.reportWholeSheet()));
  }
  const s = report.summary;
  out.push(msg.reportTotals(s) + (s.explained ? `; ${msg.reportExplained({ count: s.explained })}` : ""));
  return out.join("\n") + "\n";
}
