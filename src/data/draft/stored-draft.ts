import * as v from "valibot";
import { issuePath } from "../dataset-schema";
import type { DraftDocument, DraftSource } from "./draft-document";

// What IndexedDB holds of a draft, checked as it is read back: another version of the app, an
// extension or a broken disk may have written it, and a bad value must be refused in words, not
// rendered. Only the shape is checked; the draft's own problems say what is unfinished.

const PRECISIONS = ["minute", "day", "month", "year"] as const;
const BASES = ["explicit", "relative", "inferred", "external"] as const;
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const quoteSchema = v.object({
  sourceId: v.string(),
  exact: v.string(),
  start: offset,
  end: offset,
  prefix: v.string(),
  suffix: v.string(),
  speaker: v.optional(v.string()),
});

const eventSchema = v.object({
  id: v.string(),
  title: v.string(),
  summary: v.string(),
  kind: v.string(),
  countries: v.array(v.string()),
  actors: v.array(v.string()),
  when: v.object({
    start: v.string(),
    end: v.optional(v.string()),
    precision: v.picklist(PRECISIONS),
    approximate: v.boolean(),
    basis: v.picklist(BASES),
    note: v.string(),
  }),
  quotes: v.array(quoteSchema),
  group: v.optional(v.string()),
  citation: v.optional(v.object({ title: v.string(), url: v.string(), credit: v.string() })),
  displayDate: v.optional(v.string()),
});

/** A source as stored: its text is kept apart, under the draft's id and the source's. */
const storedSourceSchema = v.object({
  id: v.string(),
  title: v.string(),
  publisher: v.string(),
  url: v.string(),
  publishedAt: v.string(),
  archiveUrl: v.optional(v.string()),
});

const storedDocumentSchema = v.object({
  version: v.literal(1),
  title: v.string(),
  description: v.string(),
  sources: v.array(storedSourceSchema),
  events: v.array(eventSchema),
  eras: v.array(
    v.object({
      title: v.string(),
      start: v.string(),
      end: v.string(),
      precision: v.picklist(PRECISIONS),
    }),
  ),
  initialWindow: v.optional(v.object({ from: v.string(), to: v.string() })),
});

/** A draft as stored: the document without its sources' texts. */
export type StoredDocument = Omit<DraftDocument, "sources"> & {
  readonly sources: readonly Omit<DraftSource, "text">[];
};

/** The draft with its sources' texts taken out, to be stored apart from them. */
export function withoutTexts(document: DraftDocument): StoredDocument {
  return {
    ...document,
    sources: document.sources.map(({ text: _text, ...source }) => source),
  };
}

/**
 * The stored document read back with its sources' texts, or what is wrong with it in words
 * ("events[2].when.start is not what this app stores: …").
 */
export function readStoredDraft(
  value: unknown,
  textOf: (sourceId: string) => unknown,
): { ok: true; document: DraftDocument } | { ok: false; problem: string } {
  const parsed = v.safeParse(storedDocumentSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issuePath(issue.path);
    return { ok: false, problem: `${path || "the draft"} is not what this app stores` };
  }
  // Typed as stored, so that the schema and the draft's types cannot drift apart unseen.
  const stored: StoredDocument = parsed.output;
  const sources: DraftSource[] = [];
  for (const source of stored.sources) {
    const text = textOf(source.id);
    if (typeof text !== "string") {
      return { ok: false, problem: `the text of the source “${source.id}” is missing` };
    }
    sources.push({ ...source, text });
  }
  return { ok: true, document: { ...stored, sources } };
}

/** What the list of drafts shows of one. */
export interface DraftSummary {
  readonly id: string;
  readonly title: string;
  readonly savedAt: number;
  /** How many events and sources it has. */
  readonly events: number;
  readonly sources: number;
}

const summarySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[0-9a-z-]{1,64}$/)),
  title: v.string(),
  savedAt: v.pipe(v.number(), v.finite()),
  events: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sources: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A stored summary read back, or undefined when it is not one this app wrote. */
export function readStoredSummary(value: unknown): DraftSummary | undefined {
  const parsed = v.safeParse(summarySchema, value);
  return parsed.success ? parsed.output : undefined;
}
