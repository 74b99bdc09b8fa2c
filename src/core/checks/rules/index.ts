import type { CheckRule } from "../context";
import { cellError } from "./cell-error";
import { completionMismatch } from "./completion-mismatch";
import { duplicateIndicator } from "./duplicate-indicator";
import { emptyValue } from "./empty-value";
import { formulaWithoutResult } from "./formula-without-result";
import { growthImplausible } from "./growth-implausible";
import { growthMismatch } from "./growth-mismatch";
import { missingIndicator } from "./missing-indicator";
import { negativeValue } from "./negative-value";
import { nonIntegerCount } from "./non-integer-count";
import { notANumber } from "./not-a-number";
import { outOfRange } from "./out-of-range";
import { percentOutOfRange } from "./percent-out-of-range";
import { periodMismatch } from "./period-mismatch";
import { scaleSuspect } from "./scale-suspect";
import { sumMismatch } from "./sum-mismatch";
import { unitMismatch } from "./unit-mismatch";
import { unitWithoutNumber } from "./unit-without-number";
import { unknownIndicator } from "./unknown-indicator";
import { valueInWrongColumn } from "./value-in-wrong-column";

/**
 * The table and cell rules, in the order they run. value-in-wrong-column runs before the
 * cross-field rules because it marks the cells they must leave alone. missing-column and
 * duplicate-column come from buildTable (they are about the header).
 */
export const CHECK_RULES: readonly CheckRule[] = [
  periodMismatch,
  missingIndicator,
  duplicateIndicator,
  unknownIndicator,
  cellError,
  formulaWithoutResult,
  emptyValue,
  unitWithoutNumber,
  notANumber,
  valueInWrongColumn,
  unitMismatch,
  scaleSuspect,
  nonIntegerCount,
  negativeValue,
  percentOutOfRange,
  outOfRange,
  growthMismatch,
  growthImplausible,
  completionMismatch,
  sumMismatch,
];
