import { createContext, useCallback, useContext, useEffect, useSyncExternalStore } from "react";
import type { LoadOptions, LoadStore } from "../data/load-store";

const LoadStoreContext = createContext<LoadStore | undefined>(undefined);

/** Gives the app (or a test) its store of loads: one per page, a fresh one per test. */
export const LoadStoreProvider = LoadStoreContext.Provider;

/** The page's store of loads. */
export function useLoadStore(): LoadStore {
  const store = useContext(LoadStoreContext);
  if (!store) throw new Error("The app needs a LoadStoreProvider around it.");
  return store;
}

/**
 * One load's state, started when `enabled` (pass options that keep their identity while the
 * key stays, e.g. from useMemo), and a Retry that starts it again.
 */
export function useLoad<T>(options: LoadOptions<T>, enabled = true) {
  const store = useLoadStore();
  const { key } = options;
  const subscribe = useCallback(
    (onChange: () => void) => store.subscribe(key, onChange),
    [store, key],
  );
  const state = useSyncExternalStore(subscribe, () => store.state<T>(key));
  useEffect(() => {
    if (enabled) store.fetch(options);
  }, [store, options, enabled]);
  const refetch = useCallback(() => store.refetch(options), [store, options]);
  return { state, refetch };
}
