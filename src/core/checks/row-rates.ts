import type { Finding } from "../findings";
import { cellText } from "../table/header";
import type { TableColumn } from "../table/types";
import { comparable, distance, percentInterval, type Rounded } from "./arith";
import { addressOfFigure, type CheckContext, type Figure, fmt, type RowInfo } from "./context";
import { finding } from "./finding";
import { headerGroup, headerName, rowFigureColumns, rowFigureReader } from "./row-figures";

/**
 * A rate beside the two counts it is worked out from, in one row: 应参检数 | 实参检数 | 参检率(%),
 * 床位数(张) | 入住人数(人) | 入住率(%). The rate is numerator / denominator × 100.
 */
export interface RatePair {
  rate: TableColumn;
  numerator: TableColumn;
  denominator: TableColumn;
  /** Paired by their names (应X | 实X | X率): no figures needed to confirm it. */
  named: boolean;
}

/** A rate named by what it counts (参检率, 参保率, 入住率): its stem, the name without 率. */
const RATE_NAME = /^([\u4e00-\u9fff]{1,12})率$/;
/** Rates of a change, not of a part of a whole (增长率 may pass 100 and is no ratio of two counts). */
const CHANGE = /增长|增幅|增速|增减|下降|减少|降低|变动|变化|同比|环比|降幅|升幅/;
/** What was done (实参检数, 已参保人数, 实际完成数): the numerator of a rate whose denominator is what was due (应…). */
const DONE = /^(?:实际|实|已)/;
/** A column whose figures are rates or shares themselves: no count of a rate. */
const NOT_COUNT = /率$|比$|比重$|比例$|占比|人均|户均|平均|标准/;
/** Dimensions of whole things counted: a bed (张) and a person (人) make a rate (入住率) as two persons do. */
const COUNTED = new Set(["persons", "households", "count"]);

/** The stem of a rate column's name (参检 of 参检率), or undefined for no rate of two counts. */
function rateStem(c: TableColumn): string | undefined {
  if (c.headerUnit !== undefined && c.headerUnit !== "%") return undefined;
  const m = RATE_NAME.exec(headerName(c.header));
  return m && !CHANGE.test(m[1]) ? m[1] : undefined;
}

/**
 * 应X… | 实X… (已X…, 实际X…) beside X率, in one group of the header, the rest of both names alike
 * (应参检数 | 实参检数, 应参保人数 | 已参保人数): what was done over what was due. One of each, or none.
 */
function namedPair(rate: TableColumn, stem: string, columns: readonly TableColumn[]): RatePair | undefined {
  const group = headerGroup(rate.header);
  const due: { c: TableColumn; rest: string }[] = [];
  const done: { c: TableColumn; rest: string }[] = [];
  for (const c of columns) {
    if (c === rate || headerGroup(c.header) !== group) continue;
    const name = headerName(c.header);
    if (name.startsWith("应" + stem)) due.push({ c, rest: name.slice(1 + stem.length) });
    const d = DONE.exec(name);
    if (d && name.startsWith(stem, d[0].length)) done.push({ c, rest: name.slice(d[0].length + stem.length) });
  }
  if (due.length !== 1 || done.length !== 1 || due[0].rest !== done[0].rest || due[0].rest.length > 3 || /率/.test(due[0].rest)) return undefined;
  return { rate, numerator: done[0].c, denominator: due[0].c, named: true };
}

/**
 * X人数 (X…) with X率 further on, the rate not right after its counts (特困人员总数 | 集中供养人数 | 床位数 |
 * 护理员数 | 集中供养率): the one column of the group whose name starts with the rate's stem is the
 * numerator, the column right before it the denominator. Unconfirmed (named: false): the rows'
 * figures decide whether the pair is checked, as for the two columns right before a rate.
 */
function stemPair(rate: TableColumn, stem: string, columns: readonly TableColumn[]): RatePair | undefined {
  if (stem.length < 2) return undefined;
  const group = headerGroup(rate.header);
  const inGroup = columns.filter((c) => c !== rate && c.col < rate.col && headerGroup(c.header) === group);
  const named = inGroup.filter((c) => headerName(c.header).startsWith(stem));
  if (named.length !== 1) return undefined;
  const numerator = named[0];
  const denominator = inGroup.filter((c) => c.col < numerator.col).pop();
  if (!denominator || denominator.col !== numerator.col - 1 || numerator.col === rate.col - 1) return undefined;
  if ([numerator, denominator].some((c) => c.headerUnit === "%" || NOT_COUNT.test(headerName(c.header)))) return undefined;
  return { rate, numerator, denominator, named: false };
}

/**
 * The rates of a table's rows and the two columns each is worked out from:
 * - by name, 应X… | 实X… with X率 (namedPair);
 * - else the two columns right before the rate, of one group, counts of whole things (or two
 *   figures of one dimension: 预算数 | 执行数 | 执行率, 补助资金计划 | 实际拨付 | 拨付率), neither a rate or
 *   average itself, the rate no plan's column (a target is a numerator or denominator only). Which is
 *   over which is not said (床位数 | 入住人数 | 入住率 is the later over the earlier, 应参检 | 实参检
 *   too, but not every table writes them so): the figures decide (rowRateFindings), and a pair
 *   they do not confirm is not checked.
 */
export function ratePairs(columns: readonly TableColumn[]): RatePair[] {
  const out: RatePair[] = [];
  for (let i = 0; i < columns.length; i++) {
    const rate = columns[i];
    // A plan's column is a numerator or denominator, never the rate (目标覆盖率 is no quotient of the two before it).
    if (rate.role === "target") continue;
    const stem = rateStem(rate);
    if (!stem) continue;
    const named = namedPair(rate, stem, columns) ?? stemPair(rate, stem, columns);
    if (named) {
      out.push(named);
      continue;
    }
    const [a, b] = [columns[i - 2], columns[i - 1]];
    if (!a || !b || a.col !== rate.col - 2 || b.col !== rate.col - 1) continue;
    const group = headerGroup(rate.header);
    if (headerGroup(a.header) !== group || headerGroup(b.header) !== group) continue;
    if ([a, b].some((c) => c.headerUnit === "%" || NOT_COUNT.test(headerName(c.header)))) continue;
    out.push({ rate, numerator: b, denominator: a, named: false });
  }
  return out;
}

/** The columns a row's rate and its two figures are looked for in: rowFigureColumns and the target columns, in sheet order. */
function rateColumns(ctx: CheckContext): TableColumn[] {
  const targets = ctx.columns.get("target");
  const columns = rowFigureColumns(ctx);
  return targets ? [...columns, ...targets].sort((a, b) => a.col - b.col) : columns;
}

/** Two figures a rate may be worked out from: of one dimension, or both whole things counted (张 and 人). */
function countsOfOneKind(a: Figure, b: Figure): boolean {
  return comparable(a, b) || (a.dimension !== null && b.dimension !== null && COUNTED.has(a.dimension) && COUNTED.has(b.dimension));
}

/** A row's rate, numerator and denominator, when all are written exactly and the rate is in percent. */
interface RowRate {
  info: RowInfo;
  rate: Figure;
  numerator: Figure;
  denominator: Figure;
}

/**
 * A count as the rate reads it: a whole number of whole things (乡镇 21个, 已建成 20个, 112家) or of
 * things with no unit said, written in the base unit, is exact — nobody rounds 20.4 townships to
 * 20 — so it carries no rounding. Half a unit there would let 20/21 stand for anything from 90.7%
 * to 100% and pass an overstated rate up to 100. Scaled (1.2万人) or fractional figures, and
 * amounts (万元, 平方米), keep the rounding they were written with.
 */
function asCounted(f: Figure): Rounded {
  const whole = f.dimension === null || COUNTED.has(f.dimension);
  return whole && f.half === 0.5 && Number.isInteger(f.base) ? { base: f.base, half: 0 } : f;
}

/** numerator / denominator × 100 as an interval over the rounding of the two (asCounted); null when the denominator may be zero. */
function rateInterval(num: Figure, den: Figure) {
  return percentInterval(asCounted(num), asCounted(den), 0);
}

/** Whether the stated rate is numerator / denominator × 100 within the rounding of the three figures; undefined when the denominator may be zero. */
function agrees(r: Figure, num: Figure, den: Figure, floor: number): boolean | undefined {
  const i = rateInterval(num, den);
  return i ? distance(r.base, i) <= Math.max(r.half, floor) + 1e-9 : undefined;
}

/**
 * completion-mismatch on a rate column beside its numerator and denominator in the same row
 * (ratePairs): the stated rate must be numerator / denominator × 100 within the rounding of the
 * written figures (at least the schema's completionFloor). A pair read by position (no 应/实 names)
 * is checked only when its figures confirm it: more of the rows that tell agree than disagree, one
 * at least — of two counts read the wrong way round, or a rate of something else, no row agrees —
 * and no row's quotient passes 100% where its stated rate does not (a part larger than its whole).
 * A rate written as a fraction (0.933 for 93.3%) is left to the reader: it says the same rate.
 */
export function rowRateFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  // A plan beside what was done and the rate of the two (补助资金计划 | 实际拨付 | 拨付率): the plan is
  // read as a target, so it joins the row's figure columns here (sum-mismatch keeps to the others).
  const columns = rateColumns(ctx);
  if (columns.length < 3) return out;
  const pairs = ratePairs(columns);
  if (pairs.length === 0) return out;
  const figureAt = rowFigureReader(ctx);
  const floor = ctx.schema.tolerances.completionFloor;
  for (const pair of pairs) {
    const rows: RowRate[] = [];
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const rate = figureAt(info, pair.rate.col);
      const numerator = figureAt(info, pair.numerator.col);
      const denominator = figureAt(info, pair.denominator.col);
      if (!rate || !numerator || !denominator || !rate.exact || !numerator.exact || !denominator.exact) continue;
      if (rate.dimension !== "rate" || !countsOfOneKind(numerator, denominator)) continue;
      if (ctx.wrongColumn.size > 0 && ctx.wrongColumn.has(addressOfFigure(rate))) continue;
      rows.push({ info, rate, numerator, denominator });
    }
    if (rows.length === 0) continue;
    let swapped = false;
    if (!pair.named) {
      // Which way round the figures confirm, if either: a row of two equal counts (100%) tells neither.
      const tally = (swap: boolean) => {
        let yes = 0;
        let no = 0;
        let over = 0;
        for (let ri = 0; ri < rows.length; ri++) {
          const r = rows[ri];
          const [n, d] = swap ? [r.denominator, r.numerator] : [r.numerator, r.denominator];
          const a = agrees(r.rate, n, d, floor);
          if (a === undefined || n.base === d.base) continue;
          if (a) yes++;
          else if (!fraction(r.rate, n, d, floor)) no++;
          // A part larger than its whole (92 service points over 86 villages) under a rate of 100 or
          // less: the two columns are no numerator and denominator (a point may serve no village of
          // its own), however many other rows happen to agree.
          if (!a && n.base > d.base && r.rate.base <= 100) over++;
        }
        return { yes, no, over };
      };
      const straight = tally(false);
      const reversed = tally(true);
      swapped = reversed.yes > straight.yes;
      const t = swapped ? reversed : straight;
      if (t.yes === 0 || t.yes < t.no || t.over > 0) continue;
    }
    const [numCol, denCol] = swapped ? [pair.denominator, pair.numerator] : [pair.numerator, pair.denominator];
    for (let ri = 0; ri < rows.length; ri++) {
      const r = rows[ri];
      const [n, d] = swapped ? [r.denominator, r.numerator] : [r.numerator, r.denominator];
      if (agrees(r.rate, n, d, floor) !== false || fraction(r.rate, n, d, floor)) continue;
      const expected = fmt((n.base / d.base) * 100, Math.max(1, r.rate.q.decimals));
      const stated = fmt(r.rate.number, r.rate.q.decimals);
      const message = ctx.msg.rateMismatch({ rate: headerName(pair.rate.header), expected, stated, numerator: headerName(numCol.header), denominator: headerName(denCol.header) });
      out.push(finding("completion-mismatch", message, { cell: r.rate.cell, column: pair.rate, row: r.info.row, value: cellText(r.rate.cell.raw).trim().replace(/%$/, ""), expected }));
    }
  }
  return out;
}

/** 0.933 in a rate column for 93.3%: the ratio written as a fraction, the same rate. */
function fraction(r: Figure, n: Figure, d: Figure, floor: number): boolean {
  const i = rateInterval(n, d);
  return !!i && !r.q.unit && Math.abs(r.number) <= 5 && distance(r.base * 100, i) <= Math.max(r.half * 100, floor) + 1e-9;
}
