import { parseAreas, parseCell, parseRect, quoteSheet, splitSheet } from "../../src/excel/address";
import { chunkAddresses, columnRuns, MAX_ADDRESS_CHARS, PAYLOAD_BUDGET_BYTES, planRowBlocks, planRowSpans, planWaves, rectAddress, rectCells } from "../../src/excel/limits";

describe("row blocks", () => {
  it("cover the area exactly, in order, each estimated under the payload budget", () => {
    const area = { top: 3, left: 1, bottom: 50_002, right: 12 };
    const blocks = planRowBlocks(area, 128);
    expect(blocks[0].top).toBe(3);
    expect(blocks.at(-1)!.bottom).toBe(50_002);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i].top).toBe(blocks[i - 1].bottom + 1);
    for (const b of blocks) {
      expect(b.left).toBe(1);
      expect(b.right).toBe(12);
      expect(rectCells(b) * 128).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    }
    expect(blocks.length).toBeGreaterThan(1);
  });
  it("keep at least one row per block even for the widest sheet", () => {
    const blocks = planRowBlocks({ top: 0, left: 0, bottom: 2, right: 16_383 }, 1024);
    expect(blocks).toHaveLength(3);
  });
  it("waves group blocks under the budget", () => {
    const blocks = planRowBlocks({ top: 0, left: 0, bottom: 99_999, right: 9 }, 128, 1_000_000);
    const waves = planWaves(blocks, 128, 3_000_000);
    expect(waves.flat()).toEqual(blocks.map((_, i) => i));
    for (const w of waves) expect(w.reduce((n, i) => n + rectCells(blocks[i]) * 128, 0)).toBeLessThanOrEqual(3_000_000);
  });
});

describe("getRanges address lists", () => {
  it("stay under the limit, keep every address once and in order", () => {
    const addresses = Array.from({ length: 5000 }, (_, i) => `AB${i * 3 + 1}`);
    const chunks = chunkAddresses(addresses);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    expect(chunks.join(",").split(",")).toEqual(addresses);
  });
  it("column runs merge adjacent rows only", () => {
    const runs = columnRuns([
      { row: 4, col: 1 },
      { row: 2, col: 1 },
      { row: 3, col: 1 },
      { row: 9, col: 1 },
      { row: 3, col: 0 },
      { row: 3, col: 0 },
    ]).map(rectAddress);
    expect(runs).toEqual(["A4", "B3:B5", "B10"]);
  });
});

describe("addresses", () => {
  it("parse what Excel returns", () => {
    expect(parseRect("Sheet1!B3:D9")).toEqual({ top: 2, left: 1, bottom: 8, right: 3 });
    expect(parseRect("'It''s, odd'!$A$1")).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(splitSheet("'It''s, odd'!A1")).toEqual({ sheet: "It's, odd", local: "A1" });
    expect(parseCell("AA10")).toEqual({ row: 9, col: 26 });
    expect(parseCell("A1:B2")).toBeNull();
    expect(parseAreas("'a,b'!A1:B2, 'a,b'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(quoteSheet("It's")).toBe("'It''s'");
  });
});

describe("row spans for writes", () => {
  it("group consecutive rows under the budget and cover them all", () => {
    expect(planRowSpans([4, 4, 4, 9, 1, 1], 8)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 6],
    ]);
    expect(planRowSpans([], 8)).toEqual([]);
  });
});
