/**
 * A search answered away from the page: a large dataset's reading Worker keeps the events' search
 * texts (hundreds of megabytes at a million events) and searches them there, so the page holds
 * none and a search never waits for the page to work them out.
 */
export interface RemoteSearch {
  /**
   * Which events hold every term, if known; asking for terms not yet answered sends them, and
   * `subscribe`'s listeners hear when the answer comes. Undefined once the search is gone (its
   * Worker stopped): the page then searches the events itself.
   */
  answer(terms: readonly string[]): SearchAnswer | undefined;
  subscribe(listener: () => void): () => void;
  /** Changes each time an answer comes (for React's useSyncExternalStore). */
  version(): number;
}

export interface SearchAnswer {
  /** 1 where the event at that position (in date order) matches; undefined: none answered yet. */
  readonly matches: Uint8Array | undefined;
  /** False while these terms are being searched: `matches` are then the latest answer's. */
  readonly final: boolean;
  /** Which answer `matches` are, so that what is drawn from one is told from another's. */
  readonly serial: number;
  /** The terms `matches` answer: these, or while they are searched, the latest answer's. */
  readonly terms: readonly string[];
}

/** Terms as one key: normalized terms never hold the control character between them. */
export function termsKey(terms: readonly string[]): string {
  return terms.join("\u0000");
}

/** Whether a normalized search text holds every term (the page's search and the Worker's). */
export function hasEveryTerm(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}
