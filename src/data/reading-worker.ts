import type { ReadMessage } from "./read-request";

/** A reading Worker started ahead of its work: `running` settles once it runs, or cannot start. */
export interface StartedWorker {
  readonly worker: Worker;
  /** True once the Worker runs and asks for its work; false if it cannot start. */
  readonly running: Promise<boolean>;
  /**
   * Set for a Worker the page's first script gave its work (see read-ahead.ts): the messages it
   * sent before the page listened, which are heard first.
   */
  readonly ahead?: { readonly heard: ReadMessage[] };
}

/**
 * Starts a Worker that reads a dataset (read-dataset-worker.ts). In the first script, so that
 * a download whose length says it will be read in one can start it at once, while the page's
 * side of the reading (read-in-worker.ts) is still loading.
 */
export function startReadingWorker(): StartedWorker {
  const worker = new Worker(new URL("./read-dataset-worker.ts", import.meta.url), {
    type: "module",
  });
  // Listened for from the start: a message no one listens for when it comes is lost.
  const running = new Promise<boolean>((resolve) => {
    worker.addEventListener("message", (event: MessageEvent<ReadMessage>) => {
      if (event.data.type === "ready") resolve(true);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      resolve(false);
    });
  });
  return { worker, running };
}
