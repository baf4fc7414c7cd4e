// The Worker's side of a reading: it runs the reading, posts its steps, timings and events in
// batches, then stays to answer searches. Apart from read-request.ts so that the page, which
// reads small datasets itself with readRequested, never loads the Worker's encoder and search.
import { eventsEncoder, wireTransfer } from "./events-wire";
import type { Dataset, TimelineEvent } from "../domain/types";
import {
  readRequested,
  toWire,
  type ReadMessage,
  type ReadRequest,
  type Timed,
} from "./read-request";
import { searchServer } from "./search-server";

/**
 * A few milliseconds of the page's time to unpack and index (see read-off-thread), well under
 * 50 ms on this machine when it is busy.
 */
export const EVENTS_PER_MESSAGE = 2_000;

/**
 * Above this many events the Worker keeps the summaries and the page asks for those it shows
 * (see remote-summaries.ts): more than a dataset other than an ACLED export may have.
 */
export const SUMMARIES_IN_PAGE_UP_TO = 200_000;

/**
 * The Worker's search over the dataset it read, once the page has it (see search-server), and
 * the summaries it kept, if it did.
 */
export type Served =
  | {
      readonly find: ReturnType<typeof searchServer>["find"];
      readonly summaries?: readonly string[];
    }
  | undefined;

/**
 * Posts events in batches, each with its own tables' additions (a partial set has tables of its
 * own): the page unpacks each message in one task, and 100,000 events in one would hold it for
 * over half a second.
 */
function postEvents(
  events: readonly TimelineEvent[],
  post: (message: ReadMessage, transfer?: Transferable[]) => void,
  partial = false,
  summaries = true,
  afterEach?: (sent: number) => void,
): void {
  const encode = eventsEncoder({ summaries });
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    const batch = encode(events.slice(i, i + EVENTS_PER_MESSAGE));
    post({ type: "events", events: batch, ...(partial && { partial }) }, wireTransfer(batch));
    afterEach?.(i + EVENTS_PER_MESSAGE);
  }
}

/** Answers one request in a Worker: reads it, telling each step and its timing as it goes. */
export function serveReadRequest(
  request: ReadRequest,
  post: (message: ReadMessage, transfer?: Transferable[]) => void,
): Promise<Served> {
  return serveRead(
    (controls) => readRequested(request, controls),
    post,
    request.summariesInPageUpTo,
  );
}

/** What a Worker's reading is given: where to tell each step and the starts, how to time it. */
export interface ServeControls {
  readonly onStep: (step: string) => void;
  readonly onStarts: (starts: Float64Array, soFar?: boolean) => void;
  readonly onPartial: (dataset: Dataset) => void;
  readonly timed: Timed;
}

/**
 * Runs one reading in a Worker, posting its steps, timings, events in batches, then the rest;
 * then stays to answer the page's searches over those events (undefined if the reading failed).
 */
export async function serveRead(
  read: (controls: ServeControls) => Promise<Dataset>,
  post: (message: ReadMessage, transfer?: Transferable[]) => void,
  summariesInPageUpTo = SUMMARIES_IN_PAGE_UP_TO,
): Promise<Served> {
  const timed: Timed = async (step, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      const duration = performance.now() - start;
      post({ type: "measure", step, start: performance.timeOrigin + start, duration });
    }
  };
  try {
    const dataset = await read({
      onStep: (step) => post({ type: "step", step }),
      onStarts: (starts, soFar = false) => post({ type: "starts", starts, soFar }, [starts.buffer]),
      onPartial: (partial) => {
        postEvents(partial.events, post, true);
        post({ type: "partial", dataset: { ...partial, events: [] } });
      },
      timed,
    });
    const keep = dataset.events.length > summariesInPageUpTo;
    // The events' search texts stay here: in the page they would take seconds of its time to
    // work out at 100,000 events, and a fifth of its memory. Each batch's are worked out as it
    // is sent, while the page unpacks it, so that a search just after all are shown finds them
    // ready (at a million, worked out afterwards, they held the first search for seconds).
    const { find, prepare } = searchServer(dataset.events, dataset.sources, (start) => {
      const duration = performance.now() - start;
      post({
        type: "measure",
        step: "search texts",
        start: performance.timeOrigin + start,
        duration,
      });
    });
    await timed("send", () => postEvents(dataset.events, post, false, !keep, prepare));
    post({
      type: "done",
      dataset: { ...dataset, events: [] },
      ...(keep && { summariesKept: true }),
    });
    // The same strings as the events', kept once the events are let go (see search-server).
    const summaries = keep ? dataset.events.map((event) => event.summary) : undefined;
    return { find, ...(summaries && { summaries }) };
  } catch (error) {
    post({ type: "failed", error: toWire(error) });
    return undefined;
  }
}
