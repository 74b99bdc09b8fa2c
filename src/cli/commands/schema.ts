import { parseArgs } from "node:util";
import type { Locale } from "../../core/findings/types";
import {
  BUILTIN_SCHEMAS,
  describeJsonError,
  getBuiltinSchema,
  parseSchemaText,
  type Schema,
  schemaMessages,
} from "../../core/schema";
import { EXIT, type Io, localeOption, readRegularFile, UserError } from "../io";

export const summary = "lists the built-in target schemas, prints one as JSON, or validates schema files (every problem by JSON path)";
export const usage = "jiaohe schema list | show ID | check PATH... [--locale zh-CN|en-US]";

function readText(path: string, locale: Locale): string {
  const msg = schemaMessages(locale);
  const bytes = readRegularFile(path, msg);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(msg.cliCannotRead({ file: path, reason: msg.cliNotUtf8() }));
  }
}

/**
 * `--schema ID|PATH` for every command: a built-in by id, else a schema file. A broken file is a
 * UserError listing every problem (`FILE: indicators[3].unit: 未知单位 "万圆"`, one a line).
 */
export function loadSchemaArg(arg: string | undefined, locale: Locale = "zh-CN"): Schema {
  const msg = schemaMessages(locale);
  const id = arg ?? "generic";
  const builtin = getBuiltinSchema(id);
  if (builtin) return builtin;
  // Not a built-in id and not a path-looking argument: name the ids rather than "no such file".
  if (!/[\\/.]/.test(id)) throw new UserError(msg.cliUnknownSchema({ id, known: BUILTIN_SCHEMAS.map((s) => s.id).join(", ") }));
  const r = parseSchemaText(readText(id, locale), { locale });
  if (r.ok) return r.schema;
  if ("syntax" in r) {
    const e = r.syntax;
    throw new UserError(msg.cliBadJson({ file: id, line: e.line, column: e.column, reason: describeJsonError(e, locale) }));
  }
  throw new UserError(r.problems.map((p) => `${id}: ${p.path ? `${p.path}: ` : ""}${p.message}`).join("\n"));
}

/** Validates each file; prints "ok" per good file on stdout, every problem on stderr. */
function check(paths: string[], locale: Locale, io: Io): number {
  const msg = schemaMessages(locale);
  if (paths.length === 0) throw new UserError(msg.cliUsage());
  let code: number = EXIT.ok;
  for (const path of paths) {
    // A file that cannot be read is one line and exit 2; the files after it are still checked.
    let text: string;
    try {
      text = readText(path, locale);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      io.err(`jiaohe schema: ${e.message}\n`);
      code = EXIT.input;
      continue;
    }
    const r = parseSchemaText(text, { locale });
    if (r.ok) {
      io.out(`${msg.cliOk({ file: path, id: r.schema.id })}\n`);
    } else if ("syntax" in r) {
      const e = r.syntax;
      io.err(`${msg.cliBadJson({ file: path, line: e.line, column: e.column, reason: describeJsonError(e, locale) })}\n`);
      code = EXIT.input;
    } else {
      // One problem a line, `FILE: PATH: MESSAGE`, as compilers write them, so editors and grep can follow.
      for (const p of r.problems) io.err(`${path}: ${p.path ? `${p.path}: ` : ""}${p.message}\n`);
      code = EXIT.input;
    }
  }
  return code;
}

export async function run(argv: string[], io: Io): Promise<number> {
  // parseArgs' complaints (unknown option, missing value) become one line and exit 2 in main.ts.
  const { values, positionals } = parseArgs({
    args: argv,
    options: { locale: { type: "string" }, format: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const locale = localeOption(values.locale);
  const msg = schemaMessages(locale);
  const [sub, ...rest] = positionals;
  switch (sub) {
    case "list": {
      if (values.format === "json") {
        const list = BUILTIN_SCHEMAS.map((s) => ({ id: s.id, name: s.name, columns: s.columns.length, indicators: s.indicators.length }));
        io.out(`${JSON.stringify(list, null, 2)}\n`);
        return EXIT.ok;
      }
      const width = Math.max(...BUILTIN_SCHEMAS.map((s) => s.id.length));
      const lines = BUILTIN_SCHEMAS.map((s) => {
        const name = locale === "en-US" ? s.name.en : s.name.zh;
        return `  ${s.id.padEnd(width)}  ${name} (${msg.cliIndicators({ count: s.indicators.length })})`;
      });
      io.out(`${msg.cliListHeader()}\n${lines.join("\n")}\n`);
      return EXIT.ok;
    }
    case "show": {
      const id = rest[0];
      if (!id || rest.length > 1) throw new UserError(msg.cliUsage());
      const schema = getBuiltinSchema(id);
      if (!schema) throw new UserError(msg.cliUnknownSchema({ id, known: BUILTIN_SCHEMAS.map((s) => s.id).join(", ") }));
      // With defaults applied: the output is itself a complete, valid schema file to start from.
      io.out(`${JSON.stringify(schema, null, 2)}\n`);
      return EXIT.ok;
    }
    case "check":
      // Its output is text (ok lines and problems by JSON path); --format json is refused, not ignored.
      if (values.format !== undefined && values.format !== "text") throw new UserError(msg.cliNoFormat({ value: values.format }));
      return check(rest, locale, io);
    case undefined:
      throw new UserError(msg.cliUsage());
    default:
      throw new UserError(`${msg.cliUnknownSubcommand({ name: sub })}; ${msg.cliUsage()}`);
  }
}
