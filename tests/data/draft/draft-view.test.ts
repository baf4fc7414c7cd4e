import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { viewDraft } from "../../../src/data/draft/draft-view";
import { aDraft, aDraftEvent, aDraftQuote, aDraftSource } from "../../fixtures/drafts";

const paths = (draft: Parameters<typeof viewDraft>[0]) =>
  viewDraft(draft).problems.map((problem) => problem.path);

describe("a draft's problems", () => {
  it("has none when the draft would load as a file", () => {
    expect(viewDraft(aDraft()).problems).toEqual([]);
  });

  it("places the loader's problems at their fields, without the event's id", () => {
    const draft = aDraft({
      events: [
        aDraftEvent({ id: "first" }),
        aDraftEvent({
          id: "second",
          when: { ...aDraftEvent().when, start: "2021-13-40" },
          countries: ["RU", "XX"],
        }),
      ],
      sources: [aDraftSource({ url: "ftp://example.org" })],
    });
    const { problems } = viewDraft(draft);
    expect(problems.map((problem) => problem.path)).toEqual([
      "sources[0].url",
      "events[1].when.start",
      "events[1].countries[1]",
    ]);
    expect(problems[1]?.message).toBe(
      '"2021-13-40" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"',
    );
  });

  it("names a value not given yet as such", () => {
    const draft = aDraft({
      title: "",
      sources: [aDraftSource({ publishedAt: "" })],
      events: [aDraftEvent({ title: " ", when: { ...aDraftEvent().when, start: "" } })],
    });
    const { problems } = viewDraft(draft);
    expect(problems.map((problem) => problem.path)).toEqual([
      "title",
      "events[0].title",
      "sources[0].publishedAt",
      "events[0].when.start",
    ]);
    expect(problems[0]?.message).toBe("is not given yet: give it some text");
    expect(problems[3]?.message).toBe('is not given yet: write YYYY-MM-DD, e.g. "2021-08-19"');
  });

  it("still checks events when a source has no title yet", () => {
    const draft = aDraft({
      sources: [aDraftSource({ title: "" })],
      events: [aDraftEvent({ when: { ...aDraftEvent().when, start: "soon" } })],
    });
    expect(paths(draft)).toEqual(["sources[0].title", "events[0].when.start"]);
  });

  it("asks for a quotation for every event, and for an event at all", () => {
    expect(paths(aDraft({ events: [aDraftEvent({ quotes: [] })] }))).toEqual(["events[0].quotes"]);
    const { problems } = viewDraft(aDraft({ events: [] }));
    expect(problems).toEqual([
      { path: "", message: "It has no events: select words in a source to make one." },
    ]);
  });

  it("says when the sources' texts make a file larger than the app opens", () => {
    const text = "a".repeat(4_900_000);
    const sources = Array.from({ length: 11 }, (_, i) => aDraftSource({ id: `s${i}`, text }));
    const { problems } = viewDraft(aDraft({ sources: [aDraftSource(), ...sources] }));
    expect(problems).toEqual([
      {
        path: "sources",
        message:
          "hold 54 MB of text; a file this app opens is at most 50 MB: move some sources to another timeline",
      },
    ]);
  });

  it("names an event that takes another's id, and a quotation into no source", () => {
    const draft = aDraft({
      events: [
        aDraftEvent(),
        aDraftEvent({ quotes: [aDraftQuote(undefined, { sourceId: "gone" })] }),
      ],
    });
    expect(paths(draft)).toEqual(["events[1].id", "events[1].quotes[0].sourceId"]);
  });
});

describe("the draft as the explorer shows it", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 11, 2, 4, 30));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is the draft's dataset, named as a draft", () => {
    const { dataset } = viewDraft(aDraft());
    expect(dataset.origin).toEqual({ name: "Kabul, August 2021", format: "Draft" });
    expect(dataset.events.map((event) => event.title)).toEqual(["Lavrov calls for talks"]);
    expect(dataset.events[0]?.when.start).toBe(Date.UTC(2021, 7, 19));
  });

  it("stands placeholders in for unfinished values", () => {
    const draft = aDraft({
      events: [
        aDraftEvent({
          title: "",
          when: { ...aDraftEvent().when, start: "" },
          countries: ["XX", "ru"],
        }),
      ],
      sources: [aDraftSource({ url: "not an address" })],
    });
    const { dataset } = viewDraft(draft);
    const event = dataset.events[0];
    expect(event?.title).toBe("Untitled event");
    expect(event?.countries).toEqual(["RU"]);
    expect(event?.when).toEqual({
      start: Date.UTC(2021, 7, 19),
      precision: "day",
      approximate: true,
      basis: "inferred",
      note: "date not given yet",
    });
    expect(dataset.sources[0]?.url).toBe("");
  });

  it("places an undated source, and an undated event without a quotation, at today", () => {
    const draft = aDraft({
      sources: [aDraftSource({ publishedAt: "" })],
      events: [
        aDraftEvent({ id: "quoted", when: { ...aDraftEvent().when, start: "" } }),
        aDraftEvent({ id: "unquoted", quotes: [], when: { ...aDraftEvent().when, start: "x" } }),
      ],
    });
    const { dataset } = viewDraft(draft);
    expect(dataset.sources[0]?.publishedAt).toBe("2026-12-02");
    expect(dataset.events.map((event) => event.when.start)).toEqual([
      Date.UTC(2026, 11, 2),
      Date.UTC(2026, 11, 2),
    ]);
  });

  it("leaves out what cannot stand in: a second event with the same id, a quotation into no source", () => {
    const draft = aDraft({
      events: [
        aDraftEvent({ quotes: [aDraftQuote(), aDraftQuote("China", { sourceId: "gone" })] }),
        aDraftEvent({ title: "Same id" }),
      ],
    });
    const { dataset } = viewDraft(draft);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]?.quotes.map((quote) => quote.exact)).toEqual([
      "the Taliban must talk to every group",
    ]);
  });

  it("sorts events by date for the explorer while the draft keeps them as made", () => {
    const draft = aDraft({
      events: [
        aDraftEvent({ id: "later" }),
        aDraftEvent({ id: "earlier", when: { ...aDraftEvent().when, start: "2021-08-15" } }),
      ],
    });
    expect(viewDraft(draft).dataset.events.map((event) => event.id)).toEqual(["earlier", "later"]);
  });
});
