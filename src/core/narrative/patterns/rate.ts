import { round } from "../facts";
import { pointsPhrase } from "../growth";
import { fill, type Piece } from "../phrase";
import { completionTail, figurePiece, type Pattern, rateAgainstRate } from "./shared";

/**
 * rate — a rate of something (覆盖率, 救助及时率; %): 覆盖率达到45%,提高3.2个百分点.
 * Its change is value − previous in 个百分点, never a percentage: a stated growth column is
 * ambiguous for a rate (relative or in points?) and is not repeated.
 */
/** A rate named by its change (平均提高, 增幅, 增速): its figure follows the name, never 达到. */
const CHANGE_NAME = /(提高|提升|增长|增加|增幅|增速|涨幅|下降|降低|降幅|减少)$/;

export const rate: Pattern = (fact, ctx) => {
  const name = ctx.nameOf(fact);
  // 达到 says it rose to an exact figure; one that fell or held (or 80%以上) is 为.
  const rose = fact.value!.bound === "exact" && fact.value!.number !== 0 && (!fact.points || round(fact.points.number, fact.points.decimals) > 0);
  // Against a target rate it is 为, and the tail says whether the target is met.
  const key = CHANGE_NAME.test(name) ? "rateOfChange" : rose && !rateAgainstRate(fact) ? "rateReached" : "shareIs";
  const head = fill(ctx.msg[key], { name, value: [figurePiece(fact.value!, "value")] });
  const tails: Piece[][] = [];
  if (fact.points) tails.push(pointsPhrase(fact.points, fact, ctx));
  const done = completionTail(fact, ctx);
  if (done) tails.push(done);
  return { fact, head, tails };
};
