import type { Finding, Locale } from "../findings/types";
import { narrativeEnUS } from "../i18n/narrative.en-US";
import { type NarrativeMessages, narrativeZhCN } from "../i18n/narrative.zh-CN";
import { findCategory, findIndicator, type Schema } from "../schema";
import { forEachOwner } from "../table/hierarchy";
import { departmentsOf } from "../table/rows";
import { tablesOf } from "../table/build";
import { columnOfAddress } from "../table/grid";
import type { TableModel } from "../table/types";
import { categoryOfDepartment, categoryOfHeading, categoryOfName } from "./category";
import { mergeUnits, sentences, type Unit, unitOf } from "./compose";
import { type Change, type Fact, factsOf, formatFigure, inBase } from "./facts";
import { eachOrSame, percentSign } from "./growth";
import { ordinal } from "./ordinal";
import { groupNameOf, nameByGroup } from "./groups";
import { namePlaces, placeTableOf } from "./places";
import { type Clause, PATTERNS, type PatternContext } from "./patterns";
import { figurePiece } from "./patterns/shared";
import { fill, join, layout, type Piece } from "./phrase";
import { reasonsOf } from "./reasons";
import { simplified } from "./simplified";
import { templateClause } from "./template";
import type { NarrateOptions, Narrative, NarrativeOmission, NarrativeParagraph } from "./types";

export type { NarrateOptions, Narrative, NarrativeFigure, NarrativeOmission, NarrativeParagraph, FigureRole } from "./types";
export { renderNarrative } from "./render";
export { inferKind } from "./kind";
export { PATTERNS } from "./patterns";

/** A row named only 合计/总计/小计 (with spaces or 全市 and the like before it). */
const TOTAL_ROW = /^(全市|全区|全县|全省)?\s*(合\s*计|总\s*计|小\s*计|总数|total|sum)$/i;

/** A name's trailing 合计/总计 (民政事业费支出合计): a total that opens the text is named without it. */
const TOTAL_SUFFIX = /\s*(合\s*计|总\s*计)$/;

/** The grouping key of totals over several sections, which open the text (no category can have it). */
const LEAD = "\u0000lead";

/** Parts whose growths are said together after them (同比分别下降4%、3.7%): more read as a table. */
const MAX_EACH_PARTS = 3;

const MESSAGES: Record<Locale, NarrativeMessages> = { "zh-CN": narrativeZhCN, "en-US": narrativeEnUS };

export function narrativeMessages(locale: Locale = "zh-CN"): NarrativeMessages {
  return MESSAGES[locale] ?? narrativeZhCN;
}

interface Entry {
  fact: Fact;
  /** Stated as fact. */
  clause?: Clause;
  /** Not stated: why, and whether a marker stands in its place. */
  omitted?: NarrativeOmission;
  marker?: Piece[];
  /** Warnings' marker after the clause (markWarnings). */
  note?: Piece[];
  /** Folded into its total's clause as a 其中 part. */
  folded?: boolean;
}

/** Two figures that read the same (same number, unit and bound) are the same statement. */
function sameFigures(a: Fact, b: Fact): boolean {
  const t = (f: Fact) => [f.value, f.previous, f.growth?.number, f.target].map((x) => (x === undefined ? "" : typeof x === "number" ? String(x) : formatFigure(x))).join("|");
  return t(a) === t(b);
}

/** As duplicate-indicator's copy: the same figures, two at least, one of them not zero. */
function copiedRow(a: Fact, b: Fact): boolean {
  const given = [b.value?.number, b.previous?.number, b.growth?.number, b.target?.number].filter((x) => x !== undefined);
  return given.length >= 2 && given.some((x) => x !== 0) && sameFigures(a, b);
}

/**
 * Drafts the summary paragraphs for a checked table: one paragraph per category in table order,
 * each fact in its kind's pattern, figures in the table's units, and no figure stated as fact
 * when the checks found an error in its row (a 【待核实】 marker stands in its place, or with
 * `onError: "omit"` nothing; `omitted` lists both with the reason).
 */
export function narrate(table: TableModel, findings: readonly Finding[], schema: Schema, options: NarrateOptions = {}): Narrative {
  const locale = options.locale ?? "zh-CN";
  const msg = narrativeMessages(locale);
  // Indicators in groups across the header (城乡低保对象(人) | 特困人员(人), each over 本期 | 上年同期 |
  // 同比): each group is told as a table of its own, with what the checks found in its own cells;
  // the paragraphs of one section are joined, in the order the groups stand.
  // Tables side by side are told each on its own too; stacked tables share `rows` and are told as one.
  const grouped = [table, ...(table.beside ?? [])].some((t) => !!t.groups && t.groups.length > 0);
  const parts = grouped || (table.beside && table.beside.length > 0) ? tablesOf(table) : [table];
  const drafts = parts.map((part) => draft(part, parts.length > 1 ? findingsOf(part, parts, findings) : findings, schema, options, grouped));
  const paragraphs: Drafted[] = [];
  for (const d of drafts) {
    for (const p of d.paragraphs) {
      const same = paragraphs.find((q) => q.lead === p.lead && q.category === p.category);
      if (same) joinParagraph(same, p, locale);
      else paragraphs.push(p);
    }
  }
  // (A row each group leaves out for one reason, 合计行, is listed once; one marked in the text is
  // listed as often as it is marked.)
  const listed = new Set<string>();
  const omitted = drafts.flatMap((d) => d.omitted).filter((o) => {
    const key = `${o.row}\u0000${o.reason}`;
    return o.marked || (!listed.has(key) && !!listed.add(key));
  });
  if (drafts.length > 1) omitted.sort((a, b) => a.row - b.row);
  // The outline numbers the sections, not the lead (a total over several sections) before them.
  const outline = paragraphs.filter((p) => !p.lead);
  const outlined = outline.length > 1 || (outline.length === 1 && outline[0].category !== "");
  outline.forEach((p, i) => {
    if (outlined) p.heading = plainFill(msg.heading, { ordinal: ordinal(i + 1, locale), category: p.category || msg.otherCategory });
  });
  return { paragraphs: paragraphs.map(({ lead: _lead, ...p }) => p), omitted };
}

/** A paragraph as drafted, and whether it is the lead (told before the numbered sections). */
type Drafted = NarrativeParagraph & { lead: boolean };

/** A later group's paragraph of the same section, told after the first's: its text and figures appended. */
function joinParagraph(into: Drafted, p: Drafted, locale: Locale): void {
  const sep = locale === "en-US" ? " " : "";
  const shift = into.text.length + sep.length;
  into.text += sep + p.text;
  for (const f of p.figures) into.figures.push({ ...f, offset: f.offset + shift });
}

/**
 * What the checks found in one group's cells, and what they found outside every group's figure
 * columns (a name, a note, the sheet): a slip in 特困人员's 同比 leaves 城乡低保对象 of that row as it is.
 */
function findingsOf(part: TableModel, parts: readonly TableModel[], findings: readonly Finding[]): Finding[] {
  const own = new Set(part.columns.map((c) => c.col));
  const others = new Set<number>();
  for (const p of parts) if (p !== part) for (const c of p.columns) if (!own.has(c.col)) others.add(c.col);
  return findings.filter((f) => !f.cell || !others.has(columnOfAddress(f.cell)));
}

/**
 * One table's paragraphs (one group's, for a table of groups: `grouped` names its figures with
 * the group), headings left to the caller.
 */
function draft(table: TableModel, findings: readonly Finding[], schema: Schema, options: NarrateOptions, grouped: boolean): { paragraphs: Drafted[]; omitted: NarrativeOmission[] } {
  const locale = options.locale ?? "zh-CN";
  const msg = narrativeMessages(locale);
  const onError = options.onError ?? "mark";
  const ctx: PatternContext = {
    msg,
    locale,
    period: table.period,
    nameOf: (f) => (locale === "en-US" && f.spec?.en ? f.spec.en : f.name),
  };
  const facts = factsOf(table, findings, schema, { growthFloor: schema.tolerances.growthFloor, completionFloor: schema.tolerances.completionFloor });
  const omitted: NarrativeOmission[] = [];
  // A table of places (分县区): each row said with its place and what its figure is of, the whole first.
  const places = locale === "zh-CN" ? placeTableOf(table, facts) : undefined;
  if (places) namePlaces(places, facts);
  else if (grouped && locale === "zh-CN") {
    const group = groupNameOf(table);
    if (group) nameByGroup(group, facts);
  }

  // The table's own tree (一、 (一) 1. 其中) groups its rows as its writer did. A total the catalogue
  // does not place (社会救助支出) takes the category most of its parts have (最低生活保障, 临时救助 …:
  // 社会救助), deepest totals first; then every part goes with its total, unless the table's own
  // category column says otherwise: 残疾人两项补贴 listed under 社会救助支出 is told there.
  // A 处室 column before the indicators groups them (written on each department's first row).
  const departmentOf = departmentsOf(table);

  // A row neither the table's category column nor the catalogue places: what the table says of it,
  // its department (养老服务处) or the words of its name (社会组织年检率, 60周岁以上失能老年人).
  for (const fact of facts) {
    if (fact.categoryKey || fact.source.category?.trim()) continue;
    const found = categoryOfDepartment(schema, departmentOf.get(fact.row) ?? "") ?? categoryOfName(schema, fact.name);
    if (found) {
      fact.categoryKey = found.name;
      fact.category = found.name;
    }
  }

  const factByRow = new Map(facts.map((f) => [f.row, f]));
  const partsOf = new Map<number, Fact[]>();
  for (const fact of facts) {
    if (fact.source.parentRow === undefined || !factByRow.has(fact.source.parentRow)) continue;
    const list = partsOf.get(fact.source.parentRow);
    if (list) list.push(fact);
    else partsOf.set(fact.source.parentRow, [fact]);
  }
  for (let i = facts.length - 1; i >= 0; i--) {
    const total = facts[i];
    const parts = partsOf.get(total.row);
    if (!parts || total.categoryKey || total.source.category?.trim()) continue;
    // Named for its section: 社会救助支出, 养老服务支出.
    const named = schema.categories.find((c) => [c.name, ...(c.aliases ?? [])].some((w) => w.length >= 2 && total.name.startsWith(w)));
    if (named) {
      total.categoryKey = named.name;
      total.category = named.name;
      continue;
    }
    const count = new Map<string, number>();
    for (const p of parts) if (p.categoryKey) count.set(p.categoryKey, (count.get(p.categoryKey) ?? 0) + 1);
    for (const [key, n] of count) {
      if (2 * n <= parts.length) continue;
      const from = parts.find((p) => p.categoryKey === key)!;
      total.categoryKey = key;
      total.category = from.category;
    }
  }
  for (const fact of facts) {
    const parent = fact.source.parentRow !== undefined ? factByRow.get(fact.source.parentRow) : undefined;
    if (parent && parent.categoryKey && !fact.source.category?.trim()) {
      fact.categoryKey = parent.categoryKey;
      fact.category = parent.category;
    }
  }

  // A row the category column files under 合计 (合计 | 民生保障资金) is no section's: a total over
  // the sections above, it opens the text as one over several sections does.
  for (const fact of facts) {
    if (!TOTAL_ROW.test(fact.source.category?.trim() ?? "")) continue;
    fact.categoryKey = LEAD;
    fact.category = "";
  }
  // A total over several sections (民政事业费支出合计 over 社会救助支出, 养老服务支出 …) opens the text,
  // before the sections, named without its 合计: 民政事业费支出29494.3万元.
  for (const fact of facts) {
    if (fact.categoryKey || fact.source.category?.trim() || fact.source.parentRow !== undefined) continue;
    const keys = new Set((partsOf.get(fact.row) ?? []).map((p) => p.categoryKey).filter((k) => k !== ""));
    if (keys.size < 2) continue;
    fact.categoryKey = LEAD;
    const bare = fact.name.replace(TOTAL_SUFFIX, "");
    if (bare.length >= 2) fact.name = bare;
  }
  // What is still unplaced takes the one section the sheet's name or the title names (养老服务处).
  const sheetCategory = categoryOfHeading(schema, table.sheet) ?? categoryOfHeading(schema, table.title);
  if (sheetCategory) {
    for (const fact of facts) {
      if (fact.categoryKey || fact.source.category?.trim()) continue;
      fact.categoryKey = sheetCategory.name;
      fact.category = sheetCategory.name;
    }
  }

  // Totals that do not add up: their parts are as much in doubt as they are.
  const unsummed = new Set<number>();
  for (const fact of facts) if (fact.errors.some((i) => i.code === "sum-mismatch")) unsummed.add(fact.row);

  // 1. What each row becomes: a clause, a marker, or nothing.
  const entries: Entry[] = [];
  const firstByKey = new Map<string, Entry>();
  // (As duplicate-indicator: one section and one owner; 其中:男 under two totals is no repeat, nor
  // 城市 under 1 | 低保对象 and under 2 | 特困人员, nor one task under two departments of a 处室-first
  // table. A row copied, figures and all, under the next numbered row is one row twice.)
  const ownerOf = new Map<number, number>();
  forEachOwner(table.rows, (row, owner) => ownerOf.set(row.row, owner));
  const firstByParent = new Map<string, Entry>();
  for (const fact of facts) {
    const e: Entry = { fact };
    entries.push(e);
    const name = ctx.nameOf(fact);
    const section = `${fact.categoryKey}\u0000${departmentOf.get(fact.row) ?? ""}\u0000${fact.key}\u0000`;
    const owner = ownerOf.get(fact.row) ?? 0;
    const parent = fact.source.parentRow ?? 0;
    const dupKey = section + owner;
    const parentKey = owner === parent ? undefined : section + "p" + parent;
    const copied = parentKey === undefined ? undefined : firstByParent.get(parentKey);
    const first = firstByKey.get(dupKey) ?? (copied && copiedRow(copied.fact, fact) ? copied : undefined);
    if (!name || (TOTAL_ROW.test(name) && (fact.errors.length === 0 || !fact.value))) {
      // A figure with no name, or a bare 合计 with nothing to say what it totals (or no figure: —): not a sentence.
      e.omitted = { row: fact.row, indicator: name || fact.source.indicator, reason: name ? msg.reasonTotalRow : msg.reasonNoName, marked: false };
    } else if (fact.errors.length === 0 && fact.source.parentRow !== undefined && unsummed.has(fact.source.parentRow)) {
      // A part of a total that does not add up: its total's marker already stands for the group.
      e.omitted = { row: fact.row, indicator: name, reason: msg.reasonPartOfSum, marked: false };
    } else if (fact.errors.length === 0 && fact.value && fact.value.number === 0 && fact.kind !== "rate" && fact.kind !== "share") {
      // Nothing done is no achievement to report (达到0万元, 新增0人,下降100%): left for the writer.
      e.omitted = { row: fact.row, indicator: name, reason: msg.reasonZero, marked: false };
    } else if (fact.errors.length > 0) {
      const reason = reasonsOf(fact.errors, fact, msg);
      e.omitted = { row: fact.row, indicator: name, reason, marked: onError === "mark" };
      if (onError === "mark") e.marker = fill(msg.markError, { indicator: name, reason });
    } else if (first && first.clause) {
      // The same indicator twice in one category: said once; a second, different figure is not a fact.
      const differs = !sameFigures(first.fact, fact);
      const reason = plainFill(differs ? msg.reasonDuplicateDiffers : msg.reasonDuplicate, { row: String(first.fact.row) });
      e.omitted = { row: fact.row, indicator: name, reason, marked: differs && onError === "mark" };
      if (differs && onError === "mark") e.marker = fill(msg.markError, { indicator: name, reason });
    } else {
      e.clause = (fact.spec?.narrative && templateClause(fact, fact.spec.narrative, ctx)) || PATTERNS[fact.kind](fact, ctx);
      // A place's figure is no stock the city 共有 (共有全市低保14440户、吴兴区低保3120户): each is said as it is.
      if (places && e.clause.list) e.clause = { fact: e.clause.fact, head: e.clause.list.item, tails: e.clause.tails };
      if (options.markWarnings && fact.warnings.length > 0) e.note = fill(msg.markWarning, { indicator: "", reason: reasonsOf(fact.warnings, fact, msg) });
      if (!first) firstByKey.set(dupKey, e);
      if (!firstByParent.has(section + "p" + parent)) firstByParent.set(section + "p" + parent, e);
    }
    if (e.omitted) omitted.push(e.omitted);
  }

  // 2. 其中 parts folded into their total's clause, when the total is stated and the part is a plain figure.
  const byRow = new Map(entries.map((e) => [e.fact.row, e]));
  // Rows the catalogue says add up to a total listed above them as their peer (社会组织总数, then
  // 社会团体, 民办非企业单位, 基金会 on rows of their own): its parts, as a 其中 list would be.
  const declaredParent = new Map<number, number>();
  for (const sum of schema.sums) {
    if (sum.relation !== "equal") continue;
    const total = entries.find((e) => e.fact.spec && e.fact.source.parentRow === undefined && findIndicator(schema, sum.total) === e.fact.spec);
    if (!total) continue;
    const specs = sum.parts.map((p) => findIndicator(schema, p));
    const members = entries.filter((e) => e.fact.row > total.fact.row && e.fact.source.parentRow === undefined && !partsOf.has(e.fact.row) && e.fact.spec && specs.includes(e.fact.spec) && e.fact.categoryKey === total.fact.categoryKey);
    if (members.length < 2) continue;
    for (const m of members) declaredParent.set(m.fact.row, total.fact.row);
  }
  const parts = new Map<Entry, Entry[]>();
  for (const e of entries) {
    const src = e.fact.source;
    const parentRow = src.partKind === "of-which" ? src.parentRow : declaredParent.get(e.fact.row);
    // (A part's own growth or completion is not said: its total's clause carries the breakdown.)
    if (parentRow === undefined || !e.clause || e.note || e.fact.spec?.narrative || !e.fact.value) continue;
    const parent = byRow.get(parentRow);
    if (!parent?.clause || parent.fact.categoryKey !== e.fact.categoryKey) continue;
    const list = parts.get(parent) ?? [];
    list.push(e);
    parts.set(parent, list);
  }
  // A breakdown (one 其中 list: 集中/分散, then 男/女) whose parts say more than their total (the
  // checks' sum-mismatch, or none run) is no 其中 to write: its rows are stated on their own.
  for (const [parent, list] of parts) {
    const total = parent.fact.value;
    const sums = new Map<number, number>();
    for (const p of list) {
      const g = p.fact.source.partGroup ?? 0;
      const v = total && p.fact.value && p.fact.value.info?.dimension === total.info?.dimension ? inBase(p.fact.value) : NaN;
      sums.set(g, (sums.get(g) ?? 0) + v);
    }
    const kept = list.filter((p) => total && (sums.get(p.fact.source.partGroup ?? 0) ?? NaN) <= inBase(total) * (1 + 1e-9));
    if (kept.length === 0) parts.delete(parent);
    else parts.set(parent, kept);
    for (const p of kept) p.folded = true;
  }

  // 3. Paragraphs by category, in the order the table first names them.
  const order: string[] = [];
  const byCategory = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = e.fact.categoryKey;
    if (!byCategory.has(k)) {
      byCategory.set(k, []);
      order.push(k);
    }
    byCategory.get(k)!.push(e);
  }
  // Rows without a category come last, under 其他工作, when other rows have one; a total over
  // several sections comes first, without a heading of its own.
  if (order.includes("") && order.length > 1) order.push(...order.splice(order.indexOf(""), 1));
  if (order.includes(LEAD)) order.unshift(...order.splice(order.indexOf(LEAD), 1));
  const paragraphs: NarrativeParagraph[] = [];
  const leadParagraphs = new Set<NarrativeParagraph>();
  for (const key of order) {
    const list = byCategory.get(key)!;
    const units: Unit[] = [];
    let previous: Entry | undefined;
    for (const e of list) {
      if (e.folded) continue;
      if (e.marker) units.push({ phrase: [...e.marker], complex: false, standalone: true });
      if (!e.clause) {
        previous = undefined;
        continue;
      }
      const folded = parts.get(e);
      let clause = e.clause;
      // A part told right after its total (1.最低生活保障 under (一)社会救助支出) is told as a part:
      // 其中最低生活保障支出13286.9万元…, never merged with its total as a peer (分别增长3.2%、3.2%).
      if (previous?.clause && e.fact.source.parentRow === previous.fact.row && !folded && within(e.fact, previous.fact)) {
        clause = { fact: clause.fact, head: fill(msg.ofWhich, { parts: clause.head }), tails: clause.tails, partsStart: true };
        if (e.clause.growthOnly) clause.growthOnly = e.clause.growthOnly;
        if (e.clause.verbLead) clause.verbLead = { verb: e.clause.verbLead.verb, rest: e.clause.verbLead.rest };
      }
      previous = e;
      if (folded) {
        const items = folded.map((p) => fill(msg.countItem, { name: ctx.nameOf(p.fact), value: [figurePiece(p.fact.value!, "value")] }));
        // With its parts it is its own statement: no longer merged into a list, a run or a shared growth.
        const tails = [...clause.tails, fill(msg.ofWhich, { parts: join(items, msg.listSep) })];
        // Parts that each moved the same way say so after them: 其中男4390人、女3814人,同比分别下降4%、3.7%.
        const growths = folded.map((p) => p.fact.growth);
        const sign = growths[0] ? percentSign(growths[0], folded[0].fact) : 0;
        if (sign !== 0 && folded.length >= 2 && folded.length <= MAX_EACH_PARTS && folded.every((p, i) => growths[i] && percentSign(growths[i]!, p.fact) === sign && p.fact.basis === folded[0].fact.basis)) {
          tails.push(eachOrSame(growths as Change[], folded[0].fact, ctx, sign));
        }
        clause = { fact: clause.fact, head: clause.head, tails, ...(clause.partsStart ? { partsStart: true } : {}) };
      }
      units.push(unitOf(clause, ctx, e.note ?? []));
    }
    if (units.length === 0) continue;
    const composed = sentences(mergeUnits(units, ctx), ctx);
    const { text, figures } = layout(locale === "en-US" ? composed : separated(composed));
    const written = key === LEAD ? "" : list[0].fact.category;
    const label = locale === "en-US" ? (findCategory(schema, written)?.en ?? written) : written;
    paragraphs.push({ category: simplified(label), heading: "", text: simplified(text), figures: figures.map((f) => ({ ...f, text: simplified(f.text) })) });
    if (key === LEAD) leadParagraphs.add(paragraphs[paragraphs.length - 1]);
  }
  // (A place table's whole is told first; what is left out is still listed in the table's order.)
  if (places) omitted.sort((a, b) => a.row - b.row);
  return { paragraphs: paragraphs.map((p) => ({ ...p, lead: leadParagraphs.has(p) })), omitted };
}

/** A part no larger than its total, in the same dimension (else it is no part to tell as 其中). */
function within(part: Fact, total: Fact): boolean {
  const p = part.value;
  const t = total.value;
  return !!p && !!t && !!p.info && p.info.dimension === t.info?.dimension && inBase(p) <= inBase(t) * (1 + 1e-9);
}

/**
 * A name that ends in a digit or a Latin letter (低保对象2, 慈善信托新增资金A) would run into its
 * figure (低保对象218762人 reads as one number): 为 stands between them (低保对象2为18762人).
 */
function separated(phrase: readonly Piece[]): Piece[] {
  const out = [...phrase];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (typeof a === "string" && typeof b !== "string" && b.role === "value" && /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]$/.test(a) && /^[0-9]/.test(b.text)) out[i] = a + "为";
  }
  return out;
}

function plainFill(template: string, slots: Record<string, string>): string {
  return layout(fill(template, slots)).text;
}
