import { readdirSync, readFileSync, statSync } from "fs";
import { builtinModules } from "module";
import { dirname, join, relative, resolve, sep } from "path";

/**
 * Imports point one way: core ← excel ← taskpane/commands, and core ← cli. Checked here by reading
 * every import in src/ and resolving it (ESLint's no-restricted-imports says the same while editing;
 * this test resolves paths, so `src/cli/commands` is never taken for `src/commands`).
 */
const SRC = join(__dirname, "..", "src");
type Layer = "core" | "excel" | "taskpane" | "commands" | "cli";

const MAY_IMPORT: Record<Layer, Layer[]> = {
  core: ["core"],
  excel: ["excel", "core"],
  taskpane: ["taskpane", "excel", "core"],
  commands: ["commands", "excel", "core"],
  cli: ["cli", "core"],
};
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const UI = /^(react|react-dom|@fluentui\/.*)(\/.*)?$/;
const OFFICE = /^(office-addin-.*|@microsoft\/office-js.*)$/;
/** Packages each layer must not use, by what they stand for. */
function forbiddenPackage(layer: Layer, pkg: string): string | null {
  const name = pkg.startsWith("@") ? pkg.split("/").slice(0, 2).join("/") : pkg.split("/")[0];
  const node = NODE.has(pkg) || NODE.has(name);
  if (layer === "core") {
    if (UI.test(pkg)) return "React/Fluent";
    if (OFFICE.test(name)) return "Office tooling";
    if (node) return "a Node built-in";
    if (name === "exceljs") return "exceljs (Node I/O)";
  }
  if (layer === "excel") {
    if (UI.test(pkg)) return "React/Fluent";
    if (node) return "a Node built-in";
    if (name === "exceljs") return "exceljs (Node I/O)";
  }
  if ((layer === "taskpane" || layer === "commands") && node) return "a Node built-in";
  if (layer === "commands" && UI.test(pkg)) return "React/Fluent";
  if (layer === "cli" && UI.test(pkg)) return "React/Fluent";
  return null;
}

export interface Violation {
  file: string;
  specifier: string;
  why: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g;

export function importsOf(source: string): string[] {
  // Comments may mention imports; drop them first (line and block comments, not inside strings).
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

export function layerOf(absFile: string, srcRoot: string): Layer | null {
  const first = relative(srcRoot, absFile).split(sep)[0];
  return (["core", "excel", "taskpane", "commands", "cli"] as const).find((l) => l === first) ?? null;
}

export function violations(files: { path: string; source: string }[], srcRoot: string): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    const from = layerOf(f.path, srcRoot);
    if (!from) continue;
    for (const spec of importsOf(f.source)) {
      const file = relative(srcRoot, f.path);
      if (spec.startsWith(".")) {
        const target = resolve(dirname(f.path), spec);
        const to = layerOf(target, srcRoot);
        if (!to) out.push({ file, specifier: spec, why: "points outside src/" });
        else if (!MAY_IMPORT[from].includes(to)) out.push({ file, specifier: spec, why: `${from} may not import ${to}` });
      } else {
        const why = forbiddenPackage(from, spec);
        if (why) out.push({ file, specifier: spec, why: `${from} may not import ${why}` });
      }
    }
  }
  return out;
}

function sourcesUnder(dir: string): { path: string; source: string }[] {
  const out: { path: string; source: string }[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourcesUnder(p));
    else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(name)) out.push({ path: p, source: readFileSync(p, "utf8") });
  }
  return out;
}

describe("layers: imports point one way", () => {
  const files = sourcesUnder(SRC);

  test("src/ has files in every layer it scans", () => {
    const layers = new Set(files.map((f) => layerOf(f.path, SRC)));
    for (const l of ["core", "taskpane", "commands", "cli"] as const) expect(layers).toContain(l);
  });

  test("no file in src/ imports against the direction", () => {
    expect(violations(files, SRC)).toEqual([]);
  });

  test("the scan finds each kind of wrong import (so the test above can fail)", () => {
    const at = (p: string) => join(SRC, p);
    const bad = violations(
      [
        { path: at("core/checks/x.ts"), source: 'import { a } from "../../excel";\nimport * as fs from "fs";\nimport React from "react";' },
        { path: at("core/y.ts"), source: 'export { b } from "../taskpane/App";\nconst p = require("node:path");\nimport "office-addin-mock";' },
        { path: at("excel/z.ts"), source: 'import type { T } from "../taskpane/findings-view";\nimport { Button } from "@fluentui/react-components";' },
        { path: at("cli/commands/w.ts"), source: 'import { q } from "../../commands/commands";\nimport { ok } from "./check";' },
        { path: at("commands/v.ts"), source: 'const m = await import("../taskpane/App");' },
        // comments do not count, and core may import core and zod
        { path: at("core/ok.ts"), source: '// import x from "../excel";\n/* import "react"; */\nimport { z } from "zod";\nimport { a1 } from "./table/grid";' },
      ],
      SRC,
    );
    expect(bad.map((v) => `${v.file.split(sep).join("/")} ${v.specifier}: ${v.why}`)).toEqual([
      "core/checks/x.ts ../../excel: core may not import excel",
      "core/checks/x.ts fs: core may not import a Node built-in",
      "core/checks/x.ts react: core may not import React/Fluent",
      "core/y.ts ../taskpane/App: core may not import taskpane",
      "core/y.ts node:path: core may not import a Node built-in",
      "core/y.ts office-addin-mock: core may not import Office tooling",
      "excel/z.ts ../taskpane/findings-view: excel may not import taskpane",
      "excel/z.ts @fluentui/react-components: excel may not import React/Fluent",
      "cli/commands/w.ts ../../commands/commands: cli may not import commands",
      "commands/v.ts ../taskpane/App: commands may not import taskpane",
    ]);
  });
});
