import type { Fact } from "./facts";
import { round } from "./facts";
import { eachOrSame, growthEachPhrase, growthPhrase, percentSign } from "./growth";
import type { Clause, PatternContext } from "./patterns";
import { fill, join, merge, type Piece } from "./phrase";

/**
 * How the clauses of one category flow into sentences, as the seed reports write them:
 * - parallel standards are said together: `A提高至X,B提高至Y,同比均增长4.8%` when they rose by
 *   the same, `A、B分别为X、Y` when nothing is compared;
 * - standing counts share their lead word: `共有A10家、B27个`; actions their verb: `保障城乡低保18.8万人,
 *   特困人员3.8万人`;
 * - two figures that both rose (or both fell) share the growth: `销售福利彩票4.7亿元,筹集公益金1.45亿元,
 *   同比分别增长18%、30%`;
 * - 其中 parts follow their total: `社会组织总数达到1280个,…,其中社会团体600个、基金会25个`;
 * - simple statements (a figure and nothing else) run on with `,`, up to three a sentence;
 *   statements with a growth or a completion stand in pairs joined with `;`; each sentence ends `。`;
 * - a marker (【待核实…】) stands between sentences, where the row would have been.
 * Deterministic: the same clauses in the same order give the same text.
 */

/** A clause, a marker (in place of a row that cannot be stated), or a merged run of clauses. */
export interface Unit {
  phrase: Piece[];
  complex: boolean;
  /** A marker: stands between sentences on its own, without punctuation of its own. */
  standalone?: boolean;
  /** The clause it came from, while it may still merge with its neighbours. */
  clause?: Clause;
}

const MAX_SIMPLE = 3;
const MAX_COMPLEX = 2;
const MAX_LIST = 5;
/** Parallel figures sharing one 分别增长: the seeds pair two; three in a row read as a table. */
const MAX_EACH = 2;
const MAX_EACH_STANDARD = 3;

/** A clause as a unit; with a suffix (a warning's marker) it no longer merges with its neighbours. */
function unitOf(c: Clause, ctx: PatternContext, suffix: Piece[] = []): Unit {
  const u: Unit = { phrase: merge([...join([c.head, ...c.tails], ctx.msg.clauseSep), ...suffix]), complex: c.tails.length > 0 };
  if (suffix.length === 0) u.clause = c;
  return u;
}

function sameGrowth(a: Fact, b: Fact): boolean {
  const ga = a.growth;
  const gb = b.growth;
  if (!ga || !gb) return !ga && !gb;
  const d = Math.max(ga.decimals, gb.decimals);
  return a.basis === b.basis && round(ga.number, d) === round(gb.number, d) && !a.exactlyDoubled && !b.exactlyDoubled;
}

/**
 * Two figures a reader takes as a pair under one 分别增长: of one measure (销售福利彩票4.7亿元,筹集公益金
 * 1.45亿元) or of one subject (临时救助1206人次,临时救助资金318.6万元). Persons beside money of
 * another subject (特困供养资金6352.8万元,临时救助6734人次) are two statements, each with its growth.
 */
function related(a: Fact, b: Fact): boolean {
  const da = a.value?.info?.dimension;
  if (da && da === b.value?.info?.dimension) return true;
  return sharesWords(a.name, b.name, 3);
}

/** Whether two names have `n` characters in a row in common. */
function sharesWords(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) if (b.includes(a.slice(i, i + n))) return true;
  return false;
}

/**
 * A run of ≥2 standards with the same verb, said once: with the same growth as seed 000 does
 * (`A提高至X,B提高至Y,同比均增长4.8%`), with different growths of one direction as seed 003
 * does (`A、B分别提高至X、Y,同比分别增长a%、b%`), without growth `A、B分别为X、Y`.
 */
function standardRun(run: Clause[], ctx: PatternContext): Unit {
  const first = run[0];
  const s = first.standard!;
  const names = join(
    run.map((c) => c.standard!.name),
    ctx.msg.listSep,
  );
  const values = join(
    run.map((c) => c.standard!.value),
    ctx.msg.listSep,
  );
  if (s.growth && !run.every((c) => sameGrowth(first.fact, c.fact))) {
    const each = growthEachPhrase(
      run.map((c) => c.standard!.growth!),
      first.fact,
      ctx,
      percentSign(s.growth, first.fact) as 1 | -1,
    );
    return { phrase: join([fill(ctx.msg[`standardList${s.verb}`], { names, values }), each], ctx.msg.clauseSep), complex: true };
  }
  if (s.growth) {
    const heads = join(
      run.map((c) => c.head),
      ctx.msg.clauseSep,
    );
    const phrase = join([heads, growthPhrase(s.growth, first.fact, ctx, true)], ctx.msg.clauseSep);
    return { phrase, complex: true };
  }
  return { phrase: fill(ctx.msg[`standardList${s.verb}`], { names, values }), complex: false };
}

/** Whether a run of standards may be said as one: same verb, and one growth for all or one direction each. */
function joinable(run: Clause[]): boolean {
  const a = run[0];
  if (!run.every((c) => c.standard && c.tails.length === (c.standard.growth ? 1 : 0) && c.standard.verb === a.standard!.verb)) return false;
  if (run.every((c) => sameGrowth(a.fact, c.fact))) return true;
  const g = a.standard!.growth;
  if (!g) return false;
  const sign = percentSign(g, a.fact);
  // 分别增长 lists two or three, as the seeds do; more read as a table.
  return sign !== 0 && run.length <= MAX_EACH_STANDARD && run.every((c) => c.standard!.growth && c.fact.basis === a.fact.basis && percentSign(c.standard!.growth, c.fact) === sign);
}

/** Merges runs of standards and of shared-lead lists; everything else passes through. */
export function mergeUnits(units: Unit[], ctx: PatternContext): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    const c = u.clause;
    if (c?.standard && c.tails.length === (c.standard.growth ? 1 : 0)) {
      const run = [c];
      let j = i + 1;
      while (j < units.length && units[j].clause && !units[j].clause!.partsStart && run.length < MAX_LIST && joinable([...run, units[j].clause!])) run.push(units[j++].clause!);
      if (run.length > 1) {
        out.push(standardRun(run, ctx));
        i = j;
        continue;
      }
    }
    if (c?.list && c.tails.length === 0) {
      const items = [c.list.item];
      let j = i + 1;
      while (j < units.length && items.length < MAX_LIST) {
        const n = units[j].clause;
        if (!n?.list || n.partsStart || n.tails.length > 0 || n.list.template !== c.list.template) break;
        items.push(n.list.item);
        j++;
      }
      if (items.length > 1) {
        out.push({ phrase: fill(ctx.msg[c.list.template], { items: join(items, ctx.msg.listSep) }), complex: false });
        i = j;
        continue;
      }
    }
    if (c?.verbLead && c.tails.length === 0) {
      const verb = c.verbLead.verb;
      const phrases: Piece[][] = [[...c.head]];
      let j = i + 1;
      while (j < units.length && phrases.length < MAX_SIMPLE) {
        const n = units[j].clause;
        if (!n?.verbLead || n.partsStart || n.tails.length > 0 || n.verbLead.verb !== verb) break;
        phrases.push([...n.verbLead.rest]);
        j++;
      }
      if (phrases.length > 1) {
        out.push({ phrase: join(phrases, ctx.msg.clauseSep), complex: false });
        i = j;
        continue;
      }
    }
    if (c?.growthOnly && c.tails.length === 1) {
      const sign = percentSign(c.growthOnly, c.fact);
      const run = [c];
      let j = i + 1;
      while (j < units.length && run.length < MAX_EACH) {
        const n = units[j].clause;
        if (!n?.growthOnly || n.partsStart || n.tails.length !== 1 || n.fact.basis !== c.fact.basis || percentSign(n.growthOnly, n.fact) !== sign || !related(c.fact, n.fact)) break;
        run.push(n);
        j++;
      }
      if (sign !== 0 && run.length > 1) {
        // Seed 002: 销售福利彩票4.7亿元,筹集公益金1.45亿元,同比分别增长18%、30%.
        const heads = join(
          run.map((r) => r.head),
          ctx.msg.clauseSep,
        );
        const each = eachOrSame(
          run.map((r) => r.growthOnly!),
          c.fact,
          ctx,
          sign,
        );
        out.push({ phrase: join([heads, each], ctx.msg.clauseSep), complex: true });
        i = j;
        continue;
      }
    }
    out.push(u);
    i++;
  }
  return out;
}

/** Sentences from units: simple ones run on with `,`, complex ones pair up with `;`. */
export function sentences(units: Unit[], ctx: PatternContext): Piece[] {
  const out: Piece[][] = [];
  let cur: Unit[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    const sep = cur[0].complex ? ctx.msg.complexSep : ctx.msg.clauseSep;
    const sentence = merge([...join(
      cur.map((u) => u.phrase),
      sep,
    ), ctx.msg.sentenceEnd]);
    const first = sentence[0];
    if (ctx.msg.sentenceCase === "capitalize" && typeof first === "string") sentence[0] = first.charAt(0).toUpperCase() + first.slice(1);
    out.push(sentence);
    cur = [];
  };
  for (const u of units) {
    if (u.standalone) {
      flush();
      out.push([...u.phrase]);
      continue;
    }
    if (cur.length > 0 && (cur[0].complex !== u.complex || cur.length >= (u.complex ? MAX_COMPLEX : MAX_SIMPLE))) flush();
    cur.push(u);
  }
  flush();
  return join(out, ctx.msg.space);
}

export { unitOf };
