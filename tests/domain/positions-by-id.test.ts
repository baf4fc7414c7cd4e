import { describe, expect, it } from "vitest";
import {
  addPositions,
  gatherPositions,
  IDS_PER_SHARD,
  positionsGathered,
  positionsOf,
} from "../../src/domain/positions-by-id";
import type { EventId, TimelineEvent } from "../../src/domain/types";

/** Events with only the id these positions read. */
const events = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `e${i}` as EventId }) as TimelineEvent);

describe("positions by id", () => {
  it("finds every event's position, past the first shard, and no unknown id", () => {
    const all = events(IDS_PER_SHARD * 2 + 7);
    const positions = positionsOf(all);
    for (const at of [0, 1, IDS_PER_SHARD - 1, IDS_PER_SHARD, IDS_PER_SHARD * 2 + 6]) {
      expect(positions.get(`e${at}`)).toBe(at);
      expect(positions.has(`e${at}`)).toBe(true);
    }
    expect(positions.get("e-1")).toBeUndefined();
    expect(positions.has(`e${IDS_PER_SHARD * 2 + 7}`)).toBe(false);
    expect(positions.has("toString")).toBe(false);
  });

  it("gathered in batches that straddle shards, holds what it holds gathered at once", () => {
    const all = events(IDS_PER_SHARD + 2_500);
    const gathering = gatherPositions();
    for (let from = 0; from < all.length; from += 2_000) {
      addPositions(gathering, all.slice(from, from + 2_000));
    }
    // No shard over its size: each grows on its own, never all the ids at once.
    expect(gathering.shards.map((shard) => shard.size)).toEqual([IDS_PER_SHARD, 2_500]);
    const positions = positionsGathered(gathering);
    for (const at of [0, 1_999, 2_000, IDS_PER_SHARD - 1, IDS_PER_SHARD, all.length - 1]) {
      expect(positions.get(`e${at}`)).toBe(at);
    }
  });
});
