import type { Dataset } from "../domain/types";
import { DatasetError, FetchError } from "./dataset-error";
import { MAX_DATASET_CHARS, megabytes, readDataset } from "./read-dataset";

const TIMEOUT_MS = 20_000;

/** Fetches a dataset (in any format we open) and its source texts, and validates them. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const base = datasetAddress(url);
  const text = await timed("fetch", () => fetchText(base, signal));
  return readDataset(text, {
    name: base.pathname.split("/").pop() || base.href,
    label: `The dataset at ${base.href}`,
    fetchSourceText: (textUrl) => fetchText(new URL(textUrl, base), signal),
    timed,
  });
}

/** The dataset's address, resolved against the page; only http(s) is fetched. */
function datasetAddress(url: string): URL {
  let address: URL;
  try {
    address = new URL(url, document.baseURI);
  } catch {
    throw new DatasetError(`"${url}" is not a valid dataset address.`, []);
  }
  if (address.protocol !== "http:" && address.protocol !== "https:") {
    throw new DatasetError(`The dataset address "${url}" is not an http(s) address.`, []);
  }
  return address;
}

/**
 * A source text named by a file opened from disk: the file has no address, so only a full
 * http(s) address can be fetched; a relative one is explained, not guessed at.
 */
export async function fetchSourceTextForFile(
  textUrl: string,
  name: string,
  signal?: AbortSignal,
): Promise<string> {
  if (!/^https?:\/\//i.test(textUrl)) {
    throw new DatasetError(`The file ${name} is not valid.`, [
      `A source's textUrl "${textUrl}" is relative to where the file was published, which a file opened from disk does not know: put the text in the source as "text", or give a full https:// address.`,
    ]);
  }
  return fetchText(new URL(textUrl), signal);
}

async function fetchText(url: URL, signal?: AbortSignal): Promise<string> {
  // One controller for both the caller's cancel and our timeout, so a response that never
  // ends is given up on rather than waited for.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  const cancel = () => controller.abort();
  signal?.addEventListener("abort", cancel);
  if (signal?.aborted) controller.abort();
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) {
      throw new FetchError(
        `${url.href} answered ${response.status} ${response.statusText}`.trim() + ".",
      );
    }
    // Refused before reading when the server says how large it is: a 2 GB download would
    // otherwise end in an out-of-memory error that explains nothing.
    const length = Number(response.headers.get("content-length"));
    if (length > MAX_DATASET_CHARS) {
      throw new DatasetError(`${url.href} is too large to open.`, [
        `It is ${megabytes(length)}; this app opens datasets up to ${megabytes(MAX_DATASET_CHARS)}.`,
      ]);
    }
    return await response.text();
  } catch (error) {
    if (error instanceof FetchError || error instanceof DatasetError) throw error;
    if (timedOut) throw new FetchError(`${url.href} did not answer within ${TIMEOUT_MS / 1000} s.`);
    if (signal?.aborted) throw error;
    throw new FetchError(`${url.href} could not be reached (${describe(error)}).`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", cancel);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one loading step as a `sourceline:<step>` performance measure, for the benchmark. */
export async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`sourceline:${step}`, { start, end: performance.now() });
  }
}
