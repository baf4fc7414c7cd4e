import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../../src/data/read-dataset";
import { formatWhen } from "../../../src/domain/dates";
import type { Dataset } from "../../../src/domain/types";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset
// address, and node:fs reads only file: URLs.
const HERE = import.meta.url;

function read(name: string): Promise<Dataset> {
  const text = readFileSync(new URL(`../../fixtures/acled/${name}`, HERE), "utf8");
  return readDataset(text, { name, label: `The file ${name}` });
}

describe("opening an ACLED export", async () => {
  const dataset = await read("exampleville.csv");

  it("opens it as an ACLED CSV export", () => {
    expect(dataset.origin).toEqual({ name: "exampleville.csv", format: "ACLED CSV export" });
  });

  it("shows each readable row as an event, dated at ACLED's precision", () => {
    expect(dataset.events.map((event) => [event.title, formatWhen(event.when)])).toEqual([
      ["Armed clash in Exampleville", "15 Aug 2021"],
      ["Peaceful protest in Example Province", "16 Aug 2021 (approximate)"],
      ["Looting/property destruction in Nowhere", "18 Aug 2021"],
      ["Attack in Sampletown", "September 2021 (approximate)"],
    ]);
  });

  it("lists the rows it skipped, each with its line and column", () => {
    expect(dataset.skipped).toBe(2);
    expect(dataset.warnings.map((warning) => warning.text)).toEqual([
      'Skipped line 5, column event_date: "2021-02-30" is not a date: give it as 2021-08-15 or 15 August 2021',
      'Skipped line 6, column time_precision: "4" is not a time precision: ACLED uses 1 (the day), 2 (within a week) or 3 (within a month)',
    ]);
  });
});

describe("timing an ACLED export's reading", () => {
  it("measures its parsing and its checks as the steps a JSON file's reading has", async () => {
    const text = readFileSync(new URL("../../fixtures/acled/shuffled-upper.csv", HERE), "utf8");
    const steps: string[] = [];
    await readDataset(text, {
      name: "shuffled-upper.csv",
      label: "x",
      timed: async (step, work) => {
        steps.push(step);
        return work();
      },
    });
    expect(steps).toEqual(["parse", "validate", "texts", "build"]);
  });
});

describe("a CSV that is not ACLED's", () => {
  it("still opens as a TimelineJS spreadsheet", async () => {
    const dataset = await read("not-acled.csv");
    expect(dataset.origin?.format).toBe("TimelineJS CSV spreadsheet");
    expect(dataset.events.map((event) => event.title)).toEqual(["Moon landing"]);
  });
});
