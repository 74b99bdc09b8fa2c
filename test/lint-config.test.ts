import { execFileSync } from "child_process";
import { join } from "path";

/**
 * eslint.config.mjs does what `npm run lint` promises: Microsoft's add-in rules on src/excel and the
 * layer rule on every layer. Each case is linted as if it were a file at that path (ESLint runs in
 * a child process: its flat config is an ES module, which jest's CommonJS runtime cannot import).
 */
const root = join(__dirname, "..");
const PROBE = `
import { ESLint } from "eslint";
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of JSON.parse(process.argv[1])) {
  const [r] = await eslint.lintText(c.code, { filePath: c.file });
  out.push([...new Set(r.messages.map((m) => m.ruleId ?? m.message))].sort());
}
console.log(JSON.stringify(out));
`;

function lint(cases: { file: string; code: string }[]): string[][] {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", PROBE, JSON.stringify(cases)], { cwd: root, encoding: "utf8" });
  return JSON.parse(out);
}

const excelLoop = `export async function f(ranges: Excel.Range[]) {
  await Excel.run(async (context) => {
    for (const r of ranges) {
      r.load("values");
      await context.sync();
    }
  });
}
`;
const excelUnloaded = `export async function f() {
  await Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    await context.sync();
    return range.address;
  });
}
`;
const excelEmptyLoad = `export async function f() {
  await Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load();
    await context.sync();
  });
}
`;
const excelGood = `export async function f(): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return range.address;
  });
}
`;

test("the lint config flags wrong layer imports and Office.js misuse, and passes good code", () => {
  const results = lint([
    { file: "src/core/checks/x.ts", code: 'import { a } from "../../excel";\nexport const b = a;\n' },
    { file: "src/core/y.ts", code: 'import { readFileSync } from "fs";\nexport const b = readFileSync;\n' },
    { file: "src/core/z.ts", code: "export const cwd = () => process.cwd();\n" },
    { file: "src/excel/a.ts", code: 'import { App } from "../taskpane/App";\nexport const b = App;\n' },
    { file: "src/excel/loop.ts", code: excelLoop },
    { file: "src/excel/unloaded.ts", code: excelUnloaded },
    { file: "src/excel/empty.ts", code: excelEmptyLoad },
    { file: "src/excel/good.ts", code: excelGood },
    { file: "src/commands/c.ts", code: 'import * as React from "react";\nexport const r = React;\n' },
    { file: "src/cli/main2.ts", code: 'import { run } from "./commands/check";\nexport const r = run;\n' },
    { file: "src/taskpane/components/X.tsx", code: 'import * as React from "react";\nexport function X({ n }: { n: number }) {\n  return <span>{n}</span>;\n}\n' },
  ]);
  expect(results).toEqual([
    ["no-restricted-imports"],
    ["no-restricted-imports"],
    ["no-restricted-globals"],
    ["no-restricted-imports"],
    ["office-addins/no-context-sync-in-loop"],
    ["office-addins/load-object-before-read"],
    ["office-addins/no-empty-load"],
    [],
    ["no-restricted-imports"],
    [],
    [],
  ]);
});
