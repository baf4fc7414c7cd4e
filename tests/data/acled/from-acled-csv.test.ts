import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { acledRowReader, fromAcledCsv } from "../../../src/data/acled/from-acled-csv";
import { parseCsv, type CsvRecord } from "../../../src/data/csv";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset
// address, and node:fs reads only file: URLs.
const HERE = import.meta.url;

function records(name: string): CsvRecord[] {
  const csv = parseCsv(readFileSync(new URL(`../../fixtures/acled/${name}`, HERE), "utf8"));
  if (!csv.ok) throw new Error(csv.problem);
  return csv.records;
}

function convert(name: string) {
  const converted = fromAcledCsv(records(name), name);
  if (!converted.ok) throw new Error(converted.problems.join("\n"));
  const events = converted.timeline.json.events as Record<string, unknown>[];
  return { ...converted.timeline, events };
}

describe("fromAcledCsv on exampleville.csv", () => {
  const { json, events, skipped } = convert("exampleville.csv");

  it("names the dataset after the file", () => {
    expect(json.title).toBe("exampleville.csv");
  });

  it("maps a day-precise row's id, title, kind, group, actors, country and citation", () => {
    expect(events[0]).toEqual({
      id: "xmp1",
      title: "Armed clash in Exampleville",
      summary:
        "On 15 August 2021, fictional militiamen clashed with fictional soldiers near Exampleville, test notes only.\n\n" +
        "Fatalities reported: 3.\n\n" +
        "Place: Exampleville, Example District, Example Province, Afghanistan.",
      kind: "Battles",
      countries: ["AF"],
      actors: ["Example Militia", "Military Forces of Exampleland (2019-)"],
      when: {
        start: "2021-08-15",
        precision: "day",
        approximate: false,
        basis: "external",
        note: "As dated in the ACLED export",
      },
      group: "Armed clash",
      citation: { title: "ACLED XMP1", url: "", credit: "Example Gazette; Fictional Radio" },
    });
  });

  it("splits associated actors at semicolons and names a place once when admin areas repeat it", () => {
    expect(events[1]).toMatchObject({
      title: "Peaceful protest in Example Province",
      actors: ["Protesters (Exampleland)", "Teachers (Exampleland)", "Students (Exampleland)"],
      when: { start: "2021-08-16", precision: "day", approximate: true },
    });
    expect(events[1]?.summary).toMatch(/\n\nPlace: Example Province, Afghanistan\.$/);
  });

  it("reads a worded date at month precision, and a country by name when its number is unknown", () => {
    expect(events[2]).toMatchObject({
      id: "xmp3",
      countries: ["CI"],
      when: { start: "2021-09-01", precision: "month", approximate: true },
    });
  });

  it("skips a row with an impossible date or an unknown precision, naming its line and column", () => {
    expect(skipped).toEqual([
      'line 5, column event_date: "2021-02-30" is not a date: give it as 2021-08-15 or 15 August 2021',
      'line 6, column time_precision: "4" is not a time precision: ACLED uses 1 (the day), 2 (within a week) or 3 (within a month)',
    ]);
  });

  it("keeps ids unique and leaves out a country no one knows, still naming it in the summary", () => {
    expect(events.map((event) => event.id)).toEqual(["xmp1", "xmp2", "xmp3", "xmp1-2"]);
    expect(events[3]).toMatchObject({ countries: [], citation: { credit: "" } });
    expect(events[3]?.summary).toMatch(/Place: Nowhere, Nowhereland\.$/);
  });
});

describe("fromAcledCsv", () => {
  it("reads a trimmed export whose columns are shuffled and upper case", () => {
    const { events } = convert("shuffled-upper.csv");
    expect(events).toEqual([
      {
        id: "xmp9",
        title: "Violent demonstration in Exampleville",
        summary: "A made-up riot in a made-up town.\n\nPlace: Exampleville, Afghanistan.",
        kind: "Riots",
        countries: ["AF"],
        actors: [],
        when: {
          start: "2020-03-01",
          precision: "day",
          approximate: false,
          basis: "external",
          note: "As dated in the ACLED export",
        },
        group: "Violent demonstration",
        citation: { title: "ACLED XMP9", url: "", credit: "" },
      },
    ]);
  });

  it("names a row by its line when its id cannot be one of ours", () => {
    const csv = parseCsv(
      "event_id_cnty,event_date,time_precision,event_type,sub_event_type,country,location\n" +
        ",2021-01-01,1,Riots,Mob violence,Afghanistan,Exampleville\n" +
        "¿¿,2021-01-02,1,Riots,Mob violence,Afghanistan,Exampleville\n",
    );
    if (!csv.ok) throw new Error(csv.problem);
    const converted = fromAcledCsv(csv.records, "ids.csv");
    if (!converted.ok) throw new Error("not converted");
    const events = converted.timeline.json.events as { id: string }[];
    expect(events.map((event) => event.id)).toEqual(["line-2", "line-3"]);
  });

  it("refuses a header that is not ACLED's, saying which columns it needs", () => {
    expect(fromAcledCsv(records("not-acled.csv"), "not-acled.csv")).toEqual({
      ok: false,
      problems: [
        "line 1: the columns are not an ACLED export's; it needs event_id_cnty, event_date, time_precision, event_type, sub_event_type, country, location",
      ],
    });
  });
});

describe("acledRowReader", () => {
  const header = ["event_id_cnty", "event_date", "time_precision", "event_type"];
  const full = [...header, "sub_event_type", "country", "location"];

  it("reads rows one at a time, as they stream in, keeping ids unique across them", () => {
    const read = acledRowReader(full);
    const row = ["XMP7", "2022-01-05", "1", "Riots", "Mob violence", "Afghanistan", "Exampleville"];
    expect(read?.(row, 2)).toMatchObject({
      event: { id: "xmp7", title: "Mob violence in Exampleville" },
    });
    expect(read?.(row, 3)).toMatchObject({ event: { id: "xmp7-2" } });
  });

  it("slugs an id that is not ACLED's letters and digits as TimelineJS ids are", () => {
    const read = acledRowReader(full);
    const row = ["Xmp_7 b", "2022-01-05", "1", "Riots", "Mob violence", "Afghanistan", "Town"];
    expect(read?.(row, 2)).toMatchObject({ event: { id: "xmp-7-b" } });
  });

  it("gives nothing for a blank row and a reason for a row it cannot read", () => {
    const read = acledRowReader(full);
    expect(read?.([" ", "", "", "", "", "", ""], 4)).toBeUndefined();
    expect(read?.(["XMP8", "soon", "1", "Riots", "", "", ""], 5)).toEqual({
      skipped:
        'line 5, column event_date: "soon" is not a date: give it as 2021-08-15 or 15 August 2021',
    });
  });

  it("has no reader for a header that is not ACLED's", () => {
    expect(acledRowReader(header)).toBeUndefined();
  });
});
