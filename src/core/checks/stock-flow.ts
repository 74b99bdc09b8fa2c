import { CLOSING, INFLOW, NET, OPENING, OUTFLOW } from "../table/stock-words";
import type { Finding } from "../findings";
import { cellText } from "../table/header";
import type { TableColumn } from "../table/types";
import { comparable } from "./arith";
import { addressOfFigure, type CheckContext, type Figure, fmt, type RowInfo } from "./context";
import { finding } from "./finding";
import { headerGroup, headerName, rowFigureReader } from "./row-figures";

/**
 * A stock and its flows across the columns of one row: 年初数 | 本期新增 | 本期减少 | 期末数, 上年末数 |
 * 新登记 | 注销 | 截至6月底, 年初 | 净增 | 年末. A reviewer checks that the closing stock is the
 * opening stock plus what came in less what went out (or plus the net change).
 */

/**
 * A column that names a flow or a stock the identity cannot place: 其中:新登记 (a part of 新增),
 * 新增户数占比, 减少率, 年初计划. Any such column beside the others leaves the row unchecked.
 */
const FLOWISH = /年初|期初|期末|年末|新增|增加|减少|登记|成立|设立|迁入|迁出|转入|转出|注销|撤销|死亡|退出|净增|其中/;

type Part = "opening" | "closing" | "in" | "out" | "net";

/** A stock-flow identity over the columns of one header group. */
export interface StockFlow {
  opening: TableColumn;
  closing: TableColumn;
  /** Flows in order, each added (in, net) or taken away (out). */
  flows: { column: TableColumn; sign: 1 | -1 }[];
}

/** What a column's own name says it is, with whether a flow says all of its kind (新增, 减少) or one way (迁入). */
function partOf(c: TableColumn): { part: Part; whole?: boolean } | undefined {
  if (c.headerUnit === "%" || /%/.test(c.header)) return undefined;
  const name = headerName(c.header);
  if (OPENING.test(name)) return { part: "opening" };
  if (CLOSING.test(name)) return { part: "closing" };
  const i = INFLOW.exec(name);
  if (i) return { part: "in", whole: !!i[1] };
  const o = OUTFLOW.exec(name);
  if (o) return { part: "out", whole: !!o[1] };
  if (NET.test(name)) return { part: "net" };
  return undefined;
}

/**
 * The stock-flow identities a header states, one per header group: exactly one opening and one
 * closing column after it, the flows all the columns between, in one header unit (or none). None where a
 * flow could be counted twice or not at all: a column that names a flow or stock but is none of
 * the above (其中:新登记, 减少率), 新增 beside 新登记 (the one may hold the other), a net change beside
 * the flows it nets.
 */
export function stockFlows(columns: readonly TableColumn[]): StockFlow[] {
  const groups = new Map<string, TableColumn[]>();
  for (const c of columns) {
    const g = headerGroup(c.header);
    const list = groups.get(g);
    if (list) list.push(c);
    else groups.set(g, [c]);
  }
  const out: StockFlow[] = [];
  for (const list of groups.values()) {
    const byPart = new Map<Part, { column: TableColumn; whole?: boolean }[]>();
    const unplaced: number[] = [];
    for (const c of list) {
      const p = partOf(c);
      if (!p) {
        if (FLOWISH.test(headerName(c.header))) unplaced.push(c.col);
        continue;
      }
      const l = byPart.get(p.part) ?? [];
      l.push({ column: c, whole: p.whole });
      byPart.set(p.part, l);
    }
    const opening = byPart.get("opening") ?? [];
    const closing = byPart.get("closing") ?? [];
    const ins = byPart.get("in") ?? [];
    const outs = byPart.get("out") ?? [];
    const nets = byPart.get("net") ?? [];
    if (opening.length !== 1 || closing.length !== 1 || opening[0].column.col > closing[0].column.col) continue;
    // (A column after the closing stock, 其中:市级登记 of 期末数, is a breakdown of it, not a flow.)
    if (unplaced.some((col) => col > opening[0].column.col && col < closing[0].column.col)) continue;
    if (nets.length > 0 ? nets.length > 1 || ins.length + outs.length > 0 : ins.length + outs.length === 0) continue;
    // 新增 | 新登记: the whole beside one of its ways may hold it (其中 without the word).
    if ([ins, outs].some((l) => l.length > 1 && l.some((f) => f.whole))) continue;
    const unit = opening[0].column.headerUnit;
    const flows = [...ins.map((f) => ({ column: f.column, sign: 1 as const })), ...nets.map((f) => ({ column: f.column, sign: 1 as const })), ...outs.map((f) => ({ column: f.column, sign: -1 as const }))];
    if (closing[0].column.headerUnit !== unit || flows.some((f) => f.column.headerUnit !== unit)) continue;
    flows.sort((a, b) => a.column.col - b.column.col);
    // Every column from the opening to the closing stock is one of the flows: a column between
    // them the table does not read (a header taken for a duplicate, 本期减少 after 本期增加) or
    // reads as something else may be a flow the sum leaves out.
    const from = opening[0].column.col;
    const to = closing[0].column.col;
    if (flows.length !== to - from - 1 || flows.some((f) => f.column.col < from || f.column.col > to)) continue;
    out.push({ opening: opening[0].column, closing: closing[0].column, flows });
  }
  return out;
}

/** Whether a column is a flow of a stock-flow identity the header states (not a growth, whatever its role). */
export function isStockFlowColumn(ctx: CheckContext, column: TableColumn): boolean {
  return stockFlows(allFigureColumns(ctx)).some((s) => s.flows.some((f) => f.column.col === column.col));
}

function allFigureColumns(ctx: CheckContext): TableColumn[] {
  const figureRoles = new Set(["value", "previous", "growth", "target"]);
  return [...ctx.table.columns.filter((c) => figureRoles.has(c.role)), ...(ctx.table.figureExtras ?? [])].sort((a, b) => a.col - b.col);
}

/** A figure as the stock's unit reads it: 减少 read as a growth column gives 40 as 40%, it is 40 of the row's unit. */
function inStockUnit(f: Figure, column: TableColumn, stock: Figure): Figure | undefined {
  if (comparable(f, stock)) return f;
  if (column.role !== "growth" || f.dimension !== "rate" || /%/.test(cellText(f.cell.raw)) || stock.number === 0) return undefined;
  const factor = stock.base / stock.number;
  // (Each field read out: a context's figure is a view whose cell is read on demand.)
  return { cell: f.cell, q: f.q, number: f.number, base: f.number * factor, half: f.half * factor, unitText: stock.unitText, unit: stock.unit, unitFrom: stock.unitFrom, dimension: stock.dimension, exact: f.exact };
}

/** The rounding a figure brings: none for a whole count written in full (1180个), else half its last digit. */
function slack(f: Figure, stock: Figure): number {
  return stock.unit?.integral && f.q.decimals === 0 && f.q.scale === 1 && stock.unit.factor === 1 ? 0 : f.half;
}

/** A label for a figure in the message: its column's name without 数 and a period word (本期新增 → 新增, 年初数 → 年初). */
function label(c: TableColumn): string {
  // (年初数 → 年初, 增加人数 → 增加: what it counts the message's figures say.)
  return headerName(c.header).replace(/^(?:本期|本年|本月|本季|当期|当年)(?=..)/, "").replace(/(?<=..)(?:人数|户数|个数|家数|数)$/, "");
}

/**
 * sum-mismatch on the closing stock of a row whose opening stock plus inflows less outflows (or
 * plus the net change) is not it, within the rounding of the written figures. Only rows where each
 * figure is written exactly and all are of one kind: a blank, a dash or text leaves the row alone.
 */
export function stockFlowFindings(ctx: CheckContext, floor: number, flagged: Set<string>, out: Finding[], isTotal: (key: string) => boolean): void {
  const identities = stockFlows(allFigureColumns(ctx));
  if (identities.length === 0) return;
  const figureAt = rowFigureReader(ctx);
  for (const s of identities) {
    // The rows since the last total (from `since` on): what a 合计 row adds up.
    let since = 0;
    for (let i = 0; i < ctx.rows.length; i++) {
      const info = ctx.rows[i];
      const total = isTotal(info.row.indicatorKey);
      if (!(total && i - since >= 2 && flowTotal(ctx, s, info, ctx.rows.slice(since, i), figureAt, floor, flagged, out))) check(ctx, s, info, figureAt, floor, flagged, out);
      if (total) since = i + 1;
    }
  }
}

/**
 * A 合计 row whose one column is not the sum of the rows above it, where that sum would make its
 * stocks and flows agree: that cell is the slip (the flows' columns are summed nowhere else), told
 * as the column sum it misses rather than as a closing stock to correct. False when the row's
 * identity holds, or no single column explains it (the row is then checked as any other).
 */
function flowTotal(ctx: CheckContext, s: StockFlow, info: RowInfo, parts: readonly RowInfo[], figureAt: ReturnType<typeof rowFigureReader>, floor: number, flagged: Set<string>, out: Finding[]): boolean {
  const columns = [s.opening, ...s.flows.map((f) => f.column), s.closing];
  const signs = [1, ...s.flows.map((f) => f.sign), -1];
  const totals: Figure[] = [];
  const sums: number[] = [];
  const slacks: number[] = [];
  for (const c of columns) {
    const t = figureAt(info, c.col);
    if (!t || !t.exact || flagged.has(addressOfFigure(t))) return false;
    let sum = 0;
    let slackSum = slack(t, t);
    for (const p of parts) {
      const f = figureAt(p, c.col);
      if (!f || !f.exact || !comparable(f, t)) return false;
      sum += f.base;
      slackSum += slack(f, t);
    }
    totals.push(t);
    sums.push(sum);
    slacks.push(slackSum + floor + 1e-9 * Math.max(1, Math.abs(sum)));
  }
  // The identity as written (opening + in − out − closing), and which columns miss their parts' sum.
  const balance = totals.reduce((b, t, i) => b + signs[i] * t.base, 0);
  const off = columns.map((_, i) => Math.abs(totals[i].base - sums[i]) > slacks[i]);
  // (The row's identity within its own figures' rounding, as check() allows it.)
  const tol = totals.reduce((a, t) => a + slack(t, totals[totals.length - 1]), 0) + floor + 1e-9 * Math.max(1, Math.abs(totals[totals.length - 1].base));
  if (Math.abs(balance) <= tol || off.filter(Boolean).length !== 1) return false;
  const k = off.indexOf(true);
  // With the parts' sum in its place the identity must hold.
  if (Math.abs(balance - signs[k] * (totals[k].base - sums[k])) > tol + slacks[k]) return false;
  const t = totals[k];
  const factor = t.number !== 0 ? t.base / t.number : 1;
  const shown = fmt(sums[k] / factor, Math.max(...parts.map((p) => figureAt(p, columns[k].col)!.q.decimals), t.q.decimals));
  const stated = cellText(t.cell.raw).trim();
  flagged.add(t.cell.address);
  out.push(finding("sum-mismatch", ctx.msg.sumMismatch({ total: stated, sum: shown, parts: parts.length }), { cell: t.cell, column: columns[k], row: info.row, value: stated, expected: shown }));
  return true;
}

function check(ctx: CheckContext, s: StockFlow, info: RowInfo, figureAt: ReturnType<typeof rowFigureReader>, floor: number, flagged: Set<string>, out: Finding[]): void {
  const open = figureAt(info, s.opening.col);
  const close = figureAt(info, s.closing.col);
  if (!open || !close || !open.exact || !close.exact || !comparable(open, close)) return;
  const flows: Figure[] = [];
  for (const f of s.flows) {
    const raw = figureAt(info, f.column.col);
    const fig = raw && raw.exact ? inStockUnit(raw, f.column, close) : undefined;
    if (!fig) return;
    flows.push(fig);
  }
  const all = [open, close, ...flows];
  if (all.some((f) => flagged.has(addressOfFigure(f)) || ctx.wrongColumn.has(addressOfFigure(f)))) return;
  let expected = open.base;
  s.flows.forEach((f, i) => (expected += f.sign * flows[i].base));
  const tol = all.reduce((t, f) => t + slack(f, close), 0) + floor + 1e-9 * Math.max(1, Math.abs(close.base));
  if (Math.abs(close.base - expected) <= tol) return;
  const factor = close.number !== 0 ? close.base / close.number : open.number !== 0 ? open.base / open.number : 1;
  const decimals = Math.max(...all.map((f) => f.q.decimals));
  const shown = fmt(expected / factor, decimals);
  const text = (f: Figure) => cellText(f.cell.raw).trim();
  const terms = s.flows.map((f, i) => `${f.sign > 0 ? "+" : "−"}${label(f.column)}${text(flows[i])}`).join("");
  const formula = `${label(s.opening)}${text(open)}${terms}`;
  const stated = text(close);
  flagged.add(close.cell.address);
  out.push(finding("sum-mismatch", ctx.msg.stockFlowMismatch({ closing: headerName(s.closing.header), expected: shown, formula, stated }), { cell: close.cell, column: s.closing, row: info.row, value: stated, expected: shown }));
}
