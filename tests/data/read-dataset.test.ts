import { describe, expect, it } from "vitest";
import { DatasetError } from "../../src/data/dataset-error";
import { looksLikeTimelineJs, readDataset } from "../../src/data/read-dataset";

async function problems(text: string, name = "data.json"): Promise<[string, readonly string[]]> {
  try {
    await readDataset(text, { name, label: `The file ${name}` });
  } catch (error) {
    if (error instanceof DatasetError) return [error.message, error.problems];
    throw error;
  }
  throw new Error("it opened");
}

describe("readDataset", () => {
  it("reads our format with eras and no sources as ours, not as TimelineJS", async () => {
    const ours = {
      version: 1,
      title: "Mine",
      eras: [{ title: "War", start: "1939-09-01", end: "1945-09-02" }],
      events: [{ id: "a", title: "A", when: { start: "1940-05-10" } }],
    };
    const dataset = await readDataset(JSON.stringify(ours), { name: "mine.json", label: "x" });
    expect(dataset.origin).toEqual({ name: "mine.json", format: "Sourceline JSON" });
    expect(dataset.events.map((event) => event.id)).toEqual(["a"]);
    expect(dataset.eras.map((era) => era.title)).toEqual(["War"]);
  });

  it("tells the formats apart by their events, then by the title", () => {
    expect(looksLikeTimelineJs({ events: [{ start_date: { year: 1 } }] })).toBe(true);
    expect(looksLikeTimelineJs({ events: [{ when: { start: "2001-01-01" } }], eras: [] })).toBe(
      false,
    );
    expect(looksLikeTimelineJs({ title: { text: { headline: "T" } }, events: [] })).toBe(true);
    expect(looksLikeTimelineJs({ title: "T", events: [] })).toBe(false);
    expect(looksLikeTimelineJs([])).toBe(false);
  });

  it("refuses a dataset without events rather than showing an empty timeline", async () => {
    expect(await problems('{"title": "Empty", "events": []}')).toEqual([
      "The file data.json is not valid.",
      ["It has no events."],
    ]);
    expect(await problems("Year,Headline\n", "sheet.csv")).toEqual([
      "The file sheet.csv is not valid.",
      ["It has a header row but no rows of events."],
    ]);
  });

  it("explains a CSV separated by semicolons, and our own CSV export", async () => {
    const [, semicolons] = await problems("Year;Headline\n1969;Moon\n", "sheet.csv");
    expect(semicolons[0]).toMatch(/separated by semicolons or tabs/);
    const [, ours] = await problems("id,start,end,precision\nx,2021-08-15,,day\n", "export.csv");
    expect(ours[0]).toMatch(/Sourceline CSV export/);
  });

  it("lists every fault at once, past a malformed event, each with its value and how to mend it", async () => {
    const event = (id: string, extra: object = {}) => ({
      id,
      title: id,
      when: { start: "2023-02-27" },
      ...extra,
    });
    const [, listed] = await problems(
      JSON.stringify({
        title: "Faults",
        sources: [{ id: "s", title: "S", publishedAt: "2023-02-27", text: "Hello world" }],
        events: [
          event("Bad Id!"),
          event("b", { countries: ["UK"] }),
          event("c", { quotes: [{ sourceId: "t", exact: "Hello", start: 0, end: 5 }] }),
          event("b"),
          event("e", { when: { start: "2023-02-27T10:00Z" } }),
        ],
      }),
    );
    expect(listed).toEqual([
      'events[0].id: "Bad Id!" is not an id: use lower-case letters, digits, - and _',
      'events[1] "b".countries[0]: "UK" is not a country code; the United Kingdom is "GB"',
      'events[2] "c".quotes[0].sourceId: "t" is not among the dataset\'s sources: use one of "s", or add the source',
      'events[3] "b".id: "b" is the id of events[1] too: give each event its own id',
      'events[4] "e".when.start: "2023-02-27T10:00Z" has a time: a time needs "precision": "minute"',
    ]);
  });

  it("lists the first 50 problems of a broken file and counts the rest", async () => {
    const events = Array.from({ length: 80 }, (_, i) => ({
      id: `e-${i}`,
      when: { start: "2001-01-01" },
    }));
    const [, listed] = await problems(JSON.stringify({ title: "Many", events }));
    expect(listed).toHaveLength(51);
    expect(listed[0]).toBe("events[0].title: is missing: add it");
    expect(listed[50]).toBe("…and 30 more problems");
  });

  it("fetches a source's text from its address over an inline copy", async () => {
    const dataset = await readDataset(
      JSON.stringify({
        title: "T",
        sources: [
          { id: "s", title: "S", publishedAt: "2021-08-19", text: "old words", textUrl: "./s.txt" },
        ],
        events: [
          {
            id: "e",
            title: "E",
            when: { start: "2021-08-19" },
            quotes: [{ sourceId: "s", exact: "new words", start: 0, end: 9 }],
          },
        ],
      }),
      { name: "t.json", label: "x", fetchSourceText: () => Promise.resolve("new words here") },
    );
    expect(dataset.sources[0]?.text).toBe("new words here");
    expect(dataset.warnings).toEqual([]);
  });
});
