import type { Dataset } from "../domain/types";
import type { SearchRequest } from "./search-client";
import { answerSummaries, type SummariesRequest } from "./summaries-client";
import {
  readOptions,
  readRequested,
  type ReadMessage,
  type ReadRequest,
  type ReadingControls,
} from "./read-request";
import { serveRead, serveReadRequest, type Served } from "./serve-read";

/**
 * A dataset read as its bytes arrive (an ACLED export, or a large JSON one): an opened file (the
 * Worker reads `file.stream()`), or a fetch's body, which the page posts to the Worker piece by
 * piece as it downloads (the download keeps its time limits, progress and messages in the page:
 * see fetch-text.ts).
 */
export interface StreamRequest extends Omit<ReadRequest, "content"> {
  readonly content: { readonly file: Blob } | { readonly pieces: "posted" };
  /** How it is read: as an ACLED export (the default), or as JSON (read-json-stream.ts). */
  readonly format?: "acled" | "json";
  /** After how many events the ones read so far are told (PARTIAL_AT_ROWS unless given). */
  readonly partialAt?: number;
}

/** A piece of a posted body, or its end, sent after the request. */
export type PieceMessage =
  { readonly type: "piece"; readonly bytes: Uint8Array } | { readonly type: "end" };

/**
 * A download for the Worker to fetch and read itself, sent by the page's first script ahead of
 * the app (see serve-fetch-ahead.ts): a full http(s) address.
 */
export interface FetchAheadRequest {
  readonly type: "fetch-ahead";
  readonly address: string;
}

/** What the page sends a reading Worker: its work, a body's pieces, then searches. */
export type WorkerInput =
  ReadRequest | StreamRequest | FetchAheadRequest | PieceMessage | SearchRequest | SummariesRequest;

type Post = (message: ReadMessage, transfer?: Transferable[]) => void;

/** Reads a streamed request from its bytes, wherever it runs (a Worker, or the page). */
export async function readStreamRequest(
  request: StreamRequest,
  stream: ReadableStream<Uint8Array>,
  controls: ReadingControls,
): Promise<Dataset> {
  if (request.format === "json") {
    const { readJsonStream } = await import("./read-json-stream");
    const read = await readJsonStream(stream, {
      ...readOptions(request, controls),
      where: request.address ?? request.name,
      ...(request.partialAt !== undefined && { partialAt: request.partialAt }),
    });
    if ("dataset" in read) return read.dataset;
    // Not plain JSON as it streamed (another encoding, a mistake, ours in columns): read whole,
    // as any other file is, for the same messages.
    const { content: _content, format: _format, partialAt: _partialAt, ...about } = request;
    return readRequested({ ...about, content: { bytes: read.whole } }, controls);
  }
  // Loaded when needed: the page imports this module, and most visitors never open an export.
  const { readAcledStream } = await import("./read-acled-stream");
  return readAcledStream(stream, {
    ...readOptions(request, controls),
    where: request.address ?? request.name,
    ...(request.partialAt !== undefined && { partialAt: request.partialAt }),
  });
}

/**
 * A stream of the pieces posted to it, ended by `end`; `feed` takes both. Made before the
 * first piece comes, so none is missed.
 */
export function postedStream(): {
  stream: ReadableStream<Uint8Array>;
  feed: (message: PieceMessage) => void;
} {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    stream,
    feed: (message) => {
      // A reading that has already stopped (refused at its row limit) takes no more.
      try {
        if (message.type === "piece") controller?.enqueue(message.bytes);
        else controller?.close();
      } catch {
        // Nothing to do: the reading's own error is what the page hears.
      }
    },
  };
}

/**
 * The Worker's side: answers a request, feeds a posted body's pieces to its reading, then
 * answers searches over the events it read.
 */
export function workerInputHandler(
  post: Post,
  // Passed in, not imported: serve-fetch-ahead reads with this module's streams.
  fetchAhead: (address: string, post: Post) => Promise<Served>,
) {
  let feed: ((message: PieceMessage) => void) | undefined;
  let served: Promise<Served> = Promise.resolve(undefined);
  return (input: WorkerInput): void => {
    if ("type" in input) {
      if (input.type === "summaries") {
        void served.then((server) => {
          if (server) post(answerSummaries(server.summaries ?? [], input));
        });
      } else if (input.type === "fetch-ahead") served = fetchAhead(input.address, post);
      else if (input.type !== "search") feed?.(input);
      else {
        // The page asks only once it has the dataset, so the reading has finished by then.
        void served.then((server) => {
          if (!server) return;
          const found = server.find(input);
          post(found, [found.matches.buffer]);
        });
      }
      return;
    }
    const { content } = input;
    if ("file" in content || "pieces" in content) {
      const request = { ...input, content };
      let stream: ReadableStream<Uint8Array>;
      if ("file" in content) stream = content.file.stream();
      else ({ stream, feed } = postedStream());
      served = serveRead(
        (controls) => readStreamRequest(request, stream, controls),
        post,
        input.summariesInPageUpTo,
      );
      return;
    }
    served = serveReadRequest({ ...input, content }, post);
  };
}
