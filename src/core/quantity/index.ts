/**
 * The quantity engine: reads a figure as a civil-affairs clerk writes it (`4.48亿元`, `1.6万余个`,
 * `近百万元`, `两千三百人`, `6—12个月`, `百分之六十`) and writes one back in the official style.
 */
export { parseQuantity } from "./parse";
export { formatQuantity, formatNumber, convertValue, type FormattableQuantity } from "./format";
export { lookupUnit, UNIT_CATALOGUE, PARSE_UNITS, BASE_UNIT, MAX_UNIT_LENGTH } from "./units";
export { decodeChinese } from "./chinese";
export type { Quantity, UnitInfo, Dimension, Bound, FormatStyle, QuantityProblem } from "./types";
export { quantityMessages, type QuantityMessages } from "./messages";
export { roundingTolerance } from "./tolerance";
