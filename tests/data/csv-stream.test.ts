import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, type CsvRecord } from "../../src/data/csv";
import { csvStreamParser } from "../../src/data/csv-stream";

/** What the streaming parser reads from the text cut into these pieces: records, or the problem. */
function streamed(pieces: readonly string[]) {
  const records: CsvRecord[] = [];
  const parser = csvStreamParser((record) => records.push(record));
  for (const piece of pieces) parser.push(piece);
  const problem = parser.end();
  return problem === undefined ? { ok: true, records } : { ok: false, problem };
}

/** The text cut at the given places (taken modulo its length, in order). */
function cut(text: string, at: readonly number[]): string[] {
  const places = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...places].map((start, i) => text.slice(start, places[i] ?? text.length));
}

/** Bytes cut at the given places, decoded as a stream decodes them. */
function decodedPieces(bytes: Uint8Array, at: readonly number[]): string[] {
  const places = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const pieces = [0, ...places].map((start, i) =>
    decoder.decode(bytes.subarray(start, places[i] ?? bytes.length), { stream: true }),
  );
  return [...pieces, decoder.decode()];
}

// Text made of what a CSV parser must get right: quotes, commas, every line end, a BOM.
const csvText = fc
  .array(fc.constantFrom("a", "é", "😀", ",", '"', '""', "\r", "\n", "\r\n", " ", "\uFEFF"), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

describe("csvStreamParser", () => {
  it("reads the same records (and lines) as parseCsv, however the text is cut", () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 8 }), (text, at) => {
        expect(streamed(cut(text, at))).toEqual(parseCsv(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("reads the same records when the bytes are cut inside a character and decoded as they come", () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 8 }), (text, at) => {
        const bytes = new TextEncoder().encode(text);
        expect(streamed(decodedPieces(bytes, at))).toEqual(parseCsv(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("hands over each record as soon as the text completes it", () => {
    const records: CsvRecord[] = [];
    const parser = csvStreamParser((record) => records.push(record));
    parser.push('a,"b\r\nstill b"\r');
    expect(records).toEqual([]);
    parser.push("\nc,d\n");
    expect(records).toEqual([
      { line: 1, cells: ["a", "b\r\nstill b"] },
      { line: 3, cells: ["c", "d"] },
    ]);
  });

  it("drops a BOM that comes in a piece of its own, and only at the start", () => {
    expect(streamed(["", "\uFEFF", "a,b\n\uFEFFc"])).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["\uFEFFc"] },
      ],
    });
  });

  it("names the line of a quoted cell that never closes, once the text has ended", () => {
    expect(streamed(["a,b\n", 'c,"open\n', "still open\n"])).toEqual({
      ok: false,
      problem: "line 2: a quoted cell is never closed",
    });
  });

  it("reads a cell of a million characters sent one hundred at a time", () => {
    const cell = "x".repeat(1_000_000);
    const text = `"${cell}",y\n`;
    const pieces = Array.from({ length: text.length / 100 + 1 }, (_, i) =>
      text.slice(i * 100, i * 100 + 100),
    );
    expect(streamed(pieces)).toEqual({ ok: true, records: [{ line: 1, cells: [cell, "y"] }] });
  });
});

describe("csvStreamParser, given a quote that never closes in a huge file", () => {
  it("names the record's line once it runs past 10,000,000 characters", () => {
    const parser = csvStreamParser(() => undefined);
    expect(parser.push('a,b\nc,"open')).toBeUndefined();
    const piece = "x".repeat(1 << 20);
    let problem: string | undefined;
    for (let i = 0; i < 20 && problem === undefined; i++) problem = parser.push(piece);
    expect(problem).toBe(
      "line 2: a record runs past 10,000,000 characters (is a quoted cell never closed?)",
    );
  });
});
