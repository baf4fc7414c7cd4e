import { termsKey, type RemoteSearch, type SearchAnswer } from "../domain/remote-search";

/** The page asks a reading Worker which events hold every term (normalized, see filter.ts). */
export interface SearchRequest {
  readonly type: "search";
  readonly id: number;
  readonly terms: readonly string[];
}

/** The Worker's answer: 1 at each matching event's position, in date order. */
export interface SearchFound {
  readonly type: "found";
  readonly id: number;
  readonly matches: Uint8Array;
}

// An answer is a byte per event (a megabyte at a million): a few are kept, for going back.
const KEPT_ANSWERS = 8;

export interface SearchClient extends RemoteSearch {
  /** Takes the Worker's answer. */
  take(found: SearchFound): void;
  /** The Worker has stopped: the page searches by itself from now on. */
  fail(): void;
}

/**
 * The page's side of a search answered by the reading Worker (`post` sends it a request). One
 * request is in flight at a time and only the latest terms asked wait behind it: typing "kabul"
 * asks for "k", then for "kabul", not for every prefix in turn.
 */
export function searchClient(post: (request: SearchRequest) => void): SearchClient {
  type Answered = { matches: Uint8Array; serial: number; terms: readonly string[] };
  const answers = new Map<string, Answered>();
  const listeners = new Set<() => void>();
  let latest: Answered | undefined;
  let inFlight: { id: number; key: string; terms: readonly string[] } | undefined;
  let waiting: readonly string[] | undefined;
  let nextId = 1;
  let version = 0;
  let failed = false;

  const send = (terms: readonly string[]) => {
    inFlight = { id: nextId++, key: termsKey(terms), terms };
    post({ type: "search", id: inFlight.id, terms });
  };
  const changed = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };

  return {
    answer(terms): SearchAnswer | undefined {
      if (failed) return undefined;
      const key = termsKey(terms);
      const known = answers.get(key);
      if (known) return { ...known, final: true };
      if (inFlight === undefined) send(terms);
      else if (inFlight.key !== key) waiting = terms;
      return {
        matches: latest?.matches,
        final: false,
        serial: latest?.serial ?? 0,
        terms: latest?.terms ?? [],
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    take(found) {
      if (failed || found.id !== inFlight?.id) return;
      latest = { matches: found.matches, serial: found.id, terms: inFlight.terms };
      answers.set(inFlight.key, latest);
      // Oldest first in a Map: past the few kept, the oldest answer goes.
      for (const key of answers.keys()) {
        if (answers.size <= KEPT_ANSWERS) break;
        answers.delete(key);
      }
      inFlight = undefined;
      const next = waiting;
      waiting = undefined;
      if (next && !answers.has(termsKey(next))) send(next);
      changed();
    },
    fail() {
      if (failed) return;
      failed = true;
      changed();
    },
  };
}
