import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/data/build-dataset";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import { kabulArticle, kabulJson } from "../fixtures/kabul";

const RUNS = 3_000;
const article = kabulArticle();

type Json = Record<string, unknown>;

function nested(depth: number): unknown {
  let junk: unknown = "bottom";
  for (let i = 0; i < depth; i++) junk = i % 2 ? [junk] : { junk };
  return junk;
}

// Values a hand-edited or hostile dataset may hold where a proper one holds something else.
const junk = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 1e21, "", " ", [], {}, "2021-13-01", "2021-02-30"),
  fc.constantFrom("ZZ", "ru", "not-a-slug!", "x".repeat(100_000), "<script>alert(1)</script>"),
  fc.constantFrom(nested(2_000), [nested(50)], { a: nested(50) }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.integer(),
  fc.double(),
);

const eventField = fc.constantFrom(
  "id",
  "title",
  "summary",
  "kind",
  "countries",
  "actors",
  "when",
  "when.start",
  "when.end",
  "when.precision",
  "when.basis",
  "quotes",
  "quotes.0",
  "quotes.0.exact",
  "quotes.0.start",
  "quotes.0.end",
  "quotes.0.sourceId",
  "countries.0",
);

/** One change to the dataset: drop or replace a field, duplicate an id, or move a quote. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("drop"), event: fc.nat(40), field: eventField }),
  fc.record({ kind: fc.constant("set"), event: fc.nat(40), field: eventField, to: junk }),
  fc.record({ kind: fc.constant("duplicate-id"), event: fc.nat(40), other: fc.nat(40) }),
  fc.record({
    kind: fc.constant("shift-quote"),
    event: fc.nat(40),
    by: fc.integer({ min: -50, max: 50 }),
  }),
  // A quotation given by its words alone: found in the text, or refused when its words repeat.
  fc.record({ kind: fc.constant("drop-offsets"), event: fc.nat(40) }),
  fc.record({
    kind: fc.constant("top"),
    field: fc.constantFrom("title", "sources", "events", "version"),
    to: junk,
  }),
);

function apply(
  dataset: Json,
  change: fc.Arbitrary<unknown> extends never ? never : Record<string, unknown>,
) {
  if (change.kind === "top") {
    dataset[String(change.field)] = change.to;
    return;
  }
  // An earlier change may have replaced the events with junk: nothing left to change there.
  const events = Array.isArray(dataset.events) ? (dataset.events as Json[]) : [];
  const event = events[Number(change.event ?? 0) % Math.max(events.length, 1)];
  if (!event || typeof event !== "object") return;
  if (change.kind === "duplicate-id") {
    event.id = (events[Number(change.other) % events.length] as Json).id;
  } else if (change.kind === "shift-quote" || change.kind === "drop-offsets") {
    const quote = Array.isArray(event.quotes) ? (event.quotes[0] as Json | undefined) : undefined;
    if (!quote || typeof quote !== "object") return;
    if (change.kind === "drop-offsets") {
      Reflect.deleteProperty(quote, "start");
      Reflect.deleteProperty(quote, "end");
      return;
    }
    quote.start = Number(quote.start) + Number(change.by);
    quote.end = Number(quote.end) + Number(change.by);
  } else {
    const path = String(change.field).split(".");
    const last = path.pop() as string;
    let target: unknown = event;
    for (const step of path) target = (target as Json | undefined)?.[step];
    if (target && typeof target === "object") {
      if (change.kind === "drop") Reflect.deleteProperty(target, last);
      else (target as Json)[last] = change.to;
    }
  }
}

describe("dataset validation, on mutated copies of the shipped dataset", () => {
  it("never throws: it returns a valid dataset or problems naming where, and never a wrong quote", () => {
    const original = kabulJson();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const dataset = structuredClone(original) as Json;
        for (const change of changes) apply(dataset, change);
        const shape = parseDatasetShape(dataset);
        if (!shape.ok) {
          expect(shape.problems.length).toBeGreaterThan(0);
          return;
        }
        const texts = new Map(shape.raw.sources.map((source) => [source.id, article]));
        const built = buildDataset(shape.raw, texts);
        if (!built.ok) {
          expect(built.problems.length).toBeGreaterThan(0);
          for (const problem of built.problems)
            expect(problem).toMatch(/^(events|sources|quote|initialWindow|…)/);
          return;
        }
        // Every quote is either where its words are, or flagged as not found: never the wrong words.
        for (const event of built.dataset.events) {
          for (const quote of event.quotes) {
            if (!quote.missing) expect(article.slice(quote.start, quote.end)).toBe(quote.exact);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("never highlights half a character: a quote cutting a surrogate pair is flagged", () => {
    const text = "Flags 🇦🇫 and words.";
    const cut = text.indexOf("🇦🇫") + 1;
    const shape = parseDatasetShape({
      title: "Cut",
      sources: [{ id: "s", title: "S", publishedAt: "2021-08-19", text }],
      events: [
        {
          id: "cut",
          title: "Cut",
          when: { start: "2021-08-19" },
          quotes: [{ sourceId: "s", exact: "\uDDE6\uD83C\uDDEB and", start: cut, end: cut + 7 }],
        },
      ],
    });
    expect(shape.ok).toBe(true);
    if (!shape.ok) return;
    const built = buildDataset(shape.raw, new Map());
    expect(built.ok && built.dataset.events[0]?.quotes[0]?.missing).toBe(true);
  });
});
