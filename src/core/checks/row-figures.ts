import type { TableColumn } from "../table/types";
import type { CheckContext, Figure, RowInfo } from "./context";

/**
 * A row's figure at a sheet column, mapped or not: the unmapped figure columns' (TableModel
 * figureExtras: 其中:城市 | 农村 after 合计, 应参检数 under a period's group) are gathered by row on
 * the first look, so only tables with such columns pay.
 */
export function rowFigureReader(ctx: CheckContext): (info: RowInfo, col: number) => Figure | undefined {
  let extraByRow: Map<RowInfo, Map<number, Figure>> | undefined;
  return (info, col) => {
    const mapped = info.figures.get(col);
    if (mapped) return mapped;
    if (!extraByRow) {
      extraByRow = new Map();
      for (const { info: i, column, figure } of ctx.extraFigures) {
        let m = extraByRow.get(i);
        if (!m) extraByRow.set(i, (m = new Map()));
        m.set(column.col, figure);
      }
    }
    return extraByRow.get(info)?.get(col);
  };
}

/** The columns that may hold one indicator's figure of a row: the value columns and the unmapped figure columns, in sheet order. */
export function rowFigureColumns(ctx: CheckContext): TableColumn[] {
  return [...(ctx.columns.get("value") ?? []), ...(ctx.table.figureExtras ?? [])].sort((a, b) => a.col - b.col);
}

/** A header's group (what stands above its own name in a header of several rows: `2024年上半年`), or "". */
export function headerGroup(header: string): string {
  const cut = header.lastIndexOf(" / ");
  return cut < 0 ? "" : header.slice(0, cut);
}

/** A header's own name: its last row, spaces and a trailing unit in brackets left out (`应参检数(家)` → 应参检数). */
export function headerName(header: string): string {
  const cut = header.lastIndexOf(" / ");
  return (cut < 0 ? header : header.slice(cut + 3)).replace(/\s+/g, "").replace(/[(（][^()（）]*[)）]$/, "");
}

/**
 * Whether the rows confirm a reading of a worked-out column (a per-population ratio, an average):
 * one row agrees at least, and no fewer agree than disagree. A column read against the wrong
 * figures agrees in no row, or in few: nothing is then said of it.
 */
export function rowsConfirm(rows: readonly { agrees: boolean }[]): boolean {
  let yes = 0;
  for (const r of rows) if (r.agrees) yes++;
  return yes > 0 && yes >= rows.length - yes;
}
