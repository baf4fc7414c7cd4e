import { formatAtPrecision } from "../../domain/dates";
import { countStarting, type TimelineIndex } from "../../domain/timeline-index";
import { formatCount } from "../../domain/count";
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
    const n = countStarting(index, from, to);
    if (n === 0) continue;
    const label = `${formatCount(n)} events from ${formatAtPrecision(from, precision)} to ${formatAtPrecision(to, precision)}: zoom in`;
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
