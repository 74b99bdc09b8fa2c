import { parseQuantity } from "../quantity";
import type { Quantity } from "../quantity/types";
import type { GridCell } from "./grid";
import { cellText } from "./header";

/** Placeholders a clerk writes for "nothing here" (spec: — - / x xx X 待填), and their kin. */
const PLACEHOLDER = /^(?:[—–\-－―~～/／\\、.。·…]+|[xX×]{1,3}|待填|待定|暂无|无|空|null|n\/?a|#)$/i;

export function isBlank(cell: GridCell | undefined): boolean {
  if (!cell) return true;
  if (cell.error || cell.formulaWithoutResult) return false;
  if (cell.value === null || cell.value === undefined || cell.value === "") return cellText(cell).trim() === "";
  return typeof cell.value === "string" && cell.value.trim() === "" && cellText(cell).trim() === "";
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** Longest figure worth parsing; a 32,767-character essay in a value cell is simply not a number. */
const MAX_FIGURE = 120;

function decimalsOf(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

/** Decimals of a stored double without float noise (0.1 + 0.2 → 1). */
function decimalsOfNumber(n: number): number {
  const s = String(Number(n.toPrecision(12)));
  if (s.includes("e")) return 0;
  return decimalsOf(s);
}

function plain(input: string, number: number, unit: string | null, decimals: number): Quantity {
  return { input, number, unit, dimension: unit === "%" ? "rate" : null, scale: 1, scaleWord: null, bound: "exact", range: null, decimals, problems: [] };
}

/**
 * The figure in a cell. Numeric cells are read from their value (a percent-formatted 0.048 is
 * 4.8%), with the precision shown; text cells through the quantity engine (`"1,407"`, `4.48亿元`,
 * `4500余`). Undefined for blank, error and unreadable-formula cells.
 */
export function cellQuantity(cell: GridCell | undefined): Quantity | undefined {
  if (!cell || cell.error || cell.formulaWithoutResult) return undefined;
  const text = cellText(cell).trim();
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
    const fmt = cell.numberFormat ?? "";
    const pct = fmt.includes("%") && !/^".*"$/.test(fmt);
    const shown = text.replace(/,/g, "");
    const shownNumber = /^[-+]?\d+(?:\.\d+)?%?$/.test(shown);
    if (pct) {
      const fmtDec = /0\.(0+)%/.exec(fmt)?.[1].length;
      const dec = shownNumber && shown.endsWith("%") ? decimalsOf(shown) : fmtDec ?? Math.max(0, decimalsOfNumber(cell.value) - 2);
      return plain(text || String(cell.value), Number((cell.value * 100).toPrecision(15)), "%", dec);
    }
    const dec = shownNumber && !shown.endsWith("%") && Math.abs(Number(shown) - cell.value) <= 0.5 * 10 ** -decimalsOf(shown) + 1e-12 ? decimalsOf(shown) : decimalsOfNumber(cell.value);
    return plain(text || String(cell.value), cell.value, null, dec);
  }
  if (typeof cell.value === "boolean") return { ...plain(text, 0, null, 0), number: null, problems: ["not-a-number"] };
  if (text === "") return undefined;
  if (text.length > MAX_FIGURE) return { ...plain(text.slice(0, MAX_FIGURE), 0, null, 0), number: null, problems: ["not-a-number"] };
  return parseQuantity(text);
}
