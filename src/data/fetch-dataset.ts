import type { Dataset } from "../domain/types";
import { buildDataset } from "./build-dataset";
import { DatasetError, FetchError } from "./dataset-error";
import { parseDatasetShape } from "./dataset-schema";

const TIMEOUT_MS = 20_000;

/** Fetches a dataset and its source texts, and validates them into a dataset. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const base = datasetAddress(url);
  const text = await timed("fetch", () => fetchText(base, signal));
  const json = await timed("parse", () => parseJson(text, base));
  const shape = await timed("validate", () => parseDatasetShape(json));
  if (!shape.ok)
    throw new DatasetError(`The dataset at ${base.href} is not valid.`, shape.problems);
  const texts = new Map<string, string>();
  await Promise.all(
    shape.raw.sources.map(async (source) => {
      if (source.textUrl === undefined) return;
      texts.set(source.id, await fetchText(new URL(source.textUrl, base), signal));
    }),
  );
  const built = await timed("build", () => buildDataset(shape.raw, texts));
  if (!built.ok)
    throw new DatasetError(`The dataset at ${base.href} is not valid.`, built.problems);
  return built.dataset;
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

function parseJson(text: string, url: URL): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetError(`The dataset at ${url.href} is not JSON.`, [describe(error)]);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one loading step as a `sourceline:<step>` performance measure, for the benchmark. */
async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`sourceline:${step}`, { start, end: performance.now() });
  }
}
