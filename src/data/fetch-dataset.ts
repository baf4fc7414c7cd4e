import type { Dataset } from "../domain/types";
import { DatasetError } from "./dataset-error";
import { fetchBytes } from "./fetch-text";
import { reportReceived, reportStarts, reportStep } from "./load-progress";
import { readOffThread } from "./read-off-thread";
import { timed } from "./timed";
import { showControls } from "../domain/bidi";

/** Fetches a dataset (in any format we open) and its source texts, and validates them. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const base = datasetAddress(url);
  reportReceived(url, 0);
  // Decoded where it is read: in a Worker when it is large (see read-off-thread).
  const bytes = await timed("fetch", () =>
    fetchBytes(base, signal, (received, total) => reportReceived(url, received, total)),
  );
  return readOffThread(
    {
      content: { bytes },
      name: base.pathname.split("/").pop() || base.href,
      address: base.href,
      label: `The dataset at ${base.href}`,
      sourceTexts: { base: base.href },
    },
    {
      signal,
      onStep: (step) => reportStep(url, step),
      onStarts: (starts) => reportStarts(url, starts),
    },
  );
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
