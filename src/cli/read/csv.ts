import type { Grid, GridCell } from "../../core/table/grid";

/**
 * CSV text → rows of strings (RFC 4180: quotes, doubled quotes, newlines inside quotes, CRLF).
 * Hand-written: one linear pass, a few lines, and it keeps the text exactly as written (the CSV
 * libraries at hand either coerce types or need a stream for a one-shot read).
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
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
export function csvGrid(sheet: string, text: string): Grid {
  const delimiter = !text.includes(",") && text.includes("\t") ? "\t" : ",";
  const rows: GridCell[][] = parseCsv(text, delimiter).map((r) => r.map((t) => (EXCEL_ERRORS.has(t.trim()) ? { value: null, text: t.trim(), error: t.trim() } : { value: t === "" ? null : t, text: t })));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.text.trim() === "")) rows.pop();
  return { sheet, originRow: 0, originCol: 0, rows };
}
