import { describe, expect, it } from "vitest";
import { DatasetError } from "../../../src/data/dataset-error";
import { readDataset } from "../../../src/data/read-dataset";
import { formatWhen } from "../../../src/domain/dates";
import type { Dataset } from "../../../src/domain/types";

// Issue 12: input built to freeze or crash the reader. Sizes are chosen so that anything
// quadratic runs far past the 30 s test timeout (150,000 spaces took 22 s before the fix).
const LONG = 200_000;
const DEEP = 10_000;

function read(text: string, name: string): Promise<Dataset> {
  return readDataset(text, { name, label: `The file ${name}` });
}

async function problems(text: string, name: string): Promise<readonly string[]> {
  const error: unknown = await read(text, name).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).problems;
}

const skippedTexts = (dataset: Dataset) => dataset.warnings.map(({ text }) => text);
const deepList = (depth: number) => `${"[".repeat(depth)}1969${"]".repeat(depth)}`;
const deepObject = (depth: number) => `${'{"year":'.repeat(depth)}1969${"}".repeat(depth)}`;

describe("a TimelineJS spreadsheet with long runs of spaces", () => {
  it("skips a row whose Time is 1, 200,000 spaces and x, quoting it cut short", async () => {
    const time = `1${" ".repeat(LONG)}x`;
    const csv = `Year,Month,Day,Time,Headline\n1969,7,20,${time},Bad\n1969,7,20,10:30,Good\n`;
    const dataset = await read(csv, "spaces.csv");
    expect(dataset.events.map((event) => event.title)).toEqual(["Good"]);
    const [warning = ""] = skippedTexts(dataset);
    expect(warning).toMatch(/^Skipped row 2: Time hour "1 +… +x" is not a whole number$/);
    expect(warning.length).toBeLessThan(200);
  });

  it("reads five rows of 50,000 spaces before a.m.", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `1969,7,2${i},9${" ".repeat(50_000)}am,R${i}`);
    const dataset = await read(["Year,Month,Day,Time,Headline", ...rows].join("\n"), "am.csv");
    expect(dataset.events.map((event) => formatWhen(event.when))).toEqual([
      "20 Jul 1969, 09:00 UTC",
      "21 Jul 1969, 09:00 UTC",
      "22 Jul 1969, 09:00 UTC",
      "23 Jul 1969, 09:00 UTC",
      "24 Jul 1969, 09:00 UTC",
    ]);
  });
});

describe("a TimelineJS headline padded with spaces", () => {
  it("gives the event the id TimelineJS gives it, from the trimmed headline", async () => {
    const headline = `${" ".repeat(LONG)}Moon landing${" ".repeat(LONG)}x`;
    const json = JSON.stringify({
      events: [{ start_date: { year: 1969 }, text: { headline } }],
    });
    const dataset = await read(json, "padded.json");
    expect(dataset.events.map((event) => [event.id, event.title])).toEqual([
      ["moon-landing-x", "Moon landing x"],
    ]);
  });
});

describe("a TimelineJS date nested 10,000 levels deep", () => {
  const timeline = (startYear: string, endYear = '""') =>
    `{"events":[{"start_date":{"year":${startYear}},"end_date":{"year":${endYear}},"text":{"headline":"Deep"}},` +
    `{"start_date":{"year":1969},"text":{"headline":"Moon landing"}}]}`;

  it("skips the event, saying how deep its year is nested, and loads the others", async () => {
    for (const year of [deepList(DEEP), deepObject(DEEP)]) {
      const dataset = await read(timeline(year), "deep.json");
      expect(dataset.events.map((event) => event.title)).toEqual(["Moon landing"]);
      expect(skippedTexts(dataset)).toEqual([
        "Skipped events[0]: start_date.year is nested 10,000 levels deep: give a whole number",
      ]);
    }
  });

  it("says the same of an end date's year", async () => {
    const dataset = await read(timeline("1960", deepList(DEEP)), "deep-end.json");
    expect(skippedTexts(dataset)).toEqual([
      "Skipped events[0]: end_date.year is nested 10,000 levels deep: give a whole number",
    ]);
  });

  it("quotes a shallow list as written", async () => {
    const dataset = await read(timeline("[1969]"), "list.json");
    expect(skippedTexts(dataset)).toEqual([
      "Skipped events[0]: start_date.year [1969] is not a whole number",
    ]);
  });
});

describe("a Sourceline dataset with a value nested 10,000 levels deep", () => {
  const dataset = (event: string, top = "") =>
    `{${top}"title":"Deep","sources":[],"events":[{"id":"deep","title":"Deep","countries":[],` +
    `"when":{"start":"2021-08-19","precision":"day","basis":"explicit"}${event}}]}`;

  it("names the field and says how deep it is nested", async () => {
    expect(await problems(dataset("", `"version":${deepList(DEEP)},`), "v.json")).toEqual([
      "version: a list nested 10,000 levels deep is not a version this app reads: use 1",
    ]);
  });

  it("refuses a deep value in any field with a message naming it, never a stack overflow", async () => {
    for (const field of ["title", "summary", "countries", "actors", "quotes", "when"]) {
      const listed = await problems(dataset(`,"${field}":${deepList(DEEP)}`), "deep.json");
      expect(listed.join("\n")).toContain(`events[0].${field}`);
    }
  });
});
