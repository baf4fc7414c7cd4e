import * as v from "valibot";
import { isEventId } from "../domain/event-id";
import { isAddressReference } from "./address";
import { idProblem, quoted } from "./problem-words";
import { QUOTE_STATUSES, SHA256_HEX } from "./provenance-fields";

// The JSON shape of a dataset file, before semantic checks. Valibot rather than zod: its
// functions tree-shake, so this schema costs a few kB of the bundle instead of a whole library.

// A check, not a trim: a transform would copy every string of a 100,000-event dataset.
const filled = (mend: string) =>
  v.pipe(
    v.string(),
    v.check(
      (value) => value.trim() !== "",
      (issue) => `${quoted(issue.input)} is empty: ${mend}`,
    ),
  );
const text = filled("give it some text");
/** An optional field's text: one left blank may as well be left out. */
const optionalText = filled("give it some text, or leave the field out");

const OFFSET_HINT = "give a whole number of UTF-16 code units from the text's start, 0 or more";
const offset = v.pipe(
  v.number(),
  v.integer((issue) => `${issue.input} is not a whole number: ${OFFSET_HINT}`),
  v.minValue(0, (issue) => `${issue.input} is negative: ${OFFSET_HINT}`),
);

// Offsets are optional, as a pair: a quotation without them is found by its words when loaded.
const quoteSchema = v.pipe(
  v.object({
    sourceId: text,
    exact: v.pipe(v.string(), v.minLength(1, "is empty: give the quoted words")),
    start: v.optional(offset),
    end: v.optional(offset),
    prefix: v.optional(v.string(), ""),
    suffix: v.optional(v.string(), ""),
    speaker: v.optional(optionalText),
    // What the exporting app found (docs/dataset-format.md): only "moved" is kept on loading.
    status: v.optional(
      v.picklist(
        QUOTE_STATUSES,
        (issue) =>
          `${quoted(issue.input)} is not a quotation status: use "exact", "moved", "approximate" or "missing"`,
      ),
    ),
  }),
  v.check(
    (quote) => (quote.start === undefined) === (quote.end === undefined),
    (issue) =>
      `has ${offsetsGiven(issue.input)}: give both "start" and "end", or neither (its words are then found in the text)`,
  ),
);

/** Which one of a quote's two offsets it gives, in words. */
function offsetsGiven(quote: unknown): string {
  const start = typeof quote === "object" && quote !== null && "start" in quote;
  return start ? '"start" but no "end"' : '"end" but no "start"';
}

const whenSchema = v.object({
  start: v.string(),
  end: v.optional(v.string()),
  precision: v.optional(
    v.picklist(
      ["minute", "day", "month", "year"],
      (issue) =>
        `${quoted(issue.input)} is not a precision: use "minute", "day", "month" or "year"`,
    ),
    "day",
  ),
  approximate: v.optional(v.boolean(), false),
  basis: v.optional(
    v.picklist(
      ["explicit", "relative", "inferred", "external"],
      (issue) =>
        `${quoted(issue.input)} is not a basis: use "explicit", "relative", "inferred" or "external"`,
    ),
    "explicit",
  ),
  note: v.optional(v.string(), ""),
});

export const eventSchema = v.object({
  id: v.pipe(
    v.string(),
    v.check(isEventId, (issue) => idProblem(issue.input)),
  ),
  title: text,
  summary: v.optional(v.string(), ""),
  kind: v.optional(optionalText, "event"),
  countries: v.optional(v.array(v.string()), []),
  actors: v.optional(v.array(filled("give a name, or remove it")), []),
  when: whenSchema,
  // Empty for an event whose source text is not attached (an imported timeline): shown as such.
  quotes: v.optional(v.array(quoteSchema), []),
  group: v.optional(optionalText),
  citation: v.optional(
    v.object({
      title: v.optional(v.string(), ""),
      url: v.optional(v.string(), ""),
      credit: v.optional(v.string(), ""),
    }),
  ),
  displayDate: v.optional(optionalText),
});

export const eraSchema = v.object({
  title: text,
  start: v.string(),
  end: v.string(),
  precision: whenSchema.entries.precision,
});

export const sourceSchema = v.object({
  id: text,
  title: text,
  publisher: v.optional(v.string(), ""),
  url: v.optional(v.string(), ""),
  publishedAt: v.string(),
  // An archived copy of the page (the Wayback Machine's, say), and the day it was taken.
  archiveUrl: v.optional(v.string()),
  archivedAt: v.optional(v.string()),
  textSha256: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        SHA256_HEX,
        (issue) =>
          `${quoted(issue.input)} is not a SHA-256 hash: give the 64 hex digits of the text's UTF-8 bytes' hash (sha256sum prints them)`,
      ),
    ),
  ),
  text: v.optional(v.string()),
  textUrl: v.optional(
    v.pipe(
      optionalText,
      v.check(
        isAddressReference,
        (issue) =>
          `${quoted(issue.input)} is not a well-formed address: give the text's address, relative to the dataset's (texts/article.txt) or whole (https://…)`,
      ),
    ),
  ),
});

export const datasetSchema = v.object({
  version: v.optional(
    v.literal(1, (issue) => `${quoted(issue.input)} is not a version this app reads: use 1`),
    1,
  ),
  title: text,
  description: v.optional(v.string(), ""),
  initialWindow: v.optional(v.object({ from: v.string(), to: v.string() })),
  sources: v.optional(v.array(sourceSchema), []),
  eras: v.optional(v.array(eraSchema), []),
  events: v.array(eventSchema),
});

export type RawDataset = v.InferOutput<typeof datasetSchema>;
export type RawEvent = RawDataset["events"][number];
export type RawSource = RawDataset["sources"][number];
export type RawQuote = RawEvent["quotes"][number];

/** Formats a valibot issue path as `events[3].when.start`. */
export function issuePath(path: readonly { key: unknown }[] | undefined): string {
  return (path ?? [])
    .map(({ key }) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
    .join("")
    .replace(/^\./, "");
}

/** Parses unknown JSON into the raw dataset shape, or lists every problem with its path. */
export function parseDatasetShape(
  input: unknown,
): { ok: true; raw: RawDataset } | { ok: false; problems: string[] } {
  const result = v.safeParse(datasetSchema, input);
  if (result.success) return { ok: true, raw: result.output };
  const problems = result.issues.map((issue) => {
    const path = issuePath(issue.path);
    const message =
      issue.kind === "schema" && issue.expected ? describeExpected(issue) : issue.message;
    return path ? `${path}: ${message}` : message;
  });
  return { ok: false, problems };
}

function describeExpected(issue: v.BaseIssue<unknown>): string {
  if (issue.received === "undefined") return "is missing: add it";
  if (issue.type === "picklist" || issue.type === "literal" || issue.type === "regex")
    return issue.message;
  return `${issue.received} should be ${TYPE_WORDS[issue.expected ?? ""] ?? issue.expected}`;
}

// Valibot's type names, as a person editing JSON by hand knows them.
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string, in "quotes"',
  number: "a number",
  boolean: "true or false",
  Object: "an object, in { }",
  Array: "a list, in [ ]",
};
