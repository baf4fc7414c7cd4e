import { hasEveryTerm } from "../domain/remote-search";
import { searchTextOf, sourceWordsOf } from "../domain/search";
import type { Source, TimelineEvent } from "../domain/types";
import type { SearchFound, SearchRequest } from "./search-client";

// Texts worked out per task between searches: some 30 ms of ACLED's notes, so a search waits
// little, and few enough tasks that their timers' clamping to 4 ms adds little.
const TEXTS_PER_TASK = 10_000;

/**
 * The reading Worker's side of the search (see search-client.ts): it works out the events'
 * search texts as they are sent (`prepare`), then in the background, keeps them instead of the
 * events, and answers each request from them (finishing the texts first if it must).
 */
export function searchServer(
  events: readonly TimelineEvent[],
  sources: readonly Source[],
  /** Hears when every text is worked out, and when that began (`performance.now()`). */
  onTexts?: (started: number) => void,
): {
  readonly find: (request: SearchRequest) => SearchFound;
  /** Works out the texts of the first `to` events now (each batch's, as it is sent). */
  readonly prepare: (to: number) => void;
} {
  const count = events.length;
  const sourceWords = sourceWordsOf(sources);
  const texts = new Array<string>(count);
  const started = performance.now();
  let done = 0;
  let source: readonly TimelineEvent[] | undefined = events;
  const textsUpTo = (to: number) => {
    if (!source) return;
    for (; done < to; done++)
      texts[done] = searchTextOf(source[done] as TimelineEvent, sourceWords);
    // Once all are worked out, the events themselves are no longer held here.
    if (done === count) {
      source = undefined;
      onTexts?.(started);
    }
  };
  const background = () => {
    textsUpTo(Math.min(count, done + TEXTS_PER_TASK));
    if (source) setTimeout(background);
  };
  setTimeout(background);
  return {
    prepare: (to) => textsUpTo(Math.min(count, to)),
    find({ id, terms }) {
      textsUpTo(count);
      const matches = new Uint8Array(count);
      for (let i = 0; i < count; i++) if (hasEveryTerm(texts[i] as string, terms)) matches[i] = 1;
      return { type: "found", id, matches };
    },
  };
}
