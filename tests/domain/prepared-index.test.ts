import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/domain/dataset-index";
import { addPrepared, prepareIndex, preparedIndex } from "../../src/domain/prepared-index";
import { kabulDataset } from "../fixtures/kabul";

const kabul = kabulDataset();

/** The built-in dataset's events as a large one's arrive: in batches of five, in date order. */
function preparedKabul() {
  const preparing = prepareIndex();
  for (let from = 0; from < kabul.events.length; from += 5) {
    addPrepared(preparing, kabul.events.slice(from, from + 5));
  }
  const prepared = preparedIndex(preparing);
  return { ...kabul, events: prepared.events, prepared };
}

describe("an index prepared as the events arrive", () => {
  it("is the index built at once: the same events in order, positions, facets and search", () => {
    const dataset = preparedKabul();
    const index = buildDatasetIndex(dataset);
    const whole = buildDatasetIndex(kabul);
    expect(index.events).toEqual(kabul.events);
    expect(index.positions).toBe(dataset.prepared.positions);
    expect(index.positions).toEqual(whole.positions);
    expect(index.facets).toEqual(whole.facets);
    expect(index.timeline).toBe(dataset.prepared.timeline);
    expect(index.timeline).toEqual(whole.timeline);
  });

  it("is left aside for a dataset made from it with other events", () => {
    const dataset = preparedKabul();
    const edited = { ...dataset, events: dataset.events.slice(2) };
    const index = buildDatasetIndex(edited);
    expect(index.positions).not.toBe(dataset.prepared.positions);
    expect(index.positions.get(edited.events[0]?.id ?? "")).toBe(0);
    expect(index.facets).toEqual(buildDatasetIndex({ ...kabul, events: edited.events }).facets);
  });
});
