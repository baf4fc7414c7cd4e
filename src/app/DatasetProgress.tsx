import { useSyncExternalStore } from "react";
import {
  byteSize,
  loadProgress,
  subscribeReceived,
  type LoadProgress,
} from "../data/load-progress";

// What each reading step is doing, once the dataset has arrived.
const STEPS: Record<string, (progress: LoadProgress) => string> = {
  parse: ({ received }) => `${byteSize(received)} received; reading it…`,
  columns: () => "Turning the columns into events…",
  validate: () => "Checking the events…",
  texts: () => "Fetching the source texts…",
  build: () => "Checking dates, countries and quotations…",
};

/** How far a dataset's loading has come: bytes from the first one, then the reading step. */
export function DatasetProgress({ url }: { url: string }) {
  const progress = useSyncExternalStore(subscribeReceived, () => loadProgress(url));
  const text = describeProgress(progress);
  return text ? <p className="state__detail">{text}</p> : null;
}

/** The progress line's words, or nothing before the first byte. */
export function describeProgress(progress: LoadProgress): string | undefined {
  const step = progress.step === undefined ? undefined : STEPS[progress.step];
  if (step) return step(progress);
  const { received, total } = progress;
  if (received === 0) return undefined;
  return total === undefined
    ? `${byteSize(received)} received…`
    : `${byteSize(received)} of ${byteSize(total)} received…`;
}
