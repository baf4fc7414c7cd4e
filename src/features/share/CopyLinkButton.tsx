import { useEffect, useId, useRef, useState } from "react";
import { formatCount } from "../../domain/count";
import { useFocusTrap } from "../../ui/use-focus-trap";

type Status = "idle" | "warning" | "copied" | "failed" | "export-failed";

interface CopyLinkButtonProps {
  readonly url: string;
  /** Set when the open dataset is a file in this browser: its link opens nowhere else. */
  readonly localFile?: { readonly name: string; readonly kept: boolean; readonly events: number };
  /** Downloads the whole dataset, the way to share a local file. */
  readonly onExport: () => Promise<void>;
}

/** Copies the canonical link to this exact view, and says so; warns first when it cannot travel. */
export function CopyLinkButton({ url, localFile, onExport }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<Status>("idle");
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const messageId = useId();
  const cancel = () => {
    setStatus("idle");
    buttonRef.current?.focus();
  };
  // The choice has to be made before anything else: Tab stays among its three buttons.
  useFocusTrap(status === "warning", dialogRef, cancel);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
    buttonRef.current?.focus();
  };
  const exportInstead = async () => {
    try {
      await onExport();
      setStatus("idle");
    } catch {
      setStatus("export-failed");
    }
    buttonRef.current?.focus();
  };
  const events = localFile ? formatCount(localFile.events) : "";
  return (
    <div className="share">
      <button
        type="button"
        className="button button--primary"
        ref={buttonRef}
        onClick={() => (localFile && status !== "warning" ? setStatus("warning") : void copy())}
      >
        Copy link
      </button>
      <span className="share__status" role="status">
        {status === "copied" ? "Link copied" : ""}
        {status === "export-failed" ? "The export failed; reload the page and try again." : ""}
      </span>
      {status === "warning" && localFile && (
        <div
          className="share__warning"
          role="alertdialog"
          aria-labelledby={titleId}
          aria-describedby={messageId}
          ref={dialogRef}
          tabIndex={-1}
        >
          <p className="share__warning-title" id={titleId}>
            {localFile.kept ? "This link only works in this browser" : "This link works nowhere"}
          </p>
          <p id={messageId}>
            {localFile.kept
              ? `This link only opens ${localFile.name} in this browser: the file is kept here, not online.`
              : `This link opens ${localFile.name} nowhere else: this browser could not keep the file, so not even a reload here brings it back.`}{" "}
            To share the data, export it and send the file.
          </p>
          <div className="share__choices">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => void exportInstead()}
            >
              Export all {events} events instead
            </button>
            <button type="button" className="button button--small" onClick={() => void copy()}>
              Copy the link anyway
            </button>
            <button type="button" className="button button--small" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {status === "failed" && (
        <label className="share__fallback">
          Copying was blocked; copy this link by hand:
          <input readOnly value={url} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
