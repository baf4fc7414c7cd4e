import type { Dataset } from "../domain/types";
import { DatasetError, isTransient } from "./dataset-error";
import { fetchDataset } from "./fetch-dataset";
import { reportStarts, reportStep } from "./load-progress";
import type { LoadOptions } from "./load-store";
import { isLocalData } from "./local-address";
import { readOffThread } from "./read-off-thread";

/** The built-in dataset, relative to the page so the app works from any sub-path. */
export const BUILT_IN_DATASET_URL = "./datasets/kabul-2021.json";

/**
 * A published site's dataset (npm run publish, or the app's zip), which its app opens when a
 * link names no other: a name of its own, not the built-in one's.
 */
export const PUBLISHED_DATASET_URL = "./datasets/timeline.json";

/** Load options for a dataset and its source texts; the only way the app loads data. */
export function datasetQueryOptions(url: string = BUILT_IN_DATASET_URL): LoadOptions<Dataset> {
  const local = isLocalData(url);
  return {
    key: `dataset ${url}`,
    load: (signal, partial) =>
      local ? openLocalDataset(url, signal) : fetchDataset(url, signal, partial),
    retry: shouldRetry,
    // A file from this browser's storage needs no network, and one this browser could not keep
    // lives only in the store: it stays for the whole visit.
    online: !local,
    keep: local,
  };
}

/**
 * Whether a failed load is tried again (twice at most, 1 s then 2 s later): only a
 * connection that failed or a server error (5xx). A dataset that is not valid will not become
 * valid by asking again, a 404 will answer 404 again, and a timeout has waited long enough.
 */
export function shouldRetry(failureCount: number, error: Error): boolean {
  return isTransient(error) && failureCount < 2;
}

/** Reads a file the user opened before (kept in this browser) back into a dataset. */
export async function openLocalDataset(data: string, signal?: AbortSignal): Promise<Dataset> {
  let file;
  try {
    // Loaded only for a `local:` link: the built-in view never reads this browser's storage.
    const { loadLocalFile } = await import("./local-files");
    file = await loadLocalFile(data);
  } catch (error) {
    throw new DatasetError("The file this link opens cannot be read from this browser.", [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  if (!file) {
    throw new DatasetError("The file this link opens is not kept in this browser.", [
      "A link to a file opened with “Open file…” only works in the browser that opened it, and only for the last 5 files opened there. If someone sent you the link, ask them to export the data (Export → Sourceline JSON) and send you the file; if it was your file, open it again.",
    ]);
  }
  return readOffThread(
    {
      content: { text: file.text },
      name: file.name,
      label: `The file ${file.name}`,
      sourceTexts: { file: file.name },
    },
    {
      signal,
      onStep: (step) => reportStep(data, step),
      onStarts: (starts, soFar) => reportStarts(data, starts, soFar),
    },
  );
}
