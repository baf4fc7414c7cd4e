import { DAY_MS, formatIsoInstant } from "../../domain/dates";
import { isDeepMs } from "../../domain/deep-time";
import type { TimeWindow, When } from "../../domain/types";

// How our files write dates, apart from the writer: "Edit a copy" writes a dataset's dates into a
// draft the same way, without loading the whole export with the editor.

/** A date as our files write it: a date-time only where the precision carries a time. */
export function isoAt(ms: number, precision: When["precision"]): string {
  const iso = formatIsoInstant(ms);
  return precision === "minute" && !iso.includes("T") ? `${iso}T00:00Z` : iso;
}

/**
 * The window the export was made from, so the file opens on what its maker saw: whole days (the
 * format's `initialWindow` holds dates), widened outwards. Left out for deep time, whose years
 * a day-based window cannot hold.
 */
export function windowJson(window: TimeWindow | undefined) {
  if (!window || isDeepMs(window.start) || isDeepMs(window.end)) return {};
  const from = Math.floor(window.start / DAY_MS) * DAY_MS;
  const to = Math.max(Math.ceil(window.end / DAY_MS) * DAY_MS, from + DAY_MS);
  return { initialWindow: { from: formatIsoInstant(from), to: formatIsoInstant(to) } };
}
