import { a1 } from "../../table/grid";
import { cellText, isRowLabelHeader } from "../../table/header";
import { findPeriod, periodPlace } from "../../table/period";
import { explainsBlank, isBlank, isPlaceholder, retiredIndicator } from "../../table/cells";
import { FIGURE_ROLES, roleRawReader } from "../../table/rows";
import type { Finding } from "../../findings";
import { finding } from "../finding";
import { cellAt, type CheckContext, type CheckRule, GET_CELL } from "../context";
import { categoriesOf, isTotalName } from "./sum-mismatch";
import { previousFor } from "./value-in-wrong-column";
import { GridRow } from "../../table/rows";
import { filledInOtherGroup } from "../../table/build";
import type { GridCell } from "../../table/grid";
import type { TableColumn } from "../../table/types";
import { monthOrYearSoFar, namesMonthFigure } from "../../table/month-words";
import { STOCK_NOW } from "../../table/stock-words";


/** A row of averages: 平均, 平均值, 均值, 全区平均, 全市平均水平. */
const AVERAGE_ROW = /^(?:全[省市州县区镇乡])?(?:平均|平均值|均值|平均水平)$/;

/**
 * empty-value: a cell of a required column (the schema's `required`) is blank, whitespace or a
 * placeholder (— - / x xx X 待填) in a data row. Sections and column-code rows are not data.
 * With `allowNotApplicable`, a placeholder means "not applicable" and is accepted. A row whose note
 * says why it has no figure (本年度不统计, 年底统计, 不适用, 下半年开展) is accepted too.
 */
export const emptyValue: CheckRule = {
  code: "empty-value",
  check(ctx) {
    const out: Finding[] = [];
    const required = ctx.table.columns.filter((c) => ctx.schema.columns.some((s) => s.required && s.key === c.key) && c.role !== "indicator");
    // The first column of each required role; a second (duplicate) column is not required twice.
    const seen = new Set<string>();
    const cols = required.filter((c) => (seen.has(c.role) ? false : (seen.add(c.role), true)));
    const getters = cols.map((c) => GET_CELL[c.role]);
    const readers = cols.map((c) => roleRawReader(c.role, ctx.table.columns));
    const notes = (ctx.columns.get("note") ?? []).map((c) => roleRawReader("note", [c]));
    const noteOf = (row: (typeof ctx.rows)[number]["row"]) => notes.map((read) => {
      const raw = read(row);
      return raw ? cellText(raw).trim() : "";
    });
    const saysWhy = (row: (typeof ctx.rows)[number]["row"]) => noteOf(row).some(explainsBlank);
    // The figures of a required figure role's first column (the one its reader reads): a plain
    // number there is neither blank nor a placeholder, seen without a visit to the grid.
    const figures = cols.map((c) => (FIGURE_ROLES.has(c.role) ? ctx.figureColumn(ctx.table.columns.find((x) => x.role === c.role)!.col) : undefined));
    // Rows of kinds (项目, 救助类别), not of places or institutions (县市区, 机构名称): every place
    // has every measure, and a mark there is a figure missing.
    const label = ctx.columns.get("indicator")?.[0];
    const kindRows = !!label && !isRowLabelHeader(label.header);
    for (let r = 0; r < ctx.rows.length; r++) {
      const info = ctx.rows[r];
      const row = info.row;
      // A row whose name says it is no longer reported (农村五保供养对象（停用）): its blanks are the answer.
      if (retiredIndicator(row.indicator)) continue;
      // A row of averages (平均, 全区平均): it gives an average only where one means something (户均人数,
      // not 低保户数), and its other cells are left empty on purpose.
      if (AVERAGE_ROW.test(row.indicatorKey)) continue;
      // A place whose every figure is a mark (高新区 | / | / | /: a 功能区 with no 乡镇 to count): the
      // place has nothing of the table's to report, said the same way in each cell — not a figure
      // missing from one column (only the first column, the required one, was reported).
      if (label && !kindRows && allMarked(ctx, row)) continue;
      for (let k = 0; k < cols.length; k++) {
        if (figures[k]?.plainNumber(r)) continue;
        const col = cols[k];
        // Read from the grid: the row's cells are made only for a row reported.
        const raw = readers[k](row);
        if (raw?.error || raw?.formulaWithoutResult) continue;
        const blank = !raw || isBlank(raw);
        // A figure that is no text is no placeholder (its text is not read: most cells are figures).
        if (!blank && typeof raw.value !== "string") continue;
        const text = raw ? cellText(raw).trim() : "";
        if (!blank && !isPlaceholder(text)) continue;
        if (!blank && ctx.schema.allowNotApplicable) continue;
        // `/` under 保障户数 beside 保障人数 1846 in a wide table of kinds: the row's other measures are
        // filled, so the mark says this one does not apply to its kind (特困人员 are counted in 人, not
        // 户). A row whose measures are all marks is still reported.
        // So too a mark under a group's measure, the group named above its columns (护理型床位 / 床位数(张)
        // beside 床位数(张) over 2025年末 | 2024年末): each such group counts a measure of its own. (Not a
        // group of quarters, 一季度 | 二季度 | 环比: a quarter's 待填 is a figure missing.)
        if (!blank && kindRows && (col.indicator || namedGroup(ctx, col)) && !isPeriodRow(row.indicatorKey) && otherMeasureFilled(ctx, r, col)) continue;
        // `/` under 1-8月累计 beside the row's 本月 figure, or in a stock's row (城乡低保对象 … 月末在册数): a
        // stock has no figure summed over the year; the mark says the year so far does not apply.
        if (!blank && monthlyNotApplicable(ctx, row, col, noteOf)) continue;
        // `—` in a total row that names no unit (its rows are in 万人, 人次, 万元; its unit cell blank or
        // `—` as well): no sum exists to write.
        if (!blank && (!info.unitText || isPlaceholder(info.unitText.trim())) && isTotalName(row.indicatorKey)) continue;
        // `—` under 合计 beside its categories' figures (低保标准 城市 1030 | 农村 850 | 合计 —): a standard
        // has no total to write, and the row's figures of the period stand beside it.
        if (!blank && categoriesFilled(ctx, row, col)) continue;
        // (Read only for a row about to be reported.)
        if (saysWhy(row)) continue;
        const at = getters[k](row.cells) ?? { address: a1(row.row - 1, col.col), row: row.row };
        out.push(
          finding("empty-value", blank ? ctx.msg.emptyValue({ column: col.header }) : ctx.msg.placeholderValue({ column: col.header, value: text }), {
            cell: at,
            column: col,
            row,
            value: blank ? "" : text,
          }),
        );
      }
    }
    baseOfGrowth(ctx, cols.map((c) => c.col), saysWhy, out);
    return out;
  },
};

/**
 * Whether `col` is the 合计 of a period's categories (2024年1-6月 over 城市 | 农村 | 合计, the
 * categories unmapped figure columns just before it) and the row's category cells hold figures.
 */
function categoriesFilled(ctx: CheckContext, row: CheckContext["rows"][number]["row"], col: TableColumn): boolean {
  const categories = categoriesOf(ctx, col);
  if (categories.length < 2) return false;
  return categories.every((c) => {
    const raw = rawIn(row, c.col);
    return !!raw && !isBlank(raw) && !isPlaceholder(cellText(raw).trim());
  });
}

/**
 * Whether row `r` has a figure under another of a wide table's measures (the value columns that
 * each name their own indicator: 保障户数(户) | 保障人数(人) | 保障标准(元/人·月)).
 */
function otherMeasureFilled(ctx: CheckContext, r: number, col: TableColumn): boolean {
  for (const c of ctx.columns.get("value") ?? []) {
    if (c === col || !c.indicator) continue;
    if (ctx.figureColumn(c.col)?.has(r)) return true;
  }
  // (A group of the table read on its own, 计划投资 | 已完成投资 beside 年度目标 | 1-6月完成: the other
  // groups' figures are the row's other measures.)
  return filledInOtherGroup(ctx.table, ctx.rows[r].row.row);
}

/** Whether `col` is a figure column of a table read in groups, its group's name above its own (`护理型床位 / 床位数(张)`). */
function namedGroup(ctx: CheckContext, col: TableColumn): boolean {
  return !!ctx.table.otherGroups?.length && col.header.includes(" / ");
}

/** A header's own name, under any group's above it (城乡低保对象 / 本月 → 本月). */
function ownHeader(c: TableColumn): string {
  return c.header.split(" / ").pop()!;
}

/** Which of a monthly report's two value columns `c` is: the month's (本月, 8月) or the year so far's (本年累计, 1-8月). */
function monthlyValue(c: TableColumn): "month" | "cumulative" | undefined {
  if (c.role !== "value") return undefined;
  if (namesMonthFigure(ownHeader(c))) return "month";
  return monthOrYearSoFar(ownHeader(c)) === "cumulative" ? "cumulative" : undefined;
}

/**
 * Whether a mark (/, —) under `col` says "not applicable": the column is one of a monthly report's
 * two values and the row's other one is written (本月 11916 | 1-8月累计 /: a stock, counted at the
 * month's end, has no figure summed over the year; 本月 / | 1-8月累计 3573.5: nothing reported for the
 * month alone), or, under the year so far, the row's name or note says it is counted at a moment
 * (月末在册数, 在保人数). (A column of neither kind: there a mark is a figure missing.)
 */
function monthlyNotApplicable(ctx: CheckContext, row: CheckContext["rows"][number]["row"], col: TableColumn, noteOf: (row: CheckContext["rows"][number]["row"]) => string[]): boolean {
  const kind = monthlyValue(col);
  if (!kind) return false;
  if (kind === "cumulative" && (STOCK_NOW.test(row.indicator) || noteOf(row).some((n) => STOCK_NOW.test(n)))) return true;
  const other = (c: TableColumn) => monthlyValue(c) === (kind === "month" ? "cumulative" : "month");
  // (The month's column unmapped beside the year so far's, or a group of its own.)
  for (const c of ctx.table.figureExtras ?? []) {
    if (!other(c)) continue;
    const raw = rawIn(row, c.col);
    if (raw && !isBlank(raw) && !raw.error && (typeof raw.value === "number" || !isPlaceholder(cellText(raw).trim()))) return true;
  }
  return filledInOtherGroup(ctx.table, row.row, other);
}

/** Whether every figure column of the table holds a placeholder (—, /) in this row, two at least. */
function allMarked(ctx: CheckContext, row: CheckContext["rows"][number]["row"]): boolean {
  let marks = 0;
  for (const c of ctx.table.columns) {
    if (!FIGURE_ROLES.has(c.role)) continue;
    const raw = rawIn(row, c.col);
    if (!raw || isBlank(raw) || typeof raw.value !== "string" || !isPlaceholder(cellText(raw).trim())) return false;
    marks++;
  }
  return marks >= 2;
}

/** A row of a period (3月, 二季度, 2025年上半年): each period has every measure, as each place has. */
function isPeriodRow(key: string): boolean {
  return periodPlace(key) !== undefined || findPeriod(key) !== null;
}

/** A row's grid cell in a sheet column (a plain row's: its made cell's). */
function rawIn(row: CheckContext["rows"][number]["row"], col: number): GridCell | undefined {
  return row instanceof GridRow ? row.rawAt(col) : cellAt(row, col)?.raw;
}

/**
 * A growth stated beside a previous figure left blank or a placeholder (结婚登记 | 1126 | — | 6.4),
 * or a completion beside a target so left (殡葬惠民资金 | / | 1030.4 | 51.5): the derived figure says
 * there was a figure to work it out from, and without it it cannot be checked. That cell is
 * required by the figure beside it, though its column is not by the schema. On that cell. (A
 * column the schema requires is reported above already.)
 */
function baseOfGrowth(ctx: CheckContext, requiredCols: readonly number[], saysWhy: (row: CheckContext["rows"][number]["row"]) => boolean, out: Finding[]): void {
  const value = ctx.columns.get("value")?.[0];
  const V = value ? ctx.figureColumn(value.col) : undefined;
  if (!V) return;
  // Each derived column with the column it is worked out from: a growth with its previous figure, a
  // completion with its target (a budget `/` beside 预算执行率 51.5%).
  const pairs: [TableColumn, TableColumn | undefined][] = [];
  // (An absolute 增减 column may stand for a new item's whole figure.)
  for (const gc of ctx.columns.get("growth") ?? []) if (!gc.change) pairs.push([gc, previousFor(ctx, gc)]);
  for (const cc of ctx.columns.get("completion") ?? []) pairs.push([cc, ctx.columns.get("target")?.[0]]);
  for (const [gc, pc] of pairs) {
    if (!pc || requiredCols.includes(pc.col)) continue;
    const G = ctx.figureColumn(gc.col);
    const P = ctx.figureColumn(pc.col);
    if (!G || !P) continue;
    for (let r = 0; r < ctx.rows.length; r++) {
      if (!G.has(r) || !V.has(r) || P.has(r)) continue;
      const row = ctx.rows[r].row;
      const raw = rawIn(row, pc.col);
      if (raw?.error || raw?.formulaWithoutResult) continue;
      const blank = !raw || isBlank(raw);
      const text = raw ? cellText(raw).trim() : "";
      if (!blank && !isPlaceholder(text)) continue;
      if (retiredIndicator(row.indicator) || saysWhy(row)) continue;
      const growthRaw = rawIn(row, gc.col);
      const stated = growthRaw ? cellText(growthRaw).trim() : "";
      const cell = cellAt(row, pc.col) ?? { address: a1(row.row - 1, pc.col), row: row.row };
      out.push(
        finding("empty-value", ctx.msg.baseMissing({ column: pc.header, value: blank ? "" : text, growth: gc.header, stated: /[%％]$/.test(stated) ? stated : `${stated}%` }), {
          cell,
          column: pc,
          row,
          value: blank ? "" : text,
        }),
      );
    }
  }
}
