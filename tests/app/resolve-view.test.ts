import { describe, expect, it } from "vitest";
import { resolveView } from "../../src/app/resolve-view";
import { buildDatasetIndex } from "../../src/domain/dataset-index";
import { EMPTY_URL_STATE, parseUrlState } from "../../src/app/url-state";
import type { UrlState } from "../../src/app/url-state";
import type { Dataset, EventId, TimelineEvent, TimeWindow, When } from "../../src/domain/types";
import { DAY_MS } from "../../src/domain/dates";
import { MIN_SPAN_MS, fitWindow } from "../../src/domain/zoom";

const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const win = (start: string, end: string): TimeWindow => ({ start: utc(start), end: utc(end) });

function event(
  id: string,
  start: string,
  fields: Partial<Omit<TimelineEvent, "id" | "when">> & { end?: string } = {},
): TimelineEvent {
  const { end, ...rest } = fields;
  const when: When = {
    start: utc(start),
    ...(end ? { end: utc(end) } : {}),
    precision: "day",
    approximate: false,
    basis: "explicit",
    note: "",
  };
  return {
    id: id as EventId,
    title: id,
    summary: "",
    kind: "event",
    countries: [],
    actors: [],
    when,
    quotes: [],
    ...rest,
  };
}

function dataset(events: readonly TimelineEvent[], initialWindow?: TimeWindow): Dataset {
  return {
    title: "Kabul, August 2021",
    description: "",
    sources: [],
    events,
    eras: [],
    initialWindow,
    warnings: [],
  };
}

// Day-precision events from 15 to 19 August 2021: the extent runs to the end of the 19th.
const KABUL = dataset([
  event("taliban-take-kabul", "2021-08-15", { title: "Taliban take Kabul", countries: ["AF"] }),
  event("mujahid-press-conference", "2021-08-17", {
    title: "Mujahid holds a press conference",
    countries: ["AF"],
  }),
  event("lavrov-calls-for-dialogue", "2021-08-19", {
    title: "Lavrov calls for a national dialogue",
    countries: ["AF", "RU"],
  }),
]);
const indexOf = buildDatasetIndex;
const datasetExtent = (data: Dataset) => buildDatasetIndex(data).extent;
const boundsForDataset = (data: Dataset) => buildDatasetIndex(data).bounds;
const KABUL_BOUNDS = boundsForDataset(KABUL);

const url = (state: Partial<UrlState>): UrlState => ({ ...EMPTY_URL_STATE, ...state });
const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe("the dataset index's extent", () => {
  it("runs from the first event's start to the end of the last event's day", () => {
    expect(datasetExtent(KABUL)).toEqual(win("2021-08-15", "2021-08-20"));
  });

  it("reaches the end of a range that outlasts later events", () => {
    const events = [
      event("evacuation", "2021-08-14", { end: "2021-08-30" }),
      event("lavrov-calls-for-dialogue", "2021-08-19"),
    ];
    expect(datasetExtent(dataset(events))).toEqual(win("2021-08-14", "2021-08-31"));
  });

  it("falls back to the year 2000 for a dataset with no events", () => {
    expect(datasetExtent(dataset([]))).toEqual(win("2000-01-01", "2001-01-01"));
  });
});

describe("the dataset index's zoom bounds", () => {
  it("puts a 5% margin around the dataset's extent", () => {
    // Five days of data: a quarter of a day, six hours, on each side.
    expect(KABUL_BOUNDS).toEqual({
      min: utc("2021-08-14T18:00:00Z"),
      max: utc("2021-08-20T06:00:00Z"),
      minSpan: MIN_SPAN_MS,
    });
  });

  it("gives an empty dataset finite bounds around the fallback year", () => {
    const bounds = boundsForDataset(dataset([]));
    expect(bounds.min).toBeLessThan(utc("2000-01-01"));
    expect(bounds.max).toBeGreaterThan(utc("2001-01-01"));
  });
});

describe("resolveView", () => {
  it("shows every event in the fitted window for an empty link, without notices", () => {
    const view = resolveView(indexOf(KABUL), EMPTY_URL_STATE);
    expect(view).toEqual({
      selected: undefined,
      countries: [],
      groups: [],
      sources: [],
      query: "",
      filtered: KABUL.events,
      searching: false,
      window: fitWindow(KABUL_BOUNDS),
      bounds: KABUL_BOUNDS,
      notices: [],
    });
  });

  it("filters by group and leaves out, with a notice, a group the dataset does not have", () => {
    const grouped: Dataset = {
      ...KABUL,
      events: KABUL.events.map((event, index) => ({
        ...event,
        group: index % 2 === 0 ? "Even" : "Odd",
      })),
    };
    const view = resolveView(indexOf(grouped), url({ groups: ["Odd", "Nowhere"] }));
    expect(view.groups).toEqual(["Odd"]);
    expect(view.filtered.map((event) => event.group)).toEqual(
      grouped.events.filter((_, index) => index % 2 === 1).map(() => "Odd"),
    );
    expect(view.notices).toEqual([
      {
        kind: "unknown-group",
        text: "No event in this dataset is in the group “Nowhere”; that filter was left out.",
      },
    ]);
  });

  it("selects the event the link names", () => {
    const view = resolveView(indexOf(KABUL), url({ event: "mujahid-press-conference" }));
    expect(view.selected).toBe(KABUL.events[1]);
    expect(view.notices).toEqual([]);
  });

  it("selects nothing for an event the dataset lacks, says so, and applies the rest", () => {
    const view = resolveView(indexOf(KABUL), url({ event: "no-such-event", countries: ["RU"] }));
    expect(view.selected).toBeUndefined();
    expect(view.notices).toEqual([
      {
        kind: "unknown-event",
        text: 'This dataset has no event "no-such-event"; the rest of the link still applies.',
      },
    ]);
    expect(ids(view.filtered)).toEqual(["lavrov-calls-for-dialogue"]);
    expect(view.window).toEqual(fitWindow(KABUL_BOUNDS));
  });

  it("writes out a right-to-left override in an unknown event id, so the notice reads as written", () => {
    const view = resolveView(indexOf(KABUL), url({ event: "\u202Eevil" }));
    expect(view.notices[0]?.text).toBe(
      'This dataset has no event "\\u202Eevil"; the rest of the link still applies.',
    );
  });

  it("leaves out a country no event involves and a code that names no country, naming each", () => {
    const view = resolveView(indexOf(KABUL), url({ countries: ["AF", "FR", "XX"] }));
    expect(view.countries).toEqual(["AF"]);
    expect(view.notices).toEqual([
      {
        kind: "unknown-country",
        text: "No event in this dataset involves France (FR); that filter was left out.",
      },
      { kind: "unknown-country", text: '"XX" is not a country code; that filter was left out.' },
    ]);
  });

  it("shows every event when all of the link's countries were left out", () => {
    const view = resolveView(indexOf(KABUL), url({ countries: ["FR"] }));
    expect(view.countries).toEqual([]);
    expect(view.filtered).toEqual(KABUL.events);
  });

  it("shows the default window when the link's from/to could not be read, and says so", () => {
    const view = resolveView(indexOf(KABUL), parseUrlState("from=2021-08-19&to=2021-08-15"));
    expect(view.window).toEqual(fitWindow(KABUL_BOUNDS));
    expect(view.notices).toEqual([
      {
        kind: "unreadable-window",
        text: "The link's time window could not be read; showing the default one.",
      },
    ]);
  });

  it("says when the link's event id or country codes could not be read", () => {
    const view = resolveView(indexOf(KABUL), parseUrlState("event=%3Cb%3E&country=AFG"));
    expect(view.notices).toEqual([
      { kind: "unreadable-event", text: "The link's event id could not be read." },
      { kind: "unreadable-country", text: "Some of the link's country codes could not be read." },
    ]);
  });

  it("says when the link's embed value is not 1, and shows the full app", () => {
    const view = resolveView(indexOf(KABUL), parseUrlState("embed=yes"));
    expect(view.notices).toEqual([
      {
        kind: "unreadable-embed",
        text: "The link's embed value could not be read (only embed=1 is known).",
      },
    ]);
  });

  it("keeps a window inside the dataset as the link gives it", () => {
    const window = win("2021-08-16", "2021-08-18");
    const view = resolveView(indexOf(KABUL), url({ window }));
    expect(view.window).toEqual(window);
    expect(view.notices).toEqual([]);
  });

  it("slides a window that lies after the dataset back to its end, keeping its span, and says so", () => {
    const view = resolveView(indexOf(KABUL), url({ window: win("2022-01-01", "2022-01-03") }));
    expect(view.window).toEqual({
      start: utc("2021-08-18T06:00:00Z"),
      end: utc("2021-08-20T06:00:00Z"),
    });
    expect(view.notices).toEqual([
      {
        kind: "window-outside",
        text: "The link's time window (2022-01-01 to 2022-01-03) lies outside this dataset; showing the nearest part.",
      },
    ]);
  });

  it("narrows a window far wider than the dataset, and before it, to the whole dataset", () => {
    const view = resolveView(
      indexOf(KABUL),
      url({ window: win("2001-01-01", "2011-01-01T12:30:00Z") }),
    );
    expect(view.window).toEqual(fitWindow(KABUL_BOUNDS));
    expect(view.notices).toEqual([
      {
        kind: "window-outside",
        text: "The link's time window (2001-01-01 to 2011-01-01T12:30Z) lies outside this dataset; showing the nearest part.",
      },
    ]);
  });

  it("keeps the link's window over the selected event's when the link has both", () => {
    const window = win("2021-08-15", "2021-08-16");
    const view = resolveView(indexOf(KABUL), url({ event: "lavrov-calls-for-dialogue", window }));
    expect(view.window).toEqual(window);
  });

  it("opens on the dataset's initial window when the link has none", () => {
    const initial = win("2021-08-16", "2021-08-18");
    const withInitial = dataset(KABUL.events, initial);
    expect(resolveView(indexOf(withInitial), EMPTY_URL_STATE).window).toEqual(initial);
  });

  it("keeps the initial window for a linked event it shows whole, with context", () => {
    const initial = win("2021-08-16", "2021-08-19");
    const withInitial = dataset(KABUL.events, initial);
    const view = resolveView(indexOf(withInitial), url({ event: "mujahid-press-conference" }));
    expect(view.window).toEqual(initial);
  });

  it("centres the initial window on a linked day outside it, widened to the day and its context", () => {
    const withInitial = dataset(KABUL.events, win("2021-08-15", "2021-08-16"));
    const view = resolveView(indexOf(withInitial), url({ event: "mujahid-press-conference" }));
    // 17 Aug with a tenth of a day either side.
    expect(view.window).toEqual({
      start: utc("2021-08-16T21:36:00Z"),
      end: utc("2021-08-18T02:24:00Z"),
    });
  });

  it("centres on a linked event near the edge only as far as the bounds allow", () => {
    const withInitial = dataset(KABUL.events, win("2021-08-15", "2021-08-17"));
    const view = resolveView(indexOf(withInitial), url({ event: "lavrov-calls-for-dialogue" }));
    expect(view.window).toEqual({
      start: utc("2021-08-18T06:00:00Z"),
      end: utc("2021-08-20T06:00:00Z"),
    });
  });

  it("zooms to two months around a linked day that would be a speck in the whole span", () => {
    const decades = dataset([
      event("operation-enduring-freedom", "2001-10-07"),
      event("taliban-take-kabul", "2021-08-15"),
      event("last-flight-out", "2021-08-30"),
    ]);
    const view = resolveView(indexOf(decades), url({ event: "taliban-take-kabul" }));
    // Two months (the longest a day is shown in), the day where it was in the whole span (near
    // its end), with its context.
    expect(view.window.end - view.window.start).toBe(61 * DAY_MS);
    expect(view.window.start).toBeLessThan(utc("2021-06-20"));
    expect(view.window.end).toBeGreaterThanOrEqual(utc("2021-08-16T02:24:00Z"));
    expect(view.notices).toEqual([]);
  });

  it("filters events by the link's countries", () => {
    const view = resolveView(indexOf(KABUL), url({ countries: ["RU"] }));
    expect(ids(view.filtered)).toEqual(["lavrov-calls-for-dialogue"]);
  });

  it("filters events by the link's search, keeping the query as typed", () => {
    const view = resolveView(indexOf(KABUL), url({ query: "Press  Conference" }));
    expect(view.query).toBe("Press  Conference");
    expect(ids(view.filtered)).toEqual(["mujahid-press-conference"]);
  });

  it("filters by countries and search together", () => {
    const both = resolveView(indexOf(KABUL), url({ countries: ["AF"], query: "kabul" }));
    expect(ids(both.filtered)).toEqual(["taliban-take-kabul"]);
    const none = resolveView(indexOf(KABUL), url({ countries: ["RU"], query: "kabul" }));
    expect(none.filtered).toEqual([]);
  });

  it("keeps the selected event even when the filter hides it", () => {
    const view = resolveView(
      indexOf(KABUL),
      url({ event: "taliban-take-kabul", countries: ["RU"] }),
    );
    expect(view.selected?.id).toBe("taliban-take-kabul");
    expect(ids(view.filtered)).toEqual(["lavrov-calls-for-dialogue"]);
  });
});
