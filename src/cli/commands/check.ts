import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkGrid } from "../../core/checks";
import { checksMessages } from "../../core/checks/messages";
import { type Locale, type Report, type SheetReport, sheetReport } from "../../core/findings";
import type { Schema } from "../../core/schema";
import { renderHtml, renderJson, renderText } from "../format";
import { EXIT, type Io, localeOption, UserError } from "../io";
import { expandInputs, readTableSheets } from "../read";
import { loadSchemaArg } from "./schema";

const zh = checksMessages("zh-CN");
export const summary = `${zh.cliSummary()}\n      ${zh.cliUsage().split("\n")[1].trim()}`;
export const usage = checksMessages("en-US").cliUsage().split("\n")[0].replace(/^usage: /, "");

type Format = "text" | "json" | "html";

/**
 * One file's report. Empty sheets are left out; sheets with no recognisable header are left out
 * (with a note on stderr) when another sheet has one, else reported with missing-column.
 */
async function checkFile(file: string, schema: Schema, sheet: string | undefined, locale: Locale, io: Io): Promise<Report> {
  const msg = checksMessages(locale);
  const chosen = await readTableSheets(file, schema, { sheet, locale, skipped: (name, hidden) => io.err(`${msg.cliSkippedSheet({ file, sheet: name, hidden })}\n`) });
  const sheets: SheetReport[] = chosen.map((g) => ({ name: g.sheet, findings: checkGrid(g, schema, { locale }).findings }));
  return sheetReport(file, schema.id, sheets);
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      sheet: { type: "string" },
      format: { type: "string", default: "text" },
      out: { type: "string" },
      locale: { type: "string", default: "zh-CN" },
    },
  });
  const locale = localeOption(values.locale);
  const msg = checksMessages(locale);
  const format = values.format as Format;
  if (format !== "text" && format !== "json" && format !== "html") throw new UserError(msg.cliBadFormat({ value: String(values.format) }));
  if (positionals.length === 0) throw new UserError(`${msg.cliNoInput()}\n${msg.cliUsage()}`);
  const schema = loadSchemaArg(values.schema, locale);
  const files = expandInputs(positionals, locale);
  const out = values.out;
  if (out && files.some((f) => samePath(f, out))) throw new UserError(msg.cliCannotWrite({ file: out, reason: locale === "zh-CN" ? "这是被检查的文件,不能覆盖" : "it is one of the files being checked; never overwritten" }));
  const htmlFolder = format === "html" && files.length > 1;
  if (htmlFolder && !out) throw new UserError(msg.cliHtmlNeedsOut());

  let code: number = EXIT.ok;
  const chunks: string[] = [];
  for (const file of files) {
    let report: Report;
    try {
      report = await checkFile(file, schema, values.sheet, locale, io);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // One bad file does not stop a batch: its line goes to stderr, the exit code says 2.
      io.err(`jiaohe check: ${e.message}\n`);
      code = EXIT.input;
      continue;
    }
    if (report.summary.error > 0 && code === EXIT.ok) code = EXIT.findings;
    if (format === "json") chunks.push(renderJson(report));
    else if (format === "text") chunks.push(renderText(report, locale));
    else if (htmlFolder) {
      mkdirSync(out!, { recursive: true });
      const target = join(out!, `${basename(file, extname(file))}.html`);
      write(target, renderHtml(report, locale), locale);
      io.err(`${msg.cliWrote({ file: target })}\n`);
    } else chunks.push(renderHtml(report, locale));
  }
  const text = chunks.join(format === "text" ? "\n" : "");
  if (!htmlFolder) {
    if (out) write(out, text, locale);
    else if (text) io.out(text);
  }
  return code;
}

function write(file: string, text: string, locale: Locale): void {
  try {
    writeFileSync(file, text, "utf8");
  } catch (e) {
    throw new UserError(checksMessages(locale).cliCannotWrite({ file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
}
