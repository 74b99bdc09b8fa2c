import { CN_DIGITS, CN_SCALES, codeSet, isAsciiLetter, isDigit, isHan, isSentenceEndCode, isSpace, WordList } from "../chars";
import { isShielded, type TextDocument } from "../document";
import { hitAt, type Hit, type TextRule } from "../rule";
import { type Mention, previousNonSpace, unitAt } from "../scan";

/**
 * unit-without-number: a scale or unit with nothing to measure — `筹集民生保障资金亿元`,
 * `志愿者人数达万人`, `占地面积约亩`, `规划建筑面积㎡`, `提高到元/月`, `累计救助人次,`. The number
 * was deleted or never typed.
 *
 * Not defects: 万/亿 that are themselves the number (`近万人`, `数万元`, `上亿元`, `百万元`,
 * `万元以上的支出`, `亿元级项目`), per-unit
 * rates (`每万名老年人`), unit labels (`(万元)`, `单位:万元`, `元/平方米`), a unit column
 * copied out of a table with its value after it (`床位万张11.8`), and fixed words (`千家万户`,
 * `万元户`, `万家`), campaign slogans built on a parallel 万 (`万名党员进万家`, `万人助万企`), and 万名
 * before a group of people as the round "ten thousand" of a campaign (`组织万名志愿者结对帮扶`).
 * 约 straight before 万元/亿元 (`投资约万元`) is a dropped number, not "about ten thousand yuan"
 * (reports write 约1万元), except after the words that end in 约 (签约, 合约, 履约 …).
 *
 * In a list of counts, an item that keeps its name and its count unit but lost its number —
 * `困难残疾人4020名,重度残疾人名`, `市级4批次、区级批次`, `结婚登记3120对,离婚登记对` — is found by
 * its sibling: see `droppedListItems`.
 */

/** Before 万/亿 these make it a number: 近万人 (nearly ten thousand), 数万元, 上亿元, 每万人. */
const SCALE_AS_NUMBER = "数几上近逾成过破超余多约每好千百十两" + CN_DIGITS + CN_SCALES;
/** Before any unit these make it a label, not a figure: (万元), 单位:万元, 金额单位：万元, 元/平方米. */
const LABEL_BEFORE = "(（【[/:：";
const IDIOMS = ["千家万户", "千村万户", "万元户", "万人空巷", "万家", "万众", "万无一失", "亿万", "万人计划", "万元GDP", "万元生产总值", "万元产值", "万亩良田", "万亩茶园", "万亩基地"];
/** Area units that stand alone only where the number is missing. */
const AREA_UNITS = ["平方公里", "平方米", "公顷", "㎡", "m²"];
const AREA_FIRST = AREA_UNITS.map((u) => u[0]).join("");
/** `亩` and `元` are also word parts (亩均, 每亩, 元旦, 单元); only these words before them expect a number. */
const EXPECTS_NUMBER = [
  "大约", "约", "面积", "占地", "共计", "合计", "总计", "达到", "达", "为", "到", "至", "近", "超过", "逾", "投资", "资金", "金额", "经费", "费用", "筹资", "补贴", "标准",
  "补助", "奖励", "资助", "减免", "下拨", "募集", "发放",
];
/** Words ending in 约 that are not "about": `签约亿元项目`, `签约家庭医生`, `预约人数`, `村规民约`, `节约`. */
const YUE_WORDS = "签合条契预公履违缔解续租婚聘立特制民节邀践守";
/** Money with a scale word fused in, which 约 straight before means a lost number. */
const SCALED_MONEY = ["万元", "亿元", "萬元", "億元"];
/**
 * `组织万名志愿者`, `万名党员干部下基层`: 万名 straight before a group of people is the round figure
 * "ten thousand" of a campaign, not a scale word that lost its number — unless a word that announces
 * a figure stands before it (`志愿者达万名`, `共万名党员`).
 */
const CAMPAIGN_GROUPS = ["党员", "干部", "志愿者", "群众", "职工", "员工", "青年", "社工", "老人", "儿童", "学生", "教师", "医生", "医护", "护理员", "网格员", "社区工作者", "妇女", "农民", "村民", "居民", "代表", "专家", "爱心人士", "义工", "家庭"];
const FIGURE_BEFORE = "达为共计到至有增近约超逾及";

/** What follows a per-ten-thousand rate's 万人/万名: its people, then 拥有 (万名老年人拥有养老床位). */
const PER_RATE = /^[\u4e00-\u9fff]{0,6}拥有/;

/** How far a slogan's parallel 万 may stand (`万名党员进万家`). */
const SLOGAN_REACH = 8;

/**
 * `万名党员进万家`, `千名干部联万户`: another bare 万 (no number before it) stands within the clause,
 * after the unit or before the scale word: the parallel of a slogan.
 */
function slogan(text: string, at: number, end: number): boolean {
  const bare = (k: number) => text[k] === "万" && !isNumberChar(text[k - 1] ?? "");
  for (let k = end; k < text.length && k < end + SLOGAN_REACH; k++) {
    if (CLAUSE_MARKS.includes(text[k])) break;
    if (bare(k)) return true;
  }
  for (let k = at - 1; k >= 0 && k >= at - SLOGAN_REACH; k--) {
    if (CLAUSE_MARKS.includes(text[k])) break;
    if (bare(k)) return true;
  }
  return false;
}

function endsWithAny(text: string, end: number, words: readonly string[]): boolean {
  return words.some((w) => end - w.length >= 0 && text.startsWith(w, end - w.length));
}

/** 《titles》, page furniture and “slogans” (`“万人助万企”`) hold names, not figures. */
function quietAt(doc: TextDocument, at: number): boolean {
  return isShielded(doc, at) || doc.quotes.has(at) || namedAsUnit(doc.text, at);
}

/** How far back in its clause a unit may be named as a unit (`金额单位除注明外均为万元`). */
const UNIT_NAMING_REACH = 12;

/**
 * A unit named as the unit of what follows, not a figure: `单位为万元`, `计量单位为万元`,
 * `(文中金额单位除注明外均为万元)`, `标准单位为元/人·月` (单位 earlier in its clause, 为 or 是 right
 * before the unit), and `以万元为单位`
 * (以 before it, 为单位 after it). `单位:万元` is a label already (LABEL_BEFORE). Also the units a
 * caption lists after it (`单位:人、万元`) and precision notes (`精确到万元`, `金额以亿元计`).
 */
function namedAsUnit(text: string, at: number): boolean {
  // (Read by code: every figure's unit is asked this, and a CJK character read as a string is an allocation.)
  for (let k = at - 1; k >= 0 && k >= at - UNIT_NAMING_REACH; k--) {
    const c = text.charCodeAt(k);
    if (isClauseMark(c) || c === 0x3002) break; // 。
    // (`成员单位增至个` names units of an organisation, and lost its number.)
    if (c === 0x4f4d && text.charCodeAt(k - 1) === 0x5355) return text[at - 1] === "为" || text[at - 1] === "是"; // 位, 单
  }
  if (inUnitCaption(text, at) || precisionNote(text, at)) return true;
  if (text.charCodeAt(at - 1) !== 0x4ee5) return false; // 以
  let end = at;
  while (end < text.length && end < at + 8 && !isClauseMark(text.charCodeAt(end)) && !text.startsWith("为单位", end)) end++;
  return text.startsWith("为单位", end);
}

/** How many units a caption may list (`计量单位:张、人、万元、%`). */
const CAPTION_ITEMS = 12;
/** How long one unit of a caption may be, its scale word included (`元/人·月`, `平方公里`). */
const CAPTION_UNIT = 6;
const isCaptionScale = codeSet("万亿萬億千百");

/**
 * Where the unit that ends at `end` starts, a scale word before it included (`人`, `万元`, `%`), or -1:
 * the longest such unit, so that `万元` is read whole rather than as 元 after a stray 万.
 */
function captionUnitStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c === 0x25 || c === 0xff05) return end - 1; // %, ％
  for (let st = Math.max(0, end - CAPTION_UNIT); st < end; st++) {
    const from = isCaptionScale(text.charCodeAt(st)) ? st + 1 : st;
    const u = unitAt(text, from);
    if (u && from + u.length === end) return st;
  }
  return -1;
}

/**
 * A unit listed in a caption of units after `单位:`: `单位:人、万元`, `计量单位:张、人、万元、%` (the first
 * after the colon is a label already, by LABEL_BEFORE; the others follow it across 、, each a unit
 * alone). Read back from `at` over the units before it, each ended by 、, to the colon after 单位.
 */
function inUnitCaption(text: string, at: number): boolean {
  let k = at;
  for (let n = 0; n < CAPTION_ITEMS; n++) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x3a || c === 0xff1a) return n > 0 && text.startsWith("单位", k - 3); // :, ：
    if (c !== 0x3001) return false; // 、
    k = captionUnitStart(text, k - 1);
    if (k < 0) return false;
  }
  return false;
}

/** Words of a precision note straight before the unit: `精确到万元`, `保留至元`. */
const PRECISION_BEFORE = new WordList(["精确到", "精确至", "取整到", "取整至", "保留到", "保留至", "四舍五入到", "四舍五入至"]);

/**
 * A note of the precision or the unit figures are given in, not a figure: `金额数据精确到万元`,
 * `精确到元`, `金额按万元取整`, `金额以亿元计,保留两位小数` (以 or 按 before the unit, then 取整, or
 * 计 that ends its clause: `按元计算` may be `按500元计算` with its number lost, and is still read).
 */
function precisionNote(text: string, at: number): boolean {
  if (PRECISION_BEFORE.endingAt(text, at)) return true;
  const before = text.charCodeAt(at - 1);
  if (before !== 0x4ee5 && before !== 0x6309) return false; // 以, 按
  let end = isCaptionScale(text.charCodeAt(at)) ? at + 1 : at;
  const u = unitAt(text, end);
  if (!u) return false;
  end += u.length;
  if (text.startsWith("取整", end)) return true;
  return text.charCodeAt(end) === 0x8ba1 && (end + 1 >= text.length || !isHan(text.charCodeAt(end + 1))); // 计
}

/** A table row flattened to text puts the value right after its unit: `床位万张11.8`, `标准元/人·月1,245.0`. */
function valueFollows(text: string, end: number): boolean {
  let k = end;
  while (k < end + 8 && isSpace(text[k])) k++;
  return isDigit(text.charCodeAt(k));
}

/** Verbs that announce a total: straight before a unit, the number between them is lost. */
const TOTAL_VERBS = ["共计", "合计", "总计", "累计", "达到", "共有", "新增", "救助", "发放", "惠及"];
const TOTAL_VERB_ENDS = TOTAL_VERBS.map((w) => w[w.length - 1]).join("");
const CLAUSE_MARKS = ",,。;;、))\n\r";
const isClauseMark = codeSet(CLAUSE_MARKS);
/**
 * Words after which a bare `%` lost its number: `较去年增长%`, `平均提高%`, `持证率达到%以上`, `占%`.
 * (A `%` after a label — `(%)`, `单位:%` — or after a placeholder letter is not this rule's.)
 */
const PERCENT_AFTER = [
  "增长", "增加", "提高", "提升", "上升", "上涨", "下降", "减少", "降低", "回落", "增幅", "降幅", "涨幅", "增速", "达到", "达", "为", "占", "率", "比", "至", "到",
  "超过", "超", "近", "约", "逾", "突破", "高出", "低于", "高于", "不低于", "不少于", "不足", "以上", "分别", "同比", "环比", "增", "降",
];
/** After a clause mark, a bare `%` that opens a threshold (`,%以上的县区`) lost its number too. */
const THRESHOLDS = ["以上", "以下", "左右", "上下"];
/**
 * Before 余 these make a word, not a figure with its number lost: 其余, 剩余, 多余, 结余, 业余, 空余 …
 * (`其余人`, `剩余名额`, `空余床位`).
 */
const YU_WORD_BEFORE = "其剩多结盈富业残节宽有零课工闲空年月日天周时之茶";
/** Units whose number a 余 can stand after: counts of things, people and households, and money with 万/亿. */
const YU_DIMENSIONS = new Set(["persons", "households", "count"]);
/** After `余家` these make a place name (余家村, 余家湾), not a count of organisations. */
const PLACE_SUFFIX = "村湾坝庄桥镇岭山沟河塘埠堡寨屯街巷路园坡岗港洲冲";
/** Where a list's next item starts: `1145元/月、元/月`, `690元/月和元/月`, `1480元(元)`. */
const LIST_JOINS = "、和及与((";
/**
 * Durations and lengths said of what they measure (时长, 时限, 缩短至, 长度, 距离 …): straight after such
 * a word the unit has lost its number (`平均受理时长个工作日`, `检查界线长度公里`, `缩短至个工作日`).
 */
const MEASURED_BY = new WordList(["时长", "时限", "期限", "用时", "耗时", "历时", "缩短至", "缩短到", "缩短为", "压缩至", "压缩到", "压缩为", "延长至", "延长到", "长度", "距离", "里程", "全长"]);
const DURATIONS = ["个工作日", "工作日", "个月", "小时", "分钟", "公里", "千米", "天"];
const isDurationFirst = codeSet(DURATIONS.map((u) => u[0]).join(""));
/** The first characters of everything this rule looks for (scale words, 约, 元, 亩, area units, total verbs, %, 余, list joins, durations, 倍). */
const isTrigger = codeSet("万亿萬億约元亩%％余倍" + AREA_UNITS.map((u) => u[0]).join("") + TOTAL_VERB_ENDS + LIST_JOINS + DURATIONS.map((u) => u[0]).join(""));

/** `set.includes(ch)` that is false for the empty string (String.includes("") is always true). */
function has(set: string, ch: string): boolean {
  return ch !== "" && set.includes(ch);
}

/** Digits (ASCII, full-width) and Chinese numerals, by code. */
const isNumberCode = codeSet("0123456789０１２３４５６７８９" + CN_DIGITS + CN_SCALES);

function isNumberChar(ch: string): boolean {
  return ch !== "" && isNumberCode(ch.charCodeAt(0));
}

// The main loop's tests of the trigger character, by code (a CJK character read as a string is allocated).
const isTotalVerbEnd = codeSet(TOTAL_VERB_ENDS);
const isListJoin = codeSet(LIST_JOINS);
const isAreaFirst = codeSet(AREA_FIRST);

function inIdiom(text: string, at: number): boolean {
  for (const w of IDIOMS) {
    for (let k = 0; k < w.length; k++) if (w[k] === text[at] && at - k >= 0 && text.startsWith(w, at - k)) return true;
  }
  return false;
}

/** Dimensions of the count units whose number a list item can lose (人, 名, 户, 对, 批次 …). */
const COUNT_DIMENSIONS = new Set(["persons", "households", "count"]);
/** Ends a list item. */
const isItemBreak = codeSet(",,、;;::。!?!?\n\r");
/** A list item is an item only after these (a colon opens the list, its first item is not judged). */
const isItemSeparator = codeSet(",,、;;");
/** How many items either side a sibling may stand (bounds the work per item). */
const SIBLING_REACH = 4;
const MAX_ITEM_NAME = 12;
/** A name ending in these is no name but a verb or a function word before a noun: 为人, 是人, 等次, 的人. */
const NAME_END_NOT = "为是等的有了在和及与对向达到至共计约近超各每这那某整单逐其本该全总均";
/**
 * Verbs that open a clause of its own, not a list item's name: `新增低保1200户,走访低保户` visits
 * low-income households (低保户), it does not count them.
 */
const CLAUSE_VERBS = [
  "走访", "慰问", "帮扶", "排查", "核查", "核实", "救助", "服务", "惠及", "覆盖", "关爱", "保障", "新增", "开展", "组织", "落实", "实现", "完成", "建立", "建成",
  "提升", "推进", "加强", "深化", "探访", "联系", "结对", "纳入", "清退", "退出", "识别", "认定", "审核", "审批", "确认", "培训", "表彰", "资助", "安置", "接收",
  "收养", "照顾", "照料", "看望", "帮助", "指导", "督促", "规范", "管理", "动员", "引导", "对接", "涉及", "包括", "共有", "累计", "共计", "合计",
];

/**
 * Words that end in a count unit (个人, 用户, 人名, 人人): when the item ends in one, the names must end
 * alike in two characters, not one (`困难残疾人4020名,重度残疾人名` do; `培训个人30人,表彰个人` do not).
 */
const UNIT_WORDS = ["人人", "户户", "个人", "用户", "住户", "客户", "农户", "商户", "账户", "门户", "人次", "户次", "名次", "层次", "档次", "班次", "位次", "场次", "频次", "批次", "人名", "姓名", "排名", "报名", "实名", "署名", "提名", "命名", "更名", "地名", "冠名", "知名", "著名", "签名", "点名", "除名",
  "结对", "针对", "面对", "应对", "相对", "绝对", "比对", "核对", "反对", "配对", "成对", "校对", "派对", "作对",
  "换届", "应届", "历届", "往届", "本届", "上届", "首届", "下届", "每届", "同届", "各个", "整个", "这个", "那个", "每个", "单个", "逐个"];
/**
 * Units that end few nouns (名, 对, 例, 届, 批次 …): an item ending in one between siblings that
 * write a number before it lost that number even when the names do not run parallel
 * (`提拔干部5名,晋升职级名,平级调整4名`, `结婚登记2651对,离婚对`). The words that do end in
 * them (报名, 结对, 换届) are in UNIT_WORDS and UNIT_LAST_WORDS.
 */
const FEW_NOUN_UNITS: ReadonlySet<string> = new Set(["名", "对", "例", "届", "批次", "场次", "人次", "户次"]);

interface Item {
  start: number;
  /** After the item's last character (trailing spaces left out). */
  end: number;
  sentence: number;
  afterSeparator: boolean;
  /** The item's last mention, when it has one. */
  last: Mention | null;
  mentions: number;
}

/** The text's list items (stretches between ,、;: and sentence ends), with the mentions inside each. One pass. */
function listItems(text: string, mentions: readonly Mention[]): Item[] {
  const items: Item[] = [];
  let start = 0;
  let sentence = 0;
  let m = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (!isItemBreak(c)) continue;
    let s = start;
    while (s < i && isSpace(text[s])) s++;
    let e = i;
    while (e > s && isSpace(text[e - 1])) e--;
    const item: Item = { start: s, end: e, sentence, afterSeparator: start > 0 && isItemSeparator(text.charCodeAt(start - 1)), last: null, mentions: 0 };
    while (m < mentions.length && mentions[m].offset < i) {
      if (mentions[m].offset >= s) {
        item.last = mentions[m];
        item.mentions++;
      }
      m++;
    }
    if (e > s) items.push(item);
    if (isSentenceEndCode(c)) sentence++;
    start = i + 1;
  }
  return items;
}

function hasItemSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isItemSeparator(text.charCodeAt(i))) return true;
  return false;
}

/** The count unit closing an item right after its number (`困难残疾人4020名` → 名), with the name before the number. */
function siblingUnit(text: string, item: Item): { unit: string; name: string } | null {
  const m = item.last;
  if (!m || m.kind !== "quantity" || m.offset + m.length !== item.end || !m.unit || !COUNT_DIMENSIONS.has(m.unit.dimension) || m.unit.scaled || !m.unit.integral) return null;
  const unit = m.unit.unit;
  if (!text.startsWith(unit, item.end - unit.length)) return null;
  const name = text.slice(item.start, m.offset);
  if (!name || !isHan(name.charCodeAt(name.length - 1))) return null;
  return { unit, name };
}

function allHan(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isHan(s.charCodeAt(k))) return false;
  return true;
}

/**
 * `困难残疾人4020名,重度残疾人名`: an item after a list separator that is a name and a count unit with
 * no number between them, in a sentence where a nearby item writes a number before that same unit
 * (`困难残疾人4020名`), and the two names run parallel (they end alike: 残疾人, 级, 登记). So
 * `慰问老人300人,关爱孤寡老人` (the names end in 人 and 老), `服务12次,提升层次`, `培训个人30人,表彰个人`
 * (个人 is a word: the names must then end alike in two characters), and `新增低保1200户,走访低保户` (an
 * item that opens with a verb is a clause of its own) are left alone.
 */
function droppedListItems(doc: TextDocument): Hit[] {
  const { text } = doc;
  // An item is judged only after a separator and beside a sibling with a figure: without either, no list.
  if (doc.mentions.length === 0 || !hasItemSeparator(text)) return [];
  const items = listItems(text, doc.mentions);
  const siblings = items.map((it) => siblingUnit(text, it));
  const hits: Hit[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (!it.afterSeparator || it.mentions > 0 || it.end - it.start < 2 || it.end - it.start > MAX_ITEM_NAME + 3) continue;
    const body = text.slice(it.start, it.end);
    if (!allHan(body)) continue;
    for (let j = Math.max(0, k - SIBLING_REACH); j <= k + SIBLING_REACH && j < items.length; j++) {
      const sib = siblings[j];
      if (j === k || !sib || items[j].sentence !== it.sentence || !body.endsWith(sib.unit)) continue;
      const name = body.slice(0, body.length - sib.unit.length);
      const last = name[name.length - 1] ?? "";
      if (name.length < 2 || name.length > MAX_ITEM_NAME || isNumberChar(last) || NAME_END_NOT.includes(last)) continue;
      if (CLAUSE_VERBS.some((w) => name.startsWith(w))) continue;
      const word = UNIT_WORDS.some((w) => w.length > sib.unit.length && body.endsWith(w)) || UNIT_LAST.has(body.slice(-2)) || UNIT_LAST.has(body.slice(-3));
      const alike = word ? 2 : FEW_NOUN_UNITS.has(sib.unit) ? 0 : 1;
      if (sib.name.length < alike || (alike > 0 && !sib.name.endsWith(name.slice(-alike)))) continue;
      // A longer unit ends the item (服务人次 beside 救助3次): it is not the sibling's unit.
      const longer = unitAt(text, it.end - sib.unit.length - 1);
      if (longer && longer.length === sib.unit.length + 1) continue;
      const at = it.end - sib.unit.length;
      if (quietAt(doc, at)) continue;
      hits.push(hitAt({ offset: at, length: sib.unit.length }, { key: "unitWithoutNumber", params: { unit: sib.unit } }, body));
      break;
    }
  }
  return hits;
}

/**
 * Verbs that take a counted object: `顺利完成个基层党支部换届` (the count stood between the verb and its
 * unit), `累计新增慈善组织家,` (between the object and its unit at the clause's end).
 */
const COUNT_VERBS = [
  "新增", "累计", "完成", "建成", "建立", "新建", "改建", "改造", "创建", "打造", "引入", "引进", "培训", "培育", "孵化", "救助", "发放", "走访", "慰问", "安置",
  "办理", "办结", "受理", "开展", "举办", "出台", "制定", "评选", "评定", "认定", "整理", "辅导", "发现", "整改", "资助", "帮扶", "惠及", "招募", "吸纳", "提拔",
  "表彰", "命名", "搬迁", "治理", "登记", "备案", "撤销", "注销", "共有", "拥有", "共计", "合计", "总计", "达到", "突破", "超过",
  "达", "增至", "保障", "推动", "推进", "清理", "设立", "支持", "关联", "征集", "开发", "采集", "核准", "赔付", "入选", "获评", "完善",
  "收录", "晋升", "调整", "火化", "安葬", "上线", "立项", "组建", "成立",
];
/** The count units this reads (one character each): things, organisations, people, households, items. */
const COUNT_UNIT_CHARS = "个名家户项张处条份件座套例场具";
const isCountUnitChar = codeSet(COUNT_UNIT_CHARS);
/**
 * At a clause's end, only these: the words ending in them are few and listed below. 户, 处 and 件
 * end open classes of nouns (脱贫户, 婚姻登记处, 信访件) and count there only after a quoted name
 * (`新增“孝善食堂”处`).
 */
const CLAUSE_END_UNITS = "个名家项张条份座套例场具";
/**
 * Words that begin with one of those units: after a verb the unit is then a word's first character,
 * no count (`走访家庭`, `开展个人`, `完成项目`, `办理户籍`, `评选名师`).
 */
const UNIT_FIRST_WORDS = [
  "个人", "个体", "个性", "个案", "个别", "个数", "个税",
  "名单", "名称", "名册", "名额", "名义", "名录", "名誉", "名字", "名牌", "名片", "名师", "名校", "名医", "名优", "名城", "名镇", "名村", "名胜", "名家", "名人", "名列", "名次", "名下", "名号", "名品", "名企", "名特", "名宿", "名副", "名不",
  "家庭", "家属", "家园", "家长", "家风", "家政", "家具", "家电", "家访", "家族", "家乡", "家门", "家居", "家中", "家里", "家务", "家人", "家事", "家教", "家底", "家境", "家禽", "家用", "家暴", "家校", "家训", "家书", "家宴", "家产", "家业", "家和", "家医", "家签", "家装", "家委",
  "户籍", "户口", "户数", "户外", "户主", "户型", "户厕", "户内", "户均", "户用", "户档", "户别", "户户",
  "项目", "项次", "项下",
  "张贴", "张家", "张榜", "张扬",
  "处理", "处置", "处室", "处级", "处长", "处罚", "处分", "处境", "处于", "处在", "处所",
  "条件", "条例", "条款", "条目", "条线", "条块", "条约", "条幅", "条码", "条理", "条形", "条规",
  "份额", "份子", "份内", "份量",
  "件数", "件套",
  "座谈", "座席", "座位", "座椅", "座次", "座落",
  "所属", "所有", "所在", "所得", "所长", "所需", "所辖", "所获", "所以", "所述", "所涉", "所提", "所做", "所要", "所能", "所学", "所用",
  "套餐", "套房", "套取", "套用",
  "例如", "例外", "例会", "例行", "例子", "例证", "例题", "例句",
  "场所", "场地", "场景", "场馆", "场次", "场合", "场面", "场站", "场域", "场内", "场外", "场长", "场部",
  "名声", "名气", "名望", "名言", "名词", "名分", "名头", "家常", "家喻", "家国",
  "具体", "具有", "具备", "具名",
];
/**
 * Words that end in one of those units: at a clause's end the unit is then a word's last character
 * (`引进专家,`, `新建妇女之家,`, `完成各项,`, `积极报名,`, `配套,`).
 */
const UNIT_LAST_WORDS = [
  "各个", "整个", "这个", "那个", "每个", "单个", "逐个", "哪个", "某个",
  "国家", "专家", "大家", "居家", "农家", "作家", "商家", "厂家", "回家", "管家", "东家", "万家", "全家", "千家", "亲家", "娘家", "行家", "赢家", "买家", "卖家", "店家",
  "人家", "本家", "住家", "自家", "老家", "当家", "成家", "安家", "在家", "离家", "到家", "持家", "顾家", "养家", "起家", "名家", "船家", "酒家", "画家", "儒家",
  "紧张", "主张", "扩张", "开张", "慌张", "夸张", "伸张",
  "讲座", "宝座", "底座", "插座", "满座", "首座", "星座",
  "身份", "股份", "省份", "年份", "月份", "成份", "部份", "备份",
  "萧条", "教条", "便条", "线条", "面条", "字条", "封条", "链条", "苗条", "金条", "信条", "专条",
  "配套", "成套", "整套", "客套", "圈套", "外套", "手套", "俗套", "老套",
  "事项", "款项", "选项", "强项", "弱项", "立项", "单项", "专项", "分项", "逐项", "各项", "多项", "要项", "进项", "贷项",
  "之家", "业家", "学家", "术家", "善家", "命家", "论家", "治家", "想家", "育家", "乐家", "婆家", "公家", "邻家", "冤家", "皇家", "道家", "佛家", "法家", "兵家", "独家",
  "庄家", "玩家", "藏家", "世家", "官家", "进家",
  "驰名", "英名", "声名", "留名", "成名", "出名", "起名", "取名", "芳名", "大名", "小名", "真名", "假名", "译名", "俗名", "学名", "全名", "简名", "域名", "网名", "人名",
  "地名", "实名", "排名", "提名", "报名", "署名", "命名", "更名", "姓名", "冠名", "著名", "知名", "有名", "闻名", "题名", "签名", "点名", "挂名", "联名", "盛名", "美名", "功名",
  "虚名", "罪名", "匿名", "慕名", "记名", "书名", "品名", "校名", "村名", "路名", "街名", "无名", "化名", "别名", "正名", "扬名", "除名", "列名", "具名",
  "条例", "案例", "比例", "惯例", "先例", "病例", "实例", "特例", "范例", "事例", "体例", "举例", "照例", "破例", "首例", "判例", "示例", "凡例", "定例",
  "常例", "通例", "成例", "个例", "旧例", "违例",
  "市场", "广场", "现场", "农场", "会场", "立场", "战场", "考场", "剧场", "商场", "球场", "机场", "赛场", "职场", "官场", "登场", "到场", "在场", "出场",
  "入场", "退场", "开场", "收场", "下场", "当场", "全场", "主场", "牧场", "林场", "渔场", "工场", "排场", "捧场", "冷场", "圆场", "墓场", "葬场", "操场",
  "道场", "卖场", "菜场", "磁场", "气场", "沙场", "赌场", "宰场", "车场", "殖场", "分场", "专场", "上场", "散场", "终场", "冰场", "靶场", "货场", "坟场",
  "工具", "家具", "器具", "玩具", "餐具", "用具", "出具", "兼具", "农具", "道具", "面具", "炊具", "洁具", "灯具", "文具", "厨具", "寝具", "卧具", "教具", "模具",
  "量具", "不具", "独具", "初具", "颇具", "极具", "渔具", "茶具", "辅具", "护具", "助具", "刑具", "器械具",
];
/** A verb and a unit that make a noun: offices (`婚姻登记处`) and the households a measure is for (`帮扶户`). */
const VERB_UNIT_WORDS = [
  "登记处", "受理处", "办理处", "管理处", "培训处", "备案处", "救助处", "安置处", "治理处", "登记所", "治理所", "培训所", "救助所", "安置所",
  "帮扶户", "救助户", "安置户", "搬迁户", "登记户", "慰问户", "认定户", "资助户",
  "走访户", "帮扶名", "登记名", "命名名",
];
/** Before a clause-final unit these are its number or a determiner: 多家, 几个, 数名, 各项, 每户, 首批. */
const COUNT_BEFORE = "多几数余各每整单逐这那某哪首本该此全半两俩" + CN_DIGITS + CN_SCALES;
/** How far before a clause-final unit its verb may stand (`累计新增慈善组织家`: the noun between). */
const VERB_REACH = 14;
/** The last characters of COUNT_VERBS: a unit straight after a verb has one of them before it. */
const COUNT_VERB_LAST: ReadonlySet<string> = new Set(COUNT_VERBS.map((w) => w[w.length - 1]));
// The word lists a rule asks "does one end here?" of, looked up by their last character.
const COUNT_VERB_WORDS = new WordList(COUNT_VERBS);
const VERB_UNIT = new WordList(VERB_UNIT_WORDS);
const TOTAL_VERB_WORDS = new WordList(TOTAL_VERBS);
const EXPECTS = new WordList(EXPECTS_NUMBER);
const PERCENT_AFTER_WORDS = new WordList(PERCENT_AFTER);

/**
 * A count unit whose number was dropped after a verb that takes a counted object:
 * - straight after the verb, before the object (`顺利完成个基层党支部换届`, `引入名社会力量参与`,
 *   `出台项制度指引文件`), unless the unit begins a word there (`走访家庭`, `完成项目`, `办理户籍`);
 * - at the end of the clause after the verb and its object (`累计新增慈善组织家,`, `新增床位张,`,
 *   `新增临沂特色“孝善食堂”处`), unless the unit ends a word there (`引进专家,`, `新增低保户,`, `出台文件,`)
 *   or a numeral or determiner stands before it (`新增多家,`, `完成各项,`).
 * Clause marks, digits and other figures between the verb and the unit end the search.
 */
// Made once: a short note is linted on its own, and a set per call was most of its cost.
const UNIT_LAST: ReadonlySet<string> = new Set(UNIT_LAST_WORDS);
const UNIT_FIRST: ReadonlySet<string> = new Set(UNIT_FIRST_WORDS);

/**
 * Words after which a count unit straight before a noun lost its number even with no verb:
 * `推进的个行政村`, `备案了家养老机构`, `为全区个老人`, `区直个部门`. (Not 张 after them: a surname.)
 */
const DETERMINERS = new WordList(["的", "了", "全区", "全市", "全县", "全省", "全镇", "区直", "市直", "县直"]);
const DETERMINER_LAST = "的了区市县省镇直";

/** What follows an office's name (社会救助处处长, 救助处全体同志, 治理处牵头): the 处 is an office, not a count. */
const AFTER_OFFICE = ["长", "全体", "负责", "牵头", "干部", "同志", "工作人员", "副处长", "副所长"];

function officeFollows(text: string, i: number): boolean {
  const u = text[i];
  if (u !== "处" && u !== "所") return false;
  return AFTER_OFFICE.some((w) => text.startsWith(w, i + 1)) || text.startsWith(`${u}长`, i + 1);
}

function droppedCounts(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  const unitLast = UNIT_LAST;
  const unitFirst = UNIT_FIRST;
  for (let i = 1; i < text.length; i++) {
    if (!isCountUnitChar(text.charCodeAt(i))) continue;
    // Every case below needs a Han character or ” before the unit (the verbs and determiners are Han
    // words): a unit after its digits (`1234人`, every note) is told by that code alone.
    const before = text.charCodeAt(i - 1);
    if (before !== 0x201d && !isHan(before)) continue;
    const next = text[i + 1] ?? "";
    const closes = next === "" || CLAUSE_MARKS.includes(next) || "。!?!?".includes(next);
    // Most count characters follow no verb and close no clause: told from their neighbours alone.
    if (!closes && !COUNT_VERB_LAST.has(text[i - 1]) && !DETERMINER_LAST.includes(text[i - 1])) continue;
    const u = unitAt(text, i);
    if (!u || u.length !== 1 || quietAt(doc, i)) continue;
    let found = false;
    if (officeFollows(text, i)) continue;
    if (COUNT_VERB_WORDS.endsAt(text, i) && !VERB_UNIT.endsAt(text, i + 1)) {
      // After the verb: the object follows (a word or a quoted name), or the clause closes.
      const opens = closes || next === "“" || (isHan(next.charCodeAt(0)) && !unitFirst.has(text.slice(i, i + 2)));
      found = opens && !valueFollows(text, i + 1);
    } else if (!closes && text[i] !== "张" && DETERMINERS.endsAt(text, i)) {
      // After 的, 了, 全区 …: a noun follows that the unit does not begin (`的个人`, `全市家庭` are words).
      found = (next === "“" || (isHan(next.charCodeAt(0)) && !unitFirst.has(text.slice(i, i + 2)))) && !valueFollows(text, i + 1);
    } else if (closes) {
      const prev = text[i - 1];
      const word = unitLast.has(text.slice(i - 1, i + 1)) || (i >= 2 && unitLast.has(text.slice(i - 2, i + 1)));
      // (`走访困难老人的家,`: after 的 the unit is a noun of its own.)
      const reads = prev === "”" || (isHan(prev.charCodeAt(0)) && prev !== "的" && has(CLAUSE_END_UNITS, text[i]));
      if (reads && !has(COUNT_BEFORE, prev) && !word) {
        for (let k = i - 1; k >= 1 && k >= i - 1 - VERB_REACH; k--) {
          const c = text.charCodeAt(k);
          if (isDigit(c) || CLAUSE_MARKS.includes(text[k]) || isSentenceEndCode(c) || isAsciiLetter(c)) break;
          if (COUNT_VERB_WORDS.endsAt(text, k + 1)) {
            found = true;
            break;
          }
        }
      }
    }
    if (found) hits.push(hitAt({ offset: i, length: 1 }, { key: "unitWithoutNumber", params: { unit: text[i] } }));
  }
  return hits;
}

/** People named by a category before 人 at a clause's end: never one word with it (`特困供养对象人,`). */
const PEOPLE_BEFORE_REN = ["对象", "人口", "患者", "人员"];

/**
 * Count units whose number is lost in how reports pair them, told by what stands before:
 * - `104户人,`, `311户、人`: households then persons (N户M人), the persons' number gone;
 * - `特困供养对象人,`, `贫困人口人。`: a category of people, then 人 closing the clause;
 * - `离婚对,`, `结婚登记对,`: marriages are counted in 对 (couples).
 */
function droppedPairs(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  for (let i = 2; i < text.length; i++) {
    // (By code: a CJK character read as a string is an allocation, and most characters are neither.)
    const code = text.charCodeAt(i);
    if (code !== 0x4eba && code !== 0x5bf9) continue; // 人 对
    const c = text[i];
    const next = text[i + 1] ?? "";
    if (!(next === "" || CLAUSE_MARKS.includes(next) || "。!?!?".includes(next)) || quietAt(doc, i)) continue;
    let found: boolean;
    if (c === "人") {
      const h = text[i - 1] === "、" ? i - 2 : i - 1;
      found = (text[h] === "户" && h >= 1 && isDigit(text.charCodeAt(h - 1))) || PEOPLE_BEFORE_REN.includes(text.slice(i - 2, i));
    } else found = text[i - 1] === "婚" || text.slice(i - 2, i) === "登记";
    if (found) hits.push(hitAt({ offset: i, length: 1 }, { key: "unitWithoutNumber", params: { unit: c } }));
  }
  return hits;
}

/** Words of a change, straight before its size: 同比增加12条, 提高3个百分点, 增长1.5倍. */
const CHANGE_WORDS = ["增加", "减少", "提高", "下降", "增长", "降低", "上升", "提升", "回落"];
/** The sizes a change takes, longest first: a change word then one of these, then a clause mark, lost its number. */
const CHANGE_UNITS = ["个百分点", "百分点", "人次", "户次", "万元", "亿元", "倍", "个", "名", "家", "户", "项", "张", "处", "条", "份", "件", "座", "套", "例", "场", "人", "具", "块", "对", "元"];
const isChangeEnd = codeSet(",,。;;、)):: \n\r");
const CHANGE_WORD_LIST = new WordList(CHANGE_WORDS);
const CHANGE_UNIT_LIST = new WordList(CHANGE_UNITS);

/**
 * A change whose size was dropped: `同比增加条,`, `较上年同期提高个百分点。`, `增长倍,`, the unit
 * straight after the change word and a clause mark straight after it (`增加人员` goes on, a word).
 * One pass over the text by the words' first characters (a search of the text per word was much
 * of a short note's cost); the words are two characters each, none the start of another, so each
 * position starts one word at most.
 */
function droppedChanges(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const w = CHANGE_WORD_LIST.startingAt(text, i);
    if (w === undefined) continue;
    const at = i + w.length;
    const unit = CHANGE_UNIT_LIST.startingAt(text, at);
    if (!unit) continue;
    const after = at + unit.length;
    if (after < text.length && !isChangeEnd(text.charCodeAt(after))) continue;
    if (quietAt(doc, at)) continue;
    hits.push(hitAt({ offset: at, length: unit.length }, { key: "unitWithoutNumber", params: { unit } }, text.slice(i, after)));
  }
  return hits;
}

/** A template's empty slot: its closer's code (】, ), ]) → its opener's; what may stand inside it. */
const SLOT_OPENER = new Map<number, number>([
  [0x3011, 0x3010],
  [0x29, 0x28],
  [0x5d, 0x5b],
]);
const isSlotFill = codeSet(" \u3000_＿");
/** How wide an empty slot may be. */
const SLOT_WIDTH = 6;

/**
 * A template's slot left empty before a unit (`培训养老护理员【】人次`, `( )人`): the number was to
 * be filled in and never was (`__万元` is implausible-quantity's placeholder). Bounded: each
 * closer looks back a few characters. (Read by code: a CJK character read as a string is an allocation.)
 */
function emptySlots(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; i++) {
    const opener = SLOT_OPENER.get(text.charCodeAt(i));
    if (opener === undefined) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= SLOT_WIDTH && isSlotFill(text.charCodeAt(j))) j--;
    // (第( )届 is an ordinal's slot: missing-ordinal's.)
    if (j < 0 || text.charCodeAt(j) !== opener || text.charCodeAt(j - 1) === 0x7b2c) continue;
    const u = unitAt(text, i + 1);
    if (!u || quietAt(doc, j)) continue;
    hits.push(hitAt({ offset: j, length: i + 1 - j + u.length }, { key: "unitWithoutNumber", params: { unit: text.slice(i + 1, i + 1 + u.length) } }));
  }
  return hits;
}

/** Verbs of writing, printing and signing: their objects are papers, counted in 篇, 本, 份, 册. */
const PAPER_VERBS = /(?:撰写|编写|编印|印制|印发|编发|刊发|报送|签订|签署)/g;
/** The units of papers. 篇, 本 and 册 begin many words (本年, 本级, 篇章): they are read only at a clause's end. */
const isPaperUnit = codeSet("篇本份册");
/** How far after its verb the unit may stand (`撰写调研报告篇`: the paper's name between). */
const PAPER_REACH = 10;
/** Words that end in a paper unit: at a clause's end the unit is then a word's last character (`签订协议文本,`, `编印读本,`). */
const PAPER_LAST_WORDS: ReadonlySet<string> = new Set([
  "文本", "版本", "样本", "读本", "范本", "蓝本", "副本", "课本", "账本", "书本", "绘本", "剧本", "脚本", "成本", "资本", "基本", "根本", "标本", "原本", "底本", "正本",
  "话本", "教本", "画本", "稿本", "抄本", "刻本", "印本", "译本", "简本", "节本", "合本", "手本", "笔记本", "记本", "订本", "日本", "人本", "民本", "工本", "老本",
  "手册", "画册", "图册", "名册", "台册", "账册", "注册", "分册", "上册", "下册", "成册", "专册", "总册", "全册", "合册", "样册",
  "长篇", "短篇", "中篇", "开篇", "全篇", "通篇", "诗篇", "上篇", "下篇", "首篇", "新篇", "华篇", "名篇", "续篇", "终篇", "专篇", "综合篇", "合篇", "章篇", "系列篇",
]);

/**
 * A paper's count dropped at the end of its clause: `全年撰写调研报告篇。`, `编印手册本,`, `签订责任书份。`
 * — a verb of writing or signing, its object (Han characters only, no figure between), then 篇, 本,
 * 份 or 册 closing the clause. Not when a numeral or determiner stands before the unit (`撰写多篇,`,
 * `印发各份`) or the unit ends a word (`印发文本,`, `签订合同范本,`, `身份`).
 */
function droppedPapers(doc: TextDocument): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  if (!text.includes("篇") && !text.includes("本") && !text.includes("份") && !text.includes("册")) return hits;
  PAPER_VERBS.lastIndex = 0;
  for (let m = PAPER_VERBS.exec(text); m; m = PAPER_VERBS.exec(text)) {
    const from = m.index + m[0].length;
    for (let i = from + 1; i < text.length && i <= from + PAPER_REACH; i++) {
      const c = text.charCodeAt(i);
      if (!isHan(c)) break;
      if (!isPaperUnit(c)) continue;
      const next = text[i + 1] ?? "";
      if (!(next === "" || CLAUSE_MARKS.includes(next) || "。!?!?".includes(next))) continue;
      const prev = text[i - 1];
      const word = PAPER_LAST_WORDS.has(text.slice(i - 1, i + 1)) || PAPER_LAST_WORDS.has(text.slice(i - 2, i + 1)) || UNIT_LAST.has(text.slice(i - 1, i + 1));
      if (!has(COUNT_BEFORE, prev) && !word && !quietAt(doc, i)) hits.push(hitAt({ offset: i, length: 1 }, { key: "unitWithoutNumber", params: { unit: text[i] } }));
      break;
    }
  }
  return hits;
}

export const rule: TextRule = {
  code: "unit-without-number",
  check(doc: TextDocument): Hit[] {
    const { text } = doc;
    const hits: Hit[] = droppedListItems(doc);
    for (const h of emptySlots(doc)) hits.push(h);
    for (const h of droppedCounts(doc)) hits.push(h);
    for (const h of droppedPairs(doc)) hits.push(h);
    for (const h of droppedChanges(doc)) hits.push(h);
    // (A paper's unit after another count verb is found above already: said once.)
    const papers = droppedPapers(doc);
    if (papers.length > 0) {
      const at = new Set(hits.map((o) => o.offset));
      for (const h of papers) if (!at.has(h.offset)) hits.push(h);
    }
    // Made at the first list join only: most texts (every short note) reach none.
    let endingAt: Map<number, Mention> | null = null;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (!isTrigger(code)) {
        i++;
        continue;
      }
      const ch = text[i];
      let p = previousNonSpace(text, i);
      // A figure broken across lines by PDF extraction: `3.2\n亿元` still has its number.
      if (p >= 0 && (text[p] === "\n" || text[p] === "\r")) {
        let q = p;
        while (q >= 0 && (text[q] === "\n" || text[q] === "\r" || isSpace(text[q]))) q--;
        if (q >= 0 && isDigit(text.charCodeAt(q))) p = q;
      }
      const prev = p >= 0 ? text[p] : "";
      // 1. A scale word with a unit and no number: 资金亿元, 达万人, 城区万个.
      if (ch === "万" || ch === "亿" || ch === "萬" || ch === "億") {
        const u = unitAt(text, i + 1);
        if (u && !has(SCALE_AS_NUMBER, prev) && !isNumberChar(prev) && !has(LABEL_BEFORE, prev) && !isAsciiLetter(prev.charCodeAt(0)) && !inIdiom(text, i) && !quietAt(doc, i)) {
          const label = prev === "(" && text[i + 1 + u.length] === ")";
          // `万元以上的支出`, `亿元级项目`: the scale word is the number itself (ten thousand and more).
          const threshold = ["以上", "以下", "左右", "上下", "级"].some((w) => text.startsWith(w, i + 1 + u.length));
          const campaign = text.startsWith("名", i + 1) && !has(FIGURE_BEFORE, prev) && CAMPAIGN_GROUPS.some((w) => text.startsWith(w, i + 2));
          // `万人拥有社会组织数`, `万名老年人拥有床位`: a rate per ten thousand (每 left out), its name.
          const perRate = PER_RATE.test(text.slice(i + 1 + u.length, i + 1 + u.length + 10));
          if (!label && !threshold && !campaign && !perRate && !endsWithAny(text, p + 1, ["单位"]) && !valueFollows(text, i + 1 + u.length) && !slogan(text, i, i + 1 + u.length)) {
            const span = { offset: i, length: 1 + u.length };
            hits.push(hitAt(span, { key: "unitWithoutNumber", params: { unit: text.slice(i, i + 1 + u.length) } }));
            i += 1 + u.length;
            continue;
          }
        }
        i++;
        continue;
      }
      // 2. 约 straight before a unit: 约亩, 约人, 约平方米 (约万人 reads as "about ten thousand"); not
      // the end of a word (签约家庭医生, 预约人数, 村规民约人人知晓).
      if (ch === "约" && !isNumberChar(text[i + 1] ?? "") && !has(YUE_WORDS, text[i - 1] ?? "")) {
        const u = unitAt(text, i + 1);
        if (u && !quietAt(doc, i) && !valueFollows(text, i + 1 + u.length)) {
          hits.push(hitAt({ offset: i, length: 1 + u.length }, { key: "unitWithoutNumber", params: { unit: text.slice(i + 1, i + 1 + u.length) } }));
          i += 1 + u.length;
          continue;
        }
      }
      // 2a. 约 straight before 万元/亿元: 投资约万元 (the number went missing; 签约亿元项目 is a word).
      if (ch === "约" && !has(YUE_WORDS, text[i - 1] ?? "") && !quietAt(doc, i)) {
        const money = SCALED_MONEY.find((w) => text.startsWith(w, i + 1));
        const end = i + 1 + (money?.length ?? 0);
        if (money && !["以上", "以下", "左右", "上下", "级"].some((w) => text.startsWith(w, end)) && !valueFollows(text, end)) {
          hits.push(hitAt({ offset: i, length: 1 + money.length }, { key: "unitWithoutNumber", params: { unit: money } }));
          i = end;
          continue;
        }
      }
      // 2b. A total's verb straight before a unit that closes the clause: 累计救助人次, 共计户。
      // (达人, 为人民, 共有人员 are words: the unit must end at punctuation.)
      if (isTotalVerbEnd(code) && !isNumberChar(text[i + 1] ?? "") && TOTAL_VERB_WORDS.endsAt(text, i + 1)) {
        const u = unitAt(text, i + 1);
        const after = u ? text[i + 1 + u.length] ?? "" : "x";
        // (救助所, 安置处: an office, the verb and the unit one word.)
        if (u && (after === "" || CLAUSE_MARKS.includes(after)) && !VERB_UNIT.endsAt(text, i + 1 + u.length) && !quietAt(doc, i + 1)) {
          hits.push(hitAt({ offset: i + 1, length: u.length }, { key: "unitWithoutNumber", params: { unit: text.slice(i + 1, i + 1 + u.length) } }));
          i += 1 + u.length;
          continue;
        }
      }
      // 3. Money with nothing before it: 提高到元/月, 资金元。 (元旦, 单元, 多元 are words, not money.)
      if (ch === "元" && EXPECTS.endsAt(text, i) && !quietAt(doc, i)) {
        const u = unitAt(text, i);
        const next = text[i + (u ? u.length : 1)] ?? "";
        const standsAlone = next === "" || !isHan(next.charCodeAt(0)) || next === "的";
        if (u && u.info.dimension.startsWith("money") && (u.length > 1 || standsAlone) && !valueFollows(text, i + u.length)) {
          hits.push(hitAt({ offset: i, length: u.length }, { key: "unitWithoutNumber", params: { unit: text.slice(i, i + u.length) } }));
          i += u.length;
          continue;
        }
      }
      // 3a. A bare % with its number gone: 较去年增长%, 平均提高%, 覆盖率达到%以上, `,%以上的县区`.
      if ((ch === "%" || ch === "％") && !quietAt(doc, i) && !valueFollows(text, i + 1)) {
        const after = PERCENT_AFTER_WORDS.endsAt(text, p + 1) || (has(",,;;", prev) && THRESHOLDS.some((w) => text.startsWith(w, i + 1)));
        if (after && !isNumberChar(prev) && !endsWithAny(text, p + 1, ["单位"])) {
          hits.push(hitAt({ offset: i, length: 1 }, { key: "unitWithoutNumber", params: { unit: ch } }));
          i++;
          continue;
        }
      }
      // 3b. 余 with no number before it: 实现微心愿余个, 共计余人参加, 筹集资金余万元 (其余, 剩余, 结余 are words).
      if (ch === "余" && isHan(prev.charCodeAt(0)) && !isNumberChar(prev) && !has(YU_WORD_BEFORE, prev) && !quietAt(doc, i)) {
        const scale = has("万亿", text[i + 1] ?? "") ? 1 : 0;
        const u = unitAt(text, i + 1 + scale);
        const end = u ? i + 1 + scale + u.length : i;
        const counts = u && (YU_DIMENSIONS.has(u.info.dimension) || (scale === 1 && u.info.dimension.startsWith("money")));
        const place = u && u.info.unit === "家" && has(PLACE_SUFFIX, text[end] ?? "");
        if (u && counts && !place && !valueFollows(text, end)) {
          hits.push(hitAt({ offset: i, length: end - i }, { key: "unitWithoutNumber", params: { unit: text.slice(i + 1, end) } }));
          i = end;
          continue;
        }
      }
      // 3c. A list item that is its unit alone, after a sibling with a number and the same unit:
      // 提高到1145元/月、元/月; 690元/月和元/月; 同比分别增长18%、%; 1480元(元).
      if (isListJoin(code)) {
        if (!endingAt) {
          endingAt = new Map<number, Mention>();
          for (const m of doc.mentions) endingAt.set(m.offset + m.length, m);
        }
        const sib = endingAt.get(i);
        const u = unitAt(text, i + 1);
        const next = u ? text[i + 1 + u.length] ?? "" : "x";
        const closes = next === "" || (!isHan(next.charCodeAt(0)) && !isDigit(next.charCodeAt(0)) && !isAsciiLetter(next.charCodeAt(0)));
        if (u && sib && sib.kind === "quantity" && closes && sib.text.endsWith(text.slice(i + 1, i + 1 + u.length)) && !quietAt(doc, i + 1)) {
          const unit = text.slice(i + 1, i + 1 + u.length);
          hits.push(hitAt({ offset: i + 1, length: u.length }, { key: "unitWithoutNumber", params: { unit } }));
          i += 1 + u.length;
          continue;
        }
      }
      // 5. A duration or a length straight after what it measures: 平均受理时长个工作日, 界线长度公里.
      if (isDurationFirst(code) && MEASURED_BY.endsAt(text, i) && !quietAt(doc, i)) {
        const unit = DURATIONS.find((w) => text.startsWith(w, i));
        // (时限天数, 里程公里数: the name of a count, not a unit.)
        if (unit && text[i + unit.length] !== "数" && !valueFollows(text, i + unit.length)) {
          hits.push(hitAt({ offset: i, length: unit.length }, { key: "unitWithoutNumber", params: { unit } }));
          i += unit.length;
          continue;
        }
      }
      // 6. A multiple with its number gone: 是上年的倍 (的倍数 is a word).
      if (ch === "倍" && prev === "的" && (i + 1 >= text.length || has(",,。;;、)) \n", text[i + 1])) && !quietAt(doc, i)) {
        hits.push(hitAt({ offset: i, length: 1 }, { key: "unitWithoutNumber", params: { unit: "倍" } }));
        i++;
        continue;
      }
      // 4. Area units with nothing before them: 建筑面积㎡, 面积平方米, 占地亩.
      // (Only a character an area unit starts with is looked up: most triggers here are 、 和 计 …)
      const area = isAreaFirst(code) ? AREA_UNITS.find((w) => text.startsWith(w, i)) : undefined;
      const mu = ch === "亩" && EXPECTS.endsAt(text, i) ? "亩" : undefined;
      const unit = area ?? mu;
      if (unit) {
        const before = prev;
        const numberBefore = isNumberChar(before) || has(SCALE_AS_NUMBER, before);
        const labelled = has(LABEL_BEFORE, before);
        const afterWord = before === "" || isHan(before.charCodeAt(0)) || has(",。、;,;", before);
        const expects = unit === "亩" || (afterWord && !numberBefore);
        if (!numberBefore && !labelled && expects && !quietAt(doc, i) && !(before === "每") && !valueFollows(text, i + unit.length)) {
          hits.push(hitAt({ offset: i, length: unit.length }, { key: "unitWithoutNumber", params: { unit } }));
          i += unit.length;
          continue;
        }
      }
      i++;
    }
    return hits;
  },
};
