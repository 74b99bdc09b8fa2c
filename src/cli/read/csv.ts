import type { Grid, GridCell } from "../../core/table/grid";

/**
 * CSV text → rows of strings (RFC 4180: quotes, doubled quotes, newlines inside quotes, CRLF).
 * Hand-written: one linear pass that slices fields out of the text (no per-character string
 * building), keeps the text exactly as written (the CSV libraries at hand either coerce types or
 * need a stream for a one-shot read), and stops after `maxRows` rows.
 */
export function parseCsv(text: string, delimiter = ",", maxRows = Infinity): string[][] {
  // A quote that opens a field and never closes would swallow the rest of the file into one cell
  // (and a table read that way looks clean): thrown as UnclosedQuote with where it opened.
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
        if (q < 0) throw new UnclosedQuote(text, i);
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

/** A quoted field with no closing quote: `line` (1-based) is where it opens, `excerpt` its first characters. */
export class UnclosedQuote extends Error {
  readonly line: number;
  readonly excerpt: string;
  constructor(text: string, offset: number) {
    let line = 1;
    for (let i = 0; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    const rest = text.slice(offset).split(/\r\n|\r|\n/)[0];
    const excerpt = rest.length > 16 ? `${rest.slice(0, 16)}…` : rest;
    super(`unclosed quote on line ${line}`);
    this.line = line;
    this.excerpt = excerpt;
  }
}

/**
 * The delimiter of a CSV: comma, tab or semicolon, whichever separates the first lines most
 * consistently. Counted per line outside quotes over the first 50 lines, so that a comma inside a
 * figure (1,100) in a tab- or semicolon-separated file does not decide it. A comma when none does.
 */
export function sniffDelimiter(text: string): "," | "\t" | ";" {
  const candidates = [",", "\t", ";"] as const;
  const counts: number[][] = [];
  let line = [0, 0, 0];
  let quoted = false;
  const end = Math.min(text.length, 1 << 16);
  for (let i = 0; i < end && counts.length < 50; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (c === '"') {
      // As the parser: a quote opens a quoted field only at the start of a field.
      if (i === 0 || ',\t;\n\r'.includes(text[i - 1])) quoted = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      if (line.some((x) => x > 0)) counts.push(line);
      line = [0, 0, 0];
    } else {
      const k = candidates.indexOf(c as (typeof candidates)[number]);
      if (k >= 0) line[k]++;
    }
  }
  if (line.some((x) => x > 0) && counts.length < 50) counts.push(line);
  let best = 0;
  let bestScore = -1;
  let bestMode = 0;
  candidates.forEach((_, k) => {
    // The most frequent non-zero count, and on how many lines the delimiter occurs exactly that often.
    const freq = new Map<number, number>();
    for (const l of counts) if (l[k] > 0) freq.set(l[k], (freq.get(l[k]) ?? 0) + 1);
    let mode = 0;
    let score = 0;
    for (const [count, lines] of freq) if (lines > score || (lines === score && count > mode)) [mode, score] = [count, lines];
    if (score > bestScore || (score === bestScore && mode > bestMode)) [best, bestScore, bestMode] = [k, score, mode];
  });
  return bestScore > 0 ? candidates[best] : ",";
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
  const delimiter = sniffDelimiter(text);
  const rows: GridCell[][] = parseCsv(text, delimiter, maxRows).map((r) => r.map((t) => (EXCEL_ERRORS.has(t.trim()) ? { value: null, text: t.trim(), error: t.trim() } : { value: t === "" ? null : t, text: t })));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.text.trim() === "")) rows.pop();
  return { sheet, originRow: 0, originCol: 0, rows };
}
