import { describe, expect, it } from "vitest";
import { toSourcelineJson } from "../../../src/data/export/to-sourceline-json";
import { readDataset } from "../../../src/data/read-dataset";
import type { Dataset, TimelineEvent } from "../../../src/domain/types";
import { dayEvent } from "../../fixtures/day-events";

const plain = dayEvent("plain", 0);
const dated: TimelineEvent = {
  ...dayEvent("dated", 1),
  when: { ...dayEvent("dated", 1).when, approximate: true, basis: "inferred", note: "About then." },
};
const dataset: Dataset = {
  title: "T",
  description: "",
  sources: [],
  events: [plain, dated],
  eras: [],
  warnings: [],
};

describe("toSourcelineJson", () => {
  it("leaves out date fields at the format's defaults, and keeps the rest", () => {
    const [first, second] = JSON.parse(toSourcelineJson(dataset, dataset.events)).events;
    expect(first.when).toEqual({ start: "2021-08-01" });
    expect(second.when).toEqual({
      start: "2021-08-02",
      approximate: true,
      basis: "inferred",
      note: "About then.",
    });
  });
});

describe("toSourcelineJson, for sources with an archived copy and quotes without offsets", () => {
  const text = "Lavrov said: we will talk. Hua said: we will talk again.";
  const file = {
    title: "Talks",
    sources: [
      {
        id: "presstv",
        title: "Talks",
        url: "https://www.presstv.ir/a",
        publishedAt: "2021-08-19",
        archiveUrl: "https://web.archive.org/web/20210820/https://www.presstv.ir/a",
        archivedAt: "2021-08-20",
        text,
      },
      { id: "tass", title: "Other", publishedAt: "2021-08-19", text: "Moscow format." },
    ],
    events: [
      {
        id: "talks",
        title: "Talks",
        when: { start: "2021-08-19" },
        quotes: [
          { sourceId: "presstv", exact: "we will talk", prefix: "Hua said: " },
          { sourceId: "presstv", exact: "we will fight" },
          { sourceId: "tass", exact: "Moscow format" },
        ],
      },
    ],
  };
  const read = (json: string) => readDataset(json, { name: "talks.json", label: "The file" });

  it("writes the archived copy where a source has one, and nothing where it has none", async () => {
    const opened = await read(JSON.stringify(file));
    const [presstv, tass] = JSON.parse(toSourcelineJson(opened, opened.events)).sources;
    expect(presstv).toMatchObject({
      archiveUrl: "https://web.archive.org/web/20210820/https://www.presstv.ir/a",
      archivedAt: "2021-08-20",
    });
    expect(Object.keys(tass)).toEqual(["id", "title", "publisher", "url", "publishedAt", "text"]);
  });

  it("writes the offsets a placed quote was given, and none (but its status) for one found nowhere", async () => {
    const opened = await read(JSON.stringify(file));
    const [placed, missing, other] = JSON.parse(toSourcelineJson(opened, opened.events)).events[0]
      .quotes;
    expect(placed).toEqual({
      sourceId: "presstv",
      exact: "we will talk",
      start: 37,
      end: 49,
      prefix: "Hua said: ",
    });
    expect(missing).toEqual({ sourceId: "presstv", exact: "we will fight", status: "missing" });
    expect(other).toMatchObject({ start: 0, end: 13 });
  });

  it("reopens as the same dataset", async () => {
    const opened = await read(JSON.stringify(file));
    const again = await read(toSourcelineJson(opened, opened.events));
    expect(again.sources).toStrictEqual(opened.sources);
    expect(again.events).toStrictEqual(opened.events);
    expect(again.warnings).toStrictEqual(opened.warnings);
  });
});
