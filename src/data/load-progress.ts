// How much of each dataset has arrived, for the loading screen: fetching writes, the screen
// reads. Keyed by the address as the URL names it. Listeners hear at most every 200 ms, since a
// large download arrives in thousands of pieces and the screen needs a few updates a second.
const NOTIFY_EVERY_MS = 200;

const received = new Map<string, number>();
const listeners = new Set<() => void>();
let notifiedAt = -Infinity;
let pending: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  clearTimeout(pending);
  pending = undefined;
  notifiedAt = performance.now();
  for (const listener of listeners) listener();
}

/** Records that `bytes` of the dataset at `url` have arrived (0 when a fetch starts). */
export function reportReceived(url: string, bytes: number): void {
  received.set(url, bytes);
  const wait = notifiedAt + NOTIFY_EVERY_MS - performance.now();
  if (bytes === 0 || wait <= 0) notify();
  // The latest figure is told a moment later, never dropped: a download that pauses still shows
  // all it has received.
  else pending ??= setTimeout(notify, wait);
}

/** Bytes of the dataset at `url` that have arrived so far in its latest fetch. */
export function receivedBytes(url: string): number {
  return received.get(url) ?? 0;
}

/** Calls `listener` when progress changes; returns the unsubscribe. */
export function subscribeReceived(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
