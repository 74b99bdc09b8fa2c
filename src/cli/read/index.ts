import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { checksMessages } from "../../core/checks/messages";
import type { Locale } from "../../core/findings/types";
import type { Schema } from "../../core/schema";
import type { Grid } from "../../core/table/grid";
import { findHeader } from "../../core/table/header";
import { UserError } from "../io";
import { csvGrid, decodeCsvBytes } from "./csv";
import { readXlsx, sniffXlsx, TooManyRows, MAX_ROWS } from "./xlsx";

export { parseCsv, decodeCsvBytes, csvGrid } from "./csv";
export { readXlsx, sniffXlsx, toGridCell, MAX_ROWS } from "./xlsx";

const SUPPORTED = new Set([".xlsx", ".xlsm", ".csv", ".txt"]);

/**
 * The files a command line names: files as given, folders expanded to their .xlsx/.csv files
 * (sorted, Excel's `~$` lock files skipped). A missing path is a UserError naming it.
 */
export function expandInputs(paths: readonly string[], locale: Locale = "zh-CN"): string[] {
  const msg = checksMessages(locale);
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(code === "EACCES" || code === "EPERM" ? msg.cliNoPermission({ file: p }) : msg.cliNotFound({ file: p }));
    }
    if (st.isDirectory()) {
      const files = readdirSync(p)
        .filter((f) => !f.startsWith("~$") && !f.startsWith(".") && (extname(f).toLowerCase() === ".xlsx" || extname(f).toLowerCase() === ".csv"))
        .sort()
        .map((f) => join(p, f));
      if (files.length === 0) throw new UserError(msg.cliEmptyFolder({ file: p }));
      for (const f of files) out.push(f);
    } else out.push(p);
  }
  return out;
}

export interface ReadResult {
  /** Every sheet read (only `sheet` when given), empty ones included. */
  grids: Grid[];
  names: string[];
}

function isEmptyGrid(g: Grid): boolean {
  return g.rows.every((r) => r.every((c) => !c || (c.value === null && !c.error && !c.formulaWithoutResult && c.text.trim() === "")));
}

export { isEmptyGrid };

/**
 * One file's sheets as grids. Reading never writes: files are opened read-only. Every way a file
 * can be unreadable becomes one UserError line naming the file and why.
 */
export async function readTable(path: string, options: { sheet?: string; locale?: Locale } = {}): Promise<ReadResult> {
  const msg = checksMessages(options.locale);
  const ext = extname(path).toLowerCase();
  if (ext === ".xls") throw new UserError(msg.cliLegacyXls({ file: path }));
  if (!SUPPORTED.has(ext)) throw new UserError(msg.cliUnsupported({ file: path }));
  let result: ReadResult;
  if (ext === ".csv" || ext === ".txt") {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(code === "ENOENT" ? msg.cliNotFound({ file: path }) : msg.cliNoPermission({ file: path }));
    }
    const decoded = decodeCsvBytes(bytes);
    if (!decoded) throw new UserError(msg.cliNotText({ file: path }));
    const name = basename(path, extname(path));
    const grid = csvGrid(name, decoded.text, MAX_ROWS + 1);
    if (grid.rows.length > MAX_ROWS) throw new UserError(msg.cliTooManyRows({ file: path, sheet: name, limit: MAX_ROWS }));
    if (options.sheet !== undefined && options.sheet !== name) throw new UserError(msg.cliNoSheet({ file: path, sheet: options.sheet, sheets: name }));
    result = { grids: [grid], names: [name] };
  } else {
    let kind;
    try {
      kind = sniffXlsx(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(code === "ENOENT" ? msg.cliNotFound({ file: path }) : code === "EISDIR" ? msg.cliUnsupported({ file: path }) : msg.cliNoPermission({ file: path }));
    }
    if (kind === "encrypted") throw new UserError(msg.cliEncrypted({ file: path }));
    if (kind === "legacy-xls") throw new UserError(msg.cliLegacyXls({ file: path }));
    if (kind === "other") throw new UserError(msg.cliCorrupt({ file: path, reason: "not a zip archive" }));
    try {
      result = await readXlsx(path, options.sheet);
    } catch (e) {
      if (e instanceof TooManyRows) throw new UserError(msg.cliTooManyRows({ file: path, sheet: e.sheet, limit: MAX_ROWS }));
      const reason = String((e as Error)?.message ?? e).split("\n")[0].slice(0, 120);
      throw new UserError(msg.cliCorrupt({ file: path, reason }));
    }
    if (options.sheet !== undefined && result.grids.length === 0) throw new UserError(msg.cliNoSheet({ file: path, sheet: options.sheet, sheets: result.names.join(", ") }));
  }
  return result;
}

/**
 * The sheets of one file that `check` and `narrate` work on: the one named by `sheet`, else every
 * non-empty sheet with a header the schema recognises, else the first non-empty sheet (so its
 * missing columns get reported). Each sheet passed over is named on stderr through `skipped`.
 */
export async function readTableSheets(file: string, schema: Schema, options: { sheet?: string; locale?: Locale; skipped: (sheet: string, hidden: boolean) => void }): Promise<Grid[]> {
  const msg = checksMessages(options.locale);
  const { sheet } = options;
  const { grids } = await readTable(file, { sheet, locale: options.locale });
  const filled = grids.filter((g) => !isEmptyGrid(g));
  if (filled.length === 0) throw new UserError(sheet !== undefined ? msg.cliEmptySheet({ file, sheet }) : msg.cliEmptyWorkbook({ file }));
  // Unless a sheet is named: the visible sheets with a table's header (not 填表说明, not a hidden list of options).
  const withHeader = sheet !== undefined ? filled : filled.filter((g) => !g.hidden && findHeader(g, schema) !== null);
  const chosen = withHeader.length > 0 ? withHeader : filled.slice(0, 1);
  for (const g of filled) if (!chosen.includes(g)) options.skipped(g.sheet, !!g.hidden);
  return chosen;
}
