import type { Locale } from "../findings/types";
import { narrativeEnUS } from "../i18n/narrative.en-US";
import { narrativeZhCN } from "../i18n/narrative.zh-CN";
import { fill, layout } from "./phrase";
import type { Narrative } from "./types";

export interface RenderOptions {
  locale?: Locale;
  /**
   * Append the list of rows not stated as fact, with the reason (default false: the text is what
   * goes into the report; the pane shows `omitted` on its own, the CLI asks for it).
   */
  omitted?: boolean;
}

/**
 * The narrative as plain text (one paragraph a line, heading first, as the reports print it) or
 * Markdown (headings in bold, paragraphs separated by a blank line). With `omitted`, what was left
 * out follows under its own title, so that nobody mistakes the draft for complete.
 */
export function renderNarrative(n: Narrative, format: "text" | "markdown", options: RenderOptions = {}): string {
  const msg = options.locale === "en-US" ? narrativeEnUS : narrativeZhCN;
  const md = format === "markdown";
  const lines: string[] = [];
  for (const p of n.paragraphs) {
    const heading = p.heading ? (md ? `**${escapeMd(p.heading)}**` : p.heading) : "";
    const gap = p.heading && msg.space ? msg.space : "";
    lines.push(heading + gap + (md ? escapeMd(p.text) : p.text));
  }
  if (options.omitted && n.omitted.length > 0) {
    const items = n.omitted.map((o) => layout(fill(msg.omittedItem, { row: String(o.row), indicator: o.indicator, reason: o.reason })).text);
    if (md) lines.push(`*${escapeMd(msg.omittedTitle)}*\n\n${items.map((i) => `- ${escapeMd(i)}`).join("\n")}`);
    else lines.push(`\n${msg.omittedTitle}\n${items.map((i) => `  ${i}`).join("\n")}`);
  }
  return lines.join(md ? "\n\n" : "\n") + "\n";
}

/** Markdown's own characters in report text (rare, but `*` and `_` do occur in names). */
function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]#|<>])/g, "\\$1");
}
