import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openDraftStore } from "../../../src/app/editor/draft-registry";
import { startCopyDraft } from "../../../src/app/editor/start-draft";
import { draftIdOf } from "../../../src/data/draft/draft-address";
import { kabulDataset } from "../../fixtures/kabul";
import { withKeptSummaries } from "../../fixtures/kept-summaries";

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.stubGlobal("IDBKeyRange", IDBKeyRange);
});

describe("startCopyDraft", () => {
  it("copies a very large dataset's summaries, which its reading Worker kept, into the draft", async () => {
    const dataset = kabulDataset();
    const summaries = dataset.events.map((event) => event.summary);
    expect(summaries.filter(Boolean).length).toBeGreaterThan(5);
    const data = await startCopyDraft(withKeptSummaries(dataset));
    const store = await openDraftStore(draftIdOf(data) ?? "");
    const events = store?.getSnapshot().document.events ?? [];
    expect(events.map((event) => event.summary)).toEqual(summaries);
  });
});
