// The Worker that reads a large dataset, so that parsing and checking it never holds the page
// (its loading state keeps repainting, and Cancel stays a click away). Started by read-off-thread,
// or by the page's first script to fetch the dataset ahead of the app (serve-fetch-ahead.ts).
// Small on purpose, its reading code loaded after it runs: a Worker fetching ahead asks for its
// download the moment it runs, while that code still loads and compiles.
import type { ReadMessage } from "./read-request";
import type { WorkerInput } from "./read-stream-request";

const post = (message: ReadMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });
// What the page sent before the reading code was here, answered once it is.
const waiting: WorkerInput[] = [];
let handle: ((input: WorkerInput) => void) | undefined;
let asked: { address: string; response: (signal: AbortSignal) => Promise<Response> } | undefined;

self.onmessage = (event: MessageEvent<WorkerInput>) => {
  const input = event.data;
  if (handle) return handle(input);
  if ("type" in input && input.type === "fetch-ahead") {
    asked = { address: input.address, response: askAhead(input.address) };
  }
  waiting.push(input);
};

Promise.all([import("./read-stream-request"), import("./serve-fetch-ahead")]).then(
  ([{ workerInputHandler }, { serveFetchAhead }]) => {
    const handler = workerInputHandler(post, (address, tell) =>
      serveFetchAhead(address, tell, asked?.address === address ? asked.response : undefined),
    );
    handle = handler;
    waiting.splice(0).forEach(handler);
    // Asked for its request only once it runs, so that the page can hand the bytes over.
    post({ type: "ready" });
  },
  (error: unknown) => {
    // Thrown where the page hears it (the Worker's error event): it then reads in the page.
    setTimeout(() => {
      throw error;
    });
  },
);

/**
 * Asks for the download at once; the reading takes the response (or its failure) when it starts,
 * with its own signal, which then also cancels the request.
 */
function askAhead(address: string): (signal: AbortSignal) => Promise<Response> {
  const controller = new AbortController();
  const response = fetch(address, { signal: controller.signal });
  // Its failure is told when the reading takes it, not as an unhandled rejection before.
  response.catch(() => undefined);
  return (signal) => {
    if (signal.aborted) controller.abort();
    else signal.addEventListener("abort", () => controller.abort(), { once: true });
    return response;
  };
}
