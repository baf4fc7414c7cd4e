import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import { takeWellFormedDataset } from "../../src/data/well-formed-dataset";
import { kabulJson } from "../fixtures/kabul";

type Json = Record<string, unknown>;

// Each optional field is sometimes absent, sometimes present as undefined (a converter's output
// may hold that; JSON cannot), sometimes given.
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.option(fc.oneof(value, fc.constant(undefined)), { nil: undefined, freq: 2 });
// Each atom is mostly good and now and then the nearest bad value ("  " is not text, -1 not an
// offset), so a whole document is often good and often bad in exactly one place.
const mostly = <T>(good: T[], bad: T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 30 }, fc.constantFrom(...bad));
const text = mostly(["Kabul", " a ", "Лавров", "x"], ["", "  "]);
const anyString = fc.constantFrom("", " ", "note", "2021-08-19");
const extraKey = fc.constantFrom("extra", "__proto__", "constructor", "tags");

function record(shape: Record<string, fc.Arbitrary<unknown>>, required: string[]) {
  return fc
    .record(shape, { requiredKeys: required })
    .chain((object) =>
      fc
        .option(fc.tuple(extraKey, fc.jsonValue()), { freq: 6 })
        .map((extra) => (extra ? withOwn(object, extra[0], extra[1]) : object)),
    );
}

/** An own property even for "__proto__", as JSON.parse makes it. */
function withOwn(object: object, key: string, value: unknown): object {
  return Object.defineProperty({ ...object }, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const precision = mostly(["minute", "day", "month", "year"], ["week"]);
const offset = fc.oneof({ arbitrary: fc.nat(100), weight: 30 }, fc.constantFrom(-1, 1.5));
const quote = record(
  {
    sourceId: text,
    exact: mostly(["Lavrov", "a", " "], [""]),
    // Offsets come as a pair or not at all; a quote with one alone is for the schema to refuse.
    start: maybe(offset),
    end: maybe(offset),
    prefix: maybe(anyString),
    suffix: maybe(anyString),
    speaker: maybe(text),
    status: maybe(mostly(["exact", "moved", "approximate", "missing"], ["fuzzy", ""])),
  },
  ["sourceId", "exact"],
);
const when = record(
  {
    start: anyString,
    end: maybe(anyString),
    precision: maybe(precision),
    approximate: maybe(fc.boolean()),
    basis: maybe(mostly(["explicit", "relative", "inferred", "external"], ["guess"])),
    note: maybe(anyString),
  },
  ["start"],
);
const event = record(
  {
    id: mostly(["a", "lavrov-speaks", "_1969-moon", "a--b"], ["Not An Id", "-", ""]),
    title: text,
    summary: maybe(anyString),
    kind: maybe(text),
    countries: maybe(fc.array(fc.constantFrom("RU", "af", "ZZ", ""), { maxLength: 3 })),
    actors: maybe(fc.array(text, { maxLength: 3 })),
    when,
    quotes: maybe(fc.array(quote, { maxLength: 2 })),
    group: maybe(text),
    citation: maybe(
      record({ title: maybe(anyString), url: maybe(anyString), credit: maybe(anyString) }, []),
    ),
    displayDate: maybe(text),
  },
  ["id", "title", "when"],
);
const source = record(
  {
    id: text,
    title: text,
    publisher: maybe(anyString),
    url: maybe(anyString),
    publishedAt: anyString,
    textSha256: maybe(mostly(["ab".repeat(32), "AB".repeat(32)], ["ab", "g".repeat(64)])),
    text: maybe(anyString),
    textUrl: maybe(text),
  },
  ["id", "title", "publishedAt"],
);
const era = record({ title: text, start: anyString, end: anyString, precision: maybe(precision) }, [
  "title",
  "start",
  "end",
]);
const dataset = record(
  {
    version: maybe(fc.constant(1)),
    title: text,
    description: maybe(anyString),
    initialWindow: maybe(record({ from: anyString, to: anyString }, ["from", "to"])),
    sources: maybe(fc.array(source, { maxLength: 2 })),
    eras: maybe(fc.array(era, { maxLength: 2 })),
    events: fc.array(event, { maxLength: 4 }),
  },
  ["title", "events"],
);

// What a hand-edited file holds where a proper one holds something else.
const junk = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, NaN, Infinity, "", " ", [], {}, [1], "MINUTE"),
  fc.jsonValue(),
);

/** Replaces or deletes the value at some path of the document, chosen by `steps`. */
function mutate(document: unknown, steps: readonly number[], to: unknown, drop: boolean): void {
  let target = document;
  for (const [depth, step] of steps.entries()) {
    if (typeof target !== "object" || target === null) return;
    const keys = Object.keys(target);
    if (keys.length === 0) return;
    const key = keys[step % keys.length] as string;
    const container = target as Json;
    if (depth === steps.length - 1 || typeof container[key] !== "object") {
      if (drop) Reflect.deleteProperty(container, key);
      else container[key] = to;
      return;
    }
    target = container[key];
  }
}

const mutated = fc
  .tuple(
    dataset,
    fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), junk, fc.boolean()), {
      maxLength: 2,
    }),
  )
  .map(([document, changes]) => {
    for (const [steps, to, drop] of changes) mutate(document, steps, to, drop);
    return document as unknown;
  });

describe("the fast path of validation", () => {
  // 5,000 documents take a few seconds alone, and more on a machine shared with other work.
  it(
    "accepts only what the schema accepts, and gives what the schema gives",
    { timeout: 30_000 },
    () => {
      const outcomes = { taken: 0, declined: 0 };
      fc.assert(
        fc.property(mutated, (document) => {
          const schema = parseDatasetShape(structuredClone(document));
          const taken = structuredClone(document);
          const fast = takeWellFormedDataset(taken);
          if (fast === undefined) {
            outcomes.declined++;
            // The schema then reads the document the fast path has begun to fill in: it must say
            // the same as of the untouched one.
            expect(parseDatasetShape(taken)).toStrictEqual(schema);
            return;
          }
          outcomes.taken++;
          expect(schema.ok).toBe(true);
          if (schema.ok) expect(fast).toStrictEqual(schema.raw);
        }),
        { numRuns: 5_000 },
      );
      // Both kinds of document are common, or the property would hold for want of trying.
      expect(outcomes.taken).toBeGreaterThan(1_000);
      expect(outcomes.declined).toBeGreaterThan(1_000);
    },
  );

  it("takes every dataset the schema accepts unless it needs the schema's words", () => {
    // Well formed by construction, except for what only the schema may judge: the fast path
    // declines nothing else, so real datasets never pay for the slow path.
    fc.assert(
      fc.property(dataset, (document) => {
        const schema = parseDatasetShape(structuredClone(document));
        if (!schema.ok) return;
        expect(takeWellFormedDataset(structuredClone(document))).toStrictEqual(schema.raw);
      }),
      { numRuns: 2_000 },
    );
  });

  it("takes the shipped dataset as the schema reads it", () => {
    const schema = parseDatasetShape(kabulJson());
    expect(schema.ok).toBe(true);
    if (schema.ok) expect(takeWellFormedDataset(kabulJson())).toStrictEqual(schema.raw);
  });

  it("declines what is not well formed, so the schema can say why", () => {
    const base = () => ({
      title: "T",
      events: [{ id: "a", title: "A", when: { start: "2021-08-19" } }],
    });
    expect(takeWellFormedDataset(base())).toBeDefined();
    const broken: ((document: ReturnType<typeof base>) => void)[] = [
      (d) => Object.assign(d, { version: 2 }),
      (d) => Object.assign(d, { title: "  " }),
      (d) => Object.assign(d.events[0] as Json, { id: "Not An Id" }),
      (d) => Object.assign((d.events[0] as Json).when as Json, { precision: "week" }),
      (d) => Object.assign(d.events[0] as Json, { quotes: [{ sourceId: "s", exact: "" }] }),
      (d) =>
        Object.assign(d.events[0] as Json, { quotes: [{ sourceId: "s", exact: "a", end: 1 }] }),
      (d) => Object.assign(d, { events: {} }),
    ];
    for (const breakIt of broken) {
      const document = base();
      breakIt(document);
      expect(takeWellFormedDataset(document)).toBeUndefined();
      expect(parseDatasetShape(document).ok).toBe(false);
    }
  });
});
