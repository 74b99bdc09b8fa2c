import type { FigureRole, NarrativeFigure } from "./types";

/**
 * Text that remembers where its figures came from. A phrase is a list of pieces: plain strings
 * and figures (text plus source cell). Sentences are built by filling templates with phrases and
 * joining phrases; offsets are computed only once, when a paragraph's text is laid out, so that no
 * step of the composition has to keep count.
 */
export interface FigurePiece {
  text: string;
  cell: string;
  row: number;
  role: FigureRole;
  derivedFrom?: string[];
}
export type Piece = string | FigurePiece;
export type Phrase = readonly Piece[];

export type Slot = Phrase | string | undefined;

const PLACEHOLDER = /\{([a-z]+)\}/g;

/**
 * Fills `{name}`-style placeholders. A slot that is undefined leaves nothing behind, and the
 * punctuation it would have been attached to is tidied away (see `tidy`). Templates are short,
 * trusted resource strings or a schema's per-indicator template, checked by zod on load.
 */
export function fill(template: string, slots: Record<string, Slot>): Piece[] {
  const parts = parsed(template);
  const out: Piece[] = [];
  let missing = false;
  for (const part of parts) {
    if (typeof part === "string") {
      out.push(part);
      continue;
    }
    const slot = slots[part.slot];
    if (slot === undefined) missing = true;
    else if (typeof slot === "string") out.push(slot);
    else for (const p of slot) out.push(p);
  }
  return missing ? tidy(out) : merge(out);
}

// Templates are few and reused for every row: each is split into text and slots once.
const TEMPLATES = new Map<string, (string | { slot: string })[]>();

function parsed(template: string): (string | { slot: string })[] {
  let parts = TEMPLATES.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    last = m.index + m[0].length;
    parts.push({ slot: m[1] });
  }
  if (last < template.length) parts.push(template.slice(last));
  if (TEMPLATES.size < 1000) TEMPLATES.set(template, parts);
  return parts;
}

/** Adjacent strings merged, empty strings dropped. */
export function merge(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (typeof p === "string") {
      if (p === "") continue;
      const prev = out[out.length - 1];
      if (typeof prev === "string") out[out.length - 1] = prev + p;
      else out.push(p);
    } else out.push(p);
  }
  return out;
}

const SEP = ",;、:，；：";
const isSep = (ch: string | undefined) => ch !== undefined && SEP.includes(ch);

/** Separators left dangling by an empty slot: doubled (`,,` → `,`), leading, or trailing. */
export function tidy(pieces: readonly Piece[]): Piece[] {
  const merged = merge(pieces);
  const out: Piece[] = [];
  for (let i = 0; i < merged.length; i++) {
    const p = merged[i];
    if (typeof p !== "string") {
      out.push(p);
      continue;
    }
    let s = "";
    for (const ch of p) {
      if (isSep(ch) && (s === "" ? i === 0 || isSep(lastChar(out)) : isSep(s[s.length - 1]))) continue;
      s += ch;
    }
    if (i === merged.length - 1) while (s !== "" && (isSep(s[s.length - 1]) || s[s.length - 1] === " ")) s = s.slice(0, -1);
    if (i === 0) s = s.trimStart();
    if (s !== "") out.push(s);
  }
  return out;
}

function lastChar(pieces: readonly Piece[]): string | undefined {
  const p = pieces[pieces.length - 1];
  if (p === undefined) return undefined;
  const s = typeof p === "string" ? p : p.text;
  return s[s.length - 1];
}

/** Phrases joined with a separator. */
export function join(phrases: readonly Phrase[], sep: string): Piece[] {
  const out: Piece[] = [];
  phrases.forEach((ph, i) => {
    if (i > 0 && sep) out.push(sep);
    out.push(...ph);
  });
  return merge(out);
}

/** The plain text of a phrase. */
export function plain(phrase: Phrase): string {
  let s = "";
  for (const p of phrase) s += typeof p === "string" ? p : p.text;
  return s;
}

/** Lays a phrase out as text, with each figure's offset and length in it. */
export function layout(phrase: Phrase): { text: string; figures: NarrativeFigure[] } {
  let text = "";
  const figures: NarrativeFigure[] = [];
  for (const p of phrase) {
    if (typeof p === "string") {
      text += p;
      continue;
    }
    const f: NarrativeFigure = { text: p.text, offset: text.length, length: p.text.length, cell: p.cell, row: p.row, role: p.role };
    if (p.derivedFrom) f.derivedFrom = [...p.derivedFrom];
    figures.push(f);
    text += p.text;
  }
  return { text, figures };
}
