import { stripNumbering, stripsNothing } from "../../../src/core/schema/normalize";
import { isBlank } from "../../../src/core/table/cells";
import { cellText, trimmedText } from "../../../src/core/table/header";

// The hand-written fast paths of issue 3's 100,000-row check must answer as the calls they skip.
const TEXTS = [
  "",
  " ",
  "\u3000",
  "\u200b",
  "\ufeff低保",
  "低保对象",
  " 低保对象",
  "低保对象 ",
  "低保\u3000对象",
  "低保对象\t",
  "一、综合",
  "(一)低保",
  "1.低保",
  "1.5",
  "a)项目",
  "Abc",
  "#特困",
  "-3.7",
  "~2",
  "第一部分",
  "其中:男",
  "十",
  "①孤儿",
  "▲重点",
  "·名称",
  "名称:",
  "指标12",
  "12人",
  "x",
  "社会救助",
];

describe("fast paths answer as the calls they skip", () => {
  it.each(TEXTS.map((t) => [t]))("trimmedText(%j)", (text) => {
    for (const cell of [{ value: text === "" ? null : text, text }, { value: text, text: "" }]) expect(trimmedText(cell)).toBe(cellText(cell).trim());
  });

  // What stripNumbering looks for, as normalize.ts writes it: any space, numbering's first character.
  const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/;
  const NUMBERING_START = /^[〇零一二三四五六七八九十百(\dA-Za-z\u2460-\u249b\u2776-\u277f第其#*▲△●○■□◆◇·•\-—–~]/;

  it.each(TEXTS.map((t) => [t]))("stripsNothing(%j)", (text) => {
    if (stripsNothing(text)) {
      expect(SPACE.test(text) || NUMBERING_START.test(text)).toBe(false);
      expect(stripNumbering(text)).toEqual({ numbering: "", rest: text });
    }
  });

  it("every character, first or later: stripsNothing only where stripNumbering would strip nothing; trimmedText and isBlank as before", () => {
    // isBlank as written before its fast path: the text trimmed, then empty or zero-width marks only.
    const invisible = (t: string) => t === "" || (/^[\u200b-\u200d\u2060]/.test(t) && /^[\s\u200b-\u200d\u2060]+$/.test(t));
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`${ch}名称`, `名称${ch}`]) if (stripsNothing(text) && (SPACE.test(text) || NUMBERING_START.test(text))) wrong.push(`stripsNothing ${c}`);
      for (const text of [ch, `${ch}x`]) if (isBlank({ value: text, text }) !== invisible(text.trim())) wrong.push(`isBlank ${c}`);
      const padded = `${ch}x${ch}`;
      if (trimmedText({ value: padded, text: padded }) !== padded.trim()) wrong.push(`trimmedText ${c}`);
    }
    expect(wrong).toEqual([]);
  });

  it("tells plain names apart", () => {
    expect(stripsNothing("低保对象")).toBe(true);
    expect(stripsNothing("指标12")).toBe(true);
    expect(stripsNothing("一、综合")).toBe(false);
    expect(stripsNothing("低保 对象")).toBe(false);
  });
});
