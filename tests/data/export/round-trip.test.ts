import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourcelineJson } from "../../../src/data/export/to-sourceline-json";
import { toTimelineJs, type TimelineJsDate } from "../../../src/data/export/to-timelinejs";
import { readDataset } from "../../../src/data/read-dataset";
import { formatIsoInstant, whenEndMs } from "../../../src/domain/dates";
import type { Dataset, TimelineEvent } from "../../../src/domain/types";
import { kabulDataset } from "../../fixtures/kabul";

// The project's own TimelineJS fixtures (TimelineJS3's files are read back the same way in
// tests/interop/). Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)`
// into an asset address, and node:fs reads only file: URLs.
const HERE = import.meta.url;
const OWN = new URL("../../fixtures/timelinejs/", HERE);
const TIMELINEJS_FILES = [
  { folder: OWN, name: "quirks.json" },
  { folder: OWN, name: "quirks.csv" },
];

function read(text: string, name: string): Promise<Dataset> {
  return readDataset(text, { name, label: `The file ${name}` });
}

function open(folder: URL, name: string): Promise<Dataset> {
  return read(readFileSync(new URL(name, folder), "utf8"), name);
}

/** Our own JSON of the events, read back as the app reads an opened file. */
function viaSourceline(dataset: Dataset, events = dataset.events): Promise<Dataset> {
  return read(toSourcelineJson(dataset, events), "export.json");
}

function viaTimelineJs(dataset: Dataset, events = dataset.events): Promise<Dataset> {
  return read(toTimelineJs(dataset, events), "export.timelinejs.json");
}

/** What survives in our JSON: everything a dataset's reader sees of the events and eras. */
function expectSameInSourceline(again: Dataset, dataset: Dataset, events = dataset.events) {
  expect(again.events).toStrictEqual(events);
  expect(again.eras).toStrictEqual(dataset.eras);
  expect(again.title).toBe(dataset.title);
  expect(again.description).toBe(dataset.description);
  // Only what loading flagged the first time may be flagged again (a quote not in its source);
  // skipped items and re-anchored quotes are not in the export to be flagged.
  expect(
    again.warnings.filter((warning) => !dataset.warnings.some(({ text }) => text === warning.text)),
  ).toEqual([]);
}

/**
 * What TimelineJS has a place for. It has none for kind, countries, actors, or a date's basis,
 * note and approximate flag, so those are left out; quotes travel only as text (see below).
 */
function timelineView(event: TimelineEvent) {
  const { id, title, summary, group, citation, displayDate } = event;
  const { start, end, precision } = event.when;
  return { id, title, summary, start, end, precision, group, citation, displayDate };
}

describe("our JSON export read back", () => {
  const kabul = kabulDataset();

  it("gives all 16 Kabul events, their sources and title as they were", async () => {
    expect(kabul.events).toHaveLength(16);
    const again = await viaSourceline(kabul);
    expectSameInSourceline(again, kabul);
    expect(again.warnings).toEqual([]);
    expect(again.sources).toStrictEqual(kabul.sources);
  });

  it("gives only the events shown: those involving China", async () => {
    const china = kabul.events.filter((event) => event.countries.includes("CN"));
    expect(china.map((event) => event.id)).toEqual([
      "china-says-taliban-changed",
      "hua-chunying-taliban-will-not-repeat-past",
      "lavrov-ready-to-resume-moscow-format",
    ]);
    const again = await viaSourceline(kabul, china);
    expectSameInSourceline(again, kabul, china);
    expect(again.warnings).toEqual([]);
  });

  it("carries only the sources the exported quotes use, text inline", async () => {
    const [article] = kabul.sources;
    if (!article) throw new Error("no source");
    const unused = { ...article, id: "unused-source", title: "Not quoted" };
    const withUnused = { ...kabul, sources: [...kabul.sources, unused] };
    const china = kabul.events.filter((event) => event.countries.includes("CN"));
    const json = JSON.parse(toSourcelineJson(withUnused, china)) as {
      sources: { id: string; text: string }[];
    };
    expect(json.sources.map((source) => source.id)).toEqual([article.id]);
    expect(json.sources[0]?.text).toBe(article.text);
    const uncited = JSON.parse(toSourcelineJson(withUnused, [])) as { sources: unknown[] };
    expect(uncited.sources).toEqual([]);
  });

  it("keeps a re-anchored quote where it was found, and flags a missing one again", async () => {
    const article = "One two three. He said hello there. Four five.";
    const dataset = await ourDataset({
      sources: [{ id: "article", title: "Article", publishedAt: "2020-01-01", text: article }],
      events: [
        {
          id: "quoted",
          title: "Quoted",
          when: { start: "2020-01-01" },
          quotes: [
            { sourceId: "article", exact: "hello there", start: 0, end: 11 },
            { sourceId: "article", exact: "nowhere", start: 0, end: 7 },
          ],
        },
      ],
    });
    expect(dataset.warnings.map(({ text }) => text)).toEqual([
      'events[0] "quoted".quotes[0] was re-anchored from 0–11 to 23–34, where its words are: set "start": 23, "end": 34',
      'events[0] "quoted".quotes[1].exact: "nowhere" is not found in the text of "article"; it is shown flagged, not highlighted: copy the words exactly from the text',
    ]);
    const again = await viaSourceline(dataset);
    expectSameInSourceline(again, dataset);
    expect(again.warnings).toEqual([dataset.warnings[1]]);
  });

  it.each(TIMELINEJS_FILES)("gives $name's events and eras as they were", async (file) => {
    const dataset = await open(file.folder, file.name);
    expect(dataset.events.length).toBeGreaterThan(0);
    expectSameInSourceline(await viaSourceline(dataset), dataset);
  });
});

describe("TimelineJS export read back", () => {
  it.each(TIMELINEJS_FILES)("gives $name's events and eras as they were", async (file) => {
    const dataset = await open(file.folder, file.name);
    const again = await viaTimelineJs(dataset);
    expect(again.events.map(timelineView)).toStrictEqual(dataset.events.map(timelineView));
    expect(again.eras).toStrictEqual(dataset.eras);
    expect(again.title).toBe(dataset.title);
    expect(again.description).toBe(dataset.description);
    expect(again.warnings).toEqual([]);
  });

  it("keeps the Kabul ids, titles and dates, quotations in the text, the source as citation", async () => {
    const kabul = kabulDataset();
    const [article] = kabul.sources;
    const again = await viaTimelineJs(kabul);
    // Compared as the span the date covers: TimelineJS writes only the parts a precision has, so
    // the year-precision end 2021-12-31 comes back as 2021-01-01, the same year.
    const dated = ({ id, title, when }: TimelineEvent) => {
      return { id, title, start: when.start, until: whenEndMs(when), precision: when.precision };
    };
    expect(again.events.map(dated)).toStrictEqual(kabul.events.map(dated));
    const words = (text: string) => text.replace(/\s+/g, " ");
    kabul.events.forEach((event, index) => {
      const back = again.events[index];
      expect(back?.summary.startsWith(`${event.summary}\n\n`), event.id).toBe(true);
      for (const quote of event.quotes) {
        expect(words(back?.summary ?? "")).toContain(words(quote.exact));
      }
      for (const speaker of event.quotes.flatMap((quote) => quote.speaker ?? [])) {
        expect(back?.summary).toContain(speaker);
      }
      // The credit names the archived copy after the publisher, as a link TimelineJS shows.
      expect(back?.citation).toEqual({
        title: article?.title,
        url: article?.url,
        credit: `${article?.publisher} · Archived copy`,
      });
    });
  });
});

/** A dataset in our format from its events (and sources), read as a file is. */
function ourDataset(fields: Record<string, unknown>): Promise<Dataset> {
  return read(JSON.stringify({ title: "Test", sources: [], ...fields }), "test.json");
}

const ERA_300_BCE = {
  title: "Hellenistic",
  start: "-0299-01-01",
  end: "0000-01-01",
  precision: "year",
};

interface TimelineJsFile {
  title: { unique_id?: string; text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    display_date?: string;
    text: { headline: string; text: string };
    media?: { url: string; caption: string; credit: string };
    group?: string;
  }[];
  eras: { start_date: TimelineJsDate; end_date: TimelineJsDate; text: { headline: string } }[];
}

describe("TimelineJS export", () => {
  it("links the source's archived copy in the media credit, beside the link to the original", () => {
    const kabul = kabulDataset();
    const [article] = kabul.sources;
    if (!article) throw new Error("the Kabul fixture has its article");
    const dated = { ...kabul, sources: [{ ...article, archivedAt: "2021-08-20" }] };
    const file = JSON.parse(toTimelineJs(dated, kabul.events.slice(0, 1))) as TimelineJsFile;
    expect(file.events[0]?.media).toEqual({
      url: article.url,
      caption: article.title,
      credit: `Press TV · <a href="${article.archiveUrl}">Archived copy (2021-08-20)</a>`,
    });
  });

  it("writes BCE years the TimelineJS way, with no year 0", async () => {
    const when = (start: string, precision = "year") => ({ start, precision });
    const dataset = await ourDataset({
      eras: [ERA_300_BCE],
      events: [
        { id: "euclid", title: "Euclid", when: when("-0299-03-15", "day") },
        { id: "year-zero", title: "1 BCE", when: when("0000-01-01") },
        { id: "year-one", title: "1 CE", when: when("0001-01-01") },
      ],
    });
    const file = JSON.parse(toTimelineJs(dataset, dataset.events)) as TimelineJsFile;
    expect(file.events.map((event) => event.start_date)).toEqual([
      { year: -300, month: 3, day: 15 },
      { year: -1 },
      { year: 1 },
    ]);
    expect(file.eras.map((era) => [era.start_date, era.end_date])).toEqual([
      [{ year: -300 }, { year: -1 }],
    ]);
    const again = await viaTimelineJs(dataset);
    expect(again.events.map((event) => formatIsoInstant(event.when.start))).toEqual([
      "-0299-03-15",
      "0000-01-01",
      "0001-01-01",
    ]);
    expect(again.eras).toStrictEqual(dataset.eras);
  });

  it("gives each event our id as its unique_id", () => {
    const kabul = kabulDataset();
    const file = JSON.parse(toTimelineJs(kabul, kabul.events)) as TimelineJsFile;
    expect(file.events.map((event) => event.unique_id)).toEqual(kabul.events.map((e) => e.id));
  });

  it("keeps an event's id that the title slide's headline would take", async () => {
    // TimelineJS gives the title slide an id (its headline's slug) before any event.
    const dataset = await ourDataset({
      title: "Launch",
      events: [
        { id: "launch", title: "Launch", when: { start: "1957-10-04" } },
        { id: "title", title: "An event called title", when: { start: "1958-01-01" } },
      ],
    });
    const again = await viaTimelineJs(dataset);
    expect(again.events.map((event) => event.id)).toEqual(["launch", "title"]);
  });

  it("escapes all text as HTML, and reading it back gives the literal text", async () => {
    const evil = '<script>alert("x")</script> & <b>bold</b>';
    const article = `Before. He said ${evil} and left.`;
    const dataset = await ourDataset({
      title: `Title ${evil}`,
      description: `Description ${evil}`,
      sources: [
        {
          id: "article",
          title: `Article ${evil}`,
          publisher: `Publisher ${evil}`,
          url: "https://example.org/article",
          publishedAt: "2021-08-19",
          text: article,
        },
      ],
      eras: [{ ...ERA_300_BCE, title: `Era ${evil}` }],
      events: [
        {
          id: "quoted",
          title: `Quoted ${evil}`,
          summary: `Summary ${evil}`,
          when: { start: "2021-08-19" },
          quotes: [
            {
              sourceId: "article",
              exact: evil,
              start: article.indexOf(evil),
              end: article.indexOf(evil) + evil.length,
              speaker: `Speaker ${evil}`,
            },
          ],
          group: `Group ${evil}`,
          displayDate: `Thursday ${evil}`,
        },
        {
          id: "cited",
          title: "Cited",
          when: { start: "2021-08-20" },
          citation: { title: `Caption ${evil}`, url: "https://example.org/", credit: `By ${evil}` },
        },
      ],
    });
    expect(dataset.warnings).toEqual([]);
    const json = toTimelineJs(dataset, dataset.events);
    expect(json).not.toMatch(/<(?!\/?(?:p|br|blockquote|cite)>)/);
    const file = JSON.parse(json) as TimelineJsFile;
    const escaped =
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;";
    expect(file.title.text.headline).toBe(`Title ${escaped}`);
    expect(file.events[0]?.text.headline).toBe(`Quoted ${escaped}`);
    expect(file.events[0]?.group).toBe(`Group ${escaped}`);
    expect(file.events[0]?.display_date).toBe(`Thursday ${escaped}`);
    expect(file.events[0]?.media).toEqual({
      url: "https://example.org/article",
      caption: `Article ${escaped}`,
      credit: `Publisher ${escaped}`,
    });
    expect(file.events[1]?.media).toEqual({
      url: "https://example.org/",
      caption: `Caption ${escaped}`,
      credit: `By ${escaped}`,
    });
    expect(file.eras[0]?.text.headline).toBe(`Era ${escaped}`);

    const again = await viaTimelineJs(dataset);
    expect(again.title).toBe(`Title ${evil}`);
    expect(again.description).toBe(`Description ${evil}`);
    expect(again.eras[0]?.title).toBe(`Era ${evil}`);
    const [quoted, cited] = again.events;
    expect(quoted?.title).toBe(`Quoted ${evil}`);
    expect(quoted?.summary).toBe(`Summary ${evil}\n\n${evil} Speaker ${evil}, Publisher ${evil}`);
    expect(quoted?.group).toBe(`Group ${evil}`);
    expect(quoted?.displayDate).toBe(`Thursday ${evil}`);
    expect(cited?.citation).toEqual({
      title: `Caption ${evil}`,
      url: "https://example.org/",
      credit: `By ${evil}`,
    });
  });
});

describe("the window an export was made from", () => {
  it("opens the re-imported file on the same days, widened to whole days", async () => {
    const dataset = kabulDataset();
    const window = {
      start: Date.parse("2021-08-16T06:30:00Z"),
      end: Date.parse("2021-08-19T18:00:00Z"),
    };
    const again = await read(toSourcelineJson(dataset, dataset.events, window), "view.json");
    expect(again.initialWindow).toEqual({
      start: Date.parse("2021-08-16T00:00:00Z"),
      end: Date.parse("2021-08-20T00:00:00Z"),
    });
  });

  it("keeps the dataset's own first view when no window is given", async () => {
    const dataset = kabulDataset();
    const again = await read(toSourcelineJson(dataset, dataset.events), "all.json");
    expect(again.initialWindow).toEqual(dataset.initialWindow);
  });
});
