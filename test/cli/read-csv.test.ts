import { csvGrid, decodeCsvBytes, parseCsv } from "../../src/cli/read";

describe("CSV reading", () => {
  it("parses quotes, doubled quotes, newlines inside quotes and CRLF", () => {
    expect(parseCsv('a,"b,c","d ""e""",\r\n"x\ny",2\n')).toEqual([
      ["a", "b,c", 'd "e"', ""],
      ["x\ny", "2"],
    ]);
  });

  it("handles an empty last field, a lone CR, a quote run into text, and stops at maxRows", () => {
    expect(parseCsv("a,\rb,c")).toEqual([["a", ""], ["b", "c"]]);
    expect(parseCsv('"ab"cd,e')).toEqual([["abcd", "e"]]);
    expect(parseCsv("1\n2\n3\n4\n", ",", 2)).toEqual([["1"], ["2"]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("reads a million-row CSV (fields are sliced, not built a character at a time)", () => {
    const text = "指标,本期\n" + "低保,1\n".repeat(1_000_000);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1_000_001);
    expect(rows[1_000_000]).toEqual(["低保", "1"]);
  });

  it("keeps Excel error values as errors and figures as written", () => {
    const g = csvGrid("s", "指标,本期\n助餐,#N/A\n低保,\"1,407\"\n");
    expect(g.rows[1][1]).toMatchObject({ error: "#N/A" });
    expect(g.rows[2][1]).toMatchObject({ value: "1,407", text: "1,407" });
  });

  it("tells UTF-8 (with or without BOM) from GB18030 and refuses what is neither", () => {
    const utf8 = new TextEncoder().encode("低保");
    expect(decodeCsvBytes(utf8)).toEqual({ text: "低保", encoding: "utf-8" });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: "低保", encoding: "utf-8" });
    // 低保 in GB18030 (GBK range): B5 CD B1 A3.
    expect(decodeCsvBytes(new Uint8Array([0xb5, 0xcd, 0xb1, 0xa3]))).toEqual({ text: "低保", encoding: "gb18030" });
    expect(decodeCsvBytes(new Uint8Array([0x81, 0x20, 0xff]))).toBeNull();
  });
});
