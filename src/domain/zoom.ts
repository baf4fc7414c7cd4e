import { HOUR_MS } from "./dates";
import { isDeepMs, MEAN_YEAR_MS } from "./deep-time";
import type { TimeWindow } from "./types";

/** How far a window may go: never narrower than a few hours, never far beyond the data. */
export interface ZoomBounds {
  readonly min: number;
  readonly max: number;
  readonly minSpan: number;
}

/** The narrowest window: zooming stops at hours. */
export const MIN_SPAN_MS = 3 * HOUR_MS;
const MARGIN_RATIO = 0.05;

/** Bounds around a data extent, with a small margin on both sides. */
export function boundsForExtent(extent: TimeWindow): ZoomBounds {
  const span = Math.max(extent.end - extent.start, MIN_SPAN_MS);
  const mid = (extent.start + extent.end) / 2;
  const half = (span * (1 + 2 * MARGIN_RATIO)) / 2;
  return { min: mid - half, max: mid + half, minSpan: MIN_SPAN_MS };
}

/** The window that shows a whole extent with its margin. */
export function fitWindow(bounds: ZoomBounds): TimeWindow {
  return { start: bounds.min, end: bounds.max };
}

/** Keeps a window's span within limits and slides it back inside the bounds. */
export function clampWindow(window: TimeWindow, bounds: ZoomBounds): TimeWindow {
  const maxSpan = bounds.max - bounds.min;
  const span = Math.min(Math.max(window.end - window.start, bounds.minSpan), maxSpan);
  const mid = (window.start + window.end) / 2;
  let start = mid - span / 2;
  start = Math.min(Math.max(start, bounds.min), bounds.max - span);
  return { start, end: start + span };
}

/**
 * Scales a window by `factor` (> 1 zooms out) around `anchor`, so the date under the
 * pointer stays under the pointer.
 */
export function zoomWindow(
  window: TimeWindow,
  factor: number,
  anchor: number,
  bounds: ZoomBounds,
): TimeWindow {
  const maxSpan = bounds.max - bounds.min;
  const span = window.end - window.start;
  const nextSpan = Math.min(Math.max(span * factor, bounds.minSpan), maxSpan);
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  const start = anchor - ratio * nextSpan;
  return clampWindow({ start, end: start + nextSpan }, bounds);
}

/**
 * Whether zooming in can still narrow the window: down to hours, but in deep time only to a year,
 * as it has whole years only and links round the window to them.
 */
export function canZoomIn(window: TimeWindow, bounds: ZoomBounds): boolean {
  const span = window.end - window.start;
  if (isDeepMs(window.start) || isDeepMs(window.end)) return span > 1.5 * MEAN_YEAR_MS;
  return span > bounds.minSpan + 1;
}

/** Moves a window by `delta` ms without changing its span. */
export function panWindow(window: TimeWindow, delta: number, bounds: ZoomBounds): TimeWindow {
  return clampWindow({ start: window.start + delta, end: window.end + delta }, bounds);
}

/** Whether any part of [start, end) lies inside the window. */
export function overlapsWindow(window: TimeWindow, start: number, end: number): boolean {
  return end > window.start && start < window.end;
}
