// Narrative: time to draft the summary of a 1,000-indicator table (narrate + render to text),
// after the table is built. Target (issue 5): under 50 ms on the 2-core machine.
// The table is generated deterministically: 11 categories, every indicator kind, growth stated
// or computed, targets on some rows, a few rows in error (markers) and duplicates.
import { createRequire } from "node:module";
import { join } from "node:path";
import { rng } from "./rng.mjs";

const require = createRequire(import.meta.url);

const KINDS = [
  ["低保标准", "元/月"],
  ["慈善募捐款物", "亿元"],
  ["低保资金支出", "万元"],
  ["新增农村低保对象", "户"],
  ["县级社会救助联合体", "家"],
  ["临时救助", "人次"],
  ["规范服务率", "%"],
  ["护理型床位占比", "%"],
  ["养老服务人才培训完成率", "%"],
  ["慈善组织数量", "家"],
];
const CATEGORIES = ["社会救助", "养老服务", "儿童福利", "残疾人福利", "慈善事业", "福利彩票", "社会组织", "基层治理", "区划地名", "婚姻登记", "殡葬管理"];

function cell(v) {
  if (v === null || v === undefined || v === "") return { value: null, text: "" };
  return typeof v === "number" ? { value: v, text: String(v) } : { value: v, text: v };
}

function makeGrid(n) {
  const r = rng(20261123);
  const rows = [["类别", "指标名称", "单位", "2023年", "2022年", "同比增长(%)", "全年目标", "完成进度(%)"].map(cell)];
  for (let i = 0; i < n; i++) {
    const [name, unit] = KINDS[i % KINDS.length];
    const pct = unit === "%";
    const value = pct ? Math.round(r() * 9000) / 100 : Math.round(r() * 1e6) / (unit.includes("元") ? 100 : 1);
    const previous = r() < 0.6 ? (pct ? Math.round(r() * 9000) / 100 : Math.round(value * (0.8 + r() * 0.4) * 100) / 100) : "";
    const growth = previous !== "" && !pct && r() < 0.5 ? Math.round((value / previous - 1) * 1000) / 10 : "";
    const target = !pct && r() < 0.2 ? Math.round(value * (0.8 + r() * 0.6)) : "";
    const missing = r() < 0.02;
    rows.push([CATEGORIES[Math.floor(i / 91) % CATEGORIES.length], `${name}${i}`, unit, missing ? "" : value, previous, growth, target, ""].map(cell));
  }
  return { sheet: "填报表", originRow: 0, originCol: 0, rows };
}

export async function run({ root }) {
  const { buildTable } = require(join(root, "lib/core/table/index.js"));
  const { getBuiltinSchema } = require(join(root, "lib/core/schema/index.js"));
  const { narrate, renderNarrative } = require(join(root, "lib/core/narrative/index.js"));
  let checkGrid = null;
  try {
    checkGrid = require(join(root, "lib/core/checks/index.js")).checkGrid ?? null;
  } catch {
    checkGrid = null;
  }
  const schema = getBuiltinSchema("civil-affairs");
  const grid = makeGrid(1000);
  const { table, findings } = checkGrid ? checkGrid(grid, schema) : buildTable(grid, schema);
  const dataRows = table.rows.filter((x) => x.kind === "data").length;

  // Warm up, then the median of 30 runs.
  for (let i = 0; i < 5; i++) renderNarrative(narrate(table, findings, schema), "text");
  const times = [];
  let out = null;
  for (let i = 0; i < 30; i++) {
    const t0 = process.hrtime.bigint();
    out = narrate(table, findings, schema);
    renderNarrative(out, "text");
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const chars = out.paragraphs.reduce((s, p) => s + p.text.length, 0);
  return {
    indicators: dataRows,
    findingsFromChecks: checkGrid ? findings.length : "checkGrid not built; buildTable findings only",
    paragraphs: out.paragraphs.length,
    figures: out.paragraphs.reduce((s, p) => s + p.figures.length, 0),
    omitted: out.omitted.length,
    characters: chars,
    narrateMedianMs: Number(median.toFixed(2)),
    narrateMaxMs: Number(times[times.length - 1].toFixed(2)),
    targets: { narrate1000Ms: { target: 50, value: Number(median.toFixed(2)), pass: median < 50 } },
  };
}
