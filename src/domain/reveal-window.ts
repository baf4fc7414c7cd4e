import { DAY_MS } from "./dates";
import { clampWindow, type ZoomBounds } from "./zoom";
import type { TimeWindow } from "./types";

/** Context kept on each side of a revealed event, as a share of the event's own length. */
export const REVEAL_CONTEXT = 0.1;
/** A revealed event fills at least an eighth of the window... */
export const REVEAL_MAX_FACTOR = 8;
/** ...unless that is under two months: a single day shows its neighbours. */
export const REVEAL_MIN_LONGEST_MS = 61 * DAY_MS;

/**
 * The window that reveals an event's whole span [start, end) (a day is the whole day, a month
 * the whole month, a range start to end) with some context around it, no longer than eight
 * times that span or two months, whichever is longer. A window that already does is kept; any
 * other moves and zooms as little as it must: a zoom keeps the event where it was on screen, a
 * slide stops once the event and its context are in, and an event wholly out of view is centred.
 */
export function revealWindow(
  window: TimeWindow,
  start: number,
  end: number,
  bounds: ZoomBounds,
): TimeWindow {
  const length = Math.max(end - start, 1);
  const context = length * REVEAL_CONTEXT;
  // What must be in view, as far as the bounds let any window reach.
  const needStart = Math.max(start - context, bounds.min);
  const needEnd = Math.min(end + context, bounds.max);
  const longest = Math.max(length * REVEAL_MAX_FACTOR, REVEAL_MIN_LONGEST_MS);
  const span = window.end - window.start;
  if (window.start <= needStart && window.end >= needEnd && span <= longest) return window;

  const nextSpan = Math.min(Math.max(span, needEnd - needStart), longest);
  const mid = (start + end) / 2;
  const inView = end > window.start && start < window.end;
  const ratio = inView && span > 0 ? Math.min(Math.max((mid - window.start) / span, 0), 1) : 0.5;
  let from = mid - ratio * nextSpan;
  if (from > needStart) from = needStart;
  if (from + nextSpan < needEnd) from = needEnd - nextSpan;
  return clampWindow({ start: from, end: from + nextSpan }, bounds);
}
