import { isStockFlowColumn } from "../stock-flow";
import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { comparable, distance, percentInterval } from "../arith";
import { addressOfFigure, type CheckRule, type FigureColumn, fmt } from "../context";
import { finding } from "../finding";
import { scaleFactorOf } from "./scale-suspect";
import { previousFor } from "./value-in-wrong-column";
import { roleRawReader } from "../../table/rows";
import type { TableRow } from "../../table/types";

/**
 * growth-implausible: a growth, stated or computed, beyond the indicator's growth limits (the
 * catalogue's `growth`) or the schema's (default above +100% or below −50%). A warning: the
 * figure may be right but needs an explanation. On the stated growth cell when there is one
 * (and it agrees with the figures), else on the value cell. A note on the row that already gives
 * the reason (试点全域推开, 政策已停止执行, 口径调整, 受疫情影响, 纳入国家项目, 首单大额慈善信托, 上年集中
 * 举办) is that explanation: nothing to ask. A count of a few (2 → 5) has no growth worth asking about.
 */
const EXPLAINS = /口径|调整|新开展|试点|扩面|推开|停止|终止|结束|取消|到期|退出|影响|疫情|由于|因为|原因|不可比|纳入|专项|任务量|集中|首单|首次|扩大|提标|政策|项目|撤并|合并|划转|一次性|新建|建成|新设|投入运营|投用|基数|认定|铺开|全覆盖|列入|民生实事|任务/;
/** Below this many whole things a previous count is too small for its growth rate to mean anything. */
const SMALL_COUNT = 10;
const COUNT_DIMENSIONS = new Set(["persons", "households", "count"]);

/** Row `r` counts whole things and its previous figures are all fewer than SMALL_COUNT. */
function smallCount(r: number, P: readonly (FigureColumn | undefined)[]): boolean {
  let seen = false;
  for (const p of P) {
    if (!p || !p.has(r)) continue;
    const f = p.figure(r)!;
    if (!f.unit || !f.unit.integral || !COUNT_DIMENSIONS.has(f.unit.dimension) || f.base >= SMALL_COUNT) return false;
    seen = true;
  }
  return seen;
}

export const growthImplausible: CheckRule = {
  code: "growth-implausible",
  check(ctx) {
    const out: Finding[] = [];
    const value = ctx.columns.get("value")?.[0];
    // (An absolute 增减 column holds no rate.)
    // (Nor does 减少 between 年初数 and 期末数: what went out, stock-flow.ts.)
    const growths = (ctx.columns.get("growth") ?? []).filter((c) => !c.change && !isStockFlowColumn(ctx, c));
    const prevs = ctx.columns.get("previous") ?? [];
    // The row's note cells, read from the grid only for a row beyond the limits.
    const notes = (ctx.columns.get("note") ?? []).map((c) => {
      const raw = roleRawReader("note", [c]);
      return (row: TableRow) => {
        const cell = raw(row);
        return cell ? cellText(cell) : "";
      };
    });
    const t = ctx.schema.tolerances;
    // Each growth column's previous column, once.
    const prevOf = growths.map((gc) => previousFor(ctx, gc));
    const V = value ? ctx.figureColumn(value.col) : undefined;
    const G = growths.map((gc) => ctx.figureColumn(gc.col));
    // Each growth column's previous column, or (no growth column) every previous column, as figure columns.
    const P = (growths.length > 0 ? prevOf : prevs).map((pc) => (pc ? ctx.figureColumn(pc.col) : undefined));
    // A row at a time in a function of its own (as value-in-wrong-column's): compiled on the stack
    // mid-loop, this loop deoptimised on each table's first rows ("wrong map") and ran the rest
    // unoptimised, boxing every figure read.
    const readRow = (r: number): void => {
      const info = ctx.rows[r];
      if (info.kind === "rate" || info.kind === "share" || info.kind === "completion") return;
      const low = info.spec?.growth?.min ?? t.growthLow;
      const high = info.spec?.growth?.max ?? t.growthHigh;
      // From the numbers first: the stated growths, and the growths the figures give, all within the limits.
      const vb = V && V.has(r) ? V.base[r] : NaN;
      let beyond = false;
      // (Indexed loops: once a row, where for-of made iterator results until the loop was optimised.)
      for (let k = 0; k < G.length; k++) {
        const g = G[k];
        if (g && g.has(r) && (g.base[r] > high || g.base[r] < low)) beyond = true;
      }
      for (let k = 0; k < P.length; k++) {
        const p = P[k];
        // (A negative value, a net change gone below zero, has no growth from a positive one.)
        if (beyond || !p || !p.has(r) || !(p.base[r] > 0) || !(vb >= 0)) continue;
        const x = (vb / p.base[r] - 1) * 100;
        if (x > high || x < low) beyond = true;
      }
      if (!beyond) return;
      if (notes.some((read) => EXPLAINS.test(read(info.row)))) return;
      // A count of a few (2 → 5 养老机构, 2 → 0 收养登记): a change of one or two is a big rate and says nothing.
      if (smallCount(r, P)) return;
      const v = value ? info.figures.get(value.col) : undefined;
      for (let k = 0; k < growths.length; k++) {
        const gc = growths[k];
        const g = info.figures.get(gc.col);
        const pc = prevOf[k];
        const p = pc ? info.figures.get(pc.col) : undefined;
        let growth: number | undefined;
        let at = g;
        if (g && g.dimension === "rate-points") continue;
        if (g && g.exact && !(ctx.wrongColumn.size > 0 && ctx.wrongColumn.has(addressOfFigure(g)))) {
          const i = v && p && v.exact && p.exact && comparable(v, p) ? percentInterval(v, p, 1) : null;
          const consistent = !i || distance(g.base, i) <= Math.max(g.half, t.growthFloor) + 1e-9;
          growth = consistent ? g.base : (v!.base / p!.base - 1) * 100;
        } else if (!g && v && p && v.exact && p.exact && comparable(v, p) && p.base > 0 && v.base >= 0) {
          growth = (v.base / p.base - 1) * 100;
          at = v;
        }
        if (growth === undefined || !at || (growth <= high && growth >= low)) continue;
        // 10⁴ or 10⁸ off the previous value is scale-suspect's: a dropped 万, not a growth to explain.
        if (v && p && p.base !== 0 && scaleFactorOf(ctx, v.base / p.base) !== null) continue;
        const shown = fmt(growth, 1);
        out.push(
          finding("growth-implausible", ctx.msg.growthImplausible({ basis: gc.growthBasis ?? "yoy", growth: shown, low: fmt(low), high: fmt(high) }), {
            cell: at.cell,
            column: at === g ? gc : value,
            row: info.row,
            value: cellText(at.cell.raw).trim(),
            expected: `${fmt(low)}..${fmt(high)}`,
          }),
        );
      }
      // No growth column: the growth computed from value and previous.
      if (growths.length === 0 && v && v.exact) {
        for (const pc of prevs) {
          const p = info.figures.get(pc.col);
          if (!p || !p.exact || !comparable(v, p) || p.base <= 0) continue;
          const growth = (v.base / p.base - 1) * 100;
          if (growth <= high && growth >= low) continue;
          if (scaleFactorOf(ctx, v.base / p.base) !== null) continue;
          out.push(
            finding("growth-implausible", ctx.msg.growthImplausible({ basis: pc.growthBasis ?? "yoy", growth: fmt(growth, 1), low: fmt(low), high: fmt(high) }), {
              cell: v.cell,
              column: value,
              row: info.row,
              value: cellText(v.cell.raw).trim(),
              expected: `${fmt(low)}..${fmt(high)}`,
            }),
          );
          break;
        }
      }
    };
    for (let r = 0; r < ctx.rows.length; r++) readRow(r);
    return out;
  },
};
