import { describe, expect, it } from "vitest";
import type { DraftDocument, DraftEdit } from "../../../src/data/draft/draft-document";
import { createDraftStore } from "../../../src/data/draft/draft-store";
import { aDraft } from "../../fixtures/drafts";

/** A `save` whose writes the test finishes or fails, one by one, in the order they came. */
function controlledSave() {
  const writes: { title: string; finish: () => void; fail: (reason: Error) => void }[] = [];
  const save = (_id: string, document: DraftDocument) =>
    new Promise<void>((resolve, reject) => {
      writes.push({ title: document.title, finish: resolve, fail: reject });
    });
  return { save, writes };
}

const title = (value: string): DraftEdit => ({ type: "set-details", title: value });
// Lets the store's awaits after a finished write run.
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a draft being edited", () => {
  it("shows each edit at once, with its view, and can undo and redo it", () => {
    const { save } = controlledSave();
    const store = createDraftStore("abc", aDraft(), { save });
    const first = store.getSnapshot();
    expect(first).toMatchObject({ canUndo: false, canRedo: false, save: { status: "saved" } });
    expect(store.getSnapshot()).toBe(first);
    store.apply(title("Kabul"));
    expect(store.getSnapshot().document.title).toBe("Kabul");
    expect(store.getSnapshot().view.dataset.title).toBe("Kabul");
    expect(store.getSnapshot().canUndo).toBe(true);
    store.undo();
    expect(store.getSnapshot().document.title).toBe("Kabul, August 2021");
    expect(store.getSnapshot().canRedo).toBe(true);
    store.redo();
    expect(store.getSnapshot().document.title).toBe("Kabul");
  });

  it("tells its subscribers of a change, and only of a change", () => {
    const store = createDraftStore("abc", aDraft(), { save: controlledSave().save });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.apply(title("Kabul, August 2021"));
    store.undo();
    expect(calls).toBe(0);
    store.apply(title("Kabul"));
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    const before = calls;
    store.apply(title("Kabul 2"));
    expect(calls).toBe(before);
  });

  it("takes typing in one field back in one step", () => {
    const store = createDraftStore("abc", aDraft(), { save: controlledSave().save });
    for (const typed of ["K", "Ka", "Kab"]) store.apply(title(typed), { coalesce: "title" });
    store.undo();
    expect(store.getSnapshot().document.title).toBe("Kabul, August 2021");
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it("saves one write at a time, the latest draft next, in order", async () => {
    const { save, writes } = controlledSave();
    const store = createDraftStore("abc", aDraft(), { save });
    store.apply(title("A"));
    expect(store.getSnapshot().save.status).toBe("saving");
    store.apply(title("B"));
    store.apply(title("C"));
    expect(writes.map((write) => write.title)).toEqual(["A"]);
    writes[0]?.finish();
    await settled();
    // B was overtaken by C before it could be written: only the latest goes out.
    expect(writes.map((write) => write.title)).toEqual(["A", "C"]);
    expect(store.getSnapshot().save.status).toBe("saving");
    writes[1]?.finish();
    await settled();
    expect(store.getSnapshot().save).toEqual({ status: "saved" });
  });

  it("saves undo and redo too", async () => {
    const { save, writes } = controlledSave();
    const store = createDraftStore("abc", aDraft(), { save });
    store.apply(title("A"));
    writes[0]?.finish();
    await settled();
    store.undo();
    expect(writes.map((write) => write.title)).toEqual(["A", "Kabul, August 2021"]);
  });

  it("says why a save failed, and tries again on retry or on the next change", async () => {
    const { save, writes } = controlledSave();
    const store = createDraftStore("abc", aDraft(), { save });
    store.apply(title("A"));
    writes[0]?.fail(new Error("Could not save the draft: the disk is full."));
    await settled();
    expect(store.getSnapshot().save).toEqual({
      status: "failed",
      error: "Could not save the draft: the disk is full.",
    });
    store.retrySave();
    expect(writes.map((write) => write.title)).toEqual(["A", "A"]);
    writes[1]?.fail(new Error("Could not save the draft: still full."));
    await settled();
    store.apply(title("B"));
    expect(writes.map((write) => write.title)).toEqual(["A", "A", "B"]);
    writes[2]?.finish();
    await settled();
    expect(store.getSnapshot().save).toEqual({ status: "saved" });
  });

  it("writes a change made during a write that then fails", async () => {
    const { save, writes } = controlledSave();
    const store = createDraftStore("abc", aDraft(), { save });
    store.apply(title("A"));
    store.apply(title("B"));
    writes[0]?.fail(new Error("busy"));
    await settled();
    expect(writes.map((write) => write.title)).toEqual(["A", "B"]);
    writes[1]?.finish();
    await settled();
    expect(store.getSnapshot().save.status).toBe("saved");
  });
});
