import type { Finding } from "../../src/core/findings";
import { excelEnUS } from "../../src/core/i18n/excel.en-US";
import { excelZhCN } from "../../src/core/i18n/excel.zh-CN";
import { planMarks } from "../../src/excel/marks";
import { parseStoreValues, storeValues, type MarkRecord } from "../../src/excel/store";

const f = (over: Partial<Finding>): Finding => ({ code: "out-of-range", severity: "warning", message: "m", ...over }) as Finding;

describe("planMarks", () => {
  it("gives one mark per cell, the most severe kind, every message in the note", () => {
    const { marks, unmarked } = planMarks(
      [
        f({ cell: "D21", code: "out-of-range", severity: "warning", message: "超出范围" }),
        f({ cell: "D21", code: "percent-out-of-range", severity: "error", message: "占比超过100%" }),
        f({ cell: "F24", code: "growth-implausible", severity: "warning", message: "增长200%", explanation: "政策扩面" }),
        f({ cell: "$B$6", code: "unknown-indicator", severity: "info", message: "目录中没有" }),
        f({ code: "missing-column", severity: "error", message: "缺少列" }),
      ],
      excelZhCN,
    );
    expect(unmarked).toBe(0);
    expect(marks.map((m) => [m.address, m.kind])).toEqual([
      ["D21", "error"],
      ["F24", "explained"],
      ["B6", "info"],
    ]);
    expect(marks[0].note).toBe("校核：\n【警告】超出范围 (out-of-range)\n【错误】占比超过100% (percent-out-of-range)");
    expect(marks[1].note).toContain("【已核实】增长200% — 政策扩面");
    expect(planMarks([f({ cell: "A1" })], excelEnUS).marks[0].note).toBe("Jiaohe:\n【Warning】m (out-of-range)");
  });

  it("keeps the most severe cells when there are more than the cap", () => {
    const findings = [...Array.from({ length: 10 }, (_, i) => f({ cell: `A${i + 1}`, severity: "info" })), f({ cell: "B9", severity: "error" })];
    const { marks, unmarked } = planMarks(findings, excelZhCN, 4);
    expect(marks.map((m) => m.address)).toEqual(["B9", "A1", "A2", "A3"]);
    expect(unmarked).toBe(7);
  });
});

it("stops marking before the notes and their records would pass the write budget", () => {
  const long = "很长的说明".repeat(200); // 1,000 characters, ~6 KB a mark with its record
  const findings = Array.from({ length: 2000 }, (_, i) => f({ cell: `C${i + 1}`, message: long }));
  const { marks, unmarked } = planMarks(findings, excelZhCN);
  expect(marks.length).toBeGreaterThan(100);
  expect(marks.length + unmarked).toBe(2000);
  expect(unmarked).toBeGreaterThan(0);
  const bytes = marks.reduce((n, m) => n + Buffer.byteLength(m.note) * 2 + 400, 0);
  expect(bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
});

describe("the mark store", () => {
  const record: MarkRecord = {
    sheet: "填报表",
    address: "D21",
    original: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" },
    applied: { color: "#FFC7CE", pattern: "Solid" },
    note: { kind: "note", text: "校核：\n…", original: null },
  };
  it("round-trips records through the sheet's cells", () => {
    expect(parseStoreValues(storeValues([record]))).toEqual({ records: [record], problems: [] });
  });
  it("skips a damaged record and says which row and field", () => {
    const values = [...storeValues([record]), ["{not json"], [JSON.stringify({ ...record, address: "D0" })]];
    const { records, problems } = parseStoreValues(values);
    expect(records).toEqual([record]);
    expect(problems).toEqual([
      { row: 3, path: "$", message: "not JSON" },
      expect.objectContaining({ row: 4, path: "address" }),
    ]);
  });
});
