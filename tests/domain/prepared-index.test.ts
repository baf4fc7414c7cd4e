import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/domain/dataset-index";
import { addPrepared, prepareIndex, preparedIndex } from "../../src/domain/prepared-index";
import { countryCounts, groupCounts } from "../../src/domain/filter";
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
    kabul.events.forEach((event, at) => {
      expect(index.positions.get(event.id)).toBe(at);
      expect(whole.positions.get(event.id)).toBe(at);
    });
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

  it("counts each country's and group's events as they arrive: the counts shown with no filter", () => {
    const index = buildDatasetIndex(preparedKabul());
    const byCountry = new Map<string, number>();
    const byGroup = new Map<string, number>();
    for (const event of kabul.events) {
      for (const code of event.countries) byCountry.set(code, (byCountry.get(code) ?? 0) + 1);
      if (event.group) byGroup.set(event.group, (byGroup.get(event.group) ?? 0) + 1);
    }
    const countries = countryCounts(index, "");
    expect(new Map(countries.map(({ code, count }) => [code, count]))).toEqual(byCountry);
    expect(countries.map(({ count }) => count)).toEqual(
      [...countries.map(({ count }) => count)].sort((a, b) => b - a),
    );
    const groups = groupCounts(index, "", []);
    expect(new Map(groups.map(({ group, count }) => [group, count]))).toEqual(byGroup);
    // A filter counts the events it keeps, not the totals.
    const [first] = countries;
    const narrowed = groupCounts(index, "", [first?.code ?? ""]);
    expect(narrowed.reduce((sum, { count }) => sum + count, 0)).toBeLessThanOrEqual(
      first?.count ?? 0,
    );
  });
});
