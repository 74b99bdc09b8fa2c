import { inBase } from "../facts";
import { growthPhrase } from "../growth";
import { fill, type Piece } from "../phrase";
import { type Clause, completionTail, figurePiece, type Pattern, type StandardVerb } from "./shared";

/**
 * standard — a payment level (低保标准, 特困人员基本生活标准; 元/月):
 * 低保标准提高至1100元/月,同比增长4.8% · 调整为 (lowered) · 为…,与上年持平 (unchanged) · 为 (no comparison).
 * 提高至 states the new level (to), the growth states the size of the rise (by).
 */
export const standard: Pattern = (fact, ctx) => {
  const value = fact.value!;
  const name = ctx.nameOf(fact);
  const g = fact.growth;
  let verb: StandardVerb = "Is";
  const prev = fact.previous;
  const direction = prev && prev.info?.dimension === value.info?.dimension ? Math.sign(inBase(value) - inBase(prev)) : g ? Math.sign(g.number) : undefined;
  if (direction !== undefined) verb = direction > 0 ? "Raised" : direction < 0 ? "Adjusted" : "Kept";
  const valuePiece = [figurePiece(value, "value")];
  // 保持 beside 与上年持平 says the same twice: a level that held is 为, and the tail says it held.
  const said = verb === "Kept" && g ? "Is" : verb;
  const head = fill(ctx.msg[`standard${said}`], { name, value: valuePiece });
  const tails: Piece[][] = [];
  if (g) tails.push(growthPhrase(g, fact, ctx));
  const done = completionTail(fact, ctx);
  if (done) tails.push(done);
  const clause: Clause = { fact, head, tails, standard: { verb, name: [name], value: valuePiece } };
  if (g) clause.standard!.growth = g;
  return clause;
};
