import type { CancelledLoad } from "./use-cancel-loading";

/** Says which load was cancelled, over the view it went back to, with its link to open again. */
export function CancelledNotice({
  cancelled,
  onReopen,
  onDismiss,
}: {
  cancelled: CancelledLoad;
  onReopen: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="notices" role="status">
      <p>Loading {cancelled.datasetUrl} was cancelled.</p>
      <button type="button" className="button button--small" onClick={onReopen}>
        Open again
      </button>{" "}
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
