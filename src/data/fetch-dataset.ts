import type { Dataset } from "../domain/types";
import { DatasetError } from "./dataset-error";
import { startsAcledExport } from "./acled-stream-claim";
import { startsLargeJson } from "./json-stream-claim";
import { fetchBody, type BodyTaker } from "./fetch-text";
import { reportReceived, reportStarts, reportStep } from "./load-progress";
import { readOffThread, type ReadControls } from "./read-off-thread";
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
  // Decoded where it is read: in a Worker when it is large (see read-off-thread); a large JSON
  // dataset or an ACLED export as it arrives, so that one is never gathered into one string.
  const body = await timed("fetch", () =>
    fetchBody(base, signal, (received, total) => reportReceived(url, received, total), {
      claim: async (pieces, ended) => {
        const posted = { ...about, content: { pieces: "posted" } } as const;
        const json = startsLargeJson(pieces, ended);
        if (json !== false) {
          return json && streamedReading({ ...posted, format: "json" }, { ...controls, onPartial });
        }
        const acled = await startsAcledExport(pieces, ended);
        return acled && streamedReading(posted, { ...controls, onPartial });
      },
    }),
  );
  if ("taken" in body) return body.taken;
  return readOffThread({ ...about, content: { bytes: body.bytes } }, controls);
}

/** A reading fed the body's pieces as they arrive, which the download can cancel. */
async function streamedReading(
  request: StreamRequest,
  {
    signal,
    ...tell
  }: { signal?: AbortSignal } & Pick<ReadControls, "onStep" | "onStarts" | "onPartial">,
): Promise<BodyTaker<Dataset>> {
  // Loaded with the first streamed dataset; pieces that come meanwhile wait in the download.
  const { readStreamed } = await import("./read-in-worker");
  const stopped = new AbortController();
  const cancel = () => stopped.abort(signal?.reason);
  signal?.addEventListener("abort", cancel, { once: true });
  const { feed, outcome } = readStreamed(request, { signal: stopped.signal, ...tell });
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
