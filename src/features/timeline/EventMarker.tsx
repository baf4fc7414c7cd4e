import type { KeyboardEvent } from "react";
import { formatWhen } from "../../domain/dates";
import { manySourcesNote } from "../../domain/event-sources";
import type { PlacedEvent } from "../../domain/layout";
import type { EventId } from "../../domain/types";
import { ROW_PX } from "./timeline-rows";

export const ROW_HEIGHT = ROW_PX;
// The marker's padding and border before its bar: 0.25rem + 1 px.
const SHORT_INSET = 5;

interface EventMarkerProps {
  readonly placed: PlacedEvent;
  readonly width: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onSelect: (id: EventId) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * One event on the timeline: a dot, or a bar for a range (with its title beside it when the bar
 * is too short to hold it); dashed when its date is not exact.
 */
export function EventMarker({
  placed,
  width,
  selected,
  tabbable,
  onSelect,
  onKeyDown,
}: EventMarkerProps) {
  const { event, x0, x1, row, flip, outside } = placed;
  const range = x1 > x0;
  const left = range ? Math.max(x0, 0) : x0;
  const right = range ? Math.min(x1, width) : x0;
  const uncertain = event.when.approximate || event.when.basis === "inferred";
  const classes = [
    "marker",
    outside ? "marker--short" : range ? "marker--range" : "marker--point",
    uncertain ? "marker--uncertain" : "",
    selected ? "marker--selected" : "",
    flip ? "marker--flip" : "",
  ].join(" ");
  // A short bar is drawn inside the marker, its title beside it; the marker starts (or, flipped,
  // ends) where the bar does.
  const position = outside
    ? flip
      ? { right: width - right - SHORT_INSET }
      : { left: left - SHORT_INSET }
    : flip
      ? { right: width - x0 }
      : { left };
  return (
    <button
      type="button"
      className={classes}
      data-event-id={event.id}
      style={{
        ...position,
        top: row * ROW_HEIGHT,
        ...(range && !outside ? { width: Math.max(right - left, 4) } : {}),
      }}
      aria-label={[event.title, formatWhen(event.when), manySourcesNote(event)]
        .filter(Boolean)
        .join(", ")}
      aria-current={selected ? "true" : undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onSelect(event.id)}
      onKeyDown={onKeyDown}
    >
      {!range && <span className="marker__dot" aria-hidden="true" />}
      {outside && (
        <span
          className="marker__bar"
          style={{ width: Math.max(right - left, 4) }}
          aria-hidden="true"
        />
      )}
      <bdi className="marker__label" aria-hidden="true">
        {event.title}
      </bdi>
    </button>
  );
}
