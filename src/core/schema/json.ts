import type { Locale } from "../findings/types";
import { type ParseOptions, type ParseResult, schemaMessages, validateSchema, type UnitLookup } from "./validate";

/** Why a text is not JSON, and where: 1-based line and column (UTF-16 code units, as editors count). */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: "unexpected-end" | "unexpected-char" | "bad-string" | "bad-number" | "trailing-text";
  /** The offending character, for unexpected-char and trailing-text. */
  char?: string;
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Where a JSON text first goes wrong, or null when it is valid JSON.
 *
 * Hand-written because Node's JSON.parse does not always say where (`Unexpected token '}', … is
 * not valid JSON` has no position on Node 20) and a schema file's author needs the line and
 * column. Iterative, one pass, no backtracking beyond single sticky regexes for strings and
 * numbers: linear in the text and safe for any nesting depth.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: ("{" | "[")[] = [];
  let i = 0;
  // What may come next: a value; a key or `}` (just after `{`); a key (after `,` in an object);
  // `:`; `,` or the container's close.
  let expect: "value" | "first-value" | "first-key" | "key" | "colon" | "after" = "value";
  const n = text.length;
  const fail = (reason: JsonSyntaxError["reason"], at: number): JsonSyntaxError => at >= n ? position(text, n, "unexpected-end") : position(text, at, reason);
  for (;;) {
    while (i < n && WS.has(text[i])) i++;
    if (i >= n) {
      if (stack.length === 0 && expect === "after") return null;
      return position(text, n, "unexpected-end");
    }
    const c = text[i];
    if (expect === "after") {
      const top = stack[stack.length - 1];
      if (!top) return position(text, i, "trailing-text");
      if (c === ",") {
        expect = top === "{" ? "key" : "value";
        i++;
      } else if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
        stack.pop();
        i++;
      } else return fail("unexpected-char", i);
      continue;
    }
    if (expect === "colon") {
      if (c !== ":") return fail("unexpected-char", i);
      expect = "value";
      i++;
      continue;
    }
    if (expect === "first-key" || expect === "key") {
      if (c === "}" && expect === "first-key") {
        stack.pop();
        expect = "after";
        i++;
        continue;
      }
      if (c !== '"') return fail("unexpected-char", i);
      STRING.lastIndex = i;
      if (!STRING.test(text)) return fail("bad-string", i);
      i = STRING.lastIndex;
      expect = "colon";
      continue;
    }
    // A value (or `]` right after `[`).
    if (c === "]" && expect === "first-value") {
      stack.pop();
      expect = "after";
      i++;
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      expect = c === "{" ? "first-key" : "first-value";
      i++;
      continue;
    }
    if (c === '"') {
      STRING.lastIndex = i;
      if (!STRING.test(text)) return fail("bad-string", i);
      i = STRING.lastIndex;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail("bad-number", i);
      i = NUMBER.lastIndex;
    } else if (text.startsWith("true", i)) i += 4;
    else if (text.startsWith("false", i)) i += 5;
    else if (text.startsWith("null", i)) i += 4;
    else return fail("unexpected-char", i);
    expect = "after";
  }
}

function position(text: string, offset: number, reason: JsonSyntaxError["reason"]): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    if (text[k] === "\n") {
      line++;
      lineStart = k + 1;
    }
  }
  const err: JsonSyntaxError = { offset, line, column: offset - lineStart + 1, reason };
  if ((reason === "unexpected-char" || reason === "trailing-text") && offset < text.length) err.char = String.fromCodePoint(text.codePointAt(offset)!);
  return err;
}

/** The reason in the user's language. */
export function describeJsonError(e: JsonSyntaxError, locale: Locale = "zh-CN"): string {
  const msg = schemaMessages(locale);
  switch (e.reason) {
    case "unexpected-end":
      return msg.jsonEnd();
    case "unexpected-char":
      return msg.jsonUnexpected({ char: e.char ?? "" });
    case "bad-string":
      return msg.jsonBadString();
    case "bad-number":
      return msg.jsonBadNumber();
    case "trailing-text":
      return msg.jsonTrailing({ char: e.char ?? "" });
  }
}

export type SchemaTextResult = ParseResult | { ok: false; syntax: JsonSyntaxError; problems: [] };

/**
 * A schema file's text → the schema, its problems by JSON path, or the place its JSON breaks.
 * A leading byte-order mark is allowed (editors on Windows write one).
 */
export function parseSchemaTextWith(text: string, lookup: UnitLookup | null, options: ParseOptions = {}): SchemaTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const syntax = locateJsonError(body) ?? position(body, body.length, "unexpected-end");
    return { ok: false, syntax, problems: [] };
  }
  return validateSchema(json, lookup, options);
}
