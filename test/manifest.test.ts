import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const root = join(__dirname, "..");
const script = join(root, "scripts", "check-manifest.mjs");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

interface Problem {
  line: number;
  path: string;
  message: string;
}

/** Runs the offline check (a node ESM script, as CI runs it) on XML text; returns its problems. */
function check(xml: string): { status: number; problems: Problem[] } {
  const dir = mkdtempSync(join(tmpdir(), "jiaohe-manifest-"));
  const file = join(dir, "manifest.xml");
  writeFileSync(file, xml);
  try {
    const out = execFileSync(process.execPath, [script, file, "--root", root, "--json"], { encoding: "utf8" });
    return { status: 0, problems: JSON.parse(out).problems };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, problems: JSON.parse(err.stdout).problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function mutate(from: string | RegExp, to: string): string {
  const out = manifest.replace(from, to);
  expect(out).not.toBe(manifest);
  return out;
}

describe("manifest.xml passes the offline check", () => {
  test("no problems, exit 0", () => {
    const r = check(manifest);
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
  });

  test("declares the three buttons of the 校核 group on the Home tab, with zh-CN labels", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    for (const [label, zh] of [["Check.Label", "检查"], ["Narrate.Label", "生成综述"], ["OpenPane.Label", "打开面板"], ["Group.Label", "校核"]]) {
      expect(manifest).toMatch(new RegExp(`<bt:String id="${label}" DefaultValue="[^"]+">\\s*<bt:Override Locale="zh-CN" Value="${zh}"/>`));
    }
    expect(manifest.match(/xsi:type="ExecuteFunction"/g)).toHaveLength(2);
    expect(manifest.match(/xsi:type="ShowTaskpane"/g)).toHaveLength(1);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
  });
});

describe("the offline check finds what breaks a manifest", () => {
  test("XML that is not well-formed", () => {
    const r = check(manifest.replace("</OfficeApp>", ""));
    expect(r.status).toBe(1);
    expect(r.problems[0].message).toMatch(/not well-formed XML/);
  });

  test("elements out of the main sequence's order", () => {
    const xml = mutate(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1");
    const r = check(xml);
    expect(r.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/<Version> must come before <ProviderName>/));
  });

  test("a missing required element", () => {
    const r = check(mutate(/<Permissions>[^<]*<\/Permissions>/, ""));
    expect(r.problems.map((p) => p.message)).toContain("<OfficeApp> needs <Permissions>");
  });

  test("a resid naming no resource, with its line", () => {
    const xml = mutate('<Label resid="Narrate.Label"/>', '<Label resid="Narrate.Labl"/>');
    const r = check(xml);
    const p = r.problems.find((x) => x.message.includes('"Narrate.Labl"'));
    expect(p).toBeDefined();
    expect(xml.split("\n")[p!.line - 1]).toContain("Narrate.Labl");
  });

  test("a resid naming a resource of the wrong kind", () => {
    const r = check(mutate('<Description resid="Check.Tooltip"/>', '<Description resid="Check.Label"/>'));
    expect(r.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/must name a LongStrings entry, not ShortStrings/));
  });

  test("a URL that is not https", () => {
    const r = check(mutate('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="http://localhost:3000/commands.html"'));
    expect(r.problems.map((p) => p.message)).toContain('"http://localhost:3000/commands.html" must use https');
  });

  test("a URL the build does not emit", () => {
    const r = check(mutate('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="https://localhost:3000/command.html"'));
    expect(r.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/command\.html, which the build does not emit/));
  });

  test("an icon of the wrong size", () => {
    const r = check(mutate('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>'));
    expect(r.problems.map((p) => p.message)).toContain("icon assets/icon-64.png is 64×64 px, declared as 80×80");
  });

  test("a label without its zh-CN override", () => {
    const r = check(mutate('<bt:Override Locale="zh-CN" Value="打开面板"/>', ""));
    expect(r.problems.map((p) => p.message)).toContain('resource "OpenPane.Label" has no <bt:Override Locale="zh-CN">');
  });

  test("a button function that src/commands does not bind", () => {
    const r = check(mutate("<FunctionName>checkSheet</FunctionName>", "<FunctionName>checkSheets</FunctionName>"));
    expect(r.problems.map((p) => p.message)).toContain('function "checkSheets" is not bound with Office.actions.associate in src/commands');
  });

  test("no minimum requirement set", () => {
    const r = check(mutate(/<Requirements>[\s\S]*?<\/Requirements>\s*<DefaultSettings>/, "<DefaultSettings>"));
    expect(r.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/minimum ExcelApi requirement set/));
  });
});

describe("the build's copy of the manifest", () => {
  type Pattern = { from: string; transform?: (content: Buffer) => string | Buffer };
  async function manifestTransform(mode: "production" | "development") {
    const config = await require(join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode });
    const copy = config.plugins.find((p: { patterns?: Pattern[] }) => Array.isArray(p.patterns));
    const pattern = copy.patterns.find((p: Pattern) => p.from.startsWith("manifest"));
    return (xml: string) => String(pattern.transform(Buffer.from(xml)));
  }

  test("production replaces every dev URL with the production host", async () => {
    const out = (await manifestTransform("production"))(manifest);
    expect(out).not.toMatch(/localhost/);
    const prod = process.env.JIAOHE_URL_PROD || "https://jiaohe.example.org/";
    expect(out.split(prod).length - 1).toBe(manifest.split("https://localhost:3000/").length - 1);
  });

  test("development keeps the dev URLs", async () => {
    expect((await manifestTransform("development"))(manifest)).toBe(manifest);
  });
});
