import type { NarrativeMessages } from "../../i18n/narrative.zh-CN";
import type { Change, Fact, Figure } from "../facts";
import { formatFigure, inBase, round } from "../facts";
import { type GrowthContext, percentText } from "../growth";
import { fill, type FigurePiece, type Piece } from "../phrase";

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
}

export type StandardVerb = "Raised" | "Adjusted" | "Kept" | "Is";

export interface PatternContext extends GrowthContext {
  msg: NarrativeMessages;
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
const VERB_AT_START = new RegExp(`^(?:${VERB_ALTERNATION})`);
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
  if (!c) return undefined;
  const target = targetWord(fact, ctx.msg);
  const v = fact.value;
  const t = fact.target;
  const measured = v && t && v.info && t.info && v.info.dimension === t.info.dimension && v.bound === "exact" && t.bound === "exact";
  const below = measured ? inBase(v) < inBase(t) : undefined;
  if ((fact.kind === "rate" || fact.kind === "share") && measured && t.info!.dimension === "rate") {
    return below ? fill(ctx.msg.targetIs, { target, value: [figurePiece(t, "target")] }) : fill(ctx.msg.completionMet, { target });
  }
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

export { completionPiece, targetWord };
