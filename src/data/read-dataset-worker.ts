// The Worker that reads a large dataset, so that parsing and checking it never holds the page
// (its loading state keeps repainting, and Cancel stays a click away). Started by read-off-thread.
import type { ReadMessage } from "./read-request";
import { workerInputHandler, type WorkerInput } from "./read-stream-request";

const handle = workerInputHandler((message: ReadMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer }),
);
self.onmessage = (event: MessageEvent<WorkerInput>) => handle(event.data);
// Asked for its request only once it runs, so that the page can hand the bytes over.
self.postMessage({ type: "ready" } satisfies ReadMessage);
