import { useId, useRef } from "react";
import { useFocusTrap } from "../../ui/use-focus-trap";

/** The open dataset when it is a file in this browser: what its link can and cannot open. */
export interface LocalFile {
  readonly name: string;
  readonly kept: boolean;
  readonly events: string;
}

interface LocalFileWarningProps {
  readonly localFile: LocalFile;
  readonly onExport: () => void;
  readonly onCopy: () => void;
  readonly onCancel: () => void;
}

/**
 * Says, before a link to a file in this browser is copied, that it opens nowhere else, and offers
 * the export instead. Loaded only when such a file is open (see CopyLinkButton).
 */
export function LocalFileWarning({ localFile, onExport, onCopy, onCancel }: LocalFileWarningProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const messageId = useId();
  // The choice has to be made before anything else: Tab stays among its three buttons.
  useFocusTrap(true, dialogRef, onCancel);
  return (
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
        <button type="button" className="button button--small button--primary" onClick={onExport}>
          Export all {localFile.events} events instead
        </button>
        <button type="button" className="button button--small" onClick={onCopy}>
          Copy the link anyway
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
