import { chmodSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
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

/**
 * The report file of each input in an HTML batch: `good.html`, or `good.xlsx.html` and
 * `good.csv.html` when two inputs share a base name (compared ignoring case, as Windows and macOS
 * file systems do), with `-2`, `-3` … should even those meet. No report overwrites another.
 */
export function htmlReportNames(files: readonly string[]): string[] {
  const key = (s: string) => s.toLowerCase();
  const stems = files.map((f) => basename(f, extname(f)));
  const count = new Map<string, number>();
  for (const s of stems) count.set(key(s), (count.get(key(s)) ?? 0) + 1);
  const taken = new Set<string>();
  return files.map((f, i) => {
    const name = (count.get(key(stems[i])) ?? 0) > 1 ? basename(f) : stems[i];
    let candidate = name;
    for (let n = 2; taken.has(key(candidate)); n++) candidate = `${name}-${n}`;
    taken.add(key(candidate));
    return `${candidate}.html`;
  });
}

function cannotWrite(file: string, e: unknown, locale: Locale): UserError {
  const msg = checksMessages(locale);
  const code = (e as NodeJS.ErrnoException)?.code ?? String((e as Error)?.message ?? e);
  return new UserError(msg.cliCannotWrite({ file, reason: msg.cliWriteReason({ code }) }));
}

/**
 * Where `--out` points, checked before any input is read, so that a wrong path is said at once:
 * a folder for an HTML batch (an existing file there is refused), else a file in an existing folder.
 */
function checkOut(out: string, folder: boolean, locale: Locale): void {
  let st;
  try {
    st = statSync(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw cannotWrite(out, e, locale);
  }
  if (st) {
    if (folder && !st.isDirectory()) throw cannotWrite(out, { code: "EEXIST" }, locale);
    if (!folder && st.isDirectory()) throw cannotWrite(out, { code: "EISDIR" }, locale);
    return;
  }
  if (folder) return; // made when the first report is written
  let parent;
  try {
    parent = statSync(dirname(resolve(out)));
  } catch (e) {
    throw cannotWrite(out, e, locale);
  }
  if (!parent.isDirectory()) throw cannotWrite(out, { code: "ENOTDIR" }, locale);
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
  const files = expandInputs(positionals, locale, (line) => io.err(`${line}\n`));
  const out = values.out;
  if (out && files.some((f) => samePath(f, out))) throw new UserError(msg.cliCannotWrite({ file: out, reason: locale === "zh-CN" ? "这是被检查的文件,不能覆盖" : "it is one of the files being checked; never overwritten" }));
  const htmlFolder = format === "html" && files.length > 1;
  if (htmlFolder && !out) throw new UserError(msg.cliHtmlNeedsOut());
  if (out) checkOut(out, htmlFolder, locale);
  const htmlNames = htmlFolder ? htmlReportNames(files) : [];

  let code: number = EXIT.ok;
  let anyRead = false;
  const chunks: string[] = [];
  for (const [i, file] of files.entries()) {
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
    anyRead = true;
    if (report.summary.error > 0 && code === EXIT.ok) code = EXIT.findings;
    if (format === "json") chunks.push(renderJson(report));
    else if (format === "text") chunks.push(renderText(report, locale));
    else if (htmlFolder) {
      try {
        mkdirSync(out!, { recursive: true });
      } catch (e) {
        throw cannotWrite(out!, e, locale);
      }
      const target = join(out!, htmlNames[i]);
      write(target, renderHtml(report, locale), locale);
      io.err(`${msg.cliWrote({ file: target })}\n`);
    } else chunks.push(renderHtml(report, locale));
  }
  const text = chunks.join(format === "text" ? "\n" : "");
  if (!htmlFolder) {
    // Nothing read, nothing written: an existing --out file stays as it was.
    if (out) {
      if (anyRead) write(out, text, locale);
    } else if (text) io.out(text);
  }
  return code;
}

/**
 * Writes `text` to `file` whole or not at all: into a temporary file beside it, then renamed over
 * it, so an existing file is never left truncated (a symbolic link keeps pointing where it did).
 * Where no new file can be made in that folder but the file itself is writable, it is written in place.
 */
function write(file: string, text: string, locale: Locale): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = realpathSync(file);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: "utf8", flag: "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (mode !== undefined && (code === "EACCES" || code === "EPERM" || code === "EROFS")) {
      try {
        writeFileSync(target, text, "utf8");
        return;
      } catch (e2) {
        throw cannotWrite(file, e2, locale);
      }
    }
    throw cannotWrite(file, e, locale);
  }
  try {
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw cannotWrite(file, e, locale);
  }
}
