import { describe, expect, it } from "vitest";
import { neutralise, readCsv, unneutralise, writeCsv } from "../../src/lib/csv.js";

const read = (text: string | Uint8Array, maxRows = 100) => readCsv(typeof text === "string" ? Buffer.from(text, "utf8") : text, maxRows);

describe("readCsv", () => {
  it("reads UTF-8 with or without a BOM, comma or semicolon, quoted cells with line breaks, each row with its first line", () => {
    const text = '\uFEFFgames;note_en\r\nla-2028-olympic;"two\r\nlines; one cell"\r\n\r\n;;\r\nparis-2024-olympic;"say ""hi"""\r\n';
    expect(read(text)).toEqual({
      ok: true,
      header: ["games", "note_en"],
      rows: [
        // Line ends read as "\n" wherever they are.
        { line: 2, cells: ["la-2028-olympic", "two\nlines; one cell"] },
        // The blank line and the ";;" line are left out.
        { line: 6, cells: ["paris-2024-olympic", 'say "hi"'] },
      ],
    });
    expect(read("a,b\n1,2,3\n4\n")).toMatchObject({
      ok: true,
      rows: [
        { line: 2, cells: ["1", "2", "3"] },
        { line: 3, cells: ["4"] },
      ],
    });
    expect(read("a\tb\n1\t2\n")).toMatchObject({ ok: true, header: ["a", "b"], rows: [{ cells: ["1", "2"] }] });
  });

  it("names the line where quoting breaks", () => {
    expect(read('a,b\n1,2\nx,"y\n3,4\n')).toEqual({ ok: false, problem: "quoting", line: 3 });
    expect(read('a,b\n1,2\n3,"4"x\n')).toEqual({ ok: false, problem: "quoting", line: 3 });
  });

  it("refuses other encodings, binary files, workbooks, empty files and too many rows", () => {
    expect(read(Buffer.from([0x61, 0x0a, 0xc1, 0xee, 0xea, 0xf1, 0x0a]))).toEqual({ ok: false, problem: "encoding" });
    expect(read(Buffer.from("\uFEFFa,b\n", "utf16le"))).toEqual({ ok: false, problem: "binary" });
    expect(read(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toEqual({ ok: false, problem: "workbook" });
    expect(read(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toEqual({ ok: false, problem: "workbook" });
    expect(read(" \r\n\r\n")).toEqual({ ok: false, problem: "empty" });
    expect(read(",,\n,,\n")).toEqual({ ok: false, problem: "empty" });
    expect(read("a\n1\n2\n3\n", 2)).toEqual({ ok: false, problem: "rows", max: 2 });
    expect(read("a\n1\n2\n", 2)).toMatchObject({ ok: true });
  });
});

describe("formula-like cells", () => {
  it("are neutralised with a leading ' and restored exactly", () => {
    for (const value of ["=SUM(A1)", "+70 kg", "-5", "@user", "'=x", "''+y", "\tx"]) {
      expect(neutralise(value)).toBe(`'${value}`);
      expect(unneutralise(neutralise(value))).toBe(value);
    }
    for (const value of ["'s-Hertogenbosch", "70 kg", "", "'", "a=b"]) {
      expect(neutralise(value)).toBe(value);
      expect(unneutralise(value)).toBe(value);
    }
  });

  it("are written so: UTF-8 with a BOM, CRLF, quoted where needed", () => {
    const bytes = writeCsv(["event_en", "note_en"], [["+70 kg", 'a "b", c\nd']]);
    expect(bytes.toString("utf8")).toBe('\uFEFFevent_en,note_en\r\n\'+70 kg,"a ""b"", c\nd"\r\n');
    expect(read(bytes)).toMatchObject({ ok: true, rows: [{ line: 2, cells: ["'+70 kg", 'a "b", c\nd'] }] });
  });
});
