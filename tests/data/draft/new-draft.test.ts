import { describe, expect, it } from "vitest";
import { isEventId } from "../../../src/domain/event-id";
import {
  draftFromDataset,
  emptyDraft,
  newEventId,
  newSourceId,
} from "../../../src/data/draft/new-draft";
import { viewDraft } from "../../../src/data/draft/draft-view";
import { kabulDataset } from "../../fixtures/kabul";
import { aDraft, aDraftEvent, aDraftSource } from "../../fixtures/drafts";

describe("new drafts", () => {
  it("starts empty, with a title", () => {
    expect(emptyDraft()).toEqual({
      version: 1,
      title: "Untitled timeline",
      description: "",
      sources: [],
      events: [],
      eras: [],
    });
    expect(emptyDraft("Kabul").title).toBe("Kabul");
  });

  it("copies a dataset for editing, and the copy views as the same events", () => {
    const dataset = kabulDataset();
    const draft = draftFromDataset(dataset);
    expect(draft.title).toBe(`${dataset.title} (copy)`);
    expect(draft.sources.map((source) => source.text)).toEqual(dataset.sources.map((s) => s.text));
    expect(draft.events.map((event) => event.id)).toEqual(dataset.events.map((event) => event.id));
    const first = draft.events[0];
    expect(first?.when.start).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(first?.quotes[0]?.exact).toBe(dataset.events[0]?.quotes[0]?.exact);
    const view = viewDraft(draft);
    expect(view.problems).toEqual([]);
    expect(view.dataset.events).toEqual(dataset.events);
    expect(view.dataset.eras).toEqual(dataset.eras);
    expect(view.dataset.initialWindow).toEqual(dataset.initialWindow);
  });
});

describe("ids for new events and sources", () => {
  it("makes an event's id from its title", () => {
    expect(newEventId(aDraft({ events: [] }), "Lavrov's press conference")).toBe(
      "lavrovs-press-conference",
    );
  });

  it("numbers an id the draft has already", () => {
    const draft = aDraft({
      events: [aDraftEvent({ id: "lavrov" }), aDraftEvent({ id: "lavrov-2" })],
    });
    expect(newEventId(draft, "Lavrov")).toBe("lavrov-3");
  });

  it("gives a valid id for a title with no letters, or a very long one", () => {
    const draft = aDraft({ events: [] });
    expect(newEventId(draft, "")).toBe("event");
    expect(newEventId(draft, "¿?")).toBe("event");
    const long = newEventId(draft, "word ".repeat(500));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(isEventId(long)).toBe(true);
    expect(isEventId(newEventId(draft, "2021 elections"))).toBe(true);
  });

  it("makes a source's id from its publisher and date", () => {
    const source = { publisher: "Press TV", title: "Russia calls", publishedAt: "2021-08-19" };
    expect(newSourceId(aDraft({ sources: [] }), source)).toBe("presstv-2021-08-19");
    expect(newSourceId(aDraft({ sources: [aDraftSource()] }), source)).toBe("presstv-2021-08-19-2");
    expect(newSourceId(aDraft(), { publisher: "", title: "Russia calls", publishedAt: "" })).toBe(
      "russia-calls",
    );
    expect(newSourceId(aDraft(), { publisher: "", title: "", publishedAt: "" })).toBe("source");
  });
});
