import type { Finding, Locale, Report, Severity } from "../../core/findings";
import { checksMessages } from "../../core/checks/messages";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.5}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:2px solid #ddd;padding-bottom:.25rem}
h3{font-size:1rem;margin:1.25rem 0 .4rem}.meta{color:#555;margin:0 0 1rem}
.totals span{display:inline-block;margin-right:1rem;padding:.15rem .6rem;border-radius:1rem;font-weight:600}
.error{background:#fde7e9;color:#a4262c}.warning{background:#fff4ce;color:#7a5c00}.info{background:#e5f1fb;color:#004e8c}
table{border-collapse:collapse;width:100%;font-size:.92rem;table-layout:fixed;word-break:break-word}
col.c-cell{width:6%}col.c-ind{width:17%}col.c-val{width:13%}col.c-exp{width:9%}col.c-msg{width:42%}col.c-code{width:13%}th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.cell{font-family:Consolas,"Courier New",monospace;white-space:nowrap}td.code{color:#666;font-size:.85em;white-space:nowrap}
.clean{color:#107c10;font-weight:600}.explained{color:#555;font-style:italic}footer{margin-top:2rem;color:#888;font-size:.85rem}
@media print{body{margin:0}h2{page-break-after:avoid}}
`;

function row(f: Finding, wholeSheet: string): string {
  const cell = f.cell ?? wholeSheet;
  const expected = f.expected !== undefined ? escapeHtml(f.expected) : "";
  const explanation = f.explanation ? `<div class="explained">${escapeHtml(f.explanation)}</div>` : "";
  return `<tr><td class="cell">${escapeHtml(cell)}</td><td>${escapeHtml(f.indicator ?? "")}</td><td>${escapeHtml(f.value ?? "")}</td><td>${expected}</td><td>${escapeHtml(f.message)}${explanation}</td><td class="code">${escapeHtml(f.code)}</td></tr>`;
}

/**
 * A standalone HTML report a reviewer can open or send: findings grouped by sheet and severity,
 * each with cell, indicator, value, expected value and message. Inline CSS, no scripts, no
 * external resources; every piece of text from the workbook is escaped.
 */
export function renderHtml(report: Report, locale: Locale = "zh-CN"): string {
  const msg = checksMessages(locale);
  const s = report.summary;
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html><html lang="${locale === "zh-CN" ? "zh-CN" : "en"}"><head><meta charset="utf-8">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${escapeHtml(msg.reportTitle({ source: report.source }))}</title><style>${CSS}</style></head><body>`);
  parts.push(`<h1>${escapeHtml(msg.reportTitle({ source: report.source }))}</h1>`);
  parts.push(`<p class="meta">${escapeHtml(msg.reportSchema({ schema: report.schema ?? "" }))}</p>`);
  parts.push(
    `<p class="totals"><span class="error">${escapeHtml(msg.severity({ severity: "error" }))} ${s.error}</span><span class="warning">${escapeHtml(msg.severity({ severity: "warning" }))} ${s.warning}</span><span class="info">${escapeHtml(msg.severity({ severity: "info" }))} ${s.info}</span>${s.explained ? `<span>${escapeHtml(msg.reportExplained({ count: s.explained }))}</span>` : ""}</p>`,
  );
  const head = `<tr><th>${escapeHtml(msg.reportCell())}</th><th>${escapeHtml(msg.reportIndicator())}</th><th>${escapeHtml(msg.reportValue())}</th><th>${escapeHtml(msg.reportExpected())}</th><th>${escapeHtml(msg.reportMessage())}</th><th>${escapeHtml(msg.reportCode())}</th></tr>`;
  for (const sheet of report.sheets ?? []) {
    parts.push(`<section><h2>${escapeHtml(msg.reportSheet({ name: sheet.name }))}</h2>`);
    if (sheet.findings.length === 0) parts.push(`<p class="clean">${escapeHtml(msg.reportClean())}</p>`);
    for (const sev of SEVERITY_ORDER) {
      const list = sheet.findings.filter((f) => f.severity === sev);
      if (list.length === 0) continue;
      parts.push(`<h3><span class="${sev}">${escapeHtml(msg.severity({ severity: sev }))} ${list.length}</span> ${escapeHtml(msg.severityHint({ severity: sev }))}</h3>`);
      parts.push(`<table><colgroup><col class="c-cell"><col class="c-ind"><col class="c-val"><col class="c-exp"><col class="c-msg"><col class="c-code"></colgroup><thead>${head}</thead><tbody>${list.map((f) => row(f, msg.reportWholeSheet())).join("")}</tbody></table>`);
    }
    parts.push(`</section>`);
  }
  parts.push(`<footer>${escapeHtml(msg.reportGenerated())}</footer></body></html>\n`);
  return parts.join("\n");
}
