/**
 * From this many bytes a JSON dataset is read as it arrives (read-json-stream.ts), in a Worker,
 * its first events shown while the rest comes; a smaller one is gathered and read whole, in the
 * page, sooner than a Worker could start (see off-thread-size.ts).
 */
export const STREAM_JSON_FROM_BYTES = 2_000_000;

/**
 * Whether bytes that start a body start a large JSON object: true once STREAM_JSON_FROM_BYTES
 * have arrived and more are coming, false for a body that is not one (or ended smaller), and
 * undefined until that is known.
 */
export function startsLargeJson(
  pieces: readonly Uint8Array[],
  ended: boolean,
): boolean | undefined {
  let size = 0;
  let first: number | undefined;
  for (const piece of pieces) {
    for (let i = 0; first === undefined && i < piece.byteLength; i++) {
      const byte = piece[i] ?? 0;
      // Space, tab, line ends and a UTF-8 byte order mark come before a document's first sign.
      const skipped = byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
      const mark = size + i < 3 && byte === [0xef, 0xbb, 0xbf][size + i];
      if (!skipped && !mark) first = byte;
    }
    size += piece.byteLength;
  }
  if (first === undefined) return ended ? false : undefined;
  if (first !== 0x7b || ended) return false;
  return size >= STREAM_JSON_FROM_BYTES ? true : undefined;
}
