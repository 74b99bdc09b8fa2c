import type { Finding } from "../../../src/core/findings";
import { scanQuantities } from "../../../src/core/text";

/** A text truth file in the shape ../shared/tools/score.mjs reads. */
export interface Truth {
  textFile: string;
  /** `also_acceptable`: codes that stand for the same slip as well (as score.mjs reads them). */
  defects: { excerpt: string; code: string; why: string; also_acceptable?: string[] }[];
  not_scored?: { excerpt: string; why: string }[];
  clean_quantities?: string[];
}

function spanOf(text: string, excerpt: string): [number, number] {
  const at = text.indexOf(excerpt);
  if (at < 0) throw new Error(`excerpt not in the text: ${excerpt}`);
  return [at, at + excerpt.length];
}
const overlaps = (f: Finding, [a, b]: [number, number]) => f.offset! < b && f.offset! + Math.max(1, f.length!) > a;
const serious = (f: Finding) => f.severity === "error" || f.severity === "warning";

/** Defects not reported with their code over their excerpt (as score.mjs matches them). */
export function missedDefects(text: string, findings: Finding[], truth: Truth): string[] {
  return truth.defects.filter((d) => !findings.some((f) => (f.code === d.code || (d.also_acceptable ?? []).includes(f.code)) && overlaps(f, spanOf(text, d.excerpt)))).map((d) => `${d.code} ${d.excerpt}`);
}

/** Errors and warnings over no listed defect and no `not_scored` entry. */
export function unlistedAlarms(text: string, findings: Finding[], truth: Truth): string[] {
  const listed = [...truth.defects, ...(truth.not_scored ?? [])].map((d) => spanOf(text, d.excerpt));
  return findings.filter((f) => serious(f) && !listed.some((s) => overlaps(f, s))).map((f) => `${f.code} ${f.excerpt}`);
}

/** Clean quantities that a finding touches, or (written in digits) that the scanner does not see. */
export function troubledCleanQuantities(text: string, findings: Finding[], truth: Truth): string[] {
  const mentions = scanQuantities(text);
  const out: string[] = [];
  for (const q of truth.clean_quantities ?? []) {
    const span = spanOf(text, q);
    const flagged = findings.filter((f) => serious(f) && overlaps(f, span)).map((f) => f.code);
    if (flagged.length) out.push(`${q} flagged ${flagged.join(",")}`);
    if (/[0-9]/.test(q) && !mentions.some((m) => m.offset < span[1] && m.offset + m.length > span[0])) out.push(`${q} not scanned`);
  }
  return out;
}
