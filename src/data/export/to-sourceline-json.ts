import type { Dataset, Era, Quote, TimelineEvent, TimeWindow, When } from "../../domain/types";
import { jsonText } from "./json-text";
import { isoAt, windowJson } from "./file-dates";
import { quoteStatus } from "../../domain/quote-status";

/**
 * The shown events in our own format, re-importable as they are: each with its dates, facets,
 * citation and quotes, and the sources those quotes point into, with their text inline so the
 * file stands alone.
 */
export function toSourcelineJson(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  window?: TimeWindow,
): string {
  return jsonText(sourcelineDocument(dataset, events, window), events.length);
}

/** The document our JSON export writes, before it is text (the columns export reshapes it). */
export function sourcelineDocument(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  window?: TimeWindow,
) {
  const sourceIds = new Set(events.flatMap((event) => event.quotes.map((q) => q.sourceId)));
  return {
    version: 1,
    title: dataset.title,
    description: dataset.description,
    ...windowJson(window ?? dataset.initialWindow),
    sources: dataset.sources
      .filter((source) => sourceIds.has(source.id))
      .map((source) => {
        const { id, title, publisher, url, publishedAt, archiveUrl, archivedAt, text } = source;
        return {
          id,
          title,
          publisher,
          url,
          publishedAt,
          ...(archiveUrl === undefined ? {} : { archiveUrl }),
          ...(archivedAt === undefined ? {} : { archivedAt }),
          // The hash of the text quoted, not of this one: a changed text stays said to be changed.
          ...(source.textSha256 === undefined ? {} : { textSha256: source.textSha256 }),
          text,
        };
      }),
    eras: dataset.eras.map(eraJson),
    events: events.map(eventJson),
  };
}

function eventJson(event: TimelineEvent) {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    kind: event.kind,
    countries: event.countries,
    actors: event.actors,
    when: whenJson(event.when),
    quotes: event.quotes.map(quoteJson),
    ...(event.group === undefined ? {} : { group: event.group }),
    ...(event.citation === undefined ? {} : { citation: event.citation }),
    ...(event.displayDate === undefined ? {} : { displayDate: event.displayDate }),
  };
}

// Fields at the format's defaults are left out, as a hand-written file leaves them: at 100,000
// events they would add about 8 MB, enough to push an export past the 50 MB the app opens.
function whenJson(when: When) {
  return {
    start: isoAt(when.start, when.precision),
    ...(when.end === undefined ? {} : { end: isoAt(when.end, when.precision) }),
    ...(when.precision === "day" ? {} : { precision: when.precision }),
    ...(when.approximate ? { approximate: true } : {}),
    ...(when.basis === "explicit" ? {} : { basis: when.basis }),
    ...(when.note === "" ? {} : { note: when.note }),
  };
}

function quoteJson(quote: Quote) {
  const { sourceId, exact, start, end, prefix, suffix, speaker } = quote;
  const status = quoteStatus(quote);
  // A quote found nowhere that came without offsets holds the empty range 0–0, which says
  // nothing: it goes out without offsets, as it came in.
  const placeless = quote.missing === true && start === 0 && end === 0;
  return {
    sourceId,
    exact,
    ...(placeless ? {} : { start, end }),
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
    ...(speaker ? { speaker } : {}),
    // Said only when not exact. `exact` stays the words quoted, and the offsets say where they (or
    // the closest words) are now: read back, "moved" is kept, the rest found again the same way.
    ...(status === "exact" ? {} : { status }),
  };
}

function eraJson(era: Era) {
  return {
    title: era.title,
    start: isoAt(era.start, era.precision),
    end: isoAt(era.end, era.precision),
    precision: era.precision,
  };
}
