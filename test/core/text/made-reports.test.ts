import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lintText } from "../../../src/core/text";

/**
 * Five reports written for the tests in the seed reports' register (养老, 婚姻与殡葬, 社会组织与慈善,
 * 儿童与残疾人, 救助与区划) and two of hard-but-correct sentences (ranges, 近/余, 个百分点, document
 * numbers, overlapping 其中 breakdowns, campaign 万名, plans for next year). Clean, they raise
 * nothing; with the slips of plants.json put in all at once (the seeds' kinds: a number dropped
 * before its unit, a lost ordinal, a year typo, a sum that does not hold …), every slip is found
 * with its code at its place and nothing else is reported.
 */
const DIR = path.join(__dirname, "..", "..", "fixtures", "text", "made");
const read = (name: string) => readFileSync(path.join(DIR, name), "utf8");
const PLANTS = JSON.parse(read("plants.json")) as Record<string, { original: string; planted: string; code: string }[]>;

describe("reports written in the seeds' register", () => {
  test.each(["A", "B", "C", "D", "E", "G_hard"])("%s, clean: no finding", (name) => {
    const findings = lintText(read(`${name}_clean.txt`));
    expect(findings.map((f) => `${f.code}: ${f.excerpt}`)).toEqual([]);
  });

  // Twenty-one more, written to hunt false alarms: five dense with what the newer checks read (months
  // of a half year, 上年同期为, 年度年检, 占 shares, (含…) brackets, 包括 lists, 单位为万元, 签约家庭医生,
  // durations, 户+人 with changes), four on 区划地名, 婚姻与殡葬, 慈善与福彩 and 社会组织; c10–c15 dense with
  // 分别 lists of rates, 环比 by quarter, document numbers and lists closed by their totals; c16–c21
  // in full-width punctuation (，；：), on 十四五 comparisons, a 街道's small counts, 社会组织管理,
  // 婚姻殡葬 times and ratios, money in 元/万元/亿元, age bands and per-thousand rates; c22–c27 (probe
  // 47) in other registers: a 报告 under a 主送 line, a 第三季度通报 with baselines, a 总结 with next
  // year's plan, a 汇报 dense with multiples and averages, untitled paragraphs and a 情况说明.
  test.each(readdirSync(DIR).filter((f) => /^c\d+_.*_clean\.txt$/.test(f)))("%s: no finding", (file) => {
    const findings = lintText(read(file));
    expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.code}: ${f.excerpt}`)).toEqual([]);
  });

  test("F_hard, clean: only the amount that reads as a year's find-and-replace (20240元 in a 2024 report, as the spec's 12024户)", () => {
    const findings = lintText(read("F_hard_clean.txt"));
    expect(findings.map((f) => `${f.code}: ${f.value}`)).toEqual(["implausible-quantity: 20240元"]);
  });

  test.each(Object.keys(PLANTS))("%s with its slips planted: each found with its code at its place, nothing else", (name) => {
    let text = read(`${name}_clean.txt`);
    for (const p of PLANTS[name]) {
      expect([p.original, text.split(p.original).length - 1]).toEqual([p.original, 1]);
      text = text.replace(p.original, p.planted);
    }
    const findings = lintText(text);
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
    const used = new Set<number>();
    const missed: string[] = [];
    for (const p of PLANTS[name]) {
      const start = text.indexOf(p.planted);
      const end = start + p.planted.length;
      // On the planted words; a sum or a period may be reported at its sentence's line, a period at the title.
      const at = (i: number) => {
        const f = findings[i];
        const overlaps = f.offset! < end && f.offset! + f.length! > start;
        const sameLine = (p.code === "sum-mismatch" || p.code === "period-mismatch") && f.line === lineOf(start);
        return overlaps || sameLine || (p.code === "period-mismatch" && f.line === 1);
      };
      const hits = findings.map((_, i) => i).filter(at);
      hits.forEach((i) => used.add(i));
      if (!hits.some((i) => findings[i].code === p.code)) missed.push(`${p.code}: ${p.planted}`);
    }
    expect(missed).toEqual([]);
    expect(findings.filter((_, i) => !used.has(i)).map((f) => `${f.code}: ${f.excerpt}`)).toEqual([]);
  });
});
