import { parseArgs } from "node:util";
import { type Finding, type Locale, textReport } from "../../core/findings";
import { textEnUS } from "../../core/i18n/text.en-US";
import { type TextMessages, textZhCN } from "../../core/i18n/text.zh-CN";
import { lintText } from "../../core/text";
import { EXIT, type Io, localeOption, readRegularFile, UserError } from "../io";

export const summary = textZhCN.cliSummary();
export const usage = "jiaohe lint-text FILE|- [--year YYYY] [--format text|json] [--locale zh-CN|en-US]";

function messages(locale: Locale): TextMessages {
  return locale === "en-US" ? textEnUS : textZhCN;
}

/** Decodes a file's bytes as UTF-8 text, or says in one line why it cannot be read. */
export function decodeText(bytes: Uint8Array, file: string, msg: TextMessages): string {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  // A workbook (by its name, or a zip holding xl/ parts: a zip's entry names are plain bytes) is not a .docx.
  const workbook = /\.(xlsx|xlsm|xls|csv)$/i.test(file) && zip ? true : zip && !/\.docx$/i.test(file) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("xl/");
  const ole = bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (workbook || (ole && /\.xlsx?$/i.test(file))) throw new UserError(msg.cliCannotRead({ file, reason: msg.cliSpreadsheet() }));
  if (/\.docx$/i.test(file) || zip) throw new UserError(msg.cliCannotRead({ file, reason: msg.cliDocx() }));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(msg.cliCannotRead({ file, reason: msg.cliNotUtf8() }));
  }
  if (text.includes("\u0000")) throw new UserError(msg.cliCannotRead({ file, reason: msg.cliBinary() }));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readFile(file: string, msg: TextMessages): string {
  const bytes = readRegularFile(file, msg);
  return decodeText(bytes, file, msg);
}

/** Standard input arrives decoded; bytes that were not UTF-8 show as U+FFFD. */
function checkStdin(text: string, msg: TextMessages): string {
  if (text.includes("\uFFFD")) throw new UserError(msg.cliCannotRead({ file: "-", reason: msg.cliNotUtf8() }));
  if (text.includes("\u0000")) throw new UserError(msg.cliCannotRead({ file: "-", reason: msg.cliBinary() }));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `FILE:LINE:COLUMN: severity code: message` then the excerpt, as compilers print, for editors and grep. */
function renderText(name: string, text: string, findings: Finding[], msg: TextMessages): string {
  if (findings.length === 0) return `${msg.cliClean({ name })}\n`;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    totals[f.severity]++;
    const column = (f.offset ?? 0) - (lineStarts[(f.line ?? 1) - 1] ?? 0) + 1;
    out.push(`${name}:${f.line}:${column}: ${msg.severity({ severity: f.severity })} ${f.code}: ${f.message}`);
    if (f.excerpt) out.push(`    ${f.excerpt}`);
  }
  out.push(msg.cliTotals(totals));
  return out.join("\n") + "\n";
}

export async function run(argv: string[], io: Io): Promise<number> {
  // parseArgs' complaints (unknown option, missing value) become one line and exit 2 in main.ts.
  const { values, positionals } = parseArgs({
    args: argv,
    options: { year: { type: "string" }, format: { type: "string" }, locale: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const locale = localeOption(values.locale);
  const msg = messages(locale);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UserError(msg.cliBadFormat({ value: format }));
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year) || Number(values.year) < 1900 || Number(values.year) > 2199) throw new UserError(msg.cliBadYear({ value: values.year }));
    year = Number(values.year);
  }
  if (positionals.length !== 1) throw new UserError(`${msg.cliOneInput()}; ${msg.cliUsage()}`);
  const file = positionals[0];
  const text = file === "-" ? checkStdin(await io.readStdin(), msg) : readFile(file, msg);
  const name = file === "-" ? "stdin" : file;
  const findings = lintText(text, { year, locale });
  if (format === "json") {
    io.out(`${JSON.stringify(textReport(name, [{ name, findings }]), null, 2)}\n`);
  } else {
    io.out(renderText(name, text, findings, msg));
  }
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}
