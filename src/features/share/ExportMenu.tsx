import { useId, useRef, useState } from "react";
import type { Dataset, TimelineEvent, TimeWindow } from "../../domain/types";
import { useDismiss } from "../../ui/use-dismiss";
import { countOf, formatCount } from "../../domain/count";

interface ExportMenuProps {
  readonly dataset: Dataset;
  /** The events shown (after filters and search): what is exported. */
  readonly events: readonly TimelineEvent[];
  /** The window shown: our JSON opens on it again. */
  readonly window?: TimeWindow;
}

type Writer = (dataset: Dataset, events: readonly TimelineEvent[], window?: TimeWindow) => string;

interface Format {
  readonly label: string;
  readonly suffix: string;
  readonly type: string;
  /** The writers load when the user exports, not with the page. */
  readonly write: () => Promise<Writer>;
}

export const FORMATS: readonly [Format, ...Format[]] = [
  {
    label: "Sourceline JSON",
    suffix: ".json",
    type: "application/json",
    write: async () => (await import("../../data/export/to-sourceline-json")).toSourcelineJson,
  },
  {
    label: "CSV",
    suffix: ".csv",
    type: "text/csv",
    write: async () => (await import("../../data/export/to-events-csv")).toEventsCsv,
  },
  {
    label: "TimelineJS JSON",
    suffix: ".timelinejs.json",
    type: "application/json",
    write: async () => (await import("../../data/export/to-timelinejs")).toTimelineJs,
  },
];

export type ExportFormat = Format;

/** Downloads the events as a file in the format given. */
export async function exportEvents(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  format: ExportFormat = FORMATS[0],
  window?: TimeWindow,
) {
  const write = await format.write();
  // Writing 100,000 events takes the page a few seconds: what was set before ("Exporting…") is
  // painted first, so the wait has a sign on screen.
  await afterPaint();
  download(
    write(dataset, events, window),
    `${fileStem(dataset.title)}${format.suffix}`,
    format.type,
  );
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
    exportEvents(dataset, events, format, window)
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
    setOpen(false);
    buttonRef.current?.focus();
  };
  const quoted = events.some((event) => event.quotes.length > 0);
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

function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function") {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else setTimeout(resolve, 0);
  });
}

/** Saves text as a file the browser downloads. */
export function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a moment later the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: "Kabul, August 2021" → "kabul-august-2021". */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return stem || "timeline";
}
