import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset";
import { toSourcelineColumns } from "../../src/data/export/to-sourceline-columns";
import { kabulArticle, kabulJson } from "../fixtures/kabul";

const FIXTURES = join(import.meta.dirname, "../fixtures");

/** The starts `readDataset` tells ahead of the rest, and the steps begun before they came. */
async function startsOf(text: string, name: string) {
  const steps: string[] = [];
  let told: { starts: number[]; after: string[] } | undefined;
  const dataset = await readDataset(text, {
    name,
    label: `The file ${name}`,
    fetchSourceText: () => Promise.resolve(kabulArticle()),
    timed: (step, work) => {
      steps.push(step);
      return Promise.resolve(work());
    },
    onStarts: (starts) => {
      told = { starts: [...starts], after: [...steps] };
    },
  });
  return { dataset, told };
}

describe("readDataset tells the events' start times ahead of the rest", () => {
  it("for our JSON, once parsed: before the checks and the build, sorted as the events will be", async () => {
    const json = kabulJson() as { events: { id: string; sources?: unknown }[] };
    // Out of order in the file: the starts come sorted all the same.
    json.events.reverse();
    const { dataset, told } = await startsOf(JSON.stringify(json), "kabul.json");
    expect(told?.after).toEqual(["parse"]);
    expect(told?.starts).toEqual(dataset.events.map((event) => event.when.start));
  });

  it("for the columns layout, before its columns become events", async () => {
    const { dataset } = await startsOf(JSON.stringify(kabulJson()), "kabul.json");
    const columns = toSourcelineColumns(dataset, dataset.events);
    const { told } = await startsOf(columns, "kabul-columns.json");
    expect(told?.after).toEqual(["parse"]);
    expect(told?.starts).toEqual(dataset.events.map((event) => event.when.start));
  });

  it("for an ACLED export and a TimelineJS file, once their rows are converted", async () => {
    const acled = readFileSync(join(FIXTURES, "acled/exampleville.csv"), "utf8");
    const fromCsv = await startsOf(acled, "exampleville.csv");
    expect(fromCsv.told?.starts).toEqual(fromCsv.dataset.events.map((event) => event.when.start));
    const timelineJs = readFileSync(join(FIXTURES, "timelinejs/quirks.json"), "utf8");
    const fromJson = await startsOf(timelineJs, "quirks.json");
    expect(fromJson.told?.starts).toEqual(fromJson.dataset.events.map((event) => event.when.start));
  });

  it("tells nothing for a file that is not JSON", async () => {
    let told = false;
    await expect(
      readDataset("{ not json", { name: "x.json", label: "x", onStarts: () => (told = true) }),
    ).rejects.toThrow("not JSON");
    expect(told).toBe(false);
  });
});
