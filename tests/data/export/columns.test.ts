import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { columnsOf, toSourcelineColumns } from "../../../src/data/export/to-sourceline-columns";
import { toSourcelineJson } from "../../../src/data/export/to-sourceline-json";
import { MAX_EVENTS, readDataset } from "../../../src/data/read-dataset";
import type { Dataset } from "../../../src/domain/types";
import { kabulDataset } from "../../fixtures/kabul";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset
// address, and node:fs reads only file: URLs.
const HERE = import.meta.url;

const read = (text: string, name = "kabul.columns.json"): Promise<Dataset> =>
  readDataset(text, { name, label: `The file ${name}` });

const problemsOf = async (document: unknown): Promise<readonly string[]> => {
  try {
    await read(JSON.stringify(document));
  } catch (error) {
    return (error as { problems?: readonly string[] }).problems ?? [String(error)];
  }
  throw new Error("It opened.");
};

/** A small columnar document: two events. */
const small = (events: Record<string, unknown>) => ({
  version: 1,
  layout: "columns",
  title: "Two events",
  events,
});

describe("the columns example in docs/dataset-format.md", () => {
  it("opens with both quotations at their offsets and no warnings", async () => {
    const doc = readFileSync(new URL("../../../docs/dataset-format.md", HERE), "utf8");
    const section = doc.slice(doc.indexOf("## Columns, for large datasets"));
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? "null";
    const dataset = await read(example);
    expect(dataset.warnings).toEqual([]);
    expect(dataset.events.map((event) => event.id)).toEqual(["kabul-falls", "talks-begin"]);
    expect(dataset.events[0]?.when.basis).toBe("relative");
    for (const event of dataset.events) {
      const [quote] = event.quotes;
      expect(dataset.sources[0]?.text.slice(quote?.start, quote?.end)).toBe(quote?.exact);
    }
  });
});

describe("Sourceline JSON in columns", () => {
  const kabul = kabulDataset();
  const text = toSourcelineColumns(kabul, kabul.events);

  it("opens as the same events, sources and eras as our JSON, and says which format it was", async () => {
    const columns = await read(text);
    const rows = await read(toSourcelineJson(kabul, kabul.events), "kabul.json");
    expect(columns.events).toStrictEqual(rows.events);
    expect(columns.sources).toStrictEqual(rows.sources);
    // The built-in article's archived copy among them.
    expect(columns.sources[0]?.archiveUrl).toBe(kabul.sources[0]?.archiveUrl);
    expect(columns.sources[0]?.archiveUrl).toMatch(/^https:\/\/web\.archive\.org\//);
    expect(columns.eras).toStrictEqual(rows.eras);
    expect(columns.origin?.format).toBe("Sourceline JSON in columns");
  });

  it("is ASCII only, so the browser decodes it one byte per character, and smaller", () => {
    // Printable ASCII and the final newline only.
    expect(/[^\x20-\x7e\n]/.test(text)).toBe(false);
    // The article's curly quotes and dashes are escaped, not lost.
    expect(text).toContain("\\u201c");
    expect(text.length).toBeLessThan(toSourcelineJson(kabul, kabul.events).length);
    const json = JSON.parse(text) as { events: Record<string, unknown> };
    expect(Object.keys(json.events)).toContain("when.start");
  });

  it("writes a field with few distinct values once, pointed at by position", () => {
    const rows = Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      countries: i % 2 ? ["AF", "RU"] : ["AF"],
      when: { start: `2021-08-1${i}`, ...(i === 3 ? { precision: "month" } : {}) },
    }));
    const columns = columnsOf(rows);
    expect(columns.countries).toEqual({
      values: [["AF"], ["AF", "RU"]],
      codes: [0, 1, 0, 1, 0, 1, 0, 1],
    });
    expect(columns["when.precision"]).toEqual({
      values: ["month"],
      codes: [null, null, null, 0, null, null, null, null],
    });
    // Mostly distinct: a plain list.
    expect(columns.title).toEqual(rows.map((row) => row.title));
    expect(columns.id).toEqual(rows.map((row) => row.id));
  });

  it("leaves a field out where a column holds null, and reads dictionary codes", async () => {
    const dataset = await read(
      JSON.stringify(
        small({
          id: ["first", "second"],
          title: ["The first", "The second"],
          "when.start": ["2021-08-15", "2021-09-01"],
          "when.precision": { values: ["month"], codes: [null, 0] },
          countries: { values: [["AF"], ["AF", "RU"]], codes: [0, 1] },
          summary: [null, "It has a summary."],
        }),
      ),
    );
    expect(
      dataset.events.map((event) => [event.id, event.when.precision, event.countries]),
    ).toEqual([
      ["first", "day", ["AF"]],
      ["second", "month", ["AF", "RU"]],
    ]);
    expect(dataset.events[1]?.summary).toBe("It has a summary.");
  });

  it("names a column of the wrong length, a code out of range, a bad name and a missing id", async () => {
    expect(
      await problemsOf(
        small({
          id: ["a", "b"],
          title: ["A"],
          "when.start": { values: ["2021-08-15"], codes: [0, 3] },
          __proto__x: ["x", "y"],
          "when.a.b": ["x", "y"],
        }),
      ),
    ).toEqual([
      "events.title: it has 1 values; there are 2 events.",
      "events.when.start.codes[1]: 3 is not a position in its 1 values.",
      'events["when.a.b"]: a column is named by a field, or by when.<field>.',
    ]);
    expect(await problemsOf(small({ title: ["A"] }))).toEqual([
      "events.id: the id column is missing or not a list.",
    ]);
    expect(await problemsOf({ ...small({}), events: [] })).toEqual([
      "events: in the columns layout, events is an object of columns, one per field.",
    ]);
  });

  it("reads the quotations' own table, and names a count or a column that does not add up", async () => {
    const base = {
      id: ["a", "b"],
      title: ["A", "B"],
      "when.start": ["2021-08-15", "2021-08-16"],
    };
    const text = "Kabul fell on Sunday. Talks began.";
    const document = {
      ...small({
        ...base,
        quotes: {
          counts: [0, 2],
          sourceId: ["s", "s"],
          exact: ["Kabul fell", "Talks began"],
          start: [0, 22],
          end: [10, 33],
        },
      }),
      sources: [{ id: "s", title: "S", publishedAt: "2021-08-19", text }],
    };
    const dataset = await read(JSON.stringify(document));
    expect(dataset.events[0]?.quotes).toEqual([]);
    expect(dataset.events[1]?.quotes.map((quote) => [quote.exact, quote.start])).toEqual([
      ["Kabul fell", 0],
      ["Talks began", 22],
    ]);
    expect(
      await problemsOf(small({ ...base, quotes: { counts: [1, 2], exact: ["x", "y"] } })),
    ).toEqual(["events.quotes.exact: it has 2 values; there are 3 quotations."]);
    expect(await problemsOf(small({ ...base, quotes: { counts: [1, -1] } }))).toEqual([
      "events.quotes.counts[1]: -1 is not a number of quotations.",
    ]);
  });

  it("never lets a column named __proto__ reach an event's prototype", async () => {
    const hostile = `{"version":1,"layout":"columns","title":"T","events":{"id":["a"],"title":["A"],"when.start":["2021-08-15"],"__proto__":[{"polluted":true}]}}`;
    const problems = await read(hostile).then(
      () => [],
      (error: { problems?: readonly string[] }) => error.problems ?? [],
    );
    expect(problems).toContain(
      'events["__proto__"]: a column is named by a field, or by when.<field>.',
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("refuses too many events before turning any column into events", async () => {
    const ids = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => `e${i}`);
    expect(await problemsOf(small({ id: ids }))).toEqual([
      `It has ${(MAX_EVENTS + 1).toLocaleString("en-US")} events; this app opens up to ${MAX_EVENTS.toLocaleString("en-US")}.`,
    ]);
  });
});
