import type { Dataset } from "../domain/types";
import { DatasetError } from "./dataset-error";
import { startsAcledExport } from "./acled-stream-claim";
import { startsLargeJson } from "./json-stream-claim";
import { fetchBody, type BodyTaker } from "./fetch-text";
import { reportReceived, reportStarts, reportStep } from "./load-progress";
import { OFF_THREAD_FROM_CHARS, readOffThread, type ReadControls } from "./read-off-thread";
import { startReadingWorker, type StartedWorker } from "./reading-worker";
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
  const about = {
    name: base.pathname.split("/").pop() || base.href,
    address: base.href,
    label: `The dataset at ${base.href}`,
    sourceTexts: { base: base.href },
  };
  const controls = {
    signal,
    onStep: (step: string) => reportStep(url, step),
    onStarts: (starts: Float64Array, soFar?: boolean) => reportStarts(url, starts, soFar),
  };
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
