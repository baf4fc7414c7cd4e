import { describe, expect, it } from "vitest";
import { applyEdit, countQuotesOf } from "../../../src/data/draft/apply-edit";
import { aDraft, aDraftEvent, aDraftQuote, aDraftSource } from "../../fixtures/drafts";

describe("applying an edit to a draft", () => {
  it("changes the title and description", () => {
    const draft = applyEdit(aDraft(), { type: "set-details", title: "Kabul", description: "Days" });
    expect(draft.title).toBe("Kabul");
    expect(draft.description).toBe("Days");
  });

  it("gives back the same draft when an edit changes nothing", () => {
    const draft = aDraft();
    expect(applyEdit(draft, { type: "set-details", title: draft.title })).toBe(draft);
    expect(
      applyEdit(draft, {
        type: "update-event",
        eventId: "lavrov-press-conference",
        changes: { title: "Lavrov calls for talks" },
      }),
    ).toBe(draft);
    expect(applyEdit(draft, { type: "add-source", source: aDraftSource() })).toBe(draft);
    expect(applyEdit(draft, { type: "add-event", event: aDraftEvent() })).toBe(draft);
  });

  it("gives back the same draft, without throwing, for an unknown source, event or quotation", () => {
    const draft = aDraft();
    const edits = [
      { type: "update-source", sourceId: "nope", changes: { title: "X" } },
      { type: "delete-source", sourceId: "nope" },
      { type: "update-event", eventId: "nope", changes: { title: "X" } },
      { type: "delete-event", eventId: "nope" },
      { type: "add-quote", eventId: "nope", quote: aDraftQuote() },
      { type: "update-quote", eventId: "lavrov-press-conference", quoteIndex: 5, changes: {} },
      { type: "delete-quote", eventId: "lavrov-press-conference", quoteIndex: -1 },
      { type: "delete-quote", eventId: "lavrov-press-conference", quoteIndex: 0.5 },
    ] as const;
    for (const edit of edits) expect(applyEdit(draft, edit)).toBe(draft);
  });

  it("keeps events in the order they were made, not by date", () => {
    const later = aDraftEvent({
      id: "earlier-made",
      when: { ...aDraftEvent().when, start: "2021-08-01" },
    });
    const draft = applyEdit(aDraft(), { type: "add-event", event: later });
    expect(draft.events.map((event) => event.id)).toEqual([
      "lavrov-press-conference",
      "earlier-made",
    ]);
  });

  it("updates a source's fields and leaves its text as added", () => {
    const draft = applyEdit(aDraft(), {
      type: "update-source",
      sourceId: "presstv-2021-08-19",
      changes: { publishedAt: "2021-08-20" },
    });
    expect(draft.sources[0]?.publishedAt).toBe("2021-08-20");
    expect(draft.sources[0]?.text).toBe(aDraftSource().text);
  });

  it("deletes a source with every quotation into it, and keeps the events", () => {
    const other = aDraftSource({ id: "tass-2021-08-19" });
    const both = aDraftEvent({
      id: "both",
      quotes: [aDraftQuote(), aDraftQuote("China respects", { sourceId: "tass-2021-08-19" })],
    });
    const draft = aDraft({ sources: [aDraftSource(), other], events: [aDraftEvent(), both] });
    expect(countQuotesOf(draft, "presstv-2021-08-19")).toBe(2);
    expect(countQuotesOf(draft, "tass-2021-08-19")).toBe(1);
    const deleted = applyEdit(draft, { type: "delete-source", sourceId: "presstv-2021-08-19" });
    expect(deleted.sources.map((source) => source.id)).toEqual(["tass-2021-08-19"]);
    expect(deleted.events.map((event) => event.quotes.length)).toEqual([0, 1]);
    expect(countQuotesOf(deleted, "presstv-2021-08-19")).toBe(0);
  });

  it("adds, changes and deletes an event's quotations", () => {
    const eventId = "lavrov-press-conference";
    let draft = applyEdit(aDraft(), { type: "add-quote", eventId, quote: aDraftQuote("China") });
    draft = applyEdit(draft, {
      type: "update-quote",
      eventId,
      quoteIndex: 1,
      changes: { speaker: "Hua Chunying" },
    });
    expect(draft.events[0]?.quotes[1]).toMatchObject({ exact: "China", speaker: "Hua Chunying" });
    draft = applyEdit(draft, {
      type: "update-quote",
      eventId,
      quoteIndex: 1,
      changes: { speaker: "" },
    });
    expect(draft.events[0]?.quotes[1]).not.toHaveProperty("speaker");
    draft = applyEdit(draft, { type: "delete-quote", eventId, quoteIndex: 0 });
    expect(draft.events[0]?.quotes.map((quote) => quote.exact)).toEqual(["China"]);
  });

  it("deletes an event", () => {
    const draft = applyEdit(aDraft(), { type: "delete-event", eventId: "lavrov-press-conference" });
    expect(draft.events).toEqual([]);
  });
});
