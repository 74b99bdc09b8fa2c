/**
 * Normalising indicator names and column headers so that the same thing written differently
 * matches: `(一)低保对象`, `1.低保对象`, `其中:低保对象`, `# 低 保 对 象`, `（一）低保對象` all
 * become `低保对象`.
 *
 * Hand-written because no maintained library does this particular job: Unicode NFKC (built in)
 * does the full-width forms; the numbering of Chinese outlines and a short table of traditional
 * characters that occur in indicator tables are ours (a full converter such as opencc would add
 * megabytes for the few dozen characters table headers use). Every pattern is anchored and made of
 * single character classes, so the work is linear in the length of the text.
 */

/**
 * Traditional → simplified for characters seen in indicator names and table headers
 * (萬人, 增減%, 養老機構, 殘疾人, 婚姻登記, …). Not a general converter.
 */
const TRADITIONAL =
  "萬万減减數数計计標标準准養养機机構构護护兒儿殘残組组織织記记離离殯殡區区劃划單单項项備备註注說说類类別别處处責责實实較较長长總总額额戶户點点證证費费務务業业會会團团體体資资對对帶带補补貼贴濟济臨临時时員员險险發发銷销際际縣县鄉乡鎮镇個个張张兩两規规據据統统報报進进達达環环齡龄務务幣币億亿歲岁殘残礙碍養养醫医療疗災灾難难遺遗屬属撫抚務务慶庆愛爱衛卫產产營营歸归認认獎奖勵励導导學学應应給给結结優优惠惠門门檔档囑嘱齊齐彩彩與与為为並并從从來来簡简稱称狀状況况權权屆届義义專专務务樓楼車车輛辆塋茔盡尽鄰邻評评價价檢检級级歷历" +
  "願愿農农綜综運运設设條条場场間间邊边緣缘監监測测層层參参範范節节態态園园館馆線线聯联書书輔辅驛驿礎础變变動动請请畫画" +
  // The words of a form's footer (審核人, 負責人, 聯繫電話, 製表人).
  "審审負负繫系電电製制話话";
const TRAD_MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = Array.from(TRADITIONAL);
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) m.set(chars[i], chars[i + 1]);
  return m;
})();

/** Brackets of every shape → ASCII parentheses (after NFKC, which already folds （）). */
const BRACKETS: Readonly<Record<string, string>> = {
  "【": "(",
  "】": ")",
  "〔": "(",
  "〕": ")",
  "[": "(",
  "]": ")",
  "〖": "(",
  "〗": ")",
  "《": "",
  "》": "",
  "<": "(",
  ">": ")",
  "「": "",
  "」": "",
  "“": "",
  "”": "",
  '"': "",
};

const CN_NUM = "〇零一二三四五六七八九十百";

/** Leading outline numbering and list markers, one level at a time. */
const NUMBERING: readonly RegExp[] = [
  new RegExp(`^[${CN_NUM}]+[、.,]`), // 一、  十二.
  new RegExp(`^\\([${CN_NUM}]+\\)[、.]?`), // (一)
  new RegExp(`^[${CN_NUM}]+\\)`), // 一)
  /^\(\d{1,3}\)[、.]?/, // (1)
  /^\d{1,3}(?:[、)]|\.(?!\d))/, // 1、 1) 1.  (not 1.5)
  /^[A-Za-z][、.)](?![A-Za-z])/, // A. a)
  /^\([A-Za-z]\)/, // (a)
  /^[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u2776-\u277f]/, // ① ⑴ ⒈ ❶
  /^第[一二三四五六七八九十百\d]{1,4}[部分项类章节条][、.:]?/, // 第一部分
  /^其中[:,、]?/, // 其中:
  /^[#*▲△●○■□◆◇·•\-—–~]+/, // # * ▲
];

/** A first character that can begin numbering; anything else ends the search at once. */
const NUMBERING_START = new RegExp(`^[${CN_NUM}(\\dA-Za-z\u2460-\u249b\u2776-\u277f第其#*▲△●○■□◆◇·•\\-—–~]`);

/** Characters that never change meaning: whitespace of every kind, zero-width marks. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;

/** Marks the writer puts after a label: 低保对象: (trimmed by a loop: an anchored `[…]+$` regex is quadratic on a long run). */
const TRAILING_MARKS = new Set([":", ",", "、", ";", "。", "."]);
function trimTrailingMarks(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING_MARKS.has(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Characters folding may change: anything outside ASCII letters/digits and the common CJK block, brackets, traditional forms. */
const NEEDS_NFKC = /[^\u0020-\u007e\u4e00-\u9fff]/;
const MAPPED = new RegExp(`[${[...TRAD_MAP.keys(), ...Object.keys(BRACKETS)].map((c) => ("\\]^-".includes(c) ? `\\${c}` : c)).join("")}]`, "g");
const UPPER = /[A-Z]/;

/**
 * Per UTF-16 code unit, 1 when folding may change it: outside printable ASCII and the common CJK
 * block, a mapped bracket or traditional form, an upper-case Latin letter. A text without any is
 * returned as it is after one pass over its characters (no regex, no new string).
 */
const FOLDS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(1);
  t.fill(0, 0x20, 0x7f);
  t.fill(0, 0x4e00, 0xa000);
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  for (const ch of [...TRAD_MAP.keys(), ...Object.keys(BRACKETS)]) t[ch.charCodeAt(0)] = 1;
  return t;
})();

/**
 * NFKC (full-width letters, digits and punctuation, ideographic space), circled numbers kept
 * recognisable, brackets unified, traditional characters simplified, Latin lower-cased.
 * Fast paths skip each step that cannot change the text (most names are plain CJK).
 */
export function foldText(text: string): string {
  let i = 0;
  while (i < text.length && FOLDS[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let s = text;
  if (NEEDS_NFKC.test(s)) {
    // ① would become "1" under NFKC and then look like part of the name; mark it as numbering.
    s = s.replace(/[\u2460-\u2473]/g, (c) => `(${c.charCodeAt(0) - 0x2460 + 1})`);
    s = s.normalize("NFKC");
  }
  s = s.replace(MAPPED, (ch) => BRACKETS[ch] ?? TRAD_MAP.get(ch) ?? ch);
  return UPPER.test(s) ? s.toLowerCase() : s;
}

/** The first characters of numbering (NUMBERING_START) in printable ASCII and the common CJK block, besides digits and Latin letters. */
const NUMBERING_FIRST: ReadonlySet<number> = new Set(Array.from(`${CN_NUM}第其(#*-~`, (ch) => ch.charCodeAt(0)));

/**
 * Whether a code unit is certainly neither a space (SPACES) nor the first character of numbering:
 * printable ASCII or the common CJK block, other than the space, digits, Latin letters, Chinese
 * numerals and the marks numbering starts with.
 */
function plainFirstUnit(c: number): boolean {
  if (!((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff))) return false;
  return !NUMBERING_FIRST.has(c) && !(c >= 0x30 && c <= 0x39) && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * Whether stripNumbering would give `folded` back as it is (no numbering, no spaces): its first
 * character cannot start numbering and none of its characters is a space. For issue 3's
 * 100,000-row check: most indicator names are plain, and this tells them apart with one pass over
 * their characters, no regex and no result object.
 */
export function stripsNothing(folded: string): boolean {
  if (folded.length === 0 || !plainFirstUnit(folded.charCodeAt(0))) return false;
  for (let i = 1; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff))) return false;
  }
  return true;
}

/** The numbering prefix as written after folding (`(一)`, `1.`, `其中:`), or "" when there is none. */
export function stripNumbering(folded: string): { numbering: string; rest: string } {
  if (stripsNothing(folded)) return { numbering: "", rest: folded };
  let rest = folded.replace(SPACES, "");
  let numbering = "";
  // At most a handful of levels ("1.其中:#…"); the bound keeps this obviously terminating.
  for (let guard = 0; guard < 8 && NUMBERING_START.test(rest); guard++) {
    let matched = false;
    for (const re of NUMBERING) {
      const m = re.exec(rest);
      if (m && m[0].length > 0 && m[0].length < rest.length) {
        numbering += m[0];
        rest = rest.slice(m[0].length);
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  return { numbering, rest };
}

/**
 * The key an indicator name is matched by: folded, without numbering, spaces or trailing
 * punctuation. `（一）低保對象：` → `低保对象`.
 */
export function normalizeIndicator(text: string): string {
  let key = memo.get(text);
  if (key === undefined) {
    key = trimTrailingMarks(stripNumbering(foldText(text)).rest);
    // Tables repeat names (every section has its 合计, every district the same rows): remember a
    // bounded number of them; forget all at once when full rather than track recency.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    if (text.length <= 200) memo.set(text, key);
  }
  return key;
}
const MEMO_LIMIT = 20000;
const memo = new Map<string, string>();

/**
 * The key a column header is matched by: folded, without spaces or trailing punctuation.
 * Numbering is left alone (headers have none, and `2023年` must stay a year).
 */
export function normalizeHeader(text: string): string {
  return trimTrailingMarks(foldText(text).replace(SPACES, ""));
}

/** A trailing parenthesised remark or unit: `社会组织总数(万个)` → `社会组织总数`; unchanged if none. */
export function withoutTrailingParenthetical(key: string): string {
  if (!key.endsWith(")")) return key;
  const open = key.lastIndexOf("(");
  return open > 0 ? key.slice(0, open) : key;
}
