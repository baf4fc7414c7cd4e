import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseUrlState, serializeUrlState, type UrlState } from "./url-state";
import type { HistoryMode, UrlStore } from "./url-store";

/** The view state the URL holds, and a way to change it: selection pushes, the rest replaces. */
export function useUrlState(store: UrlStore) {
  const search = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const state = useMemo(() => parseUrlState(search), [search]);
  // The link as opened (on load, Back or Forward), so notices about it outlive the canonical rewrite.
  const opened = store.getOpenedSnapshot();
  const openedState = useMemo(() => parseUrlState(opened), [opened]);
  const update = useCallback(
    (change: Partial<UrlState>, mode?: HistoryMode) => {
      const current = parseUrlState(store.getSnapshot());
      const next = { ...current, ...change };
      const pushes =
        mode ?? ("event" in change && change.event !== current.event ? "push" : "replace");
      store.set(serializeUrlState(next), pushes);
    },
    [store],
  );
  return { state, search, openedState, update };
}
