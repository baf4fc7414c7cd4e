import { whenEndMs } from "./dates";
import type { TimelineEvent, TimeWindow } from "./types";

/**
 * Events in date order with their start times in a typed array, so the events in a window, or
 * how many start in a span, are found by binary search instead of a scan of every event.
 */
export interface TimelineIndex {
  readonly events: readonly TimelineEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Longest span among the events kept in `starts` order search (see `long`). */
  readonly maxShortSpan: number;
  /** Events so long that searching by start would reach back too far: checked one by one. */
  readonly long: readonly number[];
}

// An event longer than this (about two months) is "long": few are, and each is checked directly.
const LONG_SPAN_MS = 60 * 86_400_000;

const indexes = new WeakMap<readonly TimelineEvent[], TimelineIndex>();

/**
 * Indexes events already sorted by start date. Kept per list: the timeline, its overview and
 * the dataset's extent all ask for the index of the same 100,000 events.
 */
export function buildTimelineIndex(events: readonly TimelineEvent[]): TimelineIndex {
  const known = indexes.get(events);
  if (known) return known;
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const long: number[] = [];
  let maxShortSpan = 0;
  for (let i = 0; i < events.length; i++) {
    const when = (events[i] as TimelineEvent).when;
    const end = whenEndMs(when);
    starts[i] = when.start;
    ends[i] = end;
    const length = end - when.start;
    if (length > LONG_SPAN_MS) long.push(i);
    else if (length > maxShortSpan) maxShortSpan = length;
  }
  const index = { events, starts, ends, maxShortSpan, long };
  indexes.set(events, index);
  return index;
}

/** The first index whose start is at or after `time`. */
export function lowerBound(starts: Float64Array, time: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many events start in [from, to). */
export function countStarting(index: TimelineIndex, from: number, to: number): number {
  return Math.max(0, lowerBound(index.starts, to) - lowerBound(index.starts, from));
}

/** How many events overlap the window, counted without building a list. */
export function countVisible(index: TimelineIndex, window: TimeWindow): number {
  const from = lowerBound(index.starts, window.start - index.maxShortSpan);
  const to = lowerBound(index.starts, window.end);
  let count = 0;
  for (let i = from; i < to; i++) if ((index.ends[i] as number) > window.start) count++;
  for (const i of index.long) {
    if (i < from && (index.ends[i] as number) > window.start) count++;
  }
  return count;
}

/** The events that overlap the window, in date order, or undefined once there are more than `limit`. */
export function visibleEvents(
  index: TimelineIndex,
  window: TimeWindow,
  limit = Infinity,
): TimelineEvent[] | undefined {
  const from = lowerBound(index.starts, window.start - index.maxShortSpan);
  const to = lowerBound(index.starts, window.end);
  const found: number[] = [];
  for (const i of index.long) {
    if (i < from && (index.ends[i] as number) > window.start) found.push(i);
  }
  for (let i = from; i < to; i++) {
    if ((index.ends[i] as number) > window.start) {
      found.push(i);
      if (found.length > limit) return undefined;
    }
  }
  found.sort((a, b) => a - b);
  return found.map((i) => index.events[i] as TimelineEvent);
}

/**
 * How many events start in each of `columns` equal slices of the window: one binary search per
 * slice edge, however many events there are.
 */
export function columnCounts(
  index: TimelineIndex,
  window: TimeWindow,
  columns: number,
): Uint32Array {
  const counts = new Uint32Array(Math.max(columns, 0));
  const step = (window.end - window.start) / Math.max(columns, 1);
  let previous = lowerBound(index.starts, window.start);
  for (let c = 0; c < columns; c++) {
    const next = lowerBound(index.starts, window.start + (c + 1) * step);
    counts[c] = next - previous;
    previous = next;
  }
  return counts;
}
