import { formatAtPrecision } from "../../domain/dates";
import { lowerBound, type TimelineIndex } from "../../domain/timeline-index";
import { countOf, formatCount } from "../../domain/count";
import type { TimeWindow } from "../../domain/types";
import { ROW_HEIGHT } from "./EventMarker";

interface DensityBucketsProps {
  readonly index: TimelineIndex;
  readonly window: TimeWindow;
  readonly width: number;
  readonly row: number;
  readonly onZoom: (window: TimeWindow) => void;
}

const BUCKET_PX = 80;

/** Where events are too many to draw one by one: a counted button per slice that zooms into it. */
export function DensityBuckets({ index, window, width, row, onZoom }: DensityBucketsProps) {
  const slices = Math.max(1, Math.floor(width / BUCKET_PX));
  const span = (window.end - window.start) / slices;
  const precision = span > 300 * 86_400_000 ? "year" : span > 20 * 86_400_000 ? "month" : "day";
  const buttons = [];
  for (let slice = 0; slice < slices; slice++) {
    const from = window.start + slice * span;
    const to = from + span;
    const first = lowerBound(index.starts, from);
    const n = lowerBound(index.starts, to) - first;
    if (n === 0) continue;
    // Named by the dates its events start on, not the slice's edges, which fall mid-day: a
    // slice from 4 March, 18:00 to 5 March, 14:00 holds 5 March's events, and says so.
    const earliest = formatAtPrecision(index.starts[first] as number, precision);
    const latest = formatAtPrecision(index.starts[first + n - 1] as number, precision);
    const when =
      earliest === latest
        ? `${precision === "day" ? "on" : "in"} ${earliest}`
        : `from ${earliest} to ${latest}`;
    const label = `${countOf(n, "event", "events")} ${when}: zoom in`;
    buttons.push(
      <button
        key={slice}
        type="button"
        className="marker marker--cluster marker--bucket"
        style={{ left: slice * (width / slices) + 4, top: row * ROW_HEIGHT }}
        aria-label={label}
        title={label}
        onClick={() => onZoom({ start: from - span / 2, end: to + span / 2 })}
      >
        {formatCount(n)}
      </button>,
    );
  }
  return <>{buttons}</>;
}
