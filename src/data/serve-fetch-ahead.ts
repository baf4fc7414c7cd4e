// The Worker's side of a download fetched ahead of the page: the page's first script
// (public/preload-dataset.js) starts this Worker for the dataset the address names, so that the
// download and the reading of its first events run while the page's own script is still loading
// and compiling, not after it. The page takes it over once it asks for that dataset
// (read-ahead.ts); until then the Worker's messages wait in the page.
import type { Dataset } from "../domain/types";
import { startsAcledExport } from "./acled-stream-claim";
import { fetchBody, type BodyTaker } from "./fetch-text";
import { fetchedAbout } from "./fetched-about";
import { fetchedLength, ownBuffers } from "./fetched-bytes";
import { startsLargeJson } from "./json-stream-claim";
import { OFF_THREAD_FROM_CHARS } from "./off-thread-size";
import { toWire, type ReadMessage } from "./read-request";
import { postedStream, readStreamRequest, type StreamRequest } from "./read-stream-request";
import { serveRead, serveReadRequest, type Served } from "./serve-read";

type Post = (message: ReadMessage, transfer?: Transferable[]) => void;

/**
 * Fetches the dataset at `address` here, as the page would (fetch-dataset.ts: the same time and
 * size limits, the same errors), telling the page what arrives; reads it here when it is large or
 * streams (its events posted as any reading's), or hands a small one's bytes to the page.
 */
export async function serveFetchAhead(
  address: string,
  post: Post,
  // The response the Worker asked for as soon as it ran (read-dataset-worker.ts), if it did.
  asked?: (signal: AbortSignal) => Promise<Response>,
): Promise<Served> {
  const url = new URL(address);
  const about = fetchedAbout(url);
  let served: Promise<Served> = Promise.resolve(undefined);
  // A reading fed by the download stops when the download fails: the page is told why the
  // download failed, not that its reading was cut short. A reading's own refusal (a row limit)
  // is told as it comes, and ends the download.
  let downloadFailed = false;
  let told = false;
  const reading: Post = (message, transfer) => {
    if (message.type === "failed") {
      if (downloadFailed || told) return;
      told = true;
    }
    post(message, transfer);
  };
  const take = (request: StreamRequest): BodyTaker<Dataset> => {
    const { stream, feed } = postedStream();
    const outcome = new Promise<Dataset>((resolve, reject) => {
      served = serveRead((controls) => {
        const read = readStreamRequest(request, stream, controls);
        read.then(resolve, reject);
        return read;
      }, reading);
    });
    return {
      feed: (piece) => feed(piece === "end" ? { type: "end" } : { type: "piece", bytes: piece }),
      cancel: () => {
        downloadFailed = true;
        void stream.cancel().catch(() => undefined);
      },
      outcome,
    };
  };
  const start = performance.now();
  // Most large datasets are our JSON, read as they stream: its reader loads while the download
  // starts, not once its first 2 MB are in.
  void import("./read-json-stream").catch(() => undefined);
  try {
    const body = await fetchBody(
      url,
      undefined,
      (received, total) =>
        post({ type: "received", received, ...(total !== undefined && { total }) }),
      {
        // As the page decides (fetch-dataset.ts): a large JSON dataset or an ACLED export is read
        // as it arrives; anything else is gathered first.
        ...(asked && { asked }),
        claim: async (pieces, ended) => {
          const posted = { ...about, content: { pieces: "posted" } } as const;
          const json = startsLargeJson(pieces, ended);
          if (json !== false) return json && take({ ...posted, format: "json" });
          const acled = await startsAcledExport(pieces, ended);
          return acled && take(posted);
        },
      },
    );
    post({
      type: "measure",
      step: "fetch",
      start: performance.timeOrigin + start,
      duration: performance.now() - start,
    });
    if ("taken" in body) {
      await body.taken.catch(() => undefined);
      return await served;
    }
    if (fetchedLength(body.bytes) < OFF_THREAD_FROM_CHARS) {
      post({ type: "fetched", bytes: body.bytes }, ownBuffers(body.bytes));
      return undefined;
    }
    return await serveReadRequest({ ...about, content: { bytes: body.bytes } }, reading);
  } catch (error) {
    downloadFailed = true;
    if (!told) post({ type: "failed", error: toWire(error) });
    return undefined;
  }
}
