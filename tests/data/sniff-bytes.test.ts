import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../src/data/dataset-error";
import { decodeDatasetBytes } from "../../src/data/dataset-bytes";

const JSON_TEXT = '{"title": "Kābul, August 2021", "events": []}';
const CSV_TEXT = "Year,Month,Day,Headline\n2021,8,15,Taliban take Kābul\n";

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => utf16le(text).map((_, i, le) => le[i ^ 1] ?? 0);
const bytes = (...parts: (readonly number[] | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((part) => [...part]));

/** The refusal's heading and reasons, as the page lists them. */
function refusal(input: Uint8Array): string {
  try {
    decodeDatasetBytes(input, "kabul.json");
  } catch (error) {
    if (error instanceof DatasetError) return [error.message, ...error.problems].join(" ");
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("decodeDatasetBytes reads text", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    expect(decodeDatasetBytes(utf8(JSON_TEXT), "kabul.json")).toEqual({
      text: JSON_TEXT,
      encoding: "utf-8",
    });
    expect(decodeDatasetBytes(bytes([0xef, 0xbb, 0xbf], utf8(CSV_TEXT)), "kabul.csv").text).toBe(
      CSV_TEXT,
    );
  });

  it("reads UTF-16 with a byte order mark, little- or big-endian, as Excel and Notepad save it", () => {
    expect(decodeDatasetBytes(bytes([0xff, 0xfe], utf16le(CSV_TEXT)), "kabul.csv")).toEqual({
      text: CSV_TEXT,
      encoding: "utf-16le",
    });
    expect(decodeDatasetBytes(bytes([0xfe, 0xff], utf16be(JSON_TEXT)), "kabul.json")).toEqual({
      text: JSON_TEXT,
      encoding: "utf-16be",
    });
  });

  it("reads bytes that are not UTF-8 as Windows-1252 for a dataset, with U+FFFD for a source text", () => {
    const latin1 = bytes(utf8("Ka"), [0xe2], utf8("bul"));
    expect(decodeDatasetBytes(latin1, "kabul.csv")).toEqual({
      text: "Kaâbul",
      encoding: "windows-1252",
    });
    expect(decodeDatasetBytes(latin1, "article.txt", "replace")).toEqual({
      text: "Ka\uFFFDbul",
      encoding: "utf-8",
    });
  });
});

describe("decodeDatasetBytes says what a file is when it is not text we read", () => {
  it("names a gzip-compressed file and says to unpack it", () => {
    expect(refusal(new Uint8Array(gzipSync(JSON_TEXT)))).toBe(
      "kabul.json is gzip-compressed. Unpack it first (with gunzip, 7-Zip or your file manager), then open the .json or .csv file inside.",
    );
  });

  it("names UTF-16 without a byte order mark and says to save it as UTF-8", () => {
    expect(refusal(utf16le(CSV_TEXT))).toMatch(
      /^kabul\.json is UTF-16 text \(little-endian, without a byte order mark\)\. Save it as UTF-8/,
    );
    expect(refusal(utf16be(JSON_TEXT))).toMatch(
      /^kabul\.json is UTF-16 text \(big-endian, without a byte order mark\)\. Save it as UTF-8/,
    );
  });

  it("names a ZIP archive or Excel workbook, a PDF, UTF-32 and other binary files", () => {
    expect(refusal(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatch(
      /^kabul\.json is a ZIP archive \(or an Excel workbook, which is one\)\. .*“CSV UTF-8”/,
    );
    expect(refusal(utf8("%PDF-1.7\n%âãÏÓ\n"))).toMatch(/^kabul\.json is a PDF document/);
    expect(refusal(bytes([0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0]))).toMatch(
      /^kabul\.json is UTF-32 text\. Save it as UTF-8/,
    );
    expect(refusal(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(
      /^kabul\.json is not a text file \(it holds zero bytes\)\./,
    );
  });
});
