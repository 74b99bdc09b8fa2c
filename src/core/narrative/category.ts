import type { CategorySpec, Schema } from "../schema";
import { findCategory, foldText } from "../schema";

/**
 * The section a row belongs to when neither the table's category column nor the catalogue's entry
 * for the indicator says it: what the table itself says, in this order —
 * 1. the row's department (`养老服务处` → 养老服务, `社会组织管理局` → 社会组织);
 * 2. the words of its name (`社会组织年检率` → 社会组织, `60周岁以上失能老年人` → 养老服务,
 *    `低保对象2` → 社会救助): the catalogue's own words first — the sections' names and aliases
 *    and the names and aliases of its indicators, each in its indicator's section — and then a short
 *    list of the words civil-affairs tables use for a section that no catalogue entry spells out
 *    (老年, 高龄, 失能; 低保, 特困; 未成年人; 年检, 5A级; 火化, 安葬 …). The longest word found
 *    wins; of two as long, the later one (the head of a Chinese noun phrase comes last:
 *    `残疾儿童` is about children);
 * 3. the sheet's name or the table's title, when it names one section and one only
 *    (`养老服务处`, not `养老服务和社会组织`).
 * A word only counts for a section the schema has: a schema without sections infers none.
 */

/**
 * Words of a section that the civil-affairs catalogue does not spell out as a section or an
 * indicator name. Hand-written (no list of civil-affairs vocabulary exists to reuse); each maps to
 * a section name and is ignored unless the schema has that section.
 */
const SECTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  社会救助: ["低保", "特困", "救助", "低收入", "最低生活保障", "困难群众", "流浪乞讨", "兜底"],
  养老服务: ["老年", "老人", "高龄", "养老", "失能", "失智", "护理员", "适老化", "敬老", "助餐", "助浴"],
  儿童福利: ["儿童", "孤儿", "孤困", "未成年人", "收养", "留守儿童"],
  残疾人福利: ["残疾"],
  慈善事业: ["慈善", "募捐", "捐赠"],
  福利彩票: ["福彩", "彩票", "公益金"],
  社会组织: ["社会组织", "社团", "社会团体", "民非", "民办非企业", "基金会", "年检", "5A级", "4A级", "3A级"],
  基层治理: ["社工", "社会工作", "志愿", "村委", "居委"],
  区划地名: ["地名", "区划", "界线"],
  婚姻登记: ["婚姻", "结婚", "离婚", "婚礼", "婚登"],
  殡葬管理: ["殡", "火化", "安葬", "葬", "墓", "骨灰", "遗体", "治丧"],
};

/** A department's suffix: 处, 科, 室, 局, 股, 办 and the like (养老服务处 → 养老服务). */
const DEPARTMENT_SUFFIX = /(?:办公室|管理局|中心|处|科|室|局|股|办|司|站)$/;

interface Word {
  word: string;
  category: CategorySpec;
}

const cache = new WeakMap<Schema, Word[]>();

/** Every word that names a section, longest first, folded as names are (traditional → simplified). */
function wordsOf(schema: Schema): Word[] {
  let words = cache.get(schema);
  if (words) return words;
  const seen = new Map<string, CategorySpec>();
  const add = (w: string, category: CategorySpec | undefined) => {
    const key = foldText(w.trim());
    if (category && key && !seen.has(key)) seen.set(key, category);
  };
  for (const c of schema.categories) for (const w of [c.name, ...c.aliases]) add(w, c);
  for (const ind of schema.indicators) {
    const c = ind.category ? findCategory(schema, ind.category) : undefined;
    for (const w of [ind.name, ...ind.aliases]) if (w.trim().length >= 2) add(w, c);
  }
  if (schema.categories.length > 0) for (const [name, list] of Object.entries(SECTION_WORDS)) for (const w of list) add(w, findCategory(schema, name));
  words = [...seen].map(([word, category]) => ({ word, category })).sort((a, b) => b.word.length - a.word.length);
  cache.set(schema, words);
  return words;
}

/** The section the words of a name belong to: the longest word found, the later of two as long. */
export function categoryOfName(schema: Schema, name: string): CategorySpec | undefined {
  const text = foldText(name);
  let best: { at: number; length: number; category: CategorySpec } | undefined;
  for (const w of wordsOf(schema)) {
    if (best && w.word.length < best.length) break;
    const at = text.lastIndexOf(w.word);
    if (at < 0) continue;
    if (!best || at > best.at) best = { at, length: w.word.length, category: w.category };
  }
  return best?.category;
}

/** The section a department's name says (养老服务处 → 养老服务), by its name less the suffix, else by its words. */
export function categoryOfDepartment(schema: Schema, department: string): CategorySpec | undefined {
  const text = department.trim();
  if (!text) return undefined;
  const bare = text.replace(DEPARTMENT_SUFFIX, "");
  return (bare && findCategory(schema, bare)) || categoryOfName(schema, bare || text);
}

/**
 * The one section a sheet's name or a title names, by the section's own name (养老服务处, ××区2025年
 * 社会救助工作指标), else undefined: two sections, by name or alias, name none (养老服务和社会组织,
 * 婚姻登记与殡葬服务), and a broad alias alone (社会事务) is the bureau's word for several sections.
 */
export function categoryOfHeading(schema: Schema, heading: string | undefined): CategorySpec | undefined {
  if (!heading?.trim()) return undefined;
  const text = foldText(heading);
  const found = schema.categories.filter((c) => [c.name, ...c.aliases].some((w) => text.includes(foldText(w))));
  return found.length === 1 && text.includes(foldText(found[0].name)) ? found[0] : undefined;
}
