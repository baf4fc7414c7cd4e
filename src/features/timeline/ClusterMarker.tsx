import { useId, useLayoutEffect, useRef, useState } from "react";
import { formatWhen } from "../../domain/dates";
import type { PlacedCluster } from "../../domain/layout";
import type { EventId, Precision, TimelineEvent } from "../../domain/types";
import { ROW_HEIGHT } from "./EventMarker";
import { useDismiss } from "../../ui/use-dismiss";
import { countOf, formatCount } from "../../domain/count";

interface ClusterMarkerProps {
  readonly placed: PlacedCluster;
  readonly onSelect: (id: EventId) => void;
  /** Offered as "Zoom in here"; left out for events that zooming in cannot separate. */
  readonly onZoom?: (placed: PlacedCluster) => void;
  /** Events that span the whole window, rather than crowd one place in it. */
  readonly spanning?: boolean;
}

/**
 * Events that did not fit their rows, counted. It opens into a list of them, because events on
 * the same day never separate however far one zooms in.
 */
export function ClusterMarker({ placed, onSelect, onZoom, spanning = false }: ClusterMarkerProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const count = placed.events.length;
  const events = countOf(count, "event", "events");
  const label = spanning
    ? `${events} ${count === 1 ? "spans" : "span"} this whole window`
    : `${countOf(count, "more event", "more events")} here, ${datesOf(placed.events)}`;

  useDismiss(open, rootRef, () => setOpen(false));
  // The list hangs from the cluster's right edge; a cluster near the plot's left (on a phone,
  // most of them) would push it off screen, so it is shifted back inside the plot and the window.
  const listRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!open || !list) return;
    list.style.translate = "";
    const plot = list.closest(".timeline__plot")?.getBoundingClientRect();
    const left = Math.max(plot?.left ?? 0, 0);
    const right = Math.min(plot?.right ?? Infinity, document.documentElement.clientWidth);
    const box = list.getBoundingClientRect();
    const shift = box.left < left ? left - box.left : box.right > right ? right - box.right : 0;
    if (shift !== 0) list.style.translate = `${shift}px 0`;
  }, [open]);

  return (
    <div
      className="cluster"
      ref={rootRef}
      style={{ left: placed.x0, top: placed.row * ROW_HEIGHT }}
    >
      <button
        type="button"
        className="marker marker--cluster"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {spanning ? `↔ ${formatCount(count)} span the window` : `+${formatCount(count)}`}
      </button>
      {open && (
        <div className="cluster__list" id={id} role="group" aria-label={events} ref={listRef}>
          <ul>
            {placed.events.slice(0, LISTED).map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
                    onSelect(event.id);
                  }}
                >
                  {/* Last in its button, which is a bidi paragraph of its own: no <bdi> needed. */}
                  <span className="cluster__date">{formatWhen(event.when)}</span> {event.title}
                </button>
              </li>
            ))}
          </ul>
          {count > LISTED && (
            <p className="cluster__more">
              The first {formatCount(LISTED)} of {formatCount(count)}, in date order.
            </p>
          )}
          {onZoom && (
            <button type="button" className="button button--small" onClick={() => onZoom(placed)}>
              Zoom in here
            </button>
          )}
        </div>
      )}
    </div>
  );
}

// A list of thousands (year-long events under a week's view) would take seconds to draw.
const LISTED = 200;

const COARSER: Readonly<Record<Precision, number>> = { minute: 0, day: 1, month: 2, year: 3 };

/**
 * The dates a cluster's events start on, first to last ("4–5 Mar 2021"), at the coarsest of
 * their precisions: events known only to their year are not given days.
 */
function datesOf(events: readonly TimelineEvent[]): string {
  let first = Infinity;
  let last = -Infinity;
  let precision: Precision = "day";
  for (const { when } of events) {
    first = Math.min(first, when.start);
    last = Math.max(last, when.start);
    if (COARSER[when.precision] > COARSER[precision]) precision = when.precision;
  }
  return formatWhen({
    start: first,
    ...(last > first ? { end: last } : {}),
    precision,
    approximate: false,
    basis: "explicit",
    note: "",
  });
}
