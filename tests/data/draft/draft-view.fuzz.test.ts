import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../../src/data/draft/apply-edit";
import type { DraftDocument, DraftEdit } from "../../../src/data/draft/draft-document";
import { viewDraft } from "../../../src/data/draft/draft-view";
import { emptyDraft } from "../../../src/data/draft/new-draft";
import { readDataset } from "../../../src/data/read-dataset";
import { isEventId } from "../../../src/domain/event-id";
import { DRAFT_TEXT } from "../../fixtures/drafts";
import { hostileString } from "../../fixtures/hostile-strings";

// Drafts as an author makes them, edit by edit: mostly finished values, so that many drafts
// would load, with every kind of unfinished or wrong one among them.
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 15, arbitrary: good }, { weight: 1, arbitrary: bad });
const text = mostly(
  fc.constantFrom("Kabul", "Lavrov calls for talks"),
  fc.oneof(fc.constantFrom("", " "), hostileString(12)),
);
const date = mostly(
  fc.constantFrom("2021-08-19", "2021-08-15"),
  fc.constantFrom("", "2021-08", "2021", "2021-02-30", "x", "2021-08-19T10:30Z"),
);
const sourceId = mostly(fc.constantFrom("presstv", "tass"), fc.constantFrom("", "gone"));
const eventId = mostly(fc.constantFrom("lavrov", "hua", "mujahid"), fc.constantFrom("Bad Id", "-"));
const exact = fc.constantFrom("Lavrov", "China respects", "every group");
// Mostly a quotation of words where they stand, sometimes offsets that are anything at all.
const placed = exact.map((words) => {
  const start = DRAFT_TEXT.indexOf(words);
  return { exact: words, start, end: start + words.length };
});
const anywhere = fc.record({
  exact: fc.oneof(exact, text),
  start: fc.oneof(fc.nat(DRAFT_TEXT.length + 5), fc.constantFrom(-1, 0.5)),
  end: fc.oneof(fc.nat(DRAFT_TEXT.length + 5), fc.constantFrom(-1, 0.5)),
});
const quote = fc
  .tuple(mostly(placed, anywhere), fc.record({ sourceId, prefix: text, suffix: text }))
  .map(([where, rest]) => ({ ...rest, ...where }));
const when = fc.record({
  start: date,
  end: mostly(fc.constant(undefined), date),
  precision: mostly(fc.constant("day" as const), fc.constantFrom("minute", "month", "year")),
  approximate: fc.boolean(),
  basis: fc.constantFrom("explicit", "relative", "inferred", "external"),
  note: text,
});
const source = fc.record({
  id: sourceId,
  title: text,
  publisher: text,
  url: mostly(
    fc.constantFrom("", "https://example.org/a"),
    fc.constantFrom("ftp://x", "not a url"),
  ),
  publishedAt: date,
  text: mostly(fc.constant(DRAFT_TEXT), text),
});
const event = fc.record({
  id: eventId,
  title: text,
  summary: text,
  kind: mostly(fc.constant("statement"), fc.constantFrom("", " ")),
  countries: fc.array(mostly(fc.constantFrom("RU", "cn", " af"), fc.constantFrom("XX", "")), {
    maxLength: 3,
  }),
  actors: fc.array(text, { maxLength: 2 }),
  when,
  quotes: fc.array(quote, { minLength: 1, maxLength: 2 }),
});
const edit: fc.Arbitrary<DraftEdit> = fc.oneof(
  fc.record({ type: fc.constant("set-details" as const), title: text }),
  { weight: 3, arbitrary: fc.record({ type: fc.constant("add-source" as const), source }) },
  fc.record({
    type: fc.constant("update-source" as const),
    sourceId,
    changes: fc.record({ title: text, publishedAt: date }, { requiredKeys: [] }),
  }),
  fc.record({ type: fc.constant("delete-source" as const), sourceId }),
  { weight: 5, arbitrary: fc.record({ type: fc.constant("add-event" as const), event }) },
  fc.record({
    type: fc.constant("update-event" as const),
    eventId,
    changes: fc.record({ title: text, when, kind: text }, { requiredKeys: [] }),
  }),
  fc.record({ type: fc.constant("delete-event" as const), eventId }),
  fc.record({ type: fc.constant("add-quote" as const), eventId, quote }),
  fc.record({
    type: fc.constant("delete-quote" as const),
    eventId,
    quoteIndex: fc.integer({ min: -1, max: 2 }),
  }),
);
// Begun as the editor begins one: a source first, whose words the events then quote.
const firstSources = fc.subarray(["presstv", "tass"], { minLength: 1 }).map((ids) =>
  ids.map((id): DraftEdit => ({
    type: "add-source",
    source: {
      id,
      title: "Russia calls for dialogue",
      publisher: "Press TV",
      url: "",
      publishedAt: "2021-08-19",
      text: DRAFT_TEXT,
    },
  })),
);
const draft = fc
  .tuple(firstSources, fc.array(edit, { maxLength: 12 }))
  .map(([sources, edits]) => [...sources, ...edits].reduce(applyEdit, emptyDraft()));

const DRAFT_ONLY = "has no quotation: select the words in a source that tell of this event";

describe("any draft, viewed", () => {
  it("never throws, and shows every event an id can name", () => {
    fc.assert(
      fc.property(draft, (document) => {
        const { dataset, problems } = viewDraft(document);
        const ids = new Set(document.events.map((each) => each.id).filter(isEventId));
        expect(dataset.events.map((each) => each.id).sort()).toEqual([...ids].sort());
        for (const problem of problems) {
          expect(problem.path).toMatch(/^(|[a-zA-Z]+(\[\d+\]|\.[a-zA-Z]+)*)$/);
          expect(problem.message).not.toBe("");
        }
      }),
      { numRuns: 400 },
    );
  });

  it("has problems exactly when the loader would refuse it as a file", async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (document: DraftDocument) => {
        const loaderProblems = viewDraft(document).problems.filter(
          (problem) => problem.message !== DRAFT_ONLY,
        );
        const loaded = await readDataset(JSON.stringify(document), {
          name: "draft.json",
          label: "The draft",
        }).then(
          () => true,
          () => false,
        );
        expect(loaderProblems.length === 0).toBe(loaded);
      }),
      { numRuns: 300 },
    );
  });
});
