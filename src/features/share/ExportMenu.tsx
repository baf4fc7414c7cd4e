import { useId, useMemo, useRef, useState } from "react";
import type { Dataset, TimelineEvent, TimeWindow } from "../../domain/types";
import { useDismiss } from "../../ui/use-dismiss";
import { countOf, formatCount } from "../../domain/count";
import { FORMATS, type ExportFormat } from "./export-formats";

interface ExportMenuProps {
  readonly dataset: Dataset;
  /** The events shown (after filters and search): what is exported. */
  readonly events: readonly TimelineEvent[];
  /** The window shown: our JSON opens on it again. */
  readonly window?: TimeWindow;
}

/** Downloads the shown events, with their citations and quotes, in the format chosen. */
export function ExportMenu({ dataset, events, window }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Escape elsewhere belongs to whatever has focus there (a cluster's list, say).
  useDismiss(
    open,
    rootRef,
    (byEscape) => {
      if (byEscape) buttonRef.current?.focus();
      setOpen(false);
    },
    "inside",
  );

  const count = events.length;
  const save = (format: ExportFormat) => {
    setFailed(false);
    setBusy(true);
    // Writing and downloading load with the first export: the page that only shows a timeline
    // never pays for them.
    import("./export-events")
      .then(({ exportEvents }) => exportEvents(dataset, events, format, window))
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
    setOpen(false);
    buttonRef.current?.focus();
  };
  // Once per list of events: the menu is drawn again on every pan frame, and looking through a
  // million unquoted events took 40 ms of each.
  const quoted = useMemo(() => events.some((event) => event.quotes.length > 0), [events]);
  return (
    <div className="export" ref={rootRef}>
      <button
        type="button"
        className="button"
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={listId}
        disabled={count === 0}
        onClick={() => setOpen((value) => !value)}
      >
        {busy ? "Exporting…" : "Export"}
      </button>
      <span className="visually-hidden" role="status">
        {failed
          ? "The export failed; reload the page and try again."
          : busy
            ? `Exporting ${countOf(count, "event", "events")}…`
            : ""}
      </span>
      <div className="export__panel" id={listId} hidden={!open || count === 0}>
        <p className="export__what">
          The {count === 1 ? "event" : `${formatCount(count)} events`} shown, with their{" "}
          {quoted ? "sources and quotations" : "dates and citations"}, as:
        </p>
        <ul className="export__list">
          {FORMATS.map((format) => (
            <li key={format.label}>
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => save(format)}
              >
                {format.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
