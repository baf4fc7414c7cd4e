import { beforeAll, describe, expect, it } from "vitest";
import { resolveView } from "../../src/app/resolve-view";
import { EMPTY_URL_STATE } from "../../src/app/url-state";
import { buildDatasetIndex, type DatasetIndex } from "../../src/domain/dataset-index";
import { countryCounts, filterEvents, indexEvents, sourceCounts } from "../../src/domain/filter";
import { addPrepared, prepareIndex, preparedIndex } from "../../src/domain/prepared-index";
import type { Dataset, TimelineEvent } from "../../src/domain/types";
import { exampleWireDataset } from "../fixtures/example-wire";

let dataset: Dataset;
let index: DatasetIndex;
const ids = () => dataset.sources.map((source) => source.id);
const shown = (filter: Parameters<typeof filterEvents>[1]) =>
  filterEvents(index, filter).map((event) => event.id);

beforeAll(async () => {
  dataset = await exampleWireDataset();
  index = buildDatasetIndex(dataset);
});

describe("the source filter", () => {
  it("keeps the events quoting any chosen source", () => {
    expect(shown({ countries: [], sources: ["example-wire"], query: "" })).toEqual([
      "strike-begins",
      "talks-fail",
    ]);
    expect(
      shown({ countries: [], sources: ["example-wire", "coastal-bulletin"], query: "" }),
    ).toEqual(["strike-begins", "crews-count-cost", "talks-fail"]);
  });

  it("counts each source's events among those the other filters leave, an event once per source", () => {
    expect(sourceCounts(index, ids(), { countries: [], query: "" })).toEqual([
      { sourceId: "example-wire", count: 2 },
      { sourceId: "alder-herald", count: 2 },
      { sourceId: "coastal-bulletin", count: 1 },
    ]);
    expect(sourceCounts(index, ids(), { countries: ["AU"], query: "" })).toEqual([
      { sourceId: "example-wire", count: 0 },
      { sourceId: "alder-herald", count: 0 },
      { sourceId: "coastal-bulletin", count: 1 },
    ]);
    // The country counts follow the source filter.
    expect(countryCounts(index, "", [], ["coastal-bulletin"])).toEqual([
      { code: "AU", count: 1 },
      { code: "NZ", count: 0 },
    ]);
  });

  it("counts all events from the totals gathered with them, reading none again", () => {
    let reads = 0;
    // Each event's quotations, counted as they are read.
    const watched = dataset.events.map((event): TimelineEvent => {
      const { quotes, ...rest } = event;
      return Object.defineProperty({ ...rest } as TimelineEvent, "quotes", {
        get: () => {
          reads++;
          return quotes;
        },
      });
    });
    const set = indexEvents(watched);
    reads = 0;
    expect(sourceCounts(set, ids(), { countries: [], query: "" })).toEqual([
      { sourceId: "example-wire", count: 2 },
      { sourceId: "alder-herald", count: 2 },
      { sourceId: "coastal-bulletin", count: 1 },
    ]);
    expect(reads).toBe(0);
    // Filtered, they are counted among the events the filter leaves.
    expect(sourceCounts(set, ids(), { countries: ["AU"], query: "" })[2]).toEqual({
      sourceId: "coastal-bulletin",
      count: 1,
    });
    expect(reads).toBeGreaterThan(0);
  });

  it("gathers the same totals a batch at a time, as a large dataset's events arrive", () => {
    const preparing = prepareIndex();
    for (const event of dataset.events) addPrepared(preparing, [event]);
    const set = indexEvents(dataset.events, preparedIndex(preparing));
    expect(sourceCounts(set, ids(), { countries: [], query: "" })).toEqual(
      sourceCounts(index, ids(), { countries: [], query: "" }),
    );
    expect(set.facets.sourceTotals).toEqual(index.facets.sourceTotals);
  });

  it("lets a search find the events quoting a source by its title or publisher", () => {
    expect(shown({ countries: [], query: "coastal bulletin" })).toEqual(["crews-count-cost"]);
    expect(shown({ countries: [], query: "herald" })).toEqual([
      "strike-begins",
      "board-calls-strike-unlawful",
    ]);
  });

  it("leaves out, with a notice, a source the dataset does not have", () => {
    const view = resolveView(index, {
      ...EMPTY_URL_STATE,
      sources: ["alder-herald", "no-such-paper"],
    });
    expect(view.sources).toEqual(["alder-herald"]);
    expect(view.filtered.map((event) => event.id)).toEqual([
      "strike-begins",
      "board-calls-strike-unlawful",
    ]);
    expect(view.notices).toEqual([
      {
        kind: "unknown-source",
        text: "This dataset has no source “no-such-paper”; that filter was left out.",
      },
    ]);
  });
});
