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

/**
 * Indexes events already sorted by start date. The dataset's own is built once, with its
 * dataset index (dataset-index.ts); the timeline builds one for each filtered list it draws.
 */
export function buildTimelineIndex(events: readonly TimelineEvent[]): TimelineIndex {
  const gathering = gatherTimelineIndex();
  addToTimelineIndex(gathering, events);
  return timelineIndexGathered(gathering, events);
}

/** A timeline index built a batch of events at a time, as a large dataset's events arrive. */
export interface TimelineIndexGathering {
  readonly starts: Float64Array[];
  readonly ends: Float64Array[];
  readonly long: number[];
  maxShortSpan: number;
  count: number;
}

export function gatherTimelineIndex(): TimelineIndexGathering {
  return { starts: [], ends: [], long: [], maxShortSpan: 0, count: 0 };
}

/** Adds the next events, in date order. */
export function addToTimelineIndex(
  gathering: TimelineIndexGathering,
  events: readonly TimelineEvent[],
): void {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const { long, count } = gathering;
  let { maxShortSpan } = gathering;
  for (let i = 0; i < events.length; i++) {
    const when = (events[i] as TimelineEvent).when;
    const end = whenEndMs(when);
    starts[i] = when.start;
    ends[i] = end;
    const length = end - when.start;
    if (length > LONG_SPAN_MS) long.push(count + i);
    else if (length > maxShortSpan) maxShortSpan = length;
  }
  gathering.starts.push(starts);
  gathering.ends.push(ends);
  gathering.maxShortSpan = maxShortSpan;
  gathering.count = count + events.length;
}

/** The index of `events`, all of them added in order. */
export function timelineIndexGathered(
  gathering: TimelineIndexGathering,
  events: readonly TimelineEvent[],
): TimelineIndex {
  const { maxShortSpan, long } = gathering;
  return {
    events,
    starts: joined(gathering.starts),
    ends: joined(gathering.ends),
    maxShortSpan,
    long,
  };
}

function joined(parts: readonly Float64Array[]): Float64Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const all = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
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

/** A window's events: those with a start or an end inside it, and those that span all of it. */
export interface WindowEvents {
  /** In date order. */
  readonly within: readonly TimelineEvent[];
  /** In date order: year-long events seen a week at a time, day events at an hour's zoom. */
  readonly spanning: readonly TimelineEvent[];
}

/**
 * The events in a window, with those that span all of it apart: they have nowhere to be told
 * apart (each would be a bar across the whole plot), and however far one zooms in they stay, so
 * counting them toward `limit` would keep a zoomed-in window drawn as density for ever.
 * Undefined once more than `limit` start or end inside the window.
 */
export function windowEvents(
  index: TimelineIndex,
  window: TimeWindow,
  limit = Infinity,
): WindowEvents | undefined {
  const from = lowerBound(index.starts, window.start - index.maxShortSpan);
  const to = lowerBound(index.starts, window.end);
  const within: number[] = [];
  const spanning: number[] = [];
  const take = (i: number) => {
    const start = index.starts[i] as number;
    const end = index.ends[i] as number;
    if (end <= window.start) return true;
    if (start < window.start && end > window.end) spanning.push(i);
    else within.push(i);
    return within.length <= limit;
  };
  for (const i of index.long) if (i < from) take(i);
  for (let i = from; i < to; i++) if (!take(i)) return undefined;
  if (within.length > limit) return undefined;
  const events = (found: number[]) =>
    found.sort((a, b) => a - b).map((i) => index.events[i] as TimelineEvent);
  return { within: events(within), spanning: events(spanning) };
}

/**
 * How many events start in each of `columns` equal slices of the window: one binary search per
 * slice edge, however many events there are.
 */
export function columnCounts(
  index: Pick<TimelineIndex, "starts">,
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

/** A span of time on a fixed grid, and which of the index's events start in it. */
export interface TimeSlice {
  /** Inclusive, in ms: a whole multiple of the slice length. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Index in `starts` of its first event. */
  readonly first: number;
  readonly count: number;
}

/**
 * The slices of `length` ms that overlap the window and hold events. They lie on a grid fixed in
 * time (whole multiples of `length` since 1970), not on the window's edges, so that a slice
 * keeps its edges, its count and its identity while the window pans across it.
 */
export function timeSlices(index: TimelineIndex, window: TimeWindow, length: number): TimeSlice[] {
  const slices: TimeSlice[] = [];
  const last = Math.ceil(window.end / length);
  for (let k = Math.floor(window.start / length); k < last; k++) {
    const start = k * length;
    const end = start + length;
    const first = lowerBound(index.starts, start);
    const count = lowerBound(index.starts, end) - first;
    if (count > 0) slices.push({ start, end, first, count });
  }
  return slices;
}
