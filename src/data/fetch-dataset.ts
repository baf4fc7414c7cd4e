import type { Dataset } from "../domain/types";
import { DatasetError, FetchError } from "./dataset-error";
import { readDataset } from "./read-dataset";

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
    return await response.text();
  } catch (error) {
    if (error instanceof FetchError) throw error;
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
