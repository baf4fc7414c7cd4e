import { formatCount } from "../domain/count";
import type { Dataset } from "../domain/types";
import { acledRowReader, type AcledRow } from "./acled/from-acled-csv";
import { REQUIRED_ACLED_COLUMNS } from "./acled/acled-columns";
import { csvStreamParser } from "./csv-stream";
import { capProblems, DatasetError } from "./dataset-error";
import { byteSize } from "./load-progress";
import { readConverted, type ReadOptions } from "./read-dataset";
import { streamedStarts } from "./preview-starts";

/**
 * The most rows an ACLED export read as it streams may have. Its bytes have no ceiling (a
 * million rows are about 600 MB, more than one string can hold); its events do, since each
 * one the page keeps costs memory.
 */
export const MAX_STREAMED_ROWS = 1_500_000;

/**
 * After this many rows the events read so far are checked, built and told (`onPartial`), so that
 * the explorer opens on them while the rest of a large export streams in: at a million rows the
 * whole file takes half a minute here, these well under a second (50,000 took a second more).
 * Once only: each telling costs the reading as much again as building that many events.
 */
export const PARTIAL_AT_ROWS = 10_000;

type Json = Record<string, unknown>;

/**
 * Reads an ACLED export from its bytes as they arrive: decoded and parsed piece by piece, each
 * row converted as soon as it is complete, so the file is never one string. Then the same
 * checks and build as a whole file's (readConverted). Cancelling the stream's reader stops it.
 */
export async function readAcledStream(
  stream: ReadableStream<Uint8Array>,
  options: ReadOptions & {
    readonly where: string;
    readonly maxRows?: number;
    /** How many rows' starts are told first, while the rest stream in (doubling after). */
    readonly startsFirstAt?: number;
    /** After how many events the ones read so far are told (PARTIAL_AT_ROWS). */
    readonly partialAt?: number;
  },
): Promise<Dataset> {
  const { name, label, where, maxRows = MAX_STREAMED_ROWS } = options;
  const timed = options.timed ?? ((_step, work) => Promise.resolve(work()));
  const invalid = (problems: readonly string[]) =>
    new DatasetError(`${label} is not valid.`, capProblems(problems));
  const events: Json[] = [];
  const skipped: string[] = [];
  let read: ((cells: readonly string[], line: number) => AcledRow) | undefined;
  let header = false;
  let rows = 0;
  const { onStarts, onPartial, partialAt = PARTIAL_AT_ROWS } = options;
  let partialDue = false;
  const addStart = onStarts ? streamedStarts(onStarts, options.startsFirstAt ?? 1_000) : undefined;
  // The rows so far, read as the whole file will be; if they are not valid, neither is the file,
  // whose reading goes on to say so with every problem.
  async function tellPartial(json: Json, skippedSoFar: readonly string[]) {
    let partial: Dataset;
    try {
      const quiet = { ...options, timed: undefined, onStarts: undefined, onPartial: undefined };
      partial = await readConverted(json, skippedSoFar, "acled-csv", quiet);
    } catch {
      return;
    }
    await onPartial?.(partial);
  }
  const parser = csvStreamParser((record) => {
    if (!header) {
      header = true;
      read = acledRowReader(record.cells);
      if (read) return;
      throw invalid([
        `line 1: the columns are not an ACLED export's; it needs ${REQUIRED_ACLED_COLUMNS.join(", ")}`,
      ]);
    }
    const row = read?.(record.cells, record.line);
    if (!row) return;
    // Refused as soon as the limit is passed, not after reading another gigabyte.
    if (++rows > maxRows) {
      throw invalid([
        `It has more than ${formatCount(maxRows)} rows; this app opens ACLED exports of up to ${formatCount(maxRows)} rows.`,
      ]);
    }
    if ("event" in row) {
      events.push(row.event);
      if (events.length === partialAt && onPartial) partialDue = true;
      addStart?.((row.event.when as { start?: unknown } | undefined)?.start);
    } else skipped.push(row.skipped);
  });
  const decoded = await timed("parse", () =>
    decodeInto(
      stream,
      async (text) => {
        const problem = parser.push(text);
        if (problem !== undefined) throw invalid([problem]);
        if (!partialDue || !onPartial) return;
        partialDue = false;
        await timed("partial", () => tellPartial(acledJson(name, events.slice()), skipped.slice()));
      },
      where,
    ),
  );
  const problem = parser.end();
  if (problem !== undefined) throw invalid([problem]);
  if (!header) throw invalid(["It is empty."]);
  const dataset = await readConverted(acledJson(name, events), skipped, "acled-csv", options);
  if (decoded.badFrom === undefined) return dataset;
  const warning = {
    kind: "encoding",
    text: `${where} is not all UTF-8: from about ${byteSize(decoded.badFrom)} on, bytes that are not were shown as “�”. If letters look wrong, save it as “CSV UTF-8” and open it again.`,
  } as const;
  return { ...dataset, warnings: [warning, ...dataset.warnings] };
}

/** The export's events as a Sourceline document, for the checks and build every format ends in. */
function acledJson(name: string, events: readonly Json[]): Json {
  return {
    title: name,
    description: "Events from an ACLED export.",
    sources: [],
    eras: [],
    events,
  };
}

/**
 * Decodes the stream as UTF-8, handing each piece's text on. Bytes that are not UTF-8 are read
 * as U+FFFD from the first of them on (said by `badFrom`, in bytes): a file this large cannot
 * be read again in another encoding, and a stray byte should not refuse a million rows.
 */
async function decodeInto(
  stream: ReadableStream<Uint8Array>,
  onText: (text: string) => void | Promise<void>,
  where: string,
): Promise<{ badFrom?: number }> {
  const reader = stream.getReader();
  let decoder = new TextDecoder("utf-8", { fatal: true });
  let size = 0;
  let badFrom: number | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let text: string;
      try {
        text = decoder.decode(value, { stream: true });
      } catch {
        badFrom = size;
        decoder = new TextDecoder("utf-8");
        text = decoder.decode(value, { stream: true });
      }
      size += value.byteLength;
      await onText(text);
    }
    // Bytes cut off inside a character at the very end read as U+FFFD.
    await onText(
      badFrom === undefined ? decodeEnd(decoder, () => (badFrom = size)) : decoder.decode(),
    );
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(`${where} could not be read.`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  return badFrom === undefined ? {} : { badFrom };
}

/** The decoder's last characters; a character cut off at the end is U+FFFD, and told. */
function decodeEnd(decoder: TextDecoder, onBad: () => void): string {
  try {
    return decoder.decode();
  } catch {
    onBad();
    return "\uFFFD";
  }
}
