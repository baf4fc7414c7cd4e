import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/data/build-dataset";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import { quoteFinderFor } from "../../src/data/quote-finder";
import { placeByWords } from "../../src/data/place-by-words";

const TEXT = "Lavrov said: we will talk.";

function raw(quote: Record<string, unknown>) {
  const shape = parseDatasetShape({
    title: "Talks",
    sources: [{ id: "presstv", title: "Talks", publishedAt: "2021-08-19", text: TEXT }],
    events: [{ id: "talks", title: "Talks", when: { start: "2021-08-19" }, quotes: [quote] }],
  });
  if (!shape.ok) throw new Error(shape.problems.join("\n"));
  return shape.raw;
}

const byWords = { sourceId: "presstv", exact: "we will talk" };
const withOffsets = { ...byWords, start: TEXT.indexOf("we"), end: TEXT.indexOf(".") };

describe("quoteFinderFor", () => {
  it("gives no finder to a dataset whose quotations all have offsets", async () => {
    expect(await quoteFinderFor(raw(withOffsets))).toBeUndefined();
  });

  it("gives the finder to a dataset with a quotation given by its words alone", async () => {
    expect(await quoteFinderFor(raw(byWords))).toBe(placeByWords);
  });
});

describe("buildDataset without a finder", () => {
  it("says in words that a quotation without offsets cannot be placed", () => {
    const built = buildDataset(raw(byWords), new Map());
    expect(built).toEqual({
      ok: false,
      problems: [
        'events[0] "talks".quotes[0]: has no "start" and "end", and this reading cannot find quotations by their words: give its offsets',
      ],
    });
  });

  it("places it by its words with one", () => {
    const built = buildDataset(raw(byWords), new Map(), undefined, placeByWords);
    expect(built.ok && built.dataset.events[0]?.quotes[0]).toMatchObject({
      start: TEXT.indexOf("we"),
      end: TEXT.indexOf("."),
    });
  });
});
