import type { TextRule } from "../rule";
import { rule as completionMismatch } from "./completion-mismatch";
import { rule as growthMismatch } from "./growth-mismatch";
import { rule as implausibleQuantity } from "./implausible-quantity";
import { rule as missingOrdinal } from "./missing-ordinal";
import { rule as missingUnit } from "./missing-unit";
import { rule as nonIntegerCount } from "./non-integer-count";
import { rule as percentOutOfRange } from "./percent-out-of-range";
import { rule as periodMismatch } from "./period-mismatch";
import { rule as sumMismatch } from "./sum-mismatch";
import { rule as suspiciousYear } from "./suspicious-year";
import { rule as unitWithoutNumber } from "./unit-without-number";

/** Every text rule, one per finding code (the file is named after the code). */
export const TEXT_RULES: readonly TextRule[] = [
  unitWithoutNumber,
  missingUnit,
  missingOrdinal,
  suspiciousYear,
  implausibleQuantity,
  nonIntegerCount,
  percentOutOfRange,
  sumMismatch,
  growthMismatch,
  completionMismatch,
  periodMismatch,
];
