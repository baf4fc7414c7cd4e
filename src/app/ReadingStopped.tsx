import { formatCount } from "../domain/count";

/**
 * Over the explorer when a large dataset's reading failed partway (the server stopped sending,
 * the connection broke): the events that came stay shown, and it says they are not all of
 * them, why the rest did not come, and offers to read the whole again.
 */
export function ReadingStopped({
  events,
  error,
  onRetry,
}: {
  /** How many events are shown. */
  events: number;
  error: Error;
  onRetry: () => void;
}) {
  return (
    <div className="notices still-reading still-reading--stopped" role="alert">
      <p>
        <strong>Reading stopped:</strong> showing only the first {formatCount(events)} events, which
        came before it did. {error.message}
      </p>
      <button type="button" className="button button--small" onClick={onRetry}>
        Read it again
      </button>
    </div>
  );
}
