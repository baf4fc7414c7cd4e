import { indexEvents, type EventSet } from "./filter";
import { sourceWordsOf } from "./search";
import { buildTimelineIndex, type TimelineIndex } from "./timeline-index";
import { positionsOf, type PositionsById } from "./positions-by-id";
import type { Dataset, EventId, Quote, TimelineEvent, TimeWindow } from "./types";
import { boundsForExtent, type ZoomBounds } from "./zoom";

/** One quotation of one event, as a source's passage list needs it. */
export interface QuoteRef {
  readonly event: TimelineEvent;
  readonly quoteIndex: number;
}

/**
 * Everything the explorer derives from a dataset, worked out once per dataset value: the
 * events in date order with their typed start and end columns, the zoom bounds, the facets,
 * positions by id, and (filled on first use, since most views never ask) search texts and each
 * source's quotations. Whatever used to scan, cache or re-sort per view reads this instead.
 */
export interface DatasetIndex extends EventSet {
  readonly dataset: Dataset;
  readonly timeline: TimelineIndex;
  /** From the first start to the last end. */
  readonly extent: TimeWindow;
  readonly bounds: ZoomBounds;
  readonly countrySet: ReadonlySet<string>;
  readonly groupSet: ReadonlySet<string>;
  /** The dataset's source ids. */
  readonly sourceSet: ReadonlySet<string>;
  /** Where each event stands in `events`. */
  readonly positions: PositionsById;
  /** Each source's quotations, found the first time that source is shown. */
  readonly quotesBySource: Map<string, readonly QuoteRef[]>;
}

// A dataset without events still needs a window to draw its empty timeline in.
const EMPTY_EXTENT: TimeWindow = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const { events } = dataset;
  const prepared = dataset.prepared?.events === events ? dataset.prepared : undefined;
  const timeline = prepared?.timeline ?? buildTimelineIndex(events);
  const extent = extentOf(timeline);
  const set = indexEvents(events, prepared, sourceWordsOf(dataset.sources));
  const positions = prepared?.positions ?? positionsOf(events);
  return {
    ...set,
    dataset,
    timeline,
    extent,
    bounds: boundsForExtent(extent),
    countrySet: new Set(set.facets.countries),
    groupSet: new Set(set.facets.groups),
    sourceSet: new Set(dataset.sources.map((source) => source.id)),
    positions,
    quotesBySource: new Map(),
  };
}

// Starts are in order, ends are not: the last end is looked for.
function extentOf({ starts, ends }: TimelineIndex): TimeWindow {
  if (starts.length === 0) return EMPTY_EXTENT;
  let end = -Infinity;
  for (let i = 0; i < ends.length; i++) if ((ends[i] as number) > end) end = ends[i] as number;
  return { start: starts[0] as number, end };
}

/** The event with this id (a link's, so any string), if the dataset has it. */
export function eventById(
  index: DatasetIndex,
  id: EventId | string | undefined,
): TimelineEvent | undefined {
  const position = id === undefined ? undefined : index.positions.get(id);
  return position === undefined ? undefined : index.events[position];
}

/**
 * One source's quotations in date order, found by one pass over the events' quote lists the
 * first time that source is shown, without a record for every quotation of every other source.
 */
export function quotesOf(index: DatasetIndex, sourceId: string): readonly QuoteRef[] {
  const known = index.quotesBySource.get(sourceId);
  if (known) return known;
  const found: QuoteRef[] = [];
  for (const event of index.events) {
    const quotes = event.quotes;
    for (let quoteIndex = 0; quoteIndex < quotes.length; quoteIndex++) {
      if ((quotes[quoteIndex] as Quote).sourceId === sourceId) found.push({ event, quoteIndex });
    }
  }
  index.quotesBySource.set(sourceId, found);
  return found;
}
