// Bytes become text here, for a fetched dataset and an opened file alike, and only here: the
// first bytes say what a file is, so one that is not UTF-8 text is read or named for what it is
// instead of failing later as "not JSON" or "row 1: the columns are not TimelineJS's".

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * What bytes that are not UTF-8 are read as: a dataset as Windows-1252 (Excel's "CSV (Comma
 * delimited)"); a source text as UTF-8 with U+FFFD for the bad bytes, as a browser shows such a
 * page, so that the offsets of the quotes into it still hold.
 */
export type Fallback = "windows-1252" | "replace";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** What a file is when its bytes are not text we read. */
export type NotText =
  "gzip" | "zip" | "pdf" | "utf-32" | "utf-16le-without-bom" | "utf-16be-without-bom" | "binary";

// Files that are not text, by the bytes they start with.
const SIGNATURES: readonly { bytes: readonly number[]; kind: NotText }[] = [
  { bytes: [0x1f, 0x8b], kind: "gzip" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "zip" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: "pdf" },
  { bytes: [0xff, 0xfe, 0x00, 0x00], kind: "utf-32" },
];

// Enough of the start to tell UTF-16 from UTF-8 by where its zero bytes fall.
const SAMPLE = 1024;

/** What the bytes are when they are not text we read (by their first bytes), else undefined. */
export function notTextKind(bytes: Uint8Array): NotText | undefined {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) return signature.kind;
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return undefined;
  const zeros = zeroBytes(bytes);
  if (zeros.odd + zeros.even === 0) return undefined;
  // Latin letters in UTF-16 are a letter byte and a zero byte, over and over.
  const pairs = Math.floor(zeros.sampled / 2);
  if (zeros.odd > pairs / 2 && zeros.even < zeros.odd / 4) return "utf-16le-without-bom";
  if (zeros.even > pairs / 2 && zeros.odd < zeros.even / 4) return "utf-16be-without-bom";
  return "binary";
}

/**
 * The text of bytes that `notTextKind` passed: UTF-16 by its byte order mark, else UTF-8, else
 * read as `fallback` says.
 */
export function decodeTextBytes(bytes: Uint8Array, fallback: Fallback): DecodedText {
  // TextDecoder drops the byte order mark it is named for.
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes, "utf-16be");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return fallback === "replace" ? decoded(bytes, "utf-8") : decoded(bytes, "windows-1252");
  }
}

/** The notice for a file read as Windows-1252, naming it. */
export function encodingNotice(name: string): string {
  return `${name} is not UTF-8, so it was read as Windows-1252 (Western European). If accented letters look wrong, save it as “CSV UTF-8” and open it again.`;
}

function decoded(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Zero bytes at even and odd places in the first `SAMPLE` bytes. */
function zeroBytes(bytes: Uint8Array): { even: number; odd: number; sampled: number } {
  const sampled = Math.min(bytes.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sampled; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd, sampled };
}
