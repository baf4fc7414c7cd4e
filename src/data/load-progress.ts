// How far each dataset's loading has come, for the loading screen: fetching and reading write,
// the screen reads. Keyed by the address as the URL names it. Listeners hear at most every
// 200 ms, since a large download arrives in thousands of pieces and the screen needs a few
// updates a second.
const NOTIFY_EVERY_MS = 200;

/** What the loading screen says about one dataset. */
export interface LoadProgress {
  /** Bytes arrived so far in its latest fetch. */
  readonly received: number;
  /** The whole size, when the server says it (Content-Length). */
  readonly total?: number;
  /** The reading step under way once it has arrived, e.g. "parse", "validate", "build". */
  readonly step?: string;
  /**
   * The events' start times, sorted, once read and before the rest (a large dataset's, read in a
   * Worker): the loading screen draws them while the events are checked and built.
   */
  readonly starts?: Float64Array;
  /** The starts are those of the rows read so far (a streamed export); more are coming. */
  readonly startsSoFar?: boolean;
}

const NOTHING: LoadProgress = { received: 0 };
const progress = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();
let notifiedAt = -Infinity;
let pending: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  clearTimeout(pending);
  pending = undefined;
  notifiedAt = performance.now();
  for (const listener of listeners) listener();
}

/**
 * Records that `bytes` of the dataset at `url` have arrived, of `total` when known (0 when a
 * fetch starts, which also forgets the last fetch's step).
 */
export function reportReceived(url: string, bytes: number, total?: number): void {
  // A streamed export is read as it arrives: its step and starts so far stay while more comes.
  // Its total is the latest told (dropped once a compressed body's length proves not its size).
  const { total: _told, ...kept } = bytes === 0 ? NOTHING : loadProgress(url);
  progress.set(url, { ...kept, received: bytes, ...(total !== undefined && { total }) });
  const wait = notifiedAt + NOTIFY_EVERY_MS - performance.now();
  if (bytes === 0 || wait <= 0) notify();
  // The latest figure is told a moment later, never dropped: a download that pauses still shows
  // all it has received.
  else pending ??= setTimeout(notify, wait);
}

/** Records the step the dataset at `url` is in once downloaded; told at once (steps are few). */
export function reportStep(url: string, step: string): void {
  progress.set(url, { ...loadProgress(url), step });
  notify();
}

/** Records the start times of the events of the dataset at `url`, read ahead of the rest. */
export function reportStarts(url: string, starts: Float64Array, soFar = false): void {
  progress.set(url, { ...loadProgress(url), starts, startsSoFar: soFar });
  notify();
}

/** How far the latest load of the dataset at `url` has come; the same object until it changes. */
export function loadProgress(url: string): LoadProgress {
  return progress.get(url) ?? NOTHING;
}

/** Bytes of the dataset at `url` that have arrived so far in its latest fetch. */
export function receivedBytes(url: string): number {
  return loadProgress(url).received;
}

/** Calls `listener` when progress changes; returns the unsubscribe. */
export function subscribeReceived(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A byte count in words: "7 bytes", "12 KB", "3.4 MB". Rounded down, so a download never reads
 * as further on (or as finished) before it is.
 */
export function byteSize(bytes: number): string {
  if (bytes < 1_000) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1_000_000) return `${Math.floor(bytes / 1_000)} KB`;
  const tenths = Math.floor(bytes / 100_000) / 10;
  return `${tenths.toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}
