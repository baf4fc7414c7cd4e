import {
  addFacets,
  facetsGathered,
  gatherFacets,
  type Facets,
  type FacetsGathering,
} from "./filter";
import type { RemoteSearch } from "./remote-search";
import { buildTimelineIndex, type TimelineIndex } from "./timeline-index";
import type { TimelineEvent } from "./types";

/**
 * The parts of a dataset's index (dataset-index.ts) that a large dataset works out while its
 * events arrive from the reading Worker, a batch per task, so that the page does not spend a
 * quarter of a second on them in one go when it first draws the timeline. For these `events`
 * only: a dataset made from this one with other events is indexed afresh.
 */
export interface PreparedIndex {
  readonly events: readonly TimelineEvent[];
  readonly positions: ReadonlyMap<string, number>;
  readonly facets: Facets;
  /** Built once all have arrived, in a task of its own rather than in the first render's. */
  readonly timeline: TimelineIndex;
  /** The reading Worker, which keeps the events' search texts and answers searches. */
  readonly search?: RemoteSearch;
}

/** An index being prepared: the events so far, where each stands, their facets. */
export interface IndexPreparing {
  readonly batches: (readonly TimelineEvent[])[];
  readonly positions: Map<string, number>;
  readonly facets: FacetsGathering;
  count: number;
}

export function prepareIndex(): IndexPreparing {
  return { batches: [], positions: new Map(), facets: gatherFacets(), count: 0 };
}

/** Takes the next events, in date order. */
export function addPrepared(preparing: IndexPreparing, events: readonly TimelineEvent[]): void {
  const { positions } = preparing;
  let at = preparing.count;
  for (const event of events) positions.set(event.id, at++);
  addFacets(preparing.facets, events);
  preparing.batches.push(events);
  preparing.count = at;
}

/** The events in order and their prepared index, searched by `search` if given. */
export function preparedIndex(preparing: IndexPreparing, search?: RemoteSearch): PreparedIndex {
  const events = preparing.batches.flat();
  return {
    events,
    positions: preparing.positions,
    facets: facetsGathered(preparing.facets),
    timeline: buildTimelineIndex(events),
    ...(search && { search }),
  };
}
