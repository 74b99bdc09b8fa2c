import { pointsPhrase } from "../growth";
import { fill, type Piece } from "../phrase";
import { completionTail, figurePiece, type Pattern } from "./shared";

/**
 * rate — a rate of something (覆盖率, 救助及时率; %): 覆盖率达到45%,提高3.2个百分点.
 * Its change is value − previous in 个百分点, never a percentage: a stated growth column is
 * ambiguous for a rate (relative or in points?) and is not repeated.
 */
export const rate: Pattern = (fact, ctx) => {
  const head = fill(ctx.msg.rateReached, { name: ctx.nameOf(fact), value: [figurePiece(fact.value!, "value")] });
  const tails: Piece[][] = [];
  if (fact.points) tails.push(pointsPhrase(fact.points, fact, ctx));
  const done = completionTail(fact, ctx);
  if (done) tails.push(done);
  return { fact, head, tails };
};
