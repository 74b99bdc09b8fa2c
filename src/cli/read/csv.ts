import type { Grid, GridCell } from "../../core/table/grid";

/**
 * CSV text → rows of strings (RFC 4180: quotes, doubled quotes, newlines inside quotes, CRLF).
 * Hand-written: one linear pass that slices fields out of the text (no per-character string
 * building), keeps the text exactly as written (the CSV libraries at hand either coerce types or
 * need a stream for a one-shot read), and stops after `maxRows` rows.
 */
export function parseCsv(text: string, delimiter = ",", maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Quoted: up to the closing quote; "" inside stands for one quote.
      let j = i + 1;
      let doubled = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          j = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          doubled = true;
          j = q + 2;
          continue;
        }
        j = q;
        break;
      }
      field = text.slice(i + 1, j);
      if (doubled) field = field.replace(/""/g, '"');
      i = j + 1;
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      let k = i;
      while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
      if (k > i) field += text.slice(i, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    // End of line: \n, \r or \r\n.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    row = [];
    if (rows.length >= maxRows) return rows;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * Bytes → text: UTF-8 with or without BOM; otherwise GB18030 (the encoding Chinese Excel saves
 * "CSV" in), decided by whether the bytes are valid UTF-8. Null when neither decodes.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: "utf-8" | "gb18030" } | null {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    // not UTF-8
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(body), encoding: "gb18030" };
  } catch {
    return null;
  }
}

/** Excel's error values as a CSV export writes them: kept as errors, not as text. */
const EXCEL_ERRORS = new Set(["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]);

/** A CSV's rows as a grid: every cell is text, as a CSV holds it (figures stay strings: "1,407"). */
export function csvGrid(sheet: string, text: string, maxRows = Infinity): Grid {
  const head = text.slice(0, 4096);
  const delimiter = !head.includes(",") && head.includes("\t") ? "\t" : ",";
  const rows: GridCell[][] = parseCsv(text, delimiter, maxRows).map((r) => r.map((t) => (EXCEL_ERRORS.has(t.trim()) ? { value: null, text: t.trim(), error: t.trim() } : { value: t === "" ? null : t, text: t })));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.text.trim() === "")) rows.pop();
  return { sheet, originRow: 0, originCol: 0, rows };
}
