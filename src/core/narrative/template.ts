import type { Fact } from "./facts";
import { growthPhrase, percentText, pointsPhrase } from "./growth";
import type { Clause, PatternContext } from "./patterns";
import { figurePiece } from "./patterns/shared";
import { fill, type FigurePiece, type Piece } from "./phrase";

/**
 * A schema's own sentence for one indicator (`narrative` in the catalogue), e.g.
 * `全市{name}统一提高至{value},{growth}`. Placeholders: {name} {value} {growth} {previous}
 * {target} {completion} (zod checks them when the schema loads). A placeholder with nothing to
 * say that stands alone between commas (`,{growth}`) is dropped with its comma; one inside other
 * words (`由{previous}提高至{value}` without a previous year) would leave a broken sentence, so the
 * kind's own pattern is used instead (undefined is returned).
 * {growth} is the growth wording (同比增长4.8%), or for a rate or share its change in points.
 */
export function templateClause(fact: Fact, template: string, ctx: PatternContext): Clause | undefined {
  const growth: Piece[] | undefined =
    fact.kind === "rate" || fact.kind === "share"
      ? fact.points && pointsPhrase(fact.points, fact, ctx)
      : fact.growth && growthPhrase(fact.growth, fact, ctx);
  let completion: FigurePiece[] | undefined;
  if (fact.completion) {
    const c = fact.completion;
    const p: FigurePiece = { text: percentText(c.number, c.decimals), cell: c.cell, row: c.row, role: "completion" };
    if (c.derivedFrom) p.derivedFrom = c.derivedFrom;
    completion = [p];
  }
  const slots = {
    name: ctx.nameOf(fact),
    value: fact.value && [figurePiece(fact.value, "value")],
    previous: fact.previous && [figurePiece(fact.previous, "previous")],
    target: fact.target && [figurePiece(fact.target, "target")],
    growth,
    completion,
  };
  for (const part of template.split(/[,;，；]/)) {
    const missing = [...part.matchAll(/\{([a-z]+)\}/g)].filter((m) => slots[m[1] as keyof typeof slots] === undefined);
    if (missing.length > 0 && part.replace(/\{[a-z]+\}/g, "").trim() !== "") return undefined;
  }
  const head = fill(template, slots);
  // The template is the whole statement: it is never merged into a list with its neighbours.
  return { fact, head, tails: [] };
}
