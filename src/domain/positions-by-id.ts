import type { TimelineEvent } from "./types";

/** Where each event stands in its list, by id. */
export interface PositionsById {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/**
 * Ids per shard. One Map of a million ids grows by copying all it holds at once (94 ms of one
 * task at a million events, as the last batches arrived); shards this size each grow in a few
 * milliseconds, and an id is looked up in at most a few dozen of them.
 */
export const IDS_PER_SHARD = 65_536;

/** Positions gathered a batch of events at a time, as a large dataset's events arrive. */
export interface PositionsGathering {
  readonly shards: Map<string, number>[];
  count: number;
}

export function gatherPositions(): PositionsGathering {
  return { shards: [], count: 0 };
}

/** Adds the next events, which stand after those added before. */
export function addPositions(gathering: PositionsGathering, events: readonly TimelineEvent[]) {
  const { shards } = gathering;
  let at = gathering.count;
  let shard = shards[shards.length - 1];
  for (const event of events) {
    if (!shard || at % IDS_PER_SHARD === 0) shards.push((shard = new Map()));
    shard.set(event.id, at++);
  }
  gathering.count = at;
}

export function positionsGathered({ shards }: PositionsGathering): PositionsById {
  // Ids are unique in a dataset (build-dataset refuses a repeated one), so the first find is it.
  const get = (id: string) => {
    for (const shard of shards) {
      const at = shard.get(id);
      if (at !== undefined) return at;
    }
    return undefined;
  };
  return { get, has: (id) => get(id) !== undefined };
}

/** The positions of `events`, all at once. */
export function positionsOf(events: readonly TimelineEvent[]): PositionsById {
  const gathering = gatherPositions();
  addPositions(gathering, events);
  return positionsGathered(gathering);
}
