import { lowerBound } from "./timeline-index";
import type { TimelineEvent } from "./types";

/**
 * Sorts into `compareEvents` order without calling it 100,000 × 17 times: events are counted into
 * place by their start (100,000 events start on a few thousand distinct instants), and only runs
 * that start together are sorted by end and id. A list already in order (as our exports are) is
 * only checked.
 */
export function sortEvents(events: TimelineEvent[]): void {
  let sorted = true;
  for (let i = 1; i < events.length && sorted; i++) {
    sorted = compareEvents(events[i - 1] as TimelineEvent, events[i] as TimelineEvent) <= 0;
  }
  if (sorted) return;
  const count = events.length;
  const starts = new Float64Array(count);
  for (let i = 0; i < count; i++) starts[i] = (events[i] as TimelineEvent).when.start;
  // The distinct starts in order (a typed array sorts numerically, natively).
  const distinct = starts.slice().sort();
  let kinds = 0;
  for (let i = 0; i < count; i++) {
    const value = distinct[i] as number;
    if (kinds === 0 || value !== distinct[kinds - 1]) distinct[kinds++] = value;
  }
  const values = distinct.subarray(0, kinds);
  // A counting sort by the start's rank: stable, in two passes.
  const rank = new Uint32Array(count);
  const next = new Uint32Array(kinds + 1);
  for (let i = 0; i < count; i++) {
    const r = lowerBound(values, starts[i] as number);
    rank[i] = r;
    next[r + 1] = (next[r + 1] as number) + 1;
  }
  for (let r = 1; r <= kinds; r++) next[r] = (next[r] as number) + (next[r - 1] as number);
  const order: TimelineEvent[] = new Array<TimelineEvent>(count);
  for (let i = 0; i < count; i++) {
    const r = rank[i] as number;
    order[next[r] as number] = events[i] as TimelineEvent;
    next[r] = (next[r] as number) + 1;
  }
  // Events that start together, by end and then id.
  for (let from = 0; from < count;) {
    const start = (order[from] as TimelineEvent).when.start;
    let to = from + 1;
    while (to < count && (order[to] as TimelineEvent).when.start === start) to++;
    if (to - from > 1) {
      const run = order.slice(from, to).sort(compareEvents);
      for (let i = from; i < to; i++) order[i] = run[i - from] as TimelineEvent;
    }
    from = to;
  }
  for (let i = 0; i < count; i++) events[i] = order[i] as TimelineEvent;
}

/** Date order: start, then end, then id, so the order is the same on every load. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.when.start - b.when.start ||
    (a.when.end ?? a.when.start) - (b.when.end ?? b.when.start) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
