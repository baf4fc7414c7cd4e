import { formatCount } from "../domain/count";
import type { Dataset } from "../domain/types";
import { DatasetError } from "./dataset-error";
import { jsonEventsScanner, ScanProblem } from "./json-events-scanner";
import { streamedStarts } from "./preview-starts";
import {
  MAX_DATASET_CHARS,
  MAX_EVENTS,
  megabytes,
  readParsedJson,
  type ReadOptions,
} from "./read-dataset";

/**
 * After this many events a streamed JSON dataset's events so far are checked, built and told
 * (`onPartial`), so the explorer opens on them while the rest arrives: at 100,000 events the
 * whole file takes a couple of seconds here, these a tenth of a second. Once only, as for an
 * ACLED export (see read-acled-stream.ts).
 */
export const PARTIAL_JSON_AT = 2_000;

/** How many bytes are decoded and split at a time (see the reading loop). */
const SCAN_BYTES = 262_144;

/** What reading a JSON stream came to: the dataset, or the bytes to read whole instead. */
export type JsonStreamOutcome =
  { readonly dataset: Dataset } | { readonly whole: readonly Uint8Array[] };

/**
 * Reads a JSON dataset from its bytes as they arrive: each piece decoded and split into events
 * (json-events-scanner.ts), so the file is never one string, and its first events are told
 * while the rest streams in; then the same reading as a whole file's (readParsedJson).
 *
 * Only the plain case is read this way: a document that is not UTF-8, not JSON, or has no
 * top-level `events` array (ours in columns) is handed back as its bytes (`whole`), read as a
 * whole file is, so that it gets exactly the messages and encodings a whole file does. Its
 * bytes are kept for that up to MAX_DATASET_CHARS, the whole reading's own limit; past it, a
 * document that cannot be read as it streams is refused here.
 */
export async function readJsonStream(
  stream: ReadableStream<Uint8Array>,
  options: ReadOptions & {
    /** Its address or name, for a message about its bytes. */
    readonly where: string;
    /** After how many events the ones read so far are told (PARTIAL_JSON_AT). */
    readonly partialAt?: number;
    /** Up to how many bytes are kept to read whole if need be (MAX_DATASET_CHARS). */
    readonly keepBytes?: number;
  },
): Promise<JsonStreamOutcome> {
  const { label, onStarts, onPartial, partialAt = PARTIAL_JSON_AT } = options;
  const { keepBytes = MAX_DATASET_CHARS } = options;
  const timed = options.timed ?? ((_step, work) => Promise.resolve(work()));
  const scanner = jsonEventsScanner(MAX_DATASET_CHARS);
  const events: unknown[] = [];
  const addStart = onStarts ? streamedStarts(onStarts, 1_000) : undefined;
  let kept: Uint8Array[] | undefined = [];
  let keptBytes = 0;
  let problem: string | undefined;
  let partialTold: Promise<void> | undefined;
  let superseded = false;
  let onFetch: (() => void) | undefined;
  const fetchSourceText = fetchedOnce(options.fetchSourceText, () => onFetch?.());
  const reading = { ...options, fetchSourceText };
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const scan = (text: string) => {
    for (const event of scanner.push(text)) {
      events.push(event);
      addStart?.(startOf(event));
    }
    if (events.length > MAX_EVENTS) {
      throw new DatasetError(`${label} is not valid.`, [
        `It has more than ${formatCount(MAX_EVENTS)} events; this app opens up to ${formatCount(MAX_EVENTS)}.`,
      ]);
    }
  };
  const notice = (error: unknown) => {
    if (error instanceof DatasetError) throw error;
    problem = error instanceof ScanProblem ? error.message : "it is not UTF-8";
  };
  const refuse = () =>
    new DatasetError(`${label} could not be read.`, [
      `It is over ${megabytes(keepBytes)}, and a file that large is read as it arrives, which needs a Sourceline JSON file with its events in one "events" array (or an ACLED export): ${problem ?? "it could not be read"}.`,
    ]);
  const reader = stream.getReader();
  await timed("parse", async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (kept) {
          kept.push(value);
          keptBytes += value.byteLength;
          if (keptBytes > keepBytes) kept = undefined;
        }
        // A few hundred kilobytes at a time, so a body that came all at once still opens on
        // its first events rather than on nearly all of them.
        for (let at = 0; problem === undefined && at < value.byteLength; at += SCAN_BYTES) {
          try {
            scan(decoder.decode(value.subarray(at, at + SCAN_BYTES), { stream: true }));
          } catch (error) {
            notice(error);
          }
          if (!partialTold && onPartial && problem === undefined && events.length >= partialAt) {
            const soFar = scanner.soFar();
            // Waited for (the reading and the build would otherwise take turns, and the events
            // so far come later), but not while a source text is fetched: that may take a while,
            // and the rest of the reading needs it too (fetched once for both).
            partialTold = isRecord(soFar)
              ? timed("partial", () => tellPartial({ ...soFar, events: events.slice() }))
              : Promise.resolve();
            await Promise.race([partialTold, new Promise<void>((resolve) => (onFetch = resolve))]);
            onFetch = undefined;
          }
        }
        if (problem !== undefined && !kept) throw refuse();
      }
      if (problem === undefined) {
        try {
          scan(decoder.decode());
        } catch (error) {
          notice(error);
        }
      }
    } catch (error) {
      await reader.cancel(error).catch(() => undefined);
      if (error instanceof DatasetError) throw error;
      throw new DatasetError(`${options.where} could not be read.`, [
        error instanceof Error ? error.message : String(error),
      ]);
    }
  });
  // The events' own array, left empty in the skeleton; any other means the document is not
  // what it seemed (a second "events" key), and is read whole.
  let document: Record<string, unknown> | undefined;
  if (problem === undefined) {
    try {
      const { skeleton } = scanner.end();
      if (isRecord(skeleton) && Array.isArray(skeleton.events) && skeleton.events.length === 0) {
        document = skeleton;
      } else problem = "its events are not one array";
    } catch (error) {
      notice(error);
    }
  }
  // Once every event is read, the events so far are not worth telling any more (their source
  // texts may still be on the way); and one told is told before the whole, never after it.
  superseded = true;
  if (!document) {
    await partialTold;
    if (!kept) throw refuse();
    return { whole: kept };
  }
  document.events = events;
  const dataset = await readParsedJson(document, reading);
  await partialTold;
  return { dataset };

  // The events read so far, read as the whole file will be; if they are not valid, neither is
  // the file, whose reading goes on to say so with every problem.
  async function tellPartial(json: Record<string, unknown>) {
    let partial: Dataset;
    try {
      const quiet = { ...reading, timed: undefined, onStarts: undefined, onPartial: undefined };
      partial = await readParsedJson(json, quiet);
    } catch {
      return;
    }
    if (!superseded) await onPartial?.(partial);
  }
}

/**
 * Each source text fetched once, for the events so far and for the whole dataset alike;
 * `onFetch` hears each fetch start.
 */
function fetchedOnce(
  fetchText: ReadOptions["fetchSourceText"],
  onFetch: () => void,
): ReadOptions["fetchSourceText"] {
  if (!fetchText) return undefined;
  const texts = new Map<string, Promise<string>>();
  return (textUrl) => {
    let text = texts.get(textUrl);
    if (!text) {
      onFetch();
      text = fetchText(textUrl);
      texts.set(textUrl, text);
    }
    return text;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function startOf(event: unknown): unknown {
  if (!isRecord(event) || !isRecord(event.when)) return undefined;
  return event.when.start;
}
