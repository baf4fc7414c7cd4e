import { useCallback, useEffect, useId, useRef, useState } from "react";
import { draftData } from "../../data/draft/draft-address";
import { deleteDraft, listDrafts, type DraftSummary } from "../../data/draft/draft-storage";
import { formatCount } from "../../domain/count";
import { useFocusTrap } from "../../ui/use-focus-trap";
import { forgetDraft, renameKeptDraft } from "./draft-registry";
import "./your-timelines.css";

interface YourTimelinesProps {
  readonly onOpenDraft: (data: string) => void;
  readonly onClose: () => void;
}

type Listing =
  | { readonly status: "reading" }
  | { readonly status: "read"; readonly drafts: readonly DraftSummary[] }
  | { readonly status: "failed"; readonly message: string };

/** "Your timelines": the drafts kept in this browser, to open, rename or delete. */
export default function YourTimelines({ onOpenDraft, onClose }: YourTimelinesProps) {
  const [listing, setListing] = useState<Listing>({ status: "reading" });
  const [failure, setFailure] = useState("");
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const opener = useRef(document.activeElement);
  const close = useCallback(() => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  }, [onClose]);
  useFocusTrap(true, rootRef, close);
  const read = useCallback(() => {
    listDrafts().then(
      (drafts) => setListing({ status: "read", drafts }),
      (error: unknown) => setListing({ status: "failed", message: messageOf(error) }),
    );
  }, []);
  useEffect(read, [read]);
  const act = (work: Promise<void>) =>
    work.then(read, (error: unknown) => setFailure(messageOf(error)));

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog your-timelines"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={rootRef}
      >
        <h2 id={titleId}>Your timelines</h2>
        {listing.status === "reading" && <p role="status">Reading the drafts kept here…</p>}
        {listing.status === "failed" && (
          <p role="alert">
            This browser’s storage could not be read ({listing.message}), so drafts kept here cannot
            be listed now.
          </p>
        )}
        {listing.status === "read" && listing.drafts.length === 0 && (
          <p>No timeline is kept in this browser yet. “New timeline” starts one.</p>
        )}
        {listing.status === "read" && listing.drafts.length > 0 && (
          <ul className="your-timelines__list">
            {listing.drafts.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                onOpen={() => {
                  onClose();
                  onOpenDraft(draftData(draft.id));
                }}
                onRename={(title) => act(renameKeptDraft(draft.id, title))}
                onDelete={() => {
                  forgetDraft(draft.id);
                  void act(deleteDraft(draft.id));
                }}
              />
            ))}
          </ul>
        )}
        {failure && <p role="alert">That did not work: {failure}</p>}
        <p>
          Drafts are kept in this browser only. Export one (Export → Sourceline JSON) to keep it
          elsewhere or to send it.
        </p>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}

interface DraftRowProps {
  readonly draft: DraftSummary;
  readonly onOpen: () => void;
  readonly onRename: (title: string) => Promise<void>;
  readonly onDelete: () => void;
}

function DraftRow({ draft, onOpen, onRename, onDelete }: DraftRowProps) {
  const [mode, setMode] = useState<"idle" | "renaming" | "deleting">("idle");
  const [title, setTitle] = useState(draft.title);
  const inputId = useId();
  const name = draft.title || "Untitled timeline";
  return (
    <li className="your-timelines__draft">
      <p className="your-timelines__name">
        <bdi>{name}</bdi>
      </p>
      <p className="your-timelines__meta">
        {formatCount(draft.events)} {draft.events === 1 ? "event" : "events"},{" "}
        {formatCount(draft.sources)} {draft.sources === 1 ? "source" : "sources"} · saved{" "}
        {new Date(draft.savedAt).toLocaleString("en-GB", {
          dateStyle: "medium",
          timeStyle: "short",
        })}
      </p>
      {mode === "renaming" ? (
        <form
          className="your-timelines__rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) void onRename(title.trim()).then(() => setMode("idle"));
          }}
        >
          <label htmlFor={inputId}>New title</label>
          <input id={inputId} value={title} onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="button button--small" disabled={!title.trim()}>
            Save title
          </button>
          <button type="button" className="button button--small" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </form>
      ) : mode === "deleting" ? (
        <p className="your-timelines__confirm" role="alert">
          Delete “<bdi>{name}</bdi>” from this browser? This cannot be undone.{" "}
          <button type="button" className="button button--small" onClick={onDelete}>
            Delete it
          </button>{" "}
          <button type="button" className="button button--small" onClick={() => setMode("idle")}>
            Keep it
          </button>
        </p>
      ) : (
        <p className="your-timelines__actions">
          <button type="button" className="button button--small" onClick={onOpen}>
            Open <span className="visually-hidden">{name}</span>
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setMode("renaming")}
          >
            Rename <span className="visually-hidden">{name}</span>
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setMode("deleting")}
          >
            Delete <span className="visually-hidden">{name}</span>
          </button>
        </p>
      )}
    </li>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
