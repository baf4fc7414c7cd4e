import { searchTextOf } from "./search";
import type { TimelineEvent } from "./types";

// Between two events' texts: a character no search term holds, so no match spans two events.
const SEPARATOR = "\u0000";

/**
 * Every event's search text joined once into one string, with where each event's text starts.
 * A term is then found across 100,000 events by the engine's own string scan, not by 100,000
 * `includes` calls; the joined text is also the only copy kept.
 */
interface Corpus {
  /** The texts prepared so far, until all are and they are joined. */
  parts: string[] | undefined;
  text: string;
  /** Where event i's text starts; one more entry for the end. */
  starts: Int32Array;
}

const corpora = new WeakMap<readonly TimelineEvent[], Corpus>();

function corpusOf(events: readonly TimelineEvent[]): Corpus {
  let corpus = corpora.get(events);
  if (!corpus) {
    corpus = { parts: [], text: "", starts: new Int32Array(0) };
    corpora.set(events, corpus);
  }
  return corpus;
}

/** Prepares the search text of up to `count` more events; returns how many are prepared. */
export function prepareSearchText(events: readonly TimelineEvent[], count: number): number {
  const corpus = corpusOf(events);
  const parts = corpus.parts;
  if (!parts) return events.length;
  const to = Math.min(parts.length + count, events.length);
  for (let i = parts.length; i < to; i++) parts.push(searchTextOf(events[i] as TimelineEvent));
  if (to === events.length) join(corpus, parts);
  return to;
}

function join(corpus: Corpus, parts: readonly string[]) {
  const starts = new Int32Array(parts.length + 1);
  let at = 0;
  parts.forEach((part, i) => {
    starts[i] = at;
    at += part.length + SEPARATOR.length;
  });
  starts[parts.length] = at;
  corpus.text = parts.join(SEPARATOR) + SEPARATOR;
  corpus.starts = starts;
  corpus.parts = undefined;
}

/** The indexes, ascending, of the events whose search text contains every term. */
export function matchingIndexes(events: readonly TimelineEvent[], terms: readonly string[]) {
  const [first, ...rest] = terms;
  if (first === undefined || terms.some((term) => term.includes(SEPARATOR))) return [];
  prepareSearchText(events, events.length);
  const { text, starts } = corpusOf(events);
  const found: number[] = [];
  let event = 0;
  for (let at = text.indexOf(first); at !== -1;) {
    event = eventAt(starts, at, event);
    const end = (starts[event + 1] as number) - SEPARATOR.length;
    // The first term is found by the scan; the others only within this event's own text.
    if (rest.length === 0 || rest.every((term) => text.slice(starts[event], end).includes(term))) {
      found.push(event);
    }
    at = text.indexOf(first, starts[event + 1]);
  }
  return found;
}

/** The event whose text holds position `at`, searching from `from` on (hits come in order). */
function eventAt(starts: Int32Array, at: number, from: number): number {
  let low = from;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] as number) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
