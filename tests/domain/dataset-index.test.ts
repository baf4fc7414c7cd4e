import { describe, expect, it } from "vitest";
import { buildDatasetIndex, eventById, quotesOf } from "../../src/domain/dataset-index";
import { countryCounts, filterEvents, groupCounts, warmSearchText } from "../../src/domain/filter";
import { kabulDataset } from "../fixtures/kabul";

const kabul = kabulDataset();

describe("buildDatasetIndex", () => {
  const index = buildDatasetIndex(kabul);

  it("finds every event by its id, and nothing for an id the dataset lacks", () => {
    for (const event of kabul.events) expect(eventById(index, event.id)).toBe(event);
    expect(eventById(index, "no-such-event")).toBeUndefined();
    expect(eventById(index, undefined)).toBeUndefined();
    expect(index.positions.get(kabul.events[3]?.id ?? "")).toBe(3);
  });

  it("holds the events' start times in date order and every country and group once", () => {
    expect([...index.timeline.starts]).toEqual(kabul.events.map((event) => event.when.start));
    expect(index.countrySet).toEqual(new Set(kabul.events.flatMap((event) => event.countries)));
    expect(index.extent.start).toBe(kabul.events[0]?.when.start);
    expect(index.bounds.min).toBeLessThan(index.extent.start);
    expect(index.bounds.max).toBeGreaterThan(index.extent.end);
  });

  it("lists a source's quotations in date order, with the event and the quotation's place", () => {
    const source = kabul.sources[0]?.id ?? "";
    const refs = quotesOf(index, source);
    const expected = kabul.events.flatMap((event) =>
      event.quotes.flatMap((quote, quoteIndex) =>
        quote.sourceId === source ? [{ event, quoteIndex }] : [],
      ),
    );
    expect(refs).toEqual(expected);
    expect(refs.length).toBe(33);
    // Worked out once: the article asks again on every render.
    expect(quotesOf(index, source)).toBe(refs);
    expect(quotesOf(index, "no-such-source")).toEqual([]);
  });

  it("answers a repeated filter with the same list, so panes given it need not redraw", () => {
    const filter = { countries: ["RU"], query: "" };
    const first = filterEvents(index, filter);
    expect(first.length).toBeGreaterThan(0);
    expect(filterEvents(index, { ...filter })).toBe(first);
    // Another dataset value (a draft after an edit) has its own answers.
    const other = buildDatasetIndex({ ...kabul });
    expect(filterEvents(other, filter)).not.toBe(first);
    expect(filterEvents(other, filter)).toEqual(first);
  });

  it("counts the facets once per filter, however often the view is re-resolved", () => {
    const counts = countryCounts(index, "taliban", []);
    // A pan frame asks again with new, equal lists.
    expect(countryCounts(index, "taliban", [...[]])).toBe(counts);
    expect(groupCounts(index, "", ["RU"])).toBe(groupCounts(index, "", ["RU"]));
    expect(countryCounts(index, "kabul", [])).not.toBe(counts);
  });

  it("warms search texts in batches and says where to carry on", () => {
    const fresh = buildDatasetIndex(kabul);
    expect(warmSearchText(fresh, 0, 10)).toBe(10);
    expect(fresh.searchTexts.filter((text) => text !== undefined)).toHaveLength(10);
    expect(warmSearchText(fresh, 10, 100)).toBe(kabul.events.length);
    expect(fresh.searchTexts.every((text) => typeof text === "string")).toBe(true);
  });
});
