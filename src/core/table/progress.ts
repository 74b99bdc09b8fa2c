import { normalizeHeader } from "../schema";
import type { HeaderLayout } from "./header";

/**
 * Progress tables against a multi-year plan (规划目标 | 截至2024年底累计 | 2025年1-6月 | 累计完成 |
 * 累计完成率): which value-like columns are no figure of the row as the table's checks read it.
 * The opening cumulative stock (截至上年底累计) is no previous period of a growth, and beside a
 * completion that names its own figure (累计完成率 → 累计完成), the other value columns (the
 * period's flow, 2025年1-6月, 本年完成) are no second value of the row. (Both are left to the
 * checks of one cell alone.) Also 其中 columns: a part (其中:本年新登记) is no second value.
 */

type MappedHeader = HeaderLayout["columns"][number];

/**
 * The cumulative up to the end of an earlier year: 截至上年底累计, 上年末累计完成, 截至2024年底累计
 * (year captured). Anchored; no nested repetition.
 */
const OPENING_CUMULATIVE = /^(?:截[至止])?(?:上年|去年|上一年|((?:19|20)\d{2})年(?:12月)?)[底末]累计/;

/** A completion header's words for its rate: 累计完成率(%) → 累计完成. */
const RATE_WORDS = /(?:率|进度|比例|百分比)$/;

/** A header as compared here: normalised, a trailing bracket (unit, %) dropped. */
function bare(text: string): string {
  return normalizeHeader(text).replace(/\([^()]*\)$/, "");
}

/** A value column that is the row's figure by what it says (not a wide table's own indicator). */
function plainValue(c: MappedHeader): boolean {
  const cls = c.cls!;
  return cls.role === "value" && cls.quarter === undefined && (cls.byAlias || (!cls.named && !cls.unit && !cls.percent));
}

/**
 * The header columns to leave unread as the row's figures: `aside`, left out of the mapping from
 * the start; `flows`, read with the others (their periods say what the rest are), then left unread.
 * The current year is the one reported, when known; else the latest year a header names.
 */
export function progressAside(mapped: readonly MappedHeader[], reportedYear: number | undefined): { aside: Set<MappedHeader>; flows: Set<MappedHeader> } {
  const aside = new Set<MappedHeader>();
  const flows = new Set<MappedHeader>();
  const years = mapped.map((c) => c.cls!.period?.year).filter((y): y is number => y !== undefined);
  const currentYear = reportedYear ?? (years.length > 0 ? Math.max(...years) : undefined);
  // 截至上年底累计, 截至2024年底累计 (in 2025): the stock the period's work is added to. (Beside a
  // growth column and no other previous figure, it is what the growth was written against: kept.)
  const growth = mapped.some((c) => c.cls!.role === "growth");
  const previous = mapped.filter((c) => c.cls!.role === "previous");
  for (const c of mapped) {
    if (c.cls!.role !== "value" && c.cls!.role !== "previous") continue;
    if (growth && c.cls!.role === "previous" && previous.length === 1) continue;
    const m = OPENING_CUMULATIVE.exec(normalizeHeader(c.text));
    if (m && (!m[1] || (currentYear !== undefined && Number(m[1]) < currentYear))) aside.add(c);
  }
  const values = mapped.filter((c) => !aside.has(c) && plainValue(c));
  // 累计完成率 beside 累计完成: the completion names the figure it measures; the other values are
  // the period's flow (2025年1-6月, 本年完成), not the figure the completion is worked out from.
  const own = mapped
    .filter((c) => c.cls!.role === "completion")
    .map((cc) => bare(cc.text).replace(RATE_WORDS, ""))
    .map((stem) => (stem.length >= 2 ? values.filter((v) => bare(v.text) === stem) : []))
    .find((list) => list.length === 1)?.[0];
  // (Unread only once the header is read: 一季度完成 | 二季度完成 | 上半年完成 | 上半年完成率 still tell
  // the widest period, and which targets are narrower.)
  if (own) for (const v of values) if (v !== own) flows.add(v);
  // 合计 | … | 其中:本年新登记: a part of the row's figure, not a second one.
  if (values.some((v) => !OF_WHICH.test(normalizeHeader(v.text)))) for (const v of values) if (OF_WHICH.test(normalizeHeader(v.text))) aside.add(v);
  return { aside, flows };
}

/** A header that names a part of another column's figure: 其中:本年新登记, #城市. */
const OF_WHICH = /^(?:其中|#)/;
