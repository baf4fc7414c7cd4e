import type { TimelineEvent } from "./types";

/** How many sources an event quotes (a source quoted twice counts once). */
export function sourceCountOf(event: Pick<TimelineEvent, "quotes">): number {
  const { quotes } = event;
  if (quotes.length < 2) return quotes.length;
  return new Set(quotes.map((quote) => quote.sourceId)).size;
}

/** ", 2 sources" where an event quotes several, for a marker's or a row's name; else "". */
export function manySourcesNote(event: Pick<TimelineEvent, "quotes">): string {
  const count = sourceCountOf(event);
  return count > 1 ? `${count} sources` : "";
}
