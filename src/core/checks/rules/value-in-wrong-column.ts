import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { FIGURE_ROLES, GridRow } from "../../table/rows";
import { cellQuantity, isBlank } from "../../table/cells";
import { a1, type GridCell } from "../../table/grid";
import type { TableColumn } from "../../table/types";
import { finding } from "../finding";
import { type CheckContext, type CheckRule, type Figure, fmt, type RowInfo } from "../context";
import { agreesWithPercent, statedAgrees } from "../arith";

const PLAIN_NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?$/;
/** A figure written as a change: 减少13人, 增加5户, +13人, −2. */
const CHANGE_WRITTEN = /^(?:增加|减少|新增|净增|净减|增|减|多|少|[-+−])/;

/** The previous column a growth column compares with: same basis (同比/环比) first, else the first. */
export function previousFor(ctx: CheckContext, growth: TableColumn): TableColumn | undefined {
  const prev = ctx.columns.get("previous") ?? [];
  return prev.find((p) => (p.growthBasis ?? "yoy") === (growth.growthBasis ?? "yoy")) ?? prev[0];
}

function growthMatches(v: Figure | undefined, p: Figure | undefined, g: Figure): boolean {
  return !!v && !!p && statedAgrees(g, v, p, 1) === true;
}

function completionMatches(v: Figure | undefined, t: Figure | undefined, c: Figure): boolean {
  return !!v && !!t && statedAgrees(c, v, t, 0) === true;
}

/**
 * value-in-wrong-column: a figure where the column cannot hold it, usually shifted by one —
 * a number in the unit column, a quantity with a unit in a growth or completion column, the
 * previous value (or the value) repeated in the growth column, a head count as a growth rate,
 * the target (or the value) repeated in the completion column, a count there with no target.
 * Cells found here are marked so that growth-mismatch does not report them a second time.
 */
export const valueInWrongColumn: CheckRule = {
  code: "value-in-wrong-column",
  check(ctx) {
    const out: Finding[] = [];
    const value = ctx.columns.get("value")?.[0];
    // (An absolute 增减 column holds figures of the value's size by nature.)
    const growths = (ctx.columns.get("growth") ?? []).filter((c) => !c.change);
    const completion = ctx.columns.get("completion")?.[0];
    const target = ctx.columns.get("target")?.[0];
    const flag = (info: RowInfo, col: TableColumn, f: { cell: Figure["cell"] }, message: string, shown: string) => {
      ctx.wrongColumn.add(f.cell.address);
      out.push(finding("value-in-wrong-column", message, { cell: f.cell, column: col, row: info.row, value: shown }));
    };
    const unitCol = ctx.columns.get("unit")?.[0];
    // Each growth column's previous column, once.
    const prevOf = growths.map((gc) => previousFor(ctx, gc));
    const V = value ? ctx.figureColumn(value.col) : undefined;
    const G = growths.map((gc) => ctx.figureColumn(gc.col));
    const P = prevOf.map((pc) => (pc ? ctx.figureColumn(pc.col) : undefined));
    const C = completion ? ctx.figureColumn(completion.col) : undefined;
    // A row at a time in a function of its own (as the context's readRow): this runs once a table,
    // and its loop compiled on the stack mid-loop deoptimised on each table's first rows ("wrong
    // map"), the rest of the rows then run unoptimised, boxing each figure read (6 MB a check).
    const readRow = (r: number): void => {
      const info = ctx.rows[r];
      // The unit cell as the context read it (its text, null when blank): the row's cells are made only when it is flagged.
      const t = info.unitText;
      if (unitCol && t !== null) {
        const c = t.charCodeAt(0);
        if ((ctx.unitIsNumber.size > 0 && ctx.unitIsNumber.has(info)) || (((c >= 48 && c <= 57) || c === 43 || c === 45) && PLAIN_NUMBER.test(t))) flag(info, unitCol, { cell: info.row.cells.unit! }, ctx.msg.numberInUnitColumn({ value: t }), t);
      }
      for (let k = 0; k < growths.length; k++) {
        const gk = G[k];
        if (!gk || !gk.has(r)) continue;
        // A growth with no unit of its own that agrees with its figures, seen from the numbers (most rows).
        const pk = P[k];
        if (gk.unitFrom(r) !== "cell" && V && V.has(r) && pk && pk.has(r) && !(pk.base[r] - pk.half[r] <= 0 || pk.base[r] + pk.half[r] <= 0) && agreesWithPercent(gk.base[r], Math.max(gk.half[r], 0.1), V.base[r], V.half[r], pk.base[r], pk.half[r], 1)) continue;
        const gc = growths[k];
        const g = gk.figure(r)!;
        const v = V?.figure(r);
        // A unit written in the cell is what `unitFrom === "cell"` says (read first: a plain number's Quantity is made when asked).
        if (g.unitFrom === "cell" && g.q.unit && g.q.unit !== "%" && g.q.dimension !== "rate" && g.q.dimension !== "rate-points") {
          // `减少13人` under 同比增减 beside 412 and 425: the change itself, in the value's unit and said
          // as a change, where a rate usually stands; growth-mismatch checks it as value − previous.
          const shown = cellText(g.cell.raw).trim();
          if (v && v.unit && g.unit && g.unit.dimension === v.unit.dimension && CHANGE_WRITTEN.test(shown)) continue;
          flag(info, gc, g, ctx.msg.growthWithUnit({ value: shown }), shown);
          continue;
        }
        const pc = prevOf[k];
        const p = pk?.figure(r);
        if (growthMatches(v, p, g)) continue;
        // The growth cell repeats the previous value or the value itself.
        const gn = g.number;
        const twin = Math.abs(gn) < 10 ? undefined : p && p.number === gn ? pc : v && v.number === gn ? value : undefined;
        if (twin) {
          flag(info, gc, g, ctx.msg.growthIsPrevious({ value: fmt(gn, 4), column: twin.header }), cellText(g.cell.raw).trim());
          continue;
        }
        // With no previous figure beside it, far beyond any growth rate (a count, or the previous
        // figure itself shifted over: 6120.5); with no value, a figure of the previous one's size
        // (the row shifted right by one: blank | 391 | 436).
        // With no previous figure, one of the value's own size (426 | blank | 398: the previous typed one cell right).
        const shiftedRow = (!v && p && Math.abs(gn) >= 100 && gn / p.number >= 0.5 && gn / p.number <= 2) || (!p && v && Math.abs(gn) >= 100 && gn / v.number >= 0.5 && gn / v.number <= 2);
        if ((!p && Math.abs(gn) >= 1000) || shiftedRow) {
          const shown = cellText(g.cell.raw).trim();
          flag(info, gc, g, ctx.msg.growthIsCount({ value: shown }), shown);
        }
      }
      if (completion && C && C.has(r)) {
        const c = C.figure(r)!;
        const v = V?.figure(r);
        if (c.unitFrom === "cell" && c.q.unit && c.q.unit !== "%" && c.q.dimension !== "rate") {
          const shown = cellText(c.cell.raw).trim();
          flag(info, completion, c, ctx.msg.growthWithUnit({ value: shown }), shown);
        } else if ((c.unitFrom !== "cell" || !c.q.unit) && !completionMatches(v, target ? info.figures.get(target.col) : undefined, c)) {
          // The target (or the value) repeated in the completion column, or a count there with no target.
          const t = target ? info.figures.get(target.col) : undefined;
          const cn = c.number;
          // (100 is a plausible rate whatever the figures; equal value and target say nothing.)
          const twin = Math.abs(cn) < 10 || cn === 100 || !v || (t && v.number === t.number) ? undefined : t?.number === cn ? target : v.number === cn ? value : undefined;
          if (twin) flag(info, completion, c, ctx.msg.completionIsFigure({ value: fmt(cn, 4), column: twin.header }), cellText(c.cell.raw).trim());
          else if (!t && Number.isInteger(cn) && Math.abs(cn) >= 1000) flag(info, completion, c, ctx.msg.completionIsCount({ value: cellText(c.cell.raw).trim() }), cellText(c.cell.raw).trim());
        }
      }
    };
    for (let r = 0; r < ctx.rows.length; r++) readRow(r);
    strayFigures(ctx, out);
    return out;
  },
};

/**
 * A figure typed into a column with no header (a spacer between 本期 and 上期) beside a blank
 * figure cell of its row: it belongs to that column. Only a column that is empty in nearly every
 * row: one that holds figures throughout is a column whose header is missing, not a slip.
 */
function strayFigures(ctx: CheckContext, out: Finding[]): void {
  const stray = ctx.table.strayColumns;
  if (!stray) return;
  const figureCols = ctx.table.columns.filter((c) => FIGURE_ROLES.has(c.role)).sort((a, b) => a.col - b.col);
  for (const col of stray) {
    const found: { info: RowInfo; raw: GridCell }[] = [];
    for (let ri = 0; ri < ctx.rows.length; ri++) {
      const info = ctx.rows[ri];
      const raw = info.row instanceof GridRow ? info.row.rawAt(col) : undefined;
      if (raw && !isBlank(raw) && !raw.error && cellQuantity(raw)?.number != null) found.push({ info, raw });
    }
    if (found.length === 0 || found.length > Math.max(1, Math.floor(ctx.rows.length / 10))) continue;
    const left = figureCols.filter((c) => c.col < col).pop();
    const right = figureCols.find((c) => c.col > col);
    for (const { info, raw } of found) {
      const row = info.row as GridRow;
      const blank = (c: TableColumn | undefined) => {
        const r = c ? row.rawAt(c.col) : undefined;
        return !!c && (!r || isBlank(r));
      };
      const home = blank(right) ? right : blank(left) ? left : undefined;
      if (!home) continue;
      const shown = cellText(raw).trim();
      out.push(finding("value-in-wrong-column", ctx.msg.strayFigure({ value: shown, column: home.header }), { cell: { address: a1(info.row.row - 1, col), row: info.row.row }, column: home, row: info.row, value: shown }));
    }
  }
}
