import { defaultSeverity } from "../../core/findings/codes";
import { formatQuantity, parseQuantity, type Quantity } from "../../core/quantity";
import { EXIT, type Io, UserError } from "../io";

export const summary = "reads each argument as one cell's figure and prints what the quantity engine made of it (exit 1 when one is not a figure)";
export const usage = "jiaohe parse TEXT... [--format text|json]";

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

/** A readable line: `1.6万余个  →  16000 个 (count), over; written 1.6万余个`. */
export function toTextLine(q: Quantity): string {
  const parts: string[] = [];
  if (q.range) parts.push(`${q.range[0]}—${q.range[1]}`);
  else if (q.number !== null) parts.push(String(q.number));
  else parts.push("(no number)");
  if (q.unit) parts.push(q.unit);
  const facts: string[] = [];
  if (q.dimension) facts.push(q.dimension);
  if (q.bound !== "exact") facts.push(q.bound);
  if (q.scaleWord) facts.push(`scale ${q.scaleWord}`);
  if (q.decimals > 0) facts.push(`decimals ${q.decimals}`);
  let line = `${q.input}  →  ${parts.join(" ")}`;
  if (facts.length > 0) line += ` (${facts.join(", ")})`;
  if (q.problems.length > 0) line += `  problems: ${q.problems.join(", ")}`;
  else if (q.number !== null || q.range) line += `  official: ${formatQuantity(q)}`;
  return line;
}

/**
 * Options by hand rather than util.parseArgs: a figure such as `-3.2%` starts with a dash and must
 * stay a figure, not become an unknown option.
 */
function readArgs(argv: string[]): { format: string; texts: string[] } {
  let format = "text";
  const texts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      texts.push(...argv.slice(i + 1));
      break;
    }
    if (a === "--format") {
      if (i + 1 >= argv.length) throw new UserError("--format needs a value: text or json");
      format = argv[++i];
    } else if (a.startsWith("--format=")) format = a.slice("--format=".length);
    else if (a.startsWith("--")) throw new UserError(`unknown option ${a}; usage: ${usage}`);
    else texts.push(a);
  }
  return { format, texts };
}

/** Exit 1 when a figure has an error-severity problem (not-a-number, unit-without-number), as check does. */
export async function run(argv: string[], io: Io): Promise<number> {
  const { format, texts } = readArgs(argv);
  if (format !== "text" && format !== "json") throw new UserError(`--format must be text or json, not "${format}"`);
  if (texts.length === 0) throw new UserError(`give at least one figure to read, e.g. jiaohe parse 4.48亿元 "80%以上"`);
  let out = "";
  let errors = false;
  for (const text of texts) {
    const q = parseQuantity(text);
    if (q.problems.some((p) => defaultSeverity(p) === "error")) errors = true;
    out += (format === "json" ? toJsonLine(q) : toTextLine(q)) + "\n";
  }
  io.out(out);
  return errors ? EXIT.findings : EXIT.ok;
}
