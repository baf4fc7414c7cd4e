import type { Citation, TimelineEvent, When } from "../domain/types";
import { createSharedValues, intern, internList, type SharedValues } from "./shared-values";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const NO_QUOTES: TimelineEvent["quotes"] = Object.freeze([]);

/** What one reading's batches share: strings and lists, and dates by their start. */
export interface ReceivedShare {
  readonly values: SharedValues;
  readonly whens: Map<number, When[]>;
}

/** An empty share, for one reading. */
export function receivedShare(): ReceivedShare {
  return { values: createSharedValues(), whens: new Map() };
}

/**
 * Events as a reading Worker sent them, their repeated values shared again (in place: the
 * objects are the message's own). A message copies every string and list, so a million events
 * would hold a million copies of "Protests", of each country list (which the country filter
 * counts once per shared list) and of each date; the build had kept them once (shared-values).
 */
export function shareReceived(
  events: TimelineEvent[],
  { values: shared, whens }: ReceivedShare,
): TimelineEvent[] {
  for (const received of events) {
    const event = received as Writable<TimelineEvent>;
    event.title = intern(shared, event.title);
    event.kind = intern(shared, event.kind);
    event.countries = internList(shared, event.countries);
    event.actors = internList(shared, event.actors);
    event.when = sharedWhen(event.when, whens);
    if (event.quotes.length === 0) event.quotes = NO_QUOTES;
    if (event.group !== undefined) event.group = intern(shared, event.group);
    if (event.citation) {
      const citation = event.citation as Writable<Citation>;
      citation.url = intern(shared, citation.url);
      citation.credit = intern(shared, citation.credit);
    }
  }
  return events;
}

/** One copy of each date: most events share theirs with others of the same day. */
function sharedWhen(when: When, whens: Map<number, When[]>): When {
  let same = whens.get(when.start);
  if (!same) {
    same = [];
    whens.set(when.start, same);
  }
  const known = same.find(
    (other) =>
      other.end === when.end &&
      other.precision === when.precision &&
      other.approximate === when.approximate &&
      other.basis === when.basis &&
      other.note === when.note,
  );
  if (known) return known;
  same.push(when);
  return when;
}
