import { lazy, Suspense, useState } from "react";
import type { Dataset } from "../domain/types";
import type * as StartDraft from "./editor/start-draft";

// The editor and its storage load when the user starts making a timeline, not with the page.
const YourTimelines = lazy(() => import("./editor/YourTimelines"));

interface MakeButtonsProps {
  /** The dataset open now, for "Edit a copy"; none on a page with no dataset. */
  readonly dataset?: Dataset;
  /** Opens a draft (its `data` value) as a new history entry. */
  readonly onOpenDraft: (data: string) => void;
  /**
   * Whether the dataset's events are still being read (or stopped partway): a copy made of
   * some of them would pass for all, so "Edit a copy" waits, but is there, so nothing moves.
   */
  readonly partial?: boolean;
}

/** "New timeline", "Edit a copy" and "Your timelines": the ways into making a timeline. */
export function MakeButtons({ dataset, onOpenDraft, partial = false }: MakeButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [listing, setListing] = useState(false);
  const start = async (make: (module: typeof StartDraft) => Promise<string>) => {
    setBusy(true);
    try {
      onOpenDraft(await make(await import("./editor/start-draft")));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="make" role="group" aria-label="Make a timeline">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void start((m) => m.startNewDraft())}
      >
        New timeline
      </button>
      {dataset && (
        <button
          type="button"
          className="button"
          disabled={busy || partial}
          title={partial ? "Edit a copy once every event is read" : undefined}
          onClick={() => void start((m) => m.startCopyDraft(dataset))}
        >
          Edit a copy
        </button>
      )}
      <button type="button" className="button" onClick={() => setListing(true)}>
        Your timelines
      </button>
      {listing && (
        <Suspense fallback={null}>
          <YourTimelines onOpenDraft={onOpenDraft} onClose={() => setListing(false)} />
        </Suspense>
      )}
    </div>
  );
}
