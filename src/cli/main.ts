import { checksMessages } from "../core/checks/messages";
import { EXIT, type Io, processIo, UserError } from "./io";
import * as check from "./commands/check";
import * as demo from "./commands/demo";
import * as lintText from "./commands/lint-text";
import * as narrate from "./commands/narrate";
import * as parse from "./commands/parse";
import * as schema from "./commands/schema";

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  check,
  "lint-text": lintText,
  narrate,
  schema,
  parse,
  demo,
};

function help(): string {
  const lines = ["jiaohe (校核): checks indicator tables and report text, and drafts the summary.", "", "Usage:"];
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push("", "Exit codes: 0 no errors, 1 errors found, 2 input could not be read.");
  return lines.join("\n") + "\n";
}

/**
 * node:util's parseArgs complaint in the user's language (its own text is English, with quoting
 * that breaks off mid-sentence). The locale comes from --locale as written, the command line
 * being unparsed.
 */
function optionError(e: NodeJS.ErrnoException, command: string, argv: readonly string[]): string {
  let locale: "zh-CN" | "en-US" = "zh-CN";
  argv.forEach((a, i) => {
    const v = a.startsWith("--locale=") ? a.slice(9) : a === "--locale" ? argv[i + 1] : undefined;
    if (v === "en-US" || v === "zh-CN") locale = v;
  });
  const msg = checksMessages(locale);
  const option = /'(-{1,2}[^'\s]+)/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return msg.cliUnknownOption({ option, command });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option && / argument missing/.test(e.message)) return msg.cliMissingValue({ option, command });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option && /does not take an argument/.test(e.message)) return msg.cliTakesNoValue({ option, command });
  return msg.cliBadOption({ detail: e.message.split(/\.\s/)[0].replace(/\.$/, ""), command });
}

/** Runs one command line; returns the exit code. Never throws for a user's mistake. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? EXIT.ok : EXIT.input;
  }
  if (name === "--version" || name === "-v") {
    io.out("0.1.0\n");
    return EXIT.ok;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`jiaohe: unknown command "${name}"; see jiaohe --help\n`);
    return EXIT.input;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`Usage: ${cmd.usage}\n  ${cmd.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`jiaohe ${name}: ${e.message}\n`);
      return EXIT.input;
    }
    // An option parser's complaint is a user's mistake too. Known by its code, not by
    // `instanceof TypeError`: node:util's errors come from another realm under jest's vm.
    if (String((e as NodeJS.ErrnoException)?.code ?? "").startsWith("ERR_PARSE_ARGS")) {
      io.err(`jiaohe ${name}: ${optionError(e as NodeJS.ErrnoException, name, rest)}\n`);
      return EXIT.input;
    }
    throw e;
  }
}
