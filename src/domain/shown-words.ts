import { countOf, formatCount } from "./count";
import { countryName } from "./countries";
import { DAY_MS, formatWhen } from "./dates";
import { MEAN_YEAR_MS } from "./deep-time";
import type { ShownView } from "./shown-view";
import type { Precision, TimeWindow } from "./types";

// A window of a few days reads as days, of months as months, of years as years: the words say
// no more than the axis does.
const MONTHS_FROM_MS = 90 * DAY_MS;
const YEARS_FROM_MS = 3 * MEAN_YEAR_MS;

/** A window in words at a precision that suits its span: "14–19 Aug 2021", "2001–2021". */
export function windowWords(window: TimeWindow): string {
  const span = window.end - window.start;
  const precision: Precision =
    span >= YEARS_FROM_MS
      ? "year"
      : span >= MONTHS_FROM_MS
        ? "month"
        : span < DAY_MS
          ? "minute"
          : "day";
  // The window's end is an instant; the last day shown is the one just before it.
  const last = precision === "minute" ? window.end : Math.max(window.start, window.end - 1);
  const floor = (ms: number) => (precision === "minute" ? ms : Math.floor(ms / DAY_MS) * DAY_MS);
  return formatWhen(
    {
      start: floor(window.start),
      end: floor(last),
      precision,
      approximate: false,
      basis: "explicit",
      note: "",
    },
    { withBasis: false },
  );
}

/** The filters and search in words, or an empty list when nothing narrows the view. */
export function filterWords(shown: Pick<ShownView, "countries" | "groups" | "query">): string[] {
  const parts: string[] = [];
  if (shown.countries.length > 0) {
    const names = shown.countries.map((code) => countryName(code) ?? code);
    parts.push(`${shown.countries.length === 1 ? "country" : "countries"}: ${names.join(", ")}`);
  }
  if (shown.groups.length > 0) {
    parts.push(`${shown.groups.length === 1 ? "group" : "groups"}: ${shown.groups.join(", ")}`);
  }
  const query = shown.query.trim();
  if (query) parts.push(`search: “${query}”`);
  return parts;
}

/**
 * What the view shows, as one line for a printout or an image:
 * "Showing 9 of 16 events · countries: Russia, Afghanistan · 14–19 Aug 2021".
 */
export function shownSentence(shown: ShownView): string {
  const total = shown.dataset.events.length;
  const count =
    shown.events.length === total
      ? total === 1
        ? "Showing the one event"
        : `Showing all ${countOf(total, "event", "events")}`
      : `Showing ${formatCount(shown.events.length)} of ${countOf(total, "event", "events")}`;
  return [count, ...filterWords(shown), windowWords(shown.window)].join(" · ");
}
