import type { ReadMessage } from "./read-request";
import type { StartedWorker } from "./reading-worker";

/**
 * A reading Worker the page's first script (public/preload-dataset.js) started for the dataset
 * the address names, fetching it already (serve-fetch-ahead.ts), with the messages it has sent
 * so far kept until the page listens.
 */
export interface ReadAhead extends StartedWorker {
  /** The dataset's full address, as fetchDataset resolves it. */
  readonly address: string;
  readonly ahead: { readonly heard: ReadMessage[] };
}

declare global {
  interface Window {
    /** Left by preload-dataset.js for the page to take (see takeReadAhead). */
    sourcelineReadAhead?: ReadAhead;
  }
}

/**
 * The reading started ahead for `address`, taken once: the first load of that address uses it,
 * any later one (a retry, say) fetches afresh. One started for another address is ended, since
 * the page will not ask for it now.
 */
export function takeReadAhead(address: string): ReadAhead | undefined {
  if (typeof window === "undefined") return undefined;
  const ahead = window.sourcelineReadAhead;
  if (!ahead) return undefined;
  delete window.sourcelineReadAhead;
  if (ahead.address === address) return ahead;
  ahead.worker.terminate();
  return undefined;
}
