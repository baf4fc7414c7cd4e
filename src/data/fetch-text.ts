import { DatasetError, FetchError } from "./dataset-error";
import { byteSize } from "./load-progress";
import { MAX_DATASET_CHARS, megabytes } from "./read-dataset";
import { joinFetched, type FetchedBytes } from "./fetched-bytes";
import { decodeTextBytes, notTextKind, type DecodedText, type Fallback } from "./sniff-bytes";
import { showControls } from "../domain/bidi";
import { nextTask } from "./next-task";

const TIMEOUT_MS = 20_000;
/**
 * The whole download's limit, beside the silence one: a server that trickles a byte every few
 * seconds is never silent for 20 s, and would otherwise hold the page on "Loading…" for good.
 */
const TOTAL_MS = 60_000;

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
      `A source's textUrl "${showControls(textUrl)}" is relative to where the file was published, which a file opened from disk does not know: put the text in the source as "text", or give a full https:// address.`,
    ]);
  }
  return fetchText(new URL(textUrl), signal);
}

/**
 * A source's text: bytes that are not UTF-8 read as a browser shows such a page (U+FFFD for the
 * bad bytes), so the offsets of the quotes into it still hold.
 */
export async function fetchText(url: URL, signal?: AbortSignal): Promise<string> {
  return (await fetchDecoded(url, signal, undefined, "replace")).text;
}

/**
 * The text at `url`, decoded by its bytes (see sniff-bytes.ts), within both time limits and the
 * size limit; errors say which failed.
 */
export async function fetchDecoded(
  url: URL,
  signal?: AbortSignal,
  onReceived?: (bytes: number, total: number | undefined) => void,
  fallback: Fallback = "windows-1252",
): Promise<DecodedText> {
  return decodeFetched(await fetchBytes(url, signal, onReceived), url.href, fallback);
}

/**
 * Fetched bytes as text (see sniff-bytes.ts). Bytes that are not text are named by a refusal
 * that loads only for them.
 */
export async function decodeFetched(
  bytes: Uint8Array,
  name: string,
  fallback: Fallback = "windows-1252",
): Promise<DecodedText> {
  if (notTextKind(bytes)) {
    const { decodeDatasetBytes } = await import("./dataset-bytes");
    return decodeDatasetBytes(bytes, name, fallback);
  }
  return decodeTextBytes(bytes, fallback);
}

/**
 * The bytes at `url`, within both time limits and the size limit; errors say which failed.
 * Undecoded, so a large dataset's bytes can be decoded off the page's thread.
 */
export async function fetchBytes(
  url: URL,
  signal?: AbortSignal,
  onReceived?: (bytes: number, total: number | undefined) => void,
): Promise<Uint8Array> {
  const body = await fetchBody<never>(url, signal, onReceived);
  if ("bytes" in body) return joinFetched(body.bytes);
  throw new Error("Only a divert takes a body over.");
}

/**
 * Takes over a body whose first bytes say it can be read as it arrives (an ACLED export, see
 * fetch-dataset.ts), so that it is never gathered whole and has no size limit of its own.
 */
export interface BodyDivert<T> {
  /**
   * Looks at the pieces so far: a taker for the body, false to gather it as usual, or
   * undefined to look again with the next piece (the body's end is `ended`).
   */
  readonly claim: (
    pieces: readonly Uint8Array[],
    ended: boolean,
  ) => BodyTaker<T> | false | undefined | Promise<BodyTaker<T> | false | undefined>;
  /** Hears the length the response announces, as sent (compressed or not), before its body. */
  readonly onLength?: (bytes: number) => void;
  /**
   * The response, asked for already (a Worker fetching ahead asks as soon as it runs), taken
   * with the download's signal, which cancels that request too.
   */
  readonly asked?: (signal: AbortSignal) => Promise<Response>;
}

/**
 * A body taken over: each piece as it arrives, then its end, or `cancel` when the download
 * fails; `outcome` may fail before the body ends (a row limit), which ends the download.
 */
export interface BodyTaker<T> {
  readonly feed: (piece: Uint8Array | "end") => void;
  readonly cancel: () => void;
  readonly outcome: Promise<T>;
}

/**
 * The body at `url` as bytes, or what `divert` is making of it (once the whole body has
 * arrived), within both time limits (and the size limit, when gathered); errors say which failed.
 */
export async function fetchBody<T>(
  url: URL,
  signal?: AbortSignal,
  onReceived?: (bytes: number, total: number | undefined) => void,
  divert?: BodyDivert<T>,
): Promise<{ bytes: FetchedBytes } | { taken: Promise<T> }> {
  // One controller for the caller's cancel and both limits. Silence is given 20 s, so a server
  // that stops answering is given up on soon; the whole download is given 60 s, so one that
  // keeps sending a byte now and then is given up on too.
  const controller = new AbortController();
  let timedOut = false;
  let tooSlow = false;
  let answered = false;
  let received = 0;
  // The taker's own refusal (its row limit, say) is passed on as it is.
  let takerFailed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = setTimeout(() => {
    tooSlow = true;
    controller.abort();
  }, TOTAL_MS);
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
    const response = await (divert?.asked?.(controller.signal) ??
      fetch(url, { signal: controller.signal }));
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
    // (A body that may be taken over is refused once its first bytes say it will not be.)
    const length = Number(response.headers.get("content-length"));
    const refuseLength = () => {
      if (length > MAX_DATASET_CHARS) throw tooLarge(url, megabytes(length));
    };
    if (!divert) refuseLength();
    else if (length > 0) divert.onLength?.(length);
    // A compressed body's length is not the size it unpacks to, which is what arrives here; a
    // cross-origin response may hide its encoding, so a length passed is dropped too.
    const encoding = response.headers.get("content-encoding") ?? "";
    let total = length > 0 && /^(identity)?$/i.test(encoding.trim()) ? length : undefined;
    onReceived?.(0, total);
    return await readBody(response, url, controller.signal, {
      onPiece: (size) => {
        received = size;
        if (total !== undefined && size > total) total = undefined;
        restartTimer();
        onReceived?.(size, total);
      },
      divert,
      refuseLength,
      onTakerFailed: () => (takerFailed = true),
    });
  } catch (error) {
    if (error instanceof FetchError || error instanceof DatasetError || takerFailed) throw error;
    if (tooSlow) {
      throw new FetchError(
        `${url.href} was still sending after ${TOTAL_MS / 1000} s (${byteSize(received)} had arrived), too slowly to wait for.`,
        { transient: false },
      );
    }
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
    clearTimeout(deadline);
    signal?.removeEventListener("abort", cancel);
  }
}

interface BodyReading<T> {
  readonly onPiece: (bytes: number) => void;
  readonly divert: BodyDivert<T> | undefined;
  /** Refuses a body whose announced length is over the limit, once it is to be gathered. */
  readonly refuseLength: () => void;
  readonly onTakerFailed: () => void;
}

/**
 * The body's bytes, taken piece by piece: each piece says
 * how much has arrived, and a body past the size limit is refused as it arrives, since a
 * compressed response's length says nothing of its size unpacked. A body `divert` claims goes
 * to its taker piece by piece instead, with no size limit.
 */
async function readBody<T>(
  response: Response,
  url: URL,
  signal: AbortSignal,
  { onPiece, divert, refuseLength, onTakerFailed }: BodyReading<T>,
): Promise<{ bytes: FetchedBytes } | { taken: Promise<T> }> {
  if (!response.body) {
    refuseLength();
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  }
  const reader = response.body.getReader();
  // Not every body ends with its request's signal (one made by a service worker need not): an
  // abort cancels the reading itself, and what was read so far is never taken as the whole.
  const stop = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener("abort", stop);
  const pieces: Uint8Array[] = [];
  let size = 0;
  let deciding = divert !== undefined;
  let taker: BodyTaker<T> | undefined;
  // A taker that fails (refuses a row limit) ends the download at once, with its reason.
  let failed: { error: unknown } | undefined;
  // Pieces already queued are read without a pause (each read resolves at once), so a fast
  // download would hold the page: it lets the page paint and answer every few milliseconds.
  let workedSince = performance.now();
  try {
    for (;;) {
      if (performance.now() - workedSince > YIELD_AFTER_MS) {
        await nextTask();
        workedSince = performance.now();
      }
      const { done, value } = await reader.read();
      if (failed) throw failed.error;
      signal.throwIfAborted();
      if (!done) {
        size += value.byteLength;
        onPiece(size);
      }
      if (taker) {
        taker.feed(done ? "end" : value);
        if (done) break;
        continue;
      }
      if (!done) pieces.push(value);
      if (deciding && divert) {
        const claimed = await divert.claim(pieces, done);
        if (claimed) {
          taker = claimed;
          taker.outcome.catch((error: unknown) => {
            failed = { error };
            onTakerFailed();
            stop();
          });
          pieces.splice(0).forEach((piece) => claimed.feed(piece));
          if (done) claimed.feed("end");
        } else if (claimed === false) {
          deciding = false;
          refuseLength();
        }
      }
      if (done) break;
      if (!taker && size > MAX_DATASET_CHARS) {
        stop();
        throw tooLarge(url, `over ${megabytes(MAX_DATASET_CHARS)}`);
      }
    }
  } catch (error) {
    taker?.cancel();
    throw error;
  } finally {
    signal.removeEventListener("abort", stop);
  }
  if (taker) return { taken: taker.outcome };
  // Joined where they are read (see fetched-bytes).
  return { bytes: pieces.length === 1 && pieces[0] ? pieces[0] : pieces };
}

const YIELD_AFTER_MS = 20;

function tooLarge(url: URL, size: string): DatasetError {
  return new DatasetError(`${url.href} is too large to open.`, [
    `It is ${size}; this app opens datasets up to ${megabytes(MAX_DATASET_CHARS)}.`,
  ]);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
