import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../../src/data/dataset-error";
import { MAX_DATASET_CHARS, MAX_EVENTS, readDataset } from "../../../src/data/read-dataset";
import { formatIsoInstant, formatWhen } from "../../../src/domain/dates";
import type { Dataset, Era, TimelineEvent } from "../../../src/domain/types";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset
// address, and node:fs reads only file: URLs.
const HERE = import.meta.url;

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/timelinejs/${name}`, HERE), "utf8");
}

function read(text: string, name: string): Promise<Dataset> {
  return readDataset(text, { name, label: `The file ${name}` });
}

/** The error a read fails with; fails the test when the read succeeds. */
async function failure(text: string, name: string): Promise<DatasetError> {
  const error: unknown = await read(text, name).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

/** What the timeline shows of each event: id, title, date as written out, precision. */
function shown(event: TimelineEvent) {
  return [event.id, event.title, formatWhen(event.when), event.when.precision];
}

/** An era as the era bands label it: title, span as written out, precision. */
function eraShown(era: Era) {
  const when = { ...era, approximate: false, basis: "external" as const, note: "" };
  return [era.title, formatWhen(when), era.precision];
}

function byId(dataset: Dataset, id: string): TimelineEvent {
  const event = dataset.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

const TEMPLATE_COLUMNS =
  "Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, " +
  "Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background";
const NOT_TIMELINEJS_COLUMNS = `row 1: the columns are not TimelineJS's; its spreadsheet template has ${TEMPLATE_COLUMNS} (Year and Headline at least)`;
const TOO_FAR = "is further from today than this timeline can place (±999,999,999,999 years)";

describe("importing quirks.json (TimelineJS3 JSON)", async () => {
  const dataset = await read(fixture("quirks.json"), "quirks.json");

  it("takes the title slide's headline and text as plain text", () => {
    expect(dataset.title).toBe("Quirks & Corners");
    expect(dataset.description).toBe(
      "A hand-written timeline.\n\nIt tests every corner — we hope.",
    );
  });

  it("shows every readable event in date order, with BCE years, ranges and times of day", () => {
    expect(dataset.events.map(shown)).toEqual([
      ["the-big-bang", "The Big Bang", "13.8 billion years ago", "year"],
      ["launch", "Launch", "15 Mar 300 BCE", "day"],
      ["the-year-before-year-one", "The year before year one", "1 BCE", "year"],
      ["moon-2", "Galileo looks up", "November 1609 – December 1610", "month"],
      ["moon", "Sidereus Nuncius", "March 1610", "month"],
      ["bcafe-b-amp-creme-brulee", "Café & Crème brûlée", "1651", "year"],
      ["event-15", "Untitled event (events[15])", "1900", "year"],
      ["launch-2", "Launch", "4 Oct 1957", "day"],
      ["apollo-11", "Apollo 11 mission", "16–24 Jul 1969", "day"],
      ["apollo-11-2", "The Eagle has landed", "20 Jul 1969, 20:17 UTC", "minute"],
      ["berlin-wall-img-srcx-onerroralert1falls", "Berlin Wall falls", "November 1989", "month"],
      [
        "event-14",
        "Nine o'clock on the first morning of 2000, and nothing broke.",
        "1 Jan 2000, 09:00 UTC",
        "minute",
      ],
      ["leap-day", "Leap day", "29 Feb 2004", "day"],
    ]);
  });

  it("stores TimelineJS's year -300 as the astronomical year -299, and -1 as year 0", () => {
    expect(formatIsoInstant(byId(dataset, "launch").when.start)).toBe("-0299-03-15");
    expect(formatIsoInstant(byId(dataset, "the-year-before-year-one").when.start)).toBe(
      "0000-01-01",
    );
  });

  it("reads an end year at the start's precision: the range ends in December", () => {
    const when = byId(dataset, "moon-2").when;
    expect(formatIsoInstant(when.start)).toBe("1609-11-01");
    expect(when.end === undefined ? undefined : formatIsoInstant(when.end)).toBe("1610-12-01");
  });

  it("maps a unique_id that cannot be an id, and keeps duplicate ones apart", () => {
    // "Apollo 11" slugifies to apollo-11, which another event already has as its own unique_id.
    expect(byId(dataset, "apollo-11-2").title).toBe("The Eagle has landed");
    expect(byId(dataset, "apollo-11").title).toBe("Apollo 11 mission");
    expect(byId(dataset, "moon").title).toBe("Sidereus Nuncius");
    expect(byId(dataset, "moon-2").title).toBe("Galileo looks up");
  });

  it("turns text HTML into plain text, dropping scripts, images and javascript: links", () => {
    expect(byId(dataset, "apollo-11-2").summary).toBe("Tranquility Base here.");
    expect(byId(dataset, "berlin-wall-img-srcx-onerroralert1falls").summary).toBe(
      "Safe & sound — done. click",
    );
    expect(byId(dataset, "event-14").summary).toBe(
      "Nine o'clock on the first morning of 2000, and nothing broke.",
    );
  });

  it("makes media a citation; a javascript: address never becomes its link", () => {
    expect(dataset.events.map((event) => [event.id, event.citation])).toEqual([
      ["the-big-bang", undefined],
      ["launch", undefined],
      ["the-year-before-year-one", undefined],
      ["moon-2", undefined],
      ["moon", undefined],
      ["bcafe-b-amp-creme-brulee", undefined],
      ["event-15", undefined],
      ["launch-2", undefined],
      ["apollo-11", undefined],
      ["apollo-11-2", { title: "Landing – photo", url: "https://example.org/x", credit: "NASA" }],
      ["berlin-wall-img-srcx-onerroralert1falls", { title: "Not a link", url: "", credit: "Evil" }],
      ["event-14", undefined],
      ["leap-day", { title: "", url: "https://example.org/credit", credit: "Photo: Jane & John" }],
    ]);
  });

  it("drops a media address that cannot be parsed, as it drops a javascript: one, and still opens", async () => {
    const timeline = {
      events: [
        {
          start_date: { year: 1969 },
          text: { headline: "Landing" },
          media: { url: "http://[", caption: "Photo", credit: "NASA" },
        },
      ],
    };
    const opened = await read(JSON.stringify(timeline), "moon.json");
    expect(opened.events[0]?.citation).toEqual({ title: "Photo", url: "", credit: "NASA" });
  });

  it("keeps groups as plain text and the display date beside the real one", () => {
    expect(dataset.events.filter((e) => e.group).map((e) => [e.id, e.group])).toEqual([
      ["bcafe-b-amp-creme-brulee", "Food"],
      ["launch-2", "Space"],
      ["apollo-11", "Space"],
      ["apollo-11-2", "Space"],
    ]);
    expect(dataset.events.filter((e) => e.displayDate).map((e) => [e.id, e.displayDate])).toEqual([
      ["apollo-11-2", "Summer 1969"],
    ]);
  });

  it("dates every event as external, with no quotes", () => {
    for (const event of dataset.events) {
      expect(event.quotes).toEqual([]);
      expect(event.when.basis).toBe("external");
      expect(event.when.note).toMatch(/^As dated in /);
      expect(event.countries).toEqual([]);
    }
  });

  it("shows the eras in start order, one with only a start year as that year", () => {
    expect(dataset.eras.map(eraShown)).toEqual([
      ["Hellenistic age", "300 BCE–1 BCE", "year"],
      ["Untitled era", "1800–1810", "year"],
      ["The Second World War", "September 1939 – December 1945", "month"],
      ["The Sixties", "1960", "year"],
    ]);
  });

  it("lists each skipped event and era with where and why", () => {
    expect(dataset.warnings.map(({ text }) => text)).toEqual([
      "Skipped events[10]: has no start date",
      "Skipped events[11]: end_date.year: the end date is before the start date",
      "Skipped events[12]: start_date.month 13 is not between 1 and 12",
      "Skipped eras[3]: end_date.year: the end date is before the start date",
    ]);
  });
});

describe("importing quirks.csv (TimelineJS spreadsheet)", async () => {
  const dataset = await read(fixture("quirks.csv"), "quirks.csv");

  it("takes the first title row as the dataset's title and description", () => {
    expect(dataset.title).toBe("Quirky sheet");
    expect(dataset.description).toBe("From a spreadsheet & a pen.");
  });

  it("reads columns whatever their case and spacing, and times such as 10:30 and 9 pm", () => {
    expect(dataset.events.map(shown)).toEqual([
      ["old", "Old", "300 BCE", "year"],
      ["eniac", "ENIAC", "July 1943 – December 1946", "month"],
      ["morning", "Morning", "20 Jul 1969, 10:30 UTC", "minute"],
      ["evening", "Evening", "20 Jul 1969, 21:00 UTC", "minute"],
      ["multi-line", "Multi-line", "April 1970", "month"],
      ["leap-night", "Leap night", "29 Feb 2020, 12:15 UTC – 1 Mar 2020, 01:00 UTC", "minute"],
    ]);
  });

  it("keeps the line breaks of a quoted multi-line cell", () => {
    expect(byId(dataset, "multi-line").summary).toBe(
      'First line\nsecond line with "quotes"\n\nthird paragraph',
    );
  });

  it("reads groups, the display date and the media columns", () => {
    expect(dataset.events.map((e) => [e.id, e.group ?? ""])).toEqual([
      ["old", "Earth"],
      ["eniac", ""],
      ["morning", "Space"],
      ["evening", "Space"],
      ["multi-line", "Earth"],
      ["leap-night", ""],
    ]);
    const evening = byId(dataset, "evening");
    expect(evening.displayDate).toBe("Evening of the 20th");
    expect(evening.citation).toEqual({
      title: "A caption",
      url: "https://example.org/evening",
      credit: "Jane Doe",
    });
  });

  it("reads an era row", () => {
    expect(dataset.eras.map(eraShown)).toEqual([["The Sixties", "1960–1969", "year"]]);
  });

  it("names skipped rows by their spreadsheet row, the header being row 1", () => {
    // Row 7 spans four lines of the file; rows 8 (commas only) and 9 (an empty line) are blank.
    expect(dataset.warnings.map(({ text }) => text)).toEqual([
      'Skipped row 6: Time hour "soon" is not a whole number',
      "Skipped row 10: Year is empty",
      "Skipped row 11: a second title row (the first one is used)",
    ]);
  });
});

describe("reading a TimelineJS file", () => {
  it("detects the format from the content, not the name", async () => {
    const json = await read(fixture("quirks.json"), "data.csv");
    expect(json.title).toBe("Quirks & Corners");
    expect(json.events).toHaveLength(13);
    const csv = await read(fixture("quirks.csv"), "x.json");
    expect(csv.title).toBe("Quirky sheet");
    expect(csv.events).toHaveLength(6);
  });

  it("refuses a web page", async () => {
    const error = await failure("<!doctype html><html><body>Not found</body></html>", "x.json");
    expect(error.message).toBe("The file x.json is neither JSON nor CSV.");
    expect(error.problems).toEqual([
      "It looks like a web page (it starts with “<”), not a dataset: check the address.",
    ]);
  });

  it("refuses broken JSON", async () => {
    const error = await failure('{"events": [{"start_date": ', "broken.json");
    expect(error.message).toBe("The file broken.json is not JSON.");
    expect(error.problems).toHaveLength(1);
  });

  it("refuses a CSV whose columns are not TimelineJS's", async () => {
    const error = await failure(fixture("not-timelinejs.csv"), "not-timelinejs.csv");
    expect(error.message).toBe("The file not-timelinejs.csv is not valid.");
    expect(error.problems).toEqual([NOT_TIMELINEJS_COLUMNS]);
  });

  it("refuses an empty file, even one with a BOM and line ends", async () => {
    for (const text of ["", "\uFEFF\r\n\r\n"]) {
      const error = await failure(text, "empty.csv");
      expect(error.message).toBe("The file empty.csv is not valid.");
      expect(error.problems).toEqual(["It is empty."]);
    }
  });

  it("refuses a file none of whose events can be read, saying why for each", async () => {
    const json = JSON.stringify({
      events: [
        { start_date: { year: "-14000000000000" }, text: { headline: "Too old" } },
        { text: { headline: "No date" } },
      ],
    });
    const error = await failure(json, "old.json");
    expect(error.message).toBe("The file old.json is not valid.");
    expect(error.problems).toEqual([
      "None of its events could be read:",
      "events[1]: has no start date",
      `events[0]: start_date.year -14000000000000 ${TOO_FAR}`,
    ]);
    const csv = await failure("Year,Headline\r\n,Nothing\r\n", "empty-years.csv");
    expect(csv.problems).toEqual(["None of its events could be read:", "row 2: Year is empty"]);
  });

  it("refuses a file over the size limit, saying how large it is", async () => {
    const error = await failure("x".repeat(MAX_DATASET_CHARS + 1), "huge.csv");
    expect(error.message).toBe("The file huge.csv is not valid.");
    expect(error.problems).toEqual(["It is 50.1 MB; this app opens datasets up to 50 MB."]);
  });

  // About 3 s: all 200,001 events are converted and validated before they are counted.
  it("refuses a timeline with more events than the app opens", { timeout: 30_000 }, async () => {
    const event = '{"start_date":{"year":2000}}';
    const json = `{"events":[${Array.from({ length: MAX_EVENTS + 1 }, () => event).join(",")}]}`;
    const error = await failure(json, "many.json");
    expect(error.message).toBe("The file many.json is not valid.");
    expect(error.problems).toEqual(["It has 200,001 events; this app opens up to 200,000."]);
  });

  it("reads a year beyond a Date's range as a year only, as TimelineJS does", async () => {
    const json = JSON.stringify({
      events: [
        { start_date: { year: -4600000000, month: 7, day: 4 }, text: { headline: "The Sun" } },
        {
          start_date: { year: "-540000000" },
          end_date: { year: "-485400000", month: "2", day: "30" },
          text: { headline: "The Cambrian" },
        },
        {
          start_date: { year: "1969", month: "7", day: "20" },
          end_date: { year: "300000" },
          text: { headline: "Moonwalk and after" },
        },
      ],
    });
    const dataset = await read(json, "deep.json");
    expect(dataset.warnings).toEqual([]);
    expect(dataset.events.map(shown)).toEqual([
      ["the-sun", "The Sun", "4.6 billion years ago", "year"],
      ["the-cambrian", "The Cambrian", "540 million years ago – 485 million years ago", "year"],
      ["moonwalk-and-after", "Moonwalk and after", "20 Jul 1969 – 300000", "day"],
    ]);
    expect(dataset.events.map((event) => formatIsoInstant(event.when.start))).toEqual([
      "-4599999999-01-01",
      "-539999999-01-01",
      "1969-07-20",
    ]);
  });

  it("skips a time of day given without its day rather than invent the 1st", async () => {
    const json = JSON.stringify({
      events: [
        { start_date: { year: 1969, month: 7, hour: 10, minute: 30 }, text: { headline: "A" } },
        { start_date: { year: 1969, month: 7, day: 20 }, text: { headline: "B" } },
      ],
    });
    const fromJson = await read(json, "a.json");
    expect(fromJson.events.map(shown)).toEqual([["b", "B", "20 Jul 1969", "day"]]);
    expect(fromJson.warnings.map(({ text }) => text)).toEqual([
      "Skipped events[0]: start_date hour is given without start_date.day",
    ]);
    const csv = "Year,Month,Day,Time,Headline\r\n1969,7,,10:30,A\r\n1969,7,20,,B\r\n";
    const fromCsv = await read(csv, "a.csv");
    expect(fromCsv.events.map(shown)).toEqual([["b", "B", "20 Jul 1969", "day"]]);
    expect(fromCsv.warnings.map(({ text }) => text)).toEqual([
      "Skipped row 2: Time hour is given without Day",
    ]);
  });

  it("keeps a media or credit address written with a capitalised scheme", async () => {
    const json = JSON.stringify({
      events: [
        {
          start_date: { year: 2001 },
          text: { headline: "Upper" },
          media: { url: "HTTPS://Example.org/Upper", caption: "Upper" },
        },
        {
          start_date: { year: 2002 },
          text: { headline: "Credit" },
          media: { url: "", credit: '<a href="HTTP://example.org/c">C</a>' },
        },
      ],
    });
    const dataset = await read(json, "caps.json");
    expect(dataset.events.map((event) => event.citation)).toEqual([
      { title: "Upper", url: "https://Example.org/Upper", credit: "" },
      { title: "", url: "http://example.org/c", credit: "C" },
    ]);
  });
});

describe("a file with very many unreadable rows", () => {
  it("counts every skipped row but lists only the first 200", async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `,,,,No year ${i}`);
    const csv = ["Year,Month,Day,Time,Headline", "1969,7,20,,Moon landing", ...rows].join("\n");
    const dataset = await read(csv, "many.csv");
    expect(dataset.events).toHaveLength(1);
    expect(dataset.skipped).toBe(250);
    expect(dataset.warnings).toHaveLength(201);
    expect(dataset.warnings[0]).toEqual({ kind: "skipped", text: "Skipped row 3: Year is empty" });
    expect(dataset.warnings[200]).toEqual({
      kind: "unlisted",
      text: "Skipped 50 more rows or events, not listed",
    });
  });
});
