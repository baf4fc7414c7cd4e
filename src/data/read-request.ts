import type { EventsWire } from "./events-wire";
import type { Dataset } from "../domain/types";
import { DatasetError, FetchError } from "./dataset-error";
import { decodeFetched, fetchSourceTextForFile, fetchText } from "./fetch-text";
import { encodingNotice } from "./sniff-bytes";
import { joinFetched, type FetchedBytes } from "./fetched-bytes";
import { readDataset, type ReadOptions } from "./read-dataset";
import type { SearchFound } from "./search-client";
import type { SummariesFound } from "./summaries-client";

/**
 * A dataset's text to read, and how to reach its separate source texts, as plain data: it
 * crosses to a Worker by structured clone, where a function cannot.
 */
export interface ReadRequest {
  /**
   * The dataset: its text, or the bytes as fetched, decoded where it is read (in a Worker, for a
   * large one, decoding 40 MB would otherwise hold the page for most of a second).
   */
  readonly content: { readonly text: string } | { readonly bytes: FetchedBytes };
  /** What the user calls it (a file name, or the address's last part). */
  readonly name: string;
  /** Its full address, for messages about its bytes (a fetched dataset's). */
  readonly address?: string;
  /** How messages name it: "The file kabul.csv", "The dataset at https://…". */
  readonly label: string;
  /** Texts named by `textUrl`: relative to the dataset's address, or, for a file, full only. */
  readonly sourceTexts: { readonly base: string } | { readonly file: string };
  /** Above how many events a Worker keeps the summaries (SUMMARIES_IN_PAGE_UP_TO unless given). */
  readonly summariesInPageUpTo?: number;
}

/** Runs one reading step (parse, validate, texts, build), timing it where it runs. */
export type Timed = <T>(step: string, work: () => T | Promise<T>) => Promise<T>;

/** What a reading hears and is told, wherever it runs. */
export interface ReadingControls {
  /** Cancels the reading (in a Worker: the Worker is ended, and the promise rejects). */
  readonly signal?: AbortSignal;
  /** Hears each reading step as it starts (parse, validate, texts, build). */
  readonly onStep?: (step: string) => void;
  /** Hears the events' start times once read, ahead of the rest (`soFar`: a stream's so far). */
  readonly onStarts?: (starts: Float64Array, soFar?: boolean) => void;
  /** Hears the events read so far of an export still streaming in (see read-acled-stream). */
  readonly onPartial?: (dataset: Dataset) => void | Promise<void>;
  readonly timed: Timed;
}

/**
 * Reads the request into a dataset: the one reading path, run in the page for small inputs and
 * in a Worker for large ones. `onStep` hears each step as it starts.
 */
export async function readRequested(
  request: ReadRequest,
  { signal, onStep, onStarts, timed }: ReadingControls,
): Promise<Dataset> {
  const { content, name } = request;
  const where = request.address ?? name;
  const { text, encoding } =
    "text" in content
      ? { ...content, encoding: "utf-8" }
      : await decodeFetched(joinFetched(content.bytes), where);
  const dataset = await readDataset(
    text,
    readOptions(request, { signal, onStep, onStarts, timed }),
  );
  if (encoding !== "windows-1252") return dataset;
  const warning = { kind: "encoding", text: encodingNotice(where) } as const;
  return { ...dataset, warnings: [warning, ...dataset.warnings] };
}

/** How reading names the dataset, fetches its texts and tells its steps. */
export function readOptions(
  request: Pick<ReadRequest, "name" | "label" | "sourceTexts">,
  { signal, onStep, onStarts, onPartial, timed }: ReadingControls,
): ReadOptions {
  const { name, label, sourceTexts } = request;
  return {
    name,
    label,
    fetchSourceText: (textUrl) =>
      "base" in sourceTexts
        ? fetchText(new URL(textUrl, sourceTexts.base), signal)
        : fetchSourceTextForFile(textUrl, sourceTexts.file, signal),
    timed: (step, work) => {
      onStep?.(step);
      return timed(step, work);
    },
    onStarts,
    onPartial,
  };
}

/** A failure as plain data, so that the page gets back the same kind of error it would throw. */
export type WireError =
  | { readonly kind: "dataset"; readonly message: string; readonly problems: readonly string[] }
  | { readonly kind: "fetch"; readonly message: string; readonly transient: boolean }
  | { readonly kind: "other"; readonly message: string };

export function toWire(error: unknown): WireError {
  if (error instanceof DatasetError) {
    return { kind: "dataset", message: error.message, problems: error.problems };
  }
  if (error instanceof FetchError) {
    return { kind: "fetch", message: error.message, transient: error.transient };
  }
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

export function fromWire(error: WireError): Error {
  if (error.kind === "dataset") return new DatasetError(error.message, error.problems);
  if (error.kind === "fetch") return new FetchError(error.message, { transient: error.transient });
  return new Error(error.message);
}

/** What a reading Worker tells the page: each step, its timing, then the dataset or why not. */
export type ReadMessage =
  /** The Worker runs and waits for its request. */
  | { readonly type: "ready" }
  | { readonly type: "step"; readonly step: string }
  /** The events' start times, sorted, read before the checks and the build (for a preview). */
  | {
      readonly type: "starts";
      readonly starts: Float64Array;
      /** Of the rows read so far, as a streamed export arrives; the rest follow. */
      readonly soFar: boolean;
    }
  /** `start` in ms since the epoch: the page and the Worker count `performance.now()` apart. */
  | {
      readonly type: "measure";
      readonly step: string;
      readonly start: number;
      readonly duration: number;
    }
  /**
   * A batch of the built events, in order, ahead of `done`, as columns (see events-wire); of
   * those read so far when `partial`, ahead of `partial`.
   */
  | { readonly type: "events"; readonly events: EventsWire; readonly partial?: boolean }
  /** The rest of the dataset read so far (see ReadOptions.onPartial); the whole follows. */
  | { readonly type: "partial"; readonly dataset: Dataset }
  /**
   * The rest of the dataset; its `events` are those of the batches before it. With
   * `summariesKept`, their summaries stayed in the Worker, which answers for them.
   */
  | { readonly type: "done"; readonly dataset: Dataset; readonly summariesKept?: boolean }
  /** After `done`: which events a search asked for match (see search-client). */
  | SearchFound
  /** After `done`: the summaries asked for (see summaries-client). */
  | SummariesFound
  | { readonly type: "failed"; readonly error: WireError }
  /** Of a download the Worker fetches ahead (serve-fetch-ahead.ts): how much has arrived. */
  | { readonly type: "received"; readonly received: number; readonly total?: number }
  /**
   * A download fetched ahead that is small enough to read in the page, which reads it as it
   * reads any other (the Worker is not needed).
   */
  | { readonly type: "fetched"; readonly bytes: FetchedBytes };
