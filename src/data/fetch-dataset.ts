import type { Dataset } from "../domain/types";
import { DatasetError } from "./dataset-error";
import { startsAcledExport } from "./acled-stream-claim";
import { startsLargeJson } from "./json-stream-claim";
import { fetchBody, type BodyTaker } from "./fetch-text";
import { reportReceived, reportStarts, reportStep } from "./load-progress";
import { OFF_THREAD_FROM_CHARS } from "./off-thread-size";
import { readOffThread, type ReadControls } from "./read-off-thread";
import { startReadingWorker, type StartedWorker } from "./reading-worker";
import { fetchedAbout } from "./fetched-about";
import { takeReadAhead } from "./read-ahead";
import type { StreamRequest } from "./read-stream-request";
import { timed } from "./timed";
import { showControls } from "../domain/bidi";

/**
 * Fetches a dataset (in any format we open) and its source texts, and validates them. A large
 * JSON dataset or ACLED export tells the events read so far to `onPartial` while the rest
 * streams in.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  onPartial?: (dataset: Dataset) => void,
): Promise<Dataset> {
  const base = datasetAddress(url);
  reportReceived(url, 0);
  const about = fetchedAbout(base);
  const controls = {
    signal,
    onStep: (step: string) => reportStep(url, step),
    onStarts: (starts: Float64Array, soFar?: boolean) => reportStarts(url, starts, soFar),
  };
  const fetchHere = () => fetchInPage(url, base, controls, onPartial);
  // Already being fetched and read by a Worker the page's first script started (read-ahead.ts).
  const ahead = takeReadAhead(base.href);
  if (!ahead) return fetchHere();
  const { readAhead } = await import("./read-in-worker").catch((error: unknown) => {
    ahead.worker.terminate();
    throw error;
  });
  return readAhead(ahead, {
    ...controls,
    onPartial,
    onReceived: (received, total) => reportReceived(url, received, total),
    // A small dataset is read in the page, as one the page fetched would be.
    readFetched: (bytes) => readOffThread({ ...about, content: { bytes } }, controls),
    // A Worker that cannot start (a host's policy forbids it, say) leaves the fetch to the page.
    fetchHere,
  });
}

/** Fetches the dataset in the page, reading it in a Worker when it is large. */
async function fetchInPage(
  url: string,
  base: URL,
  controls: Pick<ReadControls, "signal" | "onStep" | "onStarts">,
  onPartial: ((dataset: Dataset) => void) | undefined,
): Promise<Dataset> {
  const { signal } = controls;
  const about = fetchedAbout(base);
  // A body announced this large is read in a Worker whatever it holds (it unpacks to at least
  // as much): started at once, with the page's side of the reading, while the bytes arrive.
  let started: StartedWorker | undefined;
  const takeWorker = () => {
    const taken = started;
    started = undefined;
    return taken;
  };
  const onLength = (bytes: number) => {
    if (bytes < OFF_THREAD_FROM_CHARS || typeof Worker === "undefined") return;
    started = startReadingWorker();
    void import("./read-in-worker");
  };
  try {
    // Decoded where it is read: in a Worker when it is large (see read-off-thread); a large JSON
    // dataset or an ACLED export as it arrives, so that one is never gathered into one string.
    const body = await timed("fetch", () =>
      fetchBody(base, signal, (received, total) => reportReceived(url, received, total), {
        onLength,
        claim: async (pieces, ended) => {
          const posted = { ...about, content: { pieces: "posted" } } as const;
          const json = startsLargeJson(pieces, ended);
          const tell = { ...controls, onPartial };
          if (json !== false) {
            return json && streamedReading({ ...posted, format: "json" }, tell, takeWorker());
          }
          const acled = await startsAcledExport(pieces, ended);
          return acled && streamedReading(posted, tell, takeWorker());
        },
      }),
    );
    if ("taken" in body) return await body.taken;
    return await readOffThread(
      { ...about, content: { bytes: body.bytes } },
      controls,
      takeWorker(),
    );
  } finally {
    // Not needed after all (the download failed, or its length was not its size).
    takeWorker()?.worker.terminate();
  }
}

/** A reading fed the body's pieces as they arrive, which the download can cancel. */
async function streamedReading(
  request: StreamRequest,
  {
    signal,
    ...tell
  }: { signal?: AbortSignal } & Pick<ReadControls, "onStep" | "onStarts" | "onPartial">,
  started: StartedWorker | undefined,
): Promise<BodyTaker<Dataset>> {
  // Loaded with the first streamed dataset; pieces that come meanwhile wait in the download.
  const { readStreamed } = await import("./read-in-worker").catch((error: unknown) => {
    started?.worker.terminate();
    throw error;
  });
  const stopped = new AbortController();
  const cancel = () => stopped.abort(signal?.reason);
  signal?.addEventListener("abort", cancel, { once: true });
  const { feed, outcome } = readStreamed(request, { signal: stopped.signal, ...tell }, started);
  return {
    feed: (piece) => feed(piece === "end" ? { type: "end" } : { type: "piece", bytes: piece }),
    cancel,
    outcome: outcome.finally(() => signal?.removeEventListener("abort", cancel)),
  };
}

/** The dataset's address, resolved against the page; only http(s) is fetched. */
function datasetAddress(url: string): URL {
  let address: URL;
  try {
    address = new URL(url, document.baseURI);
  } catch {
    throw new DatasetError(`"${showControls(url)}" is not a valid dataset address.`, []);
  }
  if (address.protocol !== "http:" && address.protocol !== "https:") {
    throw new DatasetError(
      `The dataset address "${showControls(url)}" is not an http(s) address.`,
      [],
    );
  }
  return address;
}
