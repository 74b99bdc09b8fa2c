import { pointsPhrase } from "../growth";
import { fill, type Piece } from "../phrase";
import { completionTail, figurePiece, type Pattern } from "./shared";

/**
 * share — part of a whole (占比, 比重; 0–100%): 护理型床位占比为55%,提高2.1个百分点.
 * Like a rate, its change is in 个百分点, never %.
 */
export const share: Pattern = (fact, ctx) => {
  const head = fill(ctx.msg.shareIs, { name: ctx.nameOf(fact), value: [figurePiece(fact.value!, "value")] });
  const tails: Piece[][] = [];
  if (fact.points) tails.push(pointsPhrase(fact.points, fact, ctx));
  const done = completionTail(fact, ctx);
  if (done) tails.push(done);
  return { fact, head, tails };
};
