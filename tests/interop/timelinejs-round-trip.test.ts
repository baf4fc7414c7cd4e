import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { timelineJsFixtures } from "./timelinejs-fixtures";
import { toSourcelineJson } from "../../src/data/export/to-sourceline-json";
import { toTimelineJs } from "../../src/data/export/to-timelinejs";
import { readDataset } from "../../src/data/read-dataset";
import type { Dataset, TimelineEvent } from "../../src/domain/types";

const FOLDER = timelineJsFixtures();

// parser_test.csv is left out: it is not a TimelineJS sheet, and importing it is refused.
const FILES = [
  "cosmo-mixed.json",
  "eras.json",
  "houston.json",
  "women_in_computing.json",
  "women_in_computing.csv",
  "my-own-timeline.csv",
];

function read(text: string, name: string): Promise<Dataset> {
  return readDataset(text, { name, label: `The file ${name}` });
}

/** What TimelineJS has a place for (see tests/data/export/round-trip.test.ts). */
function timelineView(event: TimelineEvent) {
  const { id, title, summary, group, citation, displayDate } = event;
  const { start, end, precision } = event.when;
  return { id, title, summary, start, end, precision, group, citation, displayDate };
}

function open(name: string): Promise<Dataset> {
  return read(readFileSync(new URL(name, FOLDER), "utf8"), name);
}

describe("TimelineJS3's own files, exported as Sourceline JSON and read back", () => {
  it.each(FILES)("gives %s's events and eras as they were", async (name) => {
    const dataset = await open(name);
    expect(dataset.events.length).toBeGreaterThan(0);
    const again = await read(toSourcelineJson(dataset, dataset.events), "export.json");
    expect(again.events).toStrictEqual(dataset.events);
    expect(again.eras).toStrictEqual(dataset.eras);
    expect(again.title).toBe(dataset.title);
    expect(again.description).toBe(dataset.description);
    expect(
      again.warnings.filter(
        (warning) => !dataset.warnings.some(({ text }) => text === warning.text),
      ),
    ).toEqual([]);
  });
});

describe("TimelineJS3's own files, exported as TimelineJS and read back", () => {
  it.each(FILES)("gives %s's events and eras as they were", async (name) => {
    const dataset = await open(name);
    const again = await read(toTimelineJs(dataset, dataset.events), "export.timelinejs.json");
    expect(again.events.map(timelineView)).toStrictEqual(dataset.events.map(timelineView));
    expect(again.eras).toStrictEqual(dataset.eras);
    expect(again.title).toBe(dataset.title);
    expect(again.description).toBe(dataset.description);
    expect(again.warnings).toEqual([]);
  });
});
