import { useSyncExternalStore } from "react";
import type { DraftSnapshot, DraftStore } from "../../data/draft/draft-store";

/** The draft as it stands, re-rendering the component whenever the store changes. */
export function useDraft(store: DraftStore): DraftSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
