import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/data/build-dataset";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import { DatasetError } from "../../src/data/dataset-error";
import { readDataset } from "../../src/data/read-dataset";
import { placeByWords } from "../../src/data/place-by-words";
import type { Dataset } from "../../src/domain/types";

// Quotations given by their words alone (no start/end), placed when a file is loaded.
const TEXT =
  "Lavrov said: we will talk. Later Hua said: we will talk again. " +
  "The envoy 👍🏽 said “Kābul” and waved.";
const at = (words: string, from = 0) => TEXT.indexOf(words, from);

type QuoteJson = Record<string, unknown>;

function file(...quotes: QuoteJson[]) {
  return {
    title: "Talks",
    sources: [
      { id: "other", title: "Other", publishedAt: "2021-08-18", text: "Nothing here." },
      { id: "presstv", title: "Talks", publishedAt: "2021-08-19", text: TEXT },
    ],
    events: [{ id: "talks", title: "Talks", when: { start: "2021-08-19" }, quotes }],
  };
}

const words = (exact: string, more: QuoteJson = {}) => ({ sourceId: "presstv", exact, ...more });

/** The file read as the app reads an opened one (the fast well-formed pass). */
function read(document: unknown): Promise<Dataset> {
  return readDataset(JSON.stringify(document), { name: "talks.json", label: "The file" });
}

/** The problems the app lists for a file it refuses. */
async function problemsOf(document: unknown): Promise<readonly string[]> {
  const error: unknown = await read(document).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error instanceof DatasetError ? error.problems : [];
}

async function placed(...quotes: QuoteJson[]) {
  const dataset = await read(file(...quotes));
  return dataset.events[0]?.quotes.map(({ start, end }) => ({ start, end })) ?? [];
}

describe("a quotation without offsets", () => {
  it("is placed where its words stand once, with no warning", async () => {
    const dataset = await read(file(words("Kābul")));
    expect(dataset.events[0]?.quotes).toEqual([
      {
        sourceId: "presstv",
        exact: "Kābul",
        prefix: "",
        suffix: "",
        start: at("Kābul"),
        end: at("Kābul") + 5,
      },
    ]);
    expect(dataset.warnings).toEqual([]);
  });

  it("is chosen among repeats by its prefix, or by its suffix", async () => {
    const second = at("we will talk", at("Later"));
    expect(await placed(words("we will talk", { prefix: "Hua said: " }))).toEqual([
      { start: second, end: second + 12 },
    ]);
    expect(await placed(words("we will talk", { suffix: "." }))).toEqual([
      { start: at("we will talk"), end: at("we will talk") + 12 },
    ]);
  });

  it("is refused when its words repeat with nothing to choose by, naming it and the count", async () => {
    expect(await problemsOf(file(words("Kābul"), words("we will talk")))).toEqual([
      'events[0] "talks".quotes[1].exact: "we will talk" appears 2 times in sources[1] "presstv": add a prefix or suffix (the words just before or after it) to say which',
    ]);
  });

  it("is refused when its prefix and suffix fit several repeats equally well", async () => {
    expect(await problemsOf(file(words("we will talk", { prefix: " said: " })))).toEqual([
      'events[0] "talks".quotes[0].exact: "we will talk" appears 2 times in sources[1] "presstv", and its prefix and suffix fit all of them equally well: lengthen the prefix or suffix (the words just before or after it) to say which',
    ]);
  });

  it("is flagged missing, as a quotation with offsets is, when its words are nowhere", async () => {
    const dataset = await read(file(words("we will fight")));
    expect(dataset.events[0]?.quotes[0]).toMatchObject({ exact: "we will fight", missing: true });
    expect(dataset.warnings).toEqual([
      {
        kind: "quote-missing",
        text: 'events[0] "talks".quotes[0].exact: "we will fight" is not found in the text of "presstv"; it is shown flagged, not highlighted: copy the words exactly from the text',
      },
    ]);
  });

  it("is placed by words holding emoji and combining characters", async () => {
    const exact = "👍🏽 said “Kābul”";
    expect(await placed(words(exact))).toEqual([
      { start: at(exact), end: at(exact) + exact.length },
    ]);
  });

  it("stands beside quotations with offsets in one file, which behave as before", async () => {
    const offsets = { start: at("we will talk"), end: at("we will talk") + 12 };
    const drifted = { start: 0, end: 12 };
    const dataset = await read(
      file(words("we will talk", offsets), words("Kābul"), words("we will talk", drifted)),
    );
    expect(dataset.events[0]?.quotes.map(({ start, end }) => ({ start, end }))).toEqual([
      offsets,
      { start: at("Kābul"), end: at("Kābul") + 5 },
      offsets,
    ]);
    expect(dataset.warnings.map(({ kind }) => kind)).toEqual(["quote-moved"]);
  });

  it("needs both offsets or neither", async () => {
    expect(await problemsOf(file(words("Kābul", { start: 3 })))).toEqual([
      'events[0].quotes[0]: has "start" but no "end": give both "start" and "end", or neither (its words are then found in the text)',
    ]);
  });

  it("is placed the same by the schema's slow path as by the fast one", async () => {
    const document = file(words("we will talk", { prefix: "Hua said: " }), words("Kābul"));
    const shape = parseDatasetShape(document);
    if (!shape.ok) throw new Error(shape.problems.join("\n"));
    const built = buildDataset(shape.raw, new Map(), undefined, placeByWords);
    if (!built.ok) throw new Error(built.problems.join("\n"));
    expect(built.dataset.events).toStrictEqual((await read(document)).events);
  });
});

describe("a source's archived copy", () => {
  const archived = (source: Record<string, unknown>) => {
    const document = file(words("Kābul"));
    return { ...document, sources: [document.sources[1], { ...document.sources[0], ...source }] };
  };

  it("is kept when given, and absent when not", async () => {
    const archive = {
      archiveUrl: "https://web.archive.org/web/2021/https://x.org/a",
      archivedAt: "2021-08-20",
    };
    const dataset = await read(archived(archive));
    expect(dataset.sources[1]).toMatchObject(archive);
    expect(dataset.sources[0]).not.toHaveProperty("archiveUrl");
    expect(dataset.sources[0]).not.toHaveProperty("archivedAt");
  });

  it("is refused with an address that is not http(s), or a date that is not one", async () => {
    const problems = await problemsOf(
      archived({ archiveUrl: "ftp://x.org/a", archivedAt: "20 Aug 2021" }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^sources\[1\]\.archiveUrl: "ftp:\/\/x\.org\/a"/);
    expect(problems[1]).toMatch(/^sources\[1\]\.archivedAt: "20 Aug 2021"/);
  });

  it("is left out, with a notice, when its address is too long to be one", async () => {
    const dataset = await read(archived({ archiveUrl: `https://x.org/${"a".repeat(9_000)}` }));
    expect(dataset.sources[1]).not.toHaveProperty("archiveUrl");
    expect(dataset.warnings.map(({ text }) => text)).toEqual([
      expect.stringMatching(/^sources\[1\]\.archiveUrl: is 9,014 characters long/),
    ]);
  });
});
