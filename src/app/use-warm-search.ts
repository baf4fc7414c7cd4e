import { useEffect } from "react";
import type { DatasetIndex } from "../domain/dataset-index";
import { warmSearchText } from "../domain/filter";

const BATCH = 2000;

/**
 * Prepares every event's search text in idle moments after the timeline is shown, unless the
 * Worker that read the dataset sends them (see read-off-thread): then a text not yet arrived
 * when a search asks for it is worked out on demand.
 */
export function useWarmSearch(index: DatasetIndex) {
  const prepared = index.dataset.prepared?.events === index.events;
  useEffect(() => {
    if (prepared) return;
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
  }, [index, prepared]);
}
