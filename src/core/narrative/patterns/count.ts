import { diffPhrase, growthPhrase } from "../growth";
import { fill, type Piece } from "../phrase";
import { round } from "../facts";
import { simplified } from "../simplified";
import { benefitAction, type Clause, completionTail, countName, figurePiece, leadingVerb, netChange, type Pattern } from "./shared";

/** Units that count events, not a standing number of things: the name is then an action (临时救助391人次). */
const EVENT_UNITS = new Set(["人次", "户次", "家次", "次", "件次", "场次", "批次", "项次", "台次", "处次", "座次", "场", "对", "具", "例", "起"]);

/** The people (or households) the bureau serves or counts: 低保对象, 特困人员, 老年人口, 孤儿, 低保户数. */
const CASELOAD = /(对象|人员|人口|老年人|老人|儿童|孤儿|残疾人|群众|家庭|户|户数|人数)$/;

function isCaseload(name: string, v: { info: { dimension: string } | null }): boolean {
  const dim = v.info?.dimension;
  return (dim === "persons" || dim === "households") && CASELOAD.test(simplified(name));
}

/**
 * count — persons, households, things (人, 户, 个, 家):
 * - an action takes its figure directly: 新增农村低保对象211户, 建成农村幸福院763处, 临时救助391人次;
 * - a standing number with nothing to compare: 共有A10家、B27个 (neighbours share 共有);
 * - compared with last year: 慈善组织数量达到112家,新增30家,同比增长36.6%.
 */
export const count: Pattern = (fact, ctx) => {
  const signed = netChange(ctx.nameOf(fact), fact.value!);
  const v = signed.value;
  // 高龄津贴 in 人: 发放高龄津贴31208人, an action (never 高龄津贴达到31208人).
  const benefit = benefitAction(signed.name, v, ctx);
  const full = benefit ?? signed.name;
  const shaped = benefit ? { name: benefit, action: true } : countName(full);
  const value = [figurePiece(v, "value")];
  const action = shaped.action || (v.info !== null && EVENT_UNITS.has(v.info.scaled ? v.info.unit.replace(/^(千万|百万|千|万|亿)/, "") : v.info.unit));
  const done = completionTail(fact, ctx);
  const tails: Piece[][] = [];
  if (action) {
    if (fact.growth) tails.push(growthPhrase(fact.growth, fact, ctx));
    if (done) tails.push(done);
    const clause: Clause = { fact, head: fill(ctx.msg.countVerb, { name: shaped.name, value }), tails };
    if (fact.growth && tails.length === 1) clause.growthOnly = fact.growth;
    const verb = leadingVerb(shaped.name);
    if (verb && tails.length === 0 && shaped.name.length > verb.length + 1) {
      clause.verbLead = { verb, rest: fill(ctx.msg.countVerb, { name: shaped.name.slice(verb.length), value }) };
    }
    return clause;
  }
  if (fact.growth || done) {
    // (A net change below zero has no change of its own to tell: 净减少65户 is all.)
    const diff = fact.previous && v === fact.value ? diffPhrase(v, fact.previous, ctx) : undefined;
    if (diff) tails.push(diff);
    // A growth that rounds to nothing beside a count that moved (新增1人,与上年持平) contradicts it: the count says it.
    if (fact.growth && !(diff && round(fact.growth.number, fact.growth.decimals) === 0)) tails.push(growthPhrase(fact.growth, fact, ctx));
    if (done) tails.push(done);
    // 达到 says it rose to the figure: a count that fell or held is just stated (养老机构80家,减少2家).
    // A caseload (低保对象, 特困人员, 老年人口) is no attainment either way: it is stated as it stands,
    // rising or falling alike (特困人员3812人,增加22人 beside 低保对象18762人,减少411人).
    const rose = v.bound === "exact" && !isCaseload(full, v) && (!fact.previous || !fact.growth || Math.round(fact.growth.number * 10 ** fact.growth.decimals) > 0);
    return { fact, head: fill(rose ? ctx.msg.countReached : ctx.msg.countVerb, { name: full, value }), tails };
  }
  const item = fill(ctx.msg.countItem, { name: shaped.name, value });
  return { fact, head: fill(ctx.msg.countTotal, { items: item }), tails, list: { template: "countTotal", item } };
};
