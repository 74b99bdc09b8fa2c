import { round } from "../facts";
import { growthPhrase } from "../growth";
import { COMPLETION_NAME } from "../kind";
import { fill, type Piece } from "../phrase";
import { benefitAction, completionTail, countName, figurePiece, type Pattern, targetWord } from "./shared";

/**
 * completion — progress against a target:
 * - a completion rate itself (培训完成率 158.5%): 养老服务人才培训完成年度目标的158.5%,超额完成任务;
 * - a task with a target (工作任务 / 全年目标 / 完成进度): 新增农村低保对象211户,完成年度目标的52.8%;
 *   全面完成 at 100%, 超额完成 above it.
 */
export const completion: Pattern = (fact, ctx) => {
  const v = fact.value!;
  const name = ctx.nameOf(fact);
  const tails: Piece[][] = [];
  if (v.info?.dimension === "rate") {
    const subject = name.replace(COMPLETION_NAME, "");
    const head = fill(subject ? ctx.msg.completionOf : ctx.msg.completionOfBare, {
      name: subject,
      target: targetWord(fact, ctx.msg),
      completion: [figurePiece(v, "value")],
    });
    if (round(v.number, v.decimals) > 100) tails.push(fill(ctx.msg.completionOver, { target: ctx.msg.taskTarget }));
    return { fact, head, tails };
  }
  // A task is an action: its figure follows the name, less the 人数/户数 the unit already says.
  const head = fill(ctx.msg.countVerb, { name: benefitAction(name, v, ctx) ?? countName(name).name, value: [figurePiece(v, "value")] });
  if (fact.growth) tails.push(growthPhrase(fact.growth, fact, ctx));
  const done = completionTail(fact, ctx);
  if (done) tails.push(done);
  return { fact, head, tails };
};
