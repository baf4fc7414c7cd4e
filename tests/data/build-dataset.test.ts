import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/data/build-dataset";
import { compareEvents } from "../../src/domain/event-order";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import type { RawDataset } from "../../src/data/dataset-schema";
import type { EventId, TimelineEvent } from "../../src/domain/types";

const TEXT =
  "On Sunday the Taliban took Kabul. On Tuesday Zabihullah Mujahid held a press conference. " +
  "Lavrov said on Thursday that Moscow favours a national dialogue.";

function quote(exact: string) {
  const start = TEXT.indexOf(exact);
  return { sourceId: "presstv", exact, start, end: start + exact.length };
}

// Listed out of date order on purpose: the build sorts them.
function rawJson() {
  return {
    title: "Kabul, August 2021",
    initialWindow: { from: "2021-08-14", to: "2021-08-20" },
    sources: [
      {
        id: "presstv",
        title: "Russia calls for dialogue",
        publisher: "Press TV",
        url: "https://www.presstv.ir/Detail/2021/08/19/664764",
        publishedAt: "2021-08-19",
        text: TEXT,
      },
    ],
    events: [
      {
        id: "lavrov-calls-for-dialogue",
        title: "Lavrov calls for dialogue",
        countries: ["ru", "AF", "RU"],
        when: { start: "2021-08-19", basis: "relative", note: "“on Thursday”" },
        quotes: [quote("Moscow favours a national dialogue")],
      },
      {
        id: "taliban-take-kabul",
        title: "Taliban take Kabul",
        countries: ["AF"],
        when: { start: "2021-08-15", basis: "relative", note: "“on Sunday”" },
        quotes: [quote("the Taliban took Kabul")],
      },
      {
        id: "mujahid-press-conference",
        title: "Mujahid's press conference",
        countries: ["AF"],
        when: { start: "2021-08-17" },
        quotes: [quote("Zabihullah Mujahid held a press conference")],
      },
    ],
  };
}

type RawJson = ReturnType<typeof rawJson>;
type RawEventJson = RawJson["events"][number];

/** The item at `index`, for fixtures whose length the test knows. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

const eventAt = (json: RawJson, index: number): RawEventJson => nth(json.events, index);
const quoteOf = (json: RawJson, index: number) => nth(eventAt(json, index).quotes, 0);

/** The raw dataset after a tweak, through the schema as the app reads it. */
function raw(tweak: (json: RawJson) => void = () => {}): RawDataset {
  const json = rawJson();
  tweak(json);
  const shape = parseDatasetShape(json);
  if (!shape.ok) throw new Error(shape.problems.join("\n"));
  return shape.raw;
}

function problemsOf(dataset: RawDataset, texts = new Map<string, string>()): string[] {
  const result = buildDataset(dataset, texts);
  return result.ok ? [] : result.problems;
}

/** The built dataset; fails the test with the problems when it does not build. */
function built(dataset: RawDataset) {
  const result = buildDataset(dataset, new Map());
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result;
}

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("buildDataset", () => {
  it("builds a valid dataset with its events in date order", () => {
    const result = buildDataset(raw(), new Map());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.events.map((e) => [e.id, e.when.start])).toEqual([
      ["taliban-take-kabul", utc("2021-08-15")],
      ["mujahid-press-conference", utc("2021-08-17")],
      ["lavrov-calls-for-dialogue", utc("2021-08-19")],
    ]);
    expect(dataset.initialWindow).toEqual({ start: utc("2021-08-14"), end: utc("2021-08-20") });
    expect(dataset.sources.map((s) => [s.id, s.text])).toEqual([["presstv", TEXT]]);
  });

  it("upper-cases, dedupes and sorts an event's countries", () => {
    const result = buildDataset(raw(), new Map());
    const lavrov = result.ok ? result.dataset.events[2] : undefined;
    expect(lavrov?.countries).toEqual(["AF", "RU"]);
  });

  it("reads a range's end as a UTC midnight", () => {
    const result = buildDataset(
      raw((json) => Object.assign(eventAt(json, 0).when, { end: "2021-08-20" })),
      new Map(),
    );
    expect(result.ok && result.dataset.events[2]?.when).toMatchObject({
      start: utc("2021-08-19"),
      end: utc("2021-08-20"),
    });
  });

  it("uses a source text fetched separately over one given inline", () => {
    const fetched = "Fetched: " + TEXT;
    const dataset = raw((json) => {
      for (const event of json.events) {
        for (const q of event.quotes) {
          q.start += 9;
          q.end += 9;
        }
      }
    });
    const result = buildDataset(dataset, new Map([["presstv", fetched]]));
    expect(result.ok && result.dataset.sources[0]?.text).toBe(fetched);
  });

  it("rejects a date that does not exist, naming the event and the field", () => {
    const dataset = raw((json) => {
      eventAt(json, 0).when.start = "2021-13-01";
    });
    expect(problemsOf(dataset)).toEqual([
      `events[0] "lavrov-calls-for-dialogue".when.start: "2021-13-01" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"`,
    ]);
  });

  it("rejects a range that ends before it starts", () => {
    const dataset = raw((json) => Object.assign(eventAt(json, 1).when, { end: "2021-08-14" }));
    expect(problemsOf(dataset)).toEqual([
      'events[1] "taliban-take-kabul".when.end: "2021-08-14" is before the start "2021-08-15": swap them, or mend the one that is wrong',
    ]);
  });

  it("rejects an id used twice, naming the event that has it first", () => {
    const dataset = raw((json) => {
      eventAt(json, 2).id = "taliban-take-kabul";
      json.sources.push({ ...nth(json.sources, 0) });
    });
    expect(problemsOf(dataset)).toEqual([
      'sources[1].id: "presstv" is the id of sources[0] too: give each source its own id',
      'events[2] "taliban-take-kabul".id: "taliban-take-kabul" is the id of events[1] too: give each event its own id',
    ]);
  });

  it("rejects a country code that names no country, naming the one a common slip meant", () => {
    const dataset = raw((json) => {
      eventAt(json, 1).countries = ["AF", "XX", "UK"];
      eventAt(json, 2).countries = ["EL"];
    });
    expect(problemsOf(dataset)).toEqual([
      'events[1] "taliban-take-kabul".countries[1]: "XX" is not a country code: use an ISO 3166-1 alpha-2 code, e.g. "AF" for Afghanistan',
      'events[1] "taliban-take-kabul".countries[2]: "UK" is not a country code; the United Kingdom is "GB"',
      'events[2] "mujahid-press-conference".countries[0]: "EL" is not a country code; Greece is "GR"',
    ]);
  });

  it("re-anchors a quote whose offsets drifted to where its words are, and says so", () => {
    const { dataset } = built(
      raw((json) => {
        quoteOf(json, 1).start += 1;
        quoteOf(json, 1).end += 1;
      }),
    );
    const quote = dataset.events.find((e) => e.id === "taliban-take-kabul")?.quotes[0];
    expect(quote).toMatchObject({ start: 10, end: 32 });
    expect(quote?.missing).toBeUndefined();
    expect(TEXT.slice(10, 32)).toBe(quote?.exact);
    expect(dataset.warnings).toEqual([
      {
        kind: "quote-moved",
        text: 'events[1] "taliban-take-kabul".quotes[0] was re-anchored from 11–33 to 10–32, where its words are: set "start": 10, "end": 32',
      },
    ]);
  });

  it("flags a quote of words that are not in the source at all, and loads the rest", () => {
    const { dataset } = built(
      raw((json) => {
        quoteOf(json, 1).exact = "the Taliban took Herat";
      }),
    );
    const quote = dataset.events.find((e) => e.id === "taliban-take-kabul")?.quotes[0];
    expect(quote).toMatchObject({ exact: "the Taliban took Herat", missing: true });
    expect(dataset.warnings).toEqual([
      {
        kind: "quote-missing",
        text: 'events[1] "taliban-take-kabul".quotes[0].exact: "the Taliban took Herat" is not found in the text of "presstv"; it is shown flagged, not highlighted: copy the words exactly from the text',
      },
    ]);
  });

  it("rejects a quote from an unknown source; one beyond the end of the text is re-anchored", () => {
    expect(
      problemsOf(
        raw((json) => {
          quoteOf(json, 1).sourceId = "reuters";
        }),
      ),
    ).toEqual([
      'events[1] "taliban-take-kabul".quotes[0].sourceId: "reuters" is not among the dataset\'s sources: use one of "presstv", or add the source',
    ]);
    const { dataset } = built(
      raw((json) => {
        Object.assign(quoteOf(json, 2), { start: 400, end: 420 });
      }),
    );
    expect(dataset.warnings.map(({ text }) => text)).toEqual([
      expect.stringMatching(
        /^events\[2\] "mujahid-press-conference".quotes\[0\] was re-anchored from 400–420 to/,
      ),
    ]);
  });

  it("lists every problem, not only the first", () => {
    const dataset = raw((json) => {
      eventAt(json, 0).when.start = "2021-13-01";
      eventAt(json, 1).countries = ["XX"];
      quoteOf(json, 2).sourceId = "ap";
      nth(json.sources, 0).publishedAt = "19 Aug 2021";
      json.initialWindow = { from: "2021-08-20", to: "2021-08-14" };
    });
    expect(problemsOf(dataset)).toEqual([
      `sources[0].publishedAt: "19 Aug 2021" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"`,
      `events[0] "lavrov-calls-for-dialogue".when.start: "2021-13-01" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"`,
      'events[1] "taliban-take-kabul".countries[0]: "XX" is not a country code: use an ISO 3166-1 alpha-2 code, e.g. "AF" for Afghanistan',
      'events[2] "mujahid-press-conference".quotes[0].sourceId: "ap" is not among the dataset\'s sources: use one of "presstv", or add the source',
      'initialWindow: "2021-08-20" to "2021-08-14" is not a window: give "from" and "to" as dates (YYYY-MM-DD), from before to',
    ]);
  });

  it("rejects a source without text or an address that is not http(s)", () => {
    const dataset = raw((json) => {
      const source: Partial<RawJson["sources"][number]> = nth(json.sources, 0);
      delete source.text;
      source.url = "javascript:alert(1)";
    });
    const problems = problemsOf(dataset);
    expect(problems.slice(0, 2)).toEqual([
      'sources[0].url: "javascript:alert(1)" is not an http(s) address: give one that starts with https://',
      'sources[0]: has neither text nor textUrl: give the article\'s words as "text", or their address as "textUrl"',
    ]);
  });

  it("collects every problem of a long list (reading the file lists the first 50)", () => {
    const dataset = raw((json) => {
      json.events = Array.from({ length: 60 }, (_, i) => ({
        ...eventAt(json, 2),
        id: `event-${i}`,
        countries: ["XX"],
      }));
    });
    const problems = problemsOf(dataset);
    expect(problems).toHaveLength(60);
    expect(problems[59]).toMatch(/^events\[59\] "event-59".countries\[0\]: "XX"/);
  });

  it("keeps an imported event without quotes, with its group, citation and display date", () => {
    const result = buildDataset(
      {
        ...raw(),
        sources: [],
        events: [
          {
            ...nth(raw().events, 0),
            quotes: [],
            group: " Diplomacy ",
            citation: { title: "Photo", url: "https://example.org/p", credit: "AP" },
            displayDate: "on Thursday",
          },
        ],
      },
      new Map(),
    );
    expect(result.ok && result.dataset.events[0]).toMatchObject({
      quotes: [],
      group: "Diplomacy",
      citation: { title: "Photo", url: "https://example.org/p", credit: "AP" },
      displayDate: "on Thursday",
    });
  });

  it("names a source or citation address that starts with http but cannot be parsed", () => {
    const dataset = raw((json) => {
      nth(json.sources, 0).url = "http://[";
      Object.assign(eventAt(json, 0), { citation: { url: "https://exa mple.org/" } });
    });
    expect(problemsOf(dataset)).toEqual([
      'sources[0].url: "http://[" is not a well-formed address: mend it (a stray "[", a space in the host?), or leave the field out',
      'events[0] "lavrov-calls-for-dialogue".citation.url: "https://exa mple.org/" is not a well-formed address: mend it (a stray "[", a space in the host?), or leave the field out',
    ]);
  });

  it("rejects a citation address that is not http(s)", () => {
    const dataset = raw((json) => {
      Object.assign(eventAt(json, 0), { citation: { url: "javascript:alert(1)" } });
    });
    expect(problemsOf(dataset)).toEqual([
      'events[0] "lavrov-calls-for-dialogue".citation.url: "javascript:alert(1)" is not an http(s) address: give one that starts with https://',
    ]);
  });

  it("reads eras at their precision, in start order, and rejects one that ends first", () => {
    const dataset = raw((json) => {
      Object.assign(json, {
        eras: [
          { title: "Republic", start: "2004-01", end: "2021-08", precision: "month" },
          { title: "Taliban", start: "1996-09-27", end: "2001-11-13" },
        ],
      });
    });
    expect(problemsOf(dataset)).toEqual([
      `eras[0].start: "2004-01" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"`,
      `eras[0].end: "2021-08" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"`,
    ]);
    const fixed = raw((json) => {
      Object.assign(json, {
        eras: [
          { title: "Republic", start: "2004-01-01", end: "2021-08-01", precision: "month" },
          { title: "Taliban", start: "1996-09-27", end: "2001-11-13" },
        ],
      });
    });
    expect(built(fixed).dataset.eras).toEqual([
      { title: "Taliban", start: utc("1996-09-27"), end: utc("2001-11-13"), precision: "day" },
      { title: "Republic", start: utc("2004-01-01"), end: utc("2021-08-01"), precision: "month" },
    ]);
    const backwards = raw((json) => {
      Object.assign(json, { eras: [{ title: "Odd", start: "2001-01-02", end: "2001-01-01" }] });
    });
    expect(problemsOf(backwards)).toEqual([
      'eras[0].end: "2001-01-01" is before the start "2001-01-02": swap them, or mend the one that is wrong',
    ]);
  });

  it("reads a time of day only at minute precision, and BCE dates as astronomical years", () => {
    const dataset = raw((json) => {
      Object.assign(eventAt(json, 0).when, { start: "2021-08-19T10:30Z", precision: "minute" });
      Object.assign(eventAt(json, 1).when, { start: "-0299-01-01", precision: "year" });
    });
    const events = built(dataset).dataset.events;
    expect(events.map((event) => event.when.start)).toEqual([
      Date.UTC(-299, 0, 1),
      utc("2021-08-17"),
      Date.UTC(2021, 7, 19, 10, 30),
    ]);
    const timeAtDay = raw((json) => {
      Object.assign(eventAt(json, 0).when, { start: "2021-08-19T10:30Z" });
    });
    expect(problemsOf(timeAtDay)).toEqual([
      'events[0] "lavrov-calls-for-dialogue".when.start: "2021-08-19T10:30Z" has a time: a time needs "precision": "minute"',
    ]);
  });
});

describe("compareEvents", () => {
  const event = (id: string, start: string, end?: string): TimelineEvent => ({
    id: id as EventId,
    title: id,
    summary: "",
    kind: "event",
    countries: [],
    actors: [],
    quotes: [],
    when: {
      start: utc(start),
      ...(end ? { end: utc(end) } : {}),
      precision: "day",
      approximate: false,
      basis: "explicit",
      note: "",
    },
  });

  it("orders by start, then by end, then by id", () => {
    const events = [
      event("b", "2021-08-15"),
      event("range", "2021-08-15", "2021-08-19"),
      event("a", "2021-08-15"),
      event("earlier", "2021-08-06", "2021-08-15"),
    ];
    expect([...events].sort(compareEvents).map((e) => e.id)).toEqual([
      "earlier",
      "a",
      "b",
      "range",
    ]);
  });

  it("is the order every dataset is built in, however its file is ordered", () => {
    const day = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2021, 0, 1 + n)));
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    const rawEvent = fc.record({
      id: fc.stringMatching(/^[a-z]{1,3}$/),
      start: day,
      days: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(rawEvent, { selector: (e) => e.id, maxLength: 60 }), (list) => {
        const shape = parseDatasetShape({
          title: "Order",
          events: list.map(({ id, start, days }) => ({
            id,
            title: id,
            when: {
              start: iso(start),
              ...(days === undefined
                ? {}
                : { end: iso(new Date(start.getTime() + days * 86_400_000)) }),
            },
          })),
        });
        if (!shape.ok) throw new Error(shape.problems.join("\n"));
        const built = buildDataset(shape.raw, new Map());
        if (!built.ok) throw new Error(built.problems.join("\n"));
        const ids = built.dataset.events.map((event) => event.id);
        expect(ids).toEqual([...built.dataset.events].sort(compareEvents).map((e) => e.id));
      }),
      { numRuns: 500 },
    );
  });
});
