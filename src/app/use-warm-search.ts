import { useEffect } from "react";
import { warmSearchText } from "../domain/filter";
import type { TimelineEvent } from "../domain/types";

const BATCH = 2000;

/** Prepares every event's search text in idle moments after the timeline is shown. */
export function useWarmSearch(events: readonly TimelineEvent[]) {
  useEffect(() => {
    let next = 0;
    let handle: number | undefined;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 16));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const work = () => {
      next = warmSearchText(events, next, BATCH);
      if (next < events.length) handle = idle(work);
    };
    handle = idle(work);
    return () => {
      if (handle !== undefined) cancel(handle);
    };
  }, [events]);
}
