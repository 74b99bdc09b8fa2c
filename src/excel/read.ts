/**
 * Reading a submission in two round trips: (1) where is it — the selection, the active sheet's
 * used range, the tables under the selection; (2) its cells — values, displayed text, number
 * formats and value types, in row blocks (./limits.ts), all queued before one `context.sync`.
 * The caller owns the `Excel.run` and the syncs, so a check can put its own loads (stored
 * explanations, previous marks) into the same two round trips.
 */
import type { Grid, GridCell, MergedArea } from "../core/table/grid";
import { parseAreas, parseRect } from "./address";
import { isWebHost } from "./capabilities";
import { type ExcelText, friendlyHostError, userError } from "./messages";
import { BYTES_PER_CELL_ESTIMATE, MAX_READ_CELLS, PAYLOAD_BUDGET_BYTES, planRowBlocks, planWaves, type Rect, rectAddress, rectCells } from "./limits";
import type { HostCapabilities, SheetSubmission } from "./types";

/** Round trip 1: what to read. */
export interface Located {
  sheet: Excel.Worksheet;
  selection: Excel.Range;
  used: Excel.Range;
  tables?: Excel.TableScopedCollection;
}

export function queueLocate(context: Excel.RequestContext, caps: HostCapabilities): Located {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const selection = context.workbook.getSelectedRange();
  selection.load("rowIndex,columnIndex,rowCount,columnCount");
  // valuesOnly: formatting applied to whole columns must not stretch the read to row 1,048,576.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  let tables: Excel.TableScopedCollection | undefined;
  if (caps.tablesAtRange) {
    tables = selection.getTables(false);
    tables.load("items/name");
  }
  return { sheet, selection, used, tables };
}

function rectOf(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 };
}

/** Round trip 2: the cells, queued in blocks. */
export interface Reading {
  sheetName: string;
  source: SheetSubmission["source"];
  /** The area the blocks cover (for a table: the used range, sliced after the sync). */
  area: Rect;
  blocks: { rect: Rect; range: Excel.Range }[];
  /** Waves after the first (Excel on the web only, when one round trip would pass 5 MB). */
  laterWaves: number[][];
  tableRange?: Excel.Range;
  merges?: Excel.RangeAreas;
}

const BLOCK_PROPERTIES = "values,text,numberFormat,valueTypes";

/**
 * `scale` multiplies the bytes-per-cell estimate: 1 normally; larger when Excel on the web refused
 * a first attempt as too large, so that the blocks and the first wave come out smaller.
 */
export function queueRead(located: Located, caps: HostCapabilities, text: ExcelText, scale = 1): Reading {
  const sheetName = located.sheet.name;
  const sel = located.selection;
  let source: SheetSubmission["source"];
  let area: Rect;
  let tableRange: Excel.Range | undefined;
  if (sel.rowCount * sel.columnCount > 1) {
    source = "selection";
    area = rectOf(sel);
    // Whole columns or rows selected: only the part with values is read.
    if (!located.used.isNullObject) {
      const u = rectOf(located.used);
      const cut = { top: Math.max(area.top, u.top), left: Math.max(area.left, u.left), bottom: Math.min(area.bottom, u.bottom), right: Math.min(area.right, u.right) };
      if (cut.top > cut.bottom || cut.left > cut.right) throw userError(text.emptySelection({ sheet: sheetName, address: rectAddress(area) }));
      area = cut;
    } else throw userError(text.emptySheet({ sheet: sheetName }));
  } else {
    if (located.used.isNullObject) throw userError(text.emptySheet({ sheet: sheetName }));
    area = rectOf(located.used);
    source = "used";
    const table = located.tables?.items[0];
    if (table) {
      // The table's address arrives with the cells; the used range (values only) contains it.
      source = "table";
      tableRange = table.getRange();
      tableRange.load("address");
    }
  }
  const cells = rectCells(area);
  if (cells > MAX_READ_CELLS) {
    throw userError(text.tooManyCells({ sheet: sheetName, address: rectAddress(area), cells, max: MAX_READ_CELLS }));
  }
  const perCell = BYTES_PER_CELL_ESTIMATE * scale;
  const rects = planRowBlocks(area, perCell);
  const blocks = rects.map((rect) => ({ rect, range: located.sheet.getRange(rectAddress(rect)) }));
  // One round trip is the rule; on the web a read estimated over the payload budget goes in waves.
  const waves = isWebHost() && cells * perCell > PAYLOAD_BUDGET_BYTES ? planWaves(rects, perCell) : [rects.map((_, i) => i)];
  for (const i of waves[0]) blocks[i].range.load(BLOCK_PROPERTIES);
  let merges: Excel.RangeAreas | undefined;
  if (caps.mergedAreas) {
    merges = located.sheet.getRange(rectAddress(area)).getMergedAreasOrNullObject();
    merges.load("address");
  }
  return { sheetName, source, area, blocks, laterWaves: waves.slice(1), tableRange, merges };
}

function isPayloadLimit(e: unknown): boolean {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Round trip 2 and any later waves. `queue(scale)` queues everything round trip 2 carries (the
 * cells and whatever the caller adds). If Excel on the web refuses it as too large — cells far
 * wordier than the estimate — it is queued again once with blocks 16 times smaller and retried;
 * a second refusal, or any other failure, becomes a message the user can act on.
 */
export async function syncReading(context: Excel.RequestContext, queue: (scale: number) => Reading, text: ExcelText): Promise<Reading> {
  let reading = queue(1);
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimit(e)) throw friendlyHostError(e, text, reading.sheetName);
    reading = queue(16);
    try {
      await context.sync();
    } catch (again) {
      throw friendlyHostError(again, text, reading.sheetName);
    }
  }
  try {
    await syncLaterWaves(context, reading);
  } catch (e) {
    throw friendlyHostError(e, text, reading.sheetName);
  }
  return reading;
}

/** UTF-8 bytes of JSON per cell actually received for the loaded blocks (for re-planning waves). */
function measuredBytesPerCell(blocks: readonly { rect: Rect; range: Excel.Range }[]): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  let cells = 0;
  for (const { rect, range } of blocks) {
    bytes += encoder.encode(JSON.stringify([range.values, range.text, range.numberFormat, range.valueTypes])).length;
    cells += rectCells(rect);
  }
  return cells > 0 ? bytes / cells : BYTES_PER_CELL_ESTIMATE;
}

/**
 * Only on Excel on the web with a read estimated over 5 MB: the remaining blocks, one round trip
 * per wave, so that no response passes the host's payload limit. The waves are re-planned from
 * the bytes per cell the first wave really carried (with a 1.5× margin), so a sheet of short
 * numbers needs far fewer round trips than the up-front estimate. Elsewhere this does nothing.
 */
export async function syncLaterWaves(context: Excel.RequestContext, reading: Reading): Promise<void> {
  if (reading.laterWaves.length === 0) return;
  const later = reading.laterWaves.flat();
  const laterSet = new Set(later);
  const perCell = Math.max(8, 1.5 * measuredBytesPerCell(reading.blocks.filter((_, i) => !laterSet.has(i))));
  const waves = planWaves(
    later.map((i) => reading.blocks[i].rect),
    perCell,
  ).map((wave) => wave.map((k) => later[k]));
  for (const wave of waves) {
    for (const i of wave) reading.blocks[i].range.load(BLOCK_PROPERTIES);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- deliberate: each wave is one bounded round trip under the 5 MB limit (web only)
    await context.sync();
  }
}

function toCell(value: unknown, text: string, numberFormat: unknown, valueType: string): GridCell {
  const cell: GridCell = { value: null, text: text ?? "" };
  if (typeof numberFormat === "string" && numberFormat !== "General") cell.numberFormat = numberFormat;
  switch (valueType) {
    case "Empty":
      cell.value = null;
      break;
    case "Error":
      cell.error = typeof value === "string" && value ? value : text;
      cell.value = null;
      break;
    default:
      cell.value = typeof value === "number" || typeof value === "boolean" ? value : value == null || value === "" ? null : String(value);
  }
  return cell;
}

/** The Grid, after the syncs: blocks joined, sliced to the table when the table was the target. */
export function assemble(reading: Reading): SheetSubmission {
  let target = reading.area;
  if (reading.tableRange) {
    const t = parseRect(reading.tableRange.address);
    if (t) {
      target = {
        top: Math.max(t.top, reading.area.top),
        left: Math.max(t.left, reading.area.left),
        bottom: Math.min(t.bottom, reading.area.bottom),
        right: Math.min(t.right, reading.area.right),
      };
      if (target.top > target.bottom || target.left > target.right) target = reading.area;
    }
  }
  const rows: GridCell[][] = [];
  for (const { rect, range } of reading.blocks) {
    if (rect.bottom < target.top || rect.top > target.bottom) continue;
    const values = range.values;
    const texts = range.text;
    const formats = range.numberFormat;
    const types = range.valueTypes;
    for (let r = 0; r < values.length; r++) {
      const sheetRow = rect.top + r;
      if (sheetRow < target.top || sheetRow > target.bottom) continue;
      const row: GridCell[] = [];
      for (let c = target.left - rect.left; c <= target.right - rect.left; c++) {
        row.push(toCell(values[r][c], texts[r][c], formats[r][c], types[r][c]));
      }
      rows.push(row);
    }
  }
  const grid: Grid = { sheet: reading.sheetName, originRow: target.top, originCol: target.left, rows };
  if (reading.merges && !reading.merges.isNullObject && reading.merges.address) {
    const merges: MergedArea[] = [];
    for (const m of parseAreas(reading.merges.address)) {
      if (m.bottom < target.top || m.top > target.bottom || m.right < target.left || m.left > target.right) continue;
      merges.push({ top: m.top - target.top, left: m.left - target.left, bottom: m.bottom - target.top, right: m.right - target.left });
    }
    if (merges.length > 0) grid.merges = merges;
  }
  return { sheet: reading.sheetName, address: rectAddress(target), source: reading.source, grid };
}
