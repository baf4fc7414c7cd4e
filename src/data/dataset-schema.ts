import * as v from "valibot";
import { isEventId } from "../domain/event-id";

// The JSON shape of a dataset file, before semantic checks. Valibot rather than zod: its
// functions tree-shake, so this schema costs a few kB of the bundle instead of a whole library.

// A check, not a trim: a transform would copy every string of a 100,000-event dataset.
const text = v.pipe(
  v.string(),
  v.check((value) => value.trim() !== "", "is empty"),
);

const quoteSchema = v.object({
  sourceId: text,
  exact: v.pipe(v.string(), v.minLength(1, "is empty")),
  start: v.pipe(v.number(), v.integer("is not a whole number"), v.minValue(0, "is negative")),
  end: v.pipe(v.number(), v.integer("is not a whole number"), v.minValue(0, "is negative")),
  prefix: v.optional(v.string(), ""),
  suffix: v.optional(v.string(), ""),
  speaker: v.optional(text),
});

const whenSchema = v.object({
  start: v.string(),
  end: v.optional(v.string()),
  precision: v.optional(
    v.picklist(["minute", "day", "month", "year"], 'is not "minute", "day", "month" or "year"'),
    "day",
  ),
  approximate: v.optional(v.boolean(), false),
  basis: v.optional(
    v.picklist(
      ["explicit", "relative", "inferred", "external"],
      'is not "explicit", "relative", "inferred" or "external"',
    ),
    "explicit",
  ),
  note: v.optional(v.string(), ""),
});

const eventSchema = v.object({
  id: v.pipe(
    v.string(),
    v.check(isEventId, "is not an id (up to 200 lower-case letters, digits, - and _)"),
  ),
  title: text,
  summary: v.optional(v.string(), ""),
  kind: v.optional(text, "event"),
  countries: v.optional(v.array(v.string()), []),
  actors: v.optional(v.array(text), []),
  when: whenSchema,
  // Empty for an event whose source text is not attached (an imported timeline): shown as such.
  quotes: v.optional(v.array(quoteSchema), []),
  group: v.optional(text),
  citation: v.optional(
    v.object({
      title: v.optional(v.string(), ""),
      url: v.optional(v.string(), ""),
      credit: v.optional(v.string(), ""),
    }),
  ),
  displayDate: v.optional(text),
});

const eraSchema = v.object({
  title: text,
  start: v.string(),
  end: v.string(),
  precision: whenSchema.entries.precision,
});

const sourceSchema = v.object({
  id: text,
  title: text,
  publisher: v.optional(v.string(), ""),
  url: v.optional(v.string(), ""),
  publishedAt: v.string(),
  text: v.optional(v.string()),
  textUrl: v.optional(text),
});

export const datasetSchema = v.object({
  version: v.optional(v.literal(1, "is not 1 (the only version this app reads)"), 1),
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
  const problems = result.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = issuePath(issue.path);
    const message =
      issue.kind === "schema" && issue.expected ? describeExpected(issue) : issue.message;
    return path ? `${path}: ${message}` : message;
  });
  if (result.issues.length > MAX_PROBLEMS) {
    problems.push(`…and ${result.issues.length - MAX_PROBLEMS} more problems`);
  }
  return { ok: false, problems };
}

/** Problems listed before the rest are only counted: enough to act on, never a flood. */
const MAX_PROBLEMS = 50;

function describeExpected(issue: v.BaseIssue<unknown>): string {
  if (issue.received === "undefined") return "is missing";
  if (issue.type === "picklist" || issue.type === "literal" || issue.type === "regex")
    return issue.message;
  return `should be ${issue.expected}, got ${issue.received}`;
}
