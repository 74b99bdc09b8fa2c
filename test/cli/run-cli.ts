import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";

/** An Io that keeps what a command writes, so a test reads it without spawning a process. */
export function capture(stdin = ""): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(s: string) {
      io.stdout += s;
    },
    err(s: string) {
      io.stderr += s;
    },
    readStdin: async () => stdin,
  };
  return io;
}

/** Runs `jiaohe ...argv` in process, `stdin` on standard input: its exit code, stdout and stderr. */
export async function runCli(argv: readonly string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  const io = capture(stdin);
  const code = await main([...argv], io);
  return { code, out: io.stdout, err: io.stderr };
}
