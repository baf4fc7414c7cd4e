import { describe, expect, it, vi } from "vitest";
import { createDraftStore } from "../../../src/data/draft/draft-store";
import { unkeptStore } from "../../../src/app/editor/unkept-store";
import { aDraft } from "../../fixtures/drafts";

/** A draft the browser refused at its start, over a store writing with `save`. */
function refusedDraft(save = vi.fn(async () => {})) {
  const draft = aDraft();
  const store = unkeptStore(
    "unsaved-abc",
    createDraftStore("unsaved-abc", draft, { save }),
    "no storage",
    save,
  );
  return { store, save, draft };
}

describe("unkeptStore", () => {
  it("says from the first that the draft is not kept, and why, with nothing to undo", () => {
    const { store, save } = refusedDraft();
    expect(store.getSnapshot().save).toEqual({ status: "failed", error: "no storage" });
    expect(store.getSnapshot().canUndo).toBe(false);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    expect(save).not.toHaveBeenCalled();
  });

  it("keeps the draft on a retry that works, and says so", async () => {
    const { store, save, draft } = refusedDraft();
    const listener = vi.fn();
    store.subscribe(listener);
    store.retrySave();
    expect(store.getSnapshot().save.status).toBe("saving");
    await vi.waitFor(() => expect(store.getSnapshot().save).toEqual({ status: "saved" }));
    expect(save).toHaveBeenCalledWith("unsaved-abc", draft);
    expect(listener).toHaveBeenCalled();
  });

  it("says why again when the retry fails too", async () => {
    const save = vi.fn(async () => Promise.reject(new Error("still refused")));
    const { store } = refusedDraft(save);
    store.retrySave();
    await vi.waitFor(() =>
      expect(store.getSnapshot().save).toEqual({ status: "failed", error: "still refused" }),
    );
  });

  it("lets the store's own write after a change say whether the draft is kept", async () => {
    const { store, save } = refusedDraft();
    store.apply({ type: "set-details", title: "Kabul" });
    expect(store.getSnapshot().document.title).toBe("Kabul");
    await vi.waitFor(() => expect(store.getSnapshot().save).toEqual({ status: "saved" }));
    expect(save).toHaveBeenCalledTimes(1);
    store.undo();
    expect(store.getSnapshot().document.title).toBe("Kabul, August 2021");
  });
});
