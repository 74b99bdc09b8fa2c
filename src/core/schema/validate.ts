import type { $ZodIssue } from "zod/v4/core";
import type { Locale } from "../findings/types";
import { schemaEnUS } from "../i18n/schema.en-US";
import { type SchemaMessages, schemaZhCN } from "../i18n/schema.zh-CN";
import type { Dimension, UnitInfo } from "../quantity/types";
import type { IndicatorKind } from "../table/types";
import { normalizeHeader, normalizeIndicator } from "./normalize";
import { type Schema, SchemaSpec, TEMPLATE_PLACEHOLDERS } from "./spec";

/** One thing wrong with a schema file: where (JSON path such as `indicators[3].unit`) and why. */
export interface SchemaProblem {
  /** `indicators[3].unit`; "" for the document itself. */
  path: string;
  message: string;
  /** Language-neutral kind of problem (the message key), for tests and tools. */
  code: string;
}

export type ParseResult = { ok: true; schema: Schema } | { ok: false; problems: SchemaProblem[] };

export interface ParseOptions {
  locale?: Locale;
}

export type UnitLookup = (unitText: string) => UnitInfo | null;

export function schemaMessages(locale: Locale = "zh-CN"): SchemaMessages {
  return locale === "en-US" ? schemaEnUS : schemaZhCN;
}

/** Dimensions each kind of indicator may be measured in. */
export const KIND_DIMENSIONS: Readonly<Record<IndicatorKind, readonly Dimension[]>> = {
  amount: ["money", "area", "length", "weight", "time", "count"],
  count: ["persons", "households", "count"],
  rate: ["rate", "rate-points"],
  share: ["rate"],
  standard: ["money-per-period", "money"],
  completion: ["rate"],
};

type Segment = string | number;
type Key = keyof SchemaMessages;
type Params<K extends Key> = Parameters<SchemaMessages[K]>[0];

/** `["indicators", 3, "unit"]` → `indicators[3].unit`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else {
      const s = String(seg);
      if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)) out += out ? `.${s}` : s;
      else out += `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

class Collector {
  readonly items: { path: Segment[]; code: string; message: string }[] = [];
  constructor(private readonly msg: SchemaMessages) {}
  add<K extends Key>(path: Segment[], code: K, params: Params<K>): void {
    const fn = this.msg[code] as (p: Params<K>) => string;
    this.items.push({ path, code, message: fn(params) });
  }
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isInteger(value)) return "number";
  return typeof value;
}

function show(v: unknown): string {
  return typeof v === "string" ? `"${v}"` : JSON.stringify(v);
}

/** Turns zod's issues into localized problems; unknown keys become one problem each, at their own path. */
function fromZod(issue: $ZodIssue, out: Collector, msg: SchemaMessages): void {
  const path = issue.path.filter((p): p is Segment => typeof p !== "symbol");
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) out.add(path, "missing", undefined as never);
      else
        out.add(path, "wrongType", {
          expected: msg.typeName({ type: issue.expected }),
          received: msg.typeName({ type: describeType(input) }),
        });
      return;
    case "invalid_value":
      out.add(path, "notOneOf", { values: issue.values.map((v) => show(v)).join(", ") });
      return;
    case "too_small":
      if (issue.origin === "string") out.add(path, "emptyText", undefined as never);
      else if (issue.origin === "array" || issue.origin === "set") out.add(path, "tooFewItems", { minimum: Number(issue.minimum) });
      else out.add(path, "tooSmall", { minimum: Number(issue.minimum), inclusive: issue.inclusive !== false });
      return;
    case "too_big":
      out.add(path, "tooBig", { maximum: Number(issue.maximum), inclusive: issue.inclusive !== false });
      return;
    case "invalid_format":
      out.add(path, "badIdentifier", { value: String(input ?? "") });
      return;
    case "unrecognized_keys":
      for (const key of issue.keys) out.add([...path, key], "unknownField", { key });
      return;
    case "invalid_union": {
      // The only unions are small literal sets (half, quarter): name them.
      const values = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === "invalid_value" ? i.values : [])));
      if (values.length) out.add(path, "notOneOf", { values: values.map((v) => show(v)).join(", ") });
      else out.add(path, "invalidValue", undefined as never);
      return;
    }
    default:
      out.add(path, "invalidValue", undefined as never);
  }
}

// --- semantic checks, run on the raw JSON so that they report even when zod found other problems ---

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function checkTemplate(template: string, path: Segment[], out: Collector): void {
  const allowed = TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(" ");
  let depth = 0;
  for (const ch of template) {
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    if (depth < 0 || depth > 1) break;
  }
  if (depth !== 0) {
    out.add(path, "unbalancedBrace", undefined as never);
    return;
  }
  for (const m of template.matchAll(/\{([^{}]*)\}/g)) {
    if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(m[1])) out.add(path, "unknownPlaceholder", { placeholder: m[1], allowed });
  }
}

function checkColumns(columns: unknown[], out: Collector, msg: SchemaMessages): void {
  const keys = new Map<string, string>();
  const roles = new Map<string, string>();
  const aliases = new Map<string, string>();
  columns.forEach((c, i) => {
    if (!isObj(c)) return;
    const here = `columns[${i}]`;
    const key = str(c.key);
    if (key) {
      const first = keys.get(key);
      if (first) out.add([`columns`, i, "key"], "duplicateColumnKey", { key, first });
      else keys.set(key, here);
    }
    const role = str(c.role);
    if (role) {
      const first = roles.get(role);
      if (first) out.add(["columns", i, "role"], "duplicateColumnRole", { role, first });
      else roles.set(role, here);
    }
    arr(c.aliases).forEach((a, j) => {
      const alias = str(a);
      if (!alias) return;
      const norm = normalizeHeader(alias);
      const first = aliases.get(norm);
      // The same alias twice in one column is harmless; in two columns it makes the mapping ambiguous.
      if (first && !first.startsWith(`${here}.`)) out.add(["columns", i, "aliases", j], "duplicateAlias", { alias, first });
      else if (!first) aliases.set(norm, `${here}.aliases[${j}]`);
    });
  });
  if (columns.length && columns.every(isObj)) {
    for (const role of ["indicator", "value"]) if (!roles.has(role)) out.add(["columns"], "missingRole", { role });
  }
  void msg;
}

function checkIndicators(raw: Obj, lookup: UnitLookup | null, out: Collector, msg: SchemaMessages): Map<string, { path: string; dimension?: string }> {
  const names = new Map<string, { path: string; dimension?: string }>();
  const categories = new Map<string, string>();
  arr(raw.categories).forEach((c, i) => {
    if (!isObj(c)) return;
    for (const [j, n] of [[-1, c.name] as const, ...arr(c.aliases).map((a, k) => [k, a] as const)]) {
      const name = str(n);
      if (!name) continue;
      const norm = normalizeIndicator(name);
      const path: Segment[] = j < 0 ? ["categories", i, "name"] : ["categories", i, "aliases", j];
      const first = categories.get(norm);
      if (first) out.add(path, "duplicateCategory", { name, first });
      else categories.set(norm, formatPath(path));
    }
  });
  const categoryList = arr(raw.categories)
    .map((c) => (isObj(c) ? str(c.name) : undefined))
    .filter((n): n is string => !!n);

  arr(raw.indicators).forEach((ind, i) => {
    if (!isObj(ind)) return;
    const at = (...rest: Segment[]): Segment[] => ["indicators", i, ...rest];
    const dimension = str(ind.dimension);
    const kind = str(ind.kind) as IndicatorKind | undefined;

    // Names and aliases are unique across the catalogue, after normalisation.
    for (const [j, n] of [[-1, ind.name] as const, ...arr(ind.aliases).map((a, k) => [k, a] as const)]) {
      const name = str(n);
      if (!name) continue;
      const path = j < 0 ? at("name") : at("aliases", j);
      const norm = normalizeIndicator(name);
      const first = names.get(norm);
      if (first && !(j >= 0 && first.path.startsWith(`indicators[${i}]`))) out.add(path, "duplicateIndicator", { name, first: first.path });
      else if (!first) names.set(norm, { path: formatPath(path), dimension });
    }

    if (kind && dimension && KIND_DIMENSIONS[kind] && !KIND_DIMENSIONS[kind].includes(dimension as Dimension)) {
      out.add(at("dimension"), "kindDimension", {
        kind,
        dimension: msg.dimensionName({ dimension }),
        allowed: msg.list({ items: KIND_DIMENSIONS[kind].map((d) => msg.dimensionName({ dimension: d })) }),
      });
    }

    if (lookup) {
      // The usual unit measures the declared dimension; other accepted units may measure another
      // dimension the kind allows (低保对象: 人, also 户), never one it cannot (元 for a count).
      const allowed = kind && KIND_DIMENSIONS[kind] ? KIND_DIMENSIONS[kind] : [];
      const units: [Segment[], unknown, boolean][] = [
        [at("unit"), ind.unit, true],
        ...arr(ind.units).map((u, k): [Segment[], unknown, boolean] => [at("units", k), u, false]),
      ];
      for (const [path, u, primary] of units) {
        const unit = str(u);
        if (!unit) continue;
        const info = lookup(unit);
        if (!info) out.add(path, "unknownUnit", { unit });
        else if (dimension && info.dimension !== dimension && (primary || !allowed.includes(info.dimension))) {
          out.add(path, "unitDimension", {
            unit,
            unitDimension: msg.dimensionName({ dimension: info.dimension }),
            dimension: msg.dimensionName({ dimension }),
          });
        }
      }
    }

    const min = num(ind.min);
    const max = num(ind.max);
    if (min !== undefined && max !== undefined && min > max) out.add(at("min"), "minAboveMax", { min, max });
    if (kind === "share" && max !== undefined && max > 100) out.add(at("max"), "shareOver100", { max });
    if (isObj(ind.growth)) {
      const gMin = num(ind.growth.min);
      const gMax = num(ind.growth.max);
      if (gMin !== undefined && gMax !== undefined && gMin > gMax) out.add(at("growth", "min"), "minAboveMax", { min: gMin, max: gMax });
    }

    const category = str(ind.category);
    if (category && categories.size && !categories.has(normalizeIndicator(category))) {
      out.add(at("category"), "unknownCategory", { category, allowed: msg.list({ items: categoryList }) });
    }

    const narrative = str(ind.narrative);
    if (narrative) checkTemplate(narrative, at("narrative"), out);
  });
  return names;
}

function checkSums(raw: Obj, names: Map<string, { path: string; dimension?: string }>, out: Collector, msg: SchemaMessages): void {
  arr(raw.sums).forEach((s, i) => {
    if (!isObj(s)) return;
    const totalName = str(s.total);
    const totalKey = totalName ? normalizeIndicator(totalName) : undefined;
    const total = totalKey ? names.get(totalKey) : undefined;
    if (totalName && !total) out.add(["sums", i, "total"], "unknownSumIndicator", { name: totalName });
    const seen = new Set<string>();
    arr(s.parts).forEach((p, j) => {
      const name = str(p);
      if (!name) return;
      const path: Segment[] = ["sums", i, "parts", j];
      const key = normalizeIndicator(name);
      const part = names.get(key);
      if (!part) out.add(path, "unknownSumIndicator", { name });
      else if (totalKey && (key === totalKey || part.path === total?.path)) out.add(path, "sumSelf", { name });
      else if (seen.has(part.path)) out.add(path, "sumPartRepeated", { name });
      else if (total?.dimension && part.dimension && total.dimension !== part.dimension) {
        out.add(path, "sumDimension", {
          name,
          dimension: msg.dimensionName({ dimension: part.dimension }),
          totalDimension: msg.dimensionName({ dimension: total.dimension }),
        });
      }
      if (part) seen.add(part.path);
    });
  });
}

function checkPeriod(raw: Obj, out: Collector): void {
  if (!isObj(raw.period)) return;
  const given = ["half", "quarter", "month"].filter((k) => raw.period && (raw.period as Obj)[k] !== undefined);
  if (given.length > 1) out.add(["period", given[1]], "periodConflict", undefined as never);
}

/** Document order of the top-level keys, so problems read from the top of the file down. */
const TOP_ORDER = Object.keys(SchemaSpec.shape);

function comparePaths(a: Segment[], b: Segment[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (i === 0) {
      const ix = TOP_ORDER.indexOf(String(x));
      const iy = TOP_ORDER.indexOf(String(y));
      if (ix !== iy) return (ix < 0 ? 1e9 : ix) - (iy < 0 ? 1e9 : iy);
    }
    return 0; // keep the order the checks found them in within one object
  }
  return 0;
}

/**
 * Validates a schema document (parsed JSON). Returns the schema with defaults applied, or every
 * problem found — structural ones from zod and semantic ones (units, names, sums, templates) —
 * each with its JSON path, in document order.
 */
export function validateSchema(json: unknown, lookup: UnitLookup | null, options: ParseOptions = {}): ParseResult {
  const msg = schemaMessages(options.locale);
  const out = new Collector(msg);
  const parsed = SchemaSpec.safeParse(json, { reportInput: true });
  if (!parsed.success) for (const issue of parsed.error.issues) fromZod(issue, out, msg);
  if (isObj(json)) {
    checkColumns(arr(json.columns), out, msg);
    const names = checkIndicators(json, lookup, out, msg);
    checkSums(json, names, out, msg);
    checkPeriod(json, out);
  }
  if (out.items.length === 0 && parsed.success) return { ok: true, schema: parsed.data };
  const items = out.items.map((p, i) => ({ ...p, i })).sort((a, b) => comparePaths(a.path, b.path) || a.i - b.i);
  return { ok: false, problems: items.map(({ path, code, message }) => ({ path: formatPath(path), code, message })) };
}
