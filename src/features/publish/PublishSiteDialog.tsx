import { useCallback, useId, useRef, useState, type FormEvent } from "react";
import { formatCount } from "../../domain/count";
import type { ShownView } from "../../domain/shown-view";
import { useFocusTrap } from "../../ui/use-focus-trap";
import { addressProblem } from "./address-problem";
import { progressOf } from "./site-progress";
import { useSiteDownload } from "./use-site-download";
import "./publish-dialog.css";

interface PublishDialogProps {
  readonly shown: ShownView;
  readonly onClose: () => void;
}

/** "Publish as a website": the whole timeline as a static site, zipped in the browser. */
export default function PublishSiteDialog({ shown, onClose }: PublishDialogProps) {
  const { dataset } = shown;
  const [address, setAddress] = useState("");
  // The field is judged once the reader leaves it or asks for the zip, not at the first key.
  const [judged, setJudged] = useState(false);
  const { download, start } = useSiteDownload(dataset);
  const titleId = useId();
  const fieldId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const opener = useRef(document.activeElement);
  const close = useCallback(() => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  }, [onClose]);
  useFocusTrap(true, rootRef, close);

  const checked = addressProblem(address);
  const problem = judged && "problem" in checked ? checked.problem : "";
  const working = download.state === "working";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    setJudged(true);
    if ("problem" in checked) {
      fieldRef.current?.focus();
      return;
    }
    void start(checked.baseUrl);
  };
  const count = dataset.events.length;
  const events =
    count === 0
      ? "no events yet"
      : count === 1
        ? "its one event"
        : `all ${formatCount(count)} events`;
  const progress = progressOf(download);
  return (
    <div className="dialog-backdrop publish-backdrop">
      <div
        className="publish-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={rootRef}
      >
        <h2 id={titleId}>Publish as a website</h2>
        <p>
          You get a folder to upload to any static host: “<bdi>{dataset.title}</bdi>” with {events},
          whatever the filters show, and a page for every event with a link preview for chat apps
          and social media.
        </p>
        <form className="publish-dialog__form" noValidate onSubmit={submit}>
          <label htmlFor={fieldId} className="publish-dialog__label">
            Address where you will upload it
          </label>
          <p id={`${fieldId}-hint`} className="publish-dialog__hint">
            The site’s own address, such as https://example.org/kabul/. Link previews need it.
          </p>
          <input
            id={fieldId}
            ref={fieldRef}
            className="publish-dialog__input"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            required
            value={address}
            readOnly={working}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${fieldId}-hint${problem ? ` ${fieldId}-problem` : ""}`}
            onChange={(event) => setAddress(event.target.value)}
            onBlur={() => setJudged(address.trim() !== "" || judged)}
          />
          {problem && (
            <p id={`${fieldId}-problem`} className="publish-dialog__problem">
              {problem}
            </p>
          )}
          <div className="publish-dialog__actions">
            {/* aria-disabled, not disabled: a disabled button drops the focus to the page. */}
            <button type="submit" className="button button--primary" aria-disabled={working}>
              {download.state === "failed" ? "Try again" : "Download the site (.zip)"}
            </button>
            <button type="button" className="button" onClick={close}>
              {working ? "Cancel" : "Close"}
            </button>
          </div>
        </form>
        <p className="publish-dialog__status" role="status">
          {progress.text}
        </p>
        {progress.value !== undefined && (
          <progress
            className="publish-dialog__progress"
            aria-label="Progress"
            value={progress.value}
            max={1}
          />
        )}
        {download.state === "failed" && (
          <p className="publish-dialog__problem" role="alert">
            {download.message}
          </p>
        )}
      </div>
    </div>
  );
}
