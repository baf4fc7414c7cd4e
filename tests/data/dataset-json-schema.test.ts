import { readFileSync } from "node:fs";
import Ajv2020, { type AnySchemaObject } from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/data/build-dataset";
import { placeByWords } from "../../src/data/place-by-words";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import { toSourcelineColumns } from "../../src/data/export/to-sourceline-columns";
import { kabulDataset, kabulJson } from "../fixtures/kabul";

// Through a variable, as in tests/fixtures/kabul.ts: Vite rewrites a literal
// `new URL("…", import.meta.url)`, and node:fs reads only file: URLs.
const HERE = import.meta.url;

function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, HERE), "utf8");
}

function isSchemaObject(value: unknown): value is AnySchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const schema: unknown = JSON.parse(readRepoFile("public/schema/sourceline-dataset.schema.json"));
if (!isSchemaObject(schema)) throw new Error("the JSON Schema is not an object");
// Strict: a misspelt keyword, or one the draft does not know, fails to compile. Not
// strictRequired: it wants `anyOf: [{ required: ["text"] }, …]` to repeat the properties.
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(
  schema,
);

/** What the JSON Schema says is wrong, as instance path and keyword. */
function schemaErrors(document: unknown): { path: string; keyword: string }[] {
  if (validate(document)) return [];
  // "if" only says that the layout's branch failed; the errors inside it say where and why.
  return (validate.errors ?? [])
    .filter((error) => error.keyword !== "if")
    .map((error) => ({ path: error.instancePath, keyword: error.keyword }));
}

const acceptedBySchema = (document: unknown) => validate(document);
const acceptedByParser = (document: unknown) => parseDatasetShape(document).ok;

/** A document with every field the format has, each set. */
function fullDataset() {
  return {
    version: 1,
    title: "Kabul, August 2021",
    description: "One report.",
    initialWindow: { from: "2021-08-14", to: "2021-08-21" },
    sources: [
      {
        id: "presstv",
        title: "Russia calls for dialogue",
        publisher: "Press TV",
        url: "https://www.presstv.ir/Detail/2021/08/19/664764",
        publishedAt: "2021-08-19",
        archiveUrl: "https://web.archive.org/web/20210820/https://www.presstv.ir/Detail/664764",
        archivedAt: "2021-08-20",
        text: "Lavrov said on Thursday.",
        textUrl: "../sources/presstv.txt",
      },
    ],
    eras: [{ title: "Takeover", start: "2021-08-15", end: "2021-08-31", precision: "day" }],
    events: [
      {
        id: "lavrov-speaks",
        title: "Lavrov speaks",
        summary: "Lavrov spoke.",
        kind: "press-conference",
        countries: ["RU"],
        actors: ["Sergei Lavrov"],
        when: {
          start: "2021-08-19",
          end: "2021-08-19",
          precision: "day",
          approximate: false,
          basis: "relative",
          note: "“on Thursday”",
        },
        quotes: [
          {
            sourceId: "presstv",
            exact: "Lavrov said",
            start: 0,
            end: 11,
            prefix: "",
            suffix: " on Thursday.",
            speaker: "Sergei Lavrov",
          },
        ],
        group: "Diplomacy",
        citation: { title: "Photo", url: "https://example.org/photo", credit: "AP" },
        displayDate: "Thursday",
      },
    ],
  };
}

/** A TimelineJS import: no sources, no quotes; groups, citations, display dates and eras. */
function importedDataset() {
  return {
    title: "Space race",
    eras: [{ title: "Apollo", start: "1961-01-01", end: "1972-01-01", precision: "year" }],
    events: [
      {
        id: "_1969-moon",
        title: "Apollo 11 lands",
        when: { start: "1969-07-20T20:17Z", precision: "minute" },
        group: "NASA",
        citation: { title: "Landing site", url: "https://example.org/moon.jpg", credit: "NASA" },
        displayDate: "Summer 1969",
      },
      {
        id: "euclid-elements",
        title: "Euclid's Elements",
        when: { start: "-0299-01-01", precision: "year", approximate: true },
        quotes: [],
      },
      {
        id: "big-bang",
        title: "The Big Bang",
        when: { start: "-13799999999-01-01", precision: "year" },
      },
    ],
  };
}

/** Every path to a value in a JSON document, as keys from the root. */
function pathsIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...at, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

/** A copy of the document with the value at the path removed (deleted, or spliced out). */
function without(document: unknown, path: (string | number)[]): unknown {
  return changed(document, path, (parent, key) => {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else Reflect.deleteProperty(parent, key);
  });
}

/** A copy of the document with the value at the path replaced. */
function replaced(document: unknown, path: (string | number)[], value: unknown): unknown {
  return changed(document, path, (parent, key) => Reflect.set(parent, key, value));
}

function valueAt(document: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => Reflect.get(Object(node), key), document);
}

function changed(
  document: unknown,
  path: (string | number)[],
  change: (parent: object, key: string | number) => void,
): unknown {
  const copy: unknown = structuredClone(document);
  const parent = valueAt(copy, path.slice(0, -1));
  change(Object(parent), path.at(-1) ?? "");
  return copy;
}

describe("the dataset JSON Schema", () => {
  it("is a draft 2020-12 schema that compiles in strict mode", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof validate).toBe("function");
  });

  it("accepts the shipped Kabul dataset", () => {
    expect(schemaErrors(kabulJson())).toEqual([]);
  });

  it("accepts a minimal dataset: a title and events with an id, a title and a start", () => {
    const minimal = {
      title: "T",
      events: [{ id: "e", title: "E", when: { start: "2021-08-15" } }],
    };
    expect(schemaErrors(minimal)).toEqual([]);
  });

  it("accepts a dataset with every field set", () => {
    expect(schemaErrors(fullDataset())).toEqual([]);
  });

  it("accepts a TimelineJS import: no sources, no quotes, minute, BCE and deep dates, eras", () => {
    expect(schemaErrors(importedDataset())).toEqual([]);
  });

  it("accepts unknown keys, as the app ignores them, and a $schema key for editors", () => {
    const dataset = { ...fullDataset(), $schema: "../schema/x.json", comment: "draft" };
    expect(schemaErrors(dataset)).toEqual([]);
    expect(acceptedByParser(dataset)).toBe(true);
  });

  it.each([
    ["an unknown precision", ["events", 0, "when", "precision"], "week", "enum"],
    ["an id that is not a slug", ["events", 0, "id"], "Not A Slug", "pattern"],
    ["another version", ["version"], 2, "const"],
    ["a blank event title", ["events", 0, "title"], "  \n", "pattern"],
    ["an unknown basis", ["events", 0, "when", "basis"], "rumour", "enum"],
    ["a negative offset", ["events", 0, "quotes", 0, "start"], -1, "minimum"],
    ["a fractional offset", ["events", 0, "quotes", 0, "end"], 11.5, "type"],
    ["an empty quote", ["events", 0, "quotes", 0, "exact"], "", "minLength"],
    ["a date that is not ISO", ["sources", 0, "publishedAt"], "19 Aug 2021", "pattern"],
    ["a window in date-times", ["initialWindow", "from"], "2021-08-14T00:00Z", "pattern"],
    ["a country name", ["events", 0, "countries", 0], "Russia", "pattern"],
    ["a javascript: address", ["events", 0, "citation", "url"], "javascript:alert(1)", "pattern"],
  ])("rejects %s at its path", (_, path, value, keyword) => {
    expect(schemaErrors(replaced(fullDataset(), path, value))).toEqual([
      { path: `/${path.join("/")}`, keyword },
    ]);
  });

  it("rejects a dataset without a title at the root", () => {
    expect(schemaErrors(without(fullDataset(), ["title"]))).toEqual([
      { path: "", keyword: "required" },
    ]);
  });

  it("allows a time of day only at minute precision, in events and eras alike", () => {
    const atDay = replaced(fullDataset(), ["events", 0, "when", "start"], "2021-08-19T10:00Z");
    expect(schemaErrors(atDay)).toEqual([{ path: "/events/0/when/start", keyword: "pattern" }]);
    const era = replaced(importedDataset(), ["eras", 0, "end"], "1972-01-01T00:00Z");
    expect(schemaErrors(era)).toEqual([{ path: "/eras/0/end", keyword: "pattern" }]);
    const atMinute = replaced(fullDataset(), ["events", 0, "when"], {
      start: "2021-08-19T10:00Z",
      end: "2021-08-19T10:45:30.5Z",
      precision: "minute",
    });
    expect(schemaErrors(atMinute)).toEqual([]);
  });

  it("rejects a source with neither text nor textUrl", () => {
    const dataset = without(without(fullDataset(), ["sources", 0, "text"]), [
      "sources",
      0,
      "textUrl",
    ]);
    expect(schemaErrors(dataset)).toContainEqual({ path: "/sources/0", keyword: "anyOf" });
  });

  it("describes every property, for editors to show", () => {
    const undescribed = pathsIn(schema)
      .filter((path) => path.at(-2) === "properties")
      // The conditions of if/then/else only narrow properties described beside them.
      .filter((path) => !path.some((key) => key === "if" || key === "then" || key === "else"))
      .filter((path) => !Reflect.has(Object(valueAt(schema, path)), "description"));
    expect(undescribed).toEqual([]);
  });
});

describe("the JSON Schema and parseDatasetShape", () => {
  const full = fullDataset();

  it("start from a dataset that the app loads", () => {
    const shape = parseDatasetShape(full);
    expect(shape.ok && buildDataset(shape.raw, new Map()).ok).toBe(true);
  });

  it("agree on which fields are required: removing any one field", () => {
    const disagreements = pathsIn(full).filter((path) => {
      const document = without(full, path);
      return acceptedBySchema(document) !== acceptedByParser(document);
    });
    expect(disagreements).toEqual([]);
  });

  it("agree that a null anywhere is refused", () => {
    for (const path of pathsIn(full)) {
      const document = replaced(full, path, null);
      expect(acceptedBySchema(document), path.join(".")).toBe(false);
      expect(acceptedByParser(document), path.join(".")).toBe(false);
    }
  });

  it.each([
    ["the full dataset", full, true],
    ["a TimelineJS import", importedDataset(), true],
    ["no events", without(full, ["events"]), false],
    ["events that are not a list", replaced(full, ["events"], {}), false],
    ["a whitespace-only title", replaced(full, ["title"], "\u00a0\t"), false],
    ["a TimelineJS-style id", replaced(full, ["events", 0, "id"], "a--b_"), true],
    ["an id of only hyphens", replaced(full, ["events", 0, "id"], "--"), false],
    ["an id over 200 characters", replaced(full, ["events", 0, "id"], "a".repeat(201)), false],
    ["version 1 as a string", replaced(full, ["version"], "1"), false],
    ["approximate as a string", replaced(full, ["events", 0, "when", "approximate"], "no"), false],
    ["a blank speaker", replaced(full, ["events", 0, "quotes", 0, "speaker"], " "), false],
    ["a citation as text", replaced(full, ["events", 0, "citation"], "AP"), false],
    [
      "a quote without offsets",
      without(without(full, ["events", 0, "quotes", 0, "start"]), [
        "events",
        0,
        "quotes",
        0,
        "end",
      ]),
      true,
    ],
    ["a quote with a start and no end", without(full, ["events", 0, "quotes", 0, "end"]), false],
    ["a quote with an end and no start", without(full, ["events", 0, "quotes", 0, "start"]), false],
  ])("agree on %s", (_, document, valid) => {
    expect(acceptedBySchema(document)).toBe(valid);
    expect(acceptedByParser(document)).toBe(valid);
  });

  // Formats the parser leaves to buildDataset, the schema checks itself where it can.
  it.each([
    ["a date that is not ISO", ["sources", 0, "publishedAt"], "19 Aug 2021"],
    ["a time of day at day precision", ["events", 0, "when", "start"], "2021-08-19T10:00Z"],
    ["a year of 13 digits", ["events", 0, "when", "start"], "-1000000000000-01-01"],
    ["a country name", ["events", 0, "countries", 0], "Russia"],
    ["a source address that is not http(s)", ["sources", 0, "url"], "ftp://example.org/a"],
    ["an archive address that is not http(s)", ["sources", 0, "archiveUrl"], "file:///a.html"],
    ["an archive date that is not ISO", ["sources", 0, "archivedAt"], "20 Aug 2021"],
  ])("refuses %s, which buildDataset refuses too", (_, path, value) => {
    const document = replaced(full, path, value);
    expect(acceptedBySchema(document)).toBe(false);
    const shape = parseDatasetShape(document);
    expect(shape.ok).toBe(true);
    if (shape.ok) expect(buildDataset(shape.raw, new Map()).ok).toBe(false);
  });
});

describe("the columnar layout in the schema", () => {
  it("accepts the columns example in docs/dataset-format.md and an export in columns", () => {
    const doc = readRepoFile("docs/dataset-format.md");
    const section = doc.slice(doc.indexOf("## Columns, for large datasets"));
    const example: unknown = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? "null");
    expect(schemaErrors(example)).toEqual([]);
    const kabul = kabulDataset();
    expect(schemaErrors(JSON.parse(toSourcelineColumns(kabul, kabul.events)))).toEqual([]);
  });

  it("refuses a list of events in the columns layout, and a column that is neither kind", () => {
    const columns = { version: 1, layout: "columns", title: "T" };
    expect(schemaErrors({ ...columns, events: [] })).toEqual([
      { path: "/events", keyword: "type" },
    ]);
    expect(schemaErrors({ ...columns, events: { id: ["a"], title: "A" } })).toContainEqual({
      path: "/events/title",
      keyword: "oneOf",
    });
    expect(schemaErrors({ ...columns, events: { id: ["a"], "when.a.b": ["x"] } })).toContainEqual({
      path: "/events",
      keyword: "propertyNames",
    });
  });
});

describe("the example in docs/dataset-format.md", () => {
  const block = /```json\n([\s\S]*?)\n```/.exec(readRepoFile("docs/dataset-format.md"))?.[1];
  const example: unknown = JSON.parse(block ?? "null");

  it("passes the JSON Schema", () => {
    expect(schemaErrors(example)).toEqual([]);
  });

  it("loads in the app with every quote at its exact offsets", () => {
    const shape = parseDatasetShape(example);
    if (!shape.ok) throw new Error(shape.problems.join("\n"));
    const built = buildDataset(shape.raw, new Map());
    if (!built.ok) throw new Error(built.problems.join("\n"));
    expect(built.dataset.warnings).toEqual([]);
    const texts = new Map(built.dataset.sources.map((source) => [source.id, source.text]));
    const quotes = built.dataset.events.flatMap((event) => event.quotes);
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) {
      expect(texts.get(quote.sourceId)?.slice(quote.start, quote.end)).toBe(quote.exact);
    }
  });
});

describe("the example of quotations without offsets in docs/dataset-format.md", () => {
  const doc = readRepoFile("docs/dataset-format.md");
  const section = doc.slice(doc.indexOf("## Quotations without offsets"));
  const example: unknown = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? "null");

  it("passes the JSON Schema and loads with its quote at the place its prefix picks", () => {
    expect(schemaErrors(example)).toEqual([]);
    const shape = parseDatasetShape(example);
    if (!shape.ok) throw new Error(shape.problems.join("\n"));
    const built = buildDataset(shape.raw, new Map(), undefined, placeByWords);
    if (!built.ok) throw new Error(built.problems.join("\n"));
    const text = built.dataset.sources[0]?.text ?? "";
    const [quote] = built.dataset.events[0]?.quotes ?? [];
    expect(quote?.start).toBe(text.lastIndexOf("we will wait and see"));
    expect(built.dataset.warnings).toEqual([]);
  });

  it("is refused without its prefix, in the words the page shows", () => {
    const bare = without(example, ["events", 0, "quotes", 0, "prefix"]);
    const shape = parseDatasetShape(bare);
    if (!shape.ok) throw new Error(shape.problems.join("\n"));
    const built = buildDataset(shape.raw, new Map(), undefined, placeByWords);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.problems).toHaveLength(1);
      expect(section).toContain(`\`${built.problems[0]}\``);
    }
  });
});
