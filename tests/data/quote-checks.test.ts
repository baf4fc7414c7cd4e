import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import { quoteChecksFor, sha256Hex } from "../../src/data/quote-checks";
import { readDataset } from "../../src/data/read-dataset";
import { quoteStatus } from "../../src/domain/quote-status";
import type { Dataset, Quote } from "../../src/domain/types";
import { kabulArticle, kabulDataset, kabulJson as kabulDatasetJson } from "../fixtures/kabul";
import { kabulEdited, replacedOnce } from "../fixtures/kabul-edited";

const quotesOf = (dataset: Dataset) => dataset.events.flatMap((event) => event.quotes);
const statusesOf = (dataset: Dataset) => quotesOf(dataset).map(quoteStatus);
const count = (dataset: Dataset, status: string) =>
  statusesOf(dataset).filter((s) => s === status).length;
const changedNotices = (dataset: Dataset) =>
  dataset.warnings.filter(({ kind }) => kind === "text-changed").map(({ text }) => text);

function quoteStarting(dataset: Dataset, words: string): Quote {
  const quote = quotesOf(dataset).find((q) => q.exact.startsWith(words));
  if (!quote) throw new Error(`no quotation starts with ${words}`);
  return quote;
}

const total = quotesOf(kabulDataset()).length;

describe("a source's textSha256", () => {
  it("is the hex SHA-256 of the text's UTF-8 bytes, as sha256sum prints it", async () => {
    const article = kabulArticle();
    expect(await sha256Hex(article)).toBe(createHash("sha256").update(article).digest("hex"));
    expect(await sha256Hex("")).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  it("of the built-in article matches it: no notice, every quotation exact", async () => {
    const dataset = await kabulEdited((article) => article);
    expect(dataset.sources[0]?.textSha256).toBe(await sha256Hex(kabulArticle()));
    expect(changedNotices(dataset)).toEqual([]);
    expect(count(dataset, "exact")).toBe(total);
  });
});

describe("the approximate matcher", () => {
  const raw = () => {
    const shape = parseDatasetShape(JSON.parse(JSON.stringify(kabulDatasetJson())));
    if (!shape.ok) throw new Error(shape.problems.join("\n"));
    return shape.raw;
  };
  const texts = (text: string) => new Map([["presstv-2021-08-19-lavrov", text]]);

  it("is not loaded for the built-in dataset as shipped (its bundle stays out of the first load)", async () => {
    const checks = await quoteChecksFor(raw(), texts(kabulArticle()));
    expect(checks).toEqual({ changed: new Set() });
  });

  it("is loaded when a text's hash differs, or a quotation is nowhere word for word", async () => {
    const changed = await quoteChecksFor(raw(), texts(`${kabulArticle()} `));
    expect(changed.changed).toEqual(new Set(["presstv-2021-08-19-lavrov"]));
    expect(changed.reanchor).toBeTypeOf("function");
    const hashless = raw();
    for (const source of hashless.sources) delete source.textSha256;
    const astray = await quoteChecksFor(
      hashless,
      texts(replacedOnce(kabulArticle(), "clear-headed", "clear headed")),
    );
    expect(astray.changed.size).toBe(0);
    expect(astray.reanchor).toBeTypeOf("function");
  });
});

describe("quotation statuses against an edited copy of the built-in article", () => {
  // Re-saved with a line at the top, and one quoted word changed.
  const edit = (article: string) =>
    replacedOnce(`Updated 20 August.\n\n${article}`, "clear-headed", "clear headed");

  it("says the source's text has changed since it was quoted", async () => {
    expect(changedNotices(await kabulEdited(edit))).toEqual([
      "This source's text has changed since it was quoted: “Russia foreign minister calls for nationwide dialogue in Afghanistan after Taliban takeover” (sources[0]); its quotations were checked again against the text loaded now",
    ]);
  });

  it("finds the changed quotation approximately, where its closest words are, with what changed", async () => {
    const dataset = await kabulEdited(edit);
    const text = edit(kabulArticle());
    const quote = quoteStarting(dataset, "The Taliban are more clear-headed");
    expect(quote.anchoring).toMatchObject({ status: "approximate", errors: 1 });
    expect(text.slice(quote.start, quote.end)).toBe(quote.exact.replace("-", " "));
    if (quote.anchoring?.status !== "approximate") return;
    expect(quote.anchoring.changes.filter((change) => change.kind !== "same")).toEqual([
      { kind: "removed", text: "-" },
      { kind: "added", text: " " },
    ]);
    expect(count(dataset, "approximate")).toBe(1);
  });

  it("moves every other quotation to its same words, and says so in the warnings", async () => {
    const dataset = await kabulEdited(edit);
    const text = edit(kabulArticle());
    expect(count(dataset, "moved")).toBe(total - 1);
    for (const quote of quotesOf(dataset).filter((q) => quoteStatus(q) === "moved")) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.exact);
    }
    expect(dataset.warnings.filter(({ kind }) => kind === "quote-moved")).toHaveLength(total - 1);
    expect(dataset.warnings.filter(({ kind }) => kind === "quote-approximate")).toHaveLength(1);
  });

  it("keeps a rewritten quotation not found, rather than matching other words", async () => {
    const dataset = await kabulEdited((article) =>
      replacedOnce(
        article,
        "I want to say that nothing in this world remains unchanged",
        "She added that the world keeps on changing, as it always has",
      ),
    );
    const quote = quoteStarting(dataset, "I want to say that nothing");
    expect(quoteStatus(quote)).toBe("missing");
    expect(quote.anchoring).toBeUndefined();
    // The rest are their own words still (those after the rewrite moved by its length).
    expect(count(dataset, "missing")).toBe(1);
    expect(count(dataset, "approximate")).toBe(0);
  });

  it("without a textSha256: no notice, and only the quotations whose offsets fail are re-anchored", async () => {
    const dataset = await kabulEdited((article) => replacedOnce(article, "rational", "sensible"), {
      hashless: true,
    });
    expect(changedNotices(dataset)).toEqual([]);
    expect(quoteStatus(quoteStarting(dataset, "The Taliban are more clear-headed"))).toBe(
      "approximate",
    );
    // "rational" → "sensible" shifts what follows in the article by nothing: same length.
    expect(count(dataset, "exact")).toBe(total - 1);
  });
});

describe("a file's recorded status", () => {
  const file = (status: string) =>
    JSON.stringify({
      title: "T",
      sources: [{ id: "s", title: "S", publishedAt: "2020-01-01", text: "He said hello there." }],
      events: [
        {
          id: "e",
          title: "E",
          when: { start: "2020-01-01" },
          quotes: [{ sourceId: "s", exact: "hello there", start: 8, end: 19, status }],
        },
      ],
    });
  const read = (status: string) => readDataset(file(status), { name: "t.json", label: "t.json" });

  it("keeps moved (its offsets are where the words were found, not where they were quoted)", async () => {
    const [quote] = quotesOf(await read("moved"));
    expect(quote).toEqual({
      sourceId: "s",
      exact: "hello there",
      start: 8,
      end: 19,
      prefix: "",
      suffix: "",
      anchoring: { status: "moved" },
    });
  });

  it("works out the others afresh from the words", async () => {
    for (const status of ["exact", "approximate", "missing"]) {
      const [quote] = quotesOf(await read(status));
      expect(quote && quoteStatus(quote)).toBe("exact");
      expect(quote).not.toHaveProperty("status");
    }
  });

  it("refuses a status it does not know, saying which it takes", async () => {
    await expect(read("fuzzy")).rejects.toMatchObject({
      problems: [expect.stringContaining('"fuzzy" is not a quotation status: use "exact"')],
    });
  });
});
