#!/usr/bin/env node
// The offline manifest check (`npm run validate:offline`, run by CI). Microsoft's validator
// (`office-addin-manifest validate`) posts the XML to an online service and no package ships the
// XSDs, so this checks what breaks a sideload most often, from the XSD's rules written down here:
// well-formed XML; the element order of the manifest's main sequences; every resid resolving to a
// Resources entry of the right kind; every URL https and, for the dev host, a file the build emits
// or an asset present; icons present as PNGs of the declared sizes; a zh-CN override on every
// label; every ExecuteFunction bound in src/commands.
//
// Usage: node scripts/check-manifest.mjs [manifest.xml] [--root DIR] [--dist DIR] [--json]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { SaxesParser } = require("saxes");

export const DEV_BASE = "https://localhost:3000/";
const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_VO = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * Child sequences from the manifest XSDs (1.1 TaskPaneApp, VersionOverrides 1.0, basic types).
 * Each entry: [name, min, max]; names are local names; max Infinity for unbounded.
 */
const SEQUENCES = {
  "app:OfficeApp": [
    ["Id", 1, 1], ["AlternateId", 0, 1], ["Version", 1, 1], ["ProviderName", 1, 1], ["DefaultLocale", 1, 1],
    ["DisplayName", 1, 1], ["Description", 1, 1], ["IconUrl", 1, 1], ["HighResolutionIconUrl", 0, 1],
    ["SupportUrl", 0, 1], ["AppDomains", 0, 1], ["Hosts", 0, 1], ["Requirements", 0, 1],
    ["DefaultSettings", 1, 1], ["Permissions", 1, 1], ["AllowSnapshot", 0, 1], ["Dictionary", 0, 1],
    ["VersionOverrides", 0, 1], ["ExtendedOverrides", 0, 1],
  ],
  "app:Requirements": [["Sets", 0, 1], ["Methods", 0, 1]],
  "app:DefaultSettings": [["SourceLocation", 1, 1], ["RequestedWidth", 0, 1], ["RequestedHeight", 0, 1]],
  "vo:VersionOverrides": [["Description", 0, 1], ["Requirements", 0, 1], ["Hosts", 1, 1], ["Resources", 0, 1], ["WebApplicationInfo", 0, 1], ["EquivalentAddins", 0, 1], ["VersionOverrides", 0, 1]],
  "vo:DesktopFormFactor": [["GetStarted", 0, 1], ["FunctionFile", 0, 1], ["ExtensionPoint", 1, Infinity]],
  "vo:GetStarted": [["Title", 1, 1], ["Description", 1, 1], ["LearnMoreUrl", 0, 1]],
  "vo:OfficeTab": [["Group", 1, Infinity]],
  "vo:Group": [["Label", 1, 1], ["Icon", 1, 1], ["Control", 1, Infinity]],
  "vo:Control": [["Label", 1, 1], ["Supertip", 1, 1], ["Icon", 1, 1], ["Action", 0, 1], ["Items", 0, 1]],
  "vo:Supertip": [["Title", 1, 1], ["Description", 1, 1]],
  "vo:Resources": [["Images", 0, 1], ["Urls", 0, 1], ["ShortStrings", 0, 1], ["LongStrings", 0, 1]],
};

/** Which resource collection a resid must name, by the element carrying it. */
const RESID_KIND = {
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
};
const MAX_RESID = 32; // XSD: resid is a string of at most 32 characters
const MAX_LEN = { ShortStrings: 125, LongStrings: 250 };
/** Icon sizes each icon-bearing element needs (16/32/80 for ribbon icons, per the XSD and docs). */
const RIBBON_ICON_SIZES = ["16", "32", "80"];

function prefixOf(ns) {
  return ns === NS_APP ? "app" : ns === NS_VO ? "vo" : ns === NS_BT ? "bt" : "?";
}

/** Parses the XML into a small element tree with line numbers; null and a problem when not well-formed. */
export function parseXml(text) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root = { name: "#document", children: [] };
  const stack = [root];
  let error = null;
  parser.on("error", (e) => {
    if (!error) error = e;
  });
  parser.on("opentag", (tag) => {
    const attrs = {};
    for (const [k, a] of Object.entries(tag.attributes)) attrs[k] = { value: a.value, uri: a.uri, local: a.local };
    const el = { name: tag.local, ns: tag.uri, attrs, children: [], text: "", line: parser.line, parent: stack[stack.length - 1] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("text", (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (!error) error = e;
  }
  if (error) return { root: null, error: String(error.message ?? error) };
  return { root: root.children[0] ?? null, error: root.children.length ? null : "no root element" };
}

function attr(el, local) {
  for (const a of Object.values(el.attrs)) if (a.local === local && (a.uri === "" || a.uri === undefined || a.uri === null)) return a.value;
  return undefined;
}
function xsiType(el) {
  for (const a of Object.values(el.attrs)) if (a.uri === NS_XSI && a.local === "type") return a.value.replace(/^.*:/, "");
  return undefined;
}
function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}
function pathOf(el) {
  const parts = [];
  for (let e = el; e && e.name !== "#document"; e = e.parent) parts.unshift(e.name);
  return parts.join("/");
}

/** Checks one element's children against its sequence: order, minimum and maximum counts, unknown names. */
function checkSequence(el, seq, problem) {
  const names = el.children.map((c) => c.name);
  let pos = 0;
  const counts = new Map();
  for (const child of el.children) {
    const idx = seq.findIndex(([n]) => n === child.name);
    if (idx < 0) {
      problem(child, `<${child.name}> is not allowed in <${el.name}> (allowed, in order: ${seq.map(([n]) => n).join(", ")})`);
      continue;
    }
    if (idx < pos) problem(child, `<${child.name}> must come before <${seq[pos][0]}> in <${el.name}> (order: ${seq.map(([n]) => n).join(", ")})`);
    pos = Math.max(pos, idx);
    counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  }
  for (const [n, min, max] of seq) {
    const c = counts.get(n) ?? 0;
    if (c < min) problem(el, `<${el.name}> needs <${n}>${min > 1 ? ` (at least ${min})` : ""}`);
    if (c > max) problem(el, `<${el.name}> has ${c} <${n}>, at most ${max} allowed`);
  }
  return names;
}

/** PNG width and height from the IHDR chunk; null when the file is not a PNG. */
export function pngSize(buf) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b) || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function globToRegExp(glob) {
  return new RegExp("^" + glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*") + "$");
}

/**
 * The files a production build emits, from webpack.config.js itself (html pages and copied files),
 * without running webpack: the page names of HtmlWebpackPlugin and the copy patterns' sources.
 */
export async function emittedFiles(root) {
  const config = await require(join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode: "production" });
  const files = new Set();
  for (const p of config.plugins ?? []) {
    if (p.userOptions && typeof p.userOptions.filename === "string") files.add(p.userOptions.filename);
    for (const pat of p.patterns ?? []) {
      const from = typeof pat === "string" ? pat : pat.from;
      const to = typeof pat === "string" ? "" : pat.to ?? "";
      const dir = dirname(from);
      const re = globToRegExp(basename(from));
      const abs = join(root, dir);
      if (!existsSync(abs)) continue;
      for (const f of readdirSync(abs)) {
        if (!re.test(f)) continue;
        const ext = f.includes(".") ? f.slice(f.lastIndexOf(".")) : "";
        const name = ext ? f.slice(0, -ext.length) : f;
        const target = to ? to.replace("[name]", name).replace("[ext]", ext).replace("[query]", "") : join(dir === "." ? "" : dir, f);
        files.add(target.replace(/\\/g, "/"));
      }
    }
  }
  return files;
}

/**
 * Checks a manifest. Returns the problems found, each with the line and the element's path.
 * `root` is the project (for webpack.config.js, assets/ and src/commands); `dist`, when given,
 * is a build output to resolve dev URLs against instead.
 */
export async function checkManifest(file, { root = process.cwd(), dist, requireLocales = ["zh-CN"] } = {}) {
  const problems = [];
  const problem = (el, message) => problems.push({ line: el?.line ?? 0, path: el ? pathOf(el) : "", message });
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    problems.push({ line: 0, path: "", message: `cannot read ${file}: ${e.code ?? e.message}` });
    return problems;
  }
  const { root: app, error } = parseXml(text);
  if (!app) {
    problems.push({ line: 0, path: "", message: `not well-formed XML: ${error}` });
    return problems;
  }
  if (app.name !== "OfficeApp" || app.ns !== NS_APP) {
    problem(app, `the root must be <OfficeApp xmlns="${NS_APP}">`);
    return problems;
  }
  if (xsiType(app) !== "TaskPaneApp") problem(app, `xsi:type must be TaskPaneApp (found ${xsiType(app) ?? "none"})`);

  // Element order of the main sequences.
  for (const el of walk(app)) {
    const key = `${prefixOf(el.ns)}:${el.name}`;
    if (SEQUENCES[key]) checkSequence(el, SEQUENCES[key], problem);
  }

  const child = (el, name) => el.children.find((c) => c.name === name);
  const id = child(app, "Id");
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.text.trim())) problem(id, `<Id> must be a GUID (found "${id.text.trim()}")`);
  const version = child(app, "Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text.trim())) problem(version, `<Version> must be n.n.n.n (found "${version.text.trim()}")`);
  const reqs = child(app, "Requirements");
  if (!reqs || ![...walk(reqs)].some((e) => e.name === "Set" && attr(e, "Name") === "ExcelApi" && attr(e, "MinVersion")))
    problem(reqs ?? app, "the manifest must declare its minimum ExcelApi requirement set (<Requirements><Sets><Set Name=\"ExcelApi\" MinVersion=…/>)");

  // Resources: ids unique, at most 32 characters, lengths within limits, zh-CN overrides.
  const resources = new Map(); // id -> {kind, el, value}
  const vo = child(app, "VersionOverrides");
  const res = vo && child(vo, "Resources");
  if (res) {
    for (const coll of res.children) {
      for (const r of coll.children) {
        const rid = attr(r, "id");
        const value = attr(r, "DefaultValue");
        if (!rid) {
          problem(r, `<${r.name}> in <${coll.name}> has no id`);
          continue;
        }
        if (rid.length > MAX_RESID) problem(r, `resource id "${rid}" is longer than ${MAX_RESID} characters`);
        if (resources.has(rid)) problem(r, `resource id "${rid}" is declared twice`);
        resources.set(rid, { kind: coll.name, el: r, value });
        if (value === undefined) problem(r, `resource "${rid}" has no DefaultValue`);
        const max = MAX_LEN[coll.name];
        for (const v of [value, ...r.children.filter((o) => o.name === "Override").map((o) => attr(o, "Value"))])
          if (max && v && v.length > max) problem(r, `resource "${rid}" is longer than ${max} characters`);
        if (coll.name === "ShortStrings" || coll.name === "LongStrings")
          for (const loc of requireLocales)
            if (!r.children.some((o) => o.name === "Override" && attr(o, "Locale") === loc)) problem(r, `resource "${rid}" has no <bt:Override Locale="${loc}">`);
      }
    }
  }
  for (const name of ["DisplayName", "Description"]) {
    const el = child(app, name);
    if (el) for (const loc of requireLocales) if (!el.children.some((o) => o.name === "Override" && attr(o, "Locale") === loc)) problem(el, `<${name}> has no <Override Locale="${loc}">`);
  }

  // Every resid resolves, to the right kind of resource; note which are used.
  const used = new Set();
  for (const el of walk(app)) {
    const rid = attr(el, "resid");
    if (rid === undefined) continue;
    const want = RESID_KIND[el.name];
    const r = resources.get(rid);
    if (!r) problem(el, `resid "${rid}" on <${el.name}> names no resource in <Resources>`);
    else if (want && r.kind !== want) problem(el, `resid "${rid}" on <${el.name}> must name a ${want} entry, not ${r.kind}`);
    used.add(rid);
    if (rid.length > MAX_RESID) problem(el, `resid "${rid}" is longer than ${MAX_RESID} characters`);
  }
  for (const [rid, r] of resources) if (!used.has(rid)) problem(r.el, `resource "${rid}" is declared but never used`);

  // URLs: https, and the dev host's URLs resolve to a file the build emits or an asset present.
  let emitted = null;
  const distDir = dist ? resolve(dist) : null;
  async function resolves(path) {
    if (distDir) return existsSync(join(distDir, path));
    if (!emitted) {
      try {
        emitted = await emittedFiles(root);
      } catch (e) {
        problems.push({ line: 0, path: "", message: `cannot read webpack.config.js to know the emitted files: ${e.message}` });
        emitted = new Set();
      }
    }
    return emitted.has(path);
  }
  function fileOf(path) {
    const candidates = distDir ? [join(distDir, path)] : [join(root, path)];
    return candidates.find((c) => existsSync(c));
  }
  const urls = [];
  for (const el of walk(app)) {
    if (["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(el.name) && attr(el, "DefaultValue") !== undefined)
      urls.push({ el, url: attr(el, "DefaultValue"), size: el.name === "IconUrl" ? 32 : el.name === "HighResolutionIconUrl" ? 64 : null });
    if (el.name === "Override" && ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(el.parent.name))
      urls.push({ el, url: attr(el, "Value"), size: null });
    if (el.name === "AppDomain") urls.push({ el, url: el.text.trim(), size: null, domain: true });
  }
  for (const [rid, r] of resources) {
    if (r.kind === "Urls" || r.kind === "Images") urls.push({ el: r.el, url: r.value, size: null, rid, image: r.kind === "Images" });
  }
  const imageSizes = new Map(); // resid -> declared sizes where used
  for (const el of walk(app)) {
    if (el.name === "Image" && el.ns === NS_BT && attr(el, "resid")) {
      const list = imageSizes.get(attr(el, "resid")) ?? [];
      list.push({ size: Number(attr(el, "size")), el });
      imageSizes.set(attr(el, "resid"), list);
    }
  }
  for (const u of urls) {
    if (!u.url) continue;
    let parsed;
    try {
      parsed = new URL(u.url);
    } catch {
      problem(u.el, `"${u.url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") {
      problem(u.el, `"${u.url}" must use https`);
      continue;
    }
    if (u.domain || !u.url.startsWith(DEV_BASE)) continue;
    const path = decodeURIComponent(parsed.pathname.slice(1));
    if (!(await resolves(path))) {
      problem(u.el, `"${u.url}" resolves to ${path}, which the build does not emit`);
      continue;
    }
    const wantSizes = [u.size, ...(u.rid ? (imageSizes.get(u.rid) ?? []).map((s) => s.size) : [])].filter((s) => s);
    if (u.image || u.size) {
      const f = fileOf(path);
      const png = f ? pngSize(readFileSync(f)) : null;
      if (!f) problem(u.el, `icon ${path} is missing`);
      else if (!png) problem(u.el, `icon ${path} is not a PNG`);
      else for (const s of new Set(wantSizes)) if (png.width !== s || png.height !== s) problem(u.el, `icon ${path} is ${png.width}×${png.height} px, declared as ${s}×${s}`);
    }
  }

  // Ribbon: each Icon has the 16/32/80 images; control ids unique; ExecuteFunction bound in the function file.
  const controlIds = new Map();
  let needsFunctionFile = false;
  const functions = [];
  for (const el of walk(app)) {
    if (el.name === "Icon" && el.ns === NS_VO) {
      const sizes = el.children.filter((c) => c.name === "Image").map((c) => attr(c, "size"));
      for (const s of RIBBON_ICON_SIZES) if (!sizes.includes(s)) problem(el, `<Icon> of <${el.parent.name}> has no ${s} px image`);
    }
    if ((el.name === "Control" || el.name === "Group") && attr(el, "id")) {
      const cid = attr(el, "id");
      if (controlIds.has(cid)) problem(el, `id "${cid}" is used twice`);
      controlIds.set(cid, el);
    }
    if (el.name === "Action" && xsiType(el) === "ExecuteFunction") {
      needsFunctionFile = true;
      const fn = child(el, "FunctionName");
      if (!fn || !fn.text.trim()) problem(el, "an ExecuteFunction action needs a <FunctionName>");
      else functions.push({ el: fn, name: fn.text.trim() });
    }
    if (el.name === "Action" && xsiType(el) === "ShowTaskpane" && !child(el, "SourceLocation")) problem(el, "a ShowTaskpane action needs a <SourceLocation>");
  }
  if (needsFunctionFile && ![...walk(app)].some((e) => e.name === "FunctionFile")) problem(app, "ExecuteFunction buttons need a <FunctionFile>");
  const commandsDir = join(root, "src", "commands");
  if (functions.length && existsSync(commandsDir)) {
    const source = readdirSync(commandsDir)
      .filter((f) => /\.(ts|js)$/.test(f))
      .map((f) => readFileSync(join(commandsDir, f), "utf8"))
      .join("\n");
    for (const { el, name } of functions)
      if (!new RegExp(`Office\\.actions\\.associate\\(\\s*["']${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`).test(source))
        problem(el, `function "${name}" is not bound with Office.actions.associate in src/commands`);
  }
  return problems;
}

async function main(argv) {
  const args = argv.slice(2);
  const json = args.includes("--json");
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positional = args.filter((a, i) => !a.startsWith("--") && !["--root", "--dist"].includes(args[i - 1]));
  const file = resolve(positional[0] ?? "manifest.xml");
  const root = resolve(opt("--root") ?? dirname(file));
  const problems = await checkManifest(file, { root, dist: opt("--dist") });
  const shown = relative(process.cwd(), file) || file;
  if (json) process.stdout.write(JSON.stringify({ file: shown, problems }, null, 2) + "\n");
  else if (problems.length === 0) process.stdout.write(`${shown}: ok\n`);
  else for (const p of problems) process.stderr.write(`${shown}:${p.line}: ${p.path ? p.path + ": " : ""}${p.message}\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv);
