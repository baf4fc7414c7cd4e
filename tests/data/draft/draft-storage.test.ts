import { IDBFactory, IDBKeyRange, IDBObjectStore } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createDraft,
  deleteDraft,
  listDrafts,
  loadDraft,
  renameDraft,
  saveDraft,
} from "../../../src/data/draft/draft-storage";
import { applyEdit } from "../../../src/data/draft/apply-edit";
import { aDraft, aDraftSource } from "../../fixtures/drafts";

describe("drafts kept in this browser", () => {
  beforeEach(() => {
    // A fresh, empty browser storage for each test (Node has none of its own).
    vi.stubGlobal("indexedDB", new IDBFactory());
    vi.stubGlobal("IDBKeyRange", IDBKeyRange);
  });

  it("keeps a draft and gives it back whole, texts and all", async () => {
    const draft = aDraft();
    const id = await createDraft(draft);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(await loadDraft(id)).toEqual(draft);
  });

  it("answers undefined for a draft this browser does not have", async () => {
    expect(await loadDraft("abcdef123456")).toBeUndefined();
  });

  it("lists the drafts, the one saved last first, with what they hold", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 11, 1));
    const first = await createDraft(aDraft({ title: "First" }));
    vi.setSystemTime(Date.UTC(2026, 11, 2));
    const second = await createDraft(aDraft({ title: "Second", events: [] }));
    vi.useRealTimers();
    expect(await listDrafts()).toEqual([
      { id: second, title: "Second", savedAt: Date.UTC(2026, 11, 2), events: 0, sources: 1 },
      { id: first, title: "First", savedAt: Date.UTC(2026, 11, 1), events: 1, sources: 1 },
    ]);
  });

  it("saves changes, renames and deletes", async () => {
    const id = await createDraft(aDraft());
    const changed = applyEdit(aDraft(), {
      type: "delete-event",
      eventId: "lavrov-press-conference",
    });
    await saveDraft(id, changed);
    expect(await loadDraft(id)).toEqual(changed);
    await renameDraft(id, "Kabul");
    expect((await loadDraft(id))?.title).toBe("Kabul");
    expect((await listDrafts()).map((summary) => summary.title)).toEqual(["Kabul"]);
    await deleteDraft(id);
    expect(await loadDraft(id)).toBeUndefined();
    expect(await listDrafts()).toEqual([]);
    await expect(renameDraft(id, "Gone")).rejects.toThrow(
      "This browser does not have that draft, so it was not renamed.",
    );
  });

  it("writes a source's text once, not again on every change", async () => {
    const big = aDraftSource({ id: "big", text: "word ".repeat(1_000_000) });
    const draft = aDraft({ sources: [aDraftSource(), big] });
    const put = vi.spyOn(IDBObjectStore.prototype, "put");
    const textsWritten = () =>
      put.mock.contexts.filter((store) => (store as IDBObjectStore).name === "texts").length;
    const id = await createDraft(draft);
    expect(textsWritten()).toBe(2);
    for (const title of ["K", "Ka", "Kab"]) {
      await saveDraft(id, applyEdit(draft, { type: "set-details", title }));
    }
    expect(textsWritten()).toBe(2);
    // A source deleted takes its text with it; one added is written.
    const without = applyEdit(draft, { type: "delete-source", sourceId: "big" });
    await saveDraft(id, without);
    const added = applyEdit(without, { type: "add-source", source: { ...big, text: "new words" } });
    await saveDraft(id, added);
    expect(textsWritten()).toBe(3);
    expect((await loadDraft(id))?.sources.map((source) => source.text)).toEqual([
      aDraftSource().text,
      "new words",
    ]);
  });

  it("refuses a damaged copy in words", async () => {
    const id = await createDraft(aDraft());
    await writeRaw("documents", id, { version: 1, title: 5 });
    await expect(loadDraft(id)).rejects.toThrow(
      "The copy of this draft that this browser kept is damaged (title is not what this app stores), so it cannot be opened.",
    );
    const other = await createDraft(aDraft());
    await writeRaw("texts", [other, "presstv-2021-08-19"], { not: "text" });
    await expect(loadDraft(other)).rejects.toThrow(
      "damaged (the text of the source “presstv-2021-08-19” is missing)",
    );
  });

  it("leaves damaged entries out of the list", async () => {
    const id = await createDraft(aDraft());
    await writeRaw("summaries", undefined, {
      id: "bad id!",
      title: "X",
      savedAt: 1,
      events: 0,
      sources: 0,
    });
    expect((await listDrafts()).map((summary) => summary.id)).toEqual([id]);
  });

  it("fails with a reason when the browser has no storage", async () => {
    vi.stubGlobal("indexedDB", undefined);
    await expect(createDraft(aDraft())).rejects.toThrow(
      "Could not save the draft: this browser has no storage for drafts (IndexedDB).",
    );
    await expect(listDrafts()).rejects.toThrow(/Could not list the drafts/);
    await expect(loadDraft("abc")).rejects.toThrow(/Could not open the draft/);
    await expect(deleteDraft("abc")).rejects.toThrow(/Could not delete the draft/);
  });

  it("gives up on storage that never answers, within the timeout", async () => {
    // Safari's IndexedDB can leave open() unanswered for good.
    vi.stubGlobal("indexedDB", { open: () => ({}) });
    await expect(saveDraft("abc", aDraft(), { timeoutMs: 20 })).rejects.toThrow(
      "Could not save the draft: this browser's storage did not answer within 20 ms.",
    );
    await expect(loadDraft("abc", { timeoutMs: 20 })).rejects.toThrow(/did not answer/);
  });
});

/** Writes a value straight into one of the app's stores, as another version or a broken disk might. */
async function writeRaw(store: string, key: IDBValidKey | undefined, value: unknown) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open("sourceline-drafts", 1);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const transaction = db.transaction(store, "readwrite");
  if (key === undefined) transaction.objectStore(store).put(value);
  else transaction.objectStore(store).put(value, key);
  await new Promise((resolve) => (transaction.oncomplete = resolve));
  db.close();
}
