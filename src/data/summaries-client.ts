import type { RemoteSummaries } from "../domain/remote-summaries";

/** The page asks a reading Worker for the summaries it kept (see SUMMARIES_IN_PAGE_UP_TO). */
export interface SummariesRequest {
  readonly type: "summaries";
  readonly id: number;
  readonly positions: readonly number[];
}

/** The Worker's answer, in the order asked. */
export interface SummariesFound {
  readonly type: "summaries-found";
  readonly id: number;
  readonly summaries: readonly string[];
}

export interface SummariesClient extends RemoteSummaries {
  /** Takes the Worker's answer. */
  take(found: SummariesFound): void;
  /** The Worker has stopped: every request waiting, and every later one, fails. */
  fail(): void;
}

/** The page's side: each request waits for its own answer (`post` sends it to the Worker). */
export function summariesClient(post: (request: SummariesRequest) => void): SummariesClient {
  const waiting = new Map<
    number,
    { resolve: (summaries: readonly string[]) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  let failed = false;
  const stopped = () => new Error("The summaries could not be loaded: the reading stopped.");
  return {
    get(positions) {
      if (failed) return Promise.reject(stopped());
      if (positions.length === 0) return Promise.resolve([]);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        post({ type: "summaries", id, positions });
      });
    },
    take(found) {
      const request = waiting.get(found.id);
      waiting.delete(found.id);
      request?.resolve(found.summaries);
    },
    fail() {
      failed = true;
      for (const request of waiting.values()) request.reject(stopped());
      waiting.clear();
    },
  };
}

/**
 * The Worker's side: answers from the summaries it kept, "" for a position it does not have
 * (none, unless the page asks wrongly).
 */
export function answerSummaries(
  kept: readonly string[],
  request: SummariesRequest,
): SummariesFound {
  return {
    type: "summaries-found",
    id: request.id,
    summaries: request.positions.map((position) => kept[position] ?? ""),
  };
}
