import type { Locale } from "../../findings/types";
import type { NarrativeMessages } from "../../i18n/narrative.zh-CN";
import type { Change, Fact, Figure } from "../facts";
import { formatFigure, inBase, round } from "../facts";
import { type GrowthContext, percentText } from "../growth";
import { fill, type FigurePiece, type Piece } from "../phrase";
import { narrativeWords } from "../words";

/**
 * What every pattern returns: the clause that states one row, in pieces the composer can join
 * with its neighbours. Patterns decide the words; `compose` decides how clauses flow together.
 */
export interface Clause {
  fact: Fact;
  /** The statement itself: 低保标准提高至1100元/月. */
  head: Piece[];
  /** Sub-clauses after it, each joined with a comma: 同比增长4.8%, 完成年度目标的52.8%. */
  tails: Piece[][];
  /** A head that may share its lead word with neighbours: 共有{items} → 共有A10家、B27个. */
  list?: { template: keyof NarrativeMessages; item: Piece[] };
  /** A standard's parts, so that a run of standards can be said once: A、B分别提高至X、Y. */
  standard?: { verb: StandardVerb; name: Piece[]; value: Piece[]; growth?: Change };
  /** Set when the only tail is the growth in %: neighbours may share it (同比分别增长18%、30%). */
  growthOnly?: Change;
  /** An action with nothing after it, and the same without its verb: 保障城乡低保18.8万人,特困人员3.8万人. */
  verbLead?: { verb: string; rest: Piece[] };
  /** The first part told after its total (其中…): it may lead a run of its siblings, never follow its total in one. */
  partsStart?: boolean;
}

export type StandardVerb = "Raised" | "Adjusted" | "Kept" | "Is";

export interface PatternContext extends GrowthContext {
  msg: NarrativeMessages;
  /** The output language (zh-CN when absent): Chinese names are reworded only in Chinese. */
  locale?: Locale;
  /** The indicator's name as it reads in the output language. */
  nameOf(fact: Fact): string;
}

export type Pattern = (fact: Fact, ctx: PatternContext) => Clause;

/** A figure piece for a cell's figure, written as the table wrote it. */
export function figurePiece(f: Figure, role: FigurePiece["role"]): FigurePiece {
  return { text: formatFigure(f), cell: f.cell, row: f.row, role };
}

/**
 * Verbs that make an indicator's name an action (新增农村低保对象, 临时救助, 福彩销售): such a
 * name takes its figure directly (新增农村低保对象211户) instead of 达到 or 共有.
 * Hand-written: no library lists the verbs of civil-affairs reporting.
 */
const VERBS = [
  "新增", "新建", "新改建", "改扩建", "改建", "扩建", "火化", "注销", "核销", "建成", "建设", "完成", "实施", "开展", "发放", "筹集", "募集", "支出", "投入", "拨付", "下达",
  "争取", "减免", "救助", "资助", "帮扶", "慰问", "探访", "培训", "培育", "打造", "创建", "改造", "安装", "核准",
  "认定", "办理", "登记", "收集", "引入", "动员", "清理", "整治", "累计", "保障", "提供", "接收", "救治", "安置",
  "纳入", "惠及", "出台", "制定", "评选", "孵化", "设立", "举办", "召开", "开通", "落实", "走访", "排查",
  "回应", "审核", "审批", "注册", "选派", "签订", "化解", "调处", "受理", "服务", "帮助", "解决", "成立", "购买",
  "兑现", "销售", "助学", "捐赠", "捐助", "赔付", "补助", "参与", "接待", "护理", "供养", "养育", "收养",
  "劝散", "取缔", "打击", "查处", "搬迁", "规范", "命名", "采集", "备案", "督查", "表彰", "拆除", "撤销", "提升",
  "建立", "联检", "设置", "整改", "巡查", "上图", "净增", "净减少", "减少", "发布", "发现", "检查", "激活", "入库", "实现",
];
// One pass over the name instead of one per verb (the verbs are plain CJK words: no escaping needed).
const VERB_ALTERNATION = VERBS.join("|");
// 新 before a verb (新登记社会组织, 新注册志愿者, 新认定): what was done in the period, a flow.
const VERB_AT_START = new RegExp(`^新?(?:${VERB_ALTERNATION})`);
const VERB_AT_END = new RegExp(`(?:${VERB_ALTERNATION})$`);
const VERB_ANYWHERE = new RegExp(VERB_ALTERNATION);
const COUNT_SUFFIX = /(户数|人数|个数|家数|数量|总数|总量|人次数|次数|数)$/;

export function startsWithVerb(name: string): boolean {
  return VERB_AT_START.test(name);
}
export function endsWithVerb(name: string): boolean {
  return VERB_AT_END.test(name);
}
/** An action (新增…, …销售, …救助): the figure follows the name directly. */
export function isAction(name: string): boolean {
  return startsWithVerb(name) || endsWithVerb(name);
}
/** The verb an action's name starts with (the longest that fits), or undefined. */
export function leadingVerb(name: string): string | undefined {
  let best: string | undefined;
  for (const v of VERBS) if (name.charCodeAt(0) === v.charCodeAt(0) && name.startsWith(v) && (!best || v.length > best.length)) best = v;
  return best;
}

/**
 * Verbs that make a name an action wherever they stand (农村福利院安装空调, 专项整治发现整改问题):
 * unlike 服务, 登记 or 供养 they do not also form nouns (养老服务机构, 婚姻登记机关, 特困供养人员).
 */
const ACTION_ANYWHERE = new RegExp(
  ["新增", "净增", "建成", "开展", "发放", "筹集", "募集", "拨付", "赔付", "安装", "发布", "发现", "检查", "排查", "整改", "清理", "走访", "慰问", "举办", "召开", "受理", "救治", "劝散", "取缔", "查处", "搬迁", "拆除", "撤销"].join("|"),
);

/** Names of who or where, whatever verb they hold (两项补贴发放对象, 救助管理机构, 福彩销售站点). */
const WHO_OR_WHERE = /(对象|人员|人口|家庭|群众|老人|儿童|机构|站点|站|中心|组织)$/;

/** A verb anywhere in the name (市慈善总会筹集抗疫资金, 慈善信托新增资金). */
export function hasVerb(name: string): boolean {
  return VERB_ANYWHERE.test(name);
}

/**
 * A count's name without the 数/数量/户数 that the unit already says: 善居工程完成户数 → 善居工程完成
 * (an action: 善居工程完成325户), 慈善组织数量 → 慈善组织 (共有慈善组织112家).
 */
export function countName(name: string): { name: string; action: boolean } {
  const m = COUNT_SUFFIX.exec(name);
  if (m && m.index > 0) {
    const stem = name.slice(0, m.index);
    if (VERB_ANYWHERE.test(stem)) return { name: stem, action: true };
    return { name: stem, action: isAction(stem) };
  }
  return { name, action: isAction(name) || (ACTION_ANYWHERE.test(name) && !WHO_OR_WHERE.test(name)) };
}

/** An allowance paid out (高龄津贴, 经济困难老年人补贴, 孤儿基本生活费), with the 资金 a money row may add. */
const ALLOWANCE = /(?:津贴|补贴|补助|生活费|抚恤金|救助金)(?:资金|金额|经费)?$/;
/** An aid programme (最低生活保障, 临时救助, 特困人员救助供养): in money, what it spent. */
const AID_PROGRAMME = /(?:救助|保障|供养)$/;
/** A name that says who receives the allowance (经济困难老年人补贴): those counted 享受 it. */
const RECIPIENTS = /(?:老年人|老人|儿童|孤儿|残疾人|人员|对象|群众|家庭|退役军人)/;
/** A name that already says what was done with the money. */
const PAID_OR_SPENT = /(?:发放|支出|拨付|享受|兑现|下达|投入)/;

/**
 * A benefit or a spending item as a report says it, with the verb its figure needs: an allowance
 * is 发放 (发放高龄津贴31208人, 发放高龄津贴2586.4万元), or 享受 by the persons its name names
 * (享受经济困难老年人补贴2715人); an aid programme in money is what it spent (临时救助支出865.3万元,
 * 最低生活保障支出13286.9万元). Never 高龄津贴达到31208人: a benefit is not a stock of people.
 * Undefined for any other name, a name that already has its verb, and in English.
 */
export function benefitAction(name: string, value: Figure, ctx: Pick<PatternContext, "locale">): string | undefined {
  if (ctx.locale === "en-US" || PAID_OR_SPENT.test(name) || startsWithVerb(name)) return undefined;
  const dim = value.info?.dimension;
  if (dim === "money") {
    if (ALLOWANCE.test(name)) return "发放" + name.replace(/(?:资金|金额|经费)$/, "");
    if (AID_PROGRAMME.test(name)) return name + "支出";
    return undefined;
  }
  if ((dim === "persons" || dim === "households") && ALLOWANCE.test(name) && !/(?:资金|金额|经费)$/.test(name)) return (RECIPIENTS.test(name) ? "享受" : "发放") + name;
  return undefined;
}

/** Names of a change that went up (净增, 新增, 增加) and what they say when it went down. */
const NET_UP = /^(净增加|净增|新增|增加)|(净增加|净增|新增|增加)$/;
const NET_DOWN: Record<string, string> = { 净增加: "净减少", 净增: "净减少", 新增: "减少", 增加: "减少" };

/**
 * A change written below zero (净增 −65户) as a report says it: 净减少65户. Any other negative
 * figure is left as written (the checks report it).
 */
export function netChange(name: string, value: Figure): { name: string; value: Figure } {
  const m = value.number < 0 ? NET_UP.exec(name) : null;
  if (!m) return { name, value };
  const word = m[1] ?? m[2];
  const renamed = m[1] ? NET_DOWN[word] + name.slice(word.length) : name.slice(0, m.index) + NET_DOWN[word];
  return { name: renamed, value: { ...value, number: -value.number } };
}

/** The target's word: 全年目标 when the column says 全年, else 年度目标. */
function targetWord(fact: Fact, msg: NarrativeMessages): string {
  return fact.fullYearTarget ? msg.fullYearTarget : msg.annualTarget;
}

function completionPiece(c: Change): FigurePiece {
  const p: FigurePiece = { text: percentText(c.number, c.decimals), cell: c.cell, row: c.row, role: "completion" };
  if (c.derivedFrom) p.derivedFrom = c.derivedFrom;
  return p;
}

/**
 * 完成年度目标的52.8% / 全面完成年度目标 / 超额完成年度目标,完成率158.5%. Whether the target is
 * met is told from the figures when the row has both (19990 of 20000 rounds to 100.0% but is
 * 99.95%, not 全面完成). A rate or share against a target rate says the target (年度目标为85%):
 * one rate as a percentage of another means nothing.
 */
export function completionTail(fact: Fact, ctx: PatternContext): Piece[] | undefined {
  const c = fact.completion;
  const target = targetWord(fact, ctx.msg);
  const v = fact.value;
  const t = fact.target;
  const words = narrativeWords(ctx.locale);
  // A threshold (≥95%, 2700人以上, 不少于500) is met or not: said so, with the threshold as a plain figure.
  const threshold = t?.bound === "over";
  const measured = v && t && v.info && t.info && v.info.dimension === t.info.dimension && v.bound === "exact" && (t.bound === "exact" || threshold);
  const below = measured ? inBase(v) < inBase(t) : undefined;
  const above = measured ? inBase(v) > inBase(t) : undefined;
  const targetPiece = () => [figurePiece({ ...t!, bound: "exact" }, "target")];
  if (rateAgainstRate(fact)) {
    // One rate as a percentage of another means nothing: 高于95%的年度目标 / 达到年度目标 / 低于95%的年度目标.
    if (below) return fill(words.belowTarget, { target, value: targetPiece() });
    if (above) return fill(words.aboveTarget, { target, value: targetPiece() });
    return fill(ctx.msg.completionMet, { target });
  }
  if (measured && threshold) {
    if (above) return fill(words.exceedsTarget, { target, value: targetPiece() });
    if (!below) return fill(ctx.msg.completionMet, { target });
    // Short of a threshold: how far along, when the table says it (完成年度目标的52%), else that it is short.
    if (!c) return fill(words.belowTarget, { target, value: targetPiece() });
  }
  if (!c) return undefined;
  let shown = round(c.number, c.decimals);
  if (below && shown >= 100) {
    // Short of the target however it rounds (a stated 100 too): from the figures, with as many
    // decimals as it takes to show it (19990 of 20000: 99.95%).
    const exact = (inBase(v!) / inBase(t!)) * 100;
    let d = Math.max(1, c.decimals);
    while (d < 4 && round(exact, d) >= 100) d++;
    return fill(ctx.msg.completionOfBare, { target, completion: [completionPiece({ ...c, number: exact, decimals: d, derivedFrom: [v!.cell, t!.cell] })] });
  }
  if (shown > 100) return fill(ctx.msg.completionOverRate, { target, completion: [completionPiece(c)] });
  if (shown === 100) return fill(ctx.msg.completionFull, { target });
  return fill(ctx.msg.completionOfBare, { target, completion: [completionPiece(c)] });
}

/**
 * A rate or share with a target rate it is measured against (exact or a threshold: 100%, ≥95%):
 * its sentence says 为 and how it stands against the target (高于/低于…的年度目标), never 达到,
 * which would hide a target missed.
 */
export function rateAgainstRate(fact: Fact): boolean {
  const v = fact.value;
  const t = fact.target;
  return (fact.kind === "rate" || fact.kind === "share") && !!v && !!t && v.info?.dimension === "rate" && t.info?.dimension === "rate" && v.bound === "exact" && (t.bound === "exact" || t.bound === "over");
}

export { completionPiece, targetWord };
