import type { Dataset } from "../domain/types";
import { eventsDecoder } from "./events-wire";
import { ownBuffers, type FetchedBytes } from "./fetched-bytes";
import { addPrepared, prepareIndex, preparedIndex } from "../domain/prepared-index";
import { fromWire, readRequested, type ReadMessage, type ReadRequest } from "./read-request";
import type { ReadControls } from "./read-off-thread";
import { searchClient, type SearchClient } from "./search-client";
import { summariesClient } from "./summaries-client";
import type { RemoteSummaries } from "../domain/remote-summaries";
import { startReadingWorker, type StartedWorker } from "./reading-worker";
import { timed } from "./timed";
import { nextTask } from "./next-task";
import {
  postedStream,
  readStreamRequest,
  type PieceMessage,
  type StreamRequest,
} from "./read-stream-request";

// The page's side of a reading Worker: loaded only for a dataset large enough to be read in
// one (see read-off-thread) or read as it arrives, so the built-in view never loads it.

/**
 * Reads an ACLED export as its bytes arrive, in a Worker (or in the page where there is none):
 * a file's bytes the reading takes itself; a fetch's, `feed` hands over piece by piece.
 */
export function readStreamed(
  request: StreamRequest,
  controls: ReadControls = {},
  started?: StartedWorker,
): { feed: (message: PieceMessage) => void; outcome: Promise<Dataset> } {
  // Pieces wait here until a reading takes them: a Worker takes a while to start.
  const waiting: PieceMessage[] = [];
  let feed: ((message: PieceMessage) => void) | undefined;
  const readHere = () => {
    const { stream, feed: feedHere } = postedStream();
    feed = feedHere;
    waiting.splice(0).forEach(feedHere);
    const { content } = request;
    const bytes = "file" in content ? content.file.stream() : stream;
    const { signal, onStep, onPartial } = controls;
    const reading = readStreamRequest(request, bytes, { signal, onStep, onPartial, timed });
    // Cancelled as a Worker is: the promise rejects with the reason, and no more is read.
    if (!signal) return reading;
    return new Promise<Dataset>((resolve, reject) => {
      const cancel = () => {
        void bytes.cancel(signal.reason).catch(() => undefined);
        reject(signal.reason);
      };
      if (signal.aborted) cancel();
      signal.addEventListener("abort", cancel, { once: true });
      reading.then(resolve, reject).finally(() => signal.removeEventListener("abort", cancel));
    });
  };
  const outcome =
    typeof Worker === "undefined"
      ? readHere()
      : inWorker(
          (worker) => {
            worker.postMessage(request);
            feed = (message) => {
              // Handed over, not copied, when the piece owns its whole buffer (a fetch's do).
              const { buffer, byteOffset, byteLength } =
                message.type === "piece" ? message.bytes : new Uint8Array(0);
              const whole = byteOffset === 0 && byteLength === buffer.byteLength && byteLength > 0;
              worker.postMessage(message, whole ? [buffer] : []);
            };
            waiting.splice(0).forEach(feed);
          },
          readHere,
          controls,
          started,
        );
  return { feed: (message) => (feed ? feed(message) : void waiting.push(message)), outcome };
}

/** Reads a large dataset in a Worker (read-off-thread decides when), one `started` if given. */
export function readInWorker(
  request: ReadRequest,
  controls: ReadControls,
  started?: StartedWorker,
): Promise<Dataset> {
  return inWorker(
    (worker) => {
      // Handed over, not copied (copying 40 MB holds the page for a fifth of a second), and
      // only once the Worker runs: a Worker that cannot start leaves the bytes here to read.
      const { content } = request;
      worker.postMessage(request, "bytes" in content ? ownBuffers(content.bytes) : []);
    },
    () => readRequested(request, { signal: controls.signal, onStep: controls.onStep, timed }),
    controls,
    started,
  );
}

/** What a Worker fetching ahead needs of the page beyond a reading's controls. */
export interface AheadControls extends ReadControls {
  readonly onReceived: (received: number, total: number | undefined) => void;
  /** Reads the bytes of a dataset too small for the Worker, which handed them back. */
  readonly readFetched: (bytes: FetchedBytes) => Promise<Dataset>;
  /** Fetches the dataset in the page after all: the Worker could not start. */
  readonly fetchHere: () => Promise<Dataset>;
}

/**
 * Takes over a Worker the page's first script started to fetch and read the dataset (see
 * read-ahead.ts): what it has told so far is heard first, then the rest as it comes, as from any
 * reading Worker.
 */
export function readAhead(ahead: StartedWorker, controls: AheadControls): Promise<Dataset> {
  const { onReceived, readFetched, fetchHere, ...reading } = controls;
  // Its work was sent with it (nothing to send); one that cannot start leaves the fetch here.
  return inWorker(() => undefined, fetchHere, reading, ahead, { onReceived, readFetched });
}

/**
 * Starts a reading Worker (or takes one `started` ahead), sends it its work once it runs
 * (`send`), and gathers its answer; where a Worker cannot start, reads in the page instead
 * (`readHere`).
 */
function inWorker(
  send: (worker: Worker) => void,
  readHere: () => Promise<Dataset>,
  controls: ReadControls,
  started?: StartedWorker,
  fetchedAhead?: Pick<AheadControls, "onReceived" | "readFetched">,
): Promise<Dataset> {
  const { signal, onStep, onStarts, onPartial } = controls;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      started?.worker.terminate();
      reject(signal.reason);
      return;
    }
    const { worker, running } = started ?? startReadingWorker();
    let stopped = false;
    const finish = () => {
      stopped = true;
      worker.terminate();
      signal?.removeEventListener("abort", cancel);
    };
    const cancel = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", cancel);
    // The index's parts are prepared as the events arrive, a batch per task.
    const preparing = prepareIndex();
    const decode = eventsDecoder();
    // The events read so far of a streamed export, told ahead of the whole (own tables).
    let partial = { preparing: prepareIndex(), decode: eventsDecoder() };
    let sent = false;
    // A Worker that cannot start (a host's policy forbids it, say): read in the page instead,
    // slower to paint but the same result.
    void running.then((runs) => {
      if (stopped) return;
      if (runs) {
        // A Worker started ahead was given its work with it.
        if (!started?.ahead) send(worker);
        sent = true;
      } else {
        finish();
        resolve(readHere());
      }
    });
    const hear = (message: ReadMessage) => {
      if (message.type === "events") {
        if (message.partial) addPrepared(partial.preparing, partial.decode(message.events));
        else addPrepared(preparing, decode(message.events));
      } else if (message.type === "partial") {
        // Searched in the page: the Worker is busy reading the rest.
        const prepared = preparedIndex(partial.preparing);
        partial = { preparing: prepareIndex(), decode: eventsDecoder() };
        void onPartial?.({ ...message.dataset, events: prepared.events, prepared });
      } else if (message.type === "step") onStep?.(message.step);
      else if (message.type === "starts") onStarts?.(message.starts, message.soFar);
      else if (message.type === "measure") tellMeasure(message);
      else if (message.type === "done") {
        // The Worker stays to answer the dataset's searches, for as long as the dataset is held.
        signal?.removeEventListener("abort", cancel);
        const kept = keptSearching(worker, message.summariesKept === true);
        const prepared = preparedIndex(preparing, kept.search, kept.summaries);
        resolve({ ...message.dataset, events: prepared.events, prepared });
      } else if (message.type === "failed") {
        finish();
        reject(fromWire(message.error));
      } else if (message.type === "received") {
        fetchedAhead?.onReceived(message.received, message.total);
      } else if (message.type === "fetched" && fetchedAhead) {
        finish();
        resolve(fetchedAhead.readFetched(message.bytes));
      }
    };
    const listen = (event: MessageEvent<ReadMessage>) => hear(event.data);
    const heard = started?.ahead?.heard ?? [];
    if (heard.length === 0) worker.onmessage = listen;
    else {
      // What a Worker started ahead told before the page listened, heard first and in order, a
      // message per task (a batch of events is a few milliseconds to unpack, and many may have
      // come while the page's script loaded); what it tells meanwhile waits behind them.
      const waiting = (event: MessageEvent<ReadMessage>) => void heard.push(event.data);
      worker.onmessage = waiting;
      const next = async () => {
        for (let message = heard.shift(); message && !stopped; message = heard.shift()) {
          hear(message);
          await nextTask();
        }
        // (Unless the dataset is whole and its searches have taken the Worker over.)
        if (worker.onmessage === waiting) worker.onmessage = listen;
      };
      void next();
    }
    // Once the work is handed over (its bytes moved, its pieces posted), only the Worker has it;
    // before, `running` tells that it could not start.
    worker.onerror = (event) => {
      event.preventDefault();
      if (!sent) return;
      finish();
      reject(
        new Error(
          "The reading stopped before it finished (the browser may have run short of memory).",
        ),
      );
    };
  });
}

/** A Worker's step told again in the page's own timeline, where the benchmark reads the steps. */
function tellMeasure(message: Extract<ReadMessage, { type: "measure" }>): void {
  performance.measure(`sourceline:${message.step}`, {
    start: Math.max(0, message.start - performance.timeOrigin),
    duration: message.duration,
  });
}

// A Worker kept for searching ends when its dataset is no longer held anywhere (the store of
// loads forgets it, another replaces it), since nothing else tells when a search is last used.
const ended = new FinalizationRegistry<Worker>((worker) => worker.terminate());

/**
 * The page's search through a reading Worker, which lives as long as the dataset it read, and
 * the summaries the Worker kept, if it did (`summaries`).
 */
function keptSearching(
  worker: Worker,
  summaries: boolean,
): { search: SearchClient; summaries?: RemoteSummaries } {
  const search = searchClient((request) => worker.postMessage(request));
  const summariesFrom = summaries
    ? summariesClient((request) => worker.postMessage(request))
    : undefined;
  // The Worker's handlers hold the search weakly: held strongly, the running Worker would keep
  // it, and so itself, alive for ever. The summaries hold the search, so the Worker lives as
  // long as either is held.
  const held = new WeakRef(search);
  const heldSummaries = summariesFrom && new WeakRef(summariesFrom);
  worker.onmessage = (event: MessageEvent<ReadMessage>) => {
    const message = event.data;
    if (message.type === "found") held.deref()?.take(message);
    else if (message.type === "summaries-found") heldSummaries?.deref()?.take(message);
    else if (message.type === "measure") tellMeasure(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    held.deref()?.fail();
    heldSummaries?.deref()?.fail();
  };
  ended.register(search, worker);
  if (!summariesFrom) return { search };
  return {
    search,
    summaries: {
      get: (positions) => {
        void search; // keeps the Worker's search, and so the Worker, alive while these are held
        return summariesFrom.get(positions);
      },
    },
  };
}
