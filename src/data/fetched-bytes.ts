/**
 * A body's bytes as they arrived: one array, or the pieces of a download. Pieces are joined only
 * where they are read (in the reading Worker, for a large dataset): joining 40 MB takes the page
 * a tenth of a second in one task, handing the pieces over takes it none.
 */
export type FetchedBytes = Uint8Array | readonly Uint8Array[];

export function fetchedLength(bytes: FetchedBytes): number {
  return piecesOf(bytes).reduce((sum, piece) => sum + piece.byteLength, 0);
}

// Told apart by isView, not instanceof: a fetch's arrays may come from another realm (Node's).
function piecesOf(bytes: FetchedBytes): readonly Uint8Array[] {
  return ArrayBuffer.isView(bytes) ? [bytes as Uint8Array] : (bytes as readonly Uint8Array[]);
}

/** The bytes as one array (the piece itself when there is one). */
export function joinFetched(bytes: FetchedBytes): Uint8Array {
  const pieces = piecesOf(bytes);
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  const joined = new Uint8Array(fetchedLength(bytes));
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.byteLength;
  }
  return joined;
}

/**
 * The buffers to hand over (not copy) with the bytes: each one a piece has whole to itself, as a
 * fetch's are; a view into a larger buffer is copied, since handing that over would take the rest.
 */
export function ownBuffers(bytes: FetchedBytes): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { buffer, byteOffset, byteLength } of piecesOf(bytes)) {
    const shared = Object.prototype.toString.call(buffer) === "[object SharedArrayBuffer]";
    if (!shared && byteOffset === 0 && byteLength === buffer.byteLength) {
      buffers.add(buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
