import { useEffect } from "react";
import { warmSearchText, type EventSet } from "../domain/filter";

const BATCH = 2000;

/** Prepares every event's search text in idle moments after the timeline is shown. */
export function useWarmSearch(set: EventSet) {
  useEffect(() => {
    let next = 0;
    let handle: number | undefined;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 16));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const work = () => {
      next = warmSearchText(set, next, BATCH);
      if (next < set.events.length) handle = idle(work);
    };
    handle = idle(work);
    return () => {
      if (handle !== undefined) cancel(handle);
    };
  }, [set]);
}
