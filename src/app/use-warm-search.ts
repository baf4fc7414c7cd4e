import { useEffect, useSyncExternalStore } from "react";
import type { DatasetIndex } from "../domain/dataset-index";
import { warmSearchText } from "../domain/filter";

const BATCH = 2000;

/**
 * Prepares every event's search text in idle moments after the timeline is shown, unless the
 * Worker that read the dataset searches them (see read-off-thread).
 */
export function useWarmSearch(index: DatasetIndex, enabled = true) {
  const remote = index.remote !== undefined;
  useEffect(() => {
    // Not for the events read so far of a large export: the page's time goes to the rest.
    if (remote || !enabled) return;
    let next = 0;
    let handle: number | undefined;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 16));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const work = () => {
      next = warmSearchText(index, next, BATCH);
      if (next < index.events.length) handle = idle(work);
    };
    handle = idle(work);
    return () => {
      if (handle !== undefined) cancel(handle);
    };
  }, [index, remote, enabled]);
}

const NO_SEARCH = () => () => undefined;
const NOTHING_ANSWERED = () => 0;

/**
 * Which of the Worker's search answers have come (a number that changes with each), for a
 * large dataset searched there; 0 otherwise. The view is worked out again when it changes.
 */
export function useRemoteSearched(index: DatasetIndex): number {
  const remote = index.remote;
  return useSyncExternalStore(remote?.subscribe ?? NO_SEARCH, remote?.version ?? NOTHING_ANSWERED);
}
