/**
 * The benchmark's "first paint": the first frame that shows the dataset's events, whether as the
 * loading screen's preview of their start times or as the explorer itself. Marked once per page.
 */
export function markFirstPaint(): void {
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(FIRST_PAINT).length > 0) return;
    performance.mark(FIRST_PAINT);
  });
}

export const FIRST_PAINT = "sourceline:first-paint";

/** The benchmark's "complete": the first frame that shows every event of the dataset. */
export function markComplete(): void {
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(COMPLETE).length > 0) return;
    performance.mark(COMPLETE);
  });
}

export const COMPLETE = "sourceline:complete";
