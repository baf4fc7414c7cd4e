import type { Dataset } from "../domain/types";
import { DatasetError, FetchError } from "./dataset-error";
import { reportReceived } from "./load-progress";
import { MAX_DATASET_CHARS, megabytes, readDataset } from "./read-dataset";
import { decodeDatasetBytes, encodingNotice, type DecodedText, type Fallback } from "./sniff-bytes";

const TIMEOUT_MS = 20_000;

/** Fetches a dataset (in any format we open) and its source texts, and validates them. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const base = datasetAddress(url);
  reportReceived(url, 0);
  const { text, encoding } = await timed("fetch", () =>
    fetchDecoded(base, signal, (bytes) => reportReceived(url, bytes)),
  );
  const dataset = await readDataset(text, {
    name: base.pathname.split("/").pop() || base.href,
    label: `The dataset at ${base.href}`,
    fetchSourceText: (textUrl) => fetchText(new URL(textUrl, base), signal),
    timed,
  });
  if (encoding !== "windows-1252") return dataset;
  const warning = { kind: "encoding", text: encodingNotice(base.href) } as const;
  return { ...dataset, warnings: [warning, ...dataset.warnings] };
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

/** A source's text, fetched. */
async function fetchText(url: URL, signal?: AbortSignal): Promise<string> {
  return (await fetchDecoded(url, signal, undefined, "replace")).text;
}

async function fetchDecoded(
  url: URL,
  signal?: AbortSignal,
  onReceived?: (bytes: number) => void,
  fallback?: Fallback,
): Promise<DecodedText> {
  // One controller for both the caller's cancel and our timeout. The timeout counts silence, not
  // the whole download: a large dataset on a slow line that keeps arriving is waited for, a
  // server that stops answering is given up on.
  const controller = new AbortController();
  let timedOut = false;
  let answered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, TIMEOUT_MS);
  };
  restartTimer();
  const cancel = () => controller.abort();
  signal?.addEventListener("abort", cancel);
  if (signal?.aborted) controller.abort();
  try {
    const response = await fetch(url, { signal: controller.signal });
    answered = true;
    restartTimer();
    if (!response.ok) {
      throw new FetchError(
        `${url.href} answered ${response.status} ${response.statusText}`.trim() + ".",
        // A 4xx (404: no such file) will answer the same again; a 5xx may be a passing fault.
        { transient: response.status >= 500 },
      );
    }
    // Refused before reading when the server says how large it is: a 2 GB download would
    // otherwise end in an out-of-memory error that explains nothing.
    const length = Number(response.headers.get("content-length"));
    if (length > MAX_DATASET_CHARS) throw tooLarge(url, megabytes(length));
    const bytes = await readBody(response, url, controller.signal, (received) => {
      restartTimer();
      onReceived?.(received);
    });
    return decodeDatasetBytes(bytes, url.href, fallback);
  } catch (error) {
    if (error instanceof FetchError || error instanceof DatasetError) throw error;
    if (timedOut) {
      throw new FetchError(
        answered
          ? `${url.href} stopped sending for ${TIMEOUT_MS / 1000} s.`
          : `${url.href} did not answer within ${TIMEOUT_MS / 1000} s.`,
        // Not retried by itself: the page would otherwise say nothing for a minute, not 20 s.
        { transient: false },
      );
    }
    if (signal?.aborted) throw error;
    throw new FetchError(`${url.href} could not be reached (${describe(error)}).`, {
      transient: true,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", cancel);
  }
}

/**
 * The body's bytes, taken piece by piece: each piece says how much has arrived, and a body past
 * the size limit is refused as it arrives, since a compressed response's length says nothing of
 * its size unpacked.
 */
async function readBody(
  response: Response,
  url: URL,
  signal: AbortSignal,
  onPiece: (bytes: number) => void,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  // Not every body ends with its request's signal (one made by a service worker need not): an
  // abort cancels the reading itself, and what was read so far is never taken as the whole.
  const stop = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener("abort", stop);
  const pieces: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_DATASET_CHARS) {
        stop();
        throw tooLarge(url, `over ${megabytes(MAX_DATASET_CHARS)}`);
      }
      pieces.push(value);
      onPiece(size);
    }
  } finally {
    signal.removeEventListener("abort", stop);
  }
  let bytes = pieces[0] ?? new Uint8Array(0);
  if (pieces.length > 1) {
    bytes = new Uint8Array(size);
    let offset = 0;
    for (const piece of pieces) {
      bytes.set(piece, offset);
      offset += piece.byteLength;
    }
  }
  return bytes;
}

function tooLarge(url: URL, size: string): DatasetError {
  return new DatasetError(`${url.href} is too large to open.`, [
    `It is ${size}; this app opens datasets up to ${megabytes(MAX_DATASET_CHARS)}.`,
  ]);
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
