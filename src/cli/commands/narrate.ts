import { parseArgs } from "node:util";
import { checkGrid } from "../../core/checks";
import { checksMessages } from "../../core/checks/messages";
import type { Locale } from "../../core/findings";
import { narrate, narrativeMessages, renderNarrative, type Narrative } from "../../core/narrative";
import { fill, layout } from "../../core/narrative/phrase";
import type { Schema } from "../../core/schema";
import { EXIT, type Io, localeOption, UserError } from "../io";
import { readTableSheets } from "../read";
import { loadSchemaArg } from "./schema";

const zh = narrativeMessages("zh-CN");
export const summary = zh.cliSummary;
export const usage = zh.cliUsage;

type Format = "text" | "json" | "markdown";

const say = (template: string, slots: Record<string, string> = {}) => layout(fill(template, slots)).text;

interface SheetNarrative extends Narrative {
  sheet: string;
  errors: number;
  /** Findings about the whole sheet (no header found, a required column missing): why a draft may be empty. */
  sheetProblems: string[];
}

/** Each sheet with a table (or the one named by --sheet) is checked, then narrated from the same findings. */
async function narrateFile(file: string, schema: Schema, sheet: string | undefined, locale: Locale, options: { onError: "mark" | "omit"; markWarnings: boolean }, io: Io) {
  const msg = checksMessages(locale);
  const chosen = await readTableSheets(file, schema, { sheet, locale, skipped: (name, hidden) => io.err(`${msg.cliSkippedSheet({ file, sheet: name, hidden })}\n`) });
  return chosen.map((g): SheetNarrative => {
    const { table, findings } = checkGrid(g, schema, { locale });
    const n = narrate(table, findings, schema, { locale, ...options });
    const sheetProblems = findings.filter((f) => f.severity === "error" && f.row === undefined && !f.cell).map((f) => f.message);
    return { sheet: g.sheet, errors: findings.filter((f) => f.severity === "error").length, sheetProblems, ...n };
  });
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      sheet: { type: "string" },
      format: { type: "string", default: "text" },
      locale: { type: "string", default: "zh-CN" },
      "omit-errors": { type: "boolean", default: false },
      "mark-warnings": { type: "boolean", default: false },
    },
  });
  const locale = localeOption(values.locale);
  const msg = narrativeMessages(locale);
  const format = values.format as Format;
  if (format !== "text" && format !== "json" && format !== "markdown") throw new UserError(say(msg.cliBadFormat, { value: String(values.format) }));
  if (positionals.length === 0) throw new UserError(`${say(msg.cliNoInput)}\n${msg.cliUsage}`);
  if (positionals.length > 1) throw new UserError(say(msg.cliOneFile, { count: String(positionals.length) }));
  const schema = loadSchemaArg(values.schema, locale);
  const file = positionals[0];
  const sheets = await narrateFile(file, schema, values.sheet, locale, { onError: values["omit-errors"] ? "omit" : "mark", markWarnings: !!values["mark-warnings"] }, io);

  // An empty draft says why on stderr, so that nobody takes silence for "nothing to report".
  for (const s of sheets) {
    if (s.paragraphs.length > 0) continue;
    io.err(`${[say(msg.cliNothing, { file, sheet: s.sheet }), ...s.sheetProblems].join("; ")}\n`);
  }
  if (format === "json") {
    const doc = {
      version: 1,
      tool: "jiaohe",
      source: file,
      schema: schema.id,
      sheets: sheets.map((s) => ({ name: s.sheet, paragraphs: s.paragraphs, omitted: s.omitted })),
    };
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const parts = sheets.map((s) => {
      const body = renderNarrative(s, format, { locale, omitted: true });
      if (sheets.length === 1) return body;
      const title = say(msg.sheetHeading, { sheet: s.sheet });
      return `${format === "markdown" ? `## ${title}` : title}\n${format === "markdown" ? "\n" : ""}${body}`;
    });
    io.out(parts.join("\n"));
  }
  return sheets.some((s) => s.errors > 0) ? EXIT.findings : EXIT.ok;
}
