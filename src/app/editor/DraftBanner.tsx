import type { DraftDocument } from "../../data/draft/draft-document";
import type { DraftSnapshot } from "../../data/draft/draft-store";
import { download, fileStem } from "../../features/share/export-events";

/** Downloads the draft exactly as it is, problems and all: nothing made is lost. */
export function exportDraftAsIs(document: DraftDocument) {
  download(
    `${JSON.stringify(document, null, 2)}\n`,
    `${fileStem(document.title)}.draft.json`,
    "application/json",
  );
}

/** Said at once when this browser does not keep the draft, with the way to keep it anyway. */
export function DraftBanner({
  snapshot,
  onRetry,
}: {
  snapshot: DraftSnapshot;
  onRetry: () => void;
}) {
  if (snapshot.save.status !== "failed") return null;
  return (
    <div className="notices editor-banner" role="alert">
      <p>
        <strong>This browser is not keeping this draft</strong>
        {snapshot.save.error ? ` (${snapshot.save.error})` : ""}. What you make stays in this tab
        only, until it is closed: export the draft to keep it.
      </p>
      <p className="editor-banner__actions">
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => exportDraftAsIs(snapshot.document)}
        >
          Export the draft
        </button>{" "}
        <button type="button" className="button button--small" onClick={onRetry}>
          Try to keep it again
        </button>
      </p>
    </div>
  );
}
