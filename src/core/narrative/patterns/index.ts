import type { IndicatorKind } from "../../table/types";
import { amount } from "./amount";
import { completion } from "./completion";
import { count } from "./count";
import { rate } from "./rate";
import type { Pattern } from "./shared";
import { share } from "./share";
import { standard } from "./standard";

/** One sentence pattern per indicator kind; each lives in the file named after its kind. */
export const PATTERNS: Record<IndicatorKind, Pattern> = { standard, amount, count, rate, share, completion };

export type { Clause, Pattern, PatternContext } from "./shared";
