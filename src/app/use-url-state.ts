import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { parseUrlState, serializeUrlState, type UrlState } from "./url-state";
import type { HistoryMode, UrlStore } from "./url-store";

/** The view state the URL holds, and a way to change it: selection pushes, the rest replaces. */
export function useUrlState(store: UrlStore) {
  const search = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const state = useMemo(() => parseUrlState(search), [search]);
  // What could not be read is reported from the link as opened, since the canonical rewrite drops it.
  const opened = store.getOpenedSnapshot();
  const ignored = useMemo(() => parseUrlState(opened).ignored, [opened]);

  // Write the canonical form back (sorted, upper case, no empty parameters), replacing the entry.
  useEffect(() => {
    const canonical = serializeUrlState(state);
    if (canonical !== search) store.set(canonical, "replace");
  }, [store, state, search]);

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
  return { state, search, ignored, update };
}
