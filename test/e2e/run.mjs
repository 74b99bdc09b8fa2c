#!/usr/bin/env node
// End-to-end test of the built task pane in real headless Chromium (npm run test:e2e).
// Expects `npm run build` output in dist/; builds nothing of the add-in itself. Serves dist/ on
// 127.0.0.1, answers the office.js CDN request with test/e2e/office-stand-in.js, injects the
// stand-in workbook host (test/host/fake-excel.ts, bundled here for the browser) loaded with the
// jinhua fixture before the pane's code runs, then drives the pane as a user would: 检查, a
// finding clicked and one chosen by keyboard, 清除标记, 生成综述 → 插入到工作表; axe-core audits the
// pane's states against WCAG 2.1 A/AA. Screenshots go to test-artifacts/e2e/. Last line: "N passed, N failed"; exit code 1 when anything failed.
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = join(root, "dist");
const artifacts = join(root, "test-artifacts", "e2e");
const FIXTURE = join(root, "test", "fixtures", "jinhua-2023.xlsx");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const WIDTH = 320;

const results = [];
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e && e.message ? e.message.split("\n")[0] : e}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function finish(code) {
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(code ?? (passed === results.length && results.length > 0 ? 0 : 1));
}

// ------------------------------------------------------------------------------------------
// Preconditions: a production build of the current sources, a browser. A missing or stale build
// (a file in src/, manifest.xml or webpack.config.js newer than dist/taskpane.js) is rebuilt
// first, so `npm test` on a fresh clone tests what is in src/, not an old bundle or nothing.
{
  const { readdirSync, statSync } = await import("node:fs");
  const builtAt = existsSync(join(dist, "taskpane.js")) && existsSync(join(dist, "taskpane.html")) ? statSync(join(dist, "taskpane.js")).mtimeMs : -1;
  const newer = [];
  const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : statSync(join(d, e.name)).mtimeMs > builtAt && newer.push(join(d, e.name))));
  walk(join(root, "src"));
  for (const f of ["manifest.xml", "webpack.config.js"]) if (statSync(join(root, f)).mtimeMs > builtAt) newer.push(join(root, f));
  if (builtAt < 0 || newer.length) {
    console.log(builtAt < 0 ? "dist/ is missing: building (npm run build)" : `dist/ is older than ${newer[0].slice(root.length + 1)}${newer.length > 1 ? ` and ${newer.length - 1} more` : ""}: rebuilding (npm run build)`);
    const { execSync } = await import("node:child_process");
    try {
      execSync("npm run build --silent", { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    } catch {
      console.log("npm run build failed (its errors are above).");
      results.push({ name: "production build", ok: false });
      finish(1);
    }
  }
}

// Debian's chromium, and a CJK font so the screenshots show Chinese rather than empty boxes.
const fontMissing = !existsSync("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
if ((!existsSync(CHROMIUM) || fontMissing) && !process.env.CHROMIUM_PATH) {
  const cmd = "apt-get install -y --no-install-recommends chromium fonts-wqy-microhei";
  if (process.getuid && process.getuid() === 0) {
    console.log(`installing: ${cmd}`);
    const { execSync } = await import("node:child_process");
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${cmd} -qq`, { stdio: "inherit" });
    } catch {
      // reported below
    }
  }
}
if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing: ${"apt-get install -y chromium fonts-wqy-microhei"} (or set CHROMIUM_PATH).`);
  results.push({ name: "chromium present", ok: false });
  finish(1);
}
mkdirSync(artifacts, { recursive: true });

// ------------------------------------------------------------------------------------------
// The stand-in host, bundled for the browser with webpack (already a dev dependency).
async function bundleStandIn() {
  const webpack = require("webpack");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(here, "stand-in-host.ts"),
    output: { path: artifacts, filename: "stand-in-host.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: join(root, "tsconfig.json"), compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: false } } },
        },
      ],
    },
  });
  await new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => {});
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
  return readFileSync(join(artifacts, "stand-in-host.js"), "utf8");
}

// The fixture, read by exceljs as the CLI reads it: values, shown text, number formats.
async function readFixture() {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const ws = wb.worksheets[0];
  const rows = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      let value = null;
      let formula;
      if (v === null || v === undefined) value = null;
      else if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") value = v;
      else if (v instanceof Date) value = v.toISOString().slice(0, 10);
      else if (typeof v === "object" && "formula" in v) {
        formula = `=${v.formula}`;
        value = v.result ?? null;
      } else value = cell.text; // rich text and the like: what the user sees
      if (value === null && !formula) return;
      const fc = { value };
      if (cell.text !== String(value ?? "")) fc.text = cell.text;
      if (cell.numFmt) fc.numberFormat = cell.numFmt;
      if (formula) fc.formula = formula;
      out[c - 1] = fc;
    });
    rows[r - 1] = Array.from(out, (c) => c ?? null);
  });
  return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
}

// dist/ over http on 127.0.0.1 (the pane's URLs are relative; https is not needed on loopback).
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml", ".json": "application/json", ".txt": "text/plain" };
function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(dist, path || "taskpane.html");
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ------------------------------------------------------------------------------------------
const [standIn, fixture] = await Promise.all([bundleStandIn(), readFixture()]);
const officeStandIn = readFileSync(join(here, "office-stand-in.js"), "utf8");
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const { chromium } = require("playwright-core");
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** A page with the stand-in host and office.js stand-in in place, the pane loaded. */
async function openPane({ displayLanguage = "zh-CN", width = WIDTH, bodyBackgroundColor = "#FFFFFF", sheet = fixture, pagePath = "taskpane.html" } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: displayLanguage });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // office.js from Microsoft's CDN → the stand-in; anything else off this machine → refused.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStandIn });
    if (url.startsWith(base)) return route.continue();
    return route.abort();
  });
  await page.addInitScript(
    ({ code, sheet, displayLanguage, bodyBackgroundColor }) => {
      window.__JIAOHE_E2E__ = { displayLanguage, bodyBackgroundColor };
      new Function(code)();
      window.__jiaoheHost = window.JiaoheStandIn.install([sheet], { sets: "1.18", platform: "OfficeOnline", displayLanguage });
    },
    { code: standIn, sheet, displayLanguage, bodyBackgroundColor },
  );
  await page.goto(`${base}/${pagePath}`);
  return { context, page, errors };
}
/** A1 address → the cell as JSON; a blank cell with no formatting (`{}`) is the same as none. */
function cellMap(rows, view = (c) => JSON.stringify(c)) {
  const out = new Map();
  (rows ?? []).forEach((row, r) =>
    (row ?? []).forEach((c, col) => {
      if (!c || Object.keys(c).length === 0) return;
      let letters = "";
      for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      out.set(`${letters}${r + 1}`, view(c));
    }),
  );
  return out;
}
const hostState = (page, sheet) => page.evaluate((s) => window.JiaoheStandIn.snapshot(window.__jiaoheHost, s), sheet);
async function assertNoOverflow(page, when) {
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(w <= WIDTH, `${when}: the page is ${w}px wide at a ${WIDTH}px viewport`);
}
const shot = (page, name) => page.screenshot({ path: join(artifacts, name), fullPage: true });

// axe-core (Deque's accessibility engine, the one behind Lighthouse and Accessibility Insights),
// run in the page against WCAG 2.1 A and AA. Returns the violations as "rule-id: target" lines.
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary.split("\n").slice(1, 2).join("").trim()}`));
}
async function assertAccessible(page, when, checkButton = "检查") {
  // The pane is idle (检查 is enabled again once a run has ended) and no colour is mid-transition:
  // axe reads computed colours, and a button fading from its disabled grey is no real defect.
  await page.waitForFunction((name) => (!name || [...document.querySelectorAll("button")].some((b) => !b.disabled && b.textContent === name)) && document.getAnimations().every((a) => a.playState !== "running"), checkButton, { timeout: 15000 });
  const found = await axeViolations(page);
  assert(found.length === 0, `${when}: ${found.length} axe violation(s): ${found.slice(0, 4).join(" | ")}`);
}

try {
  const { page, errors } = await openPane();
  const sheetName = fixture.name;
  let before;
  let leaves = [];

  await step("the pane renders in zh-CN with its header and empty state", async () => {
    await page.getByRole("heading", { level: 1, name: "校核" }).waitFor({ timeout: 15000 });
    await page.getByText("还没有检查结果").waitFor();
    assert(!(await page.getByText("未检测到 Excel").count()), "the pane thinks it runs outside Excel");
    await shot(page, "01-empty-320px.png");
  });

  await step("nothing overflows the 320 px pane", async () => {
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(w <= WIDTH, `page is ${w}px wide at a ${WIDTH}px viewport`);
  });

  await step("检查 reads the sheet, lists the findings and marks the cells", async () => {
    before = await hostState(page, sheetName);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("tree", { name: "问题列表" }).waitFor({ timeout: 20000 });
    leaves = await page.locator("[role=treeitem][data-cell]").evaluateAll((els) => els.map((e) => ({ cell: e.getAttribute("data-cell"), code: e.getAttribute("data-finding-code") })));
    assert(leaves.length > 0, "no findings listed");
    // planted defects of the fixture (test/fixtures/jinhua-2023.xlsx) the list must show
    const listed = new Set(leaves.map((l) => `${l.cell} ${l.code}`));
    for (const want of ["D17 unit-without-number", "D21 percent-out-of-range"]) assert(listed.has(want), `${want} not listed (listed: ${[...listed].slice(0, 12).join(", ")}…)`);
    const after = await hostState(page, sheetName);
    const was = cellMap(before.cells);
    const marked = [...cellMap(after.cells)].filter(([k, v]) => was.get(k) !== v).map(([k]) => k);
    assert(marked.length > 0 || after.notes.length > before.notes.length || after.comments > before.comments, "no cell was marked");
    assert(marked.includes("D17"), `D17 (unit-without-number) was not marked; marked: ${marked.slice(0, 10).join(", ")}`);
    const errorCount = await page.getByTestId("count-error").textContent();
    assert(/^错误 [1-9]\d*$/.test(errorCount ?? ""), `error count reads "${errorCount}"`);
    await assertNoOverflow(page, "with the findings listed");
    await shot(page, "02-findings-320px.png");
  });

  await step("the marks changed formats only, never a value", async () => {
    const after = await hostState(page, sheetName);
    const values = (cells) => new Map([...cellMap(cells, (c) => JSON.stringify([c.value ?? null, c.formula ?? null, c.text ?? null]))].filter(([, v]) => v !== "[null,null,null]"));
    const was = values(before.cells);
    const now = values(after.cells);
    const changed = [...new Set([...was.keys(), ...now.keys()])].filter((k) => was.get(k) !== now.get(k));
    assert(changed.length === 0, `values changed in ${changed.slice(0, 5).join(", ")}`);
  });

  await step("clicking a finding moves the workbook's selection to its cell", async () => {
    const target = leaves.find((l) => l.cell === "D17") ?? leaves[0];
    await page.locator(`[role=treeitem][data-cell="${target.cell}"]`).first().click();
    await page.waitForFunction((cell) => window.__jiaoheHost.workbook.selection.address.replace(/\$/g, "").split(":")[0] === cell, target.cell, { timeout: 5000 });
    const sel = (await hostState(page, sheetName)).selection;
    assert(sel.sheet === sheetName, `selection on sheet ${sel.sheet}`);
    await assertNoOverflow(page, "with a finding's card open");
    await shot(page, "03-selected-320px.png");
  });

  await step("keyboard: arrow down then Enter selects the next finding's cell", async () => {
    await page.locator("[role=treeitem][data-cell]").first().focus();
    // Down through the tree (past category rows) to the next finding.
    let next = null;
    for (let i = 0; i < 6 && !next; i++) {
      await page.keyboard.press("ArrowDown");
      next = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute("data-cell"));
    }
    assert(next, "ArrowDown never reached another finding");
    // The user has since clicked elsewhere in the grid: Enter must bring the selection back.
    await page.evaluate(() => (window.__jiaoheHost.workbook.selection.address = "A1"));
    await page.keyboard.press("Enter");
    await page.waitForFunction((cell) => window.__jiaoheHost.workbook.selection.address.replace(/\$/g, "").split(":")[0] === cell, next, { timeout: 5000 });
  });

  await step("清除标记 restores every format of the sheet as it was", async () => {
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText(/^(已恢复 \d+ 个单元格的原格式。|操作未完成：.*)$/).waitFor({ timeout: 15000 });
    const said = await page.locator("[role=status],[role=alert]").first().textContent();
    assert(/^已恢复 [1-9]\d* 个单元格的原格式。$/.test(said ?? ""), `the pane says "${said}"`);
    const after = await hostState(page, sheetName);
    const was = cellMap(before.cells);
    const now = cellMap(after.cells);
    const changed = [...new Set([...was.keys(), ...now.keys()])].filter((k) => was.get(k) !== now.get(k));
    assert(changed.length === 0, `${changed.length} cells differ from before the check, e.g. ${changed.slice(0, 3).map((k) => `${k}: ${was.get(k)} → ${now.get(k)}`).join("; ")}`);
    assert(JSON.stringify(after.notes) === JSON.stringify(before.notes), "notes differ from before the check");
    assert(after.comments === before.comments, "comments differ from before the check");
    await shot(page, "04-cleared-320px.png");
  });

  await step("生成综述 previews the narrative; 插入到工作表 writes the sheet 情况综述; 复制 fills the clipboard", async () => {
    await page.getByRole("button", { name: "生成综述" }).click();
    const preview = page.getByTestId("narrative-preview");
    await preview.waitFor();
    const text = await preview.inputValue();
    assert(text.includes("低保标准"), `preview lacks 低保标准: ${text.slice(0, 80)}`);
    await page.getByRole("button", { name: "插入到工作表" }).click();
    await page.getByText("已写入工作表“情况综述”。").waitFor({ timeout: 15000 });
    const state = await hostState(page, "情况综述");
    assert(state.sheets.some((s) => s.name === "情况综述"), `no sheet 情况综述 (sheets: ${state.sheets.map((s) => s.name).join(", ")})`);
    const written = (state.cells ?? []).flatMap((r) => (r ?? []).map((c) => (c && typeof c.value === "string" ? c.value : ""))).join("\n");
    assert(written.includes("低保标准"), "the narrative sheet does not hold the narrative");
    await page.getByRole("button", { name: "复制", exact: true }).click();
    await page.getByText("已复制到剪贴板。").waitFor({ timeout: 5000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert(copied === text, "the clipboard does not hold the preview's text");
    await assertNoOverflow(page, "with the narrative preview");
    await preview.scrollIntoViewIfNeeded();
    await shot(page, "05-narrative-320px.png");
  });

  await step("核实: a warning's explanation is kept in the workbook and counted apart on the next check", async () => {
    const warningCell = leaves.find((l) => l.code === "non-integer-count")?.cell ?? "D16";
    await page.locator(`[role=treeitem][data-cell="${warningCell}"][data-finding-code="non-integer-count"]`).click();
    const box = page.getByRole("textbox", { name: "核实说明（为什么这个数字是对的）" });
    await box.fill("单位为万名，已与处室核对");
    await page.getByRole("button", { name: "核实", exact: true }).click();
    await page.getByText("核实说明已保存在工作簿中。").waitFor({ timeout: 10000 });
    assert((await page.getByTestId("count-explained").textContent()) === "已核实 1", "the pane does not count it as verified");
    // the next reviewer: a fresh check reads the explanation back from the workbook
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText("已核实：单位为万名，已与处室核对").waitFor({ timeout: 15000 });
    assert((await page.getByTestId("count-explained").textContent()) === "已核实 1", "a fresh check lost the explanation");
    await shot(page, "06-verified-320px.png");
  });

  await step("写入校核结果表 writes a findings sheet with a link to each cell", async () => {
    await page.getByRole("button", { name: "写入校核结果表" }).click();
    await page.getByText(/^已写入工作表“.+”，每条问题都链接到它的单元格。$/).waitFor({ timeout: 15000 });
    const state = await hostState(page, "校核结果");
    assert(state.cells, `no sheet 校核结果 (sheets: ${state.sheets.map((s) => s.name).join(", ")})`);
    const formulas = state.cells.flatMap((r) => (r ?? []).map((c) => (c && c.formula) || "")).filter((f) => /HYPERLINK/i.test(f));
    assert(formulas.some((f) => f.includes("D17")), "no link to D17");
    const texts = JSON.stringify(state.cells);
    assert(texts.includes("单位为万名，已与处室核对"), "the explanation is not in the findings sheet");
  });

  await step("live check: an edit in the grid is re-checked without pressing 检查", async () => {
    // writing the findings sheet made it the active one; the user goes back to the submission
    await page.evaluate((sheet) => (window.__jiaoheHost.workbook.active = sheet), sheetName);
    await page.getByRole("switch", { name: "实时检查：编辑后自动重查" }).click();
    await page.waitForFunction(() => document.querySelector("[role=switch]")?.checked === true, null, { timeout: 5000 });
    assert((await page.locator('[role=treeitem][data-cell="D17"][data-finding-code="unit-without-number"]').count()) === 1, "D17 not listed before the edit");
    // the user types the missing figure into D17 (亿元 → 2.1)
    await page.evaluate((sheet) => window.__jiaoheHost.userEdit(sheet, "D17", { value: 2.1, text: undefined }), sheetName);
    await page.getByText("已按最新编辑重新检查。").waitFor({ timeout: 10000 });
    assert((await page.locator('[role=treeitem][data-cell="D17"][data-finding-code="unit-without-number"]').count()) === 0, "D17 still listed after the fix");
    await page.getByRole("switch", { name: "实时检查：编辑后自动重查" }).click();
  });

  await step("accessibility: axe-core finds no WCAG 2.1 A/AA violation in the empty pane, the findings list, a finding's card, the narrative preview, light and dark", async () => {
    for (const bodyBackgroundColor of ["#FFFFFF", "#1F1F1F"]) {
      const theme = bodyBackgroundColor === "#FFFFFF" ? "light" : "dark";
      const a = await openPane({ bodyBackgroundColor });
      await a.page.getByRole("heading", { level: 1, name: "校核" }).waitFor({ timeout: 15000 });
      await assertAccessible(a.page, `${theme}, empty pane`);
      await a.page.getByRole("button", { name: "检查", exact: true }).click();
      await a.page.getByRole("tree", { name: "问题列表" }).waitFor({ timeout: 20000 });
      await assertAccessible(a.page, `${theme}, findings listed`);
      await a.page.locator("[role=treeitem][data-cell]").first().click();
      await assertAccessible(a.page, `${theme}, a finding's card open`);
      await a.page.getByRole("button", { name: "生成综述" }).click();
      await a.page.getByTestId("narrative-preview").waitFor();
      await assertAccessible(a.page, `${theme}, narrative preview`);
      await a.context.close();
    }
  });

  await step("no script errors in the page", async () => {
    assert(errors.length === 0, errors.join(" | "));
  });

  await step("en-US display language gives the English pane", async () => {
    const en = await openPane({ displayLanguage: "en-US" });
    await en.page.getByRole("heading", { level: 1, name: "Jiaohe" }).waitFor({ timeout: 15000 });
    await en.page.getByRole("button", { name: "Check", exact: true }).click();
    await en.page.getByRole("tree", { name: "Findings" }).waitFor({ timeout: 20000 });
    await assertAccessible(en.page, "en-US, findings listed", "Check");
    await shot(en.page, "07-findings-en-US.png");
    await en.context.close();
  });

  await step("a dark Office theme gives the dark Fluent theme", async () => {
    const dark = await openPane({ bodyBackgroundColor: "#1F1F1F" });
    await dark.page.getByRole("heading", { level: 1, name: "校核" }).waitFor({ timeout: 15000 });
    const bg = await dark.page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    assert(r + g + b < 3 * 80, `background is ${bg}`);
    await shot(dark.page, "08-dark-320px.png");
    await dark.context.close();
  });

  await step("a large sheet (20,000 rows): a progress bar while it is read, then the findings", async () => {
    const [header, ...data] = fixture.rows;
    const rows = [header];
    for (let i = 0; rows.length <= 20000; i++) rows.push(data[i % data.length]);
    const big = await openPane({ sheet: { name: fixture.name, rows } });
    await big.page.getByRole("heading", { level: 1, name: "校核" }).waitFor({ timeout: 15000 });
    await big.page.evaluate(() => {
      window.__sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector("[role=progressbar]")) window.__sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const syncsBefore = (await hostState(big.page, fixture.name)).syncs;
    const t0 = Date.now();
    await big.page.getByRole("button", { name: "检查", exact: true }).click();
    await big.page.getByRole("tree", { name: "问题列表" }).waitFor({ timeout: 120000 });
    const seconds = (Date.now() - t0) / 1000;
    assert(await big.page.evaluate(() => window.__sawProgress), "no progress bar was shown");
    const shown = await big.page.locator("[role=treeitem][data-cell]").count();
    const syncs = (await hostState(big.page, fixture.name)).syncs - syncsBefore;
    console.log(`     20,000 rows checked and marked in ${seconds.toFixed(1)} s, ${syncs} syncs, ${shown} findings rendered`);
    assert(shown > 0, "no findings listed");
    await shot(big.page, "09-large-sheet-320px.png");
    await big.context.close();
  });

  await step("ribbon 检查 (function file, no pane): marks the sheet, reports the counts in the notice, completes", async () => {
    const ribbon = await openPane({ pagePath: "commands.html" });
    await ribbon.page.waitForFunction(() => window.__associated && window.__associated.checkSheet && window.__associated.writeNarrative, null, { timeout: 15000 });
    const before = cellMap((await hostState(ribbon.page, fixture.name)).cells);
    await ribbon.page.evaluate(() => new Promise((resolve) => window.__associated.checkSheet({ completed: resolve })));
    const after = cellMap((await hostState(ribbon.page, fixture.name)).cells);
    assert([...after].some(([k, v]) => before.get(k) !== v), "the ribbon's check marked nothing");
    const dialogs = await ribbon.page.evaluate(() => window.__dialogs);
    assert(dialogs.length === 1 && dialogs[0].closed, "no notice, or it was not closed before completing");
    const q = new URL(dialogs[0].url).searchParams;
    assert(q.get("title") === "校核结果" && /^错误 \d+ 项，待核实 \d+ 项/.test(q.get("text") ?? ""), `notice says ${q.get("title")}: ${q.get("text")}`);
    // the notice page itself, at a dialog's size
    const notice = await ribbon.context.newPage();
    await notice.setViewportSize({ width: 360, height: 220 });
    await notice.goto(`${base}/notice.html${new URL(dialogs[0].url).search}`);
    await notice.getByText(q.get("text").split("\n")[0]).waitFor({ timeout: 5000 });
    await notice.screenshot({ path: join(artifacts, "10-ribbon-notice.png") });
    await assertAccessible(notice, "the ribbon's notice", null);
    await ribbon.page.evaluate(() => new Promise((resolve) => window.__associated.writeNarrative({ completed: resolve })));
    const state = await hostState(ribbon.page, "情况综述");
    assert(state.cells && JSON.stringify(state.cells).includes("低保标准"), "the ribbon's 生成综述 wrote no narrative sheet");
    assert(ribbon.errors.length === 0, ribbon.errors.join(" | "));
    await ribbon.context.close();
  });

  await step("without office.js (no network to the CDN) the pane still opens and says Excel is missing", async () => {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 700 }, locale: "zh-CN" });
    const bare = await context.newPage();
    await bare.route("**/*", (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    await bare.goto(`${base}/taskpane.html`);
    await bare.getByText("未检测到 Excel：请在 Excel 中打开此面板。").waitFor({ timeout: 15000 });
    await assertAccessible(bare, "outside Excel", null);
    await context.close();
  });
} catch (e) {
  results.push({ name: "harness", ok: false });
  console.log(`FAIL harness: ${e && e.stack ? e.stack : e}`);
} finally {
  await browser.close();
  server.close();
}
finish();
