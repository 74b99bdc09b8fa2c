import { defaultSeverity } from "../../core/findings/codes";
import type { Locale } from "../../core/findings/types";
import { formatQuantity, parseQuantity, type Quantity, quantityMessages } from "../../core/quantity";
import { EXIT, type Io, localeOption, UserError } from "../io";

export const summary = "reads each argument as one cell's figure and prints what the quantity engine made of it (exit 1 when one is not a figure)";
export const usage = "jiaohe parse TEXT... [--format text|json] [--locale zh-CN|en-US]";

/** The contract of spec/cli.md: exactly these keys, in this order, one object a line. */
export function toJsonLine(q: Quantity): string {
  return JSON.stringify({
    input: q.input,
    number: q.number,
    unit: q.unit,
    dimension: q.dimension,
    bound: q.bound,
    range: q.range,
    problems: q.problems,
  });
}

/** A readable line: `1.6万余个  →  16000 个 (count, over, scale 万, decimals 1)  official: 1.6万余个`. */
export function toTextLine(q: Quantity, locale: Locale = "zh-CN"): string {
  const msg = quantityMessages(locale);
  const parts: string[] = [];
  if (q.range) parts.push(`${q.range[0]}—${q.range[1]}`);
  else if (q.number !== null) parts.push(String(q.number));
  else parts.push(msg.noNumber());
  if (q.unit) parts.push(q.unit);
  const facts: string[] = [];
  if (q.dimension) facts.push(msg.dimension(q.dimension));
  if (q.bound !== "exact") facts.push(msg.bound(q.bound));
  if (q.scaleWord) facts.push(msg.scaleWord({ word: q.scaleWord }));
  if (q.decimals > 0) facts.push(msg.decimals({ n: q.decimals }));
  let line = `${q.input}  →  ${parts.join(" ")}`;
  if (facts.length > 0) line += ` (${facts.join(", ")})`;
  if (q.problems.length > 0) line += `  ${msg.problems({ codes: q.problems.join(", ") })}`;
  else if (q.number !== null || q.range) line += `  ${msg.official({ text: formatQuantity(q) })}`;
  return line;
}

/**
 * Options by hand rather than util.parseArgs: a figure such as `-3.2%` starts with a dash and must
 * stay a figure, not become an unknown option.
 */
function readArgs(argv: string[]): { format: string; locale: string; texts: string[] } {
  const opts: Record<"format" | "locale", string> = { format: "text", locale: "zh-CN" };
  const texts: string[] = [];
  // The locale is needed to word the other errors, so find it first.
  const localeAt = argv.findIndex((a) => a === "--locale" || a.startsWith("--locale="));
  if (localeAt >= 0) {
    const a = argv[localeAt];
    const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[localeAt + 1];
    if (v === "en-US" || v === "zh-CN") opts.locale = v;
  }
  const msg = quantityMessages(opts.locale as Locale);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      texts.push(...argv.slice(i + 1));
      break;
    }
    const name = a === "--format" || a.startsWith("--format=") ? "format" : a === "--locale" || a.startsWith("--locale=") ? "locale" : null;
    if (name) {
      if (a.includes("=")) opts[name] = a.slice(a.indexOf("=") + 1);
      else if (i + 1 >= argv.length) throw new UserError(msg.cliNeedsValue({ option: a }));
      else opts[name] = argv[++i];
    } else if (a.startsWith("--")) throw new UserError(msg.cliUnknownOption({ option: a, usage }));
    else texts.push(a);
  }
  localeOption(opts.locale);
  if (opts.format !== "text" && opts.format !== "json") throw new UserError(msg.cliBadFormat({ value: opts.format }));
  if (texts.length === 0) throw new UserError(msg.cliNoFigures());
  return { format: opts.format, locale: opts.locale, texts };
}

/** Exit 1 when a figure has an error-severity problem (not-a-number, unit-without-number), as check does. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { format, locale, texts } = readArgs(argv);
  let out = "";
  let errors = false;
  for (const text of texts) {
    const q = parseQuantity(text);
    if (q.problems.some((p) => defaultSeverity(p) === "error")) errors = true;
    out += (format === "json" ? toJsonLine(q) : toTextLine(q, locale as Locale)) + "\n";
  }
  io.out(out);
  return errors ? EXIT.findings : EXIT.ok;
}
