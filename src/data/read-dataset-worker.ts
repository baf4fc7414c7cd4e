// The Worker that reads a large dataset, so that parsing and checking it never holds the page
// (its loading state keeps repainting, and Cancel stays a click away). Started by read-off-thread.
import { serveReadRequest, type ReadMessage, type ReadRequest } from "./read-request";

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  void serveReadRequest(event.data, (message: ReadMessage, transfer: Transferable[] = []) =>
    self.postMessage(message, { transfer }),
  );
};
// Asked for its request only once it runs, so that the page can hand the bytes over.
self.postMessage({ type: "ready" } satisfies ReadMessage);
