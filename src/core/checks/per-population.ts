import type { Finding } from "../findings";
import { lookupUnit } from "../quantity";
import { isBlank } from "../table/cells";
import { cellText } from "../table/header";
import { GridRow } from "../table/rows";
import type { TableColumn } from "../table/types";
import { distance, type Interval } from "./arith";
import { cellAt, type CheckContext, type Figure, fmt, type RowInfo } from "./context";
import { finding } from "./finding";
import { headerName, rowFigureColumns, rowFigureReader, rowsConfirm } from "./row-figures";

/**
 * A ratio per so many people beside the two figures it is worked out from, in one row:
 * 老年人(万人) | 养老机构床位(张) | 每千名老年人拥有床位(张), 常住人口(万人) | 社会组织(个) | 每万人拥有社会组织数(个).
 * The ratio is things / people × its size (1,000 for 每千, 10,000 for 每万). As in the report text
 * (text/per-capita.ts), only where the words say which ratio; here the header names it and each of
 * its two figures has exactly one column that names it in a unit of its kind.
 */
export interface PerPopulation {
  ratio: TableColumn;
  things: TableColumn;
  people: TableColumn;
  /** 1,000 for 每千名, 10,000 for 每万人. */
  size: number;
}

const SIZES = new Map([["百", 100], ["千", 1_000], ["万", 10_000], ["十万", 100_000]]);
/** `每千名老年人拥有床位`, `每万人拥有社会组织数`, `每万名老年人拥有持证养老护理员数`: its size, people and thing. */
const OWNING = /^每(十万|百|千|万)名?([\u4e00-\u9fff]{1,10}?)拥有([\u4e00-\u9fff]{1,12})$/;
/** `每万人社会组织数`, `每千人口床位数`: over the whole population, with no 拥有. */
const OF_ALL = /^每(十万|百|千|万)(人口|人)([\u4e00-\u9fff]{1,12})$/;
/** A column that is a part of another (其中:护理型床位) or a ratio or average itself: neither figure of a ratio. */
const NOT_BASE = /^(?:其中|#)|率$|比$|比重$|比例$|占比|人均|户均|平均|每/;

/** A ratio column's words: its size, the people it is over ("人口" for the whole population) and the thing it counts; or null. */
function ratioWords(name: string): { size: number; people: string; thing: string } | null {
  const m = OWNING.exec(name) ?? OF_ALL.exec(name);
  if (!m) return null;
  const people = m[2] === "人" ? "人口" : m[2];
  // 社会组织数, 床位数量: the thing without the word for a number of it.
  const thing = m[3].replace(/(?:数量|数)$/, "");
  return thing.length > 0 ? { size: SIZES.get(m[1])!, people, thing } : null;
}

/** The dimension a column's header unit measures in, or null. */
function dimensionOf(c: TableColumn): string | null {
  return c.headerUnit ? (lookupUnit(c.headerUnit)?.dimension ?? null) : null;
}

/**
 * The one column among `columns` whose name holds `word` (else, for the thing, its last two
 * characters: 养老床位 is counted under 养老机构床位) in a unit of `dimension`; undefined for none or several.
 */
function onlyColumn(columns: readonly TableColumn[], words: readonly string[], dimension: string): TableColumn | undefined {
  for (const word of words) {
    const found = columns.filter((c) => dimensionOf(c) === dimension && headerName(c.header).includes(word));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/**
 * The per-population ratios of a table: a column named 每千名X拥有Y (每万人Y) in a count unit (张,
 * 个, 人), one other column naming Y in the same kind of unit, one naming X (for 每万人: 人口) in
 * persons (人, 万人), neither a part (其中), a rate or an average. Ambiguous columns: none.
 */
export function perPopulationRatios(columns: readonly TableColumn[]): PerPopulation[] {
  const out: PerPopulation[] = [];
  for (const ratio of columns) {
    const words = ratioWords(headerName(ratio.header));
    const dimension = dimensionOf(ratio);
    if (!words || !dimension || dimension === "rate" || dimension === "money") continue;
    const bases = columns.filter((c) => c !== ratio && !NOT_BASE.test(headerName(c.header)));
    const thingWords = words.thing.length > 2 ? [words.thing, words.thing.slice(-2)] : [words.thing];
    const things = onlyColumn(bases, thingWords, dimension);
    const people = onlyColumn(bases, [words.people], "persons");
    if (things && people && things !== people) out.push({ ratio, things, people, size: words.size });
  }
  return out;
}

/** things / people × size over the rounding of the two (a whole count in its base unit is exact); null when the people may be zero. */
function ratioInterval(things: Figure, people: Figure, size: number): Interval | null {
  const th = Number.isInteger(things.base) && things.half === 0.5 ? 0 : things.half;
  const plo = people.base - people.half;
  if (plo <= 0) return null;
  return { lo: ((things.base - th) / (people.base + people.half)) * size, hi: ((things.base + th) / plo) * size };
}

interface RowRatio {
  info: RowInfo;
  ratio: Figure;
  agrees: boolean;
  expected: number;
}

/**
 * The figure of the column right of the ratio's typed into it, that column's own cell blank
 * (每千名床位 2840 | 居家养老服务对象 blank): the ratio is off by far more than a slip of a digit
 * (five times or more), and the figure is of the size the next column holds in the other rows.
 */
function shiftedFromNext(r: RowRatio, next: TableColumn | undefined, nextFigures: readonly number[]): boolean {
  if (!next || nextFigures.length < 2) return false;
  const row = r.info.row;
  const raw = row instanceof GridRow ? row.rawAt(next.col) : cellAt(row, next.col)?.raw;
  if (raw && !isBlank(raw)) return false;
  const x = r.ratio.base;
  if (r.expected <= 0 || (x < r.expected * 5 && x > r.expected / 5)) return false;
  const lo = Math.min(...nextFigures);
  const hi = Math.max(...nextFigures);
  return x >= lo / 2 && x <= hi * 2;
}

/**
 * A per-population ratio that is not its row's things / people × its size within the rounding
 * of the three written figures. Checked only where the figures confirm the reading: one row agrees
 * at least, and no fewer agree than disagree (people in 人 under a 万人 header, another population
 * than the ratio's: no row agrees, and nothing is said). A ratio that disagrees is a
 * completion-mismatch (as a rate beside its two counts is, row-rates.ts: a stated figure worked out
 * from two others, and no other code says so); one that is the next column's figure typed one cell
 * left, that cell blank, is a value-in-wrong-column.
 */
export function perPopulationFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const columns = rowFigureColumns(ctx);
  if (columns.length < 3) return out;
  const ratios = perPopulationRatios(columns);
  if (ratios.length === 0) return out;
  const figureAt = rowFigureReader(ctx);
  for (const p of ratios) {
    const rows: RowRatio[] = [];
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const ratio = figureAt(info, p.ratio.col);
      const things = figureAt(info, p.things.col);
      const people = figureAt(info, p.people.col);
      if (!ratio || !things || !people || !ratio.exact || !things.exact || !people.exact) continue;
      if (ratio.unitFrom === "cell" || things.dimension !== ratio.dimension || people.dimension !== "persons") continue;
      const i = ratioInterval(things, people, p.size);
      if (!i) continue;
      rows.push({ info, ratio, agrees: distance(ratio.base, i) <= ratio.half + 1e-9, expected: (things.base / people.base) * p.size });
    }
    if (!rowsConfirm(rows)) continue;
    const next = columns.find((c) => c.col === p.ratio.col + 1);
    const nextFigures: number[] = [];
    if (next) for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const f = figureAt(info, next.col);
      if (f && f.exact) nextFigures.push(f.base);
    }
    for (let ri = 0; ri < rows.length; ri++) {
      const r = rows[ri];
      if (r.agrees) continue;
      const stated = cellText(r.ratio.cell.raw).trim();
      const expected = fmt(r.expected, Math.max(1, r.ratio.q.decimals));
      const params = { ratio: headerName(p.ratio.header), expected, stated, things: headerName(p.things.header), people: headerName(p.people.header) };
      if (shiftedFromNext(r, next, nextFigures)) {
        ctx.wrongColumn.add(r.ratio.cell.address);
        out.push(finding("value-in-wrong-column", ctx.msg.ratioIsNextFigure({ ...params, column: next!.header }), { cell: r.ratio.cell, column: p.ratio, row: r.info.row, value: stated, expected }));
      } else out.push(finding("completion-mismatch", ctx.msg.ratioMismatch(params), { cell: r.ratio.cell, column: p.ratio, row: r.info.row, value: stated, expected }));
    }
  }
  return out;
}
