import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { EXIT, type Io, localeOption, UserError } from "../io";
import * as check from "./check";
import * as narrate from "./narrate";

export const summary = "在随附的样例报表上运行 check 与 narrate 并打印两者 / runs check and narrate on the bundled sample submission";
export const usage = "jiaohe demo [--locale zh-CN|en-US]";

/** The bundled sample: a department's table with the slips the published reports show. */
export function samplePath(): string {
  // lib/cli/commands → package root (compiled) and src/cli/commands → package root (ts-jest).
  return join(__dirname, "..", "..", "..", "samples", "sample-submission.xlsx");
}

/**
 * The demo is the same two commands a reviewer would run, on the sample. It exits 0 when both ran,
 * even though the sample has errors on purpose: it demonstrates, it does not judge a submission.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { locale: { type: "string", default: "zh-CN" } } });
  const locale = localeOption(values.locale);
  const sample = relative(process.cwd(), samplePath()) || samplePath();
  if (!existsSync(sample)) throw new UserError(`the bundled sample is missing: ${sample}`);
  const zh = locale === "zh-CN";
  io.out(zh ? "== jiaohe check(样例报表)==\n" : "== jiaohe check (sample submission) ==\n");
  const checked = await check.run([sample, "--schema", "civil-affairs", "--locale", locale], io);
  io.out(zh ? "\n== jiaohe narrate(情况综述草稿)==\n" : "\n== jiaohe narrate (draft summary) ==\n");
  const narrated = await narrate.run([sample, "--schema", "civil-affairs", "--locale", locale], io);
  const ran = (c: number) => c === EXIT.ok || c === EXIT.findings;
  return ran(checked) && ran(narrated) ? EXIT.ok : EXIT.input;
}
