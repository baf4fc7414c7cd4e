import type { Dataset, TimelineEvent } from "./types";

/**
 * A very large dataset's summaries, kept by the Worker that read it rather than in the page (at
 * a million ACLED rows their notes are about 250 MB of the page's memory): asked for when they
 * are shown or written out. The events in the page then have "" for a summary.
 */
export interface RemoteSummaries {
  /** The summaries of the events at these positions (in the dataset's order), in that order. */
  readonly get: (positions: readonly number[]) => Promise<readonly string[]>;
}

/** Where an event's summary is kept when the reading Worker kept it. */
export interface KeptSummary {
  readonly summaries: RemoteSummaries;
  /** The event's position in the dataset. */
  readonly position: number;
}

/** Where the event's summary is, if the Worker kept it; undefined when the event has its own. */
export function keptSummaryOf(dataset: Dataset, event: TimelineEvent): KeptSummary | undefined {
  const prepared = dataset.prepared;
  const position = prepared?.positions.get(event.id);
  // Only an event as read: one made since (an edit) has its own summary.
  if (!prepared?.summaries || position === undefined || prepared.events[position] !== event) {
    return undefined;
  }
  return { summaries: prepared.summaries, position };
}

/**
 * The events with their summaries, asked of the Worker when it kept them (for what writes them
 * out: an export, a published site, a print, a copy to edit); the events themselves otherwise.
 */
export async function withSummaries(
  dataset: Dataset,
  events: readonly TimelineEvent[],
): Promise<readonly TimelineEvent[]> {
  const prepared = dataset.prepared;
  if (!prepared?.summaries) return events;
  // Only events as read: one made since (an edit) has its own summary.
  const asRead = (event: TimelineEvent) => {
    const position = prepared.positions.get(event.id);
    return position !== undefined && prepared.events[position] === event ? position : -1;
  };
  const positions = events.map(asRead);
  const summaries = await prepared.summaries.get(positions.filter((position) => position >= 0));
  let next = 0;
  return events.map((event, i) =>
    (positions[i] ?? -1) < 0 ? event : { ...event, summary: summaries[next++] ?? "" },
  );
}

/** The dataset with every summary in its events (see withSummaries), to write out whole. */
export async function datasetWithSummaries(dataset: Dataset): Promise<Dataset> {
  if (!dataset.prepared?.summaries) return dataset;
  const events = await withSummaries(dataset, dataset.events);
  // Its prepared index was of the events without their summaries.
  const { prepared: _prepared, ...rest } = dataset;
  return { ...rest, events };
}
