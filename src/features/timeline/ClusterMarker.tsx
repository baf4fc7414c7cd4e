import { useId, useRef, useState } from "react";
import { formatWhen } from "../../domain/dates";
import type { PlacedCluster } from "../../domain/layout";
import type { EventId, TimelineEvent } from "../../domain/types";
import { ROW_HEIGHT } from "./EventMarker";
import { useDismiss } from "../../ui/use-dismiss";
import { formatCount } from "../../domain/count";

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
  const events = `${formatCount(count)} ${count === 1 ? "event" : "events"}`;
  const label = spanning
    ? `${events} ${count === 1 ? "spans" : "span"} this whole window`
    : `${formatCount(count)} more ${count === 1 ? "event" : "events"} here, ${datesOf(placed.events)}`;

  useDismiss(open, rootRef, () => setOpen(false));

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
        <div className="cluster__list" id={id} role="group" aria-label={events}>
          <ul>
            {placed.events.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
                    onSelect(event.id);
                  }}
                >
                  <span className="cluster__date">{formatWhen(event.when)}</span> {event.title}
                </button>
              </li>
            ))}
          </ul>
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

/** The days a cluster's events start on, first to last: "4–5 Mar 2021". */
function datesOf(events: readonly TimelineEvent[]): string {
  const starts = events.map((event) => event.when.start);
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  return formatWhen({
    start: first,
    ...(last > first ? { end: last } : {}),
    precision: "day",
    approximate: false,
    basis: "explicit",
    note: "",
  });
}
