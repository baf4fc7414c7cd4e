import type { ReadMessage } from "../src/data/read-request";
import { workerInputHandler, type WorkerInput } from "../src/data/read-stream-request";
import { serveFetchAhead } from "../src/data/serve-fetch-ahead";

/**
 * A Worker as the browser runs one, in this thread: the request and every answer cross by
 * structured clone, each in a later task, and nothing is heard once it is terminated.
 */
export class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  static failsToStart = false;
  static diesWithWork = false;
  static transferred = 0;
  onmessage: ((event: MessageEvent<ReadMessage>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.started.push(this);
    // A Worker that runs says so; one that cannot start reports an error instead.
    setTimeout(() => {
      if (FakeWorker.failsToStart) this.emit(new Event("error", { cancelable: true }));
      else this.emit(new MessageEvent("message", { data: { type: "ready" } }));
    });
  }

  /** To its handler property and its listeners, as a browser's Worker dispatches. */
  private emit(event: Event): void {
    if (this.terminated) return;
    if (event instanceof MessageEvent) this.onmessage?.(event as MessageEvent<ReadMessage>);
    else this.onerror?.(event);
    this.dispatchEvent(event);
  }

  // The Worker's own handler (read-dataset-worker.ts), answering in this thread.
  private readonly handle = workerInputHandler((message, transfer = []) => {
    const copy = structuredClone(message, { transfer });
    setTimeout(() => {
      if (!this.terminated) this.emit(new MessageEvent("message", { data: copy }));
    });
  }, serveFetchAhead);

  postMessage(input: WorkerInput, transfer: Transferable[] = []): void {
    FakeWorker.transferred += transfer.length;
    const copy = structuredClone(input, { transfer });
    // One that could not start hears nothing.
    if (FakeWorker.failsToStart) return;
    // A Worker that dies with the work in hand (out of memory, say) reports an error.
    if (FakeWorker.diesWithWork) {
      setTimeout(() => this.emit(new Event("error", { cancelable: true })));
    } else this.handle(copy);
  }

  terminate(): void {
    this.terminated = true;
  }
}
