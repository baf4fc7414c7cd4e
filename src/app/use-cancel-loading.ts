import { useCallback, useEffect, useRef, useState } from "react";
import { datasetQueryOptions } from "../data/dataset-query";
import { useLoadStore } from "./use-load";
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState } from "./url-state";
import type { UrlStore } from "./url-store";

/** A load the user cancelled: what it was, and the link that asked for it, to open again. */
export interface CancelledLoad {
  readonly datasetUrl: string;
  readonly search: string;
}

/**
 * Cancel for a dataset that is loading: stops its download and reading (the load's signal ends
 * both the fetch and the Worker) and goes back to the view shown before, or to the built-in
 * timeline; the cancelled link is kept, to open again.
 */
export function useCancelLoading(
  store: UrlStore,
  datasetUrl: string,
  search: string,
  shown: boolean,
) {
  const loads = useLoadStore();
  const [cancelled, setCancelled] = useState<CancelledLoad | undefined>(undefined);
  // The last view that showed a dataset, exactly as its link was (event, filters, window).
  const lastShown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (shown) lastShown.current = search;
  }, [shown, search]);

  const cancel = useCallback(() => {
    const link = store.getSnapshot();
    loads.cancel(datasetQueryOptions(datasetUrl).key);
    setCancelled({ datasetUrl, search: link });
    const back =
      lastShown.current ??
      serializeUrlState({ ...EMPTY_URL_STATE, extra: parseUrlState(link).extra });
    store.set(back, "replace");
  }, [loads, store, datasetUrl]);

  const reopen = useCallback(() => {
    if (!cancelled) return;
    setCancelled(undefined);
    store.set(cancelled.search, "push");
  }, [cancelled, store]);
  const dismiss = useCallback(() => setCancelled(undefined), []);
  return { cancelled, cancel, reopen, dismiss };
}
