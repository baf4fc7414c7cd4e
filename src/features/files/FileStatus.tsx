import type { ReactNode } from "react";

export type FileStatusState =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly name: string }
  | {
      readonly status: "failed";
      readonly name: string;
      readonly message: string;
      readonly problems: readonly string[];
    };

/** What happened to the file the user just chose: being read, or why it cannot be opened. */
export function FileStatus({
  state,
  onDismiss,
  onCancel,
  children,
}: {
  state: FileStatusState;
  onDismiss: () => void;
  /** Stops reading the file, leaving the open timeline as it is. */
  onCancel?: () => void;
  /** What is still open, so the reader knows nothing was lost. */
  children?: ReactNode;
}) {
  if (state.status === "idle") return null;
  if (state.status === "reading") {
    // Announced by the page's own status region, which is always there.
    return (
      <p className="file-status">
        Opening {state.name}…{" "}
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    );
  }
  return (
    <div className="file-status file-status--failed" role="alert">
      <h2 className="file-status__title">{state.message}</h2>
      {state.problems.length > 0 && (
        <ul className="problems">
          {state.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {children}
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
