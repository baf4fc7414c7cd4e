import { lazy, Suspense, useSyncExternalStore } from "react";
import {
  byteSize,
  loadProgress,
  subscribeReceived,
  type LoadProgress,
} from "../data/load-progress";

// Only a large dataset, read in a Worker, tells its start times ahead of the rest.
const StartsPreview = lazy(() => import("./StartsPreview"));

// What each reading step is doing, once the dataset has arrived.
const STEPS: Record<string, (progress: LoadProgress) => string> = {
  parse: readingIt,
  // The events read so far of an export still arriving, made ready to show, as it goes on.
  partial: readingIt,
  columns: () => "Turning the columns into events…",
  validate: () => "Checking the events…",
  texts: () => "Fetching the source texts…",
  build: () => "Checking dates, countries and quotations…",
};

function readingIt({ received, total }: LoadProgress): string {
  const of = total === undefined ? "" : ` of ${byteSize(total)}`;
  return `${byteSize(received)}${of} received; reading it…`;
}

/**
 * How far a dataset's loading has come: bytes from the first one, then the reading step, and
 * once a large dataset's start times are read, when its events happen.
 */
export function DatasetProgress({ url }: { url: string }) {
  const progress = useSyncExternalStore(subscribeReceived, () => loadProgress(url));
  const text = describeProgress(progress);
  return (
    <>
      {text && <p className="state__detail">{text}</p>}
      {progress.starts && (
        <Suspense fallback={null}>
          <StartsPreview starts={progress.starts} soFar={progress.startsSoFar ?? false} />
        </Suspense>
      )}
    </>
  );
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
