import type { DraftDocument } from "../../data/draft/draft-document";
import type { DraftSaveState, DraftSnapshot, DraftStore } from "../../data/draft/draft-store";

type Save = (id: string, document: DraftDocument) => Promise<void>;

/**
 * A draft the browser refused to keep when it was started. The store alone would start out
 * "saved" (it writes only after a change), so the page would claim a draft is kept that is not:
 * this says "failed", with the reason, from the first, until a save goes through (a retry here,
 * or the store's own write after the next change, which then speaks for itself).
 */
export function unkeptStore(id: string, store: DraftStore, reason: string, save: Save): DraftStore {
  let refused: DraftSaveState | undefined = { status: "failed", error: reason };
  let base = store.getSnapshot();
  let shown = withSave(base, refused);
  const listeners = new Set<() => void>();

  function publish(): void {
    const next = store.getSnapshot();
    // A write of the store's own has begun: from now on its state is the true one.
    if (next.save !== base.save && next.save.status === "saving") refused = undefined;
    const nextShown =
      next === base && shown.save === (refused ?? base.save) ? shown : withSave(next, refused);
    base = next;
    if (nextShown === shown) return;
    shown = nextShown;
    for (const listener of [...listeners]) listener();
  }
  store.subscribe(publish);

  return {
    getSnapshot: () => shown,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply: store.apply,
    undo: store.undo,
    redo: store.redo,
    retrySave() {
      if (!refused) return store.retrySave();
      if (refused.status !== "failed") return;
      refused = { status: "saving" };
      publish();
      save(id, store.getSnapshot().document).then(
        () => {
          refused = undefined;
          publish();
        },
        (error: unknown) => {
          if (refused) refused = { status: "failed", error: reasonOf(error) };
          publish();
        },
      );
    },
  };
}

/** Reasons for refusal as the store gives them: the error's message. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withSave(snapshot: DraftSnapshot, save: DraftSaveState | undefined): DraftSnapshot {
  return save ? { ...snapshot, save } : snapshot;
}
