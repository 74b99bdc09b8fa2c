import { readFileSync, statSync } from "node:fs";
import { checksMessages } from "../core/checks/messages";
import type { Locale } from "../core/findings";

/** Where a command writes; tests pass their own to capture output without spawning a process. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Standard input as text (for `lint-text -`). */
  readStdin(): Promise<string>;
}

export const processIo: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

/**
 * A user's mistake (missing file, bad schema, unreadable sheet): exit 2 with one line that says
 * which file/sheet/cell/JSON path and why. Never shown with a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** Exit codes (spec/cli.md): 0 no errors, 1 errors found, 2 input could not be read. */
export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

/** The value of `--locale`, checked: every command takes zh-CN (default) or en-US. */
export function localeOption(value: unknown): Locale {
  const locale = value ?? "zh-CN";
  if (locale !== "zh-CN" && locale !== "en-US") throw new UserError(checksMessages("zh-CN").cliBadLocale({ value: String(value) }));
  return locale;
}

/** The messages a file's read error is told with (each command's message set has them). */
export interface ReadReasons {
  cliCannotRead(p: { file: string; reason: string }): string;
  cliNotFound(): string;
  cliIsDirectory(): string;
  cliNoPermission(): string;
  cliLinkLoop(): string;
  cliNotRegular(): string;
}

/** Why a file could not be read, from its error's code (ENOENT, EISDIR, EACCES, ELOOP; ENOTREG for a pipe or device). */
function readReason(e: unknown, msg: ReadReasons): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return msg.cliNotFound();
  if (code === "EISDIR") return msg.cliIsDirectory();
  if (code === "EACCES" || code === "EPERM") return msg.cliNoPermission();
  if (code === "ELOOP") return msg.cliLinkLoop();
  if (code === "ENOTREG") return msg.cliNotRegular();
  return String((e as Error).message);
}

/**
 * A file's bytes, read only when it is a regular file (a FIFO would wait for a writer forever, a
 * device never end); any failure a UserError naming the file and why.
 */
export function readRegularFile(path: string, msg: ReadReasons): Buffer {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    return readFileSync(path);
  } catch (e) {
    throw new UserError(msg.cliCannotRead({ file: path, reason: readReason(e, msg) }));
  }
}
