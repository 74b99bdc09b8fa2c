import { foldText } from "../schema";

/**
 * Text in simplified characters: a table written in traditional ones (城鄉低保對象, 臨時救助資金)
 * is narrated in the simplified words of the template around it, so the names are simplified too.
 * One character for one (the UTF-16 length is kept, so figure offsets stay right). No converter
 * library is installed (opencc would add megabytes for the few dozen characters civil-affairs
 * tables use); the characters are the catalogue's own map, read through `foldText` one CJK
 * character at a time, so the narrative and the name matching never disagree on a character.
 */
export function simplified(text: string): string {
  let out = "";
  let changed = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0x4e00 && code < 0xa000) {
      const s = foldText(ch);
      if (s.length === 1 && s !== ch) {
        out += s;
        changed = true;
        continue;
      }
    }
    out += ch;
  }
  return changed ? out : text;
}
