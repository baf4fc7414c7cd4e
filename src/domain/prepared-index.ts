import {
  addFacets,
  facetsGathered,
  gatherFacets,
  type Facets,
  type FacetsGathering,
} from "./filter";
import type { RemoteSearch } from "./remote-search";
import type { RemoteSummaries } from "./remote-summaries";
import {
  addToTimelineIndex,
  gatherTimelineIndex,
  timelineIndexGathered,
  type TimelineIndex,
  type TimelineIndexGathering,
} from "./timeline-index";
import type { TimelineEvent } from "./types";
import {
  addPositions,
  gatherPositions,
  positionsGathered,
  type PositionsById,
  type PositionsGathering,
} from "./positions-by-id";

/**
 * The parts of a dataset's index (dataset-index.ts) that a large dataset works out while its
 * events arrive from the reading Worker, a batch per task, so that the page does not spend a
 * quarter of a second on them in one go when it first draws the timeline. For these `events`
 * only: a dataset made from this one with other events is indexed afresh.
 */
export interface PreparedIndex {
  readonly events: readonly TimelineEvent[];
  readonly positions: PositionsById;
  readonly facets: Facets;
  /** Built once all have arrived, in a task of its own rather than in the first render's. */
  readonly timeline: TimelineIndex;
  /** The reading Worker, which keeps the events' search texts and answers searches. */
  readonly search?: RemoteSearch;
  /** The reading Worker, when it kept the events' summaries (theirs here are ""). */
  readonly summaries?: RemoteSummaries;
}

/** An index being prepared: the events so far, where each stands, their facets and times. */
export interface IndexPreparing {
  readonly events: TimelineEvent[];
  readonly positions: PositionsGathering;
  readonly facets: FacetsGathering;
  readonly timeline: TimelineIndexGathering;
}

export function prepareIndex(): IndexPreparing {
  return {
    events: [],
    positions: gatherPositions(),
    facets: gatherFacets(),
    timeline: gatherTimelineIndex(),
  };
}

/** Takes the next events, in date order. */
export function addPrepared(preparing: IndexPreparing, events: readonly TimelineEvent[]): void {
  for (const event of events) preparing.events.push(event);
  addPositions(preparing.positions, events);
  addFacets(preparing.facets, events);
  addToTimelineIndex(preparing.timeline, events);
}

/**
 * The events in order and their prepared index, searched by `search` if given: a few joins,
 * since every part was worked out a batch at a time (at a million events, building the
 * timeline's index and the counts here held the page for half a second).
 */
export function preparedIndex(
  preparing: IndexPreparing,
  search?: RemoteSearch,
  summaries?: RemoteSummaries,
): PreparedIndex {
  const { events } = preparing;
  return {
    events,
    positions: positionsGathered(preparing.positions),
    facets: facetsGathered(preparing.facets),
    timeline: timelineIndexGathered(preparing.timeline, events),
    ...(search && { search }),
    ...(summaries && { summaries }),
  };
}
