import type { Finding } from "../../findings";
import { cellText } from "../../table/header";
import { changeRowTest, type CheckRule, columnOfFigure, kindOf, nameOf, VALUE_ROLES } from "../context";
import { finding } from "../finding";

const SIGNED = /增长|增幅|增减|增加|减少|变化|变动|差额|差值|净|结余|盈亏|比上年|同比|环比/;

/**
 * negative-value: a negative value, previous value or target where the quantity cannot be
 * negative: money, persons, households, things, areas. Growth rates, changes and balances may
 * be negative; so may an indicator whose catalogue minimum is below zero.
 */
export const negativeValue: CheckRule = {
  code: "negative-value",
  check(ctx) {
    const out: Finding[] = [];
    const header = ctx.columnAt;
    // A wide table's figure is named by its column (死亡人数), but a row named a change (增减量 under
    // 2025年上半年 | 2024年上半年) holds the change of each column's measure, which may be negative.
    const changeRow = changeRowTest(ctx.rows);
    // Column by column: a negative figure is found from the numbers, its row looked at only then.
    for (const fc of ctx.figureColumns()) {
      // Growth and completion columns hold signed figures.
      if (!VALUE_ROLES.has(header.get(fc.col)!.role)) continue;
      for (let i = 0; i < ctx.rows.length; i++) {
        if (!fc.has(i) || fc.number[i] >= 0) continue;
        const info = ctx.rows[i];
        const f = fc.figure(i)!;
        const col = header.get(columnOfFigure(f))!;
        if (kindOf(ctx, info, columnOfFigure(f)) === "rate") continue;
        if (!VALUE_ROLES.has(col.role) || SIGNED.test(nameOf(ctx, info, columnOfFigure(f))) || (info.spec?.min !== undefined && info.spec.min < 0)) continue;
        if (col.indicator && changeRow(info.row.indicatorKey)) continue;
        if (f.dimension === "rate-points") continue;
        const value = cellText(f.cell.raw).trim();
        out.push(finding("negative-value", ctx.msg.negativeValue({ value }), { cell: f.cell, column: col, row: info.row, value, expected: ">=0" }));
      }
    }
    // Unmapped figure columns (本月 beside 本年累计): the same test, the row's name and the column's header.
    for (const { info, column, figure: f } of ctx.extraFigures) {
      if (f.number >= 0 || info.kind === "rate" || f.dimension === "rate-points") continue;
      if (SIGNED.test(info.row.indicatorKey) || SIGNED.test(column.header) || (info.spec?.min !== undefined && info.spec.min < 0)) continue;
      const value = cellText(f.cell.raw).trim();
      out.push(finding("negative-value", ctx.msg.negativeValue({ value }), { cell: f.cell, column, row: info.row, value, expected: ">=0" }));
    }
    return out;
  },
};
