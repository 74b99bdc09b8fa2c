import { readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { basename, extname, join } from "node:path";
import { checksMessages } from "../../core/checks/messages";
import type { Locale } from "../../core/findings/types";
import type { Schema } from "../../core/schema";
import type { Grid } from "../../core/table/grid";
import { findHeader } from "../../core/table/header";
import { UserError } from "../io";
import { csvGrid, decodeCsvBytes, UnclosedQuote } from "./csv";
import { readXlsx, sniffXlsx, TooManyRows, MAX_ROWS } from "./xlsx";

export { parseCsv, decodeCsvBytes, csvGrid, sniffDelimiter, UnclosedQuote } from "./csv";
export { readXlsx, sniffXlsx, toGridCell, MAX_ROWS } from "./xlsx";

const SUPPORTED = new Set([".xlsx", ".xlsm", ".csv", ".txt"]);
/** What a folder run takes: workbooks (with or without macros) and CSV; a .txt in a folder is more likely notes than a table. */
const IN_FOLDER = new Set([".xlsx", ".xlsm", ".csv"]);

type Msg = ReturnType<typeof checksMessages>;

/** A failed stat/open/read of a path the user gave, as one line naming it and why. */
function accessError(e: unknown, file: string, msg: Msg): UserError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM") return new UserError(msg.cliNoPermission({ file }));
  if (code === "ELOOP") return new UserError(msg.cliLinkLoop({ file }));
  if (code === "EISDIR") return new UserError(msg.cliIsFolder({ file }));
  if (code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") return new UserError(msg.cliNotFound({ file }));
  return new UserError(msg.cliCannotRead({ file, reason: String(code ?? (e as Error)?.message ?? e) }));
}

/** The path's stat (links followed), or the UserError saying why it cannot be opened. */
function statInput(file: string, msg: Msg): Stats {
  try {
    return statSync(file);
  } catch (e) {
    throw accessError(e, file, msg);
  }
}

/**
 * The files a command line names: files as given, folders expanded to their .xlsx/.xlsm/.csv
 * files (sorted; not recursive). Every entry of a folder passed over (Excel's `~$` lock files,
 * hidden files, subfolders, other types) is named through `skipped` with the reason. A missing or
 * unreadable path is a UserError naming it.
 */
export function expandInputs(paths: readonly string[], locale: Locale = "zh-CN", skipped: (line: string) => void = () => {}): string[] {
  const msg = checksMessages(locale);
  const out: string[] = [];
  for (const p of paths) {
    const st = statInput(p, msg);
    if (!st.isDirectory()) {
      out.push(p);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(p).sort();
    } catch (e) {
      throw accessError(e, p, msg);
    }
    const files: string[] = [];
    for (const name of names) {
      const file = join(p, name);
      const ext = extname(name).toLowerCase();
      let entry: Stats | undefined;
      try {
        entry = statSync(file);
      } catch {
        entry = undefined; // a broken link: taken if it looks like a table, so its reader names the cause
      }
      const why = name.startsWith("~$")
        ? "lock"
        : name.startsWith(".")
          ? "hidden"
          : entry?.isDirectory()
            ? "folder"
            : !IN_FOLDER.has(ext)
              ? "type"
              : entry && !entry.isFile()
                ? "special"
                : null;
      if (why) skipped(msg.cliSkippedEntry({ file, why }));
      else files.push(file);
    }
    if (files.length === 0) throw new UserError(msg.cliEmptyFolder({ file: p }));
    out.push(...files);
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
  // Before anything opens it: a folder, or a pipe or device (opening a FIFO waits for a writer forever).
  const st = statInput(path, msg);
  if (st.isDirectory()) throw new UserError(msg.cliIsFolder({ file: path }));
  if (!st.isFile()) throw new UserError(msg.cliNotRegular({ file: path }));
  const ext = extname(path).toLowerCase();
  if (ext === ".xls") throw new UserError(msg.cliLegacyXls({ file: path }));
  if (!SUPPORTED.has(ext)) throw new UserError(msg.cliUnsupported({ file: path }));
  let result: ReadResult;
  if (ext === ".csv" || ext === ".txt") {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw accessError(e, path, msg);
    }
    if (bytes.length === 0) throw new UserError(msg.cliEmptyFile({ file: path }));
    // What the bytes are, when they are not CSV text: say that rather than "unknown encoding".
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) throw new UserError(msg.cliWorkbookNamedCsv({ file: path }));
    if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) throw new UserError(msg.cliLegacyXls({ file: path }));
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new UserError(msg.cliUnicodeText({ file: path }));
    const decoded = decodeCsvBytes(bytes);
    if (!decoded) throw new UserError(msg.cliNotText({ file: path }));
    const name = basename(path, extname(path));
    let grid: Grid;
    try {
      grid = csvGrid(name, decoded.text, MAX_ROWS + 1);
    } catch (e) {
      if (e instanceof UnclosedQuote) throw new UserError(msg.cliUnclosedQuote({ file: path, line: e.line, excerpt: e.excerpt }));
      throw e;
    }
    if (grid.rows.length > MAX_ROWS) throw new UserError(msg.cliTooManyRows({ file: path, sheet: name, limit: MAX_ROWS }));
    if (grid.rows.length === 0) throw new UserError(msg.cliEmptyFile({ file: path }));
    if (options.sheet !== undefined && options.sheet !== name) throw new UserError(msg.cliNoSheet({ file: path, sheet: options.sheet, sheets: name }));
    result = { grids: [grid], names: [name] };
  } else {
    let kind;
    try {
      kind = sniffXlsx(path);
    } catch (e) {
      throw accessError(e, path, msg);
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
    // Excel cannot save a workbook without a sheet: a zip with none is some other archive (.docx, .zip).
    if (result.names.length === 0) throw new UserError(msg.cliNotWorkbook({ file: path }));
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
  const csv = /\.(csv|txt)$/i.test(file);
  if (filled.length === 0) throw new UserError(csv ? msg.cliEmptyFile({ file }) : sheet !== undefined ? msg.cliEmptySheet({ file, sheet }) : msg.cliEmptyWorkbook({ file }));
  // Unless a sheet is named: the visible sheets with a table's header (not 填表说明, not a hidden list of options).
  const withHeader = sheet !== undefined ? filled : filled.filter((g) => !g.hidden && findHeader(g, schema) !== null);
  const chosen = withHeader.length > 0 ? withHeader : filled.slice(0, 1);
  for (const g of filled) if (!chosen.includes(g)) options.skipped(g.sheet, !!g.hidden);
  return chosen;
}
