import type { DraftSnapshot } from "../../data/draft/draft-store";

interface EditorBarProps {
  readonly snapshot: DraftSnapshot;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onPreview: () => void;
  readonly onList: () => void;
}

/** The editor's header buttons: Undo, Redo, Preview and the drafts kept here. */
export function EditorBar({ snapshot, onUndo, onRedo, onPreview, onList }: EditorBarProps) {
  return (
    <div className="editor-bar" role="group" aria-label="Editing">
      <button
        type="button"
        className="button"
        onClick={onUndo}
        disabled={!snapshot.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        onClick={onRedo}
        disabled={!snapshot.canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </button>
      <button type="button" className="button" onClick={onPreview}>
        Preview
      </button>
      <button type="button" className="button" onClick={onList}>
        Your timelines
      </button>
    </div>
  );
}

/** Whether the draft is kept: a line in the header, and at once a warning when it is not. */
export function SaveStatus({
  snapshot,
  onRetry,
}: {
  snapshot: DraftSnapshot;
  onRetry: () => void;
}) {
  const { save } = snapshot;
  return (
    <p className="app__dataset editor-save" role="status">
      Draft
      {save.status === "saving"
        ? " · saving…"
        : save.status === "saved"
          ? " · kept in this browser"
          : " · not kept"}
      {save.status === "failed" && (
        <>
          {" "}
          <button type="button" className="button button--small" onClick={onRetry}>
            Try to keep it again
          </button>
        </>
      )}
    </p>
  );
}
