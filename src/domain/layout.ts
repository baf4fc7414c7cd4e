import { whenEndMs, isRange } from "./dates";
import type { TimelineEvent } from "./types";

/** An event placed on the timeline, in pixels along the axis and a stacking row. */
export interface PlacedEvent {
  readonly type: "event";
  readonly event: TimelineEvent;
  /** Marker position: the bar's start, or the dot's centre. */
  readonly x0: number;
  /** The bar's end; equal to x0 for a dot. */
  readonly x1: number;
  readonly row: number;
  /** The label sits left of the dot, because the right edge would cut it. */
  readonly flip: boolean;
  /** A bar too short for its label, which sits beside it. */
  readonly outside: boolean;
}

/** Events that did not fit in the rows near a place, shown as one counted marker. */
export interface PlacedCluster {
  readonly type: "cluster";
  readonly events: readonly TimelineEvent[];
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
}

export type Placed = PlacedEvent | PlacedCluster;

export interface LayoutOptions {
  /** Rows available; the last one holds the clusters of what did not fit. */
  readonly maxRows: number;
  /** Room a marker needs, label included, in px. */
  readonly labelWidth: (event: TimelineEvent) => number;
  /** Visible pixel extent; events wholly outside it are left out. */
  readonly width: number;
  /** An event that must never disappear into a cluster (the selected one). */
  readonly pinned?: string;
  /** How wide a day must be on screen to be drawn as a bar across it (DAY_BAR_MIN_PX). */
  readonly dayBarMinPx?: number;
}

const GAP = 8;
/** Shorter than this, a bar holds too little of its title: the title goes beside it. */
const SHORT_BAR_PX = 60;
/** A day at least this wide on screen is drawn as a bar across it, not as a dot at its middle. */
export const DAY_BAR_MIN_PX = 24;
const CLUSTER_WIDTH = 44;

interface Item {
  readonly event: TimelineEvent;
  readonly x0: number;
  readonly x1: number;
  readonly left: number;
  readonly right: number;
  readonly flip: boolean;
  readonly outside: boolean;
}

/** The interval an event covers: a single day covers the whole day. */
export function eventSpan(event: TimelineEvent): { start: number; end: number } {
  return { start: event.when.start, end: whenEndMs(event.when) };
}

/**
 * Stacks events into rows so markers and labels never overlap; what does not fit gathers into
 * clusters on the last row that say how many they hold. The pinned event always shows as itself.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  x: (ms: number) => number,
  options: LayoutOptions,
): Placed[] {
  const items = measure(events, x, options);
  const first = stack(items, options.maxRows, options.width, undefined);
  const pinned = items.find((item) => item.event.id === options.pinned);
  const pinnedShows = first.some((p) => p.type === "event" && p.event.id === options.pinned);
  return pinned && !pinnedShows ? stack(items, options.maxRows, options.width, pinned) : first;
}

function measure(
  events: readonly TimelineEvent[],
  x: (ms: number) => number,
  options: LayoutOptions,
): Item[] {
  const items: Item[] = [];
  const dayBar = options.dayBarMinPx ?? DAY_BAR_MIN_PX;
  for (const event of events) {
    const span = eventSpan(event);
    // A date known only to its month or year is drawn across that month or year, not as a dot
    // at its middle: a dot on 2 July would claim a day the source never gave.
    // So is a day once zoomed in far enough that a dot would sit at noon among hour ticks.
    const range =
      isRange(event.when) ||
      event.when.precision === "month" ||
      event.when.precision === "year" ||
      (event.when.precision === "day" && x(span.end) - x(span.start) >= dayBar);
    const x0 = range ? x(span.start) : x((span.start + span.end) / 2);
    const x1 = range ? Math.max(x(span.end), x0 + 4) : x0;
    if (x1 < -GAP || x0 > options.width + GAP) continue;
    const label = options.labelWidth(event);
    // A bar too short to hold its title carries it beside, as a dot does (April 2017 seen
    // across twenty years is a few pixels wide).
    const outside = range && x1 - Math.max(x0, 0) < Math.min(label, SHORT_BAR_PX);
    const end = outside ? x1 : x0;
    const flip = (!range || outside) && end + label > options.width && x0 - label >= 0;
    const left = (flip ? x0 - label : Math.max(x0, 0)) - GAP / 2;
    const right =
      (flip ? x1 : outside ? x1 + label : Math.max(x1, Math.max(x0, 0) + label)) + GAP / 2;
    items.push({ event, x0, x1, left, right, flip, outside });
  }
  return items.sort((a, b) => a.x0 - b.x0);
}

function stack(
  items: readonly Item[],
  maxRows: number,
  width: number,
  pinned: Item | undefined,
): Placed[] {
  const clusterRow = Math.max(maxRows - 1, 0);
  const rowEnds: number[] = [];
  const placed: Placed[] = [];
  // How far the last row is taken, by events that fit there and by clusters.
  let lastRowEnd = -Infinity;
  // The event most recently shown as itself on the last row, which a new cluster may take back.
  let lastRowEvent: { item: Item; index: number; endBefore: number } | undefined;
  let cluster: { events: TimelineEvent[]; x0: number; x1: number } | undefined;
  const hitsPinned = (from: number, to: number) =>
    pinned !== undefined && from < pinned.right && to > pinned.left;
  const asPlaced = (item: Item, row: number): PlacedEvent => {
    const { event, x0, x1, flip, outside } = item;
    return { type: "event", event, x0, x1, row, flip, outside };
  };
  const flush = () => {
    if (cluster) {
      // Keep the count on screen at either edge: its events may start before the window.
      const x0 = Math.max(0, Math.min(cluster.x0, width - CLUSTER_WIDTH));
      placed.push({ type: "cluster", ...cluster, x0, row: clusterRow });
      lastRowEnd = cluster.x1 + GAP;
    }
    cluster = undefined;
  };
  if (pinned) placed.push(asPlaced(pinned, clusterRow));

  for (const item of items) {
    if (item === pinned) continue;
    if (cluster && item.left > cluster.x1 + GAP) flush();
    if (lastRowEvent && item.left > lastRowEvent.item.right) lastRowEvent = undefined;
    const row = rowEnds.findIndex((end) => end <= item.left);
    const free = row >= 0 ? row : rowEnds.length < clusterRow ? rowEnds.length : -1;
    if (free >= 0 && !cluster) {
      rowEnds[free] = item.right;
      placed.push(asPlaced(item, free));
    } else if (!cluster && item.left >= lastRowEnd && !hitsPinned(item.left, item.right)) {
      // The last row takes an event as itself while it has room.
      lastRowEvent = { item, index: placed.length, endBefore: lastRowEnd };
      lastRowEnd = item.right;
      placed.push(asPlaced(item, clusterRow));
    } else if (cluster && !hitsPinned(cluster.x0, item.x0 + CLUSTER_WIDTH)) {
      cluster.events.push(item.event);
      cluster.x1 = Math.max(cluster.x1, item.x0 + CLUSTER_WIDTH);
    } else if (lastRowEvent && !hitsPinned(lastRowEvent.item.x0, item.x0 + CLUSTER_WIDTH)) {
      // Two events crowd the last row: both go into one cluster at the first one's place.
      const taken = lastRowEvent;
      placed.splice(taken.index, 1);
      lastRowEnd = taken.endBefore;
      lastRowEvent = undefined;
      const x0 = Math.max(taken.item.x0, lastRowEnd, 0);
      cluster = {
        events: [taken.item.event, item.event],
        x0,
        x1: Math.max(x0, item.x0) + CLUSTER_WIDTH,
      };
    } else {
      flush();
      // A cluster never covers what the last row already shows: it moves just past it.
      let x0 = Math.max(item.x0, lastRowEnd, 0);
      if (pinned && hitsPinned(x0, x0 + CLUSTER_WIDTH)) x0 = pinned.right;
      cluster = { events: [item.event], x0, x1: x0 + CLUSTER_WIDTH };
    }
  }
  flush();
  return placed;
}
