// Production bundle size of the add-in's JavaScript (the task pane's is the one users wait for):
// bytes raw and gzipped, read from dist/ (built with `npm run build` when missing).
// Target: task pane JavaScript under 400 KB gzipped.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const TARGET_GZIP_BYTES = 400 * 1024;

function size(file) {
  const raw = readFileSync(file);
  return { bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
}

export async function run({ root }) {
  const dist = join(root, "dist");
  let built = false;
  if (!existsSync(join(dist, "taskpane.js"))) {
    execFileSync(process.execPath, [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    built = true;
  }
  const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const files = Object.fromEntries(js.map((f) => [f, size(join(dist, f))]));
  const taskpane = files["taskpane.js"];
  if (!taskpane) throw new Error("dist/taskpane.js is missing after the build");
  return {
    builtNow: built,
    taskpaneJs: taskpane,
    commandsJs: files["commands.js"] ?? null,
    allJs: files,
    targets: {
      taskpaneGzipBytes: { target: `< ${TARGET_GZIP_BYTES} (400 KB)`, value: taskpane.gzipBytes, pass: taskpane.gzipBytes < TARGET_GZIP_BYTES },
    },
  };
}
