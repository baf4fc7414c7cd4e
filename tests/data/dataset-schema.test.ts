import { describe, expect, it } from "vitest";
import { issuePath, parseDatasetShape } from "../../src/data/dataset-schema";

const SOURCE = {
  id: "presstv",
  title: "Russia calls for dialogue",
  publishedAt: "2021-08-19",
  text: "Lavrov said on Thursday.",
};
const QUOTE = { sourceId: "presstv", exact: "Lavrov said", start: 0, end: 11 };
const EVENT = {
  id: "lavrov-speaks",
  title: "Lavrov speaks",
  when: { start: "2021-08-19" },
  quotes: [QUOTE],
};
const DATASET = { title: "Kabul", sources: [SOURCE], events: [EVENT] };

function problemsOf(input: unknown): string[] {
  const result = parseDatasetShape(input);
  return result.ok ? [] : result.problems;
}

describe("parseDatasetShape", () => {
  it("accepts a minimal dataset and fills in the defaults", () => {
    const result = parseDatasetShape(DATASET);
    expect(result).toEqual({
      ok: true,
      raw: {
        version: 1,
        title: "Kabul",
        description: "",
        sources: [{ ...SOURCE, publisher: "", url: "" }],
        eras: [],
        events: [
          {
            ...EVENT,
            summary: "",
            kind: "event",
            countries: [],
            actors: [],
            when: {
              start: "2021-08-19",
              precision: "day",
              approximate: false,
              basis: "explicit",
              note: "",
            },
            quotes: [{ ...QUOTE, prefix: "", suffix: "" }],
          },
        ],
      },
    });
  });

  it("reports a missing field by its path", () => {
    const input = { ...DATASET, events: [EVENT, { ...EVENT, id: "second", when: {} }] };
    expect(problemsOf(input)).toEqual(["events[1].when.start: is missing: add it"]);
  });

  it("reports a field of the wrong type by its path, with what it got", () => {
    const input = { ...DATASET, events: [EVENT, { ...EVENT, id: "second", when: { start: 5 } }] };
    expect(problemsOf(input)).toEqual(['events[1].when.start: 5 should be a string, in "quotes"']);
  });

  it("accepts an event without quotes or sources: an imported timeline has no source text", () => {
    const { quotes: _quotes, ...withoutQuotes } = EVENT;
    const result = parseDatasetShape({ title: "Imported", events: [withoutQuotes] });
    expect(result.ok && result.raw.events[0]?.quotes).toEqual([]);
    expect(result.ok && result.raw.sources).toEqual([]);
  });

  it("reads a group, a citation, a display date and eras", () => {
    const input = {
      ...DATASET,
      eras: [{ title: "Taliban rule", start: "1996-09-27", end: "2001-11-13" }],
      events: [
        {
          ...EVENT,
          group: "Diplomacy",
          citation: { url: "https://example.org/photo", credit: "AP" },
          displayDate: "Thursday",
        },
      ],
    };
    const result = parseDatasetShape(input);
    expect(result.ok && result.raw.eras).toEqual([
      { title: "Taliban rule", start: "1996-09-27", end: "2001-11-13", precision: "day" },
    ]);
    expect(result.ok && result.raw.events[0]).toMatchObject({
      group: "Diplomacy",
      citation: { title: "", url: "https://example.org/photo", credit: "AP" },
      displayDate: "Thursday",
    });
  });

  it("accepts TimelineJS-style ids and rejects ones that cannot be part of a link", () => {
    for (const id of ["_1969-moon", "a--b", "event_7"]) {
      expect(problemsOf({ ...DATASET, events: [{ ...EVENT, id }] })).toEqual([]);
    }
    for (const id of ["Not A Slug", "---", "x".repeat(201), "ü"]) {
      expect(problemsOf({ ...DATASET, events: [{ ...EVENT, id }] })).toEqual([
        expect.stringMatching(/^events\[0\]\.id: ".*" is not an id: use .*lower-case letters/),
      ]);
    }
    expect(problemsOf({ ...DATASET, events: [{ ...EVENT, id: "Bad Id!" }] })).toEqual([
      'events[0].id: "Bad Id!" is not an id: use lower-case letters, digits, - and _',
    ]);
  });

  it("lists every problem, each with its path", () => {
    const input = {
      ...DATASET,
      events: [
        {
          ...EVENT,
          id: "Not A Slug",
          when: { start: "2021-08-19", precision: "week" },
          quotes: [{ ...QUOTE, exact: "", start: -1, end: 1.5 }],
        },
      ],
    };
    expect(problemsOf(input)).toEqual([
      'events[0].id: "Not A Slug" is not an id: use lower-case letters, digits, - and _',
      'events[0].when.precision: "week" is not a precision: use "minute", "day", "month" or "year"',
      "events[0].quotes[0].exact: is empty: give the quoted words",
      "events[0].quotes[0].start: -1 is negative: give a whole number of UTF-16 code units from the text's start, 0 or more",
      "events[0].quotes[0].end: 1.5 is not a whole number: give a whole number of UTF-16 code units from the text's start, 0 or more",
    ]);
  });

  it("rejects another version and a blank title", () => {
    expect(problemsOf({ ...DATASET, version: 2 })).toEqual([
      "version: 2 is not a version this app reads: use 1",
    ]);
    expect(problemsOf({ ...DATASET, title: "   " })).toEqual([
      'title: "   " is empty: give it some text',
    ]);
  });

  it("reports input that is not an object without a path", () => {
    expect(problemsOf("kabul")).toEqual(['"kabul" should be an object, in { }']);
  });
});

describe("issuePath", () => {
  it("joins keys with dots and indexes with brackets", () => {
    expect(issuePath([{ key: "events" }, { key: 3 }, { key: "when" }, { key: "start" }])).toBe(
      "events[3].when.start",
    );
    expect(issuePath([{ key: "title" }])).toBe("title");
  });

  it("is empty for no path", () => {
    expect(issuePath(undefined)).toBe("");
    expect(issuePath([])).toBe("");
  });
});
