import { useSyncExternalStore } from "react";
import { receivedBytes, subscribeReceived } from "../data/load-progress";
import { megabytes } from "../data/read-dataset";

/** Only past a megabyte, so a small dataset never flashes a number before it appears. */
const SHOWN_FROM_BYTES = 1_000_000;

/** How much of a large dataset has arrived, while it downloads. */
export function DatasetProgress({ url }: { url: string }) {
  const bytes = useSyncExternalStore(subscribeReceived, () => receivedBytes(url));
  if (bytes < SHOWN_FROM_BYTES) return null;
  return <p className="state__detail">{megabytes(bytes)} loaded</p>;
}
