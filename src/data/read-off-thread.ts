import type { Dataset } from "../domain/types";
import { fetchedLength } from "./fetched-bytes";
import { readRequested, type ReadingControls, type ReadRequest } from "./read-request";
import type { StartedWorker } from "./reading-worker";
import { timed } from "./timed";
import { OFF_THREAD_FROM_CHARS } from "./off-thread-size";

/** A reading's controls, timed here (the start times are told only when read in a Worker). */
export type ReadControls = Omit<ReadingControls, "timed">;

/**
 * Reads a dataset off the page's thread when it is large, on it when it is small or when there
 * is no Worker (jsdom, Node): the same reading code either way (`readRequested`).
 */
export function readOffThread(
  request: ReadRequest,
  controls: ReadControls = {},
  started?: StartedWorker,
): Promise<Dataset> {
  const { content } = request;
  const size = "text" in content ? content.text.length : fetchedLength(content.bytes);
  if (size < OFF_THREAD_FROM_CHARS || typeof Worker === "undefined") {
    // Started for a length that was not the size (a server's mistake): not needed after all.
    started?.worker.terminate();
    // No preview of the starts: a dataset this small is read before the screen would show it.
    return readRequested(request, { signal: controls.signal, onStep: controls.onStep, timed });
  }
  // The Worker's side of the page (decoding its batches, its search and summaries) loads only
  // for a dataset this large: the built-in view never needs it.
  return import("./read-in-worker").then(
    (worker) => worker.readInWorker(request, controls, started),
    (error: unknown) => {
      started?.worker.terminate();
      throw error;
    },
  );
}
