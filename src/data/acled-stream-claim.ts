import { notTextKind } from "./sniff-bytes";

/** Enough of a file's start to hold ACLED's header row (about 300 bytes) many times over. */
export const HEADER_BYTES = 65_536;

/**
 * Whether bytes that start a file start an ACLED export (its header row, in UTF-8): true,
 * false, or undefined until 64 KB have arrived (`ended` says nothing more will). Only such a
 * file is read as it streams; any other is gathered and read whole.
 */
export async function startsAcledExport(
  pieces: readonly Uint8Array[],
  ended: boolean,
): Promise<boolean | undefined> {
  const start = firstBytes(pieces, HEADER_BYTES);
  if (start.length === 0) return ended ? false : undefined;
  if (notTextKind(start) || start[0] === 0xff || start[0] === 0xfe) return false;
  const text = new TextDecoder("utf-8").decode(start);
  // (A piece of a lone byte order mark, or a character cut in two, says nothing yet.)
  if (text.replace(/^\uFFFD$/, "").length === 0) return ended ? false : undefined;
  // Most datasets are JSON: told apart by their first byte, never loading the CSV reader.
  if (!/^[A-Za-z_"]/.test(text)) return false;
  // Decided on the first 64 KB (or the whole of a smaller body), not the header row alone: a
  // start that is not UTF-8 (Excel's Windows-1252) is read whole, as Windows-1252, as before.
  if (!ended && start.length < HEADER_BYTES) return undefined;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(start, { stream: !ended });
  } catch {
    return false;
  }
  const lineEnd = text.search(/[\r\n]/);
  const firstLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const [{ parseCsv }, { isAcledHeader }] = await Promise.all([
    import("./csv"),
    import("./acled/acled-columns"),
  ]);
  const header = parseCsv(firstLine);
  return header.ok && isAcledHeader(header.records[0]?.cells ?? []);
}

/** Up to `limit` bytes from the start of the pieces, as one array. */
function firstBytes(pieces: readonly Uint8Array[], limit: number): Uint8Array {
  const first = pieces[0];
  if (pieces.length === 1 && first) return first.subarray(0, limit);
  const size = Math.min(
    limit,
    pieces.reduce((sum, piece) => sum + piece.byteLength, 0),
  );
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    if (offset >= size) break;
    const part = piece.subarray(0, size - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
