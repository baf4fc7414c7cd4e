import { describe, expect, it } from "vitest";
import {
  NO_FILTER,
  countryCounts,
  filterEvents,
  indexEvents,
  groupCounts,
  isFiltering,
  searchTerms,
} from "../../src/domain/filter";
import type { EventId, TimelineEvent } from "../../src/domain/types";

function event(
  id: string,
  fields: Partial<Omit<TimelineEvent, "id" | "quotes">> & { quote?: string; speaker?: string },
): TimelineEvent {
  const { quote = "", speaker, ...rest } = fields;
  return {
    id: id as EventId,
    title: id,
    summary: "",
    kind: "event",
    countries: [],
    actors: [],
    when: {
      start: Date.parse("2021-08-19T00:00:00Z"),
      precision: "day",
      approximate: false,
      basis: "explicit",
      note: "",
    },
    quotes: [
      {
        sourceId: "presstv",
        exact: quote,
        start: 0,
        end: quote.length,
        prefix: "",
        suffix: "",
        ...(speaker ? { speaker } : {}),
      },
    ],
    ...rest,
  };
}

const EVENTS: readonly TimelineEvent[] = [
  event("taliban-take-kabul", {
    title: "Taliban take Kabul",
    summary: "Ghani flees; the past repeats.",
    countries: ["AF"],
  }),
  event("lavrov-calls-for-dialogue", {
    title: "Lavrov calls for a national dialogue",
    summary: "Russia’s foreign minister met Najla Mangoush.",
    countries: ["AF", "LY", "RU"],
    actors: ["Sergei Lavrov"],
    quote: "We welcome the Taliban's recent statement",
    speaker: "Sergei Lavrov",
  }),
  event("moscow-format", {
    title: "Moscow format talks begin",
    countries: ["AF", "RU"],
  }),
  event("china-says-taliban-changed", {
    title: "China says the Taliban have changed",
    summary: "Hua’s ministry spoke on Thursday.",
    countries: ["AF", "CN"],
    quote: "“The Taliban will not repeat the past,” she said.",
    speaker: "Hua Chunying",
  }),
  event("us-led-withdrawal", {
    title: "US-led forces withdraw",
    countries: ["AF", "US"],
  }),
];

const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);
const search = (query: string) => ids(filterEvents(indexEvents(EVENTS), { countries: [], query }));

describe("filterEvents", () => {
  it("returns the events themselves when nothing is filtered", () => {
    expect(filterEvents(indexEvents(EVENTS), NO_FILTER)).toBe(EVENTS);
    expect(filterEvents(indexEvents(EVENTS), { countries: [], query: "   " })).toBe(EVENTS);
  });

  it("keeps events involving any of the chosen countries, in their order", () => {
    expect(ids(filterEvents(indexEvents(EVENTS), { countries: ["CN", "RU"], query: "" }))).toEqual([
      "lavrov-calls-for-dialogue",
      "moscow-format",
      "china-says-taliban-changed",
    ]);
  });

  it("drops every event for a country none involves", () => {
    expect(filterEvents(indexEvents(EVENTS), { countries: ["PK"], query: "" })).toEqual([]);
  });

  it("requires both the country filter and the search to match", () => {
    expect(ids(filterEvents(indexEvents(EVENTS), { countries: ["RU"], query: "taliban" }))).toEqual(
      ["lavrov-calls-for-dialogue"],
    );
  });

  it("searches without regard to case", () => {
    expect(search("TALIBAN")).toEqual([
      "taliban-take-kabul",
      "lavrov-calls-for-dialogue",
      "china-says-taliban-changed",
    ]);
  });

  it("finds a straight-quoted phrase in text printed with curly quotes", () => {
    expect(search('"will not repeat the past"')).toEqual(["china-says-taliban-changed"]);
    expect(search("“will not repeat the past”")).toEqual(["china-says-taliban-changed"]);
  });

  it("finds a straight apostrophe where the text has a curly one, and the other way round", () => {
    expect(search("Hua's")).toEqual(["china-says-taliban-changed"]);
    expect(search("Russia's")).toEqual(["lavrov-calls-for-dialogue"]);
    expect(search("Taliban’s")).toEqual(["lavrov-calls-for-dialogue"]);
  });

  it("requires every word of the query to match, in any order", () => {
    expect(search("kabul taliban")).toEqual(["taliban-take-kabul"]);
    expect(search("mangoush lavrov")).toEqual(["lavrov-calls-for-dialogue"]);
    expect(search("taliban moscow")).toEqual([]);
  });

  it("keeps a quoted phrase as one term", () => {
    expect(search("past repeat")).toEqual(["taliban-take-kabul", "china-says-taliban-changed"]);
    expect(search('"past repeat"')).toEqual(["taliban-take-kabul"]);
  });

  it("searches speakers and actors as well as titles", () => {
    expect(search("chunying")).toEqual(["china-says-taliban-changed"]);
    expect(search("sergei")).toEqual(["lavrov-calls-for-dialogue"]);
  });

  it("folds typographic hyphens and diacritics", () => {
    expect(search("US\u2011led")).toEqual(["us-led-withdrawal"]);
    expect(search("Kābul")).toEqual(["taliban-take-kabul"]);
  });

  it("finds a word split by a zero-width space or soft hyphen, on either side", () => {
    const hidden = [
      event("airlift", { title: "Ka\u200Bbul airlift", summary: "evac\u00ADuation" }),
    ];
    expect(
      ids(filterEvents(indexEvents(hidden), { countries: [], query: "kabul evacuation" })),
    ).toEqual(["airlift"]);
    expect(search("Ka\u200Bbul\u2060")).toEqual(["taliban-take-kabul"]);
  });
});

describe("searchTerms", () => {
  it("splits words and keeps quoted phrases whole, lower-cased", () => {
    expect(searchTerms('Taliban "will not  Repeat" past')).toEqual([
      "taliban",
      "will not repeat",
      "past",
    ]);
  });

  it("reads an unclosed quote to the end and skips empty quotes", () => {
    expect(searchTerms('kabul "will not')).toEqual(["kabul", "will not"]);
    expect(searchTerms('"" kabul')).toEqual(["kabul"]);
  });

  it("treats curly quotes as quotes", () => {
    expect(searchTerms("“will not repeat”")).toEqual(["will not repeat"]);
  });

  it("is empty for a blank query", () => {
    expect(searchTerms("  \t ")).toEqual([]);
  });
});

describe("countryCounts", () => {
  it("lists every country in the data, most events first, then by name", () => {
    expect(countryCounts(indexEvents(EVENTS), "")).toEqual([
      { code: "AF", count: 5 },
      { code: "RU", count: 2 },
      { code: "CN", count: 1 },
      { code: "LY", count: 1 },
      { code: "US", count: 1 },
    ]);
  });

  it("orders countries with as many events by name, not by code", () => {
    const tied = [event("de", { countries: ["DE"] }), event("eg", { countries: ["EG"] })];
    expect(countryCounts(indexEvents(tied), "").map((c) => c.code)).toEqual(["EG", "DE"]);
  });

  it("counts only the events that match the search, keeping countries with none", () => {
    expect(countryCounts(indexEvents(EVENTS), "taliban")).toEqual([
      { code: "AF", count: 3 },
      { code: "CN", count: 1 },
      { code: "LY", count: 1 },
      { code: "RU", count: 1 },
      { code: "US", count: 0 },
    ]);
  });

  it("is empty for no events", () => {
    expect(countryCounts(indexEvents([]), "")).toEqual([]);
  });
});

describe("isFiltering", () => {
  it("is false for no countries and a blank query", () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ countries: [], query: "  \n " })).toBe(false);
  });

  it("is true for a country or a query", () => {
    expect(isFiltering({ countries: ["RU"], query: "" })).toBe(true);
    expect(isFiltering({ countries: [], query: "kabul" })).toBe(true);
  });
});

describe("groups", () => {
  const GROUPED = [
    event("euclid", { group: "Optics", countries: ["GR"], summary: "rays" }),
    event("galileo", { group: "Astronomy", countries: ["IT"], summary: "moons" }),
    event("hubble", { group: "Astronomy", countries: ["US"], summary: "telescope rays" }),
    event("untitled", { countries: ["US"] }),
  ];

  it("keeps events in any chosen group, together with the other filters", () => {
    expect(
      ids(filterEvents(indexEvents(GROUPED), { countries: [], groups: ["Astronomy"], query: "" })),
    ).toEqual(["galileo", "hubble"]);
    expect(
      ids(
        filterEvents(indexEvents(GROUPED), {
          countries: ["US"],
          groups: ["Astronomy", "Optics"],
          query: "",
        }),
      ),
    ).toEqual(["hubble"]);
    expect(isFiltering({ countries: [], groups: ["Optics"], query: "" })).toBe(true);
  });

  it("counts each group among events matching the search and countries, not the group filter", () => {
    expect(groupCounts(indexEvents(GROUPED), "rays", [])).toEqual([
      { group: "Optics", count: 1 },
      { group: "Astronomy", count: 1 },
    ]);
    expect(groupCounts(indexEvents(GROUPED), "", ["IT"])).toEqual([
      { group: "Optics", count: 0 },
      { group: "Astronomy", count: 1 },
    ]);
    expect(groupCounts(indexEvents(GROUPED.slice(3)), "", [])).toEqual([]);
  });

  it("counts countries within the chosen groups", () => {
    expect(countryCounts(indexEvents(GROUPED), "", ["Astronomy"])).toEqual([
      { code: "IT", count: 1 },
      { code: "US", count: 1 },
      { code: "GR", count: 0 },
    ]);
  });
});
