import { UserError, type Io } from "../io";

export const summary = "(not built yet)";
export const usage = "jiaohe lint-text";

// Placeholder until its issue lands: says so plainly instead of pretending to work.
export async function run(_argv: string[], _io: Io): Promise<number> {
  throw new UserError("the lint-text command is not built yet");
}
