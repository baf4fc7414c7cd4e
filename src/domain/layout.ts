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
  /** Rows available before events gather into clusters. */
  readonly maxRows: number;
  /** Room a marker needs, label included, in px. */
  readonly labelWidth: (event: TimelineEvent) => number;
  /** Visible pixel extent; events wholly outside it are left out. */
  readonly width: number;
  /** An event that must never disappear into a cluster (the selected one). */
  readonly pinned?: string;
}

const GAP = 8;
const CLUSTER_WIDTH = 40;

/** The interval an event covers: a single day covers the whole day. */
export function eventSpan(event: TimelineEvent): { start: number; end: number } {
  return { start: event.when.start, end: whenEndMs(event.when) };
}

/**
 * Stacks events into rows so markers and labels never overlap; what does not fit in
 * `maxRows` rows joins a cluster on the last row that says how many it holds.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  x: (ms: number) => number,
  options: LayoutOptions,
): Placed[] {
  const rowEnds: number[] = [];
  const placed: Placed[] = [];
  let cluster: { events: TimelineEvent[]; x0: number; x1: number } | undefined;
  const clusterRow = options.maxRows - 1;
  let pinnedEnd = -Infinity;
  const flushCluster = () => {
    // A lone leftover needs no count: it takes the last row as itself.
    if (cluster?.events.length === 1 && cluster.events[0]) {
      const event = cluster.events[0];
      placed.push({ type: "event", event, x0: cluster.x0, x1: cluster.x0, row: clusterRow });
    } else if (cluster) {
      placed.push({ type: "cluster", ...cluster, row: clusterRow });
    }
    cluster = undefined;
  };

  const items = events
    .map((event) => {
      const span = eventSpan(event);
      const range = isRange(event.when);
      const x0 = range ? x(span.start) : x((span.start + span.end) / 2);
      const x1 = range ? Math.max(x(span.end), x0 + 4) : x0;
      return { event, x0, x1 };
    })
    .filter((item) => item.x1 >= -GAP && item.x0 <= options.width + GAP)
    .sort((a, b) => a.x0 - b.x0);

  for (const item of items) {
    const left = Math.max(item.x0, 0) - GAP / 2;
    const right = Math.max(item.x1, Math.max(item.x0, 0) + options.labelWidth(item.event));
    if (cluster && left > cluster.x1 + GAP) flushCluster();
    const row = rowEnds.findIndex((end, index) => index < clusterRow && end <= left);
    const free = row >= 0 ? row : rowEnds.length < clusterRow ? rowEnds.length : -1;
    if (item.event.id === options.pinned && (free < 0 || cluster)) {
      // The selected event takes the cluster row itself; later overflow clusters start after it.
      flushCluster();
      placed.push({ type: "event", ...item, row: clusterRow });
      pinnedEnd = right + GAP;
    } else if (free >= 0 && !cluster) {
      rowEnds[free] = right + GAP;
      placed.push({ type: "event", ...item, row: free });
    } else if (cluster) {
      cluster.events.push(item.event);
      cluster.x1 = Math.max(cluster.x1, item.x0 + CLUSTER_WIDTH);
    } else {
      const x0 = Math.max(item.x0, pinnedEnd);
      cluster = { events: [item.event], x0, x1: x0 + CLUSTER_WIDTH };
    }
  }
  flushCluster();
  return placed;
}
