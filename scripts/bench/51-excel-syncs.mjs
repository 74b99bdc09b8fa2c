// Round trips (`context.sync` calls) of the Excel layer on a 50,000-row submission, measured on
// the real src/excel code against the stand-in workbook host (test/host/fake-excel.ts), which
// counts every sync and the bytes each round trip carries. Both are compiled here with tsc into a
// temporary directory (CommonJS) and run in plain Node: no jest, nothing replayed from a file.
// Targets (issue 6): read ≤ 2 syncs, check + mark ≤ 4, getRanges addresses ≤ 8,192 characters,
// every round trip under 5 MB on Excel on the web.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const ROWS = 50000;
const FIVE_MB = 5 * 1024 * 1024;

function compile(root) {
  // Inside the project (node_modules/.cache) so the compiled code resolves zod and friends.
  const cache = join(root, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, "jiaohe-excel-bench-"));
  const config = join(out, "tsconfig.json");
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, "tsconfig.json"),
      compilerOptions: { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0", outDir: join(out, "js"), rootDir: root, noEmit: false, sourceMap: false, declaration: false, types: ["office-js", "node"], typeRoots: [join(root, "node_modules/@types")] },
      files: [join(root, "src/excel/index.ts"), join(root, "test/host/fake-excel.ts"), join(root, "test/excel/large-submission.ts")],
      include: [],
    }),
  );
  // The config sits outside the project, so type roots are named; tsc's complaints go in the
  // error, not on stdout, which carries the bench's JSON.
  try {
    execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", config], { stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    throw new Error(`tsc failed: ${String(e.stdout ?? "").split("\n").slice(0, 5).join(" | ")}`);
  }
  return out;
}

export async function run({ root }) {
  const out = compile(root);
  try {
    const require = createRequire(join(root, "package.json"));
    const js = (p) => require(join(out, "js", p));
    const fake = js("test/host/fake-excel.js");
    const excel = js("src/excel/index.js");
    const { getBuiltinSchema } = js("src/core/schema/index.js");
    const { largeSubmission } = js("test/excel/large-submission.js");
    const schema = getBuiltinSchema("civil-affairs");
    const rows = largeSubmission(ROWS);

    async function measure(options, action) {
      const wb = fake.FakeWorkbook.fromRows("填报表", rows);
      const host = fake.createFakeExcel(wb, options);
      fake.installFakeExcel(host);
      let syncs = 0;
      host.onContext = (ctx) => {
        const sync = ctx.sync.bind(ctx);
        ctx.sync = () => {
          syncs++;
          return sync();
        };
      };
      const t0 = performance.now();
      const result = await action(wb, host);
      const ms = Math.round(performance.now() - t0);
      return { syncs, ms, stats: host.stats, result };
    }

    const read = await measure({ platform: "PC" }, () => excel.readSubmission());
    const check = await measure({ platform: "PC" }, async () => {
      const o = await excel.checkActiveSheet({ schema, schemaId: "civil-affairs", locale: "zh-CN", mark: true });
      return { findings: o.findings.length, marked: o.marked, markMode: o.markMode };
    });
    const roundTrip = await measure({ platform: "PC" }, async () => {
      await excel.checkActiveSheet({ schema, schemaId: "civil-affairs", locale: "zh-CN", mark: true });
      return excel.clearMarks();
    });
    const web = await measure({ platform: "OfficeOnline" }, async () => {
      const o = await excel.checkActiveSheet({ schema, schemaId: "civil-affairs", locale: "zh-CN", mark: true });
      return { marked: o.marked };
    });

    const readSyncs = read.syncs;
    const checkSyncs = check.syncs;
    return {
      rows: ROWS,
      columns: rows[0].length,
      read: { syncs: readSyncs, ms: read.ms, largestRequestBytes: read.stats.maxRequestBytes },
      checkAndMark: {
        syncs: checkSyncs,
        ms: check.ms,
        ...check.result,
        longestGetRangesAddress: check.stats.longestGetRangesAddress,
        largestCellPropertiesArea: check.stats.largestCellPropertiesArea,
        writesWithEventsOn: check.stats.writesWithEventsOn,
      },
      clearAfterMark: { syncs: roundTrip.syncs - checkSyncs, restored: roundTrip.result.restored },
      web: { syncs: web.syncs, largestRoundTripBytes: web.stats.maxPayloadBytes },
      targets: {
        readSyncs: { target: "<= 2", value: readSyncs, pass: readSyncs <= 2 },
        checkAndMarkSyncs: { target: "<= 4", value: checkSyncs, pass: checkSyncs <= 4 },
        getRangesAddressChars: { target: "<= 8192", value: check.stats.longestGetRangesAddress, pass: check.stats.longestGetRangesAddress <= 8192 },
        webRoundTripBytes: { target: `<= ${FIVE_MB}`, value: web.stats.maxPayloadBytes, pass: web.stats.maxPayloadBytes <= FIVE_MB },
      },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
