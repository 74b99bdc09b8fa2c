// Report text linted per second (issue 4: at least 5 MB/s), with the engine built to lib/.
// The corpus is the five seed reports in ../shared/seeds when present, else generated report-like
// text (a fresh clone has no ../shared). Each document is linted on its own, as lint-text does,
// and once as one long document to show the cost stays linear in the text's length.
// Rates are given per wall-clock second and per CPU second of this process: on a machine shared
// with other jobs the wall clock measures the neighbours too, so the target is checked on CPU time
// (one core, as lint-text uses), and the wall-clock figure is reported beside it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const TARGET_MB_PER_S = 5;

function generated() {
  const parts = [
    "市民政局2024年上半年工作总结\n",
    "一、2024年上半年工作情况\n",
    "全市共筹集民生保障资金3.5亿元,惠及困难群众30万人次。在册低保对象5647户8204人,1-6月累计发放低保资金6664.1万元。",
    "按照鄂民发〔2024〕22号文件要求,建成养老服务中心12家(其中城区5家,农村7家),覆盖率达到86.5%,服务时长约100多万小时。",
    "慈善募捐款物达到4.48亿元,较去年增长60%,排名全省第4,召开第四次全体会议,落实“1261”行动计划和“1+3+3”模式。",
    "\n二、下半年工作计划\n力争到2025年建成家庭养老床位不少于500张,给予6—12个月的渐退期,24小时值守。\n",
  ];
  const docs = [];
  for (let d = 0; d < 5; d++) docs.push(parts.join("").repeat(20));
  return docs;
}

export async function run({ root }) {
  const require = createRequire(import.meta.url);
  const { lintText } = require(join(root, "lib/core/text/index.js"));
  const seedsDir = join(root, "..", "shared", "seeds");
  const fromSeeds = existsSync(seedsDir) && readdirSync(seedsDir).some((f) => f.endsWith(".txt"));
  const docs = fromSeeds
    ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seedsDir, f), "utf8"))
    : generated();
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
  for (let i = 0; i < 3; i++) for (const d of docs) lintText(d); // warm up the JIT

  let runs = 0;
  let findings = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 2) {
    for (const d of docs) findings += lintText(d).length;
    runs++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallMbPerSecond = (bytes * runs) / 1e6 / elapsed;
  const mbPerSecond = (bytes * runs) / 1e6 / cpuSeconds;

  // One long document (the corpus repeated to about 2 MB): linear time keeps the rate.
  const long = docs.join("\n").repeat(Math.max(1, Math.round(2e6 / bytes)));
  const c0 = process.cpuUsage();
  lintText(long);
  const c1 = process.cpuUsage(c0);
  const longMbPerSecond = Buffer.byteLength(long, "utf8") / 1e6 / ((c1.user + c1.system) / 1e6);

  return {
    corpus: fromSeeds ? "../shared/seeds" : "generated",
    documents: docs.length,
    corpusBytes: bytes,
    runs,
    seconds: +elapsed.toFixed(3),
    cpuSeconds: +cpuSeconds.toFixed(3),
    wallMbPerSecond: +wallMbPerSecond.toFixed(2),
    findingsPerRun: findings / runs,
    mbPerSecond: +mbPerSecond.toFixed(2),
    longDocumentBytes: Buffer.byteLength(long, "utf8"),
    longDocumentMbPerSecond: +longMbPerSecond.toFixed(2),
    targets: {
      mbPerSecond: { target: TARGET_MB_PER_S, value: +mbPerSecond.toFixed(2), pass: mbPerSecond >= TARGET_MB_PER_S },
      longDocumentMbPerSecond: { target: TARGET_MB_PER_S, value: +longMbPerSecond.toFixed(2), pass: longMbPerSecond >= TARGET_MB_PER_S },
    },
  };
}
