import { useSyncExternalStore } from "react";
import { formatCount } from "../domain/count";
import { loadProgress, subscribeReceived } from "../data/load-progress";
import { describeProgress } from "./DatasetProgress";

/**
 * Over the explorer while a large dataset is still read: it shows the events read so far, and
 * says so, with how far the rest has come and a way to stop. Its first words are its live
 * region's and stay the same; the progress beside them changes several times a second.
 */
export function StillReading({
  url,
  events,
  onCancel,
}: {
  url: string;
  /** How many events are shown so far. */
  events: number;
  onCancel?: () => void;
}) {
  const progress = useSyncExternalStore(subscribeReceived, () => loadProgress(url));
  const detail = describeProgress(progress);
  return (
    <div className="notices still-reading">
      <p>
        <span role="status">
          <span className="spinner" aria-hidden="true" /> Still reading: showing the first{" "}
          {formatCount(events)} events; the rest follow when the whole file is read.
        </span>{" "}
        {detail && <span className="still-reading__detail">{detail}</span>}
      </p>
      {onCancel && (
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
