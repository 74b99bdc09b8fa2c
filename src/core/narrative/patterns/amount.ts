import { round } from "../facts";
import { growthPhrase } from "../growth";
import { fill, type Piece } from "../phrase";
import { benefitAction, type Clause, completionTail, figurePiece, hasVerb, isAction, leadingVerb, type Pattern, startsWithVerb } from "./shared";

/**
 * amount — a total of money or goods (元, 万元, 亿元):
 * 慈善募捐款物达到4.48亿元,同比增长60% · an action takes the figure directly (筹集公益金2.87亿元,
 * 福彩销售10.02亿元) · a running total (本年累计) says so: 累计发放低保资金6664.1万元.
 */
export const amount: Pattern = (fact, ctx) => {
  // 高龄津贴 in 万元 is 发放高龄津贴, 临时救助 in 万元 临时救助支出: an action with its verb.
  const benefit = benefitAction(ctx.nameOf(fact), fact.value!, ctx);
  const name = benefit ?? ctx.nameOf(fact);
  const value = [figurePiece(fact.value!, "value")];
  // A verb anywhere makes it an action (市慈善总会筹集抗疫资金4500余万元), unless the name ends
  // in a noun of size (慈善信托备案资金总量达到1099.52万元).
  const action = !!benefit || isAction(name) || (hasVerb(name) && !/(总量|总额|规模|余额)$/.test(name));
  // 达到 says it rose to an exact figure: one that fell or held, or 约 a figure, is just stated (低保金5800万元,同比下降6.5%).
  const reached = fact.value!.bound === "exact" && (!fact.growth || round(fact.growth.number, fact.growth.decimals) > 0);
  const key = fact.cumulative
    ? startsWithVerb(name)
      ? "amountCumulativeVerb"
      : "amountCumulativeReached"
    : action
      ? "amountVerb"
      : reached
        ? "amountReached"
        : "amountIs";
  const head = fill(ctx.msg[key], { name, value });
  const tails: Piece[][] = [];
  if (fact.growth) tails.push(growthPhrase(fact.growth, fact, ctx));
  const done = completionTail(fact, ctx);
  if (done) tails.push(done);
  const clause: Clause = { fact, head, tails };
  if (fact.growth && tails.length === 1) clause.growthOnly = fact.growth;
  const verb = key === "amountVerb" ? leadingVerb(name) : undefined;
  if (verb && tails.length === 0 && name.length > verb.length + 1) clause.verbLead = { verb, rest: fill(ctx.msg.amountVerb, { name: name.slice(verb.length), value }) };
  return clause;
};
